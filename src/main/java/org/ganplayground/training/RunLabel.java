package org.ganplayground.training;

import java.util.Locale;
import org.ganplayground.domains.Domains;

/** How a run is named where one is picked from a list (the detector lab, the inspector game). */
public final class RunLabel {

    private RunLabel() {}

    /**
     * Its name, whose it is when not the caller's, its domain unless the name starts with it, and
     * the iterations it reached.
     */
    public static String of(Run run, String owner, int iterations) {
        String name = run.getName();
        String domain = Domains.byId(run.getDomain()).title();
        return name
                + (owner == null ? "" : " (" + owner + "'s run)")
                + (name.startsWith(domain) ? "" : " \u00b7 " + domain)
                + " \u00b7 "
                + String.format(Locale.ROOT, "%,d iterations", iterations);
    }
}
