package org.ganplayground.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see whose work, and what each learner may use. Other features ask here before they show
 * or change a row a person made.
 */
@Service
public class ClassroomService {

    /** What a learner of an ended class is told when they try to change their work. */
    public static final String CLASS_ENDED =
            "Your class has ended; your work can be read but not changed.";

    private final AccountRepository accounts;
    private final SchoolClassRepository classes;
    private final Limits defaults;

    ClassroomService(
            AccountRepository accounts,
            SchoolClassRepository classes,
            @Value("${gan.queue.max-active-per-learner:3}") int maxActive,
            @Value("${gan.class.max-training-at-once:2}") int maxTraining,
            @Value("${gan.class.budget-seconds:300}") int budgetSeconds) {
        this.accounts = accounts;
        this.classes = classes;
        this.defaults = new Limits(maxActive, maxTraining, budgetSeconds, null);
    }

    /** The limits of a learner's class, or the server's defaults outside a class. */
    @Transactional(readOnly = true)
    public Limits limitsOf(Caller caller) {
        return limitsOfClass(caller.classId());
    }

    @Transactional(readOnly = true)
    public Limits limitsOfClass(Long classId) {
        if (classId == null) {
            return defaults;
        }
        return classes.findById(classId).map(SchoolClass::limits).orElse(defaults);
    }

    /** The server's limits for learners outside a class (and the starting point of a new class). */
    public Limits defaults() {
        return defaults;
    }

    /**
     * Who an account is now (its role and class today), for work it asked for earlier that the
     * server carries out off its request thread (a sweep's next run); empty once it is deleted.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Caller> callerFor(long accountId) {
        return accounts.findById(accountId).map(Account::caller);
    }

    /**
     * Whether the caller may look at work owned by {@code ownerId}: their own, or (read-only) that
     * of a learner in a class they teach.
     */
    @Transactional(readOnly = true)
    public boolean mayRead(Caller caller, long ownerId) {
        if (caller.id() == ownerId) {
            return true;
        }
        if (!caller.teaches()) {
            return false;
        }
        return accounts.findById(ownerId)
                .map(Account::getClassId)
                .flatMap(classes::findById)
                .map(c -> c.getTeacherId() == caller.id())
                .orElse(false);
    }

    /** Whether the class's learners see the runs their classmates share (false for no class). */
    @Transactional(readOnly = true)
    public boolean sharingOn(Long classId) {
        return classId != null
                && classes.findById(classId).map(SchoolClass::isSharing).orElse(false);
    }

    /** Whether the caller teaches this class. */
    @Transactional(readOnly = true)
    public boolean teachesClass(Caller caller, long classId) {
        return caller.teaches()
                && classes.findById(classId)
                        .map(c -> c.getTeacherId() == caller.id())
                        .orElse(false);
    }

    /** The learners of every class the caller teaches (empty for learners). */
    @Transactional(readOnly = true)
    public List<Long> learnersTaughtBy(Caller caller) {
        if (!caller.teaches()) {
            return List.of();
        }
        return classes.findByTeacherIdOrderByName(caller.id()).stream()
                .flatMap(c -> accounts.findByClassIdOrderByUsername(c.getId()).stream())
                .map(Account::getId)
                .toList();
    }

    /**
     * The learners of one class by id, in username order, when the caller teaches it; empty for
     * anyone else (another teacher's class is answered like a class without learners).
     */
    @Transactional(readOnly = true)
    public Map<Long, String> learnersOfClass(Caller caller, long classId) {
        boolean mine =
                caller.teaches()
                        && classes.findById(classId)
                                .map(c -> c.getTeacherId() == caller.id())
                                .orElse(false);
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        if (mine) {
            accounts.findByClassIdOrderByUsername(classId)
                    .forEach(a -> out.put(a.getId(), a.getUsername()));
        }
        return out;
    }

    /** Usernames to show beside work a teacher looks at. */
    @Transactional(readOnly = true)
    public Map<Long, String> usernames(Collection<Long> ids) {
        return accounts.findAllById(ids).stream()
                .collect(Collectors.toMap(Account::getId, Account::getUsername));
    }

    /** Whether the account's class has ended (or is being deleted): its work is read-only. */
    @Transactional(readOnly = true)
    public boolean classEnded(long accountId) {
        return accounts.findById(accountId)
                .map(Account::getClassId)
                .flatMap(classes::findById)
                .map(c -> c.getEndedAt() != null)
                .orElse(false);
    }

    /** The class an account belongs to (empty for teachers and self-paced learners). */
    @Transactional(readOnly = true)
    public Optional<Long> classOf(long accountId) {
        return accounts.findById(accountId).map(Account::getClassId);
    }

    /** Whether the class has ended or is being deleted (true for a missing one). */
    @Transactional(readOnly = true)
    public boolean classOver(long classId) {
        return classes.findById(classId)
                .map(c -> c.getEndedAt() != null || c.isDeleting())
                .orElse(true);
    }

    /**
     * Refuses a change to the account's work once its class has ended, with the exception the
     * calling service uses for refusals (so its page shows the sentence where it shows others).
     */
    public <X extends RuntimeException> void refuseIfEnded(
            long accountId, Function<String, X> refusal) {
        if (classEnded(accountId)) {
            throw refusal.apply(CLASS_ENDED);
        }
    }
}
