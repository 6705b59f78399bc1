package org.ganplayground.classroom;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ganplayground.classroom.AccountProblem.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of a class: ending it (read-only for its learners, deleted by {@link Purge} after the
 * days the {@link Retention} schedule gives), reopening it, and deleting it with all its learners'
 * work. A deletion goes in steps (mark the class, one learner per transaction, then the class), so
 * one that fails midway leaves a class still listed as being deleted, and running it again finishes
 * it.
 */
@Service
public class ClassLifecycle {

    /** How far a deletion running on this server is: learners deleted of all its learners. */
    public record Deletion(int done, int total) {}

    private static final Logger log = LoggerFactory.getLogger(ClassLifecycle.class);

    private final SchoolClassRepository classes;
    private final AccountRepository accounts;
    private final AccountService accountService;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Retention retention;
    private final Clock clock;
    private final Map<Long, Deletion> running = new ConcurrentHashMap<>();
    // deleting 30 learners with many runs takes seconds: never on a request thread
    private final ExecutorService thread =
            Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "class-deletion");
                        t.setDaemon(true);
                        return t;
                    });

    ClassLifecycle(
            SchoolClassRepository classes,
            AccountRepository accounts,
            AccountService accountService,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            Retention retention,
            Clock clock) {
        this.classes = classes;
        this.accounts = accounts;
        this.accountService = accountService;
        this.currentUser = currentUser;
        this.events = events;
        this.tx = tx;
        this.retention = retention;
        this.clock = clock;
    }

    /** The retention schedule in sentences, for teachers. */
    public List<String> schedule() {
        return retention.schedule();
    }

    /** When an ended class's data is deleted; empty while it runs. */
    public Optional<Instant> purgeDate(SchoolClass c) {
        return Optional.ofNullable(c.getEndedAt()).map(retention::purgeDate);
    }

    /** When a class's data would be deleted if it ended now. */
    public Instant purgeDateIfEndedNow() {
        return retention.purgeDate(clock.instant());
    }

    /**
     * Ends one of the caller's classes: its learners can sign in and read their work but change
     * nothing, its join code stops working, and its queued and training runs are cancelled.
     */
    @Transactional
    public SchoolClass end(long classId) {
        SchoolClass k = mine(classId);
        if (k.getEndedAt() == null) {
            k.setEndedAt(clock.instant());
            k.setJoinCode(null, null);
            // written before the listeners' bulk updates, which clear the persistence context
            classes.saveAndFlush(k);
            events.publishEvent(new ClassEnded(classId, learnerIds(classId)));
        }
        return k;
    }

    /** Opens an ended class again, before its data is deleted (the join code stays off). */
    @Transactional
    public SchoolClass reopen(long classId) {
        SchoolClass k = mine(classId);
        if (k.isDeleting()) {
            throw new AccountProblem(Field.NONE, "This class is being deleted: it cannot reopen.");
        }
        k.setEndedAt(null);
        return k;
    }

    /**
     * Starts deleting one of the caller's classes with every learner's work, on a background
     * thread; {@code typedName} must be the class's name. Starting it again after a failure
     * finishes what is left.
     */
    public void delete(long classId, String typedName) {
        tx.executeWithoutResult(
                s -> {
                    SchoolClass k = mine(classId);
                    if (typedName == null || !k.getName().equals(typedName.strip())) {
                        throw new AccountProblem(
                                Field.CLASS_NAME,
                                "Type the class's name exactly to delete it: " + k.getName());
                    }
                    mark(k);
                });
        submit(classId);
    }

    /** "Delete again": runs a deletion of one of the caller's classes that stopped midway. */
    public void deleteAgain(long classId) {
        tx.executeWithoutResult(
                s -> {
                    if (!mine(classId).isDeleting()) {
                        throw new AccountProblem(Field.NONE, "This class is not being deleted.");
                    }
                });
        submit(classId);
    }

    private void submit(long classId) {
        if (claim(classId)) {
            thread.execute(
                    () -> {
                        try {
                            runClaimed(classId);
                        } catch (RuntimeException e) {
                            log.error(
                                    "Deleting class {} stopped midway; it can be run again",
                                    classId,
                                    e);
                        }
                    });
        }
    }

    /** A deletion running on this server for one of the caller's classes, if any. */
    public Optional<Deletion> deletion(long classId) {
        return accountService.myClass(classId).map(c -> running.get(classId));
    }

    /** Whether a class being deleted has no deletion running now: it stopped midway. */
    public boolean unfinished(SchoolClass c) {
        return c.isDeleting() && !running.containsKey(c.getId());
    }

    /** The class of the signed-in learner, if they are in one. */
    @Transactional(readOnly = true)
    public Optional<SchoolClass> classOfCaller() {
        return currentUser.find().map(Caller::classId).flatMap(classes::findById);
    }

    /** What a learner of an ended class reads at the top of every page; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<String> endedNotice() {
        return classOfCaller()
                .filter(c -> c.getEndedAt() != null)
                .map(
                        c ->
                                ClassroomService.CLASS_ENDED
                                        + " It will be deleted on "
                                        + Retention.day(retention.purgeDate(c.getEndedAt()))
                                        + ".");
    }

    /**
     * Runs the deletion of a class to its end without a caller (the purge job): false when one is
     * running already. Throws where it stopped; calling it again continues from there.
     */
    boolean finish(long classId) {
        return claim(classId) && runClaimed(classId);
    }

    private boolean claim(long classId) {
        return running.putIfAbsent(classId, new Deletion(0, 0)) == null;
    }

    private boolean runClaimed(long classId) {
        try {
            List<Long> learners =
                    tx.execute(
                            s ->
                                    classes.findById(classId)
                                            .map(
                                                    k -> {
                                                        mark(k);
                                                        return learnerIds(classId);
                                                    })
                                            .orElse(null));
            if (learners == null) {
                return true;
            }
            int done = 0;
            running.put(classId, new Deletion(0, learners.size()));
            for (long id : learners) {
                tx.executeWithoutResult(
                        s ->
                                accounts.findById(id)
                                        .ifPresent(a -> accountService.delete(List.of(a))));
                running.put(classId, new Deletion(++done, learners.size()));
            }
            tx.executeWithoutResult(
                    s -> {
                        // a learner added meanwhile would lose their class and stay behind
                        if (!learnerIds(classId).isEmpty()) {
                            throw new IllegalStateException(
                                    "Class " + classId + " got new learners while being deleted");
                        }
                        classes.deleteById(classId);
                    });
            log.info("Class {} deleted with {} learners and their work", classId, learners.size());
            return true;
        } finally {
            running.remove(classId);
        }
    }

    /** A class being deleted is ended too: nobody changes work that is going. */
    private void mark(SchoolClass k) {
        Instant now = clock.instant();
        if (k.getEndedAt() == null) {
            k.setEndedAt(now);
        }
        if (!k.isDeleting()) {
            k.setDeletingSince(now);
        }
        k.setJoinCode(null, null);
    }

    private List<Long> learnerIds(long classId) {
        return accounts.findByClassIdOrderByUsername(classId).stream().map(Account::getId).toList();
    }

    private SchoolClass mine(long classId) {
        if (!currentUser.get().teaches()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only teachers manage classes.");
        }
        return accountService
                .myClass(classId)
                .orElseThrow(
                        () -> new AccountProblem(Field.NONE, "There is no class " + classId + "."));
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
