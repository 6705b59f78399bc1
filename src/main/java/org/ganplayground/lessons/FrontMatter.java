package org.ganplayground.lessons;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reading of one YAML mapping that remembers where each value is, so every problem names the
 * file's line. Unknown keys are refused: a typo must not silently drop a question.
 */
final class FrontMatter {

    private final String file;
    private final int lineOffset;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();

    FrontMatter(String file, int lineOffset, Node node, Set<String> allowed) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.node = node;
        if (!(node instanceof MappingNode map)) {
            throw error(node, "expected 'key: value' lines here");
        }
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode());
            if (!allowed.contains(key)) {
                throw error(
                        t.getKeyNode(),
                        "unknown key '" + key + "' (known: " + String.join(", ", allowed) + ")");
            }
            values.put(key, t.getValueNode());
        }
    }

    int line(Node n) {
        return n.getStartMark().getLine() + lineOffset;
    }

    int line(String key) {
        return line(values.getOrDefault(key, node));
    }

    LessonFormatException error(Node n, String problem) {
        return new LessonFormatException(file, line(n), problem);
    }

    LessonFormatException error(String key, String problem) {
        return new LessonFormatException(file, line(key), key + ": " + problem);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String text(String key) {
        Node v = values.get(key);
        if (v == null) {
            throw error(node, "missing '" + key + "'");
        }
        String s = scalar(v);
        if (s.isBlank()) {
            throw error(key, "must not be empty");
        }
        return s.strip();
    }

    String optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    int integer(String key) {
        try {
            return Integer.parseInt(text(key));
        } catch (NumberFormatException e) {
            throw error(key, "must be a whole number");
        }
    }

    double number(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        try {
            return Double.parseDouble(text(key));
        } catch (NumberFormatException e) {
            throw error(key, "must be a number");
        }
    }

    List<String> list(String key) {
        return nodes(key).stream().map(item -> scalar(item).strip()).toList();
    }

    List<Node> nodes(String key) {
        Node v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof SequenceNode seq)) {
            throw error(key, "must be a list ('- item' lines or [a, b])");
        }
        return seq.getValue();
    }

    /** A nested mapping of plain values, e.g. the experiment's config keys. */
    Map<String, String> flatMap(String key) {
        Node v = values.get(key);
        if (v == null) {
            throw error(node, "missing '" + key + "'");
        }
        if (!(v instanceof MappingNode map)) {
            throw error(key, "must be 'key: value' lines, indented");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            out.put(scalar(t.getKeyNode()).strip(), scalar(t.getValueNode()).strip());
        }
        return out;
    }

    private String scalar(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error(n, "expected a single value here, not a list or a mapping");
    }
}
