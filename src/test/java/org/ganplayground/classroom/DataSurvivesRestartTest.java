package org.ganplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.ganplayground.TestApp;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class DataSurvivesRestartTest {

    @Test
    void a_learner_renamed_before_a_restart_keeps_the_new_name_after_it() {
        String dir = "./target/test-data/restart-" + UUID.randomUUID();
        long id;
        try (ConfigurableApplicationContext first = start(dir)) {
            LearnerService learners = first.getBean(LearnerService.class);
            id = learners.currentLearner().getId();
            learners.rename(id, "Ada from class 4b");
        }
        assertThat(Path.of(dir, "ganplayground.mv.db")).exists();
        try (ConfigurableApplicationContext second = start(dir)) {
            Learner after = second.getBean(LearnerService.class).currentLearner();
            assertThat(after.getId()).isEqualTo(id);
            assertThat(after.getDisplayName()).isEqualTo("Ada from class 4b");
        }
    }

    private static ConfigurableApplicationContext start(String dataDir) {
        return TestApp.start(dataDir);
    }
}
