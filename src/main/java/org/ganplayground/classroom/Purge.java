package org.ganplayground.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ganplayground.cluster.Leadership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforces the {@link Retention} schedule: deletes guests past their hours and classes ended more
 * than the schedule's days ago (and finishes deletions that stopped midway), with all their work.
 * Logs counts only, never names.
 */
@Component
public class Purge {

    /** What one pass deleted. */
    public record Purged(int guests, int classes, int classesLeft) {}

    private static final Logger log = LoggerFactory.getLogger(Purge.class);

    private final AccountRepository accounts;
    private final SchoolClassRepository classes;
    private final AccountService accountService;
    private final ClassLifecycle lifecycle;
    private final TransactionTemplate tx;
    private final Retention retention;
    private final Clock clock;
    private final Leadership leadership;

    Purge(
            AccountRepository accounts,
            SchoolClassRepository classes,
            AccountService accountService,
            ClassLifecycle lifecycle,
            TransactionTemplate tx,
            Retention retention,
            Clock clock,
            Leadership leadership) {
        this.accounts = accounts;
        this.classes = classes;
        this.accountService = accountService;
        this.lifecycle = lifecycle;
        this.tx = tx;
        this.retention = retention;
        this.clock = clock;
        this.leadership = leadership;
    }

    // the first pass waits one interval too, so a starting server (and a test) is not raced
    @Scheduled(
            fixedDelayString = "${gan.retention.purge-interval:PT10M}",
            initialDelayString = "${gan.retention.purge-interval:PT10M}")
    void scheduled() {
        // on several machines one node purges, not all at once (README.md, "Several machines")
        if (leadership.isHere()) {
            run();
        }
    }

    /** One pass over the schedule, as of the clock's now. */
    public Purged run() {
        Instant now = clock.instant();
        Integer guests =
                tx.execute(
                        s -> {
                            List<Account> expired =
                                    accounts.findByRoleAndExpiresAtBefore(Role.GUEST, now);
                            if (!expired.isEmpty()) {
                                accountService.delete(expired);
                            }
                            return expired.size();
                        });
        Instant cutoff = now.minus(Duration.ofDays(retention.daysAfterClassEnd()));
        int deleted = 0;
        int left = 0;
        for (long classId : classes.findDueForDeletion(cutoff)) {
            try {
                if (lifecycle.finish(classId)) {
                    deleted++;
                } else {
                    left++; // a teacher's deletion of it is running now
                }
            } catch (RuntimeException e) {
                left++;
                log.error("Purge: deleting class {} stopped midway; next pass retries", classId, e);
            }
        }
        Purged p = new Purged(guests == null ? 0 : guests, deleted, left);
        if (p.guests() + p.classes() + p.classesLeft() > 0) {
            log.info(
                    "Purge: {} expired guests deleted, {} ended classes deleted, {} left for the"
                            + " next pass",
                    p.guests(),
                    p.classes(),
                    p.classesLeft());
        }
        return p;
    }
}
