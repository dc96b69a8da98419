package org.backclass.ui.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.backclass.domain.progress.progression.Reason;
import org.backclass.ui.support.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ReasonTextsTest {

    private static final Messages EN = Messages.load(Locale.ENGLISH);
    private static final Messages DE = Messages.load(Locale.GERMAN);

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonCodeHasItsOwnTextInEnglishAndGerman(Reason reason) {
        String english = EN.get(ReasonTexts.of(reason));
        String german = DE.get(ReasonTexts.of(reason));

        assertThat(english).isNotBlank().doesNotContain("_");
        assertThat(german).isNotBlank().isNotEqualTo(english);
    }

    @Test
    void noTwoReasonsReadTheSame() {
        assertThat(Arrays.stream(Reason.values()).map(r -> EN.get(ReasonTexts.of(r)))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Reason.values()).map(r -> DE.get(ReasonTexts.of(r)))).doesNotHaveDuplicates();
    }
}
