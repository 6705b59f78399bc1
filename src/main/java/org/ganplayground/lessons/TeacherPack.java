package org.ganplayground.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's teacher pack, read from {@code lessons/teacher/NN-slug.md}: the timed flow, the
 * misconceptions to listen for and the pack's sections as HTML. Shown to teachers only (see {@link
 * TeacherPacks}).
 *
 * @param slug the lesson's slug
 * @param file the pack's file name, the same as the lesson's
 * @param flow the five phases in order, each with its minutes
 * @param misconceptions the catalogue's ideas this lesson is likely to bring out
 * @param sections every {@link Section} of the pack in order, its Markdown as HTML (raw HTML
 *     escaped)
 */
public record TeacherPack(
        String slug,
        String file,
        List<Step> flow,
        List<Misconception> misconceptions,
        List<Section> sections) {

    /** The phases of a lesson, in the order a pack gives them. */
    public enum Phase {
        HOOK("hook", "Hook"),
        PREDICT("predict", "Predict"),
        RUN("run", "Run"),
        DISCUSS("discuss", "Discuss"),
        EXIT("exit", "Exit ticket");

        private final String key;
        private final String label;

        Phase(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /** As written in the front matter's {@code flow}. */
        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    /** The "## " headings every pack has, in this order. */
    public static final List<String> HEADINGS =
            List.of(
                    "Hook",
                    "Predict",
                    "Run",
                    "Discuss",
                    "Exit ticket",
                    "Misconceptions to watch",
                    "Support",
                    "Extension",
                    "Rubric");

    /** A phase of the flow: it starts {@code from} minutes into the lesson. */
    public record Step(Phase phase, int minutes, int from) {
        public int to() {
            return from + minutes;
        }
    }

    /** One "## " section: its heading and its text as HTML. */
    public record Section(String heading, String html) {}

    public TeacherPack {
        flow = List.copyOf(flow);
        misconceptions = List.copyOf(misconceptions);
        sections = List.copyOf(sections);
    }

    /** The flow's steps from the phases' minutes, in {@link Phase} order. */
    static List<Step> steps(List<Integer> minutes) {
        List<Step> out = new ArrayList<>();
        int from = 0;
        for (Phase p : Phase.values()) {
            int m = minutes.get(p.ordinal());
            out.add(new Step(p, m, from));
            from += m;
        }
        return out;
    }

    /** The minutes of the whole flow, the lesson's own. */
    public int minutes() {
        return flow.stream().mapToInt(Step::minutes).sum();
    }
}
