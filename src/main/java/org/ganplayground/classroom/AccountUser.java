package org.ganplayground.classroom;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: who the services see as the caller. The admin also teaches. */
final class AccountUser implements UserDetails, CredentialsContainer {

    private final Caller caller;
    private String passwordHash;

    AccountUser(Caller caller, String passwordHash) {
        this.caller = caller;
        this.passwordHash = passwordHash;
    }

    Caller caller() {
        return caller;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Role role = caller.role();
        return role == Role.ADMIN
                ? List.of(
                        new SimpleGrantedAuthority(Role.ADMIN.authority()),
                        new SimpleGrantedAuthority(Role.TEACHER.authority()))
                : List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return caller.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    // one principal per account: the session registry groups sessions by this
    @Override
    public boolean equals(Object o) {
        return o instanceof AccountUser other && other.caller.id() == caller.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(caller.id());
    }

    @Override
    public String toString() {
        return caller.username();
    }
}
