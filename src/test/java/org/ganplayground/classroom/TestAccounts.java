package org.ganplayground.classroom;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for tests, made directly in the database (no password checks), and signing in as one of
 * them on the current thread the way a session would.
 */
@Component
public class TestAccounts {

    private final AccountRepository accounts;
    private final SchoolClassRepository classes;
    private final ClassroomService classroom;
    private final org.springframework.security.crypto.password.PasswordEncoder encoder;
    // one hash for every account that never signs in through the form (bcrypt is slow on purpose)
    private final String unusedHash;

    TestAccounts(
            AccountRepository accounts,
            SchoolClassRepository classes,
            ClassroomService classroom,
            org.springframework.security.crypto.password.PasswordEncoder encoder) {
        this.accounts = accounts;
        this.classes = classes;
        this.classroom = classroom;
        this.encoder = encoder;
        this.unusedHash = encoder.encode(java.util.UUID.randomUUID().toString());
    }

    /** A teacher exists, so pages do not lead to the first-start setup page. */
    @Transactional
    public void ensureSetUp() {
        if (accounts.countTeachers() == 0) {
            create("admin", Role.ADMIN, null);
        }
    }

    /**
     * For programs that start the app themselves: setup done, and a new learner who can sign in
     * through the form with {@code password}, signed in on this thread.
     */
    public Caller signedInLearner(String password) {
        ensureSetUp();
        return signIn(createWithPassword("learner", Role.LEARNER, null, password));
    }

    /** A new account that can sign in through the form with {@code password}. */
    @Transactional
    public Caller createWithPassword(String prefix, Role role, Long classId, String password) {
        Caller c = create(prefix, role, classId);
        accounts.findById(c.id()).orElseThrow().setPassword(encoder.encode(password), false);
        return c;
    }

    /** A new account with a unique username starting with {@code prefix}. */
    @Transactional
    public Caller create(String prefix, Role role, Long classId) {
        String name = (prefix + "-" + Long.toString(System.nanoTime(), 36)).toLowerCase();
        if (name.length() > Account.USERNAME_MAX_LENGTH) {
            name = name.substring(name.length() - Account.USERNAME_MAX_LENGTH);
        }
        return accounts.save(new Account(name, role, unusedHash, classId)).caller();
    }

    /** A teacher with a class of {@code learners} learners; the class has the server's limits. */
    @Transactional
    public ClassOf classOf(int learners) {
        Caller teacher = create("teacher", Role.TEACHER, null);
        SchoolClass c =
                classes.save(
                        new SchoolClass(
                                "Class of " + teacher.username(),
                                teacher.id(),
                                classroom.defaults()));
        List<Caller> ls =
                java.util.stream.IntStream.range(0, learners)
                        .mapToObj(i -> create("learner" + i, Role.LEARNER, c.getId()))
                        .toList();
        return new ClassOf(teacher, c.getId(), ls);
    }

    /** A teacher and a class of {@code learners} learners who all sign in with {@code password}. */
    @Transactional
    public ClassOf classOf(int learners, String password) {
        ClassOf c = classOf(learners);
        String hash = encoder.encode(password);
        for (Caller l : c.learners()) {
            accounts.findById(l.id()).orElseThrow().setPassword(hash, false);
        }
        accounts.findById(c.teacher().id()).orElseThrow().setPassword(hash, false);
        return c;
    }

    /** Sets a class's limits. */
    @Transactional
    public void setLimits(long classId, Limits limits) {
        classes.findById(classId).orElseThrow().setLimits(limits);
    }

    /** Makes {@code caller} the signed-in user of this thread. */
    public static Caller signIn(Caller caller) {
        AccountUser user = new AccountUser(caller, null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(
                                user, null, user.getAuthorities()));
        return caller;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public record ClassOf(Caller teacher, long classId, List<Caller> learners) {}
}
