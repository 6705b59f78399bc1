package org.ganplayground;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.SpringServlet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

/** Views tested without a browser: Karibu mocks the Vaadin session, Spring provides the beans. */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuViewTest {

    private static Routes routes;

    @Autowired private ApplicationContext context;

    @Autowired protected org.ganplayground.classroom.TestAccounts accounts;

    /** The learner signed in for each test (a new one each time). */
    protected org.ganplayground.classroom.Caller me;

    @BeforeAll
    static void discoverRoutes() {
        // Karibu's own discovery sees public classes only; our views are package-private
        routes = new Routes().autoDiscoverViews("org.ganplayground");
        ClassPathScanningCandidateComponentProvider scanner =
                new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition view : scanner.findCandidateComponents("org.ganplayground")) {
            routes.getRoutes()
                    .add(
                            ClassUtils.resolveClassName(view.getBeanClassName(), null)
                                    .asSubclass(Component.class));
        }
    }

    @BeforeEach
    void setUpVaadin() {
        accounts.ensureSetUp();
        me =
                org.ganplayground.classroom.TestAccounts.signIn(
                        accounts.create("learner", org.ganplayground.classroom.Role.LEARNER, null));
        SpringServlet servlet = new MockSpringServlet(routes, context, UI::new);
        MockVaadin.setup(UI::new, servlet);
        SignedInRequest.mark(me);
    }

    /** Signs in as someone else for the rest of the test (the page is not reloaded). */
    protected void signInAs(org.ganplayground.classroom.Caller caller) {
        org.ganplayground.classroom.TestAccounts.signIn(caller);
        SignedInRequest.mark(caller);
        me = caller;
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        org.ganplayground.classroom.TestAccounts.signOut();
    }
}
