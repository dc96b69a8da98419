package org.backclass.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backclass.domain.progress.outcome.OutcomeWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code progress.outcomes} and the progress check's windows in kiosk.properties. */
class OutcomeSettingsTest {

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void onByDefaultWithTheDefaultWindows() {
        KioskConfig.Outcomes o = ConfigLoader.defaults(dir).progress().outcomes();

        assertThat(o).isEqualTo(new KioskConfig.Outcomes(true, new OutcomeWindows(14, 7, 28)));
        assertThat(ConfigLoader.load(Path.of("kiosk-config/kiosk.properties")).progress().outcomes()).isEqualTo(o);
    }

    @Test
    void theSiteCanTurnItOffAndSetTheWindows() throws Exception {
        KioskConfig.Outcomes o = ConfigLoader.load(write("""
                progress.outcomes = off
                progress.outcome-baseline-window = 0d
                progress.outcome-before = 14d
                progress.outcome-after = 42d
                """)).progress().outcomes();

        assertThat(o).isEqualTo(new KioskConfig.Outcomes(false, new OutcomeWindows(0, 14, 42)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "progress.outcomes = maybe               | allowed: on, off",
            "progress.outcome-before = 7             | allowed: whole days such as 14d, from 0d to 60d",
            "progress.outcome-before = 1w            | allowed: whole days such as 14d, from 0d to 60d",
            "progress.outcome-after = 91d            | allowed: whole days such as 14d, from 0d to 90d",
            "progress.outcome-baseline-window = -1d  | allowed: whole days such as 14d, from 0d to 60d",
    })
    void badValuesNameTheLineAndWhatIsAllowed(String line, String allowed) throws Exception {
        Path file = write("# outcomes\n" + line + "\n");

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":2: bad value").hasMessageContaining(allowed);
    }

    @Test
    void theBaselineMustBeOverBeforeTheEndOfCourseCheckOpens() throws Exception {
        Path file = write("progress.course-weeks = 3\nprogress.outcome-baseline-window = 14d\n");

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":2: ")
                .hasMessageContaining("must close before the end-of-course check opens on day 14")
                .hasMessageContaining("progress.course-weeks 3 weeks less progress.outcome-before 7d");
        // a day less fits
        assertThat(ConfigLoader.load(write("progress.course-weeks = 3\nprogress.outcome-baseline-window = 13d\n"))
                .progress().outcomes().windows().baselineDays()).isEqualTo(13);
    }
}
