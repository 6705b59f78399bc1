package org.ganplayground.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.ganplayground.domains.DomainSetup;
import org.ganplayground.domains.Domains;
import org.ganplayground.domains.GuardedSampler;
import org.ganplayground.settings.Settings;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Creature leg counts along one run, for the forger as trained and for running averages of its
 * weights kept beside it (training is not changed). A program, not a test. Args: seed every
 * settings...; prints, per checkpoint, the share of 200 forgeries per asked count (conditioned) or
 * of 600 forgeries with 8 legs (unconditioned).
 */
public final class AverageSurvey {

    private static final double[] DECAYS = {0.99, 0.999};

    public static void main(String[] args) {
        long seed = Long.parseLong(args[0]);
        int every = Integer.parseInt(args[1]);
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            params.put(kv[0], kv[1]);
        }
        params.put("seed", Long.toString(seed));
        GanConfig config = Settings.read(params).orThrow();
        DomainSetup setup = Domains.setup(config.domain());
        GuardedSampler sampler = setup.sampler(config.guardrails(), config.guardrailsUpFront());
        GanTrainer trainer = new GanTrainer(config.trainerSpec(true), sampler);
        INDArray p = trainer.forger().params();
        INDArray[] avg = new INDArray[DECAYS.length];
        for (int k = 0; k < avg.length; k++) {
            avg[k] = p.dup();
        }
        INDArray raw = p.dup();
        int cs = sampler.conditionSize();
        long t0 = System.nanoTime();
        for (int it = 1; it <= config.iterations(); it++) {
            trainer.iteration();
            for (int k = 0; k < avg.length; k++) {
                double d = Math.min(DECAYS[k], (1.0 + it) / (10.0 + it));
                avg[k].muli(d).addi(p.mul(1 - d));
            }
            if (it % every == 0) {
                StringBuilder line =
                        new StringBuilder(
                                String.format(
                                        Locale.ROOT,
                                        "seed=%d it=%d s=%.0f raw=%s",
                                        seed,
                                        it,
                                        (System.nanoTime() - t0) / 1e9,
                                        shares(trainer, setup, cs)));
                raw.assign(p);
                for (int k = 0; k < avg.length; k++) {
                    p.assign(avg[k]);
                    line.append(
                            String.format(
                                    Locale.ROOT,
                                    " ema%s=%s",
                                    DECAYS[k],
                                    shares(trainer, setup, cs)));
                }
                p.assign(raw);
                System.out.println(line);
            }
        }
    }

    private static String shares(GanTrainer trainer, DomainSetup setup, int cs) {
        int n = cs == 0 ? 600 : 200;
        float[] z = trainer.sampleNoise(new SplittableRandom(5), n);
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < Math.max(cs, 1); k++) {
            int legs = cs == 0 ? 8 : 4 + 2 * k;
            float[] c = null;
            if (cs > 0) {
                c = new float[n * cs];
                for (int i = 0; i < n; i++) {
                    c[i * cs + k] = 1;
                }
            }
            float[] fakes = trainer.generate(z, c, n);
            int hit = 0;
            for (int i = 0; i < n; i++) {
                hit += setup.measure(fakes, i * setup.sampleSize())[0] == legs ? 1 : 0;
            }
            s.append(s.length() == 0 ? "" : "/")
                    .append(String.format(Locale.ROOT, "%.2f", hit / (double) n));
        }
        return s.toString();
    }
}
