package org.ganplayground.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A trainer state as bytes: a version, counters, then float arrays (four in version 1, five since
 * the averaged forger). No Java serialisation.
 */
final class CheckpointCodec {

    private static final int VERSION = 2;

    private CheckpointCodec() {}

    static byte[] write(TrainerState s, long elapsedMs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeLong(elapsedMs);
            out.writeLong(s.forgerUpdates());
            out.writeLong(s.inspectorUpdates());
            out.writeLong(s.iterations());
            out.writeLong(s.steps());
            for (float[] a :
                    new float[][] {
                        s.forgerParams(),
                        s.inspectorParams(),
                        s.forgerOptimizerState(),
                        s.inspectorOptimizerState(),
                        s.forgerAverageParams()
                    }) {
                out.writeInt(a.length);
                for (float v : a) {
                    out.writeFloat(v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    record Read(TrainerState state, long elapsedMs) {}

    static Read read(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readInt();
            if (version != 1 && version != VERSION) {
                throw new IllegalArgumentException(
                        "Checkpoint version " + version + " is not supported");
            }
            long elapsed = in.readLong();
            long fu = in.readLong();
            long iu = in.readLong();
            long it = in.readLong();
            long steps = in.readLong();
            float[][] arrays = {null, null, null, null, new float[0]};
            for (int k = 0; k < (version == 1 ? 4 : 5); k++) {
                arrays[k] = new float[in.readInt()];
                for (int i = 0; i < arrays[k].length; i++) {
                    arrays[k][i] = in.readFloat();
                }
            }
            return new Read(
                    new TrainerState(
                            arrays[0], arrays[1], arrays[2], arrays[3], fu, iu, it, steps,
                            arrays[4]),
                    elapsed);
        } catch (IOException e) {
            throw new UncheckedIOException("Checkpoint is damaged", e);
        }
    }
}
