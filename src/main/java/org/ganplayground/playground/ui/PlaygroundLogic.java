package org.ganplayground.playground.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganplayground.domains.Domains;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Previews;
import org.ganplayground.settings.Catalogue;
import org.ganplayground.settings.ConfigError;
import org.ganplayground.settings.Preset;
import org.ganplayground.settings.Presets;
import org.ganplayground.settings.Settings;

/**
 * What the playground does between the fields and the engine: reads a link, validates every edit,
 * keeps the URL in step and redraws the preview of real data. Kept apart from the view so it reads
 * as logic, not layout.
 */
final class PlaygroundLogic {

    static final String PRESET = "preset";
    static final String LESSON = "lesson";

    /** A link with {@code sweep} opens the sweep dialog over its config (a run's "Sweep this"). */
    static final String SWEEP = "sweep";

    static final String DEFAULT_PRESET = "ring-good";

    private final PlaygroundView view;
    private GanConfig valid;
    private String lessonSlug;
    private String currentDomain;
    private boolean sweepAsked;

    PlaygroundLogic(PlaygroundView view) {
        this.view = view;
    }

    /**
     * Reads the link: a preset id, a full config, or nothing (the default preset). Whatever cannot
     * be read is named in a notice and replaced by its default; nothing in a link fails the page.
     */
    void enter(QueryParameters query, java.util.function.Predicate<String> lessonExists) {
        Map<String, String> params = new LinkedHashMap<>();
        query.getParameters()
                .forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(v.size() - 1)));
        lessonSlug = params.remove(LESSON);
        sweepAsked = params.remove(SWEEP) != null;
        if (lessonSlug != null && !lessonExists.test(lessonSlug)) {
            notice(
                    "This link names a lesson you cannot open now (there is no such lesson, or"
                            + " your teacher has locked it); the experiment opens on its own.");
            lessonSlug = null;
        }
        String presetId = params.remove(PRESET);
        if (presetId != null || params.isEmpty()) {
            var preset = Presets.byId(presetId == null ? DEFAULT_PRESET : presetId);
            if (preset.isEmpty()) {
                notice("This link names a preset that does not exist. Showing the default.");
            }
            Map<String, String> base =
                    new LinkedHashMap<>(
                            preset.orElseGet(() -> Presets.byId(DEFAULT_PRESET).orElseThrow())
                                    .params());
            base.putAll(params);
            params.clear();
            params.putAll(base);
        }
        Settings.Reading reading = Settings.read(params);
        if (!reading.valid()) {
            // keep what can be read, replace the rest with defaults, and say so
            notice(
                    "Some settings in this link could not be used and were reset: "
                            + summary(reading.errors()));
            for (ConfigError err : reading.errors()) {
                removeSetting(params, err.field());
            }
            reading = Settings.read(params);
            if (!reading.valid()) {
                reading = Settings.read(Presets.byId(DEFAULT_PRESET).orElseThrow().params());
            }
        }
        load(reading.config());
    }

    private static void removeSetting(Map<String, String> params, String key) {
        params.remove(key);
        if (key.equals(Catalogue.DOMAIN.key()) || key.equals(Settings.WHOLE)) {
            params.keySet().removeIf(k -> k.startsWith(Catalogue.DOMAIN_PREFIX));
        }
        if (key.equals(Settings.WHOLE)) {
            params.clear();
            params.putAll(Presets.byId(DEFAULT_PRESET).orElseThrow().params());
        }
    }

    /**
     * Loads an exported config JSON; one that does not read is refused with every reason, and the
     * settings on screen stay as they were.
     */
    void importJson(String json) {
        Settings.Reading reading = Settings.readJson(json);
        if (reading.valid()) {
            load(reading.config());
            view.status.setText("Config imported: press Launch to run it again.");
        } else {
            view.status.setText("This file was not imported: " + summary(reading.errors()));
        }
    }

    /** Shows a preset's config in every field. */
    void load(Map<String, String> presetParams) {
        load(Settings.read(presetParams).orThrow());
    }

    /** Shows a config in every field. */
    void load(GanConfig config) {
        Map<String, String> full = Settings.write(config);
        // first: the guardrail editor fires change events while it is filled
        currentDomain = config.domain().id();
        view.settings.setValues(full);
        view.guardrails.setFeatures(Domains.setup(config.domain()).features());
        view.guardrails.setRules(
                full.get(Catalogue.GUARDRAIL_RULES.key()), full.get(Catalogue.UP_FRONT.key()));
        changed();
    }

    /** After every edit: validate, mark fields, update the URL and the preview. */
    void changed() {
        Map<String, String> params = view.settings.values();
        String domain = params.get(Catalogue.DOMAIN.key());
        if (domain != null && !domain.equals(currentDomain)) {
            currentDomain = domain;
            view.guardrails.setFeatures(Domains.byId(domain).features());
            view.guardrails.setRules("", "0");
        }
        params.put(Catalogue.GUARDRAIL_RULES.key(), view.guardrails.rulesText());
        params.put(Catalogue.UP_FRONT.key(), view.guardrails.upFront());
        Settings.Reading reading = Settings.read(params);
        showErrors(reading.errors());
        valid = reading.config();
        // the preset's name and text stay only while the settings are exactly the preset's
        Preset matching = valid == null ? null : Presets.matching(valid).orElse(null);
        view.preset.setValue(matching);
        view.presetText.setText(matching == null ? "" : matching.explanation());
        if (valid != null) {
            GanConfig config = valid;
            view.preview.show(config.domain().id(), Previews.real(config));
            // while the link is read the view is not attached yet: the current UI is the one
            java.util.Optional.ofNullable(view.getUI().orElseGet(UI::getCurrent))
                    .ifPresent(
                            ui ->
                                    // after the router has written the address it navigated to,
                                    // which would otherwise keep a link's unusable values
                                    ui.getPage()
                                            .executeJs(
                                                    "setTimeout(() => window.history.replaceState("
                                                            + "window.history.state, '', $0))",
                                                    "?" + query(config)));
        }
        view.launch.setEnabled(valid != null);
        view.stepMode.setEnabled(valid != null);
        view.sweep.setEnabled(valid != null);
        view.estimateChanged(valid);
        view.status.setText(
                valid == null
                        ? "Fix the marked settings to launch."
                        : "Ready: the link in the address bar reproduces this run.");
    }

    void showErrors(List<ConfigError> errors) {
        view.settings.showErrors(errors);
        view.guardrails.showError(
                errors.stream()
                        .filter(e -> !view.settings.shows(e.field()))
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

    /** Whether the link asked for the sweep dialog. */
    boolean sweepAsked() {
        return sweepAsked;
    }

    private String query(GanConfig config) {
        String q = Settings.query(config);
        return lessonSlug == null ? q : q + "&" + LESSON + "=" + lessonSlug;
    }

    private static String summary(List<ConfigError> errors) {
        return String.join(" ", errors.stream().map(ConfigError::message).toList());
    }

    private static void notice(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}
