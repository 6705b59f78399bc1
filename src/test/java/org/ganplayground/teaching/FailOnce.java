package org.ganplayground.teaching;

import org.ganplayground.classroom.AccountsDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A failure injected into account deletion for tests: once armed with an account id, the next
 * deletion of that account throws inside its transaction (as a database error would), once.
 * Unarmed, it does nothing.
 */
@Component
public class FailOnce {

    private volatile Long armed;

    public void arm(long accountId) {
        armed = accountId;
    }

    @EventListener
    void onAccountsDeleted(AccountsDeleted event) {
        Long id = armed;
        if (id != null && event.accountIds().contains(id)) {
            armed = null;
            throw new IllegalStateException("Injected failure deleting account " + id);
        }
    }
}
