package org.ganplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.ganplayground.classroom.AccountService.Issued;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class AccountServiceTest {

    @Autowired AccountService service;
    @Autowired TestAccounts testAccounts;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private Caller teacherWithClass() {
        return TestAccounts.signIn(testAccounts.create("t", Role.TEACHER, null));
    }

    @Test
    void a_teacher_creates_numbered_learners_whose_passphrases_sign_in_and_must_be_changed() {
        teacherWithClass();
        long classId = service.createClass("9B computing").getId();
        List<Issued> made = service.createLearners(classId, "fox" + System.nanoTime() % 100000, 3);

        assertThat(made).hasSize(3);
        assertThat(made).extracting(Issued::username).allMatch(u -> u.matches("fox\\d+0[1-3]"));
        for (Issued i : made) {
            Account a = accounts.findById(i.id()).orElseThrow();
            assertThat(a.getClassId()).isEqualTo(classId);
            assertThat(a.isMustChangePassword()).isTrue();
            assertThat(encoder.matches(i.passphrase(), a.getPasswordHash())).isTrue();
            assertThat(a.getPasswordHash()).doesNotContain(i.passphrase());
        }
        assertThat(made.stream().map(Issued::passphrase).distinct()).hasSize(3);
    }

    @Test
    void a_pasted_list_with_a_taken_or_bad_name_creates_nobody_and_says_which() {
        Caller t = teacherWithClass();
        long classId = service.createClass("list class").getId();
        long before = accounts.count();

        assertThatThrownBy(
                        () ->
                                service.createLearners(
                                        classId,
                                        "ada-" + t.id() + "\n" + t.username() + "\nbad name!"))
                .isInstanceOf(AccountProblem.class)
                .hasMessageContaining("Nobody was created")
                .hasMessageContaining(t.username() + "\" is taken")
                .hasMessageContaining("bad name!")
                .extracting(e -> ((AccountProblem) e).field())
                .isEqualTo(AccountProblem.Field.NAMES);
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void a_join_code_lets_a_learner_sign_up_into_the_class_until_it_is_replaced() {
        teacherWithClass();
        long classId = service.createClass("join class").getId();
        String code = service.rotateJoinCode(classId, Duration.ofHours(1)).getJoinCode();
        assertThat(code).hasSize(6).matches("[" + Passphrases.JOIN_CODE_ALPHABET + "]{6}");
        TestAccounts.signOut();

        Caller joined =
                service.signUp(
                        "j" + System.nanoTime() % 1000000,
                        "long enough pass",
                        "  " + code.toLowerCase() + " ");
        assertThat(joined.classId()).isEqualTo(classId);
        assertThat(joined.role()).isEqualTo(Role.LEARNER);

        TestAccounts.signIn(testAccounts.create("other", Role.TEACHER, null));
        // another teacher cannot touch the class: the same answer as a class that does not exist
        assertThatThrownBy(() -> service.rotateJoinCode(classId, Duration.ofHours(1)))
                .hasMessage("There is no class " + classId + ".");
        assertThatThrownBy(() -> service.learnersOf(classId))
                .hasMessage("There is no class " + classId + ".");
        assertThatThrownBy(() -> service.learnersOf(Long.MAX_VALUE))
                .hasMessage("There is no class " + Long.MAX_VALUE + ".");
    }

    @Test
    void an_expired_or_replaced_join_code_does_not_work() {
        teacherWithClass();
        long classId = service.createClass("old codes").getId();
        String first = service.rotateJoinCode(classId, Duration.ofHours(1)).getJoinCode();
        service.rotateJoinCode(classId, Duration.ofHours(1));
        String expired = service.rotateJoinCode(classId, Duration.ofSeconds(-1)).getJoinCode();
        TestAccounts.signOut();
        for (String code : List.of(first, expired, "ZZZZZZ", "")) {
            assertThatThrownBy(() -> service.classForCode(code))
                    .isInstanceOf(AccountProblem.class)
                    .extracting(e -> ((AccountProblem) e).field())
                    .isEqualTo(AccountProblem.Field.JOIN_CODE);
        }
    }

    @Test
    void passwords_need_8_to_64_characters_and_nothing_else() {
        assertThat(Passwords.problem("short")).isPresent();
        assertThat(Passwords.problem("eightchr")).isEmpty();
        assertThat(Passwords.problem("all lower case words are fine")).isEmpty();
        assertThat(Passwords.problem("x".repeat(64))).isEmpty();
        assertThat(Passwords.problem("x".repeat(65))).isPresent();
        assertThatThrownBy(() -> service.signUp("u" + System.nanoTime() % 100000, "1234567", null))
                .extracting(e -> ((AccountProblem) e).field())
                .isEqualTo(AccountProblem.Field.PASSWORD);
    }

    @Test
    void usernames_are_pseudonyms_compared_without_case() {
        String name = "Ada" + System.nanoTime() % 100000;
        Caller ada = service.signUp(name, "a fine password", null);
        assertThat(ada.username()).isEqualTo(name.toLowerCase());
        assertThatThrownBy(() -> service.signUp(name.toUpperCase(), "a fine password", null))
                .hasMessageContaining("taken");
        assertThatThrownBy(() -> service.signUp("guest-abc", "a fine password", null))
                .hasMessageContaining("kept for guests");
        assertThatThrownBy(() -> service.signUp("ada@school.org", "a fine password", null))
                .extracting(e -> ((AccountProblem) e).field())
                .isEqualTo(AccountProblem.Field.USERNAME);
    }

    @Test
    void a_learner_cannot_manage_classes_or_teachers() {
        TestAccounts.signIn(testAccounts.create("l", Role.LEARNER, null));
        assertThatThrownBy(() -> service.createClass("mine"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.createTeacher("newteacher"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.myClasses()).isEmpty();
    }

    @Test
    void a_teacher_resets_only_their_own_learners_passwords() {
        TestAccounts.ClassOf mine = testAccounts.classOf(1);
        TestAccounts.ClassOf theirs = testAccounts.classOf(1);
        TestAccounts.signIn(mine.teacher());
        long learner = mine.learners().get(0).id();
        Issued fresh = service.resetPassword(learner);
        assertThat(
                        encoder.matches(
                                fresh.passphrase(),
                                accounts.findById(learner).orElseThrow().getPasswordHash()))
                .isTrue();
        long other = theirs.learners().get(0).id();
        assertThatThrownBy(() -> service.resetPassword(other))
                .hasMessage("There is no learner " + other + ".");
        assertThatThrownBy(() -> service.deleteLearner(other))
                .hasMessage("There is no learner " + other + ".");
        assertThatThrownBy(() -> service.resetPassword(mine.teacher().id()))
                .hasMessage("There is no learner " + mine.teacher().id() + ".");
    }

    @Test
    void changing_a_password_needs_the_current_one() {
        Caller me =
                TestAccounts.signIn(
                        testAccounts.createWithPassword("c", Role.LEARNER, null, "first password"));
        assertThatThrownBy(() -> service.changePassword("wrong password", "second password"))
                .extracting(e -> ((AccountProblem) e).field())
                .isEqualTo(AccountProblem.Field.PASSWORD);
        service.changePassword("first password", "second password");
        assertThat(
                        encoder.matches(
                                "second password",
                                accounts.findById(me.id()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void guests_get_their_own_account_that_cannot_sign_in_with_a_password_and_expires() {
        Caller guest = service.startGuest();
        Account a = accounts.findById(guest.id()).orElseThrow();
        assertThat(a.getRole()).isEqualTo(Role.GUEST);
        assertThat(a.hasPassword()).isFalse();
        assertThat(a.getExpiresAt())
                .isAfter(java.time.Instant.now().plus(service.guestLifetime()).minusSeconds(60));
    }

    @Test
    void setup_is_refused_once_a_teacher_exists() {
        testAccounts.ensureSetUp();
        assertThat(service.needsSetup()).isFalse();
        assertThatThrownBy(() -> service.setUp("intruder", "a fine password"))
                .hasMessageContaining("Setup is done already");
        assertThat(accounts.findByUsername("intruder")).isEmpty();
    }

    @Test
    void learners_signing_up_with_the_same_name_at_once_get_one_account_and_a_message()
            throws Exception {
        String name = "same" + System.nanoTime() % 100000;
        int n = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        List<java.util.concurrent.Future<Object>> tries = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            tries.add(
                    pool.submit(
                            () -> {
                                start.await();
                                try {
                                    return service.signUp(name, "a fine password", null);
                                } catch (RuntimeException e) {
                                    return e;
                                }
                            }));
        }
        start.countDown();
        List<Object> outcomes = new java.util.ArrayList<>();
        for (var f : tries) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(o -> o instanceof Caller).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> !(o instanceof Caller))
                .hasSize(n - 1)
                .allSatisfy(
                        o ->
                                assertThat(o)
                                        .isInstanceOfSatisfying(
                                                AccountProblem.class,
                                                p ->
                                                        assertThat(p.field())
                                                                .isEqualTo(
                                                                        AccountProblem.Field
                                                                                .USERNAME)));
    }
}
