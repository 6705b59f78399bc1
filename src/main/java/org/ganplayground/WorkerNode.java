package org.ganplayground;

import java.util.Map;
import org.ganplayground.cluster.ThisNode;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;

/**
 * A worker node (README.md, "Several machines") trains and serves no pages: no web server at all,
 * and none of Vaadin's start-up (nor that of Hilla, which comes with it), which needs one. Its role
 * is read once the environment (variables, arguments) is known, before the context is made.
 * Registered in META-INF/spring.factories, so every start of the app, tests included, obeys it.
 */
public class WorkerNode implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String VAADIN_WEB =
            String.join(
                    ",",
                    "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                    "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                    "com.vaadin.hilla.EndpointController",
                    "com.vaadin.hilla.push.PushConfigurer",
                    "com.vaadin.hilla.startup.EndpointRegistryInitializer",
                    "com.vaadin.hilla.startup.RouteUnifyingServiceInitListener",
                    "com.vaadin.hilla.route.RouteUtil",
                    "com.vaadin.hilla.route.RouteUnifyingConfiguration",
                    "com.vaadin.hilla.signals.config.SignalsConfiguration");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String role = event.getEnvironment().getProperty("gan.node.role", "");
        if (ThisNode.Role.parse(role) != ThisNode.Role.WORKER) {
            return;
        }
        event.getSpringApplication().setWebApplicationType(WebApplicationType.NONE);
        event.getEnvironment()
                .getPropertySources()
                .addFirst(
                        new MapPropertySource(
                                "worker-node",
                                Map.of(
                                        "spring.autoconfigure.exclude",
                                        VAADIN_WEB,
                                        // no web server holds the JVM open
                                        "spring.main.keep-alive",
                                        "true")));
    }
}
