package org.ganplayground.classroom;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password rules (OWASP ASVS level 1): 8 to 64 characters, no composition rules, stored as bcrypt.
 * bcrypt reads at most 72 bytes, so 64 characters of ASCII all count.
 */
@Configuration
public class Passwords {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** What is wrong with a new password, in words, or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("A password can have at most " + MAX_LENGTH + " characters.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            return Optional.of(
                    "That password is too long for the server to store whole; use fewer special characters.");
        }
        return Optional.empty();
    }
}
