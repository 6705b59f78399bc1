package org.ganplayground.classroom;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The retention schedule, and the clock that the purge and class endings read: the system clock
 * here; tests put a clock they can move forward in its place.
 */
@Configuration
@EnableConfigurationProperties(Retention.class)
class RetentionConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
