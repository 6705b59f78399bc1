package org.ganplayground.lessons;

import java.util.Arrays;
import java.util.Optional;

/**
 * The wrong ideas about GANs a teacher listens for, named by id in each teacher pack
 * (lessons/teacher/NN-slug.md): the idea in a learner's words, and the one-line idea that replaces
 * it. Every one is named by at least one pack (TeacherPackFilesTest).
 */
public enum Misconception {
    COPIES_DATA(
            "copies-data",
            "The forger copies the real data, or learns from looking at it.",
            "The forger never sees a real sample: it learns only from the inspector's verdict on"
                    + " its own forgeries."),
    LOWER_LOSS_BETTER(
            "lower-loss-better",
            "Lower loss is better: a falling loss means the GAN is getting better.",
            "Each loss is measured against an opponent that keeps changing; judge a GAN by its"
                    + " forgeries (quality measures), not by one loss going down."),
    HALF_MEANS_PERFECT(
            "half-means-perfect",
            "A score or accuracy of 0.5 means the forgeries are perfect.",
            "0.5 means this inspector, now, cannot tell them apart; a weak or confused inspector"
                    + " gives 0.5 too, and the forgeries can still miss whole parts of the data."),
    PASSING_GUARDRAILS_MEANS_UNDERSTOOD(
            "passing-guardrails-means-understood",
            "If the forgeries pass the guardrails, the forger understood the rule.",
            "A pass rate measures what the forgeries look like, not what a network knows: the"
                    + " rule may be followed by copying what goes with it, and unmeasured things can"
                    + " still be wrong."),
    STRONGER_INSPECTOR(
            "stronger-inspector",
            "A stronger (faster, sharper) inspector is always better.",
            "An inspector that wins too easily leaves the forger without useful feedback or"
                    + " drives it onto a few blobs: the two must stay in balance."),
    DETECTORS_WILL_SOLVE_IT(
            "detectors-will-solve-it",
            "Detectors will solve deepfakes: we just need a good enough detector.",
            "A detector is an inspector, so a forger can be trained to fool it, and it misses the"
                    + " mistakes of forgers it never saw: detection is an arms race, not a fix.");

    private final String id;
    private final String wrongIdea;
    private final String correctIdea;

    Misconception(String id, String wrongIdea, String correctIdea) {
        this.id = id;
        this.wrongIdea = wrongIdea;
        this.correctIdea = correctIdea;
    }

    /** As written in a pack's front matter: {@code copies-data}. */
    public String id() {
        return id;
    }

    /** The wrong idea, as a learner would say it. */
    public String wrongIdea() {
        return wrongIdea;
    }

    /** What to say instead, in one line. */
    public String correctIdea() {
        return correctIdea;
    }

    public static Optional<Misconception> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
