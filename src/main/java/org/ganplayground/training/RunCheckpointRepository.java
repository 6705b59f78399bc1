package org.ganplayground.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface RunCheckpointRepository extends JpaRepository<RunCheckpoint, Long> {}
