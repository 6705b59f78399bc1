package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.ganplayground.classroom.AccountService.Issued;

/**
 * Printable sign-in cards, one per learner (Code.org's printed login cards): the only place a
 * generated passphrase is ever shown. The theme's print styles print only this sheet.
 */
class LoginSheet extends Div {

    LoginSheet(String className, String address, List<Issued> issued) {
        addClassName("gp-sheet");
        for (Issued i : issued) {
            Div card = new Div();
            card.addClassName("gp-sheet-card");
            card.add(
                    line("GAN Playground", className),
                    line("Sign in at", address),
                    line("Username", i.username()),
                    line("Password", i.passphrase()));
            Span after = new Span("After signing in you pick your own password.");
            after.addClassName("gp-hint");
            card.add(after);
            add(card);
        }
    }

    private static Div line(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("gp-sheet-label");
        Span v = new Span(value);
        v.addClassName("gp-sheet-value");
        return new Div(l, v);
    }
}
