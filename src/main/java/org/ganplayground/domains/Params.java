package org.ganplayground.domains;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A domain's parameters after validation against its catalogue, with defaults filled in. */
final class Params {

    private final Map<String, String> values = new TreeMap<>();

    private Params() {}

    static Params validate(String domain, List<ParamInfo> catalogue, DomainSpec spec) {
        if (!domain.equals(spec.id())) {
            throw new IllegalArgumentException(
                    "This spec is for '" + spec.id() + "', not for " + domain);
        }
        Params params = new Params();
        for (ParamInfo info : catalogue) {
            params.values.put(info.name(), info.defaultValue());
        }
        for (Map.Entry<String, String> e : spec.params().entrySet()) {
            ParamInfo info =
                    catalogue.stream()
                            .filter(p -> p.name().equals(e.getKey()))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "Unknown setting '"
                                                            + e.getKey()
                                                            + "' for "
                                                            + domain
                                                            + ": choose from "
                                                            + catalogue.stream()
                                                                    .map(ParamInfo::name)
                                                                    .collect(
                                                                            Collectors.joining(
                                                                                    ", "))));
            String value = e.getValue().strip();
            String problem = problem(info, value);
            if (problem != null) {
                throw new IllegalArgumentException(info.name() + "=" + value + ": " + problem);
            }
            params.values.put(info.name(), value);
        }
        return params;
    }

    private static String problem(ParamInfo info, String value) {
        switch (info.kind()) {
            case CHOICE:
                return info.choices().contains(value)
                        ? null
                        : "choose one of " + String.join(", ", info.choices());
            case SUBSET:
                List<String> items = List.of(value.split("\\s*,\\s*"));
                boolean ok =
                        !value.isEmpty()
                                && items.stream().allMatch(info.choices()::contains)
                                && items.stream().distinct().count() == items.size();
                return ok
                        ? null
                        : "choose one or more of "
                                + String.join(", ", info.choices())
                                + ", separated by commas";
            case NUMBER:
                try {
                    double v = Double.parseDouble(value);
                    if (v >= info.min() && v <= info.max()) {
                        return null;
                    }
                } catch (NumberFormatException ignored) {
                    // falls through to the same message as a number out of range
                }
                return "give a number from " + num(info.min()) + " to " + num(info.max());
            default:
                return null;
        }
    }

    private static String num(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    String text(String name) {
        return values.get(name);
    }

    double number(String name) {
        return Double.parseDouble(values.get(name));
    }

    List<Integer> ints(String name) {
        List<Integer> out = new ArrayList<>();
        for (String s : values.get(name).split("\\s*,\\s*")) {
            out.add(Integer.parseInt(s));
        }
        out.sort(null);
        return out;
    }
}
