package org.ganplayground.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A trainer state as bytes: a version, counters, then float arrays (four in version 1, five since
 * the averaged forger), then (since version 3) what the last steps measured, so the snapshot a
 * resumed run takes at its checkpoint shows the same losses as the one stored there. No Java
 * serialisation.
 */
final class CheckpointCodec {

    private static final int VERSION = 3;

    private CheckpointCodec() {}

    static byte[] write(TrainerState s, StepMetrics measured, long elapsedMs) {
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
            out.writeDouble(measured.inspectorLoss());
            out.writeDouble(measured.forgerLoss());
            out.writeDouble(measured.inspectorAccuracy());
            out.writeDouble(measured.meanRealScore());
            out.writeDouble(measured.meanFakeScore());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code measured} is null in checkpoints written before version 3. */
    record Read(TrainerState state, StepMetrics measured, long elapsedMs) {}

    static Read read(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readInt();
            if (version < 1 || version > VERSION) {
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
            StepMetrics measured =
                    version < 3
                            ? null
                            : new StepMetrics(
                                    it,
                                    in.readDouble(),
                                    in.readDouble(),
                                    in.readDouble(),
                                    in.readDouble(),
                                    in.readDouble());
            return new Read(
                    new TrainerState(
                            arrays[0], arrays[1], arrays[2], arrays[3], fu, iu, it, steps,
                            arrays[4]),
                    measured,
                    elapsed);
        } catch (IOException e) {
            throw new UncheckedIOException("Checkpoint is damaged", e);
        }
    }
}
