package org.backclass.session;

import org.backclass.domain.programme.Section;
import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.session.Plans.hold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GroupLevelTest {

    /** Levels 1..4, longer holds at higher levels. */
    private static final ExerciseItem PLANK = Plans.exercise("front-plank", Section.MAIN,
            Map.of(1, hold(10, 2, 20, false), 2, hold(20, 2, 20, false), 3, hold(30, 3, 20, false),
                    4, hold(45, 3, 20, false)));

    @ParameterizedTest(name = "levels [{0}] -> group level {1}")
    @CsvSource(delimiter = ';', value = {
            "1 1 2;1",          // majority
            "1 2 2;2",          // majority above the lowest
            "1 1 2 2;1",        // tie goes to the lower level
            "2 2 3 3 4;2",      // tie among the two most common, lower wins
            "3 3 4 4 4;4",
            "4 1 2 3;1",        // all different: lowest
            "-;1",              // nobody without a level -> lowest level
            "9 9 2;4",          // above the table -> nearest lower level (4)
            "'';1",             // empty room -> lowest level
    })
    void theLevelMostParticipantsAreOnTimesTheGroup(String levels, int expected) {
        assertThat(GroupLevel.choose(PLANK, people(levels))).isEqualTo(expected);
    }

    @Test
    void aLevelMissingFromTheTableResolvesDownwardsNeverUp() {
        ExerciseItem sparse = Plans.exercise("bridge", Section.MAIN,
                Map.of(2, hold(20, 1, 0, false), 4, hold(40, 1, 0, false)));
        assertThat(sparse.resolveLevel(3)).isEqualTo(2);
        assertThat(sparse.resolveLevel(1)).isEqualTo(2);
        assertThat(sparse.resolveLevel(7)).isEqualTo(4);
        assertThat(GroupLevel.choose(sparse, people("3 3 1"))).isEqualTo(2);
    }

    @Test
    void everyParticipantKeepsTheirOwnLevelAndDose() {
        List<Participant> people = people("1 3 3 -");
        List<ParticipantDose> doses = GroupLevel.dosesFor(PLANK, people);

        assertThat(doses).extracting(ParticipantDose::shortName).containsExactly("P0", "P1", "P2", "P3");
        assertThat(doses).extracting(ParticipantDose::level).containsExactly(1, 3, 3, 1);
        assertThat(doses.get(1).dose()).isEqualTo(PLANK.doseAt(3));
    }

    @Test
    void theTimelineUsesTheGroupLevelsTimeBoxAndListsEveryone() {
        SessionPlan plan = new SessionPlan("Mixed", List.of(PLANK), people("1 1 3 3 3 4"));
        Timeline timeline = Timeline.of(plan);

        // level 3: 3 sets x 30 s, 2 rests of 20 s
        assertThat(timeline.steps()).extracting(Step::kind).containsExactly(StepKind.WORK, StepKind.REST,
                StepKind.WORK, StepKind.REST, StepKind.WORK);
        assertThat(timeline.totalPlanned()).hasSeconds(3 * 30 + 2 * 20);
        ExerciseRef ref = timeline.step(0).exercise().orElseThrow();
        assertThat(ref.groupLevel()).isEqualTo(3);
        assertThat(ref.participants()).extracting(ParticipantDose::level).containsExactly(1, 1, 3, 3, 3, 4);
    }

    /** "1 2 -" -> P0 on 1, P1 on 2, P2 with no level for the exercise. */
    private static List<Participant> people(String levels) {
        List<Participant> out = new ArrayList<>();
        String[] parts = levels.isBlank() ? new String[0] : levels.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            Map<String, Integer> map = parts[i].equals("-") ? Map.of()
                    : Map.of(PLANK.exerciseId(), Integer.parseInt(parts[i]), "bridge", Integer.parseInt(parts[i]));
            out.add(Plans.person("P" + i, map));
        }
        assertThat(out).hasSize((int) Arrays.stream(parts).count());
        return out;
    }
}
