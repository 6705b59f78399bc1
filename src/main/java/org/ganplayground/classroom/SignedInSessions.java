package org.ganplayground.classroom;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ganplayground.cluster.ClusterNews;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The open sessions of each account, so that deleting a learner or resetting their password ends
 * their sessions at once (on every device) instead of at the idle timeout.
 */
@Component
class SignedInSessions implements HttpSessionListener {

    private final Map<Long, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();

    private static final String TOPIC = "end-sessions";

    private final ClusterNews news;

    /** On a cluster the account's sessions may be open on other web nodes too: they end there. */
    SignedInSessions(ClusterNews news) {
        this.news = news;
        news.subscribe(TOPIC, id -> endHere(Long.parseLong(id)));
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUser user
                && RequestContextHolder.getRequestAttributes()
                        instanceof ServletRequestAttributes attrs) {
            HttpSession session = attrs.getRequest().getSession(false);
            if (session != null) {
                remember(user.caller().id(), session);
            }
        }
    }

    void remember(long accountId, HttpSession session) {
        byAccount.computeIfAbsent(accountId, k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        byAccount.values().forEach(s -> s.remove(se.getSession()));
    }

    /** Ends every session of the account once the current transaction has committed. */
    void endAfterCommit(long accountId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            end(accountId);
                        }
                    });
        } else {
            end(accountId);
        }
    }

    void end(long accountId) {
        endHere(accountId);
        news.publish(TOPIC, String.valueOf(accountId));
    }

    private void endHere(long accountId) {
        Set<HttpSession> open = byAccount.remove(accountId);
        if (open == null) {
            return;
        }
        for (HttpSession s : open) {
            try {
                s.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // it ended on its own meanwhile
            }
        }
    }
}
