package org.ganplayground.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganplayground.engine.Picture;

/**
 * Server side of {@code <gp-plane>}: GAN Lab's 2-D view of real and forged points over the
 * inspector's decision heatmap, with feedback arrows and the forger's warp of a noise grid.
 */
@Tag("gp-plane")
@JsModule("./components/gp-plane.ts")
public class PlaneCanvas extends Component {

    private String lastJson;

    public PlaneCanvas() {
        addAttachListener(
                e -> {
                    if (lastJson != null) {
                        getElement().callJsFunction("setFrame", lastJson);
                    }
                });
    }

    /** Draws one picture of the plane; arrays that are null are left out. */
    public void setFrame(Picture.Points f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("extent", f.extent());
        if (f.heatmap() != null) {
            out.put("heatmap", Map.of("n", f.heatmapSize(), "values", f.heatmap()));
        }
        putIfPresent(out, "real", f.real());
        putIfPresent(out, "fake", f.fake());
        putIfPresent(out, "arrows", f.arrows());
        if (f.warp() != null) {
            out.put("warp", Map.of("rows", f.warpSize(), "cols", f.warpSize(), "points", f.warp()));
        }
        lastJson = Json.write(out);
        getElement().callJsFunction("setFrame", lastJson);
    }

    public void setShowArrows(boolean show) {
        getElement().setProperty("showArrows", show);
    }

    public void setShowWarp(boolean show) {
        getElement().setProperty("showWarp", show);
    }

    public void setShowHeatmap(boolean show) {
        getElement().setProperty("showHeatmap", show);
    }

    private static void putIfPresent(Map<String, Object> out, String key, float[] values) {
        if (values != null) {
            out.put(key, values);
        }
    }
}
