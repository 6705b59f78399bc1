package org.ganplayground.classroom.ui;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in for every page, deny by default: Vaadin's view access checker refuses any view without an
 * access annotation. Headers: a content security policy that Vaadin Flow works under (its client
 * evaluates executeJs with new Function, hence 'unsafe-eval'), no framing by other sites, no MIME
 * sniffing, no referrer to other sites.
 */
@Configuration
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
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.with(VaadinSecurityConfigurer.vaadin(), v -> v.loginView(LoginView.class))
                .build();
    }
}
