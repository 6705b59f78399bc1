package org.ganplayground.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ganplayground.KaribuViewTest;
import org.ganplayground.classroom.Caller;
import org.ganplayground.classroom.Role;
import org.ganplayground.classroom.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every route, opened by nobody and by each role: each is allowed or denied as declared here, and a
 * route missing from this table fails the test (deny by default means someone decided).
 */
class RouteAccessTest extends KaribuViewTest {

    private enum Who {
        NOBODY,
        GUEST,
        LEARNER,
        TEACHER,
        ADMIN
    }

    private record Expect(String path, Set<Who> allowed) {}

    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.NOBODY));
    private static final Set<Who> TEACHERS = EnumSet.of(Who.TEACHER, Who.ADMIN);

    private static Map<String, Expect> declared() {
        Map<String, Expect> m = new LinkedHashMap<>();
        m.put("HomeView", new Expect("about", ANYONE));
        m.put("LoginView", new Expect("login", ANYONE));
        m.put("SignUpView", new Expect("signup", ANYONE));
        // setup is done in these tests: the page forwards everyone to sign-in
        m.put("SetupView", new Expect("setup", EnumSet.noneOf(Who.class)));
        m.put("PlaygroundView", new Expect("", SIGNED_IN));
        m.put("LessonsView", new Expect("lessons", SIGNED_IN));
        m.put("LessonView", new Expect("lessons/01-forger-and-inspector", SIGNED_IN));
        m.put("SessionsView", new Expect("sessions", SIGNED_IN));
        m.put("CompareView", new Expect("compare", SIGNED_IN));
        m.put("SweepsView", new Expect("sweeps", SIGNED_IN));
        m.put("SweepView", new Expect("sweeps/999999999", SIGNED_IN));
        m.put("DetectorLabView", new Expect("detector-lab", SIGNED_IN));
        m.put("RunView", new Expect("runs/999999999", SIGNED_IN));
        m.put("GamesView", new Expect("inspector", SIGNED_IN));
        m.put("GameView", new Expect("inspector/999999999", SIGNED_IN));
        m.put("ClassGameView", new Expect("inspector/class/999999999", TEACHERS));
        m.put("StepView", new Expect("step/999999999", SIGNED_IN));
        m.put("AccountView", new Expect("account", SIGNED_IN));
        m.put("MyDataView", new Expect("account/data", SIGNED_IN));
        m.put("ClassesView", new Expect("classes", TEACHERS));
        m.put("ClassView", new Expect("classes/999999999", TEACHERS));
        m.put("BoardView", new Expect("classes/999999999/board", TEACHERS));
        m.put("ProjectorView", new Expect("classes/999999999/projector", TEACHERS));
        m.put("ProgressView", new Expect("classes/999999999/progress", TEACHERS));
        m.put("PredictionsView", new Expect("classes/999999999/predictions", TEACHERS));
        m.put("ClassDataView", new Expect("classes/999999999/data", TEACHERS));
        m.put("TeachersView", new Expect("teachers", EnumSet.of(Who.ADMIN)));
        m.put("GalleryView", new Expect("gallery", SIGNED_IN));
        m.put("ClassGalleryView", new Expect("classes/999999999/gallery", TEACHERS));
        m.put("TeacherPackView", new Expect("teach/pack", TEACHERS));
        return m;
    }

    @Test
    void every_route_is_allowed_or_denied_as_declared_for_nobody_and_each_role() {
        Map<String, Expect> declared = declared();
        assertThat(allRoutes()).as("routes without a declared rule").isEqualTo(declared.keySet());

        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            signInAs(who);
            for (var e : declared.entrySet()) {
                String shown;
                try {
                    UI.getCurrent().navigate(e.getValue().path());
                    shown = UI.getCurrent().getCurrentView().getClass().getSimpleName();
                } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException denied) {
                    shown = "access denied";
                }
                boolean opened = shown.equals(e.getKey());
                boolean allowed = e.getValue().allowed().contains(who);
                if (opened != allowed) {
                    wrong.add(
                            who
                                    + " /"
                                    + e.getValue().path()
                                    + ": "
                                    + (opened ? "opened" : "denied, showed " + shown));
                }
                if (!allowed && who == Who.NOBODY) {
                    assertThat(shown)
                            .as("nobody at /" + e.getValue().path())
                            .isEqualTo("LoginView");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void signInAs(Who who) {
        if (who == Who.NOBODY) {
            TestAccounts.signOut();
            org.ganplayground.SignedInRequest.clear();
            return;
        }
        Role role = Role.valueOf(who.name());
        Caller c = accounts.create(who.name().toLowerCase(), role, null);
        signInAs(c);
    }

    private static Set<String> allRoutes() {
        ClassPathScanningCandidateComponentProvider scanner =
                new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.ganplayground").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(n -> ClassUtils.getShortName(n))
                .collect(Collectors.toCollection(java.util.TreeSet::new))
                .stream()
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
