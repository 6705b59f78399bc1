package org.ganplayground.home.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The welcome page: the forger-and-inspector story in three sentences. */
@AnonymousAllowed
@Route("about")
@PageTitle("Welcome | GAN Playground")
@Menu(order = 100, icon = "INFO_CIRCLE", title = "About")
class HomeView extends VerticalLayout {

    final H2 heading = new H2("How deepfakes are made: run one");

    HomeView() {
        setMaxWidth("48rem");
        add(
                heading,
                new Paragraph(
                        "A generative adversarial network is an art forger and an art inspector locked in"
                                + " battle. The inspector is shown real pieces and forgeries without knowing which is"
                                + " which; the forger improves round after round from the inspector's feedback, until"
                                + " the inspector can no longer tell."),
                new Paragraph(
                        "Give the inspector guardrails up front (\"a tarantula has eight legs, two fangs,"
                                + " fur\") and the forgeries get better. The same machinery makes realistic data for"
                                + " anything, from speeches to particle-physics events."),
                new Paragraph(
                        "Pick what is real, set your guardrails, launch a run on the server, and watch the"
                                + " two networks learn. Every run is stored, so you can replay it, compare it with"
                                + " others and export it."));
    }
}
