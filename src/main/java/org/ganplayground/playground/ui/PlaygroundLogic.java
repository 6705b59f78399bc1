package org.ganplayground.playground.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganplayground.domains.Domains;
import org.ganplayground.engine.ConfigError;
import org.ganplayground.engine.ConfigForm;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.InvalidConfigException;
import org.ganplayground.engine.Presets;
import org.ganplayground.engine.Previews;

/**
 * What the playground does between the fields and the engine: reads a link, validates every edit,
 * keeps the URL in step and redraws the preview of real data. Kept apart from the view so it reads
 * as logic, not layout.
 */
final class PlaygroundLogic {

    static final String PRESET = "preset";
    static final String LESSON = "lesson";
    static final String DEFAULT_PRESET = "ring-good";

    private final PlaygroundView view;
    private GanConfig valid;
    private String lessonSlug;
    private String currentDomain;

    PlaygroundLogic(PlaygroundView view) {
        this.view = view;
    }

    /** Reads the link: a preset id, a full config, or nothing (the default preset). */
    void enter(QueryParameters query) {
        Map<String, String> fromLink = new LinkedHashMap<>();
        query.getParameters()
                .forEach((k, v) -> fromLink.put(k, v.isEmpty() ? "" : v.get(v.size() - 1)));
        Map<String, String> params = fromLink;
        lessonSlug = params.remove(LESSON);
        String presetId = params.remove(PRESET);
        if (presetId != null || params.isEmpty()) {
            var preset = Presets.byId(presetId == null ? DEFAULT_PRESET : presetId);
            if (preset.isEmpty()) {
                notice(
                        "This link names a preset that does not exist ('"
                                + presetId
                                + "'). Showing the default.");
            }
            Map<String, String> base =
                    new LinkedHashMap<>(
                            preset.orElseGet(() -> Presets.byId(DEFAULT_PRESET).orElseThrow())
                                    .params());
            base.putAll(params);
            params = base;
        }
        try {
            GanConfig.fromParams(params);
        } catch (InvalidConfigException e) {
            // keep what can be read, replace the rest with safe defaults, and say so
            notice(
                    "Some settings in this link could not be read and were reset: "
                            + summary(e.errors()));
            for (ConfigError err : e.errors()) {
                removeSetting(params, err.field());
            }
            try {
                GanConfig.fromParams(params);
            } catch (InvalidConfigException again) {
                params = new LinkedHashMap<>(Presets.byId(DEFAULT_PRESET).orElseThrow().params());
            }
        }
        load(params);
    }

    private static void removeSetting(Map<String, String> params, String key) {
        params.remove(key);
        if (key.equals(ConfigForm.DOMAIN)) {
            params.keySet().removeIf(k -> k.startsWith(ConfigForm.DOMAIN_PREFIX));
        }
    }

    /**
     * Loads an exported config JSON; one that does not validate is refused with every reason, and
     * the settings on screen stay as they were.
     */
    void importJson(String json) {
        List<ConfigError> errors;
        try {
            GanConfig config = GanConfig.fromJson(json);
            errors = config.validate();
            if (errors.isEmpty()) {
                load(config.toParams());
                view.status.setText("Config imported: press Launch to run it again.");
                return;
            }
        } catch (InvalidConfigException e) {
            errors = e.errors();
        }
        view.status.setText("This file was not imported: " + summary(errors));
    }

    /** Shows a config in every field (from a preset or a link). */
    void load(Map<String, String> params) {
        GanConfig config = GanConfig.fromParams(params);
        Map<String, String> full = config.toParams();
        // first: the guardrail editor fires change events while it is filled
        currentDomain = config.domain().id();
        view.settings.setValues(full);
        view.guardrails.setFeatures(Domains.setup(config.domain()).features());
        view.guardrails.setRules(full.get(ConfigForm.GUARDRAILS), config.guardrailsUpFront());
        view.preset.setValue(
                Presets.all().stream()
                        .filter(p -> p.config().equals(config))
                        .findFirst()
                        .orElse(null));
        view.presetText.setText(
                view.preset.getValue() == null ? "" : view.preset.getValue().explanation());
        changed();
    }

    /** After every edit: validate, mark fields, update the URL and the preview. */
    void changed() {
        Map<String, String> params = view.settings.values();
        String domain = params.get(ConfigForm.DOMAIN);
        if (domain != null && !domain.equals(currentDomain)) {
            currentDomain = domain;
            view.guardrails.setFeatures(Domains.byId(domain).features());
            view.guardrails.setRules("", false);
        }
        params.put(ConfigForm.GUARDRAILS, view.guardrails.rulesText());
        params.put(ConfigForm.UP_FRONT, Boolean.toString(view.guardrails.upFront()));
        valid = null;
        try {
            GanConfig config = GanConfig.fromParams(params);
            List<ConfigError> errors = config.validate();
            showErrors(errors);
            if (errors.isEmpty()) {
                valid = config;
                view.preview.show(config.domain().id(), Previews.real(config));
                view.getUI()
                        .ifPresent(
                                ui ->
                                        ui.getPage()
                                                .getHistory()
                                                .replaceState(null, "?" + query(config)));
            }
        } catch (InvalidConfigException e) {
            showErrors(e.errors());
        }
        view.launch.setEnabled(valid != null);
        view.stepMode.setEnabled(valid != null);
        view.status.setText(
                valid == null
                        ? "Fix the marked settings to launch."
                        : "Ready: the link in the address bar reproduces this run.");
    }

    void showErrors(List<ConfigError> errors) {
        view.settings.showErrors(errors);
        view.guardrails.showError(
                errors.stream()
                        .filter(e -> e.field().equals(ConfigForm.GUARDRAILS))
                        .map(ConfigError::message)
                        .findFirst()
                        .orElse(null));
    }

    GanConfig validConfig() {
        return valid;
    }

    String lessonSlug() {
        return lessonSlug;
    }

    private String query(GanConfig config) {
        String q = config.toQuery();
        return lessonSlug == null ? q : q + "&" + LESSON + "=" + lessonSlug;
    }

    private static String summary(List<ConfigError> errors) {
        return String.join(
                "; ", errors.stream().map(e -> e.field() + " (" + e.message() + ")").toList());
    }

    private static void notice(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
