package org.ganplayground.domains;

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
            String problem = info.problem(value);
            if (problem != null) {
                throw new IllegalArgumentException(info.name() + ": " + problem);
            }
            params.values.put(info.name(), value);
        }
        return params;
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
