package org.ganplayground.classroom;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long work is kept, from {@code gan.retention.*} in application.properties: the one written
 * schedule that {@link Purge} enforces and that {@link #schedule()} puts into words for teachers.
 *
 * @param guestHours a guest and their work go this many hours after the guest started
 * @param daysAfterClassEnd a class's learners and their work go this many days after the teacher
 *     ended the class
 * @param purgeInterval how often the purge job looks for expired work (ISO-8601, e.g. PT10M)
 */
@ConfigurationProperties("gan.retention")
public record Retention(
        @DefaultValue("4") int guestHours,
        @DefaultValue("30") int daysAfterClassEnd,
        @DefaultValue("PT10M") Duration purgeInterval) {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public Retention {
        if (guestHours < 1 || daysAfterClassEnd < 0 || purgeInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "gan.retention: guest-hours must be at least 1, days-after-class-end and"
                            + " purge-interval not negative");
        }
    }

    public Duration guestLifetime() {
        return Duration.ofHours(guestHours);
    }

    /** When the work of a class ended at {@code endedAt} is deleted. */
    public Instant purgeDate(Instant endedAt) {
        return endedAt.plus(Duration.ofDays(daysAfterClassEnd));
    }

    /** The schedule in sentences, as teachers read it. */
    public List<String> schedule() {
        return List.of(
                "Guest work: deleted "
                        + plural(guestHours, "hour")
                        + " after the guest started, unless the guest keeps it by picking a"
                        + " username and password.",
                "Class work (learner accounts, runs, answers and progress): kept while the class"
                        + " runs, then deleted "
                        + plural(daysAfterClassEnd, "day")
                        + " after the teacher ends the class. Until then learners can sign in"
                        + " and read their work, and the teacher can export it or reopen the"
                        + " class.",
                "Deleting a class or a learner deletes their work at once.",
                "Self-paced accounts (no class): kept until the learner deletes their account on"
                        + " My account.",
                "The deletion job runs every "
                        + words(purgeInterval)
                        + "; the server's log records how much it deleted, never names or"
                        + " answers.");
    }

    /** A date as the schedule writes it, e.g. "3 March 2027" (the server's time zone). */
    public static String day(Instant when) {
        return DAY.format(when.atZone(ZoneId.systemDefault()));
    }

    private static String words(Duration d) {
        if (d.toMinutes() >= 60 && d.toMinutes() % 60 == 0) {
            return plural((int) d.toHours(), "hour");
        }
        return d.toMinutes() >= 1 ? plural((int) d.toMinutes(), "minute") : d.toSeconds() + " s";
    }

    private static String plural(int n, String unit) {
        return n == 1 ? "1 " + unit : n + " " + unit + "s";
    }
}
