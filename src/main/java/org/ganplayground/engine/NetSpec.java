package org.ganplayground.engine;

import java.util.List;

/** Hidden layer widths (input and output sizes follow from the task) and their activation. */
public record NetSpec(List<Integer> hidden, Activation activation) {

    public NetSpec {
        hidden = List.copyOf(hidden);
        if (hidden.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("hidden widths must be positive: " + hidden);
        }
        if (activation == null) {
            throw new IllegalArgumentException("activation is required");
        }
    }

    public static NetSpec of(Activation activation, int... hidden) {
        return new NetSpec(java.util.Arrays.stream(hidden).boxed().toList(), activation);
    }
}
