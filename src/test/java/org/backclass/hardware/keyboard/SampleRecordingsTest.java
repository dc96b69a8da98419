package org.backclass.hardware.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleRecordingsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SampleRecordings.EM4100_TWO_FOBS, SampleRecordings.MIFARE_HEX7})
    void eachSampleIsWhatItsScriptProduces(String name) {
        assertThat(SampleRecordings.load(name)).as("%s; run SampleRecordings.main to write it again", name)
                .isEqualTo(SampleRecordings.SCRIPTS.get(name).get().bytes());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SampleRecordings.EM4100_TWO_FOBS, SampleRecordings.MIFARE_HEX7})
    void samplesAreWholeRecordsOfAUsbKeyboard(String name) {
        byte[] stream = SampleRecordings.load(name);
        List<KeyPress> presses = new InputEventDecoder(InputEventDecoder.RECORD_SIZE_64).decode(stream, stream.length);

        assertThat(stream.length % InputEventDecoder.RECORD_SIZE_64).isZero();
        assertThat(InputEventDecoderTest.typed(presses)).isEqualTo(switch (name) {
            case SampleRecordings.EM4100_TWO_FOBS -> "0006478258\n0012345678\n";
            default -> "04A3C6CAE26180\n";
        });
    }
}
