package org.ganplayground.lessons;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.ganplayground.TestApp;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.Presets;
import org.ganplayground.sweeps.SweepService;
import org.ganplayground.training.CostModel;
import org.ganplayground.training.QuotaExceededException;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each lesson in a class of 30, on a freshly started server with its default two queue workers: the
 * time from the start of the lesson's run phase until every learner has the lesson's run to study,
 * and until every run of the lesson has finished. An "own" lesson (Lesson.InClass): all 30 learners
 * launch the experiment, the lesson's other presets and its sweep at once (a learner's fourth run
 * waits for a free slot of theirs, as in class). A "prepared" lesson: its teacher presses Prepare
 * (lessons/LessonService#prepare) and the 30 learners study those runs; the time 30 own runs would
 * take is printed from the cost model, marked as an estimate. Printed, never asserted. Run (after
 * ./mvnw verify): java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.ganplayground.lessons.LessonClassBenchmark [slug ...]
 */
public final class LessonClassBenchmark {

    private static final int LEARNERS = 30;

    public static void main(String[] args) throws Exception {
        List<String> wanted = List.of(args);
        List<Lesson> course = LessonLibrary.load(java.nio.file.Path.of("lessons")).lessons();
        List<String> lines = new ArrayList<>();
        for (Lesson lesson : course) {
            if (!wanted.isEmpty() && !wanted.contains(lesson.slug())) {
                continue;
            }
            String line = measure(lesson);
            System.out.println("RESULT " + line);
            lines.add(line);
        }
        System.out.println();
        System.out.println(
                "| lesson | in class | minutes | runs per learner | until all 30 have the lesson's"
                        + " run | until every run finished | 30 own runs (estimate) |");
        System.out.println("|---|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
        System.exit(0);
    }

    private static String measure(Lesson lesson) throws Exception {
        String dir = "./target/bench-data/lesson-" + lesson.slug() + "-" + UUID.randomUUID();
        try (ConfigurableApplicationContext app =
                TestApp.start(dir, "logging.level.org.ganplayground=WARN")) {
            TestAccounts accounts = app.getBean(TestAccounts.class);
            accounts.ensureSetUp();
            TestAccounts.ClassOf klass = accounts.classOf(LEARNERS);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            RunService runs = app.getBean(RunService.class);
            SweepService sweeps = app.getBean(SweepService.class);
            LessonService lessons = app.getBean(LessonService.class);
            double oneLearner =
                    lesson.runConfigs().stream()
                            .mapToDouble(c -> CostModel.estimate(c).seconds())
                            .sum();
            String estimate = minutes(LEARNERS * oneLearner / 2);

            long t0 = System.currentTimeMillis();
            List<Long> lessonRuns = Collections.synchronizedList(new ArrayList<>());
            List<Long> owners = new ArrayList<>();
            if (lesson.inClass() == Lesson.InClass.PREPARED) {
                TestAccounts.signIn(klass.teacher());
                LessonService.Prepared made = lessons.prepare(lesson.slug(), klass.classId());
                lessonRuns.add(made.runs().get(0).getId());
                owners.add(klass.teacher().id());
                TestAccounts.signOut();
            } else {
                List<Thread> threads = new ArrayList<>();
                for (Caller learner : klass.learners()) {
                    owners.add(learner.id());
                    Thread t =
                            new Thread(() -> launchAll(learner, lesson, runs, sweeps, lessonRuns));
                    t.start();
                    threads.add(t);
                }
                for (Thread t : threads) {
                    t.join();
                }
            }
            String in = String.join(",", owners.stream().map(String::valueOf).toList());
            String ids = String.join(",", lessonRuns.stream().map(String::valueOf).toList());
            Double lessonRunAt = null;
            while (true) {
                if (lessonRunAt == null
                        && jdbc.queryForObject(
                                        "select count(*) from run where id in ("
                                                + ids
                                                + ") and status = 'COMPLETED'",
                                        Long.class)
                                == lessonRuns.size()) {
                    lessonRunAt =
                            seconds(
                                    jdbc,
                                    "select max(finished_at) from run where id in (" + ids + ")",
                                    t0);
                }
                long active =
                        jdbc.queryForObject(
                                "select count(*) from run where owner_id in ("
                                        + in
                                        + ") and status in ('QUEUED', 'RUNNING')",
                                Long.class);
                long waiting =
                        jdbc.queryForObject(
                                "select count(*) from sweep_member m join sweep s on s.id ="
                                        + " m.sweep_id where s.owner_id in ("
                                        + in
                                        + ") and m.run_id is null and m.note is null",
                                Long.class);
                if (active == 0 && waiting == 0) {
                    break;
                }
                Thread.sleep(500);
            }
            double allAt =
                    seconds(
                            jdbc,
                            "select max(finished_at) from run where owner_id in (" + in + ")",
                            t0);
            Long completed =
                    jdbc.queryForObject(
                            "select count(*) from run where owner_id in ("
                                    + in
                                    + ") and status = 'COMPLETED'",
                            Long.class);
            Long total =
                    jdbc.queryForObject(
                            "select count(*) from run where owner_id in (" + in + ")", Long.class);
            Long cpu =
                    jdbc.queryForObject(
                            "select sum(cpu_ms) from run where owner_id in (" + in + ")",
                            Long.class);
            System.out.printf(
                    "%s: %d of %d runs completed, %.0f CPU-s in all%n",
                    lesson.slug(), completed, total, cpu / 1000.0);
            return String.format(
                    "| %d. %s | %s | %d | %d | %s | %s | %s |",
                    lesson.order(),
                    lesson.slug(),
                    lesson.inClass() == Lesson.InClass.PREPARED ? "prepared" : "own",
                    lesson.minutes(),
                    lesson.runConfigs().size(),
                    lessonRunAt == null ? "never" : minutes(lessonRunAt),
                    minutes(allAt),
                    lesson.inClass() == Lesson.InClass.PREPARED ? estimate : "measured");
        }
    }

    /** One learner's runs of the lesson, as a learner launches them: a slot at a time. */
    private static void launchAll(
            Caller learner,
            Lesson lesson,
            RunService runs,
            SweepService sweeps,
            List<Long> lessonRuns) {
        TestAccounts.signIn(learner);
        List<GanConfig> own = new ArrayList<>();
        own.add(lesson.config());
        lesson.alsoTry().forEach(id -> own.add(Presets.byId(id).orElseThrow().config()));
        try {
            for (int i = 0; i < own.size(); i++) {
                while (true) {
                    try {
                        Run run = runs.launch(own.get(i), null, lesson.slug());
                        if (i == 0) {
                            lessonRuns.add(run.getId());
                        }
                        break;
                    } catch (QuotaExceededException full) {
                        Thread.sleep(1000); // all three slots busy: the learner waits, then tries
                    }
                }
            }
            if (lesson.sweep() != null) {
                sweeps.start(lesson.sweep().baseConfig(), lesson.sweep().request(), lesson.slug());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            TestAccounts.signOut();
        }
    }

    private static double seconds(JdbcTemplate jdbc, String sql, long t0) {
        Timestamp at = jdbc.queryForObject(sql, Timestamp.class);
        return at == null ? Double.NaN : (at.getTime() - t0) / 1000.0;
    }

    private static String minutes(double seconds) {
        return seconds < 90
                ? String.format("%.0f s", seconds)
                : String.format("%.1f min", seconds / 60);
    }
}
