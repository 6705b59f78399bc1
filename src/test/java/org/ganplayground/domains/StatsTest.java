package org.ganplayground.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void symmetric_square_root_squares_back_to_the_matrix() {
        double[][] m = {{4, 1, 0.5}, {1, 3, 0.2}, {0.5, 0.2, 2}};
        double[][] root = Eigen.sqrt(m);
        double[][] back = Eigen.multiply(root, root);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(back[i][j]).isCloseTo(m[i][j], within(1e-9));
            }
        }
    }

    @Test
    void frechet_of_shifted_gaussians_is_the_squared_shift() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
        double[][] a = new double[5000][2];
        double[][] b = new double[5000][2];
        for (int i = 0; i < a.length; i++) {
            a[i] = new double[] {Points2d.gaussian(rng), Points2d.gaussian(rng)};
            b[i] = new double[] {Points2d.gaussian(rng) + 2, Points2d.gaussian(rng)};
        }
        assertThat(Stats.frechet(a, b, new double[2])).isCloseTo(4, within(0.3));
        assertThat(Stats.frechet(a, a, new double[2])).isCloseTo(0, within(1e-6));
    }

    @Test
    void frechet_of_a_feature_without_real_spread_is_measured_in_units_of_its_floor() {
        // every real sample has 8 legs; a tenth of the forgeries have 9
        double[][] real = new double[1000][];
        double[][] fake = new double[1000][];
        for (int i = 0; i < real.length; i++) {
            real[i] = new double[] {8, i % 7};
            fake[i] = new double[] {i % 10 == 0 ? 9 : 8, i % 7};
        }
        double[] floors = {0.16, 0.01};
        // mean shift 0.1 and variance 0.09, both in units of 0.16 legs: (0.01 + 0.09) / 0.0256
        assertThat(Stats.frechet(real, fake, floors)).isCloseTo(0.1 / 0.0256, within(0.1));
        assertThat(Stats.frechet(real, real, floors)).isCloseTo(0, within(1e-6));
    }

    @Test
    void ks_and_wasserstein_of_two_point_masses_are_one_and_their_distance() {
        assertThat(Stats.ks(new double[] {0, 0}, new double[] {3, 3})).isEqualTo(1);
        assertThat(Stats.wasserstein(new double[] {0, 0}, new double[] {3, 3})).isEqualTo(3);
        assertThat(Stats.wasserstein(new double[] {0, 1}, new double[] {0, 1})).isZero();
    }
}
