package org.backclass.app;

import com.pi4j.context.Context;
import java.time.Clock;
import org.backclass.config.KioskConfig;
import org.backclass.domain.reader.CardReader;
import org.backclass.hardware.keyboard.KeyboardWedgeReaders;
import org.backclass.hardware.keyboard.WedgeFormat;
import org.backclass.hardware.mfrc522.Mfrc522Readers;
import org.backclass.hardware.mfrc522.Mfrc522Settings;

/** The hardware card reader the settings describe. Opening never throws for a missing device. */
final class HardwareReaders {

    private HardwareReaders() {
    }

    static CardReader open(Context pi4j, String readerId, KioskConfig.Reader r, Clock clock) {
        return switch (r.type()) {
            case KioskConfig.Reader.MFRC522 -> Mfrc522Readers.open(pi4j, readerId, new Mfrc522Settings(r.spiBus(),
                    r.spiChipSelect(), r.spiHz(), r.resetPin(), r.pollInterval(), r.errorsBeforeReset()), clock);
            case KioskConfig.Reader.USB_KEYBOARD -> KeyboardWedgeReaders.open(readerId, r.device(), new WedgeFormat(
                    "hex".equals(r.format()) ? WedgeFormat.Output.HEX : WedgeFormat.Output.DECIMAL,
                    "lsb-first".equals(r.byteOrder()) ? WedgeFormat.ByteOrder.LSB_FIRST
                            : WedgeFormat.ByteOrder.MSB_FIRST, r.bytes()), r.keyGap(), clock);
            default -> throw new IllegalArgumentException("not a hardware reader: " + r.type());
        };
    }
}
