package org.ganplayground.training.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import org.ganplayground.engine.CrossCheck;
import org.ganplayground.training.DetectorLab;

/**
 * A detector lab result: the inspector's accuracy against its own forger and against the other
 * run's, as big numbers over bars with chance (50 %) marked, the shares behind them, and the
 * sentence. Run names are set as text, never as HTML.
 */
class LabResult extends Div {

    final Span ownLabel = new Span("Against its own forger");
    final Span ownNumber = new Span();
    final Span otherLabel = new Span();
    final Span otherNumber = new Span();
    final ListItem ownCaught = new ListItem();
    final ListItem otherCaught = new ListItem();
    final ListItem realPassed = new ListItem();
    final Paragraph sentence = new Paragraph();
    private final Div ownFill = new Div();
    private final Div otherFill = new Div();

    LabResult() {
        addClassName("gp-lab-result");
        Div scores =
                new Div(
                        score(ownLabel, ownNumber, ownFill),
                        score(otherLabel, otherNumber, otherFill));
        scores.addClassName("gp-lab-scores");
        otherFill.addClassName("gp-lab-fill-other");
        UnorderedList shares = new UnorderedList(ownCaught, otherCaught, realPassed);
        shares.addClassName("gp-lab-shares");
        Paragraph chance =
                new Paragraph(
                        "Accuracy counts how often the inspector was right, on as many real"
                                + " samples as forgeries. 50 % is chance (the line on each bar):"
                                + " an inspector that tossed a coin, or called everything real,"
                                + " would be right half of the time. Near 50 % it cannot tell"
                                + " forgeries from real samples; 100 % means it caught every"
                                + " forgery and let every real sample pass.");
        chance.addClassName("gp-hint");
        add(new H3("How the inspector did"), scores, shares, sentence, chance);
    }

    private static Div score(Span label, Span number, Div fill) {
        label.addClassName("gp-lab-label");
        number.addClassName("gp-lab-number");
        fill.addClassName("gp-lab-fill");
        Div chance = new Div();
        chance.addClassName("gp-lab-chance");
        Div bar = new Div(fill, chance);
        bar.addClassName("gp-lab-bar");
        // the number above says the same in words
        bar.getElement().setAttribute("aria-hidden", "true");
        Div box = new Div(label, number, bar);
        box.addClassName("gp-lab-score");
        return box;
    }

    void show(DetectorLab.Tested t) {
        CrossCheck c = t.check();
        otherLabel.setText("Against the forger of \u201c" + t.forger().name() + "\u201d");
        ownNumber.setText(DetectorLab.percent(c.ownAccuracy()));
        otherNumber.setText(DetectorLab.percent(c.otherAccuracy()));
        ownFill.setWidth(width(c.ownAccuracy()));
        otherFill.setWidth(width(c.otherAccuracy()));
        ownCaught.setText(
                "Caught " + DetectorLab.percent(c.ownCaught()) + " of its own forger's forgeries");
        otherCaught.setText(
                "Caught "
                        + DetectorLab.percent(c.otherCaught())
                        + " of the other forger's forgeries");
        realPassed.setText("Let " + DetectorLab.percent(c.realPassed()) + " of real samples pass");
        sentence.setText(t.sentence());
    }

    private static String width(double share) {
        return String.format(Locale.ROOT, "%.1f%%", Math.max(0, Math.min(1, share)) * 100);
    }
}
