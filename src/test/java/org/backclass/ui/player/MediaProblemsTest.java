package org.backclass.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaProblemsTest {

    private final MediaProblems problems = new MediaProblems();

    @Test
    void eachFileIsListedOnceWithItsFirstReason() {
        assertThat(problems.report(MediaProblem.missing("bridge-2.mp4"))).isTrue();
        assertThat(problems.report(MediaProblem.unplayable("bridge-2.mp4", "codec"))).as("already listed").isFalse();
        problems.report(MediaProblem.unplayable("plank-1.mp4", "codec"));

        assertThat(problems.problemsProperty()).containsExactly(MediaProblem.missing("bridge-2.mp4"),
                MediaProblem.unplayable("plank-1.mp4", "codec"));
    }

    @Test
    void theListIsBoundedAndKeepsTheNewest() {
        for (int i = 0; i < MediaProblems.LIMIT + 5; i++) {
            problems.report(MediaProblem.missing("clip-" + i + ".mp4"));
        }

        assertThat(problems.problemsProperty()).hasSize(MediaProblems.LIMIT);
        assertThat(problems.problemsProperty().getLast().file()).isEqualTo("clip-" + (MediaProblems.LIMIT + 4) + ".mp4");
        assertThat(problems.problemsProperty().getFirst().file()).isEqualTo("clip-5.mp4");
    }

    @Test
    void aProblemReadsWellInTheLog() {
        assertThat(MediaProblem.missing("a.mp4")).hasToString("a.mp4: missing");
        assertThat(MediaProblem.unplayable("b.mp4", "no codec")).hasToString("b.mp4: no codec");
    }
}
