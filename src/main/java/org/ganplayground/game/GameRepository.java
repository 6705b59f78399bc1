package org.ganplayground.game;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GameRepository extends JpaRepository<Game, Long> {

    List<Game> findByOwnerIdOrderByCreatedAtDesc(long ownerId);

    long countByOwnerId(long ownerId);

    List<Game> findByClassGameId(long classGameId);

    Optional<Game> findFirstByOwnerIdAndClassGameId(long ownerId, long classGameId);
}
