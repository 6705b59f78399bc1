package org.ganplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.ganplayground.TestApp;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class DataSurvivesRestartTest {

    @Test
    void an_account_made_before_a_restart_is_there_after_it() {
        String dir = "./target/test-data/restart-" + UUID.randomUUID();
        Caller made;
        try (ConfigurableApplicationContext first = TestApp.start(dir)) {
            made = first.getBean(TestAccounts.class).create("ada", Role.LEARNER, null);
        }
        assertThat(Path.of(dir, "ganplayground.mv.db")).exists();
        try (ConfigurableApplicationContext second = TestApp.start(dir)) {
            Account after =
                    second.getBean(AccountRepository.class).findById(made.id()).orElseThrow();
            assertThat(after.getUsername()).isEqualTo(made.username());
        }
    }
}
