package org.ganplayground.engine;

/** Activation of a layer; IDENTITY is meant for outputs (a linear layer). */
public enum Activation {
    RELU,
    /** Slope 0.2 below zero: the setting that trained the 28x28 sprites where 0.01 collapsed. */
    LEAKY_RELU,
    TANH,
    SIGMOID,
    IDENTITY;

    static final double LEAKY_SLOPE = 0.2;
}
