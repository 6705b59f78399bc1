package org.ganplayground.classroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a person in without a password form: right after setup, sign-up or "try without an
 * account". Like a form sign-in, the session gets a new id so a planted one is useless.
 */
@Component
public class SessionSignIn {

    private final AccountRepository accounts;
    private final SignedInSessions sessions;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionSignIn(AccountRepository accounts, SignedInSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public void signIn(Caller who, HttpServletRequest request, HttpServletResponse response) {
        Account a = accounts.findById(who.id()).orElseThrow();
        AccountUser user = new AccountUser(a.caller(), null);
        request.getSession(true);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        sessions.remember(a.getId(), request.getSession());
    }
}
