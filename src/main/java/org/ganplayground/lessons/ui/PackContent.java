package org.ganplayground.lessons.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.ganplayground.lessons.Misconception;
import org.ganplayground.lessons.TeacherPack;

/**
 * One lesson's teacher pack: the timed flow as a table, the misconceptions from the catalogue, then
 * the pack's sections. Takes no services; whoever builds it has the pack from {@code TeacherPacks},
 * which gives it to teachers only.
 */
class PackContent extends Div {

    final NativeTable flow = new NativeTable();

    PackContent(TeacherPack pack) {
        addClassName("gp-pack");
        flow.addClassName("gp-pack-flow");
        flow.setCaptionText("Timed flow, " + pack.minutes() + " minutes");
        NativeTableRow head = flow.getHead().addRow();
        head.addHeaderCell().setText("Phase");
        head.addHeaderCell().setText("Minutes");
        head.addHeaderCell().setText("From-to");
        for (TeacherPack.Step step : pack.flow()) {
            NativeTableRow row = flow.getBody().addRow();
            row.addHeaderCell().setText(step.phase().label());
            row.addDataCell().setText(Integer.toString(step.minutes()));
            row.addDataCell().setText(step.from() + "-" + step.to() + " min");
        }
        add(flow);
        UnorderedList watch = new UnorderedList();
        watch.addClassName("gp-pack-misconceptions");
        for (Misconception m : pack.misconceptions()) {
            Span wrong = new Span("\"" + m.wrongIdea() + "\"");
            wrong.getStyle().set("font-style", "italic");
            watch.add(new ListItem(wrong, new Span(" Instead: " + m.correctIdea())));
        }
        add(new H4("Listen for"), watch);
        for (TeacherPack.Section section : pack.sections()) {
            Div text = new Div();
            text.addClassName("gp-lesson-text");
            // the pack's Markdown, rendered with raw HTML escaped when the course was read
            text.getElement().setProperty("innerHTML", section.html());
            add(new H4(section.heading()), text);
        }
    }
}
