package org.ganplayground.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For every setting of the catalogue, a config in which it applies and two bad values: one of the
 * wrong type and one outside its bounds. The settings, URL, JSON and lesson tests walk these, so a
 * new setting is checked everywhere without a new test.
 */
public final class BadValues {

    /** One bad value for one setting, in a config where that setting applies. */
    public record Case(String key, String why, String value, Map<String, String> base) {
        public Map<String, String> params() {
            Map<String, String> p = new LinkedHashMap<>(base);
            p.put(key, value);
            return p;
        }

        @Override
        public String toString() {
            return key
                    + " "
                    + why
                    + " '"
                    + (value.length() > 20 ? value.substring(0, 20) + "..." : value)
                    + "'";
        }
    }

    private BadValues() {}

    public static List<Case> all() {
        List<Case> out = new ArrayList<>();
        for (Setting<?> s : Catalogue.all()) {
            Map<String, String> base = baseFor(s);
            out.add(new Case(s.key(), "of the wrong type", wrongType(s), base));
            out.add(new Case(s.key(), "out of bounds", outOfBounds(s), base));
        }
        return out;
    }

    /** The domain's defaults, plus what makes the setting apply (e.g. the drawn shape). */
    static Map<String, String> baseFor(Setting<?> s) {
        for (var domain : org.ganplayground.domains.Domains.all()) {
            Map<String, String> base = Catalogue.defaults(domain.id());
            if (!Catalogue.forDomain(domain.id()).contains(s)
                    && Catalogue.forDomain(domain.id()).stream()
                            .noneMatch(x -> x.key().equals(s.key()))) {
                continue;
            }
            if (!s.appliesTo(base) && s.key().equals("domain.points")) {
                base.put("domain.shape", "drawn");
            }
            if (s.appliesTo(base)) {
                return base;
            }
        }
        throw new IllegalStateException("no config in which " + s.key() + " applies");
    }

    static String wrongType(Setting<?> s) {
        return switch (s.kind()) {
            case TEXT -> "<script>alert(1)</script>";
            default -> "abc";
        };
    }

    static String outOfBounds(Setting<?> s) {
        return switch (s.kind()) {
            case NUMBER, WHOLE_NUMBER -> number(s.max() + Math.max(1, s.max()));
            case LAYERS -> "8,8,8,8,8," + number(s.max() + 1);
            case CHOICE, SUBSET -> "99";
            case TEXT -> "x".repeat(s.maxLength() + 1);
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
