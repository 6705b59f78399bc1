package org.ganplayground.base.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON for our web components: numbers and plain maps only; NaN becomes null (a gap). */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value).replace("NaN", "null");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write chart data", e);
        }
    }
}
