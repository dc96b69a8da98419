package org.backclass.hardware.keyboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The recorded sample streams under {@code src/test/resources/org/backclass/hardware/keyboard/}
 * and the scripts they were made from. Run {@link #main} to write them again.
 */
final class SampleRecordings {

    /** A 125 kHz reader in its factory setting: two EM4100 fobs, 10-digit decimal, Enter. */
    static final String EM4100_TWO_FOBS = "em4100-10digit-two-fobs.evdev";
    /** A 13.56 MHz reader set to hex, 7 bytes, card order, Shift held for the letters. */
    static final String MIFARE_HEX7 = "mifare-hex7-shifted.evdev";

    static final Map<String, Supplier<EvdevRecording>> SCRIPTS = Map.of(
            EM4100_TWO_FOBS, () -> EvdevRecording.mondayMorning()
                    .type("0006478258").enter()
                    .pause(Duration.ofMillis(2500))
                    .onKeypad().type("0012345678").keypadEnter(),
            MIFARE_HEX7, () -> EvdevRecording.mondayMorning()
                    .withShiftedLetters().type("04A3C6CAE26180").enter());

    private SampleRecordings() {
    }

    static byte[] load(String name) {
        try (InputStream in = SampleRecordings.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no sample recording " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a sample into {@code dir}, where a reader can open it as its device. */
    static Path copy(String name, Path dir) throws IOException {
        return Files.write(dir.resolve(name), load(name));
    }

    /** {@code java -cp target/test-classes:target/classes org.backclass.hardware.keyboard.SampleRecordings <dir>} */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/org/backclass/hardware/keyboard");
        for (Map.Entry<String, Supplier<EvdevRecording>> e : SCRIPTS.entrySet()) {
            e.getValue().get().writeTo(dir.resolve(e.getKey()));
        }
    }
}
