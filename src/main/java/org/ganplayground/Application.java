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
