package org.ganplayground.classroom;

import java.time.Instant;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring Security's view of accounts; an account without a password or an expired guest cannot sign
 * in.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Account a =
                accounts.findByUsername(name)
                        .filter(Account::hasPassword)
                        .filter(
                                x ->
                                        x.getExpiresAt() == null
                                                || x.getExpiresAt().isAfter(Instant.now()))
                        .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new AccountUser(a.caller(), a.getPasswordHash());
    }
}
