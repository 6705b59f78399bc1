package org.ganplayground.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Server side of {@code <gp-line-chart>}: a line chart over iterations with a title and a
 * one-sentence caption in plain words. Holds its series so a re-attached chart redraws.
 */
@Tag("gp-line-chart")
@JsModule("./components/gp-line-chart.ts")
@NpmPackage(value = "chart.js", version = "4.5.1")
public class LineChart extends Component implements HasSize {

    /** One line: a name for the legend, a CSS colour, and whether it is drawn as steps. */
    public record Series(String name, String color, boolean stepped, boolean dashed) {}

    private final List<Series> series = new ArrayList<>();
    private final List<List<double[]>> points = new ArrayList<>();

    public LineChart(String title, String caption) {
        getElement().setProperty("chartTitle", title);
        getElement().setProperty("caption", caption);
        addAttachListener(e -> pushAll());
    }

    public LineChart withXLabel(String label) {
        getElement().setProperty("xLabel", label);
        return this;
    }

    /** Replaces all lines; {@code data.get(i)} holds (x, y) pairs for {@code series.get(i)}. */
    public void setData(List<Series> newSeries, List<List<double[]>> data) {
        series.clear();
        series.addAll(newSeries);
        points.clear();
        data.forEach(d -> points.add(new ArrayList<>(d)));
        pushAll();
    }

    /** Vertical marker at an iteration (replay); negative hides it. */
    public void setCursor(double x) {
        getElement().setProperty("cursor", x);
    }

    private void pushAll() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            out.add(
                    Map.of(
                            "name", s.name(),
                            "color", s.color(),
                            "stepped", s.stepped(),
                            "dashed", s.dashed(),
                            "points", points.get(i)));
        }
        getElement().callJsFunction("setSeries", Json.write(out));
    }
}
