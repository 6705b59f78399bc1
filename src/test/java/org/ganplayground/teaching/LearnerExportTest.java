package org.ganplayground.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.ganplayground.classroom.TestAccounts.ClassOf;
import org.ganplayground.lessons.LessonService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
class LearnerExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestAccounts accounts;
    @Autowired TestWork work;
    @Autowired LearnerExport export;
    @Autowired LessonService lessons;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_teachers_export_of_a_learner_holds_their_runs_answers_and_progress() throws Exception {
        ClassOf c = accounts.classOf(2);
        Caller ada = c.learners().get(0);
        long run = work.of(ada);
        work.of(c.learners().get(1));
        TestAccounts.signIn(c.teacher());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeLearner(c.classId(), ada.id(), out);
        Map<String, String> files = TestWork.unzip(out);

        assertThat(files.keySet()).containsExactlyElementsOf(TestWork.exportFiles(run));
        JsonNode me = JSON.readTree(files.get("learner.json"));
        assertThat(me.get("username").asText()).isEqualTo(ada.username());
        assertThat(me.get("class").asText()).startsWith("Class of ");
        JsonNode runs = JSON.readTree(files.get("runs.json"));
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("id").asLong()).isEqualTo(run);
        assertThat(runs.get(0).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(runs.get(0).get("config").get("domain").asText()).isEqualTo("points-2d");
        assertThat(runs.get(0).get("summary").get("modes_covered").asInt()).isEqualTo(7);
        assertThat(files.get("runs/" + run + "-metrics.csv").lines())
                .hasSize(3)
                .first()
                .isEqualTo("iteration,elapsed_ms,d_loss,g_loss");

        JsonNode answers = JSON.readTree(files.get("answers.json"));
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).get("question_id").asText()).isEqualTo("modes-covered");
        assertThat(answers.get(0).get("answer").asText()).isEqualTo("8");
        assertThat(answers.get(0).get("correct").isBoolean()).isTrue();
        assertThat(answers.get(0).get("prompt").asText()).isNotBlank();
        assertThat(answers.get(1).get("correct").isNull()).isTrue(); // a prediction
        assertThat(files.get("answers.csv").lines())
                .hasSize(3)
                .first()
                .isEqualTo("lesson,question_id,prompt,answer,correct,answered_at");
        assertThat(files.get("progress.csv").lines())
                .hasSize(1 + lessons.lessons().size())
                .contains("lesson,title,status")
                .anyMatch(l -> l.startsWith(TestWork.LESSON + ",") && l.endsWith(",Started"));
    }

    @Test
    void the_class_export_has_a_folder_per_learner() throws Exception {
        ClassOf c = accounts.classOf(2);
        c.learners().forEach(work::of);
        TestAccounts.signIn(c.teacher());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeClass(c.classId(), out);
        Map<String, String> files = TestWork.unzip(out);
        for (Caller l : c.learners()) {
            assertThat(files).containsKey(l.username() + "/learner.json");
            assertThat(files).containsKey(l.username() + "/answers.csv");
        }
        assertThat(files).hasSize(2 * 6);
    }

    @Test
    void another_teacher_gets_a_missing_class_and_not_a_byte() {
        ClassOf c = accounts.classOf(1);
        Caller ada = c.learners().get(0);
        work.of(ada);
        TestAccounts.signIn(accounts.create("other", Role.TEACHER, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> export.writeLearner(c.classId(), ada.id(), out))
                .isInstanceOf(AccountProblem.class)
                .hasMessage("There is no class " + c.classId() + ".");
        assertThatThrownBy(() -> export.writeClass(c.classId(), out))
                .hasMessage("There is no class " + c.classId() + ".");
        assertThat(out.size()).isZero();

        // a learner of the teacher's own class only
        ClassOf mine = accounts.classOf(1);
        TestAccounts.signIn(mine.teacher());
        assertThatThrownBy(() -> export.writeLearner(mine.classId(), ada.id(), out))
                .hasMessage("There is no learner " + ada.id() + ".");
        assertThat(out.size()).isZero();
    }
}
