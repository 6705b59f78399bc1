package org.ganplayground.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per username and per network address in a sliding window (OWASP ASVS 2.2.1).
 * After {@code perUsername} failures for one username within the window, further tries are refused
 * before any password is checked. A whole class often shares one address, so its limit is higher.
 * Join-code guesses count against the address too.
 */
@Component
public class SignInThrottle {

    private final int perUsername;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Autowired
    SignInThrottle(
            @Value("${gan.sign-in.max-failures-per-username:10}") int perUsername,
            @Value("${gan.sign-in.max-failures-per-address:100}") int perAddress,
            @Value("${gan.sign-in.window-minutes:15}") int windowMinutes) {
        this(perUsername, perAddress, Duration.ofMinutes(windowMinutes), Clock.systemUTC());
    }

    SignInThrottle(int perUsername, int perAddress, Duration window, Clock clock) {
        this.perUsername = perUsername;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Whether a try for this username from this address is refused without checking it. */
    public boolean refused(String username, String address) {
        return count("u:" + Usernames.normalise(username)) >= perUsername
                || (address != null && count("a:" + address) >= perAddress);
    }

    public void failed(String username, String address) {
        add("u:" + Usernames.normalise(username));
        if (address != null) {
            add("a:" + address);
        }
    }

    /** A wrong join code: only the address is known. */
    public void failedJoinCode(String address) {
        if (address != null) {
            add("a:" + address);
        }
    }

    public boolean addressRefused(String address) {
        return address != null && count("a:" + address) >= perAddress;
    }

    public void succeeded(String username) {
        failures.remove("u:" + Usernames.normalise(username));
    }

    /** Forgets names and addresses whose failures are all older than the window. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 300_000)
    void forgetOld() {
        failures.entrySet()
                .removeIf(
                        e -> {
                            synchronized (e.getValue()) {
                                prune(e.getValue());
                                return e.getValue().isEmpty();
                            }
                        });
    }

    public Duration window() {
        return window;
    }

    private void add(String key) {
        Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (q) {
            prune(q);
            q.addLast(clock.instant());
        }
    }

    private int count(String key) {
        Deque<Instant> q = failures.get(key);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            prune(q);
            return q.size();
        }
    }

    private void prune(Deque<Instant> q) {
        Instant oldest = clock.instant().minus(window);
        while (!q.isEmpty() && q.peekFirst().isBefore(oldest)) {
            q.removeFirst();
        }
    }
}
