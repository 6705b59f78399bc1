package org.ganplayground.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void numbers_that_are_not_finite_are_written_as_json_nulls_not_strings() {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("points", List.of(new double[] {1, Double.NaN}, new double[] {2, 0.5}));
        chart.put("floats", new float[] {Float.POSITIVE_INFINITY, 1.5f, Float.NaN});
        chart.put("boxed", Double.NEGATIVE_INFINITY);
        chart.put("value", 0.25);
        assertThat(Json.write(chart))
                .isEqualTo(
                        "{\"points\":[[1.0,null],[2.0,0.5]],\"floats\":[null,1.5,null],"
                                + "\"boxed\":null,\"value\":0.25}");
    }

    @Test
    void text_that_contains_nan_is_left_as_it_is() {
        assertThat(Json.write(Map.of("name", "NaNa run"))).isEqualTo("{\"name\":\"NaNa run\"}");
    }
}
