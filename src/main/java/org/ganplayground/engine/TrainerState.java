package org.ganplayground.engine;

/**
 * Everything needed to continue a run bit-identically after a restart. Arrays are owned by the
 * record's creator; {@link GanTrainer#restore} copies them.
 *
 * @param steps counts every inspector and forger step: the random stream of a step is derived from
 *     (seed, steps), so no generator state has to be serialised
 * @param forgerAverageParams the averaged forger's weights; empty when the run does not average
 */
public record TrainerState(
        float[] forgerParams,
        float[] inspectorParams,
        float[] forgerOptimizerState,
        float[] inspectorOptimizerState,
        long forgerUpdates,
        long inspectorUpdates,
        long iterations,
        long steps,
        float[] forgerAverageParams) {}
