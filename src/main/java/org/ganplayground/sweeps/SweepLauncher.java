package org.ganplayground.sweeps;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.ClassEnded;
import org.ganplayground.classroom.ClassroomService;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.InvalidConfigException;
import org.ganplayground.settings.Settings;
import org.ganplayground.training.QuotaExceededException;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunEvents;
import org.ganplayground.training.RunService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Launches the waiting runs of sweeps as their owners' slots free, as the owner (through {@link
 * RunService#launchFor}, with the owner's limits): when a sweep starts, whenever a run ends, at
 * start-up (waiting runs survive a restart) and, as a safety net, every minute. Each launch and the
 * member that records it commit together; a member taken by another launcher rolls its run back.
 */
@Component
class SweepLauncher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SweepLauncher.class);

    static final String CLASS_ENDED = "Not launched: the class has ended.";

    private final SweepRepository sweeps;
    private final SweepMemberRepository members;
    private final RunService runs;
    private final RunEvents events;
    private final ClassroomService classroom;
    private final TransactionTemplate tx;

    /** One thread launches after runs end, so a burst of endings makes one pass, not many. */
    private ExecutorService thread;

    private final AtomicBoolean passDue = new AtomicBoolean();
    private RunEvents.Subscription subscription;
    private volatile boolean running;

    SweepLauncher(
            SweepRepository sweeps,
            SweepMemberRepository members,
            RunService runs,
            RunEvents events,
            ClassroomService classroom,
            TransactionTemplate tx) {
        this.sweeps = sweeps;
        this.members = members;
        this.runs = runs;
        this.events = events;
        this.classroom = classroom;
        this.tx = tx;
    }

    @Override
    public void start() {
        thread =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "sweep-launcher");
                            t.setDaemon(true);
                            return t;
                        });
        // on a training thread: only note it and return (training/RunEvents.java)
        subscription =
                events.subscribeStatus(
                        c -> {
                            if (!c.status().isActive()) {
                                schedulePass();
                            }
                        });
        running = true;
        schedulePass(); // what waited when the server stopped
    }

    @Override
    public void stop() {
        running = false;
        if (subscription != null) {
            subscription.cancel();
        }
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Runs after the training queue has started (the default phase is the last). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    @Scheduled(fixedDelayString = "${gan.sweeps.safety-pass-ms:60000}")
    void safetyPass() {
        if (running) {
            schedulePass();
        }
    }

    private void schedulePass() {
        if (thread != null && passDue.compareAndSet(false, true)) {
            thread.execute(
                    () -> {
                        passDue.set(false);
                        advanceAll();
                    });
        }
    }

    /** Launches what every sweep with waiting runs may launch now. */
    void advanceAll() {
        for (Sweep s : sweeps.waiting()) {
            try {
                advance(s.getId());
            } catch (RuntimeException e) {
                log.warn(
                        "Sweep {}: launching its next run failed; the next pass retries",
                        s.getId(),
                        e);
            }
        }
    }

    /** Launches the sweep's waiting runs in order, as many as its owner's limit allows now. */
    synchronized void advance(long sweepId) {
        Sweep sweep = sweeps.findById(sweepId).orElse(null);
        if (sweep == null) {
            return;
        }
        Optional<Caller> owner = classroom.callerFor(sweep.getOwnerId());
        if (owner.isEmpty()) {
            return; // being deleted with its account
        }
        if (classroom.classEnded(sweep.getOwnerId())) {
            tx.executeWithoutResult(s -> members.stopWaiting(sweepId, CLASS_ENDED));
            return;
        }
        GanConfig base = Settings.stored(sweep.getConfigJson());
        String label =
                sweep.overSeedsOnly() ? null : SweepService.labelOf(base, sweep.getSettingKey());
        for (SweepMember m : members.findBySweepIdOrderByPlace(sweepId)) {
            if (!m.isWaiting()) {
                continue;
            }
            Settings.Reading config =
                    SweepPlan.member(base, sweep.getSettingKey(), m.getValue(), m.getSeed());
            if (!config.valid()) {
                refuse(m, config.errors());
                continue;
            }
            String name =
                    SweepPlan.runName(
                            sweep.getName(),
                            label,
                            SweepService.shown(base, sweep.getSettingKey(), m.getValue()),
                            m.getSeed(),
                            Run.NAME_MAX_LENGTH);
            try {
                tx.executeWithoutResult(
                        s -> {
                            Run run =
                                    runs.launchFor(
                                            owner.get(),
                                            config.config(),
                                            name,
                                            sweep.getLessonSlug(),
                                            sweep.getPreparedFor());
                            if (members.launched(m.getId(), run.getId()) == 0) {
                                throw new Taken();
                            }
                        });
            } catch (QuotaExceededException full) {
                return; // no free slot: the next run that ends calls again
            } catch (InvalidConfigException e) {
                refuse(m, e.errors()); // the budget was lowered since the sweep was made
            } catch (Taken e) {
                // cancelled, or launched by another server, meanwhile
            }
        }
    }

    /** Gives a sweep's waiting runs a note, after any launch under way has committed. */
    synchronized void stopWaiting(long sweepId, String note) {
        tx.executeWithoutResult(s -> members.stopWaiting(sweepId, note));
    }

    /** When a class ends, its learners' sweeps launch nothing more (in the ending transaction). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onClassEnded(ClassEnded event) {
        if (!event.learnerIds().isEmpty()) {
            members.stopWaitingOf(event.learnerIds(), CLASS_ENDED);
        }
    }

    private void refuse(SweepMember m, List<ConfigError> errors) {
        String why =
                "Not launched: "
                        + String.join(" ", errors.stream().map(ConfigError::message).toList());
        String note =
                why.length() <= SweepMember.NOTE_MAX_LENGTH
                        ? why
                        : why.substring(0, SweepMember.NOTE_MAX_LENGTH - 1) + "…";
        tx.executeWithoutResult(s -> members.refused(m.getId(), note));
    }

    /** The member was taken meanwhile: roll the new run back. */
    private static final class Taken extends RuntimeException {
        Taken() {
            super(null, null, false, false);
        }
    }
}
