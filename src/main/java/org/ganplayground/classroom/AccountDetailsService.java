package org.ganplayground.classroom;

import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Spring Security's view of accounts for password sign-in. Deliberately not a bean: Spring Security
 * would then add a second, unthrottled provider behind {@link ThrottledSignIn}. An account without
 * a password (a guest) or past its expiry cannot sign in.
 */
class AccountDetailsService
        implements org.springframework.security.core.userdetails.UserDetailsService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = Usernames.normalise(username);
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
