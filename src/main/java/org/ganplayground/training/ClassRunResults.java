package org.ganplayground.training;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a class's runs of one lesson measured: one metric's latest value in each run, for the page
 * that sets the class's predictions beside its results. Values only, never whose run: a learner of
 * the class may read them as well as its teacher.
 */
@Service
public class ClassRunResults {

    /** One run's value: final when the run finished, its latest snapshot's while it trains. */
    public record Result(double value, boolean finished) {}

    private static final List<RunStatus> COUNTED =
            List.of(RunStatus.COMPLETED, RunStatus.RUNNING, RunStatus.QUEUED);

    private final EntityManager em;
    private final CurrentUser user;
    private final AccountService accounts;

    ClassRunResults(EntityManager em, CurrentUser user, AccountService accounts) {
        this.em = em;
        this.user = user;
        this.accounts = accounts;
    }

    /**
     * The runs launched from the lesson by learners of the class that finished or are training (a
     * run stopped early, cancelled or diverged measured nothing final), with a snapshot that has
     * the metric.
     *
     * @throws IllegalArgumentException for a class the caller neither teaches nor belongs to, as
     *     for a missing one
     */
    @Transactional(readOnly = true)
    public List<Result> latest(long classId, String lessonSlug, String metric) {
        requireMember(classId);
        List<Object[]> rows =
                em.createQuery(
                                "select r.status, s.metricsJson from Run r, RunSnapshot s"
                                        + " where s.runId = r.id"
                                        + " and (r.classId = :classId or r.preparedFor = :classId)"
                                        + " and r.lessonSlug = :slug and r.status in :counted"
                                        + " and s.iteration = (select max(t.iteration)"
                                        + " from RunSnapshot t where t.runId = r.id)",
                                Object[].class)
                        .setParameter("classId", classId)
                        .setParameter("slug", lessonSlug)
                        .setParameter("counted", COUNTED)
                        .getResultList();
        return rows.stream()
                .map(
                        row ->
                                new Result(
                                        SnapshotCodec.metrics((String) row[1])
                                                .getOrDefault(metric, Double.NaN),
                                        row[0] == RunStatus.COMPLETED))
                .filter(r -> Double.isFinite(r.value()))
                .toList();
    }

    /**
     * The ids of the class's runs launched from any lesson that finished or are training: a page
     * showing {@link #latest} listens to these runs' snapshots.
     */
    @Transactional(readOnly = true)
    public Set<Long> runIds(long classId) {
        requireMember(classId);
        return Set.copyOf(
                em.createQuery(
                                "select r.id from Run r"
                                        + " where (r.classId = :classId or r.preparedFor = :classId)"
                                        + " and r.lessonSlug is not null and r.status in :counted",
                                Long.class)
                        .setParameter("classId", classId)
                        .setParameter("counted", COUNTED)
                        .getResultList());
    }

    private void requireMember(long classId) {
        Caller me = user.get();
        boolean member = !me.teaches() && Objects.equals(me.classId(), classId);
        if (!member && accounts.myClass(classId).isEmpty()) {
            throw new IllegalArgumentException("There is no class " + classId + ".");
        }
    }
}
