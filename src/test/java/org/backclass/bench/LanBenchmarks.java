package org.backclass.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the "staff on the LAN" benchmarks, each in its own JVM so each gets the flags it is
 * about: {@link AttendanceCsvBenchmark} with a 64 MB heap (a year of check-ins exported as CSV
 * fits only if it streams), then {@link ApiLoadBenchmark} with headless JavaFX. Arguments:
 * rows for the export (default 1,000,000), seconds of load (20), connections (100).
 */
public final class LanBenchmarks {

    private static final List<String> HEADLESS_FX = List.of("-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true");
    private static final List<String> QUIET_JDK = List.of("--enable-native-access=ALL-UNNAMED",
            "-XX:+IgnoreUnrecognizedVMOptions", "--sun-misc-unsafe-memory-access=allow");

    private LanBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String rows = args.length > 0 ? args[0] : "1000000";
        String seconds = args.length > 1 ? args[1] : "20";
        String connections = args.length > 2 ? args[2] : "100";
        run(List.of("-Xmx64m"), AttendanceCsvBenchmark.class, rows);
        run(HEADLESS_FX, ApiLoadBenchmark.class, seconds, connections);
    }

    private static void run(List<String> flags, Class<?> benchmark, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(QUIET_JDK);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(benchmark.getName());
        command.addAll(List.of(args));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(benchmark.getSimpleName() + " failed with exit code " + exit);
        }
    }
}
