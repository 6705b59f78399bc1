package org.ganplayground.guardrails;

import java.util.List;

/** Something that measures samples: the features guardrails can be written on. */
public interface FeatureSet {

    /** A short name for messages, e.g. {@code creatures}. */
    String name();

    List<FeatureInfo> features();

    int sampleSize();

    /** One value per feature, in the order of {@link #features()}, for the sample at offset. */
    double[] measure(float[] samples, int offset);

    default double[] measure(float[] sample) {
        return measure(sample, 0);
    }

    default int indexOf(String feature) {
        List<FeatureInfo> all = features();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(feature)) {
                return i;
            }
        }
        return -1;
    }
}
