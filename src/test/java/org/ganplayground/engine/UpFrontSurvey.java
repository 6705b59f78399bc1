package org.ganplayground.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ganplayground.guardrails.PassRates;
import org.ganplayground.settings.Settings;

/**
 * Guardrails given up front against the same guardrails learned from examples, over seeds nobody
 * tuned: the measurements behind README.md's "Given up front" figures and lesson 4. A program that
 * prints figures, not a test. Two surveys:
 *
 * <ul>
 *   <li>{@code legs}: for legs==6 and legs==8, the pass rate when learned from examples (every real
 *       creature has that many legs) and when given up front (real creatures have 4, 6 or 8 legs,
 *       labelled; the forger is asked for the target);
 *   <li>{@code tarantula}: the four tarantula guardrails (legs==8, fangs==2, fur==1, eyes==2) on
 *       creatures that vary in all four, with 0, 1, 2, 3 and 4 of them given up front (in that
 *       order); the share of forgeries passing all four at once.
 * </ul>
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.ganplayground.engine.UpFrontSurvey legs 1-8 iterations=4000 threads=2}. Further {@code
 * key=value} pairs are settings laid over every run (e.g. {@code inspector.condition=input}).
 */
public final class UpFrontSurvey {

    /**
     * {@code only=upfront} or {@code only=examples}: one side of the legs survey (e.g. to compare
     * inspectors, or to share the machine between two surveys).
     */
    static final String ONLY = "only";

    /**
     * {@code counts=1-4}: the tarantula survey with only those counts given up front (runs with
     * none given up front are not conditioned, so a change to conditioning leaves them as they
     * were).
     */
    static final String COUNTS = "counts";

    static final String TARANTULA = "legs==8;fangs==2;fur==1;eyes==2";

    /** One run: where its figure goes in which table, and the metric that is its figure. */
    record Job(String table, String column, long seed, Map<String, String> params, String metric) {}

    public static void main(String[] args) throws Exception {
        String survey = args[0];
        String[] range = args[1].split("-");
        long from = Long.parseLong(range[0]);
        long to = Long.parseLong(range.length > 1 ? range[1] : range[0]);
        Map<String, String> over = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            over.put(kv[0], kv[1]);
        }
        int threads = Integer.parseInt(over.getOrDefault("threads", "2"));
        over.remove("threads");
        List<Job> jobs = survey.equals("legs") ? legs(from, to, over) : tarantula(from, to, over);
        Map<Job, TreeMap<Integer, Double>> results = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (Job job : jobs) {
            done.add(pool.submit(() -> results.put(job, run(job))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.println();
        System.out.println("## At the end (the last snapshot)");
        Map<Job, Double> end = new LinkedHashMap<>();
        results.forEach((job, along) -> end.put(job, along.lastEntry().getValue()));
        print(jobs, end, " | %.3f", false);
        System.out.println();
        System.out.println("## Over the run (the mean of every snapshot after the start)");
        Map<Job, Double> mean = new LinkedHashMap<>();
        results.forEach(
                (job, along) ->
                        mean.put(
                                job,
                                along.values().stream()
                                        .mapToDouble(Double::doubleValue)
                                        .average()
                                        .orElse(Double.NaN)));
        print(jobs, mean, " | %.4f", false);
        System.out.println();
        System.out.println(
                "## How soon: the first snapshot at which "
                        + Math.round(SOON * 100)
                        + " % pass (iterations; lower is sooner)");
        Map<Job, Double> soon = new LinkedHashMap<>();
        results.forEach(
                (job, along) -> {
                    int at = firstAt(along, SOON);
                    soon.put(job, at == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY : at);
                });
        print(jobs, soon, " | %.0f", true);
        System.out.println();
        System.out.println("## Along the run (per snapshot, the mean over the seeds)");
        printAlong(jobs, results);
    }

    /** The share of forgeries passing from which a guardrail counts as learned ("how soon"). */
    static final double SOON = 0.99;

    /** The first iteration whose figure is at least {@code level}; past the end if none is. */
    static int firstAt(TreeMap<Integer, Double> along, double level) {
        return along.entrySet().stream()
                .filter(e -> e.getValue() >= level)
                .mapToInt(Map.Entry::getKey)
                .findFirst()
                .orElse(Integer.MAX_VALUE);
    }

    /**
     * Per table and snapshot iteration: each column's mean over the seeds, and with two columns at
     * how many seeds the second was at least the first at that iteration.
     */
    private static void printAlong(List<Job> jobs, Map<Job, TreeMap<Integer, Double>> results) {
        Map<String, List<Job>> byTable = new LinkedHashMap<>();
        jobs.forEach(j -> byTable.computeIfAbsent(j.table(), t -> new ArrayList<>()).add(j));
        byTable.forEach(
                (table, js) -> {
                    List<String> columns = js.stream().map(Job::column).distinct().toList();
                    List<Long> seeds = js.stream().map(Job::seed).distinct().toList();
                    System.out.println();
                    System.out.println(
                            "| "
                                    + table
                                    + " | "
                                    + String.join(" | ", columns)
                                    + (columns.size() == 2 ? " | second >= first |" : " |"));
                    System.out.println(
                            "|---".repeat(columns.size() + (columns.size() == 2 ? 2 : 1)) + "|");
                    for (int it : results.get(js.get(0)).keySet()) {
                        StringBuilder line = new StringBuilder("| " + it);
                        Map<String, Map<Long, Double>> at = new LinkedHashMap<>();
                        for (Job j : js) {
                            at.computeIfAbsent(j.column(), c -> new LinkedHashMap<>())
                                    .put(j.seed(), results.get(j).get(it));
                        }
                        for (String column : columns) {
                            line.append(
                                    String.format(
                                            Locale.ROOT,
                                            " | %.3f",
                                            at.get(column).values().stream()
                                                    .mapToDouble(Double::doubleValue)
                                                    .average()
                                                    .orElse(Double.NaN)));
                        }
                        if (columns.size() == 2) {
                            Map<Long, Double> first = at.get(columns.get(0));
                            Map<Long, Double> second = at.get(columns.get(1));
                            long holds =
                                    seeds.stream()
                                            .filter(s -> second.get(s) >= first.get(s))
                                            .count();
                            line.append(" | " + holds + " of " + seeds.size());
                        }
                        System.out.println(line + " |");
                    }
                });
    }

    static List<Job> legs(long from, long to, Map<String, String> over) {
        List<Job> jobs = new ArrayList<>();
        for (int target : new int[] {6, 8}) {
            String rule = "legs==" + target;
            for (long seed = from; seed <= to; seed++) {
                if (!"upfront".equals(over.get(ONLY))) {
                    Map<String, String> examples = creatures(over);
                    examples.put("domain.legs", Integer.toString(target));
                    examples.put("guardrails", rule);
                    jobs.add(new Job(rule, "from examples", seed, examples, "pass " + rule));
                }
                if (!"examples".equals(over.get(ONLY))) {
                    Map<String, String> upFront = creatures(over);
                    upFront.put("guardrails", rule);
                    upFront.put("upfront", "1");
                    jobs.add(new Job(rule, "up front", seed, upFront, "pass " + rule));
                }
            }
        }
        return jobs;
    }

    static List<Job> tarantula(long from, long to, Map<String, String> over) {
        List<Job> jobs = new ArrayList<>();
        String[] counts = over.getOrDefault(COUNTS, "0-4").split("-");
        for (long seed = from; seed <= to; seed++) {
            for (int k = Integer.parseInt(counts[0]);
                    k <= Integer.parseInt(counts[counts.length - 1]);
                    k++) {
                Map<String, String> p = creatures(over);
                p.put("domain.legs", "4,6,8");
                p.put("domain.eyes", "0,2");
                p.put("domain.fangs", "0,2");
                p.put("domain.fur", "0,1");
                p.put("guardrails", TARANTULA);
                p.put("upfront", Integer.toString(k));
                jobs.add(new Job("tarantula", k + " up front", seed, p, PassRates.ALL));
            }
        }
        return jobs;
    }

    private static Map<String, String> creatures(Map<String, String> over) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("domain", "creatures");
        p.put("iterations", "4000");
        p.putAll(over);
        p.remove(ONLY);
        p.remove(COUNTS);
        return p;
    }

    private static TreeMap<Integer, Double> run(Job job) {
        Map<String, String> p = new LinkedHashMap<>(job.params());
        p.put("seed", Long.toString(job.seed()));
        GanConfig config = Settings.read(p).orThrow();
        long t0 = System.nanoTime();
        GanRun run = GanRun.start(config);
        Snapshot[] last = new Snapshot[1];
        TreeMap<Integer, Double> along = new TreeMap<>();
        run.runToEnd(
                s -> {
                    last[0] = s;
                    if (s.iteration() > 0) {
                        along.put(
                                s.iteration(), s.metrics().getOrDefault(job.metric(), Double.NaN));
                    }
                },
                () -> false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double figure = last[0].metrics().getOrDefault(job.metric(), Double.NaN);
        double mean =
                along.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElse(Double.NaN);
        StringBuilder line =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "%s | %s | seed %d | %s=%.3f | over the run %.4f | %.0f it/s",
                                job.table(),
                                job.column(),
                                job.seed(),
                                job.metric(),
                                figure,
                                mean,
                                run.iteration() / seconds));
        last[0].metrics().entrySet().stream()
                .filter(e -> e.getKey().startsWith(PassRates.METRIC_PREFIX))
                .forEach(
                        e ->
                                line.append(
                                        String.format(
                                                Locale.ROOT,
                                                " %s=%.3f",
                                                e.getKey().replace(' ', '_'),
                                                e.getValue())));
        line.append(
                String.format(
                        Locale.ROOT,
                        " accuracy=%.2f inspector_rests=%d",
                        last[0].metrics().getOrDefault(Metrics.ACCURACY, Double.NaN),
                        run.inspectorRests()));
        line.append(" along=");
        along.forEach((it, v) -> line.append(String.format(Locale.ROOT, "%d:%.3f,", it, v)));
        System.out.println(line);
        return along;
    }

    /** Per table: a row per seed, a column per variant, then the mean over seeds. */
    private static void print(
            List<Job> jobs, Map<Job, Double> results, String cell, boolean lowerIsBetter) {
        Map<String, List<Job>> byTable = new LinkedHashMap<>();
        jobs.forEach(j -> byTable.computeIfAbsent(j.table(), t -> new ArrayList<>()).add(j));
        byTable.forEach(
                (table, js) -> {
                    List<String> columns = js.stream().map(Job::column).distinct().toList();
                    Map<Long, Map<String, Double>> rows = new TreeMap<>();
                    js.forEach(
                            j ->
                                    rows.computeIfAbsent(j.seed(), s -> new LinkedHashMap<>())
                                            .put(j.column(), results.get(j)));
                    System.out.println();
                    System.out.println("| " + table + " | " + String.join(" | ", columns) + " |");
                    System.out.println("|---".repeat(columns.size() + 1) + "|");
                    double[] sums = new double[columns.size()];
                    rows.forEach(
                            (seed, row) -> {
                                StringBuilder line = new StringBuilder("| seed " + seed);
                                for (int c = 0; c < columns.size(); c++) {
                                    double v = row.get(columns.get(c));
                                    sums[c] += v;
                                    line.append(
                                            Double.isInfinite(v)
                                                    ? " | not by the end"
                                                    : String.format(Locale.ROOT, cell, v));
                                }
                                System.out.println(line + " |");
                            });
                    StringBuilder mean = new StringBuilder("| mean");
                    for (double s : sums) {
                        mean.append(
                                Double.isInfinite(s)
                                        ? " | -"
                                        : String.format(Locale.ROOT, cell, s / rows.size()));
                    }
                    System.out.println(mean + " |");
                    if (columns.size() == 2) {
                        long holds =
                                rows.values().stream()
                                        .filter(
                                                r ->
                                                        lowerIsBetter
                                                                ? r.get(columns.get(1))
                                                                        <= r.get(columns.get(0))
                                                                : r.get(columns.get(1))
                                                                        >= r.get(columns.get(0)))
                                        .count();
                        System.out.printf(
                                Locale.ROOT,
                                "%s at least as good as %s at %d of %d seeds%n",
                                columns.get(1),
                                columns.get(0),
                                holds,
                                rows.size());
                    }
                });
    }
}
