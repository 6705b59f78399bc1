package org.ganplayground.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class TeacherPacksTest {

    private static final String LESSON = "forger-and-inspector";

    @Autowired TeacherPacks packs;
    @Autowired LessonService lessons;
    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_teacher_gets_every_lessons_pack_in_the_courses_order() {
        TestAccounts.signIn(accounts.create("t", Role.TEACHER, null));
        assertThat(packs.pack(LESSON)).get().extracting(TeacherPack::slug).isEqualTo(LESSON);
        assertThat(packs.all())
                .extracting(TeacherPack::slug)
                .containsExactlyElementsOf(lessons.lessons().stream().map(Lesson::slug).toList());
        assertThat(packs.pack("no-such-lesson")).isEmpty();
        assertThat(packs.pack(null)).isEmpty();
    }

    @Test
    void learners_guests_and_nobody_get_no_pack() {
        for (Role role : new Role[] {Role.LEARNER, Role.GUEST}) {
            TestAccounts.signIn(accounts.create("x", role, null));
            assertThat(packs.pack(LESSON)).as(role.name()).isEmpty();
            assertThat(packs.all()).as(role.name()).isEmpty();
        }
        TestAccounts.signOut();
        assertThat(packs.pack(LESSON)).isEmpty();
        assertThat(packs.all()).isEmpty();
    }
}
