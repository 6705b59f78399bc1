package org.ganplayground.classroom;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The one way to sign in with a password: asks the throttle first, so a username under attack is
 * refused before its password is checked, then checks the bcrypt hash.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    ThrottledSignIn(SignInThrottle throttle, AccountRepository accounts, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(new AccountDetailsService(accounts));
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication auth) throws AuthenticationException {
        String username = auth.getName();
        String address =
                auth.getDetails() instanceof WebAuthenticationDetails d
                        ? d.getRemoteAddress()
                        : null;
        if (throttle.refused(username, address)) {
            throw new LockedException(
                    "Too many wrong passwords. Wait "
                            + throttle.window().toMinutes()
                            + " minutes, or ask your teacher to reset your password.");
        }
        try {
            Authentication ok = passwords.authenticate(auth);
            throttle.succeeded(username);
            return ok;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
