package org.ganplayground.lessons;

/**
 * Where a learner is in a lesson: started when first opened, done when every after-run question has
 * an answer (right or wrong: the explanation shown with a wrong answer is part of the lesson).
 */
public enum Progress {
    NOT_STARTED("Not started"),
    STARTED("Started"),
    DONE("Done");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
