package org.ganplayground.training.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import org.ganplayground.classroom.ui.BackgroundWork;

/**
 * The detector lab's tests, off the request thread: rebuilding two runs' networks and judging takes
 * a second or two. One thread for the whole server, so tests take turns beside the training queue
 * rather than taking both cores. The work is handed its caller by the page (no one is signed in on
 * this thread).
 */
@SpringComponent
class LabWork extends BackgroundWork {

    LabWork() {
        super("detector-lab");
    }
}
