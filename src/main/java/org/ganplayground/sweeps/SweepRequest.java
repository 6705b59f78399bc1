package org.ganplayground.sweeps;

import java.util.List;

/**
 * What a learner asks for: the setting to sweep ({@link Sweep#SEED_ONLY} for the seed alone), its
 * values as typed (ignored over seeds alone), the seeds, and a name (blank for a made-up one).
 */
public record SweepRequest(String key, List<String> values, List<Long> seeds, String name) {

    public SweepRequest {
        key = key == null || key.isBlank() ? Sweep.SEED_ONLY : key.strip();
        values = values == null ? List.of() : List.copyOf(values);
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }

    /** Over seeds alone. */
    public static SweepRequest seeds(List<Long> seeds) {
        return new SweepRequest(Sweep.SEED_ONLY, List.of(), seeds, null);
    }
}
