package org.backclass.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Percentiles and a description of the machine, printed the way the README quotes them. */
final class BenchReport {

    private BenchReport() {
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String summary(String label, double[] valuesMs) {
        double[] s = valuesMs.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%-34s n=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms",
                label, s.length, percentile(s, 50), percentile(s, 95), percentile(s, 99), s[s.length - 1]);
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(cpu);
        } catch (IOException e) {
            // Not Linux: the JVM's own facts still describe the run.
        }
        return String.format(Locale.ROOT, "%s, %d cores, %s %s, Java %s", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
