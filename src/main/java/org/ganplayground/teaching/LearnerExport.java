package org.ganplayground.teaching;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipOutputStream;
import org.ganplayground.classroom.Account;
import org.ganplayground.classroom.AccountProblem;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.lessons.LessonRecords;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;
import org.springframework.stereotype.Service;

/**
 * A learner's data as a zip of JSON and CSV (see {@link ExportZip}), for the teacher of their class
 * (one learner, or the whole class as one folder per learner) and for the learner themselves.
 * Access is checked before the first byte, so a refused export writes nothing; another teacher's
 * class or learner is answered like a missing one.
 */
@Service
public class LearnerExport {

    private final AccountService accounts;
    private final ClassLifecycle lifecycle;
    private final RunService runs;
    private final LessonRecords records;
    private final LessonService lessons;

    LearnerExport(
            AccountService accounts,
            ClassLifecycle lifecycle,
            RunService runs,
            LessonRecords records,
            LessonService lessons) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.runs = runs;
        this.records = records;
        this.lessons = lessons;
    }

    /** The zip's file name, once the caller is known to teach this learner. */
    public String learnerFileName(long classId, long learnerId) {
        return "gan-playground-" + learnerOf(classId, learnerId).getUsername() + ".zip";
    }

    /** One learner of one of the caller's classes. */
    public void writeLearner(long classId, long learnerId, OutputStream out) throws IOException {
        SchoolClass k = myClass(classId);
        Account learner = learnerOf(classId, learnerId);
        List<Run> theirs = runsOfMyLearners().getOrDefault(learnerId, List.of());
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            write(new ExportZip(zip), "", learner, k, theirs);
        }
    }

    public String classFileName(long classId) {
        return "gan-playground-class-" + classId + ".zip";
    }

    /** Every learner of one of the caller's classes, a folder each. */
    public void writeClass(long classId, OutputStream out) throws IOException {
        SchoolClass k = myClass(classId);
        List<Account> learners = accounts.learnersOf(classId);
        Map<Long, List<Run>> byOwner = runsOfMyLearners();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ExportZip z = new ExportZip(zip);
            for (Account a : learners) {
                write(z, a.getUsername() + "/", a, k, byOwner.getOrDefault(a.getId(), List.of()));
            }
        }
    }

    /** The signed-in person's own data. */
    public void writeMine(OutputStream out) throws IOException {
        Account me =
                accounts.me()
                        .orElseThrow(
                                () ->
                                        new AccountProblem(
                                                AccountProblem.Field.NONE, "Sign in first."));
        SchoolClass k = lifecycle.classOfCaller().orElse(null);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            write(new ExportZip(zip), "", me, k, runs.runsOf());
        }
    }

    private void write(ExportZip zip, String folder, Account a, SchoolClass k, List<Run> theirs)
            throws IOException {
        ExportZip.Learner who =
                new ExportZip.Learner(
                        a.getId(),
                        a.getUsername(),
                        k == null ? null : k.getName(),
                        a.getCreatedAt(),
                        k == null ? null : k.getEndedAt(),
                        k == null ? null : lifecycle.purgeDate(k).orElse(null));
        zip.learner(
                folder,
                who,
                theirs,
                runs::snapshots,
                records.answersOf(a.getId()),
                lessons.lessons(),
                records.progressOf(a.getId()));
    }

    private SchoolClass myClass(long classId) {
        return accounts.myClass(classId)
                .orElseThrow(
                        () ->
                                new AccountProblem(
                                        AccountProblem.Field.NONE,
                                        "There is no class " + classId + "."));
    }

    private Account learnerOf(long classId, long learnerId) {
        myClass(classId);
        return accounts.learnersOf(classId).stream()
                .filter(a -> a.getId() == learnerId)
                .findFirst()
                .orElseThrow(
                        () ->
                                new AccountProblem(
                                        AccountProblem.Field.NONE,
                                        "There is no learner " + learnerId + "."));
    }

    private Map<Long, List<Run>> runsOfMyLearners() {
        return runs.runsOfMyLearners().stream()
                .map(RunService.OwnedRun::run)
                .collect(Collectors.groupingBy(Run::getOwnerId));
    }
}
