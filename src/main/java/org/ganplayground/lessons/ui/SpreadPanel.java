package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.ganplayground.engine.Metrics;
import org.ganplayground.lessons.ClassPredictions.Outcome;
import org.ganplayground.lessons.ClassPredictions.Spread;
import org.ganplayground.lessons.Question;

/**
 * One prediction question's spread in a class beside what the class's runs measured. Counts only:
 * never a name or a learner's words.
 */
class SpreadPanel extends HorizontalLayout {

    final VerticalLayout predicted = new VerticalLayout();
    final VerticalLayout measured = new VerticalLayout();

    SpreadPanel(Spread spread) {
        setId("spread-" + spread.lesson().slug() + "-" + spread.question().id());
        setWrap(true);
        predicted.setPadding(false);
        measured.setPadding(false);
        // side by side where the page is wide enough
        predicted.setWidth(null);
        measured.setWidth(null);
        int n = spread.predictions().total();
        predicted.add(new H4("Predicted (" + n + (n == 1 ? " learner)" : " learners)")));
        if (spread.question().kind() == Question.Kind.TEXT) {
            predicted.add(
                    new Paragraph(
                            n
                                    + (n == 1 ? " written prediction" : " written predictions")
                                    + ": read them in the progress grid."));
        } else {
            predicted.add(new Bars(spread.predictions()));
        }
        add(predicted);
        if (spread.outcome() != null) {
            showOutcome(spread.outcome());
            add(measured);
        }
    }

    private void showOutcome(Outcome outcome) {
        int runs = outcome.finished() + outcome.training();
        measured.add(new H4("Measured: " + metricName(outcome.metric())));
        String count =
                outcome.finished()
                        + (outcome.finished() == 1 ? " finished run" : " finished runs")
                        + (outcome.training() > 0
                                ? ", " + outcome.training() + " still training (latest value)"
                                : "");
        measured.add(new Paragraph(runs == 0 ? "No runs of this lesson yet." : count));
        if (runs > 0) {
            measured.add(new Bars(outcome.results()));
        }
    }

    /** A metric's name in words: {@code modes_covered} as "modes covered". */
    static String metricName(String metric) {
        if (metric.startsWith(Metrics.PASS_PREFIX)) {
            return "share of forgeries passing " + metric.substring(Metrics.PASS_PREFIX.length());
        }
        return metric.replace('_', ' ');
    }
}
