package org.ganplayground.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ganplayground.engine.Snapshot;

/**
 * How a snapshot is stored: metrics as a JSON object (readable in any SQL console), samples as
 * little-endian float32, named arrays as (name, length, float32 values) records. No Java
 * serialisation anywhere.
 */
final class SnapshotCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotCodec() {}

    static RunSnapshot encode(long runId, Snapshot s) {
        return new RunSnapshot(
                runId,
                s.iteration(),
                s.elapsedMs(),
                metricsJson(s.metrics()),
                floats(s.fake()),
                floats(s.real()),
                s.imagePng(),
                arrays(s.arrays()));
    }

    static Snapshot decode(RunSnapshot r) {
        return new Snapshot(
                r.getIteration(),
                r.getElapsedMs(),
                metrics(r.getMetricsJson()),
                floats(r.getFakeSamples()),
                floats(r.getRealSamples()),
                r.getImagePng(),
                arrays(r.getArrays()));
    }

    static String metricsJson(Map<String, Double> metrics) {
        Map<String, Double> finite = new TreeMap<>();
        // JSON has no NaN: a metric that could not be measured is left out
        metrics.forEach(
                (k, v) -> {
                    if (v != null && Double.isFinite(v)) {
                        finite.put(k, v);
                    }
                });
        try {
            return JSON.writeValueAsString(finite);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A run's final key metrics as its summary column can hold them: a long list of guardrails
     * would overflow it, so pass rates are left out from the last until it fits.
     */
    static String summaryJson(Map<String, Double> summary) {
        Map<String, Double> kept = new LinkedHashMap<>(summary);
        List<String> passes =
                kept.keySet().stream()
                        .filter(k -> k.startsWith(org.ganplayground.engine.Metrics.PASS_PREFIX))
                        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        String json = metricsJson(kept);
        while (json.length() > Run.SUMMARY_MAX_LENGTH && !kept.isEmpty()) {
            String drop =
                    passes.isEmpty()
                            ? kept.keySet().stream().reduce((a, b) -> b).orElseThrow()
                            : passes.remove(passes.size() - 1);
            kept.remove(drop);
            json = metricsJson(kept);
        }
        return json;
    }

    static Map<String, Double> metrics(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Double>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored metrics are not readable", e);
        }
    }

    static byte[] floats(float[] values) {
        if (values == null) {
            return null;
        }
        ByteBuffer buf =
                ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(values);
        return buf.array();
    }

    static float[] floats(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        float[] out = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }

    static byte[] arrays(Map<String, float[]> arrays) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(arrays.size());
            for (var e : new TreeMap<>(arrays).entrySet()) {
                out.writeUTF(e.getKey());
                byte[] data = floats(e.getValue());
                out.writeInt(data.length);
                out.write(data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, float[]> arrays(byte[] bytes) {
        Map<String, float[]> out = new LinkedHashMap<>();
        if (bytes == null) {
            return out;
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                byte[] data = new byte[in.readInt()];
                in.readFully(data);
                out.put(name, floats(data));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Stored arrays are not readable", e);
        }
        return out;
    }
}
