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

    /** Every layer's width: {@code in}, the hidden widths, {@code out}. */
    public int[] widths(int in, int out) {
        int[] w = new int[hidden.size() + 2];
        w[0] = in;
        for (int i = 0; i < hidden.size(); i++) {
            w[i + 1] = hidden.get(i);
        }
        w[w.length - 1] = out;
        return w;
    }

    public static NetSpec of(Activation activation, int... hidden) {
        return new NetSpec(java.util.Arrays.stream(hidden).boxed().toList(), activation);
    }
}
