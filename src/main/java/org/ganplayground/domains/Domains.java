package org.ganplayground.domains;

import java.util.List;
import java.util.stream.Collectors;

/** The domains a learner can pick, by id. */
public final class Domains {

    private static final List<Domain> ALL =
            List.of(new Points2d(), new Creatures(), new Spectra1d());

    private Domains() {}

    public static List<Domain> all() {
        return ALL;
    }

    public static Domain byId(String id) {
        return ALL.stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Unknown domain '"
                                                + id
                                                + "': choose one of "
                                                + ALL.stream()
                                                        .map(Domain::id)
                                                        .collect(Collectors.joining(", "))));
    }

    /** Checks the spec's domain and parameters and returns its setup. */
    public static DomainSetup setup(DomainSpec spec) {
        return byId(spec.id()).setup(spec);
    }
}
