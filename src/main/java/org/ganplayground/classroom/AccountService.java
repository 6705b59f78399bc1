package org.ganplayground.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.ganplayground.classroom.AccountProblem.Field;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for people: the first teacher at setup, learners made by their teacher or signing up
 * themselves (alone or with a class's join code), guests, and password changes. Every method checks
 * its caller; someone else's class or learner is answered like a missing one.
 */
@Service
public class AccountService {

    /** One generated account: the passphrase is shown once and never stored in clear. */
    public record Issued(long id, String username, String passphrase) {}

    public static final int MAX_BATCH = 60;

    private final AccountRepository accounts;
    private final SchoolClassRepository classes;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final ClassroomService classroom;
    private final ApplicationEventPublisher events;
    private final SignedInSessions sessions;
    private final int maxGuests;
    private final Duration guestLifetime;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            SchoolClassRepository classes,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            ClassroomService classroom,
            ApplicationEventPublisher events,
            SignedInSessions sessions,
            @Value("${gan.guests.max:30}") int maxGuests,
            Retention retention,
            Clock clock) {
        this.accounts = accounts;
        this.classes = classes;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.classroom = classroom;
        this.events = events;
        this.sessions = sessions;
        this.maxGuests = maxGuests;
        this.guestLifetime = retention.guestLifetime();
        this.clock = clock;
    }

    // ---- first start ----

    /** True until the first teacher exists: every page leads to the setup page until then. */
    @Transactional(readOnly = true)
    public boolean needsSetup() {
        return accounts.countTeachers() == 0;
    }

    /**
     * Creates the first teacher (who also manages teachers). The work of the single local learner
     * of earlier versions becomes theirs. Refused once a teacher exists.
     */
    @Transactional
    public synchronized Caller setUp(String username, String password) {
        if (!needsSetup()) {
            throw new AccountProblem(Field.NONE, "Setup is done already: sign in instead.");
        }
        String name = checkedNewUsername(username);
        String hash = checkedHash(password, Field.PASSWORD);
        Account local = accounts.findByUsername("local").filter(a -> !a.hasPassword()).orElse(null);
        if (local != null) {
            local.becomeFirstTeacher(name, hash);
            return local.caller();
        }
        Account admin = accounts.save(new Account(name, Role.ADMIN, hash, null));
        return admin.caller();
    }

    // ---- self-service ----

    /** A learner signs up with a username and password; with a join code they join that class. */
    @Transactional
    public Caller signUp(String username, String password, String joinCode) {
        Long classId = null;
        if (joinCode != null && !joinCode.isBlank()) {
            classId = classForCode(joinCode).getId();
        }
        String name = checkedNewUsername(username);
        String hash = checkedHash(password, Field.PASSWORD);
        return stored(new Account(name, Role.LEARNER, hash, classId)).caller();
    }

    /** The class a join code opens, if the code works now. */
    @Transactional(readOnly = true)
    public SchoolClass classForCode(String joinCode) {
        String code = joinCode == null ? "" : joinCode.strip().toUpperCase(java.util.Locale.ROOT);
        return classes.findByJoinCode(code)
                .filter(c -> c.joinCodeWorks(Instant.now()))
                .orElseThrow(
                        () ->
                                new AccountProblem(
                                        Field.JOIN_CODE,
                                        "That join code does not work: check it with your"
                                                + " teacher (it may have expired)."));
    }

    /** A guest: their own runs for a few hours, no password, no class. */
    @Transactional
    public Caller startGuest() {
        long guestsNow = accounts.countByRoleAndExpiresAtAfter(Role.GUEST, clock.instant());
        if (guestsNow >= maxGuests) {
            throw new AccountProblem(
                    Field.NONE,
                    "The server has as many guests as it can take ("
                            + maxGuests
                            + "). Sign up instead (only a nickname and a password), or try again"
                            + " later.");
        }
        String name;
        do {
            name =
                    Usernames.GUEST_PREFIX
                            + Passphrases.joinCode().toLowerCase(java.util.Locale.ROOT);
        } while (accounts.existsByUsername(name));
        Account guest = new Account(name, Role.GUEST, null, null);
        guest.setExpiresAt(clock.instant().plus(guestLifetime));
        return accounts.save(guest).caller();
    }

    public Duration guestLifetime() {
        return guestLifetime;
    }

    /** A guest keeps their runs by becoming a learner with a username and password of their own. */
    @Transactional
    public Caller keepGuestWork(String username, String password) {
        Account me = accounts.findById(currentUser.get().id()).orElseThrow();
        if (me.getRole() != Role.GUEST) {
            throw new AccountProblem(Field.NONE, "Only a guest can do this.");
        }
        String name = checkedNewUsername(username);
        me.becomeLearner(name, checkedHash(password, Field.PASSWORD));
        return stored(me).caller();
    }

    @Transactional(readOnly = true)
    public Optional<Account> me() {
        return currentUser.find().flatMap(c -> accounts.findById(c.id()));
    }

    /** The signed-in person changes their own password, giving the current one. */
    @Transactional
    public void changePassword(String current, String next) {
        Account me = accounts.findById(currentUser.get().id()).orElseThrow();
        if (!me.hasPassword()
                || current == null
                || !encoder.matches(current, me.getPasswordHash())) {
            throw new AccountProblem(Field.PASSWORD, "That is not your current password.");
        }
        if (next != null && next.equals(current)) {
            throw new AccountProblem(
                    Field.NEW_PASSWORD, "Pick a password different from the current one.");
        }
        me.setPassword(checkedHash(next, Field.NEW_PASSWORD), false);
    }

    /**
     * A self-paced learner deletes their own account with all their work, giving their password
     * (the retention schedule keeps self-paced work until then). Learners of a class ask their
     * teacher; the class's end deletes it on schedule.
     */
    @Transactional
    public void deleteMyAccount(String password) {
        Account me = accounts.findById(currentUser.get().id()).orElseThrow();
        if (me.getRole() != Role.LEARNER || me.getClassId() != null) {
            throw new AccountProblem(
                    Field.NONE,
                    me.getClassId() != null
                            ? "Your teacher manages your account: ask them to delete it."
                            : "Only self-paced learners delete their own account here.");
        }
        if (password == null || !encoder.matches(password, me.getPasswordHash())) {
            throw new AccountProblem(Field.PASSWORD, "That is not your password.");
        }
        delete(List.of(me));
    }

    // ---- classes ----

    @Transactional
    public SchoolClass createClass(String name) {
        Caller teacher = teacher();
        return classes.save(
                new SchoolClass(checkedClassName(name), teacher.id(), classroom.defaults()));
    }

    @Transactional(readOnly = true)
    public List<SchoolClass> myClasses() {
        Caller c = currentUser.get();
        return c.teaches() ? classes.findByTeacherIdOrderByName(c.id()) : List.of();
    }

    /** One of the caller's classes; another teacher's class is answered like a missing one. */
    @Transactional(readOnly = true)
    public Optional<SchoolClass> myClass(long classId) {
        Caller c = currentUser.get();
        return classes.findById(classId).filter(k -> c.teaches() && k.getTeacherId() == c.id());
    }

    @Transactional(readOnly = true)
    public List<Account> learnersOf(long classId) {
        myClassOrThrow(classId);
        return accounts.findByClassIdOrderByUsername(classId);
    }

    /** A new join code for the class, working for {@code validFor}; the old one stops working. */
    @Transactional
    public SchoolClass rotateJoinCode(long classId, Duration validFor) {
        SchoolClass k = openClassOrThrow(classId);
        String code;
        do {
            code = Passphrases.joinCode();
        } while (classes.findByJoinCode(code).isPresent());
        k.setJoinCode(code, Instant.now().plus(validFor));
        return k;
    }

    @Transactional
    public SchoolClass turnOffJoinCode(long classId) {
        SchoolClass k = myClassOrThrow(classId);
        k.setJoinCode(null, null);
        return k;
    }

    @Transactional
    public SchoolClass setLimits(long classId, Limits limits) {
        SchoolClass k = myClassOrThrow(classId);
        LimitBounds.problem(limits)
                .ifPresent(
                        p -> {
                            throw new AccountProblem(Field.LIMITS, p);
                        });
        k.setLimits(limits);
        return k;
    }

    /** Turns the class gallery on or off: while off, learners see no classmate's shared run. */
    @Transactional
    public SchoolClass setSharing(long classId, boolean on) {
        SchoolClass k = myClassOrThrow(classId);
        k.setSharing(on);
        return k;
    }

    /** Creates {@code count} learners named prefix01, prefix02, ... with generated passphrases. */
    @Transactional
    public List<Issued> createLearners(long classId, String prefix, int count) {
        openClassOrThrow(classId);
        if (count < 1 || count > MAX_BATCH) {
            throw new AccountProblem(
                    Field.COUNT, "Create 1 to " + MAX_BATCH + " learners at a time.");
        }
        String p = Usernames.normalise(prefix);
        String example = p + String.format("%02d", count);
        Usernames.problem(example)
                .ifPresent(
                        m -> {
                            throw new AccountProblem(Field.PREFIX, m);
                        });
        List<String> names = new ArrayList<>();
        for (int n = 1; names.size() < count; n++) {
            String u = p + String.format("%02d", n);
            if (!accounts.existsByUsername(u)) {
                names.add(u);
            }
            if (n > count + 1000) {
                throw new AccountProblem(Field.PREFIX, "Pick another prefix: that one is used up.");
            }
        }
        return issue(classId, names);
    }

    /** Creates learners with the usernames pasted one per line (or separated by commas). */
    @Transactional
    public List<Issued> createLearners(long classId, String pasted) {
        openClassOrThrow(classId);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String line : (pasted == null ? "" : pasted).split("[\\n,;]")) {
            if (!line.isBlank()) {
                names.add(Usernames.normalise(line));
            }
        }
        if (names.isEmpty() || names.size() > MAX_BATCH) {
            throw new AccountProblem(
                    Field.NAMES, "Paste 1 to " + MAX_BATCH + " usernames, one per line.");
        }
        List<String> problems = new ArrayList<>();
        for (String u : names) {
            Usernames.problem(u).ifPresent(m -> problems.add("\"" + shorten(u) + "\": " + m));
            if (accounts.existsByUsername(u)) {
                problems.add("\"" + u + "\" is taken.");
            }
        }
        if (!problems.isEmpty()) {
            throw new AccountProblem(
                    Field.NAMES,
                    "Nobody was created. "
                            + String.join(" ", problems.subList(0, Math.min(5, problems.size())))
                            + (problems.size() > 5
                                    ? " And " + (problems.size() - 5) + " more."
                                    : ""));
        }
        return issue(classId, List.copyOf(names));
    }

    private List<Issued> issue(long classId, List<String> names) {
        List<Issued> out = new ArrayList<>();
        for (String u : names) {
            String pass = Passphrases.passphrase();
            Account a = new Account(u, Role.LEARNER, encoder.encode(pass), classId);
            a.setPassword(a.getPasswordHash(), true);
            out.add(new Issued(stored(a).getId(), u, pass));
        }
        return out;
    }

    /**
     * A new passphrase for one of the caller's learners (or, for the admin, a teacher), to be
     * changed at the next sign-in. Their open sessions end.
     */
    @Transactional
    public Issued resetPassword(long accountId) {
        Account a = managedAccount(accountId);
        String pass = Passphrases.passphrase();
        a.setPassword(encoder.encode(pass), true);
        sessions.endAfterCommit(a.getId());
        return new Issued(a.getId(), a.getUsername(), pass);
    }

    /** Deletes one of the caller's learners with all their work; their open sessions end. */
    @Transactional
    public void deleteLearner(long accountId) {
        Account a = managedAccount(accountId);
        if (a.getRole() != Role.LEARNER) {
            throw new AccountProblem(Field.NONE, "Only learners can be deleted here.");
        }
        delete(List.of(a));
    }

    // ---- admin ----

    @Transactional
    public Issued createTeacher(String username) {
        admin();
        String name = checkedNewUsername(username);
        String pass = Passphrases.passphrase();
        Account t = new Account(name, Role.TEACHER, encoder.encode(pass), null);
        t.setPassword(t.getPasswordHash(), true);
        return new Issued(stored(t).getId(), name, pass);
    }

    @Transactional(readOnly = true)
    public List<Account> teachers() {
        admin();
        return accounts.findByRoleInOrderByUsername(List.of(Role.ADMIN, Role.TEACHER));
    }

    /**
     * Deletes accounts with all their work, in the caller's transaction; their sessions end. Also
     * used by ClassLifecycle and Purge (expired guests, ended classes).
     */
    void delete(List<Account> gone) {
        List<Long> ids = gone.stream().map(Account::getId).toList();
        events.publishEvent(new AccountsDeleted(ids));
        accounts.deleteAll(gone);
        ids.forEach(sessions::endAfterCommit);
    }

    // ---- checks ----

    private Caller teacher() {
        Caller c = currentUser.get();
        if (!c.teaches()) {
            throw new AccessDeniedException("Only teachers manage classes.");
        }
        return c;
    }

    private void admin() {
        if (currentUser.get().role() != Role.ADMIN) {
            throw new AccessDeniedException("Only the admin manages teachers.");
        }
    }

    private SchoolClass myClassOrThrow(long classId) {
        teacher();
        return myClass(classId)
                .orElseThrow(
                        () -> new AccountProblem(Field.NONE, "There is no class " + classId + "."));
    }

    /** One of the caller's classes that has not ended: an ended class takes no new learners. */
    private SchoolClass openClassOrThrow(long classId) {
        SchoolClass k = myClassOrThrow(classId);
        if (k.getEndedAt() != null) {
            throw new AccountProblem(
                    Field.NONE, "This class has ended: reopen it first (on its data page).");
        }
        return k;
    }

    /** A learner of one of the caller's classes, or a teacher when the caller is the admin. */
    private Account managedAccount(long accountId) {
        Caller c = teacher();
        return accounts.findById(accountId)
                .filter(
                        a ->
                                (a.getRole() == Role.LEARNER
                                                && a.getClassId() != null
                                                && myClass(a.getClassId()).isPresent())
                                        || (c.role() == Role.ADMIN && a.getRole() == Role.TEACHER))
                .orElseThrow(
                        () ->
                                new AccountProblem(
                                        Field.NONE, "There is no learner " + accountId + "."));
    }

    /**
     * Stores a new account now, so that a name taken by someone else a moment ago (two learners
     * joining with the same nickname at once) is answered at the username field.
     */
    private Account stored(Account a) {
        try {
            return accounts.saveAndFlush(a);
        } catch (org.springframework.dao.DataIntegrityViolationException taken) {
            throw new AccountProblem(
                    Field.USERNAME,
                    "\"" + a.getUsername() + "\" was taken a moment ago: pick another.");
        }
    }

    private String checkedNewUsername(String typed) {
        Usernames.problem(typed)
                .ifPresent(
                        m -> {
                            throw new AccountProblem(Field.USERNAME, m);
                        });
        String u = Usernames.normalise(typed);
        if (accounts.existsByUsername(u)) {
            throw new AccountProblem(Field.USERNAME, "That username is taken: pick another.");
        }
        return u;
    }

    private String checkedHash(String password, Field field) {
        Passwords.problem(password)
                .ifPresent(
                        m -> {
                            throw new AccountProblem(field, m);
                        });
        return encoder.encode(password);
    }

    private static String checkedClassName(String typed) {
        String n = typed == null ? "" : typed.strip();
        if (n.isEmpty() || n.length() > SchoolClass.NAME_MAX_LENGTH) {
            throw new AccountProblem(
                    Field.CLASS_NAME,
                    "A class name needs 1 to " + SchoolClass.NAME_MAX_LENGTH + " characters.");
        }
        return n;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
