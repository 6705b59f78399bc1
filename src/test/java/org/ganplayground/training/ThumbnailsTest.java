package org.ganplayground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.engine.Previews;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ThumbnailsTest {

    /** A repository that fails on any use: the database is not asked. */
    private static final RunSnapshotRepository NO_DATABASE =
            (RunSnapshotRepository)
                    Proxy.newProxyInstance(
                            RunSnapshotRepository.class.getClassLoader(),
                            new Class<?>[] {RunSnapshotRepository.class},
                            (proxy, method, args) -> {
                                throw new IllegalStateException("database asked");
                            });

    private static Snapshot real(int seed) {
        return Previews.real(
                Settings.read(Map.of("domain", "points-2d", "seed", Integer.toString(seed)))
                        .orThrow());
    }

    @Test
    void a_training_run_shows_what_its_trainer_drew_and_no_page_reads_the_database() {
        Thumbnails thumbnails = new Thumbnails(NO_DATABASE);
        Run run = new Run(1L, "r", "points-2d", "{}", 1000, null, null, 1000L);
        ReflectionTestUtils.setField(run, "id", 7L);

        assertThat(thumbnails.of(run)).isEmpty(); // queued, not started: nothing to draw

        run.setStatus(RunStatus.RUNNING, null);
        run.setIterationsDone(100);
        thumbnails.trained(7L, PictureKind.PLANE, real(1));
        byte[] first = thumbnails.of(run).orElseThrow();
        assertThat(first)
                .isEqualTo(Exports.thumbnail(PictureKind.PLANE, real(1), Thumbnails.PIXELS));

        // a snapshot soon after does not redraw
        thumbnails.trained(7L, PictureKind.PLANE, real(2));
        assertThat(thumbnails.of(run).orElseThrow()).isSameAs(first);

        // once the run stops training here, its picture comes from what is stored
        thumbnails.stoppedTraining(7L);
        run.setStatus(RunStatus.COMPLETED, null);
        assertThatThrownBy(() -> thumbnails.of(run)).hasMessage("database asked");
    }
}
