package org.ganplayground.engine;

import org.ganplayground.domains.PictureKind;
import org.ganplayground.domains.Spectra1d;

/**
 * A snapshot as views draw it, one record per {@link PictureKind}: views and exports switch on the
 * type and never read the snapshot's array names. Arrays a preview lacks are null.
 */
public sealed interface Picture {

    /**
     * Real and forged points over the inspector's verdict.
     *
     * @param extent x from, x to, y from, y to
     * @param heatmap {@code heatmapSize} x {@code heatmapSize} verdicts over the extent
     * @param arrows per forgery, where the inspector's feedback pushes it
     * @param warp the forger's image of a {@code warpSize} x {@code warpSize} noise grid
     */
    record Points(
            double[] extent,
            int heatmapSize,
            float[] heatmap,
            float[] real,
            float[] fake,
            float[] arrows,
            int warpSize,
            float[] warp)
            implements Picture {}

    /** A grid of sprites as PNG bytes. */
    record Sprites(byte[] png) implements Picture {}

    /** Counts of real and forged values in equal bins from 0 to {@code max}. */
    record Histogram(float[] real, float[] fake, double max) implements Picture {}

    static Picture of(PictureKind kind, Snapshot s) {
        return switch (kind) {
            case PLANE -> {
                float[] e = s.arrays().get(Plane.EXTENT);
                yield new Points(
                        e == null
                                ? new double[] {-3, 3, -3, 3}
                                : new double[] {e[0], e[1], e[2], e[3]},
                        SnapshotMaker.GRID,
                        s.arrays().get(Plane.HEATMAP),
                        s.real(),
                        s.fake(),
                        s.arrays().get(Plane.ARROWS),
                        SnapshotMaker.WARP,
                        s.arrays().get(Plane.WARP));
            }
            case SPRITES -> new Sprites(s.imagePng());
            case HISTOGRAM ->
                    new Histogram(
                            s.arrays().get(Spectra1d.REAL_HISTOGRAM),
                            s.arrays().get(Spectra1d.FAKE_HISTOGRAM),
                            Spectra1d.MAX_ENERGY);
        };
    }
}
