package org.ganplayground.engine;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Bulk copies between Java arrays and whole (non-view, 'c' order) ND4J arrays. One JNI copy is far
 * cheaper than an ND4J op, so batches are assembled and losses computed on the Java side.
 */
final class Host {

    private Host() {}

    static void put(INDArray dst, float[] src, int len) {
        check(dst, len);
        if (dst.dataType() == DataType.FLOAT) {
            ((FloatPointer) dst.data().addressPointer()).put(src, 0, len);
        } else {
            DoublePointer p = (DoublePointer) dst.data().addressPointer();
            for (int i = 0; i < len; i++) {
                p.put(i, src[i]);
            }
        }
    }

    static void put(INDArray dst, double[] src, int len) {
        check(dst, len);
        if (dst.dataType() == DataType.DOUBLE) {
            ((DoublePointer) dst.data().addressPointer()).put(src, 0, len);
        } else {
            FloatPointer p = (FloatPointer) dst.data().addressPointer();
            for (int i = 0; i < len; i++) {
                p.put(i, (float) src[i]);
            }
        }
    }

    static void get(INDArray src, float[] dst, int len) {
        check(src, len);
        if (src.dataType() == DataType.FLOAT) {
            ((FloatPointer) src.data().addressPointer()).get(dst, 0, len);
        } else {
            DoublePointer p = (DoublePointer) src.data().addressPointer();
            for (int i = 0; i < len; i++) {
                dst[i] = (float) p.get(i);
            }
        }
    }

    static void get(INDArray src, double[] dst, int len) {
        check(src, len);
        if (src.dataType() == DataType.DOUBLE) {
            ((DoublePointer) src.data().addressPointer()).get(dst, 0, len);
        } else {
            FloatPointer p = (FloatPointer) src.data().addressPointer();
            for (int i = 0; i < len; i++) {
                dst[i] = p.get(i);
            }
        }
    }

    static float[] floats(INDArray src) {
        float[] out = new float[(int) src.length()];
        get(src, out, out.length);
        return out;
    }

    private static void check(INDArray a, int len) {
        // a view would silently copy the wrong elements
        if (a.isView() || a.ordering() != 'c' || len > a.length()) {
            throw new IllegalArgumentException("host copy needs a whole 'c' array of >= " + len);
        }
    }
}
