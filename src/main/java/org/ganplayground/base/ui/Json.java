package org.ganplayground.base.ui;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * JSON for our web components: numbers and plain maps only. A number that is not finite (a metric
 * not measured yet, a loss that blew up) is written as {@code null}, which the charts draw as a
 * gap; JSON has no NaN, and Jackson on its own would write the string "NaN".
 */
final class Json {

    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .registerModule(
                            new SimpleModule("finite-or-null")
                                    .addSerializer(Double.class, new DoubleOrNull())
                                    .addSerializer(double.class, new DoubleOrNull())
                                    .addSerializer(Float.class, new FloatOrNull())
                                    .addSerializer(float.class, new FloatOrNull())
                                    .addSerializer(double[].class, new DoublesOrNulls())
                                    .addSerializer(float[].class, new FloatsOrNulls()));

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write chart data", e);
        }
    }

    private static void number(JsonGenerator gen, double v) throws IOException {
        if (Double.isFinite(v)) {
            gen.writeNumber(v);
        } else {
            gen.writeNull();
        }
    }

    private static void number(JsonGenerator gen, float v) throws IOException {
        if (Float.isFinite(v)) {
            gen.writeNumber(v);
        } else {
            gen.writeNull();
        }
    }

    private static final class DoubleOrNull extends JsonSerializer<Double> {
        @Override
        public void serialize(Double v, JsonGenerator gen, SerializerProvider p)
                throws IOException {
            number(gen, v);
        }
    }

    private static final class FloatOrNull extends JsonSerializer<Float> {
        @Override
        public void serialize(Float v, JsonGenerator gen, SerializerProvider p) throws IOException {
            number(gen, v);
        }
    }

    private static final class DoublesOrNulls extends JsonSerializer<double[]> {
        @Override
        public void serialize(double[] values, JsonGenerator gen, SerializerProvider p)
                throws IOException {
            gen.writeStartArray(values, values.length);
            for (double v : values) {
                number(gen, v);
            }
            gen.writeEndArray();
        }
    }

    private static final class FloatsOrNulls extends JsonSerializer<float[]> {
        @Override
        public void serialize(float[] values, JsonGenerator gen, SerializerProvider p)
                throws IOException {
            gen.writeStartArray(values, values.length);
            for (float v : values) {
                number(gen, v);
            }
            gen.writeEndArray();
        }
    }
}
