package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.engine.Previews;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportsTest {

    @ParameterizedTest
    @ValueSource(strings = {"points-2d", "creatures", "spectra-1d"})
    void a_thumbnail_fits_its_square_and_is_smaller_than_the_full_picture(String domain)
            throws Exception {
        Snapshot s = Previews.real(Settings.read(Map.of("domain", domain)).orThrow());
        PictureKind kind = Domains.byId(domain).pictureKind();
        byte[] full = Exports.png(kind, s);
        byte[] thumb = Exports.thumbnail(kind, s, Thumbnails.PIXELS);

        BufferedImage fullImage = ImageIO.read(new ByteArrayInputStream(full));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(Thumbnails.PIXELS);
        assertThat((double) image.getWidth() / image.getHeight())
                .isCloseTo(
                        (double) fullImage.getWidth() / fullImage.getHeight(),
                        org.assertj.core.data.Offset.offset(0.02));
        assertThat(thumb.length).isLessThan(full.length);
        // not blank: the picture keeps more than one colour
        int first = image.getRGB(0, 0);
        boolean varied = false;
        for (int y = 0; y < image.getHeight() && !varied; y++) {
            for (int x = 0; x < image.getWidth() && !varied; x++) {
                varied = image.getRGB(x, y) != first;
            }
        }
        assertThat(varied).isTrue();
    }
}
