package org.ganplayground.training;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Trains at a lower operating-system priority than pages are served. On a 2-core server two
 * training threads would otherwise take as much CPU as every learner's clicks together; with a nice
 * value of 10 the scheduler gives a page request about ten times the share of a training thread,
 * and training still gets every cycle nobody else wants. Java thread priorities do nothing on Linux
 * without root, so this calls setpriority(2) on the worker thread's own id. On other systems, or
 * when the call is refused, training keeps the normal priority and a warning says so once.
 */
@Component
class TrainingPriority {

    private static final Logger log = LoggerFactory.getLogger(TrainingPriority.class);
    private static final int PRIO_PROCESS = 0;

    /** The C library's call; on Linux PRIO_PROCESS with a thread id affects that thread only. */
    interface CLib extends Library {
        int setpriority(int which, int who, int prio);
    }

    /** Loaded on first use; a system without it fails there, with a LinkageError. */
    private static final class LibC {
        static final CLib INSTANCE = Native.load("c", CLib.class);
    }

    private final int nice;
    private final ThreadLocal<Boolean> lowered = ThreadLocal.withInitial(() -> false);
    private volatile boolean warned;

    TrainingPriority(@Value("${gan.queue.nice:10}") int nice) {
        this.nice = nice;
    }

    /** Lowers the calling thread's priority once; later calls on the same thread do nothing. */
    void lowerCurrentThread() {
        if (nice <= 0 || lowered.get()) {
            return;
        }
        lowered.set(true);
        try {
            if (LibC.INSTANCE.setpriority(PRIO_PROCESS, currentThreadId(), nice) != 0) {
                warnOnce("setpriority refused (errno " + Native.getLastError() + ")");
            }
        } catch (RuntimeException | LinkageError | java.io.IOException e) {
            warnOnce(e.toString());
        }
    }

    /** The kernel's id of the calling thread, from /proc/thread-self ("pid/task/tid"). */
    static int currentThreadId() throws java.io.IOException {
        Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
        return Integer.parseInt(self.getFileName().toString());
    }

    private void warnOnce(String why) {
        if (!warned) {
            warned = true;
            log.warn(
                    "Training runs at normal priority, so pages may be slow while runs train: {}",
                    why);
        }
    }
}
