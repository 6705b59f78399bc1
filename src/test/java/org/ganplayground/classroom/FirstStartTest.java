package org.ganplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.ganplayground.TestApp;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A server started for the first time, and one upgraded from the single local learner. */
class FirstStartTest {

    @Test
    void the_local_learners_work_moves_to_the_first_teacher_and_setup_closes() throws Exception {
        String dir = "./target/test-data/first-start-" + UUID.randomUUID();
        try (ConfigurableApplicationContext app = TestApp.start(dir)) {
            AccountService service = app.getBean(AccountService.class);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long local =
                    jdbc.queryForObject(
                            "select id from account where username = 'local'", Long.class);
            jdbc.update(
                    "insert into lesson_progress (learner_id, lesson_slug, started_at) values (?, 'x', current_timestamp)",
                    local);
            assertThat(service.needsSetup()).isTrue();

            Caller first = service.setUp("Ms.Rivera", "a long enough password");

            assertThat(first.id()).isEqualTo(local);
            assertThat(first.role()).isEqualTo(Role.ADMIN);
            assertThat(first.username()).isEqualTo("ms.rivera");
            assertThat(
                            jdbc.queryForObject(
                                    "select count(*) from lesson_progress where learner_id = ?",
                                    Long.class,
                                    local))
                    .isEqualTo(1);
            assertThat(service.needsSetup()).isFalse();
            assertThatThrownBy(() -> service.setUp("second", "a long enough password"))
                    .isInstanceOf(AccountProblem.class);
        }
        // the database folder is closed to others (so is every file in it, whatever its own
        // bits), and the database file itself is the owner's only
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(dir))))
                .isEqualTo("rwx------");
        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(Path.of(dir, "ganplayground.mv.db"))))
                .isEqualTo("rw-------");
    }
}
