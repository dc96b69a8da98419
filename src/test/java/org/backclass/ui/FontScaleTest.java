package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FontScaleTest {

    @Test
    void growsWithTheScreenWithinLimits() {
        double small = FontScale.rootFontPx(800, 480);
        double large = FontScale.rootFontPx(1920, 1080);

        assertThat(small).isBetween(15.0, 18.0);
        assertThat(large).isBetween(35.0, 40.0);
        assertThat(FontScale.rootFontPx(100, 60)).isEqualTo(FontScale.MIN_PX);
        assertThat(FontScale.rootFontPx(8000, 6000)).isEqualTo(FontScale.MAX_PX);
    }

    @Test
    void aNarrowScreenIsLimitedByItsWidth() {
        assertThat(FontScale.rootFontPx(800, 800)).isEqualTo(FontScale.rootFontPx(800, 480));
    }
}
