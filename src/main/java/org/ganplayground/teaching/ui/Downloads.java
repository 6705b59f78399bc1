package org.ganplayground.teaching.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/** A link that downloads a zip written straight into the response as it is made. */
final class Downloads {

    /** Writes the zip into the response. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {}

    /** {@code fileName} runs first: it checks the caller, so a refused download writes nothing. */
    static Anchor zip(String text, Supplier<String> fileName, Writer writer) {
        Anchor a =
                new Anchor(
                        (DownloadHandler)
                                event -> {
                                    event.setFileName(fileName.get());
                                    event.setContentType("application/zip");
                                    try (OutputStream out = event.getOutputStream()) {
                                        writer.write(out);
                                    }
                                },
                        text);
        a.getElement().setAttribute("download", true);
        return a;
    }
}
