package org.ganplayground.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.CurrentUser;
import org.ganplayground.training.DetectorLab;
import org.ganplayground.training.DetectorLab.Candidate;
import org.ganplayground.training.DetectorLab.Picker;

/**
 * The detector lab: the inspector of one finished run tested on its own forger and on another
 * run's. {@code ?inspector=<id>&forger=<id>} preselects the two runs (the run page links here with
 * its own inspector). The test runs off the request thread ({@link LabWork}); a refusal shows under
 * the picker it concerns.
 */
@PermitAll
@Route("detector-lab")
@PageTitle("Detector lab | GAN Playground")
@Menu(order = 14, icon = "SEARCH", title = "Detector lab")
class DetectorLabView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<Candidate> inspector = picker("Inspector of");
    final ComboBox<Candidate> forger = picker("Tested on the forgeries of");
    final Button test = new Button("Test the inspector");
    final ProgressBar busy = new ProgressBar();
    final Span status = new Span();
    final Paragraph none =
            new Paragraph(
                    "You have no finished runs to test yet. Train two runs in the playground, for"
                            + " example the same settings with two seeds, then come back here.");
    final LabResult result = new LabResult();

    private final DetectorLab lab;
    private final LabWork work;
    private final Caller me;

    DetectorLabView(DetectorLab lab, LabWork work, CurrentUser user) {
        this.lab = lab;
        this.work = work;
        this.me = user.get();
        Paragraph intro =
                new Paragraph(
                        "A deepfake detector learns to spot the fakes of the forger it trained"
                                + " against. Would it also catch a forger it has never met? Pick"
                                + " a finished run and test its inspector on the forgeries of"
                                + " another run: one with another seed, other settings, or a"
                                + " bigger or smaller forger.");
        none.addClassName("gp-hint");
        Anchor playground = new Anchor("./", "Go to the playground");
        none.add(new com.vaadin.flow.component.Text(" "), playground);
        test.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        test.addClickListener(e -> runTest());
        busy.setIndeterminate(true);
        busy.getElement().setAttribute("aria-label", "Testing the inspector");
        busy.setVisible(false);
        // announced when a test starts and ends; the result itself follows below
        status.getElement().setAttribute("role", "status");
        status.addClassName("gp-hint");
        Div pickers = new Div(inspector, forger);
        pickers.addClassName("gp-lab-pickers");
        inspector.addValueChangeListener(e -> changed(inspector));
        forger.addValueChangeListener(e -> changed(forger));
        result.setVisible(false);
        add(new H2("Detector lab"), intro, none, pickers, test, busy, status, result);
        addClassName("gp-lab-page");
    }

    private static ComboBox<Candidate> picker(String label) {
        ComboBox<Candidate> box = new ComboBox<>(label);
        // combo boxes list text: a learner's run name is never markup
        box.setItemLabelGenerator(DetectorLabView::label);
        box.setManualValidation(true);
        box.addClassName("gp-lab-picker");
        return box;
    }

    /**
     * Name, whose run when not mine, what it draws (unless the name says so already, as a run's
     * default name does), and the iteration tested.
     */
    static String label(Candidate c) {
        return org.ganplayground.training.RunLabel.of(c.run(), c.owner(), c.iteration());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Candidate> runs = lab.candidates(me);
        inspector.setItems(runs);
        forger.setItems(runs);
        none.setVisible(runs.isEmpty());
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        preselect(inspector, Picker.INSPECTOR, query.get("inspector"), runs);
        preselect(forger, Picker.FORGER, query.get("forger"), runs);
        updateButton();
    }

    /** Selects the run a link asked for, or says under the picker why it cannot be tested. */
    private void preselect(
            ComboBox<Candidate> box, Picker picker, List<String> asked, List<Candidate> runs) {
        if (asked == null || asked.isEmpty()) {
            return;
        }
        var id = RunIds.parse(asked.get(0));
        if (id.isEmpty()) {
            refuse(box, "This link names no run that you can open.");
            return;
        }
        runs.stream()
                .filter(c -> c.run().getId() == id.getAsLong())
                .findFirst()
                .ifPresentOrElse(
                        box::setValue,
                        () ->
                                lab.problemWith(me, id.getAsLong(), picker)
                                        .ifPresent(p -> refuse(box, p)));
    }

    private void changed(ComboBox<Candidate> box) {
        box.setInvalid(false);
        result.setVisible(false);
        status.setText("");
        updateButton();
    }

    private void updateButton() {
        test.setEnabled(
                !busy.isVisible() && inspector.getValue() != null && forger.getValue() != null);
    }

    private void runTest() {
        Candidate a = inspector.getValue();
        Candidate b = forger.getValue();
        if (a == null || b == null) {
            return;
        }
        inspector.setInvalid(false);
        forger.setInvalid(false);
        result.setVisible(false);
        setBusy(true);
        status.setText("Testing the inspector on both forgers…");
        long inspectorId = a.run().getId();
        long forgerId = b.run().getId();
        work.run(
                () -> lab.test(me, inspectorId, forgerId),
                this::show,
                e -> {
                    setBusy(false);
                    status.setText("The test failed: " + e.getMessage());
                });
    }

    private void show(DetectorLab.Outcome outcome) {
        setBusy(false);
        if (outcome instanceof DetectorLab.Tested t) {
            result.show(t);
            result.setVisible(true);
            status.setText("Tested: the result is below.");
        } else if (outcome instanceof DetectorLab.Refused r) {
            refuse(r.picker() == Picker.INSPECTOR ? inspector : forger, r.problem());
            status.setText("Not tested: see the message under the picker.");
        }
    }

    private static void refuse(ComboBox<Candidate> box, String problem) {
        box.setErrorMessage(problem);
        box.setInvalid(true);
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        inspector.setReadOnly(on);
        forger.setReadOnly(on);
        updateButton();
    }
}
