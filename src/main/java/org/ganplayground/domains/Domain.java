package org.ganplayground.domains;

import java.util.List;
import org.ganplayground.guardrails.FeatureInfo;

/**
 * What "real" means for one kind of data. A domain is a catalogue (parameters, features); {@link
 * #setup(DomainSpec)} checks a spec's parameters and returns the object that draws, measures and
 * compares samples.
 */
public interface Domain {

    String id();

    String title();

    /** What its samples are, in a sentence's words ("creatures", "2-D points"). */
    String noun();

    /** A few sentences for the learner. */
    String description();

    int sampleSize();

    /** True when samples live in [-1, 1], so the forger should end in tanh. */
    boolean outputIsBounded();

    /** How snapshots of this domain are pictured. */
    PictureKind pictureKind();

    List<ParamInfo> params();

    /** Validates the spec's parameters; messages name the setting and the allowed values. */
    DomainSetup setup(DomainSpec spec);

    /** The features of the domain with its default parameters. */
    default List<FeatureInfo> features() {
        return setup(new DomainSpec(id(), null)).features();
    }
}
