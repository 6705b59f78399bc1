package org.ganplayground.engine;

/** The game the two networks play; the inspector's loss is the same for both BCE variants. */
public enum LossKind {
    /** BCE; the forger maximises log D(G(z)): strong gradients while it is still bad. */
    NON_SATURATING,
    /**
     * The original minimax game: the forger minimises log(1 - D(G(z))), whose gradient vanishes
     * exactly when the inspector wins. Kept to show why nobody uses it.
     */
    MINIMAX,
    /** LSGAN: linear inspector output, squared error towards 1 (real) and 0 (fake). */
    LEAST_SQUARES
}
