package org.ganplayground;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ganplayground.classroom.Limits;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.training.RunService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The class of 30 of ClassBenchmark (the ring preset, 3,000 iterations, launched by 30 learners in
 * the same second) on a cluster (README.md, "Several machines"): one web node (in this JVM) and 1
 * or 2 worker nodes (each its own JVM) on an embedded PostgreSQL. Prints, per layout, the time from
 * the launch to the last run finished, CPU per run and how many runs each worker trained. The
 * class's "training at once" limit is raised to 30, as a teacher of a class on a cluster would:
 * with the default 2, a class never uses more than two training threads, however many workers.
 * Nothing is asserted. Run: java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.ganplayground.ClusterBenchmark [threads-per-worker ...]
 */
public final class ClusterBenchmark {

    private static final int LEARNERS = 30;

    public static void main(String[] args) throws Exception {
        List<Integer> threads = new ArrayList<>();
        for (String a : args) {
            threads.add(Integer.parseInt(a));
        }
        if (threads.isEmpty()) {
            threads = List.of(2, 1);
        }
        List<String> lines = new ArrayList<>();
        for (int perWorker : threads) {
            for (int workers = 1; workers <= 2; workers++) {
                lines.add(layout(workers, perWorker));
                System.out.println(lines.get(lines.size() - 1));
            }
        }
        System.out.println(
                "\nworker nodes x training threads | launch to last finished | CPU per run | runs per worker | worker RSS");
        lines.forEach(System.out::println);
        System.exit(0);
    }

    private static String layout(int workers, int perWorker) throws Exception {
        Path dir = Path.of("target", "bench-data", "cluster-" + UUID.randomUUID());
        Files.createDirectories(dir);
        String url = PostgresForTests.urlOfNewDatabase(dir.toAbsolutePath().toString());
        List<Process> nodes = new ArrayList<>();
        try (ConfigurableApplicationContext web =
                TestApp.start(
                        dir.resolve("web").toString(),
                        "gan.node.role=web",
                        "vaadin.productionMode=true",
                        "spring.datasource.url=" + url,
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=")) {
            JdbcTemplate jdbc = web.getBean(JdbcTemplate.class);
            for (int i = 1; i <= workers; i++) {
                nodes.add(worker(dir, "worker" + i, url, perWorker));
            }
            long until = System.currentTimeMillis() + 180_000;
            while (jdbc.queryForObject(
                            "select count(*) from node where role = 'WORKER'", Long.class)
                    < workers) {
                if (System.currentTimeMillis() > until) {
                    throw new IllegalStateException("workers did not start: see " + dir);
                }
                Thread.sleep(200);
            }
            TestAccounts accounts = web.getBean(TestAccounts.class);
            accounts.ensureSetUp();
            TestAccounts.ClassOf klass = accounts.classOf(LEARNERS);
            Limits limits =
                    web.getBean(org.ganplayground.classroom.ClassroomService.class).defaults();
            accounts.setLimits(
                    klass.classId(),
                    new Limits(
                            limits.maxActivePerLearner(),
                            LEARNERS,
                            limits.budgetSeconds(),
                            klass.classId()));
            String result = launchAndWait(web, klass, jdbc, workers, perWorker);
            List<String> rss = new ArrayList<>();
            for (Process p : nodes) {
                rss.add(rssMb(p.pid()) + " MB");
            }
            return result + " | worker RSS " + String.join(", ", rss);
        } finally {
            for (Process p : nodes) {
                p.destroy(); // SIGTERM: a graceful stop
            }
            for (Process p : nodes) {
                p.waitFor();
            }
        }
    }

    /** Resident memory of a process, from /proc (Linux). */
    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private static Process worker(Path dir, String name, String url, int threads)
            throws IOException {
        ProcessBuilder pb =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx1g",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Application.class.getName())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("GAN_DB_URL", url);
        env.put("GAN_DB_USER", "postgres");
        env.put("GAN_DB_PASSWORD", "");
        env.put("GAN_DB_POOL", "6");
        env.put("GAN_NODE_ROLE", "worker");
        env.put("GAN_NODE_NAME", name);
        env.put("GAN_QUEUE_WORKERS", String.valueOf(threads));
        env.put("GAN_DATA_DIR", dir.resolve(name).toString());
        return pb.start();
    }

    private static String launchAndWait(
            ConfigurableApplicationContext web,
            TestAccounts.ClassOf klass,
            JdbcTemplate jdbc,
            int workers,
            int perWorker)
            throws Exception {
        ClassBenchmark.ClassRuns r =
                ClassBenchmark.launchAtOnce(web.getBean(RunService.class), klass.learners(), jdbc);
        List<String> perNode =
                jdbc.queryForList(
                        "select node_id || ': ' || count(*) from run where owner_id in ("
                                + r.owners()
                                + ") group by node_id order by node_id",
                        String.class);
        return String.format(
                java.util.Locale.ROOT,
                "%d x %d | %.1f s (%d of %d completed) | %.1f s | %s",
                workers,
                perWorker,
                r.secondsToLastFinished(),
                r.completed(),
                LEARNERS,
                r.cpuPerRunSeconds(),
                String.join(", ", perNode));
    }
}
