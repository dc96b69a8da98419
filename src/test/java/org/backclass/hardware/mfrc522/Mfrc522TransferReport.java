package org.backclass.hardware.mfrc522;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SPI transfers per poll, counted on the register-level simulator, for the README. A transfer is
 * one chip-select frame, i.e. one {@code ioctl} on the Pi; the simulator's card answers are ready
 * at the first status read and its timer runs in virtual time, so the counts are the driver's
 * own: on hardware, an answer that is still on the air adds one status read per 0.25 ms.
 *
 * <p>Run: {@code ./mvnw -q -B -o test-compile exec:exec -Dexec.toolchain=jdk -Dexec.executable=java
 * -Dexec.classpathScope=test "-Dexec.args=-classpath %classpath org.backclass.hardware.mfrc522.Mfrc522TransferReport"}.
 * {@link Mfrc522TransferCountTest} pins the same figures.
 */
public final class Mfrc522TransferReport {

    /** One measured poll. */
    record Row(String poll, long transfers) {
    }

    private Mfrc522TransferReport() {
    }

    static List<Row> measure() {
        List<Row> rows = new ArrayList<>();
        try (SimulatedBoard board = new SimulatedBoard()) {
            rows.add(new Row("first poll (soft reset, set-up, empty REQA)", board.poll()));
            rows.add(new Row("empty poll (REQA, 1 ms timeout)", board.poll()));
            read(board, rows, "4-byte UID (MIFARE Classic)", SimulatedCard.classic("8B6566B9"));
            read(board, rows, "7-byte UID (NTAG sticker/wristband)", SimulatedCard.ntag("04A1B2C3D4E580"));
            read(board, rows, "10-byte UID", SimulatedCard.tripleSize("0811223344556677889A"));
        }
        return rows;
    }

    private static void read(SimulatedBoard board, List<Row> rows, String what, SimulatedCard card) {
        board.chip.present(card);
        rows.add(new Row("read, " + what + " (REQA, cascade, SELECT, HLTA)", board.poll()));
        rows.add(new Row("card held, " + what + " (REQA, WUPA, cascade, HLTA)", board.poll()));
        board.chip.remove(card);
        rows.add(new Row("card just taken away (REQA, WUPA)", board.poll()));
        board.poll();
    }

    public static void main(String[] args) {
        List<Row> rows = measure();
        StringBuilder out = new StringBuilder("SPI transfers per poll (MFRC522 simulator)\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-76s %4d%n", row.poll(), row.transfers()));
        }
        System.out.print(out);
    }
}
