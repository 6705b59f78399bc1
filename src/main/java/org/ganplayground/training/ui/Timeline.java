package org.ganplayground.training.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/** A slider over a run's snapshots with a Play button that animates the evolution. */
class Timeline extends HorizontalLayout {

    /** The learner moved to snapshot {@code index}. */
    static class MoveEvent extends ComponentEvent<Timeline> {
        private final int index;

        MoveEvent(Timeline source, int index) {
            super(source, false);
            this.index = index;
        }

        int index() {
            return index;
        }
    }

    private static final int FRAME_MS = 300;

    final Input slider = new Input(ValueChangeMode.EAGER);
    final Button play = new Button("Play", VaadinIcon.PLAY.create());
    final Span label = new Span();
    private final List<Integer> iterations = new ArrayList<>();
    private Registration poll;

    Timeline() {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        slider.setType("range");
        slider.getElement().setAttribute("min", "0");
        slider.getElement().setAttribute("aria-label", "Snapshot timeline");
        slider.setWidth("100%");
        slider.addValueChangeListener(
                e -> {
                    if (e.isFromClient()) {
                        moveTo(index(), true);
                    }
                });
        play.addClickListener(e -> togglePlay());
        // one line however long the run: "iteration 20,000 (201 of 201)" used to wrap
        label.getStyle().set("white-space", "nowrap").set("min-width", "16em");
        add(play, slider, label);
        // on a phone the label goes under the slider rather than squeezing it
        setWrap(true);
        expand(slider);
        expand(slider);
    }

    void setSnapshots(List<Integer> newIterations, boolean moveToEnd) {
        int keep = index();
        iterations.clear();
        iterations.addAll(newIterations);
        slider.getElement()
                .setAttribute("max", Integer.toString(Math.max(0, iterations.size() - 1)));
        moveTo(moveToEnd ? iterations.size() - 1 : Math.min(keep, iterations.size() - 1), false);
        setVisible(!iterations.isEmpty());
    }

    /** Moves the slider and tells listeners, as if the learner had moved it. */
    void moveTo(int index, boolean fire) {
        if (iterations.isEmpty() || index < 0) {
            return;
        }
        slider.setValue(Integer.toString(index));
        label.setText(
                String.format(
                        java.util.Locale.ROOT,
                        "iteration %,d (%d of %d)",
                        iterations.get(index),
                        index + 1,
                        iterations.size()));
        if (fire) {
            fireEvent(new MoveEvent(this, index));
        }
    }

    int index() {
        try {
            return Integer.parseInt(slider.getValue());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    boolean isAtEnd() {
        return iterations.isEmpty() || index() >= iterations.size() - 1;
    }

    Registration addMoveListener(ComponentEventListener<MoveEvent> l) {
        return addListener(MoveEvent.class, l);
    }

    private void togglePlay() {
        if (poll != null) {
            stop();
            return;
        }
        getUI().ifPresent(
                        ui -> {
                            if (isAtEnd()) {
                                moveTo(0, true);
                            }
                            play.setText("Pause");
                            play.setIcon(VaadinIcon.PAUSE.create());
                            ui.setPollInterval(FRAME_MS);
                            poll =
                                    ui.addPollListener(
                                            e -> {
                                                if (isAtEnd()) {
                                                    stop();
                                                } else {
                                                    moveTo(index() + 1, true);
                                                }
                                            });
                        });
    }

    void stop() {
        if (poll != null) {
            poll.remove();
            poll = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
        play.setText("Play");
        play.setIcon(VaadinIcon.PLAY.create());
    }
}
