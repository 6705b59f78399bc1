package org.ganplayground.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A link whose query has a stray {@code %} (e.g. {@code ?seed=%ZZ}) cannot be decoded, and the
 * router then shows a blank page. Such a link is redirected once to the same address with each
 * stray {@code %} written as {@code %25}, so the value reaches the settings as typed and gets its
 * message there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class MalformedQueryFilter extends OncePerRequestFilter {

    /** A % not followed by two hex digits. */
    private static final Pattern STRAY = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && "GET".equals(request.getMethod()) && STRAY.matcher(query).find()) {
            // a path that starts with // would name another host: redirect within this one
            String path = "/" + request.getRequestURI().replaceFirst("^/+", "");
            response.sendRedirect(path + "?" + repaired(query));
            return;
        }
        chain.doFilter(request, response);
    }

    static String repaired(String query) {
        return STRAY.matcher(query).replaceAll("%25");
    }
}
