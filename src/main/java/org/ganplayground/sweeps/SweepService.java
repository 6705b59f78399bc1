package org.ganplayground.sweeps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ganplayground.base.Csv;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.InvalidConfigException;
import org.ganplayground.settings.Setting;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.CostModel;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sweeps, always as the signed-in caller: one config run over several values of one setting and
 * several seeds, through the training queue under the owner's limits ({@link SweepLauncher}
 * launches the runs as slots free). A sweep is read and cancelled by its owner and the teachers of
 * the owner's class; anyone else gets the answer a missing sweep gets.
 */
@Service
public class SweepService {

    /** A sweep in a list, with its owner's username and how far it got. */
    public record Listed(Sweep sweep, String owner, String swept, int runs, int waiting) {}

    private final SweepRepository sweeps;
    private final SweepMemberRepository members;
    private final SweepLauncher launcher;
    private final RunService runs;
    private final ClassroomService classroom;
    private final CurrentUser user;
    private final TransactionTemplate tx;

    SweepService(
            SweepRepository sweeps,
            SweepMemberRepository members,
            SweepLauncher launcher,
            RunService runs,
            ClassroomService classroom,
            CurrentUser user,
            TransactionTemplate tx) {
        this.sweeps = sweeps;
        this.members = members;
        this.launcher = launcher;
        this.runs = runs;
        this.classroom = classroom;
        this.user = user;
        this.tx = tx;
    }

    /**
     * The runs a request would make, with every problem on its field: the settings' own messages
     * for each run, and the caller's compute budget per run.
     */
    public SweepPlan plan(GanConfig base, SweepRequest request) {
        List<ConfigError> baseErrors = Settings.check(base);
        if (!baseErrors.isEmpty()) {
            return new SweepPlan(request.key(), List.of(), baseErrors);
        }
        SweepPlan plan = SweepPlan.of(base, request);
        if (!plan.valid()) {
            return plan;
        }
        for (SweepPlan.Member m : plan.members()) {
            List<ConfigError> problems = runs.problems(m.config());
            if (!problems.isEmpty()) {
                String field = plan.overSeedsOnly() ? Settings.WHOLE : SweepPlan.VALUES;
                String with =
                        plan.overSeedsOnly()
                                ? ""
                                : "With " + shown(base, plan.key(), m.value()) + ": ";
                return new SweepPlan(
                        plan.key(),
                        List.of(),
                        List.of(new ConfigError(field, with + problems.get(0).message())));
            }
        }
        return plan;
    }

    /** What all the runs of a plan would take together, in words. */
    public String estimate(SweepPlan plan) {
        double seconds =
                plan.members().stream().mapToDouble(m -> runs.estimate(m.config()).seconds()).sum();
        int n = plan.members().size();
        return n + (n == 1 ? " run" : " runs") + ": " + CostModel.sentence(seconds) + " in all.";
    }

    /**
     * Stores a sweep and launches as many of its runs as the caller's limit allows; the rest follow
     * as their runs end. For a lesson: {@code lessonSlug} ties the sweep and its runs to it. Over
     * seeds alone ({@code key} is {@code seed}) the seeds are {@code values} read as whole numbers
     * when there are any, else {@code seeds}.
     *
     * @throws InvalidConfigException with every problem, on its field (see {@link SweepPlan})
     */
    public Sweep start(
            GanConfig base,
            String key,
            List<String> values,
            List<Long> seeds,
            String name,
            String lessonSlug) {
        return start(base, new SweepRequest(key, values, seeds, name), lessonSlug);
    }

    /** {@link #start(GanConfig, String, List, List, String, String)} from a dialog's request. */
    public Sweep start(GanConfig base, SweepRequest request, String lessonSlug) {
        return start(base, request, lessonSlug, null);
    }

    /**
     * {@link #start(GanConfig, SweepRequest, String)} of a sweep a teacher prepares for one of
     * their classes ({@code preparedFor}; null for an ordinary sweep): its learners read it and its
     * runs. Refused for anyone but the class's teacher, or once the class has ended.
     */
    public Sweep start(GanConfig base, SweepRequest request, String lessonSlug, Long preparedFor) {
        Caller me = user.get();
        if (preparedFor != null
                && (!classroom.teachesClass(me, preparedFor) || classroom.classOver(preparedFor))) {
            throw new InvalidConfigException(
                    List.of(
                            new ConfigError(
                                    Settings.WHOLE,
                                    "Only the teacher of a class that has not ended prepares"
                                            + " sweeps for it.")));
        }
        if (classroom.classEnded(me.id())) {
            throw new InvalidConfigException(
                    List.of(new ConfigError(Settings.WHOLE, ClassroomService.CLASS_ENDED)));
        }
        SweepPlan plan = plan(base, request);
        if (!plan.valid()) {
            throw new InvalidConfigException(plan.errors());
        }
        String name =
                request.name() == null || request.name().isBlank()
                        ? defaultName(base)
                        : request.name().strip();
        Sweep sweep =
                tx.execute(
                        s -> {
                            Sweep stored =
                                    sweeps.save(
                                            new Sweep(
                                                    me.id(),
                                                    me.classId(),
                                                    name,
                                                    Settings.writeJson(base),
                                                    plan.key(),
                                                    lessonSlug));
                            if (preparedFor != null) {
                                stored.setPreparedFor(preparedFor);
                                sweeps.save(stored);
                            }
                            int place = 0;
                            for (SweepPlan.Member m : plan.members()) {
                                members.save(
                                        new SweepMember(
                                                stored.getId(), place++, m.value(), m.seed()));
                            }
                            return stored;
                        });
        launcher.advance(sweep.getId());
        return sweep;
    }

    /** The sweep if the caller may read it; empty for someone else's, as for a missing one. */
    public Optional<Sweep> find(long sweepId) {
        Caller me = user.get();
        return sweeps.findById(sweepId)
                .filter(
                        s ->
                                classroom.mayRead(me, s.getOwnerId())
                                        || (s.getPreparedFor() != null
                                                && s.getPreparedFor().equals(me.classId())));
    }

    /**
     * The sweeps prepared for a class in a lesson, newest first: for a learner or guest of that
     * class and for its teacher; empty for anyone else.
     */
    public List<Sweep> prepared(long classId, String lessonSlug) {
        Caller me = user.get();
        if (!Long.valueOf(classId).equals(me.classId()) && !classroom.teachesClass(me, classId)) {
            return List.of();
        }
        return sweeps.findByPreparedForAndLessonSlugOrderByCreatedAtDesc(classId, lessonSlug);
    }

    /**
     * Whether the caller owns the sweep or teaches its owner (learners only read prepared ones).
     */
    private boolean manages(Sweep sweep) {
        return classroom.mayRead(user.get(), sweep.getOwnerId());
    }

    /** Its runs in order, with their status and latest metrics. */
    public List<SweepRow> rows(long sweepId) {
        Sweep sweep = readable(sweepId);
        GanConfig base = config(sweep);
        List<SweepMember> all = members.findBySweepIdOrderByPlace(sweepId);
        List<Long> ids = all.stream().map(SweepMember::getRunId).filter(id -> id != null).toList();
        Map<Long, Map<String, Double>> metrics = runs.finalMetrics(ids);
        List<SweepRow> out = new ArrayList<>();
        for (SweepMember m : all) {
            Run run = m.getRunId() == null ? null : runs.find(m.getRunId()).orElse(null);
            String text =
                    run != null
                            ? run.getStatus().label()
                            : m.getNote() != null
                                    ? m.getNote()
                                    : "Waiting: starts when a run of its owner ends";
            out.add(
                    new SweepRow(
                            m.getPlace(),
                            m.getValue(),
                            shown(base, sweep.getSettingKey(), m.getValue()),
                            m.getSeed(),
                            run == null ? null : run.getId(),
                            run == null ? null : run.getName(),
                            run == null ? null : run.getStatus(),
                            m.isWaiting(),
                            text,
                            run == null ? Map.of() : metrics.getOrDefault(run.getId(), Map.of())));
        }
        return out;
    }

    /** The chart of one outcome, from the runs' latest metrics (what the sweep page draws). */
    public SweepChart chart(long sweepId, String metric) {
        return SweepChart.of(rows(sweepId), metric);
    }

    /**
     * Cancels a sweep: its waiting runs are never launched, its queued and training ones stop (its
     * owner, or a teacher of the owner's class).
     */
    public void cancel(long sweepId) {
        Sweep sweep = readable(sweepId);
        if (!manages(sweep)) {
            throw new IllegalArgumentException("Only your teacher can cancel a prepared sweep.");
        }
        launcher.stopWaiting(sweep.getId(), "Cancelled before it started.");
        for (SweepMember m : members.findBySweepIdOrderByPlace(sweepId)) {
            if (m.getRunId() != null
                    && runs.find(m.getRunId()).map(runs::mayCancel).orElse(false)) {
                runs.cancel(m.getRunId());
            }
        }
    }

    /** Whether the caller may cancel the sweep now: something of it still waits or trains. */
    public boolean mayCancel(Sweep sweep, List<SweepRow> rows) {
        return manages(sweep)
                && rows.stream()
                        .anyMatch(
                                r -> r.waiting() || (r.status() != null && r.status().isActive()));
    }

    /**
     * One row per run: swept setting, value, seed, run id, run name, status, then every metric of
     * its latest snapshot (columns in name order).
     */
    public String csv(long sweepId) {
        Sweep sweep = readable(sweepId);
        List<SweepRow> rows = rows(sweepId);
        TreeSet<String> metricNames = new TreeSet<>();
        rows.forEach(r -> metricNames.addAll(r.metrics().keySet()));
        List<String> header =
                new ArrayList<>(
                        List.of("setting", "value", "seed", "run id", "run name", "status"));
        header.addAll(metricNames);
        List<List<Object>> cells = new ArrayList<>();
        for (SweepRow r : rows) {
            List<Object> line = new ArrayList<>();
            line.add(sweep.getSettingKey());
            line.add(r.value());
            line.add(r.seed());
            line.add(r.runId());
            line.add(r.runName());
            line.add(r.statusText());
            metricNames.forEach(n -> line.add(r.metrics().get(n)));
            cells.add(line);
        }
        return Csv.of(header, cells);
    }

    /** The caller's own sweeps, newest first. */
    public List<Listed> mine() {
        return listed(sweeps.findByOwnerIdOrderByCreatedAtDesc(user.get().id()), Map.of());
    }

    /** The sweeps of the learners in the classes the caller teaches (none for learners). */
    public List<Listed> ofMyLearners() {
        List<Long> learners = classroom.learnersTaughtBy(user.get());
        if (learners.isEmpty()) {
            return List.of();
        }
        return listed(
                sweeps.findByOwnerIdInOrderByCreatedAtDesc(learners),
                classroom.usernames(learners));
    }

    private List<Listed> listed(List<Sweep> list, Map<Long, String> owners) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SweepMember>> bySweep =
                members
                        .findBySweepIdInOrderByPlace(list.stream().map(Sweep::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(SweepMember::getSweepId));
        List<Listed> out = new ArrayList<>();
        for (Sweep s : list) {
            List<SweepMember> ms = bySweep.getOrDefault(s.getId(), List.of());
            int waiting = (int) ms.stream().filter(SweepMember::isWaiting).count();
            out.add(
                    new Listed(
                            s,
                            owners.getOrDefault(s.getOwnerId(), ""),
                            describe(s, ms),
                            ms.size(),
                            waiting));
        }
        return out;
    }

    /** "Forger learning rate: 0.001, 0.002 over seeds 1, 2, 3", or "Seeds 1, 2, 3". */
    public String describe(Sweep sweep) {
        return describe(sweep, members.findBySweepIdOrderByPlace(readable(sweep.getId()).getId()));
    }

    private String describe(Sweep sweep, List<SweepMember> ms) {
        String seeds =
                ms.stream()
                        .map(SweepMember::getSeed)
                        .distinct()
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "));
        if (sweep.overSeedsOnly()) {
            return "Seeds " + seeds;
        }
        GanConfig base = config(sweep);
        String values =
                ms.stream()
                        .map(m -> shown(base, sweep.getSettingKey(), m.getValue()))
                        .distinct()
                        .collect(Collectors.joining(", "));
        return settingLabel(sweep) + ": " + values + " over seeds " + seeds;
    }

    /** The swept setting's plain name ("Seed" over seeds alone). */
    public String settingLabel(Sweep sweep) {
        return Settings.setting(domainOf(sweep), sweep.getSettingKey())
                .map(Setting::label)
                .orElse(sweep.getSettingKey());
    }

    /** Whose sweep this is, when the caller (a teacher) looks at someone else's. */
    public Optional<String> ownerIfNotMine(Sweep sweep) {
        if (sweep.getOwnerId() == user.get().id()) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                classroom.usernames(List.of(sweep.getOwnerId())).get(sweep.getOwnerId()));
    }

    /** The config every run of the sweep starts from. */
    public GanConfig config(Sweep sweep) {
        return Settings.stored(sweep.getConfigJson());
    }

    private String domainOf(Sweep sweep) {
        return config(sweep).domain().id();
    }

    private Sweep readable(long sweepId) {
        return find(sweepId)
                .orElseThrow(() -> new IllegalArgumentException("There is no sweep " + sweepId));
    }

    /** The base config's short name without its seed: the run names add value and seed. */
    private static String defaultName(GanConfig base) {
        return truncate(
                Settings.describe(base).replaceAll(" · seed \\d+$", ""), Sweep.NAME_MAX_LENGTH);
    }

    static String labelOf(GanConfig base, String key) {
        return Settings.setting(base.domain().id(), key).map(Setting::label).orElse(key);
    }

    /** A stored value in plain words: a choice's label, a number without exponent (5.0E-4). */
    static String shown(GanConfig base, String key, String value) {
        if (value.matches("[-+]?[0-9.]+[eE][-+]?[0-9]+")) {
            return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
        }
        return Settings.setting(base.domain().id(), key)
                .map(s -> s.display(value))
                .filter(v -> !v.isBlank())
                .orElse(value.isBlank() ? "none" : value);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
