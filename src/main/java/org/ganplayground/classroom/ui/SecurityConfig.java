package org.ganplayground.classroom.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.ganplayground.classroom.SameOriginSignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in for every page, deny by default: Vaadin's view access checker refuses any view without an
 * access annotation. Headers: a content security policy that Vaadin Flow works under (its client
 * evaluates executeJs with new Function, hence 'unsafe-eval'), no framing by other sites, no MIME
 * sniffing, no referrer to other sites.
 */
@Configuration
// a worker node (README.md, "Several machines") has no web server and nothing to secure
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                    + "font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                    + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.headers(
                h ->
                        h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                                .frameOptions(f -> f.sameOrigin())
                                .contentTypeOptions(c -> {})
                                .referrerPolicy(
                                        r ->
                                                r.policy(
                                                        ReferrerPolicyHeaderWriter.ReferrerPolicy
                                                                .SAME_ORIGIN)));
        http.addFilterBefore(
                new SameOriginSignIn("/login"), UsernamePasswordAuthenticationFilter.class);
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.with(VaadinSecurityConfigurer.vaadin(), v -> v.loginView(LoginView.class));
        // a throttled username gets its own message; everything else the same "wrong" one
        http.formLogin(
                f ->
                        f.failureHandler(
                                new ExceptionMappingAuthenticationFailureHandler() {
                                    {
                                        setExceptionMappings(
                                                Map.of(
                                                        LockedException.class.getName(),
                                                        "/login?locked"));
                                        setDefaultFailureUrl("/login?error");
                                    }
                                }));
        return http.build();
    }
}
