package org.ganplayground.engine;

import java.util.Map;

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

    public Preset {
        params = Map.copyOf(params);
    }

    public GanConfig config() {
        return GanConfig.fromParams(params);
    }

    public String domain() {
        return params.getOrDefault(ConfigForm.DOMAIN, Defaults.DOMAIN);
    }
}
