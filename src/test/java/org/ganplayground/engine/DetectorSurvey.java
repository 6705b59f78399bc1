package org.ganplayground.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.Domains;
import org.ganplayground.guardrails.Guardrail;
import org.ganplayground.guardrails.PassRates;
import org.ganplayground.settings.Presets;
import org.ganplayground.settings.Settings;

/**
 * The detector lab over seeds nobody tuned: what a lesson may claim about a run's inspector tested
 * on other forgers, and about the machine's verdicts on the decks people judge (issue 14). A
 * program that prints figures, not a test. For each seed s:
 *
 * <ul>
 *   <li>A(s): the preset at seed s to the end; B(s) = A(s + 1), a forger of the same kind; E(s):
 *       A(s) as it was at {@code early} of its iterations (a weak forger, resumed from a checkpoint
 *       taken during A's run); W(s): seed s with other settings ({@code w.key=value}; by default
 *       the forger's hidden layers halved);
 *   <li>A's inspector on A's, B's, E's and W's forgers, and B's and E's inspectors on A's forger
 *       ({@link GanRun#crossCheck});
 *   <li>on every deck A keeps ({@link Deck}): the share of its pairs (real i, fake i) where the
 *       machine scores the forgery lower, and the share of its forgeries passing the guardrails.
 * </ul>
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.ganplayground.engine.DetectorSurvey 1-6 preset=creatures-8legs iterations=2000
 * snapshot.every=125 threads=2}. Further {@code key=value} pairs are settings laid over every run.
 *
 * <p>Measured with that command (seeds 1-6, 9 minutes on a shared machine): A's inspector caught
 * fewer of B's forgeries than of its own at 6 of 6 seeds (mean 0.63 against 0.90), and the reverse
 * too (B on A 0.65 against B's own 0.91); fewer of W's at 6 of 6 (0.53); every one of E's at 6 of 6
 * (E at iteration 200 passes legs==8 5 % of the time). On the final decks the machine scored the
 * forgery of a pair lower in 58 of 60 pairs; in the second half of the runs, 521 of 540. At the
 * preset's 4,000 iterations (seeds 1-2): the same directions, final decks 17 of 20.
 */
public final class DetectorSurvey {

    /** One deck of A: the machine's verdicts on its pairs and the guardrails on its forgeries. */
    record DeckRow(
            int iteration,
            int items,
            int pairsRight,
            double allPairs,
            int fakesCaught,
            int realsPassed,
            int fakesPassing,
            double accuracy) {}

    /** A finished run, its decks and the checkpoint of its early state (null for W). */
    record Finished(
            GanRun run,
            List<DeckRow> decks,
            byte[] early,
            Snapshot last,
            RunOutcome outcome,
            double seconds) {}

    /** Per seed, every cross-check of the survey and the pass rates of the forgers judged. */
    record Row(
            long seed,
            CrossCheck aOnB,
            CrossCheck aOnE,
            CrossCheck aOnW,
            CrossCheck bOnA,
            CrossCheck eOnA,
            double passA,
            double passE,
            double passW) {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        String[] range = args[0].split("-");
        long from = Long.parseLong(range[0]);
        long to = Long.parseLong(range.length > 1 ? range[1] : range[0]);
        Map<String, String> over = new LinkedHashMap<>();
        Map<String, String> wOver = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            (kv[0].startsWith("w.") ? wOver : over).put(kv[0].replaceFirst("^w\\.", ""), kv[1]);
        }
        int threads = Integer.parseInt(over.getOrDefault("threads", "2"));
        double earlyShare = Double.parseDouble(over.getOrDefault("early", "0.1"));
        String presetId = over.getOrDefault("preset", "creatures-8legs");
        over.remove("threads");
        over.remove("early");
        over.remove("preset");
        Map<String, String> base =
                new LinkedHashMap<>(Presets.byId(presetId).orElseThrow().params());
        base.putAll(over);
        GanConfig probe = Settings.read(base).orThrow();
        if (wOver.isEmpty()) {
            wOver.put(
                    "forger.layers",
                    probe.forger().hidden().stream()
                            .map(w -> Integer.toString(Math.max(1, w / 2)))
                            .collect(Collectors.joining(",")));
        }
        int earlyAt = Math.max(1, (int) Math.round(probe.iterations() * earlyShare));
        System.out.printf(
                Locale.ROOT,
                "preset %s, settings %s; E at iteration %d; W: %s; threads %d%n",
                presetId,
                over,
                earlyAt,
                wOver,
                threads);

        Map<String, Finished> done = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (long seed = from; seed <= to + 1; seed++) {
            long s = seed;
            futures.add(
                    pool.submit(
                            () ->
                                    done.put(
                                            "A" + s,
                                            train("A", config(base, Map.of(), s), earlyAt))));
            if (seed <= to) {
                futures.add(
                        pool.submit(
                                () -> done.put("W" + s, train("W", config(base, wOver, s), -1))));
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        List<Row> rows = new ArrayList<>();
        for (long seed = from; seed <= to; seed++) {
            Finished a = done.get("A" + seed);
            Finished b = done.get("A" + (seed + 1));
            Finished w = done.get("W" + seed);
            GanRun e = GanRun.resume(a.run().config(), a.early());
            rows.add(
                    new Row(
                            seed,
                            a.run().crossCheck(b.run()),
                            a.run().crossCheck(e),
                            a.run().crossCheck(w.run()),
                            b.run().crossCheck(a.run()),
                            e.crossCheck(a.run()),
                            passAll(a.last()),
                            passAll(e.snapshot()),
                            passAll(w.last())));
        }
        printCrossChecks(rows);
        Map<Long, List<DeckRow>> decks = new TreeMap<>();
        for (long seed = from; seed <= to; seed++) {
            decks.put(seed, done.get("A" + seed).decks());
        }
        printDecks(decks);
        printClaims(rows, decks);
        System.out.printf(
                Locale.ROOT, "%nsurvey took %.1f minutes%n", (System.nanoTime() - t0) / 60e9);
    }

    private static GanConfig config(Map<String, String> base, Map<String, String> w, long seed) {
        Map<String, String> p = new LinkedHashMap<>(base);
        p.putAll(w);
        p.put("seed", Long.toString(seed));
        return Settings.read(p).orThrow();
    }

    private static Finished train(String name, GanConfig config, int earlyAt) {
        long t0 = System.nanoTime();
        DomainSetup setup = Domains.setup(config.domain());
        List<Guardrail> rules = config.guardrails();
        GanRun run = GanRun.start(config);
        List<DeckRow> decks = new ArrayList<>();
        byte[][] early = new byte[1][];
        Snapshot[] last = new Snapshot[1];
        RunOutcome outcome =
                run.runToEnd(
                        new RunObserver() {
                            @Override
                            public void onProgress(int iteration, int total, long elapsedMs) {
                                if (iteration == earlyAt) {
                                    early[0] = run.checkpoint();
                                }
                            }

                            @Override
                            public void onSnapshot(Snapshot s) {
                                last[0] = s;
                                if (s.arrays().containsKey(Deck.FAKE)) {
                                    decks.add(deck(s, setup, rules));
                                }
                            }
                        },
                        () -> false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s seed %d: %s at %d, %.0f s (%.0f it/s), accuracy %.3f, pass_all %.3f%n",
                name,
                config.seed(),
                outcome.kind(),
                outcome.iteration(),
                seconds,
                run.iteration() / seconds,
                last[0].metric(Metrics.ACCURACY),
                passAll(last[0]));
        return new Finished(run, decks, early[0], last[0], outcome, seconds);
    }

    /** A deck's pairs as the game deals them, and its forgeries measured against the guardrails. */
    static DeckRow deck(Snapshot s, DomainSetup setup, List<Guardrail> rules) {
        float[] fake = s.arrays().get(Deck.FAKE);
        float[] fakeScore = s.arrays().get(Deck.FAKE_SCORE);
        float[] realScore = s.arrays().get(Deck.REAL_SCORE);
        int m = fakeScore.length;
        int pairs = 0;
        int caught = 0;
        int passed = 0;
        int passing = 0;
        double all = 0;
        for (int i = 0; i < m; i++) {
            pairs += fakeScore[i] < realScore[i] ? 1 : 0;
            caught += fakeScore[i] < 0.5f ? 1 : 0;
            passed += realScore[i] > 0.5f ? 1 : 0;
            for (int j = 0; j < m; j++) {
                all += fakeScore[i] < realScore[j] ? 1 : fakeScore[i] == realScore[j] ? 0.5 : 0;
            }
        }
        // the guardrails measure one creature at a time (groups of points are out of scope here)
        int d = setup.sampleSize();
        for (int i = 0; i < fake.length / d; i++) {
            passing += PassRates.passesAll(setup, rules, setup.measure(fake, i * d)) ? 1 : 0;
        }
        return new DeckRow(
                s.iteration(),
                m,
                pairs,
                all / ((double) m * m),
                caught,
                passed,
                passing,
                s.metric(Metrics.ACCURACY));
    }

    /** The share passing every guardrail: {@link PassRates#ALL}, or the one rule's pass rate. */
    private static double passAll(Snapshot s) {
        Double all = s.metrics().get(PassRates.ALL);
        if (all != null) {
            return all;
        }
        return s.metrics().entrySet().stream()
                .filter(e -> e.getKey().startsWith(PassRates.METRIC_PREFIX))
                .mapToDouble(Map.Entry::getValue)
                .findFirst()
                .orElse(Double.NaN);
    }

    private static void printCrossChecks(List<Row> rows) {
        System.out.println();
        System.out.println(
                "Inspectors and forgers (acc: right on 1000 real + 1000 forged; caught: share of"
                        + " the forgeries called forged; real: share of real called real)");
        System.out.println(
                "| seed | A on A acc | caught | A real | A on B acc | caught | A on E acc | caught"
                        + " | A on W acc | caught | B on A acc | caught | B on B caught | E on A"
                        + " caught | pass A | pass E | pass W |");
        System.out.println("|---".repeat(17) + "|");
        for (Row r : rows) {
            CrossCheck own = r.aOnB();
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |"
                            + " %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    r.seed(),
                    own.ownAccuracy(),
                    own.ownCaught(),
                    own.realPassed(),
                    r.aOnB().otherAccuracy(),
                    r.aOnB().otherCaught(),
                    r.aOnE().otherAccuracy(),
                    r.aOnE().otherCaught(),
                    r.aOnW().otherAccuracy(),
                    r.aOnW().otherCaught(),
                    r.bOnA().otherAccuracy(),
                    r.bOnA().otherCaught(),
                    r.bOnA().ownCaught(),
                    r.eOnA().otherCaught(),
                    r.passA(),
                    r.passE(),
                    r.passW());
        }
        List<ToDoubleFunction<Row>> cols =
                List.of(
                        r -> r.aOnB().ownAccuracy(),
                        r -> r.aOnB().ownCaught(),
                        r -> r.aOnB().realPassed(),
                        r -> r.aOnB().otherAccuracy(),
                        r -> r.aOnB().otherCaught(),
                        r -> r.aOnE().otherAccuracy(),
                        r -> r.aOnE().otherCaught(),
                        r -> r.aOnW().otherAccuracy(),
                        r -> r.aOnW().otherCaught(),
                        r -> r.bOnA().otherAccuracy(),
                        r -> r.bOnA().otherCaught(),
                        r -> r.bOnA().ownCaught(),
                        r -> r.eOnA().otherCaught(),
                        Row::passA,
                        Row::passE,
                        Row::passW);
        StringBuilder mean = new StringBuilder("| mean");
        for (ToDoubleFunction<Row> c : cols) {
            mean.append(String.format(Locale.ROOT, " | %.3f", mean(rows, c)));
        }
        System.out.println(mean + " |");
    }

    private static void printDecks(Map<Long, List<DeckRow>> decks) {
        TreeSet<Integer> iterations = new TreeSet<>();
        decks.values().forEach(l -> l.forEach(d -> iterations.add(d.iteration())));
        List<Long> seeds = new ArrayList<>(decks.keySet());
        String head =
                "| iteration | "
                        + seeds.stream().map(s -> "seed " + s).collect(Collectors.joining(" | "));
        System.out.println();
        System.out.println(
                "A's decks: pairs (real i, fake i) where the machine scores the forgery lower, of"
                        + " 10; pooled share; all 100 real-fake pairs per deck (AUC, pooled);"
                        + " forgeries the machine calls forged; mean snapshot accuracy");
        System.out.println(head + " | pairs pooled | all pairs | fakes caught | accuracy |");
        System.out.println("|---".repeat(seeds.size() + 5) + "|");
        for (int it : iterations) {
            StringBuilder line = new StringBuilder("| " + it);
            int right = 0;
            int items = 0;
            int caught = 0;
            double all = 0;
            double acc = 0;
            int n = 0;
            for (long s : seeds) {
                DeckRow d = at(decks.get(s), it);
                if (d == null) {
                    line.append(" | -");
                    continue;
                }
                line.append(" | ").append(d.pairsRight());
                right += d.pairsRight();
                items += d.items();
                caught += d.fakesCaught();
                all += d.allPairs();
                acc += d.accuracy();
                n++;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s | %.3f | %.3f | %.3f | %.3f |%n",
                    line,
                    right / (double) items,
                    all / n,
                    caught / (double) items,
                    acc / n);
        }
        System.out.println();
        System.out.println("A's decks: forgeries passing every guardrail, of 10; pooled share");
        System.out.println(head + " | pooled |");
        System.out.println("|---".repeat(seeds.size() + 2) + "|");
        for (int it : iterations) {
            StringBuilder line = new StringBuilder("| " + it);
            int passing = 0;
            int items = 0;
            for (long s : seeds) {
                DeckRow d = at(decks.get(s), it);
                if (d == null) {
                    line.append(" | -");
                    continue;
                }
                line.append(" | ").append(d.fakesPassing());
                passing += d.fakesPassing();
                items += d.items();
            }
            System.out.printf(Locale.ROOT, "%s | %.3f |%n", line, passing / (double) items);
        }
    }

    private static void printClaims(List<Row> rows, Map<Long, List<DeckRow>> decks) {
        int n = rows.size();
        System.out.println();
        System.out.println("Claims, at how many of " + n + " seeds:");
        claim(
                "A's inspector catches E's (early) forgeries more often than its own",
                rows,
                r -> r.aOnE().otherCaught() > r.aOnB().ownCaught());
        claim(
                "... by at least 0.20 (far more often)",
                rows,
                r -> r.aOnE().otherCaught() - r.aOnB().ownCaught() >= 0.20);
        claim("... by at least 2x", rows, r -> r.aOnE().otherCaught() >= 2 * r.aOnB().ownCaught());
        System.out.printf(
                Locale.ROOT,
                "    mean caught: own %.3f, early %.3f%n",
                mean(rows, r -> r.aOnB().ownCaught()),
                mean(rows, r -> r.aOnE().otherCaught()));
        claim(
                "A's accuracy on B's forger within 0.05 of its accuracy on its own",
                rows,
                r -> Math.abs(r.aOnB().otherAccuracy() - r.aOnB().ownAccuracy()) <= 0.05);
        claim(
                "A's accuracy on B's forger higher than on its own",
                rows,
                r -> r.aOnB().otherAccuracy() > r.aOnB().ownAccuracy());
        claim(
                "A catches B's forgeries more often than its own",
                rows,
                r -> r.aOnB().otherCaught() > r.aOnB().ownCaught());
        claim(
                "B catches A's forgeries more often than its own",
                rows,
                r -> r.bOnA().otherCaught() > r.bOnA().ownCaught());
        System.out.printf(
                Locale.ROOT,
                "    mean accuracy: A on A %.3f, A on B %.3f, B on B %.3f, B on A %.3f%n",
                mean(rows, r -> r.aOnB().ownAccuracy()),
                mean(rows, r -> r.aOnB().otherAccuracy()),
                mean(rows, r -> r.bOnA().ownAccuracy()),
                mean(rows, r -> r.bOnA().otherAccuracy()));
        claim(
                "A catches W's (other settings) forgeries more often than its own",
                rows,
                r -> r.aOnW().otherCaught() > r.aOnB().ownCaught());
        claim(
                "A's accuracy on W's forger higher than on its own",
                rows,
                r -> r.aOnW().otherAccuracy() > r.aOnB().ownAccuracy());
        claim("A's accuracy on its own forger above 0.5", rows, r -> r.aOnB().ownAccuracy() > 0.5);

        List<DeckRow> finals = new ArrayList<>();
        List<DeckRow> lateHalf = new ArrayList<>();
        for (List<DeckRow> l : decks.values()) {
            DeckRow last = l.get(l.size() - 1);
            finals.add(last);
            l.stream().filter(d -> d.iteration() * 2 >= last.iteration()).forEach(lateHalf::add);
        }
        long above = finals.stream().filter(d -> d.pairsRight() * 2 > d.items()).count();
        long atLeastHalf = finals.stream().filter(d -> d.pairsRight() * 2 >= d.items()).count();
        long aucAbove = finals.stream().filter(d -> d.allPairs() > 0.5).count();
        System.out.printf(
                Locale.ROOT,
                "  final deck: the machine scores the forgery lower in more than half of the 10"
                        + " pairs at %d of %d seeds (at least half: %d); all-pairs share above"
                        + " 0.5 at %d of %d%n",
                above,
                finals.size(),
                atLeastHalf,
                aucAbove,
                finals.size());
        pooled("final decks", finals);
        pooled("decks in the second half of the run", lateHalf);
    }

    private static void pooled(String what, List<DeckRow> rows) {
        int right = rows.stream().mapToInt(DeckRow::pairsRight).sum();
        int items = rows.stream().mapToInt(DeckRow::items).sum();
        double all = rows.stream().mapToDouble(DeckRow::allPairs).average().orElse(Double.NaN);
        System.out.printf(
                Locale.ROOT,
                "  %s pooled: %d of %d pairs right (%.3f, one-sided sign test against chance p ="
                        + " %.3g); all-pairs share %.3f%n",
                what,
                right,
                items,
                right / (double) items,
                tail(right, items),
                all);
    }

    /** P(X >= k) for X ~ Binomial(n, 1/2). */
    static double tail(int k, int n) {
        double p = 0;
        for (int i = k; i <= n; i++) {
            p += Math.exp(logChoose(n, i) - n * Math.log(2));
        }
        return p;
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 1; i <= k; i++) {
            s += Math.log(n - k + i) - Math.log(i);
        }
        return s;
    }

    private static void claim(String text, List<Row> rows, java.util.function.Predicate<Row> p) {
        long holds = rows.stream().filter(p).count();
        System.out.printf(Locale.ROOT, "  %d of %d: %s%n", holds, rows.size(), text);
    }

    private static double mean(List<Row> rows, ToDoubleFunction<Row> f) {
        return rows.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    private static DeckRow at(List<DeckRow> l, int iteration) {
        return l.stream().filter(d -> d.iteration() == iteration).findFirst().orElse(null);
    }
}
