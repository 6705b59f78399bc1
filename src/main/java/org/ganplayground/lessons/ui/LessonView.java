package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ganplayground.lessons.Answered;
import org.ganplayground.lessons.Checked;
import org.ganplayground.lessons.ClassPredictions;
import org.ganplayground.lessons.Lesson;
import org.ganplayground.lessons.LessonService;
import org.ganplayground.lessons.Question;
import org.ganplayground.lessons.TeacherPacks;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.InvalidConfigException;
import org.ganplayground.sweeps.Sweep;
import org.ganplayground.sweeps.SweepService;
import org.ganplayground.training.QuotaExceededException;
import org.ganplayground.training.Run;

/**
 * One lesson: predict, run, explain. The text, the prediction questions, "Try it" (the playground
 * with the lesson's experiment and its hidden settings), the runs launched from this lesson, and
 * the questions answered from what the run showed.
 */
@PermitAll
@Route("lessons/:slug")
@PageTitle("Lesson | GAN Playground")
class LessonView extends VerticalLayout
        implements org.ganplayground.base.ui.TypingPage, BeforeEnterObserver {

    static final String SLUG = "slug";
    static final String NO_SUCH_LESSON = "No such lesson";
    static final String MISSING = "This lesson is not part of the course.";
    static final String PACK = "Teacher pack";

    final H2 title = new H2();
    final Span status = new Span();
    final Div toFinish = new Div();
    final Div body = new Div();
    final VerticalLayout before = new VerticalLayout();
    final Button tryIt = new Button("Try it", VaadinIcon.FLASK.create());
    final Button runSweep = new Button("Run the sweep", VaadinIcon.CHART_LINE.create());
    final Span sweepProblem = new Span();
    final VerticalLayout sweepList = new VerticalLayout();
    final VerticalLayout runs = new VerticalLayout();
    final VerticalLayout after = new VerticalLayout();
    final Paragraph lockNote = new Paragraph(LessonService.LOCKED);
    private final LessonService lessons;
    private final ClassPredictions predictions;
    private final org.ganplayground.classroom.CurrentUser currentUser;
    private final SweepService sweeps;
    private final org.ganplayground.classroom.AccountService accounts;
    private PreparedPanel prepared;
    private final TeacherPacks teacherPacks;
    private Lesson lesson;
    private boolean locked;
    private boolean ran;
    private boolean alone;
    private boolean finished;
    private String whoseRun = "Your run";
    private Map<String, Double> lastRun = Map.of();

    LessonView(
            LessonService lessons,
            ClassPredictions predictions,
            org.ganplayground.classroom.CurrentUser currentUser,
            SweepService sweeps,
            org.ganplayground.classroom.AccountService accounts,
            TeacherPacks teacherPacks) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.teacherPacks = teacherPacks;
        this.sweeps = sweeps;
        runSweep.addClickListener(e -> startSweep());
        sweepProblem.addClassName("gp-error");
        sweepList.setPadding(false);
        this.lessons = lessons;
        this.predictions = predictions;
        lockNote.addClassName("gp-locked");
        lockNote.getStyle().set("font-weight", "bold");
        setMaxWidth("48rem");
        tryIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tryIt.addClickListener(e -> go(lesson.tryItQuery()));
        body.addClassName("gp-lesson-text");
        List.of(before, runs, after).forEach(l -> l.setPadding(false));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(SLUG).orElse("");
        var found = lessons.find(slug);
        if (found.isEmpty()) {
            removeAll();
            title.setText(NO_SUCH_LESSON);
            add(title, new Paragraph(MISSING), new Anchor("lessons", "All lessons"));
            return;
        }
        lesson = found.get();
        // a locked lesson can be read, not started: open() would refuse it
        locked = lessons.locked().contains(lesson.slug());
        if (!locked) {
            lessons.open(slug);
        }
        build();
    }

    private void build() {
        removeAll();
        title.setText(lesson.order() + ". " + lesson.title());
        UnorderedList objectives = new UnorderedList();
        lesson.objectives().forEach(o -> objectives.add(new ListItem(o)));
        // escaped by commonmark when the lesson was read: raw HTML in a lesson shows as text
        body.getElement().setProperty("innerHTML", lesson.bodyHtml());
        HorizontalLayout tries = new HorizontalLayout(tryIt);
        for (String presetId : lesson.alsoTry()) {
            tries.add(new Button("Try " + presetId, e -> go(lesson.tryItQuery(presetId))));
        }
        tries.setWrap(true);
        tries.getChildren().forEach(b -> ((Button) b).setEnabled(!locked));
        if (lesson.sweep() != null) {
            runSweep.setText("Run the sweep (" + lesson.sweep().runs() + " runs)");
            runSweep.setEnabled(!locked);
            tries.add(runSweep);
        }

        Map<String, Answered> answered = lessons.answered(lesson.slug());
        ran = lessons.predictionsClosed(lesson.slug());
        boolean teaches = currentUser.find().map(c -> c.teaches()).orElse(false);
        boolean inClass = currentUser.find().map(c -> c.classId() != null).orElse(false);
        prepared =
                teaches || inClass ? new PreparedPanel(lessons, accounts, lesson, teaches) : null;
        alone = lessons.alone();
        Optional<Map<String, Double>> finishedRun = lessons.lastRunMetrics(lesson.slug());
        finished = finishedRun.isPresent();
        whoseRun =
                !finished || lessons.ownRunFinished(lesson.slug())
                        ? "Your run"
                        : "The prepared run";
        lastRun = finishedRun.orElse(Map.of());
        fill(before, lesson.before(), answered);
        fill(after, lesson.after(), answered);
        listRuns();
        add(title, status);
        toFinish.addClassName("gp-hint");
        if (locked) {
            add(lockNote);
        }
        add(
                new Paragraph(lesson.minutes() + " minutes. You will learn to:"),
                objectives,
                body,
                new H3("Before you run it: predict"),
                before,
                tries,
                sweepProblem,
                new H3("Your runs in this lesson"),
                runs,
                sweepList);
        if (prepared != null) {
            add(prepared);
        }
        add(new H3("After the run: explain"), after, toFinish);
        // teachers only: TeacherPacks gives learners and guests nothing, so nothing reaches the
        // page
        teacherPacks.pack(lesson.slug()).ifPresent(p -> add(new Details(PACK, new PackContent(p))));
        showStatus();
    }

    /** Starts the lesson's sweep as the learner, under their limits, and opens its page. */
    private void startSweep() {
        sweepProblem.setText("");
        try {
            Sweep sweep =
                    sweeps.start(
                            lesson.sweep().baseConfig(), lesson.sweep().request(), lesson.slug());
            getUI().ifPresent(ui -> ui.navigate("sweeps/" + sweep.getId()));
        } catch (InvalidConfigException e) {
            sweepProblem.setText(
                    String.join(" ", e.errors().stream().map(ConfigError::message).toList()));
        } catch (QuotaExceededException e) {
            sweepProblem.setText(e.getMessage());
        }
    }

    private void go(String query) {
        getUI().ifPresent(ui -> ui.navigate("", QueryParameters.fromString(query)));
    }

    private void fill(VerticalLayout target, List<Question> questions, Map<String, Answered> old) {
        target.removeAll();
        for (Question q : questions) {
            QuestionCard card = new QuestionCard(q);
            Answered earlier = old.get(q.id());
            if (earlier != null) {
                boolean reflection =
                        q.kind() == Question.Kind.TEXT && q.when() == Question.When.AFTER;
                card.showAnswer(
                        earlier.text(), reflection && alone ? q.savedAlone() : q.shown(earlier));
                if (q.when() == Question.When.BEFORE && finished) {
                    // closing the loop: the prediction beside what the learner's own run showed
                    Double value = q.outcome() == null ? null : lastRun.get(q.outcome());
                    card.show(
                            new Checked(
                                    null,
                                    q.besideRun(
                                            earlier.text(),
                                            value == null
                                                    ? null
                                                    : org.ganplayground.training.ui.MetricGuide
                                                                    .label(q.outcome())
                                                            + " = "
                                                            + plain(value),
                                            whoseRun)));
                }
            }
            card.addAnswerListener(e -> answer(card, e.answer()));
            card.submit.setEnabled(!locked && LessonService.open(q, earlier, ran));
            target.add(card);
            if (q.when() == Question.When.BEFORE) {
                showSpread(card);
            }
        }
    }

    private void answer(QuestionCard card, String text) {
        try {
            // a closed question keeps its button (the focus stays on it): the service says why
            card.show(lessons.answer(lesson.slug(), card.question.id(), text));
            if (prepared != null && card.question.when() == Question.When.BEFORE) {
                prepared.refresh(); // shown once every prediction is made
            }
            showStatus();
            showSpread(card);
        } catch (IllegalArgumentException | IllegalStateException e) {
            card.showProblem(e.getMessage());
        }
    }

    /** The class's predictions, once the learner made theirs (nothing outside a class). */
    private void showSpread(QuestionCard card) {
        card.spread.removeAll();
        predictions
                .forMe(lesson.slug(), card.question.id())
                .ifPresent(
                        s ->
                                card.spread.add(
                                        new H4("Your class's predictions"), new SpreadPanel(s)));
    }

    private void listRuns() {
        sweepList.removeAll();
        sweeps.mine().stream()
                .filter(l -> lesson.slug().equals(l.sweep().getLessonSlug()))
                .forEach(
                        l ->
                                sweepList.add(
                                        new Div(
                                                new Anchor(
                                                        "sweeps/" + l.sweep().getId(),
                                                        l.sweep().getName()),
                                                new Span(" · sweep of " + l.runs() + " runs"))));
        runs.removeAll();
        List<Run> mine = lessons.runs(lesson.slug());
        if (mine.isEmpty()) {
            runs.add(new Span("None yet: press Try it, then Launch run in the playground."));
        }
        for (Run run : mine) {
            Anchor link = new Anchor("runs/" + run.getId(), run.getName());
            Span state = new Span(" · " + run.getStatus().label());
            state.addClassName("gp-hint");
            runs.add(new Div(link, state));
        }
    }

    private void showStatus() {
        Component badge = LessonsView.badge(lessons.progress(lesson.slug()));
        status.removeAll();
        status.add(badge);
        toFinish.removeAll();
        List<String> left = lessons.toFinish(lesson.slug());
        if (!left.isEmpty()) {
            toFinish.add(new Span("To finish this lesson:"));
            com.vaadin.flow.component.html.UnorderedList list =
                    new com.vaadin.flow.component.html.UnorderedList();
            left.forEach(l -> list.add(new com.vaadin.flow.component.html.ListItem(l)));
            toFinish.add(list);
        }
        if (!locked && lessons.mayRetake(lesson.slug())) {
            Button again = new Button("Try the checked questions again");
            again.setId("gp-retake");
            again.addClickListener(
                    e -> {
                        try {
                            lessons.retake(lesson.slug());
                            build();
                        } catch (IllegalArgumentException | IllegalStateException refused) {
                            // locked, ended or already retaken in another tab: say so here
                            toFinish.add(new Span(refused.getMessage()));
                        }
                    });
            toFinish.add(again);
        }
    }

    /** A measured value as a learner reads it: whole numbers without decimals. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9
                ? Long.toString((long) v)
                : org.ganplayground.base.ui.LineChart.number(v);
    }
}
