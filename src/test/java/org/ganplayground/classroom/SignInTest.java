package org.ganplayground.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The password sign-in as a browser does it: form POST, session cookie, response headers. */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gan.guests.max=3")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInTest {

    private static final String PASSWORD = "a good long password";

    @Autowired MockMvc mvc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired TestAccounts accounts;
    @Autowired AccountService service;
    @Autowired AccountRepository repository;
    @MockitoSpyBean PasswordEncoder encoder;

    private MvcResult signIn(String username, String password, MockHttpSession session)
            throws Exception {
        return mvc.perform(
                        post("/login")
                                .param("username", username)
                                .param("password", password)
                                .session(session)
                                .with(
                                        r -> {
                                            r.setRemoteAddr(
                                                    "10.0.0." + (username.hashCode() & 0x7f));
                                            return r;
                                        })
                                .with(csrf()))
                .andReturn();
    }

    @Test
    void the_eleventh_wrong_password_in_15_minutes_is_refused_without_checking_any_password()
            throws Exception {
        Caller ada = accounts.createWithPassword("ada", Role.LEARNER, null, PASSWORD);
        clearInvocations(encoder);
        for (int i = 0; i < 10; i++) {
            MvcResult r = signIn(ada.username(), "wrong guess " + i, new MockHttpSession());
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        }
        verify(encoder, times(10)).matches(any(), anyString());

        // even the right password is refused now, and it is not even compared
        MvcResult eleventh = signIn(ada.username(), PASSWORD, new MockHttpSession());
        assertThat(eleventh.getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
        verify(encoder, times(10)).matches(any(), anyString());
    }

    @Test
    void signing_in_gives_the_session_a_new_id_and_signing_out_ends_it() throws Exception {
        Caller bo = accounts.createWithPassword("bo", Role.LEARNER, null, PASSWORD);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult r = signIn(bo.username(), PASSWORD, session);
        assertThat(r.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(session.getId()).isNotEqualTo(before);

        mvc.perform(post("/logout").session(session).with(csrf()));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_right_password_after_a_few_wrong_ones_signs_in() throws Exception {
        Caller cy = accounts.createWithPassword("cy", Role.LEARNER, null, PASSWORD);
        for (int i = 0; i < 3; i++) {
            signIn(cy.username(), "nope nope " + i, new MockHttpSession());
        }
        assertThat(
                        signIn(cy.username(), PASSWORD, new MockHttpSession())
                                .getResponse()
                                .getRedirectedUrl())
                .doesNotContain("error")
                .doesNotContain("locked");
    }

    @Test
    void an_unknown_username_gets_the_same_answer_as_a_wrong_password() throws Exception {
        assertThat(
                        signIn("nobody-" + System.nanoTime(), PASSWORD, new MockHttpSession())
                                .getResponse()
                                .getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void pages_carry_security_headers() throws Exception {
        var response =
                java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                java.net.URI.create(
                                                        "http://localhost:" + port + "/login"))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString());
        var h = response.headers();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(h.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(h.firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'self'")
                .contains("object-src 'none'");
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused() throws Exception {
        Caller di = accounts.createWithPassword("di", Role.LEARNER, null, PASSWORD);
        MvcResult elsewhere =
                mvc.perform(
                                post("/login")
                                        .header("Origin", "https://evil.example")
                                        .param("username", di.username())
                                        .param("password", PASSWORD))
                        .andReturn();
        assertThat(elsewhere.getResponse().getStatus()).isEqualTo(403);
        MvcResult here =
                mvc.perform(
                                post("/login")
                                        .header("Origin", "http://localhost")
                                        .param("username", di.username())
                                        .param("password", PASSWORD))
                        .andReturn();
        assertThat(here.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void deleting_a_learner_or_resetting_their_password_ends_their_open_sessions()
            throws Exception {
        TestAccounts.ClassOf klass = accounts.classOf(2, PASSWORD);
        MockHttpSession first = new MockHttpSession();
        MockHttpSession second = new MockHttpSession();
        signIn(klass.learners().get(0).username(), PASSWORD, first);
        signIn(klass.learners().get(1).username(), PASSWORD, second);
        assertThat(first.isInvalid()).isFalse();

        TestAccounts.signIn(klass.teacher());
        try {
            service.resetPassword(klass.learners().get(0).id());
            service.deleteLearner(klass.learners().get(1).id());
        } finally {
            TestAccounts.signOut();
        }
        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
        assertThat(repository.findById(klass.learners().get(1).id())).isEmpty();
    }

    @Test
    void guests_beyond_the_servers_cap_are_asked_to_sign_up() {
        for (int i = 0; i < 3; i++) {
            service.startGuest();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(service::startGuest)
                .isInstanceOf(AccountProblem.class)
                .hasMessageContaining("as many guests as it can take");
    }
}
