package org.ganplayground.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ganplayground.settings.Catalogue;
import org.ganplayground.settings.Settings;

/**
 * Runs one config over several seeds and prints the final metrics of each: how preset seeds and
 * iteration counts were chosen (measured, not hoped). A program, not a test. Run: ./mvnw -q -o
 * test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.ganplayground.engine.SeedSurvey -Dexec.args="1-8 domain=points-2d
 * iterations=2000"
 */
public final class SeedSurvey {

    public static void main(String[] args) {
        String[] range = args[0].split("-");
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            params.put(kv[0], kv[1]);
        }
        for (long seed = Long.parseLong(range[0]); seed <= Long.parseLong(range[1]); seed++) {
            params.put(Catalogue.SEED.key(), Long.toString(seed));
            GanConfig config = Settings.read(params).orThrow();
            long t0 = System.nanoTime();
            GanRun run = GanRun.start(config);
            Snapshot[] last = new Snapshot[1];
            RunOutcome outcome = run.runToEnd(s -> last[0] = s, () -> false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            StringBuilder line =
                    new StringBuilder(
                            String.format(
                                    Locale.ROOT,
                                    "seed=%d %s it_per_s=%.0f",
                                    seed,
                                    outcome.kind(),
                                    run.iteration() / seconds));
            last[0].metrics()
                    .forEach(
                            (k, v) -> {
                                if (!k.startsWith("spread")) {
                                    line.append(
                                            String.format(
                                                    Locale.ROOT,
                                                    " %s=%.3f",
                                                    k.replace(' ', '_'),
                                                    v));
                                }
                            });
            System.out.println(line);
        }
    }
}
