package org.ganplayground.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ganplayground.base.ui.LineChart;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.domains.Spectra1d;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Metrics;
import org.ganplayground.engine.NetSpec;
import org.ganplayground.engine.NoiseKind;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.training.Exports;

/**
 * The whole game on one strip, GAN Lab style: noise flows into the forger, its forgeries pass the
 * guardrail checklist on their way to the inspector, real data flows into the inspector too, and
 * the inspector's verdict flows back to the forger as feedback. Every box shows its live state
 * (pictures, scores, pass rates) and has a "?" that explains each of its numbers; in step mode the
 * side that is learning lights up.
 */
class ModelOverview extends Div {

    /** Which side learns: lights the box up in step mode. */
    enum Learning {
        NONE,
        FORGER,
        INSPECTOR,
        BOTH
    }

    /** An inspector right this often or less can hardly tell real from forged. */
    static final double HARDLY = 0.6;

    private static final int PICTURE = 112;

    final Box noise = new Box("noise", "Noise");
    final Box forger = new Box("forger", "Forger (generator)");
    final Box forgeries = new Box("forgeries", "Forgeries");
    final Box real = new Box("real", "Real data");
    final Box inspector = new Box("inspector", "Inspector (discriminator)");
    final Box verdict = new Box("verdict", "Verdict");
    final Div feedback = new Div();
    private final Image fakePicture = new Image();
    private final Image realPicture = new Image();
    final UnorderedList checklist = new UnorderedList();
    private PictureKind kind = PictureKind.PLANE;
    private boolean realDrawn;

    ModelOverview() {
        addClassName("gp-overview");
        getElement().setAttribute("role", "group");
        getElement()
                .setAttribute("aria-label", "Model overview: how the forger and inspector play");
        fakePicture.setAlt("The latest forgeries");
        realPicture.setAlt("Real samples");
        fakePicture.addClassName("gp-overview-picture");
        realPicture.addClassName("gp-overview-picture");
        fakePicture.setVisible(false);
        realPicture.setVisible(false);
        checklist.addClassName("gp-overview-checklist");
        checklist.getElement().setAttribute("aria-label", "Guardrail checklist");
        forgeries.media.add(fakePicture);
        forgeries.text.add(checklist);
        real.media.add(realPicture);
        feedback.addClassName("gp-overview-feedback");
        feedback.setText(
                "Feedback: the verdict flows back to the forger, which changes its weights to be"
                        + " judged more real next time.");
        add(
                noise,
                arrow("a1"),
                forger,
                arrow("a2"),
                forgeries,
                arrow("a3"),
                real,
                arrow("a4"),
                inspector,
                arrow("a5"),
                verdict,
                feedback);
    }

    private static Span arrow(String area) {
        Span a = new Span();
        a.addClassNames("gp-overview-arrow", "gp-overview-" + area);
        a.getElement().setAttribute("aria-hidden", "true");
        return a;
    }

    /** The run's fixed parts: the noise, the two networks, what "real" is. */
    void setConfig(GanConfig config) {
        kind = Domains.byId(config.domain().id()).pictureKind();
        realDrawn = false;
        noise.set(
                List.of(
                        config.noiseDim()
                                + " random numbers per forgery"
                                + (config.noise() == NoiseKind.UNIFORM
                                        ? " (even, -1 to 1)"
                                        : " (bell curve)")),
                List.of(
                        "Each forgery starts as "
                                + config.noiseDim()
                                + " random numbers. The forger turns them into a sample; different"
                                + " numbers give different forgeries."));
        forger.fix(
                layers(config.forger()),
                "The forger is a small neural network. "
                        + layers(config.forger())
                        + ": how many neurons each of its hidden layers has.");
        inspector.fix(
                layers(config.inspector()),
                "The inspector is a neural network that outputs one number per sample:"
                        + " close to 1 when it thinks the sample is real, close to 0 when"
                        + " it thinks it is forged. "
                        + layers(config.inspector())
                        + ".");
        real.set(
                List.of(Domains.byId(config.domain().id()).title()),
                List.of(Domains.byId(config.domain().id()).description()));
        forgeries.set(List.of(), List.of("What the forger makes from the noise."));
        verdict.set(
                List.of("Waiting for the first snapshot"),
                List.of("The inspector's average verdicts, from the first snapshot on."));
        checklist.removeAll();
        if (config.guardrails().isEmpty()) {
            checklist.add(new ListItem("No guardrails"));
        } else {
            config.guardrails()
                    .forEach(g -> checklist.add(new ListItem(g.text() + ": not measured yet")));
        }
        forgeries.explainAlso(
                config.guardrails().isEmpty()
                        ? "This run has no guardrails: nothing checks the forgeries but the inspector."
                        : "The checklist measures your guardrails on every forgery and says what"
                                + " share passes"
                                + ". "
                                + upFrontSentence(config));
    }

    /** Which guardrails both networks were given up front, or that all are learned. */
    static String upFrontSentence(GanConfig config) {
        List<String> candidates =
                Domains.setup(config.domain()).upFrontCandidates(config.guardrails());
        List<String> given =
                candidates.subList(0, Math.min(config.guardrailsUpFront(), candidates.size()));
        return given.isEmpty()
                ? "The forger learns them from examples alone."
                : "Given up front (the forger and the inspector both know what is asked): "
                        + String.join(", ", given)
                        + (config.guardrails().stream().allMatch(g -> given.contains(g.feature()))
                                ? "."
                                : "; the rest it learns from examples.");
    }

    /** "layers 32 x 32": how many neurons each hidden layer has. */
    static String layers(NetSpec net) {
        return net.hidden().isEmpty()
                ? "no hidden layer"
                : (net.hidden().size() == 1 ? "layer " : "layers ")
                        + net.hidden().stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(" x "));
    }

    /** Shows a snapshot's live values in every box. */
    void show(Snapshot s) {
        double real = s.metric(Metrics.SCORE_REAL);
        double fake = s.metric(Metrics.SCORE_FAKE);
        forger.set(
                List.of(
                        forger.fixedLine(),
                        "loss " + LineChart.number(s.metric(Metrics.LOSS_FORGER))),
                List.of(
                        forger.fixedExplanation(),
                        "forger loss: " + MetricGuide.of(Metrics.LOSS_FORGER).meaning()));
        inspector.set(
                List.of(
                        inspector.fixedLine(),
                        "accuracy " + LineChart.number(s.metric(Metrics.ACCURACY)),
                        "loss " + LineChart.number(s.metric(Metrics.LOSS_INSPECTOR))),
                List.of(
                        inspector.fixedExplanation(),
                        "accuracy: " + MetricGuide.of(Metrics.ACCURACY).meaning(),
                        "loss (the inspector's): "
                                + MetricGuide.of(Metrics.LOSS_INSPECTOR).meaning()));
        verdict.set(
                List.of(
                        "on real: " + LineChart.number(real),
                        "on forgeries: " + LineChart.number(fake),
                        verdictWords(s.metric(Metrics.ACCURACY))),
                List.of(
                        "on real: " + MetricGuide.of(Metrics.SCORE_REAL).meaning(),
                        "on forgeries: " + MetricGuide.of(Metrics.SCORE_FAKE).meaning(),
                        "In words: from the inspector's accuracy. Right about 60 % of the time or"
                                + " less, it can hardly tell real from forged; 50 % is a coin toss."));
        List<String> passes =
                s.metrics().keySet().stream()
                        .filter(m -> m.startsWith(Metrics.PASS_PREFIX))
                        .sorted()
                        .toList();
        if (!passes.isEmpty()) {
            checklist.removeAll();
            for (String m : passes) {
                checklist.add(
                        new ListItem(
                                MetricGuide.of(m).label()
                                        + ": "
                                        + Math.round(100 * s.metric(m))
                                        + " % pass"));
            }
        }
        forgeries.set(
                List.of("iteration " + String.format(java.util.Locale.ROOT, "%,d", s.iteration())),
                List.of(
                        "What the forger makes from the same noise at every snapshot, so you see"
                                + " it change."));
        drawPictures(s);
    }

    /** In plain words, from its accuracy: can the inspector still tell real from forged? */
    static String verdictWords(double accuracy) {
        if (!Double.isFinite(accuracy)) {
            return "no verdict yet";
        }
        long percent = Math.round(100 * accuracy);
        return accuracy <= HARDLY
                ? "right " + percent + " % of the time: it can hardly tell them apart"
                : "right " + percent + " % of the time: it tells them apart";
    }

    /**
     * The forgeries' picture of the latest snapshots: a snapshot event reaches every page open on
     * the run (a run shown to a class of 30), and each would draw the same picture again.
     */
    private static final Map<Snapshot, byte[]> FORGED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private void drawPictures(Snapshot s) {
        byte[] fake = FORGED.computeIfAbsent(s, snapshot -> picture(snapshot, false));
        if (fake != null) {
            fakePicture.setSrc(dataUrl(fake));
            fakePicture.setVisible(true);
        }
        if (!realDrawn) {
            byte[] realPng = picture(s, true);
            if (realPng != null) {
                realPicture.setSrc(dataUrl(realPng));
                realPicture.setVisible(true);
                realDrawn = true;
            }
        }
    }

    /** Only the real or only the forged half of a snapshot's picture; null when there is none. */
    private byte[] picture(Snapshot s, boolean realHalf) {
        if (kind == PictureKind.SPRITES) {
            return realHalf || s.imagePng() == null ? null : Exports.thumbnail(kind, s, PICTURE);
        }
        Map<String, float[]> arrays = new HashMap<>(s.arrays());
        arrays.remove(realHalf ? Spectra1d.FAKE_HISTOGRAM : Spectra1d.REAL_HISTOGRAM);
        Snapshot half =
                new Snapshot(
                        s.iteration(),
                        s.elapsedMs(),
                        s.metrics(),
                        realHalf ? null : s.fake(),
                        realHalf ? s.real() : null,
                        null,
                        arrays);
        if ((realHalf ? s.real() : s.fake()) == null && kind == PictureKind.PLANE) {
            return null;
        }
        return Exports.thumbnail(kind, half, PICTURE);
    }

    private static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** Lights up the side that learns in step mode (and the feedback when the forger does). */
    void setLearning(Learning who) {
        forger.getElement()
                .getClassList()
                .set("gp-learning", who == Learning.FORGER || who == Learning.BOTH);
        inspector
                .getElement()
                .getClassList()
                .set("gp-learning", who == Learning.INSPECTOR || who == Learning.BOTH);
        feedback.getElement()
                .getClassList()
                .set("gp-learning", who == Learning.FORGER || who == Learning.BOTH);
        forger.learning.setVisible(who == Learning.FORGER || who == Learning.BOTH);
        inspector.learning.setVisible(who == Learning.INSPECTOR || who == Learning.BOTH);
    }

    /** The text of every box, for tests and for the page's text summary. */
    String text() {
        List<String> parts = new ArrayList<>();
        for (Box b : List.of(noise, forger, forgeries, real, inspector, verdict)) {
            parts.add(b.title + ": " + String.join(", ", b.lines));
        }
        return String.join(". ", parts) + ".";
    }

    /** One box: a heading, live lines, and a "?" that explains every number in it. */
    static final class Box extends Div {
        final String title;
        final Div media = new Div();
        final Div text = new Div();
        final Span learning = new Span("learning now");
        private final Div lineBox = new Div();
        private final Div explanation = new Div();
        private final List<String> extra = new ArrayList<>();
        List<String> lines = List.of();
        private List<String> explained = List.of();
        private String fixedLine = "";
        private String fixedExplanation = "";

        Box(String area, String title) {
            this.title = title;
            addClassNames("gp-overview-box", "gp-overview-" + area);
            Span heading = new Span(title);
            heading.addClassName("gp-overview-title");
            learning.addClassName("gp-overview-learning");
            learning.setVisible(false);
            Button explain = new Button(VaadinIcon.QUESTION_CIRCLE_O.create());
            explain.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            explain.addClassName("gp-explain");
            explain.setAriaLabel("Explain " + title);
            Popover popover = new Popover();
            popover.setTarget(explain);
            popover.setOpenOnClick(true);
            popover.setOpenOnHover(true);
            popover.setOpenOnFocus(false);
            popover.setPosition(PopoverPosition.BOTTOM);
            popover.setAriaLabelledBy(null);
            popover.addThemeVariants(com.vaadin.flow.component.popover.PopoverVariant.ARROW);
            explanation.addClassName("gp-overview-explanation");
            popover.add(explanation);
            Div head = new Div(heading, explain);
            head.addClassName("gp-overview-head");
            lineBox.addClassName("gp-overview-lines");
            media.addClassName("gp-overview-media");
            text.addClassName("gp-overview-text");
            text.add(lineBox);
            Div row = new Div(media, text);
            row.addClassName("gp-overview-row");
            add(head, learning, row, popover);
        }

        /** The line that stays while live values come and go, and what it means. */
        void fix(String line, String meaning) {
            fixedLine = line;
            fixedExplanation = meaning;
            set(List.of(line), List.of(meaning));
        }

        void set(List<String> newLines, List<String> explanations) {
            lines = List.copyOf(newLines);
            explained = List.copyOf(explanations);
            lineBox.removeAll();
            newLines.forEach(l -> lineBox.add(new Div(l)));
            redrawExplanation();
        }

        void explainAlso(String sentence) {
            extra.clear();
            extra.add(sentence);
            redrawExplanation();
        }

        private void redrawExplanation() {
            explanation.removeAll();
            List<Component> out = new ArrayList<>();
            explained.forEach(e -> out.add(new Paragraph(e)));
            extra.forEach(e -> out.add(new Paragraph(e)));
            out.forEach(explanation::add);
        }

        String fixedLine() {
            return fixedLine;
        }

        String fixedExplanation() {
            return fixedExplanation;
        }
    }
}
