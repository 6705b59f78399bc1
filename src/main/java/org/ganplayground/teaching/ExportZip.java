package org.ganplayground.teaching;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ganplayground.base.Csv;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.lessons.Lesson;
import org.ganplayground.lessons.LessonRecords.AnswerRecord;
import org.ganplayground.lessons.Progress;
import org.ganplayground.training.Exports;
import org.ganplayground.training.Run;

/**
 * Writes one learner's data into a zip as it streams, under a folder ({@code ""} for a zip of one
 * learner): learner.json, runs.json, runs/&lt;id&gt;-metrics.csv, answers.json, answers.csv and
 * progress.csv. One run's snapshots are in memory at a time.
 */
final class ExportZip {

    /** Who the learner is, for learner.json. */
    record Learner(
            long id,
            String username,
            String className,
            Instant createdAt,
            Instant classEndedAt,
            Instant dataDeletedOn) {}

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final ZipOutputStream zip;

    ExportZip(ZipOutputStream zip) {
        this.zip = zip;
    }

    void learner(
            String folder,
            Learner who,
            List<Run> runs,
            LongFunction<List<Snapshot>> snapshots,
            List<AnswerRecord> answers,
            List<Lesson> lessons,
            Map<String, Progress> progress)
            throws IOException {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("id", who.id());
        me.put("username", who.username());
        me.put("class", who.className());
        me.put("account_created_at", text(who.createdAt()));
        me.put("class_ended_at", text(who.classEndedAt()));
        me.put("data_deleted_on", text(who.dataDeletedOn()));
        me.put("exported_at", text(Instant.now()));
        json(folder + "learner.json", me);

        List<Map<String, Object>> runRows = new ArrayList<>();
        for (Run r : runs) {
            runRows.add(run(r));
        }
        json(folder + "runs.json", runRows);
        for (Run r : runs) {
            text(
                    folder + "runs/" + r.getId() + "-metrics.csv",
                    Exports.csv(snapshots.apply(r.getId())));
        }

        List<Map<String, Object>> answerRows = new ArrayList<>();
        List<List<Object>> answerCells = new ArrayList<>();
        for (AnswerRecord a : answers) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("lesson", a.lesson());
            row.put("question_id", a.questionId());
            row.put("prompt", a.prompt());
            row.put("answer", a.answer());
            row.put("correct", a.correct());
            row.put("answered_at", text(a.answeredAt()));
            answerRows.add(row);
            answerCells.add(new ArrayList<>(row.values()));
        }
        json(folder + "answers.json", answerRows);
        text(
                folder + "answers.csv",
                Csv.of(
                        List.of(
                                "lesson",
                                "question_id",
                                "prompt",
                                "answer",
                                "correct",
                                "answered_at"),
                        answerCells));

        List<List<Object>> progressCells = new ArrayList<>();
        for (Lesson l : lessons) {
            Progress p = progress.getOrDefault(l.slug(), Progress.NOT_STARTED);
            progressCells.add(List.of(l.slug(), l.title(), p.label()));
        }
        text(folder + "progress.csv", Csv.of(List.of("lesson", "title", "status"), progressCells));
    }

    private static Map<String, Object> run(Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.getId());
        m.put("name", r.getName());
        m.put("notes", r.getNotes());
        m.put("domain", r.getDomain());
        m.put("status", r.getStatus().name());
        m.put("status_message", r.getStatusMessage());
        m.put("lesson", r.getLessonSlug());
        m.put("iterations_done", r.getIterationsDone());
        m.put("iterations_total", r.getIterationsTotal());
        m.put("config", tree(r.getConfigJson()));
        m.put("summary", tree(r.getSummaryJson()));
        m.put("created_at", text(r.getCreatedAt()));
        m.put("started_at", text(r.getStartedAt()));
        m.put("finished_at", text(r.getFinishedAt()));
        return m;
    }

    /** Stored JSON as JSON (not as a string inside it); unreadable text stays text. */
    private static Object tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node;
        } catch (IOException e) {
            return json;
        }
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    private void json(String name, Object value) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        JSON.writeValue(zip, value);
        zip.closeEntry();
    }

    private void text(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
