package org.ganplayground.engine;

import org.ganplayground.domains.PictureKind;

/**
 * The samples a snapshot keeps for people to judge (the inspector game): {@link #ITEMS} forged and
 * {@link #ITEMS} real items, each a group of {@link #groupSize} samples (one creature, a handful of
 * 2-D points, a small histogram's events), with the machine inspector's verdict on every sample.
 * Kept on about {@link #TARGET_SNAPSHOTS} snapshots of a run, so a creature run stores about a
 * megabyte of them rather than one deck per snapshot.
 */
public final class Deck {

    /** Forged items in the network's scale (as {@link Snapshot#fake()}), item after item. */
    public static final String FAKE = "deck_fake";

    /** Real items, same layout. */
    public static final String REAL = "deck_real";

    /** The inspector's verdict in [0, 1] (1: real) on each forged sample, alone. */
    public static final String FAKE_SCORE = "deck_fake_score";

    /** The same on each real sample. */
    public static final String REAL_SCORE = "deck_real_score";

    public static final int ITEMS = 10;

    static final int TARGET_SNAPSHOTS = 16;

    private Deck() {}

    /** Samples per item: one picture is judged alone, points and events only as a handful. */
    public static int groupSize(PictureKind picture) {
        return switch (picture) {
            case SPRITES -> 1;
            case PLANE -> 12;
            case HISTOGRAM -> 60;
        };
    }

    /**
     * Whether the snapshot at this iteration keeps a deck: the first, the last and evenly between.
     */
    static boolean keptAt(int iteration, GanConfig config) {
        if (iteration == 0 || iteration == config.iterations()) {
            return true;
        }
        int snapshots = Math.max(1, config.iterations() / config.snapshotEvery());
        int stride = (snapshots + TARGET_SNAPSHOTS - 1) / TARGET_SNAPSHOTS;
        return iteration % ((long) stride * config.snapshotEvery()) == 0;
    }
}
