package org.ganplayground.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class MalformedQueryFilterTest {

    @Test
    void a_stray_percent_is_redirected_as_a_literal_percent_that_decodes() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setQueryString("seed=%ZZ&forger.lr=0.5%");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new MalformedQueryFilter().doFilter(request, response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/?seed=%25ZZ&forger.lr=0.5%25");
        assertThat(chain.getRequest()).isNull();
        assertThat(URLDecoder.decode("seed=%25ZZ", StandardCharsets.UTF_8)).isEqualTo("seed=%ZZ");
    }

    @Test
    void the_redirect_stays_on_this_host() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "//evil.example/x");
        request.setQueryString("seed=%ZZ");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new MalformedQueryFilter().doFilter(request, response, new MockFilterChain());
        assertThat(response.getRedirectedUrl()).isEqualTo("/evil.example/x?seed=%25ZZ");
    }

    @Test
    void a_well_formed_query_passes_untouched() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setQueryString("guardrails=legs%3D%3D8&seed=3");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new MalformedQueryFilter().doFilter(request, response, chain);
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(chain.getRequest()).isSameAs(request);
    }
}
