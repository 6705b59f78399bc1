package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.SchoolClass;
import org.ganplayground.lessons.ClassActivity;
import org.ganplayground.lessons.ClassPredictions;
import org.ganplayground.lessons.ClassPredictions.Spread;
import org.ganplayground.training.ClassRunResults;
import org.ganplayground.training.RunEvents;

/**
 * What the class predicted before each run, beside what its runs then measured: for each lesson's
 * prediction question, the count of each prediction and the spread of the runs' final values. Live:
 * new predictions and runs that finish or take a snapshot show without a reload.
 */
@Route("classes/:classId/predictions")
@PageTitle("Class predictions | GAN Playground")
@RolesAllowed("TEACHER")
class PredictionsView extends ClassPage {

    final VerticalLayout questions = new VerticalLayout();

    private final ClassPredictions predictions;
    private final RunEvents runEvents;
    private final ClassRunResults runResults;
    // read on training threads: the runs whose snapshots change what the page shows
    private volatile Set<Long> shownRuns = Set.of();

    PredictionsView(
            ClassPredictions predictions,
            RunEvents runEvents,
            ClassRunResults runResults,
            AccountService accounts,
            ClassActivity activity) {
        super(accounts, activity, "Class predictions");
        this.predictions = predictions;
        this.runEvents = runEvents;
        this.runResults = runResults;
        questions.setPadding(false);
    }

    @Override
    void show(SchoolClass schoolClass) {
        body.add(
                new Paragraph(
                        "Before each run, learners predict what will happen. Here are their"
                                + " predictions, counted, beside what the class's runs of that"
                                + " lesson measured at the end. Learners see the same counts for"
                                + " a question once they have made their own prediction."),
                questions);
    }

    @Override
    void refresh() {
        shownRuns = runResults.runIds(classId());
        questions.removeAll();
        String lesson = null;
        for (Spread spread : predictions.ofClass(classId())) {
            if (!spread.lesson().slug().equals(lesson)) {
                lesson = spread.lesson().slug();
                questions.add(new H3(spread.lesson().order() + ". " + spread.lesson().title()));
            }
            Paragraph prompt = new Paragraph();
            prompt.setText(spread.question().prompt());
            questions.add(prompt, new SpreadPanel(spread));
        }
    }

    /**
     * Runs that start or end (rare events, from any class) and snapshots of this class's runs
     * change the measured side.
     */
    @Override
    List<Runnable> moreSubscriptions(long classId, Runnable changed) {
        RunEvents.Subscription s =
                runEvents.subscribeAll(
                        event -> {
                            boolean matters =
                                    event instanceof RunEvents.SnapshotTaken
                                            ? shownRuns.contains(event.runId())
                                            : !(event instanceof RunEvents.Progress);
                            if (matters) {
                                changed.run();
                            }
                        });
        return List.of(s::cancel);
    }
}
