package org.ganplayground;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The app shell: Spring Boot entry point, server push and the theme. No PWA service worker: it
 * cached the app's first page while the visitor was still signed out and showed the sign-in page
 * again after a successful sign-in; a server-side trainer has nothing to offer offline anyway.
 */
@SpringBootApplication
// every component's frontend code in the first bundle, none per route: a view added later cannot
// open without its components (a new route with a Grid showed an empty element: its route chunk
// was not in src/main/bundles/prod.bundle, which the build still judged current)
@com.vaadin.flow.server.LoadDependenciesOnStartup
@Push
@Theme("gan-playground")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
