package org.ganplayground.settings;

import java.util.Map;
import org.ganplayground.engine.GanConfig;

/**
 * A tested starting point: a config in its serialised form, with a paragraph that says what it
 * shows and what it measurably does at its seed.
 *
 * @param id stable id, used in lessons and links ({@code preset=ring-good})
 * @param expectation the documented outcome a test checks, in plain words
 */
public record Preset(
        String id,
        String title,
        String explanation,
        String expectation,
        boolean instructiveFailure,
        Map<String, String> params) {

    /** Read once: the playground compares every edit with every preset. */
    private static final Map<Map<String, String>, GanConfig> CONFIGS =
            new java.util.concurrent.ConcurrentHashMap<>();

    public Preset {
        params = Map.copyOf(params);
    }

    /** The preset's config; presets are tested to read ({@code PresetsTest}). */
    public GanConfig config() {
        return CONFIGS.computeIfAbsent(params, p -> Settings.read(p).orThrow());
    }

    public String domain() {
        return params.getOrDefault(Catalogue.DOMAIN.key(), Catalogue.defaultDomain());
    }
}
