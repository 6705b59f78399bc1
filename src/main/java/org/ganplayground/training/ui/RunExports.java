package org.ganplayground.training.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.PictureKind;
import org.ganplayground.engine.Snapshot;
import org.ganplayground.training.Exports;
import org.ganplayground.training.Run;
import org.ganplayground.training.RunService;

/**
 * Download links for a run: metrics CSV, config JSON, the latest picture as PNG, the evolution as
 * GIF.
 */
final class RunExports {

    private RunExports() {}

    static List<Anchor> links(RunService runs, Run run) {
        long id = run.getId();
        String base = "run-" + id;
        PictureKind kind = Domains.byId(run.getDomain()).pictureKind();
        return List.of(
                link(
                        "Metrics (CSV)",
                        base + "-metrics.csv",
                        "text/csv",
                        () -> Exports.csv(runs.snapshots(id)).getBytes(StandardCharsets.UTF_8)),
                link(
                        "Config (JSON)",
                        base + "-config.json",
                        "application/json",
                        () -> run.getConfigJson().getBytes(StandardCharsets.UTF_8)),
                link(
                        "Latest picture (PNG)",
                        base + ".png",
                        "image/png",
                        () ->
                                runs.latestSnapshot(id)
                                        .map(s -> Exports.png(kind, s))
                                        .orElse(new byte[0])),
                link(
                        "Evolution (GIF)",
                        base + ".gif",
                        "image/gif",
                        () -> {
                            List<Snapshot> all = runs.snapshots(id);
                            return Exports.gif(kind, all);
                        }));
    }

    private static Anchor link(String text, String file, String type, Supplier<byte[]> bytes) {
        Anchor a =
                new Anchor(
                        DownloadHandler.fromInputStream(
                                event -> {
                                    byte[] data = bytes.get();
                                    return new DownloadResponse(
                                            new ByteArrayInputStream(data),
                                            file,
                                            type,
                                            data.length);
                                }),
                        text);
        a.getElement().setAttribute("download", true);
        return a;
    }
}
