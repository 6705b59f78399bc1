package org.ganplayground.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.domains.Spectra1d;
import org.ganplayground.domains.SpriteGrid;
import org.ganplayground.guardrails.Guardrail;

/**
 * Pictures of the real data before any training: what the learner's domain and guardrails make
 * "real". Shaped like a snapshot without forgeries, so the same panel draws both.
 */
public final class Previews {

    private static final int SHOWN = 300;
    private static final int HISTOGRAM_SAMPLES = 4000;

    private Previews() {}

    /**
     * Real samples that obey the rules, drawn from the seed.
     *
     * @throws IllegalArgumentException with a learner message when the domain or rules are invalid
     */
    public static Snapshot real(GanConfig config) {
        DomainSetup setup = Domains.setup(config.domain());
        List<Guardrail> rules = config.guardrails();
        int d = setup.sampleSize();
        PictureKind picture = setup.domain().pictureKind();
        SplittableRandom rng = new SplittableRandom(config.seed());
        Map<String, float[]> arrays = new HashMap<>();
        if (picture == PictureKind.SPRITES) {
            float[] x = new float[64 * d];
            setup.sampler(rules, 0).draw(rng, 64, x, null);
            return new Snapshot(0, 0, Map.of(), null, null, SpriteGrid.png(x, 64, 8, 2), arrays);
        }
        int n = picture == PictureKind.HISTOGRAM ? HISTOGRAM_SAMPLES : SHOWN;
        float[] x = new float[n * d];
        setup.sampler(rules, 0).draw(rng, n, x, null);
        if (picture == PictureKind.HISTOGRAM) {
            arrays.putAll(setup.quality(x, x, n, List.of()).arrays());
            arrays.remove(Spectra1d.FAKE_HISTOGRAM);
        } else {
            double[] e = Plane.extent(x, n);
            arrays.put(
                    Plane.EXTENT,
                    new float[] {(float) e[0], (float) e[1], (float) e[2], (float) e[3]});
        }
        return new Snapshot(0, 0, Map.of(), null, x, null, arrays);
    }
}
