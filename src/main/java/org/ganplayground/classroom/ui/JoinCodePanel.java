package org.ganplayground.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganplayground.classroom.AccountService;
import org.ganplayground.classroom.SchoolClass;

/** The class's join code: shown large for the board, replaced with a new one, or turned off. */
class JoinCodePanel extends VerticalLayout {

    private static final Map<String, Duration> VALIDITY = new LinkedHashMap<>();

    static {
        VALIDITY.put("1 hour", Duration.ofHours(1));
        VALIDITY.put("1 day", Duration.ofDays(1));
        VALIDITY.put("1 week", Duration.ofDays(7));
        VALIDITY.put("4 weeks", Duration.ofDays(28));
    }

    final Span code = new Span();
    final Paragraph about = new Paragraph();
    final Select<String> validFor = new Select<>();
    final Button rotate = new Button("New join code");
    final Button off = new Button("Turn off");

    private final AccountService accounts;
    private SchoolClass schoolClass;

    JoinCodePanel(AccountService accounts, SchoolClass schoolClass) {
        this.accounts = accounts;
        this.schoolClass = schoolClass;
        setPadding(false);
        code.addClassName("gp-join-code");
        validFor.setLabel("Works for");
        validFor.setItems(VALIDITY.keySet());
        validFor.setValue("1 day");
        rotate.addClickListener(
                e -> {
                    this.schoolClass =
                            accounts.rotateJoinCode(
                                    schoolClass.getId(), VALIDITY.get(validFor.getValue()));
                    show();
                });
        off.addClickListener(
                e -> {
                    this.schoolClass = accounts.turnOffJoinCode(schoolClass.getId());
                    show();
                });
        HorizontalLayout controls = new HorizontalLayout(validFor, rotate, off);
        controls.setAlignItems(Alignment.BASELINE);
        add(code, about, controls);
        show();
    }

    private void show() {
        if (schoolClass.joinCodeWorks(Instant.now())) {
            code.setText(schoolClass.getJoinCode());
            code.setVisible(true);
            about.setText(
                    "Learners choose \"Join a class\" on the sign-in page and type this code, until "
                            + DateTimeFormatter.ofPattern("EEE d MMM, HH:mm")
                                    .withZone(ZoneId.systemDefault())
                                    .format(schoolClass.getJoinCodeExpiresAt())
                            + ". A new code stops the old one.");
            off.setVisible(true);
        } else {
            code.setVisible(false);
            about.setText(
                    "No join code works now. Make one for learners to join by themselves, or create"
                            + " their accounts below.");
            off.setVisible(false);
        }
    }
}
