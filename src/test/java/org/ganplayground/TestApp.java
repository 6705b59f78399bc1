package org.ganplayground;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole app on a random port with its own database folder, as a restart would. */
public final class TestApp {

    private TestApp() {}

    /** Settings go in as command-line arguments: they outrank application.properties. */
    public static ConfigurableApplicationContext start(String dataDir, String... settings) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "--server.port=0",
                                "--gan.data-dir=" + dataDir,
                                "--vaadin.launch-browser=false"));
        for (String s : settings) {
            args.add("--" + s);
        }
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }
}
