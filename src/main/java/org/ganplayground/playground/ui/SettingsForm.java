package org.ganplayground.playground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganplayground.domains.Domain;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.ParamInfo;
import org.ganplayground.engine.ConfigError;
import org.ganplayground.engine.ConfigForm;
import org.ganplayground.engine.GanConfig;

/**
 * Every setting of a run, grouped as Domain, Forger, Inspector and Training, each with a one-line
 * hint. Works on the serialised form (key to string), so what it shows is exactly what the URL, the
 * database and lesson presets hold. Fires {@link ChangeEvent} on every edit.
 */
class SettingsForm extends VerticalLayout {

    /** A setting was edited. */
    static class ChangeEvent extends ComponentEvent<SettingsForm> {
        ChangeEvent(SettingsForm source) {
            super(source, false);
        }
    }

    private static final List<String> ACTIVATIONS =
            List.of("relu", "leaky_relu", "tanh", "sigmoid");

    final Map<String, Component> fields = new LinkedHashMap<>();
    final Select<String> domain = new Select<>();

    /**
     * One field per line: a plain column, not a FormLayout, whose layout checks on every change
     * cost the playground about 17 ms per visit in the browser.
     */
    private final VerticalLayout domainParams = new VerticalLayout();

    private final Map<String, String> hidden = new LinkedHashMap<>();

    /** The collapsed group each grouped field lives in, opened when that field has a problem. */
    private final Map<Component, Details> groupOf = new java.util.HashMap<>();

    private boolean silent;

    SettingsForm() {
        setPadding(false);
        domainParams.setPadding(false);
        domainParams.setSpacing(false);
        domain.setLabel("What is real");
        domain.setItems(Domains.all().stream().map(Domain::id).toList());
        domain.setItemLabelGenerator(id -> Domains.byId(id).title());
        domain.setHelperText("The kind of data the forger learns to fake.");
        fields.put(ConfigForm.DOMAIN, domain);
        domain.addValueChangeListener(
                e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        // another domain wants its own measured defaults (network sizes, learning
                        // rates)
                        setValues(
                                GanConfig.fromParams(Map.of(ConfigForm.DOMAIN, e.getValue()))
                                        .toParams());
                        fireChange();
                    }
                });

        FormLayout forger = group();
        forger.add(
                text(
                        "forger.layers",
                        "Forger layers",
                        "Units per hidden layer, e.g. 32,32: a bigger forger can draw more."));
        forger.add(
                select(
                        "forger.activation",
                        "Forger activation",
                        "How each unit bends its input.",
                        ACTIVATIONS));
        forger.add(
                select(
                        "forger.optimizer",
                        "Forger optimizer",
                        "Adam adapts step sizes; SGD is plain.",
                        List.of("adam", "sgd")));
        forger.add(
                text(
                        "forger.lr",
                        "Forger learning rate",
                        "How big a step the forger takes after each round of feedback."));
        forger.add(
                text(
                        "forger.beta1",
                        "Forger beta1",
                        "Adam's momentum: how much the last steps carry on."));

        FormLayout inspector = group();
        inspector.add(
                text(
                        "inspector.layers",
                        "Inspector layers",
                        "Units per hidden layer: a bigger inspector notices more."));
        inspector.add(
                select(
                        "inspector.activation",
                        "Inspector activation",
                        "How each unit bends its input.",
                        ACTIVATIONS));
        inspector.add(
                select(
                        "inspector.optimizer",
                        "Inspector optimizer",
                        "Adam adapts step sizes; SGD is plain.",
                        List.of("adam", "sgd")));
        inspector.add(
                text(
                        "inspector.lr",
                        "Inspector learning rate",
                        "How fast the inspector learns: too fast and the forger gets no useful feedback."));
        inspector.add(
                text("inspector.beta1", "Inspector beta1", "Adam's momentum for the inspector."));
        inspector.add(
                text(
                        ConfigForm.INSPECTOR_STEPS,
                        "Inspector steps per forger step",
                        "How many rounds the inspector trains before the forger gets one."));

        FormLayout training = group();
        training.add(
                select(
                        ConfigForm.LOSS,
                        "Loss",
                        "non_saturating is the usual choice; minimax is the original game, whose feedback vanishes when the inspector wins.",
                        List.of("non_saturating", "minimax", "least_squares")));
        training.add(
                text(ConfigForm.ITERATIONS, "Iterations", "Rounds of the game (1 to 20,000)."));
        training.add(
                text(
                        ConfigForm.SNAPSHOT_EVERY,
                        "Snapshot every",
                        "How often the run stores a picture of its state."));
        training.add(
                text(
                        ConfigForm.BATCH,
                        "Batch size",
                        "Samples the inspector sees per round (8 to 256)."));
        training.add(
                text(
                        ConfigForm.NOISE_DIM,
                        "Noise size",
                        "How many random numbers the forger starts each forgery from."));
        training.add(
                select(
                        ConfigForm.NOISE,
                        "Noise",
                        "Where the forger's random numbers come from.",
                        List.of("gaussian", "uniform")));
        training.add(
                text(
                        ConfigForm.SMOOTHING,
                        "Label smoothing",
                        "Tells the inspector real is 0.9 instead of 1: a humbler inspector (0 to 0.3)."));
        training.add(
                text(
                        ConfigForm.SEED,
                        "Seed",
                        "The same seed and settings give exactly the same run."));

        add(
                domain,
                domainParams,
                details("Forger (the generator)", forger),
                details("Inspector (the discriminator)", inspector),
                details("Training", training));
    }

    /** The settings in serialised form, including ones this form does not show. */
    Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>(hidden);
        fields.forEach(
                (key, field) -> {
                    Object v = ((HasValue<?, ?>) field).getValue();
                    out.put(key, v == null ? "" : v.toString());
                });
        return out;
    }

    void setValues(Map<String, String> params) {
        silent = true;
        try {
            hidden.clear();
            rebuildDomainParams(params.getOrDefault(ConfigForm.DOMAIN, "points-2d"), params);
            params.forEach(
                    (key, value) -> {
                        Component field = fields.get(key);
                        if (field instanceof TextField t) {
                            t.setValue(value);
                        } else if (field instanceof Select<?> s) {
                            @SuppressWarnings("unchecked")
                            Select<String> select = (Select<String>) s;
                            select.setValue(value);
                        } else if (field == null) {
                            hidden.put(
                                    key, value); // guardrails and up-front live in their own editor
                        }
                    });
        } finally {
            silent = false;
        }
    }

    /** Shows each problem under the field where it was typed; clears the others. */
    void showErrors(List<ConfigError> errors) {
        fields.values()
                .forEach(
                        f -> {
                            if (f instanceof HasValidation v) {
                                v.setInvalid(false);
                                v.setErrorMessage(null);
                            }
                        });
        for (ConfigError e : errors) {
            Component field = fields.get(e.field());
            if (field instanceof HasValidation v) {
                v.setErrorMessage(e.message());
                v.setInvalid(true);
                Details group = groupOf.get(field);
                if (group != null) {
                    group.setOpened(true);
                }
            }
        }
    }

    Registration addChangeListener(
            com.vaadin.flow.component.ComponentEventListener<ChangeEvent> l) {
        return addListener(ChangeEvent.class, l);
    }

    /** Hides settings a lesson wants out of the way (they keep their preset values). */
    void hide(List<String> keys) {
        keys.forEach(
                k -> {
                    Component f = fields.get(k);
                    if (f != null) {
                        f.setVisible(false);
                    }
                });
    }

    private void rebuildDomainParams(String domainId, Map<String, String> params) {
        fields.keySet().removeIf(k -> k.startsWith(ConfigForm.DOMAIN_PREFIX));
        domainParams.removeAll();
        domain.setValue(domainId);
        Domain d = Domains.byId(domainId);
        for (ParamInfo p : d.params()) {
            String key = ConfigForm.DOMAIN_PREFIX + p.name();
            String value = params.getOrDefault(key, p.defaultValue());
            Component field =
                    p.kind() == ParamInfo.Kind.CHOICE
                            ? select(key, p.name(), p.hint(), p.choices())
                            : text(
                                    key,
                                    p.name(),
                                    p.hint()
                                            + (p.kind() == ParamInfo.Kind.SUBSET
                                                    ? " (comma-separated: "
                                                            + String.join(", ", p.choices())
                                                            + ")"
                                                    : ""));
            ((HasValue<?, String>) field).setValue(value);
            ((com.vaadin.flow.component.HasSize) field).setWidthFull();
            domainParams.add(field);
        }
    }

    private TextField text(String key, String label, String hint) {
        TextField f = new TextField(label);
        f.setHelperText(hint);
        f.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        f.addValueChangeListener(e -> fireChange());
        fields.put(key, f);
        return f;
    }

    private Select<String> select(String key, String label, String hint, List<String> items) {
        Select<String> s = new Select<>();
        s.setLabel(label);
        s.setHelperText(hint);
        s.setItems(items);
        s.addValueChangeListener(e -> fireChange());
        fields.put(key, s);
        return s;
    }

    private void fireChange() {
        if (!silent) {
            fireEvent(new ChangeEvent(this));
        }
    }

    private static FormLayout group() {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return f;
    }

    /**
     * A collapsed group. Its fields reach the browser when it is first opened, so the playground
     * opens without drawing a dozen fields nobody has asked to see; their values live on the server
     * either way.
     */
    private Details details(String title, FormLayout content) {
        Details d = new Details(new Span(title));
        d.setOpened(false);
        d.setWidthFull();
        d.addOpenedChangeListener(
                e -> {
                    if (e.isOpened() && content.getParent().isEmpty()) {
                        d.add(content);
                    }
                });
        content.getChildren().forEach(field -> groupOf.put(field, d));
        return d;
    }
}
