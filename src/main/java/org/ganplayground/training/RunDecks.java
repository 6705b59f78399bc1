package org.ganplayground.training;

import java.util.List;
import java.util.Optional;
import org.ganplayground.engine.Deck;
import org.ganplayground.engine.GanConfig;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.settings.Settings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The samples a run kept for people to judge (engine/Deck.java), for the inspector game. It checks
 * no caller: the game service decides who may see a run's decks (whoever may read the run when a
 * game is made, and the learners of a class its teacher started a game for), and reads them here.
 */
@Component
public class RunDecks {

    /** A run with its config and its snapshots that kept a deck, in iteration order. */
    public record Decked(Run run, GanConfig config, List<Snapshot> decks) {

        public Optional<Snapshot> at(int iteration) {
            return decks.stream().filter(s -> s.iteration() == iteration).findFirst();
        }
    }

    private final RunRepository runs;
    private final RunSnapshotRepository snapshots;

    RunDecks(RunRepository runs, RunSnapshotRepository snapshots) {
        this.runs = runs;
        this.snapshots = snapshots;
    }

    /** The run's name, for a game made on it. */
    @Transactional(readOnly = true)
    public Optional<String> nameOf(long runId) {
        return runs.findById(runId).map(Run::getName);
    }

    @Transactional(readOnly = true)
    public Optional<Decked> read(long runId) {
        return runs.findById(runId)
                .map(
                        run ->
                                new Decked(
                                        run,
                                        Settings.stored(run.getConfigJson()),
                                        snapshots.findByRunIdOrderByIteration(runId).stream()
                                                .map(SnapshotCodec::decode)
                                                .filter(s -> s.arrays().containsKey(Deck.FAKE))
                                                .toList()));
    }
}
