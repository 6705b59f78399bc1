package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.ganplayground.classroom.ClassLifecycle;
import org.ganplayground.teaching.LearnerExport;

/** The signed-in person's own data as a zip, and how long it is kept. */
@Route("account/data")
@PageTitle("My data | GAN Playground")
@PermitAll
class MyDataView extends VerticalLayout {

    final Anchor download;

    MyDataView(LearnerExport export, ClassLifecycle lifecycle) {
        setMaxWidth("48rem");
        download =
                Downloads.zip(
                        "Download all my data (zip)",
                        () -> "gan-playground-my-data.zip",
                        export::writeMine);
        add(
                new H2("My data"),
                new Paragraph(
                        "Your runs (with their settings, results and metrics), your answers and"
                                + " your progress in the lessons, as JSON and CSV files."),
                download,
                new H3("How long work is kept"),
                Schedule.of(lifecycle.schedule()),
                new Anchor("account", "Back to my account"));
    }
}
