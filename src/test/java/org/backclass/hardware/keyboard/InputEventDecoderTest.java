package org.backclass.hardware.keyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InputEventDecoderTest {

    private final InputEventDecoder decoder = new InputEventDecoder(InputEventDecoder.RECORD_SIZE_64);

    @Test
    void topRowDigitsAndEnterBecomeTheReading() {
        byte[] stream = EvdevRecording.mondayMorning().type("1234567890").enter().bytes();

        assertThat(typed(decoder.decode(stream, stream.length))).isEqualTo("1234567890\n");
    }

    @Test
    void keypadDigitsAndKeypadEnterReadLikeTheTopRow() {
        byte[] stream = EvdevRecording.mondayMorning().onKeypad().type("0123456789").keypadEnter().bytes();

        assertThat(typed(decoder.decode(stream, stream.length))).isEqualTo("0123456789\n");
    }

    @Test
    void hexLettersReadTheSameWithOrWithoutShift() {
        byte[] plain = EvdevRecording.mondayMorning().type("ABCDEF").bytes();
        byte[] shifted = EvdevRecording.mondayMorning().withShiftedLetters().type("ABCDEF").bytes();

        assertThat(typed(decoder.decode(plain, plain.length))).isEqualTo("ABCDEF");
        assertThat(typed(decoder.decode(shifted, shifted.length))).isEqualTo("ABCDEF");
    }

    @Test
    void keysNoCardReaderSendsBecomeOther() {
        byte[] stream = EvdevRecording.mondayMorning().type("1g- z").bytes();

        assertThat(typed(decoder.decode(stream, stream.length))).isEqualTo("1????");
    }

    @Test
    void onlyPressesCount_notReleasesRepeatsScanCodesOrReports() {
        EvdevRecording recording = EvdevRecording.mondayMorning().held('7', 3)
                .event(EvdevRecording.EV_MSC, EvdevRecording.MSC_SCAN, 0x70024)
                .event(4, 5, 1) // EV_MSC with another code
                .event(2, 0, 1) // EV_REL: a mouse moving
                .event(EvdevRecording.EV_SYN, 0, 0);
        byte[] stream = recording.bytes();

        assertThat(recording.events()).hasSizeGreaterThan(8);
        assertThat(typed(decoder.decode(stream, stream.length))).isEqualTo("7");
    }

    @Test
    void timestampsComeFromTheTimeval() {
        byte[] stream = EvdevRecording.mondayMorning().type("1").pause(Duration.ofMillis(1234)).type("2").bytes();

        List<KeyPress> presses = decoder.decode(stream, stream.length);

        assertThat(presses).extracting(KeyPress::eventMicros).containsExactly(EvdevRecording.MONDAY_MORNING_MICROS,
                EvdevRecording.MONDAY_MORNING_MICROS + 8_000 + 1_234_000);
    }

    @Test
    void aRecordSplitAcrossReadsIsJoined() {
        byte[] stream = EvdevRecording.mondayMorning().type("42").enter().bytes();
        List<KeyPress> presses = new ArrayList<>();

        // A pipe may hand over any number of bytes; feed them one at a time.
        for (byte b : stream) {
            presses.addAll(decoder.decode(new byte[] {b}, 1));
        }

        assertThat(typed(presses)).isEqualTo("42\n");
    }

    @Test
    void onlyTheGivenLengthOfTheBufferIsDecoded() {
        byte[] stream = EvdevRecording.mondayMorning().type("5").bytes();
        byte[] buffer = new byte[stream.length * 2];
        System.arraycopy(stream, 0, buffer, 0, stream.length);

        assertThat(typed(decoder.decode(buffer, stream.length))).isEqualTo("5");
    }

    @Test
    void the32BitLayoutDecodesTheSame() {
        InputEventDecoder decoder32 = new InputEventDecoder(InputEventDecoder.RECORD_SIZE_32);
        byte[] stream = EvdevRecording.mondayMorning().type("9A").enter().bytes32();

        List<KeyPress> presses = decoder32.decode(stream, stream.length);

        assertThat(typed(presses)).isEqualTo("9A\n");
        assertThat(presses.get(0).eventMicros()).isEqualTo(EvdevRecording.MONDAY_MORNING_MICROS);
    }

    @Test
    void otherRecordSizesAreRefused() {
        assertThatThrownBy(() -> new InputEventDecoder(20)).isInstanceOf(IllegalArgumentException.class);
    }

    static String typed(List<KeyPress> presses) {
        return presses.stream().map(p -> String.valueOf(p.symbol())).collect(Collectors.joining());
    }
}
