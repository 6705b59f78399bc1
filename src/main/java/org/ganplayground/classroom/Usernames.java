package org.ganplayground.classroom;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Usernames are pseudonyms: 3 to 32 lower-case letters, digits, dots, dashes or underscores,
 * starting with a letter or digit. Stored lower-case, so "Ada" and "ada" are the same person.
 */
public final class Usernames {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** Guests' generated names start with this; nobody else's may. */
    static final String GUEST_PREFIX = "guest-";

    private Usernames() {}

    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a username, in words, or empty when it can be used. */
    public static Optional<String> problem(String typed) {
        String u = normalise(typed);
        if (u.length() < Account.USERNAME_MIN_LENGTH || u.length() > Account.USERNAME_MAX_LENGTH) {
            return Optional.of(
                    "A username needs "
                            + Account.USERNAME_MIN_LENGTH
                            + " to "
                            + Account.USERNAME_MAX_LENGTH
                            + " characters.");
        }
        if (!ALLOWED.matcher(u).matches()) {
            return Optional.of(
                    "Use only letters a-z, digits, dots, dashes and underscores, starting with a"
                            + " letter or digit.");
        }
        if (u.startsWith(GUEST_PREFIX)) {
            return Optional.of("Names starting with \"" + GUEST_PREFIX + "\" are kept for guests.");
        }
        if (u.contains("@")) {
            return Optional.of("No e-mail addresses: pick a nickname.");
        }
        return Optional.empty();
    }
}
