package org.ganplayground.game;

import java.util.List;

/**
 * Signal detection on a player's answers (Macmillan and Creelman, Detection Theory, 2005). Single
 * samples (yes/no): a hit is "forged" for a forgery, a false alarm "forged" for a real sample; d' =
 * z(H) - z(F), c = -(z(H) + z(F)) / 2. Pairs (two alternatives): a hit is "first" when the forgery
 * is first, a false alarm "first" when it is second; d' = (z(H) - z(F)) / sqrt 2, and c the lean
 * towards the second. Rates get the log-linear correction (count + 0.5) / (n + 1), so a perfect
 * score has a finite d'. A timeout counts as the answer that is wrong for its round.
 */
final class Signal {

    private Signal() {}

    /** {d', c} of the answered rounds; {NaN, NaN} when one kind of round never came up. */
    static double[] of(Format format, List<GameResult.Scored> rounds) {
        int signal = 0;
        int hits = 0;
        int noise = 0;
        int alarms = 0;
        for (GameResult.Scored r : rounds) {
            boolean isSignal = format == Format.PAIR ? r.fakeFirst() : r.showsFake();
            boolean saidSignal = saidSignal(format, r);
            if (isSignal) {
                signal++;
                hits += saidSignal ? 1 : 0;
            } else {
                noise++;
                alarms += saidSignal ? 1 : 0;
            }
        }
        if (signal == 0 || noise == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double zh = z((hits + 0.5) / (signal + 1));
        double zf = z((alarms + 0.5) / (noise + 1));
        double d = zh - zf;
        return new double[] {format == Format.PAIR ? d / Math.sqrt(2) : d, -(zh + zf) / 2};
    }

    private static boolean saidSignal(Format format, GameResult.Scored r) {
        return switch (r.answer()) {
            case FIRST, FORGED -> true;
            case SECOND, REAL -> false;
            // wrong whatever the round was
            case TIMEOUT -> format == Format.PAIR ? !r.fakeFirst() : !r.showsFake();
        };
    }

    /** The inverse of the standard normal distribution (Acklam's rational approximation). */
    static double z(double p) {
        if (p <= 0 || p >= 1) {
            throw new IllegalArgumentException("p must be in (0, 1)");
        }
        double[] a = {
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
        };
        double[] b = {
            -5.447609879822406e+01,
            1.615858368580409e+02,
            -1.556989798598866e+02,
            6.680131188771972e+01,
            -1.328068155288572e+01
        };
        double[] c = {
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
        };
        double[] d = {
            7.784695709041462e-03,
            3.224671290700398e-01,
            2.445134137142996e+00,
            3.754408661907416e+00
        };
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            return -z(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5])
                * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
