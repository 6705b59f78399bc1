package org.ganplayground.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.Domains;
import org.ganplayground.engine.Deck;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.GanRun;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.Test;

/** Every domain's items are drawn, and a handful of samples tells how many broke a rule. */
class GamePicturesTest {

    private static Snapshot first(Map<String, String> settings) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("snapshot.every", "5");
        GanConfig config = Settings.read(all).orThrow();
        Snapshot[] s = new Snapshot[1];
        GanRun.start(config).runToEnd(x -> s[0] = x, () -> true);
        return s[0];
    }

    private static BufferedImage draw(String domain, String rules) throws Exception {
        Snapshot s =
                first(
                        Map.of(
                                "domain",
                                domain,
                                "guardrails",
                                rules,
                                "iterations",
                                "10",
                                "seed",
                                "3"));
        DomainSetup setup =
                Domains.setup(Settings.read(Map.of("domain", domain)).orThrow().domain());
        int group = Deck.groupSize(setup.domain().pictureKind());
        GamePictures pictures = new GamePictures(setup, group, List.of(s.arrays().get(Deck.REAL)));
        byte[] png = pictures.png(s.arrays().get(Deck.FAKE), 3);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void points_are_a_scatter_spectra_a_histogram_and_creatures_their_picture() throws Exception {
        assertThat(draw("points-2d", "").getWidth()).isEqualTo(GamePictures.PLANE_SIZE);
        assertThat(draw("spectra-1d", "").getWidth()).isEqualTo(GamePictures.HIST_WIDTH);
        assertThat(draw("creatures", "legs==8").getWidth()).isEqualTo(29 * 6);
    }

    @Test
    void an_untrained_forgers_items_break_the_rules_and_the_tells_say_how() {
        Snapshot s =
                first(Map.of("domain", "creatures", "guardrails", "legs==8", "iterations", "10"));
        DomainSetup setup =
                Domains.setup(Settings.read(Map.of("domain", "creatures")).orThrow().domain());
        List<String> tells =
                Tells.of(setup, setup.parse("legs==8"), s.arrays().get(Deck.FAKE), 0, 1);
        assertThat(tells)
                .singleElement()
                .asString()
                .startsWith("It breaks “legs==8” (measured: legs = ");
        // a real creature breaks nothing
        assertThat(Tells.of(setup, setup.parse("legs==8"), s.arrays().get(Deck.REAL), 0, 1))
                .isEmpty();
        Snapshot points =
                first(Map.of("domain", "points-2d", "guardrails", "radius>=1", "iterations", "10"));
        DomainSetup plane =
                Domains.setup(Settings.read(Map.of("domain", "points-2d")).orThrow().domain());
        assertThat(Tells.of(plane, plane.parse("radius>=1"), points.arrays().get(Deck.FAKE), 1, 12))
                .singleElement()
                .asString()
                .matches("\\d+ of its 12 samples break “radius>=1”\\.");
    }
}
