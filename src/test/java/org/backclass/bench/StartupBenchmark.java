package org.backclass.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Start-up time of the packaged app: launches {@code target/backclass/bin/backclass demo
 * --headless} several times (first run on an empty data folder, the rest on the seeded one)
 * and reads the time from JVM start to the first laid-out idle frame that the demo prints,
 * plus the wall time from process launch to that line.
 *
 * <p>Run: {@code ./mvnw -B -Pbench -DskipTests verify} (see README).
 */
public final class StartupBenchmark {

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args.length > 0 ? args[0] : "target/backclass");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path data = Files.createTempDirectory("backclass-startup");
        double[] firstFrame = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(app.resolve("bin/backclass").toString(), "demo", "--headless",
                    "--port", "0", "--data-dir", data.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.strip().startsWith("Started in:")) {
                        wall[i] = (System.nanoTime() - t0) / 1e6;
                        firstFrame[i] = Double.parseDouble(line.replaceAll("\\D+(\\d+) ms.*", "$1"));
                        break;
                    }
                }
            } finally {
                p.destroy();
                p.waitFor(30, TimeUnit.SECONDS);
                p.destroyForcibly();
            }
            if (wall[i] == 0) {
                throw new IllegalStateException("run " + i + " never reported its first frame");
            }
        }
        System.out.println("Start-up of the packaged demo, headless (" + runs + " runs, first on an empty data folder)");
        System.out.println("  machine: " + BenchReport.machine());
        System.out.printf("  first run (creates and seeds the database): first idle frame %.0f ms after JVM start,"
                + " %.0f ms from launch%n", firstFrame[0], wall[0]);
        if (runs > 1) {
            double[] f = java.util.Arrays.copyOfRange(firstFrame, 1, runs);
            double[] w = java.util.Arrays.copyOfRange(wall, 1, runs);
            System.out.println("  " + BenchReport.summary("later runs: JVM start -> idle frame", f));
            System.out.println("  " + BenchReport.summary("later runs: launch -> idle frame", w));
        }
    }
}
