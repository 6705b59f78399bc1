package org.ganplayground.engine;

import java.util.Locale;
import org.ganplayground.domains.DomainSetup;

/** The few sentences a learner reads when a run finishes. */
final class Summary {

    private Summary() {}

    static String describe(DomainSetup setup, Snapshot last) {
        StringBuilder b = new StringBuilder();
        double real = last.metric(Metrics.SCORE_REAL);
        double fake = last.metric(Metrics.SCORE_FAKE);
        b.append(
                String.format(
                        Locale.ROOT,
                        "Finished %,d iterations. The inspector scores real samples %.2f and forgeries %.2f on average",
                        last.iteration(),
                        real,
                        fake));
        if (Math.abs(real - fake) < 0.1) {
            b.append(": it can hardly tell them apart.");
        } else {
            b.append(
                    real > fake
                            ? ": it can still tell them apart."
                            : ": it is fooled by the forgeries.");
        }
        last.metrics()
                .forEach(
                        (name, value) -> {
                            if (name.startsWith(Metrics.PASS_PREFIX)) {
                                b.append(
                                        String.format(
                                                Locale.ROOT,
                                                " %.0f%% of forgeries obey %s.",
                                                value * 100,
                                                name.substring(Metrics.PASS_PREFIX.length())));
                            }
                        });
        return b.toString();
    }
}
