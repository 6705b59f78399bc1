package org.ganplayground.classroom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's login form posts without a CSRF token (its security configuration leaves the sign-in URL
 * out of Spring Security's CSRF check), so another site could sign a visitor into an account of its
 * choosing. Browsers send an Origin header with every cross-site POST: a sign-in whose origin is
 * not this server is refused (OWASP's "verifying origin with standard headers").
 */
public class SameOriginSignIn extends OncePerRequestFilter {

    private final String path;

    public SameOriginSignIn(String path) {
        this.path = path;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && path.equals(request.getRequestURI().substring(request.getContextPath().length()))
                && !sameOrigin(request.getHeader("Origin"), host(request))) {
            response.sendError(
                    HttpServletResponse.SC_FORBIDDEN, "Sign in from this site's own page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String host(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host != null ? host : request.getServerName();
    }

    static boolean sameOrigin(String origin, String host) {
        if (origin == null) {
            return true; // not a browser's cross-site request
        }
        try {
            URI o = URI.create(origin);
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return host != null
                    && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(o.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
