package org.ganplayground.training;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Step sessions are released on a schedule when idle. */
@Configuration
@EnableScheduling
class TrainingConfig {}
