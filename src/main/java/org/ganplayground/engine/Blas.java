package org.ganplayground.engine;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * C = op(A) op(B) straight into the OpenBLAS that ND4J itself loads. {@code Nd4j.gemm} wraps the
 * same call in a custom op (graph context, shape checks, deallocation tracking), which on these
 * small matrices costs more than the multiplication: ring benchmark ~910 -> ~1,300 iterations per
 * CPU-second (3 alternating runs each).
 */
final class Blas {

    private static final int ROW_MAJOR = 101;
    private static final int COL_MAJOR = 102;
    private static final int NO_TRANS = 111;
    private static final int TRANS = 112;

    private Blas() {}

    /** Operands must be contiguous 2-D arrays (views with an offset are fine), any order. */
    static void gemm(INDArray a, boolean transA, INDArray b, boolean transB, INDArray c) {
        char order = c.ordering();
        int m = (int) c.rows();
        int n = (int) c.columns();
        int k = (int) (transA ? a.rows() : a.columns());
        // an operand stored in the other order is its own transpose in C's layout
        int ta = transA ^ (a.ordering() != order) ? TRANS : NO_TRANS;
        int tb = transB ^ (b.ordering() != order) ? TRANS : NO_TRANS;
        int layout = order == 'c' ? ROW_MAJOR : COL_MAJOR;
        if (c.dataType() == DataType.FLOAT) {
            openblas_nolapack.cblas_sgemm(
                    layout,
                    ta,
                    tb,
                    m,
                    n,
                    k,
                    1f,
                    (FloatPointer) ptr(a),
                    ld(a),
                    (FloatPointer) ptr(b),
                    ld(b),
                    0f,
                    (FloatPointer) ptr(c),
                    ld(c));
        } else {
            openblas_nolapack.cblas_dgemm(
                    layout,
                    ta,
                    tb,
                    m,
                    n,
                    k,
                    1.0,
                    (DoublePointer) ptr(a),
                    ld(a),
                    (DoublePointer) ptr(b),
                    ld(b),
                    0.0,
                    (DoublePointer) ptr(c),
                    ld(c));
        }
    }

    private static org.bytedeco.javacpp.Pointer ptr(INDArray x) {
        if (!x.isMatrix() || x.elementWiseStride() != 1) {
            throw new IllegalArgumentException("gemm needs contiguous matrices");
        }
        return x.data().addressPointer();
    }

    private static int ld(INDArray x) {
        return (int) (x.ordering() == 'c' ? x.columns() : x.rows());
    }
}
