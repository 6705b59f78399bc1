package org.ganplayground.engine;

/** Distribution of the forger's input noise z. */
public enum NoiseKind {
    GAUSSIAN,
    /** Uniform in [-1, 1]. */
    UNIFORM
}
