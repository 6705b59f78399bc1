package org.ganplayground.playground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganplayground.settings.Catalogue;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.Setting;

/**
 * Every setting of a run, built from the settings catalogue: the domain and its own settings, then
 * collapsed Forger, Inspector and Training groups, each field with its label, hint and bounds from
 * {@link Catalogue}. Works on the serialised form (key to string), so what it shows is exactly what
 * the URL, the database and lesson presets hold. Settings that do not apply are hidden. Fires
 * {@link ChangeEvent} on every edit.
 */
class SettingsForm extends VerticalLayout {

    /** A setting was edited. */
    static class ChangeEvent extends ComponentEvent<SettingsForm> {
        ChangeEvent(SettingsForm source) {
            super(source, false);
        }
    }

    private static final List<Setting.Group> GROUPS =
            List.of(Setting.Group.FORGER, Setting.Group.INSPECTOR, Setting.Group.TRAINING);

    final Map<String, Component> fields = new LinkedHashMap<>();
    final Select<String> domain;

    /**
     * One field per line: a plain column, not a FormLayout, whose layout checks on every change
     * cost the playground about 17 ms per visit in the browser.
     */
    private final VerticalLayout domainParams = new VerticalLayout();

    private final Map<String, Setting<?>> settingOf = new HashMap<>();
    private final Map<String, String> hidden = new LinkedHashMap<>();
    private final Set<String> hiddenByLesson = new HashSet<>();

    /** The collapsed group each grouped field lives in, opened when that field has a problem. */
    private final Map<Component, Details> groupOf = new HashMap<>();

    private boolean silent;

    SettingsForm() {
        setPadding(false);
        domainParams.setPadding(false);
        domainParams.setSpacing(false);
        domain = select(Catalogue.DOMAIN);
        domain.setWidthFull();
        domain.addValueChangeListener(
                e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        // another domain wants its own measured defaults (network sizes, rates)
                        setValues(Catalogue.defaults(e.getValue()));
                        fireChange();
                    }
                });
        List<Component> groups = new ArrayList<>();
        for (Setting.Group group : GROUPS) {
            FormLayout content = new FormLayout();
            content.setResponsiveSteps(
                    new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("30em", 2));
            Catalogue.forDomain(Catalogue.defaultDomain()).stream()
                    .filter(s -> s.group() == group)
                    .forEach(s -> content.add(field(s)));
            groups.add(details(group.title(), content));
        }
        add(domain, domainParams);
        groups.forEach(this::add);
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
            String domainId =
                    params.getOrDefault(Catalogue.DOMAIN.key(), Catalogue.defaultDomain());
            rebuildDomainParams(domainId);
            params.forEach(
                    (key, value) -> {
                        Component field = fields.get(key);
                        if (field == null) {
                            // guardrails and up-front live in their own editor
                            hidden.put(key, value);
                        } else {
                            @SuppressWarnings("unchecked")
                            HasValue<?, String> f = (HasValue<?, String>) field;
                            f.setValue(value);
                        }
                    });
        } finally {
            silent = false;
        }
        showApplicable();
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

    /** Whether a problem on this key is shown by one of this form's fields. */
    boolean shows(String key) {
        return fields.containsKey(key);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> l) {
        return addListener(ChangeEvent.class, l);
    }

    /** Hides settings a lesson wants out of the way (they keep their preset values). */
    void hide(List<String> keys) {
        hiddenByLesson.clear();
        hiddenByLesson.addAll(keys);
        showApplicable();
    }

    /** Only the settings that mean something with the current values are shown. */
    private void showApplicable() {
        Map<String, String> values = values();
        fields.forEach(
                (key, field) ->
                        field.setVisible(
                                !hiddenByLesson.contains(key)
                                        && settingOf.get(key).appliesTo(values)));
    }

    private void rebuildDomainParams(String domainId) {
        fields.keySet().removeIf(k -> k.startsWith(Catalogue.DOMAIN_PREFIX));
        domainParams.removeAll();
        domain.setValue(domainId);
        Catalogue.forDomain(domainId).stream()
                .filter(s -> s.key().startsWith(Catalogue.DOMAIN_PREFIX))
                .forEach(
                        s -> {
                            Component field = field(s);
                            ((com.vaadin.flow.component.HasSize) field).setWidthFull();
                            domainParams.add(field);
                        });
    }

    private Component field(Setting<?> s) {
        return s.kind() == Setting.Kind.CHOICE ? select(s) : text(s);
    }

    private TextField text(Setting<?> s) {
        TextField f = new TextField(s.label());
        f.setHelperText(s.help());
        f.setMaxLength(s.maxLength());
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.addValueChangeListener(e -> fireChange());
        register(s, f);
        return f;
    }

    private Select<String> select(Setting<?> s) {
        Select<String> f = new Select<>();
        f.setLabel(s.label());
        f.setHelperText(s.help());
        f.setItems(List.copyOf(s.choices().keySet()));
        f.setItemLabelGenerator(v -> s.choices().getOrDefault(v, v));
        f.addValueChangeListener(e -> fireChange());
        register(s, f);
        return f;
    }

    private void register(Setting<?> s, Component field) {
        fields.put(s.key(), field);
        settingOf.put(s.key(), s);
    }

    private void fireChange() {
        if (!silent) {
            showApplicable();
            fireEvent(new ChangeEvent(this));
        }
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
