package org.ganplayground.game;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GameRoundRepository extends JpaRepository<GameRound, Long> {

    List<GameRound> findByGameIdOrderByPlace(long gameId);

    List<GameRound> findByGameIdInOrderByPlace(Collection<Long> gameIds);
}
