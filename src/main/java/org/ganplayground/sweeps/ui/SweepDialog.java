package org.ganplayground.sweeps.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.Setting;
import org.ganplayground.settings.Settings;
import org.ganplayground.sweeps.Sweep;
import org.ganplayground.sweeps.SweepPlan;
import org.ganplayground.sweeps.SweepRequest;

/**
 * "Run this over seeds 1-3" or "over these values of one setting", for a config: the learner
 * chooses, sees how many runs and how long, and starts. Takes no services: it fires {@link
 * ChangeEvent} on every edit and {@link StartEvent} on Start, and the page that opened it answers
 * with {@link #showPlan} or {@link #showErrors}.
 */
public class SweepDialog extends Dialog {

    /** The request changed: the page plans it and calls {@link #showPlan}. */
    public static class ChangeEvent extends ComponentEvent<SweepDialog> {
        private final SweepRequest request;

        ChangeEvent(SweepDialog source, SweepRequest request) {
            super(source, false);
            this.request = request;
        }

        public SweepRequest request() {
            return request;
        }
    }

    /** Start was pressed on a request the dialog could read. */
    public static class StartEvent extends ComponentEvent<SweepDialog> {
        private final SweepRequest request;

        StartEvent(SweepDialog source, SweepRequest request) {
            super(source, false);
            this.request = request;
        }

        public SweepRequest request() {
            return request;
        }
    }

    static final String OVER_SEEDS = "Over seeds";
    static final String OVER_VALUES = "Over values of one setting";

    final RadioButtonGroup<String> mode = new RadioButtonGroup<>("Sweep");
    final Select<Setting<?>> setting = new Select<>();
    final TextField values = new TextField("Values");
    final IntegerField seedFrom = new IntegerField("Seeds from");
    final IntegerField seedTo = new IntegerField("to");
    final TextField name = new TextField("Name (optional)");
    final Span summary = new Span();
    final Paragraph problem = new Paragraph();
    final Button start = new Button("Start sweep");
    final Button close = new Button("Cancel");

    private final GanConfig base;
    private boolean seedsRefused;

    public SweepDialog(GanConfig base) {
        this.base = base;
        setHeaderTitle("Sweep: run these settings several times");
        mode.setItems(OVER_SEEDS, OVER_VALUES);
        mode.setValue(OVER_SEEDS);
        setting.setLabel("Setting");
        setting.setItems(SweepPlan.sweepable(base.domain().id()));
        setting.setItemLabelGenerator(s -> s.label());
        setting.setWidthFull();
        values.setWidthFull();
        values.setValueChangeMode(ValueChangeMode.LAZY);
        seedFrom.setValue(1);
        seedTo.setValue(3);
        seedFrom.setStepButtonsVisible(true);
        seedTo.setStepButtonsVisible(true);
        name.setWidthFull();
        name.setMaxLength(Sweep.NAME_MAX_LENGTH);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        summary.addClassName("gp-hint");
        problem.addClassName("gp-error");
        problem.setVisible(false);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> fireEvent(new StartEvent(this, request())));
        close.addClickListener(e -> close());

        mode.addValueChangeListener(e -> modeChanged());
        setting.addValueChangeListener(
                e -> {
                    settingChanged(e.getValue());
                    changed();
                });
        values.addValueChangeListener(e -> changed());
        seedFrom.addValueChangeListener(e -> changed());
        seedTo.addValueChangeListener(e -> changed());
        name.addValueChangeListener(e -> changed());

        HorizontalLayout seeds = new HorizontalLayout(seedFrom, seedTo);
        Paragraph limits =
                new Paragraph(
                        "A sweep makes at most "
                                + SweepPlan.MAX_RUNS
                                + " runs. They go through the queue like your other runs: as many"
                                + " wait or train at once as your limit allows, and the rest start"
                                + " as those end.");
        limits.addClassName("gp-hint");
        VerticalLayout body =
                new VerticalLayout(mode, setting, values, seeds, name, limits, summary, problem);
        body.setPadding(false);
        add(body);
        getFooter().add(close, start);
        setWidth("32rem");
        setMaxWidth("100%");
        modeChanged();
    }

    /** Registers for edits. */
    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** Registers for Start. */
    public Registration addStartListener(ComponentEventListener<StartEvent> listener) {
        return addListener(StartEvent.class, listener);
    }

    /** Fires a {@link ChangeEvent} for what the fields hold now (once the page listens). */
    public void refresh() {
        changed();
    }

    /** Opens it over values of one setting (a lesson or a test asks for this). */
    public void sweepSetting(String key, String typedValues) {
        mode.setValue(OVER_VALUES);
        setting.getListDataView()
                .getItems()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .ifPresent(setting::setValue);
        values.setValue(typedValues);
    }

    /** Shows how many runs and how long, or every problem on its field; Start only when valid. */
    public void showPlan(SweepPlan plan, String estimate) {
        showErrors(plan.errors());
        summary.setText(plan.valid() ? estimate : "");
    }

    /** Marks every problem on the field where it was typed; the rest under the fields. */
    public void showErrors(List<ConfigError> errors) {
        mark(values, errors, SweepPlan.VALUES);
        mark(name, errors, SweepPlan.NAME);
        String onSetting = first(errors, SweepPlan.KEY);
        setting.setInvalid(onSetting != null);
        setting.setErrorMessage(onSetting);
        if (!seedsRefused) {
            String onSeeds = first(errors, SweepPlan.SEEDS);
            seedFrom.setInvalid(onSeeds != null);
            seedFrom.setErrorMessage(onSeeds);
            seedTo.setInvalid(onSeeds != null);
        }
        List<String> rest =
                errors.stream()
                        .filter(e -> !e.field().startsWith("sweep."))
                        .map(
                                e ->
                                        e.field().equals(Settings.WHOLE)
                                                ? e.message()
                                                : e.message() + " Change it in the settings first.")
                        .toList();
        problem.setText(String.join(" ", rest));
        problem.setVisible(!rest.isEmpty());
        start.setEnabled(errors.isEmpty() && !seedsRefused);
        if (!errors.isEmpty()) {
            summary.setText("");
        }
    }

    /** What the fields ask for now. */
    SweepRequest request() {
        boolean overValues = OVER_VALUES.equals(mode.getValue());
        Setting<?> s = setting.getValue();
        String key = overValues && s != null ? s.key() : Sweep.SEED_ONLY;
        List<String> typed =
                overValues && s != null
                        ? Arrays.asList(values.getValue().split(SweepPlan.separator(s)))
                        : List.of();
        return new SweepRequest(key, typed, seeds(), name.getValue());
    }

    /**
     * The seeds from..to; a range the dialog refuses itself (empty, backwards, more seeds than a
     * sweep has runs) gives none, with its message on the seed fields.
     */
    private List<Long> seeds() {
        Integer from = seedFrom.getValue();
        Integer to = seedTo.getValue();
        String refusal = null;
        if (from == null || to == null) {
            refusal = "Give the first and the last seed.";
        } else if (from > to) {
            refusal = "The first seed must not be above the last.";
        } else if ((long) to - from + 1 > SweepPlan.MAX_RUNS) {
            refusal =
                    "A sweep makes at most "
                            + SweepPlan.MAX_RUNS
                            + " runs; seeds "
                            + from
                            + " to "
                            + to
                            + " would be "
                            + ((long) to - from + 1)
                            + ".";
        }
        seedsRefused = refusal != null;
        if (seedsRefused) {
            seedFrom.setInvalid(true);
            seedFrom.setErrorMessage(refusal);
            seedTo.setInvalid(true);
            return List.of();
        }
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private void modeChanged() {
        boolean overValues = OVER_VALUES.equals(mode.getValue());
        setting.setVisible(overValues);
        values.setVisible(overValues);
        if (overValues && setting.getValue() == null) {
            setting.getListDataView().getItems().findFirst().ifPresent(setting::setValue);
        }
        changed();
    }

    /** A new setting: its own help, and the value the config has now as a start. */
    private void settingChanged(Setting<?> s) {
        if (s == null) {
            return;
        }
        String sep = SweepPlan.separator(s);
        values.setHelperText(
                s.help()
                        + (sep.equals(";")
                                ? " Separate values with semicolons, e.g. 32,32; 64,64."
                                : " Separate values with commas."));
        String now = Settings.write(base).get(s.key());
        values.setValue(now == null ? "" : now);
    }

    private void changed() {
        SweepRequest r = request();
        if (seedsRefused) {
            start.setEnabled(false);
            summary.setText("");
            return;
        }
        fireEvent(new ChangeEvent(this, r));
    }

    private static void mark(TextField field, List<ConfigError> errors, String key) {
        String message = first(errors, key);
        field.setInvalid(message != null);
        field.setErrorMessage(message);
    }

    private static String first(List<ConfigError> errors, String key) {
        return errors.stream()
                .filter(e -> e.field().equals(key))
                .map(ConfigError::message)
                .findFirst()
                .orElse(null);
    }
}
