package org.backclass.domain.progress.progression;

import static org.assertj.core.api.Assertions.assertThat;

import org.backclass.domain.progress.Completion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clinical scenarios the progression engine must get right, one row each. Empty cells are
 * unknown answers. The rules column names a site: DEFAULT is the published model (green 0–2,
 * amber 3–5, 2 sessions, effort up to 6, whole dose); STRICT and LENIENT are sites that chose
 * other margins (see {@link #rules}).
 */
class ProgressionEngineScenariosTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # scenario                                              |lvl|max|before|during|after|morning|dose     |effort|sess|flag |rules  |kind    |to|reason
        green pain, dose done, 2nd session, easy effort         | 2 | 4 | 2    | 1    | 1   | SAME  |COMPLETED| 4    | 2  |false|DEFAULT|PROGRESS| 3|GREEN_AND_ROUTINE
        no pain at all, next morning not known yet              | 1 | 4 | 0    | 0    | 0   |       |COMPLETED| 3    | 3  |false|DEFAULT|PROGRESS| 2|GREEN_AND_ROUTINE
        green pain, better next morning                         | 1 | 4 | 3    | 2    | 2   | BETTER|COMPLETED| 5    | 2  |false|DEFAULT|PROGRESS| 2|GREEN_AND_ROUTINE
        amber pain settled next morning (same as before)        | 2 | 4 | 3    | 4    | 3   | SAME  |COMPLETED| 5    | 2  |false|DEFAULT|PROGRESS| 3|PAIN_AMBER_SETTLED
        amber pain after class only, better next morning        | 3 | 4 | 4    | 2    | 5   | BETTER|COMPLETED| 5    | 4  |false|DEFAULT|PROGRESS| 4|PAIN_AMBER_SETTLED
        amber pain, next morning not known yet                  | 2 | 4 | 2    | 4    | 3   |       |COMPLETED| 4    | 2  |false|DEFAULT|HOLD    | 2|PAIN_AMBER_WAIT_FOR_MORNING
        red pain during the exercise                            | 3 | 4 | 2    | 7    | 4   |       |COMPLETED| 5    | 2  |false|DEFAULT|REGRESS | 2|PAIN_RED
        red pain after class only                               | 2 | 4 | 3    | 3    | 6   |       |COMPLETED| 5    | 3  |false|DEFAULT|REGRESS | 1|PAIN_RED
        red pain even though the next morning was better        | 3 | 4 | 5    | 8    | 6   | BETTER|COMPLETED| 6    | 2  |false|DEFAULT|REGRESS | 2|PAIN_RED
        worse next morning after green pain                     | 3 | 4 | 1    | 1    | 2   | WORSE |COMPLETED| 3    | 3  |false|DEFAULT|REGRESS | 2|NEXT_MORNING_WORSE
        worse next morning after amber pain                     | 2 | 4 | 2    | 4    | 5   | WORSE |COMPLETED| 5    | 2  |false|DEFAULT|REGRESS | 1|NEXT_MORNING_WORSE
        worse next morning, no pain answers on the day          | 2 | 4 | 1    |      |     | WORSE |COMPLETED|      | 2  |false|DEFAULT|REGRESS | 1|NEXT_MORNING_WORSE
        worse next morning outranks a partly done dose          | 3 | 4 | 2    | 2    | 2   | WORSE |PARTIAL  | 5    | 2  |false|DEFAULT|REGRESS | 2|NEXT_MORNING_WORSE
        red flag open with green pain                           | 2 | 4 | 1    | 0    | 1   | SAME  |COMPLETED| 3    | 4  |true |DEFAULT|HOLD    | 2|RED_FLAG_OPEN
        red flag open with red pain: no change, not even easier | 3 | 4 | 6    | 8    | 8   |       |COMPLETED| 8    | 2  |true |DEFAULT|HOLD    | 3|RED_FLAG_OPEN
        red flag open, worse next morning, easiest level        | 1 | 4 | 2    | 3    | 3   | WORSE |COMPLETED| 5    | 2  |true |DEFAULT|HOLD    | 1|RED_FLAG_OPEN
        hardest level, everything green                         | 4 | 4 | 1    | 1    | 1   | SAME  |COMPLETED| 4    | 3  |false|DEFAULT|HOLD    | 4|AT_TOP_LEVEL
        hardest level of a three-level exercise                 | 3 | 3 | 0    | 0    | 1   |       |COMPLETED| 2    | 5  |false|DEFAULT|HOLD    | 3|AT_TOP_LEVEL
        hardest level, amber pain settled                       | 4 | 4 | 3    | 5    | 4   | SAME  |COMPLETED| 5    | 2  |false|DEFAULT|HOLD    | 4|AT_TOP_LEVEL
        easiest level, red pain                                 | 1 | 4 | 2    | 7    | 5   |       |COMPLETED| 5    | 1  |false|DEFAULT|HOLD    | 1|AT_BOTTOM_LEVEL
        easiest level, worse next morning                       | 1 | 3 | 2    | 2    | 2   | WORSE |COMPLETED| 4    | 2  |false|DEFAULT|HOLD    | 1|AT_BOTTOM_LEVEL
        edge: pain 2 is still green                             | 1 | 4 | 2    | 2    | 2   |       |COMPLETED| 4    | 2  |false|DEFAULT|PROGRESS| 2|GREEN_AND_ROUTINE
        edge: pain 3 is amber, so wait for the morning          | 1 | 4 | 2    | 3    | 2   |       |COMPLETED| 4    | 2  |false|DEFAULT|HOLD    | 1|PAIN_AMBER_WAIT_FOR_MORNING
        edge: pain 5 is still amber and settled                 | 2 | 4 | 5    | 5    | 5   | SAME  |COMPLETED| 4    | 2  |false|DEFAULT|PROGRESS| 3|PAIN_AMBER_SETTLED
        edge: pain 6 is red                                     | 2 | 4 | 4    | 6    | 5   | SAME  |COMPLETED| 4    | 2  |false|DEFAULT|REGRESS | 1|PAIN_RED
        partly done dose, green pain                            | 2 | 4 | 1    | 1    | 1   | SAME  |PARTIAL  | 4    | 3  |false|DEFAULT|HOLD    | 2|DOSE_NOT_COMPLETED
        skipped exercise, green pain                            | 2 | 4 | 1    | 1    | 1   | SAME  |SKIPPED  |      | 3  |false|DEFAULT|HOLD    | 2|EXERCISE_SKIPPED
        skipped exercise but red pain                           | 2 | 4 | 4    | 7    | 6   |       |SKIPPED  |      | 3  |false|DEFAULT|REGRESS | 1|PAIN_RED
        amber settled but dose only partly done                 | 2 | 4 | 3    | 4    | 4   | BETTER|PARTIAL  | 5    | 3  |false|DEFAULT|HOLD    | 2|DOSE_NOT_COMPLETED
        amber, morning unknown, partly done: the pain rule first| 2 | 4 | 3    | 4    | 4   |       |PARTIAL  | 5    | 3  |false|DEFAULT|HOLD    | 2|PAIN_AMBER_WAIT_FOR_MORNING
        edge: effort 6 is hard but fine                         | 1 | 4 | 1    | 1    | 1   |       |COMPLETED| 6    | 2  |false|DEFAULT|PROGRESS| 2|GREEN_AND_ROUTINE
        edge: effort 7 is very hard                             | 1 | 4 | 1    | 1    | 1   |       |COMPLETED| 7    | 2  |false|DEFAULT|HOLD    | 1|EFFORT_TOO_HIGH
        maximal effort with green pain                          | 3 | 4 | 0    | 0    | 0   | SAME  |COMPLETED| 10   | 6  |false|DEFAULT|HOLD    | 3|EFFORT_TOO_HIGH
        effort not given does not hold back                     | 2 | 4 | 1    | 0    | 0   |       |COMPLETED|      | 2  |false|DEFAULT|PROGRESS| 3|GREEN_AND_ROUTINE
        first session at this level                             | 2 | 4 | 1    | 1    | 1   | SAME  |COMPLETED| 3    | 1  |false|DEFAULT|HOLD    | 2|TOO_FEW_SESSIONS
        amber settled but first session at this level           | 1 | 4 | 3    | 3    | 3   | SAME  |COMPLETED| 4    | 1  |false|DEFAULT|HOLD    | 1|TOO_FEW_SESSIONS
        no answers at all                                       | 2 | 4 |      |      |     |       |COMPLETED|      | 3  |false|DEFAULT|HOLD    | 2|NO_PAIN_ANSWER
        no pain answers, next morning the same                  | 2 | 4 | 2    |      |     | SAME  |COMPLETED| 4    | 3  |false|DEFAULT|HOLD    | 2|NO_PAIN_ANSWER
        only pain after class given, green                      | 2 | 4 |      |      | 1   |       |COMPLETED| 3    | 2  |false|DEFAULT|PROGRESS| 3|GREEN_AND_ROUTINE
        only pain during given, amber, morning unknown          | 3 | 4 | 3    | 4    |     |       |COMPLETED| 3    | 2  |false|DEFAULT|HOLD    | 3|PAIN_AMBER_WAIT_FOR_MORNING
        strict site: pain 2 is amber there                      | 1 | 4 | 1    | 2    | 2   |       |COMPLETED| 4    | 3  |false|STRICT |HOLD    | 1|PAIN_AMBER_WAIT_FOR_MORNING
        strict site: pain 5 is red there                        | 2 | 4 | 3    | 5    | 3   |       |COMPLETED| 4    | 3  |false|STRICT |REGRESS | 1|PAIN_RED
        strict site: effort 6 is too high there                 | 2 | 4 | 1    | 1    | 1   | SAME  |COMPLETED| 6    | 3  |false|STRICT |HOLD    | 2|EFFORT_TOO_HIGH
        strict site: a second session is not enough there       | 2 | 4 | 1    | 1    | 1   | SAME  |COMPLETED| 4    | 2  |false|STRICT |HOLD    | 2|TOO_FEW_SESSIONS
        strict site: third easy session progresses              | 2 | 4 | 1    | 1    | 0   | BETTER|COMPLETED| 5    | 3  |false|STRICT |PROGRESS| 3|GREEN_AND_ROUTINE
        lenient site: pain 3 is green, one session is enough    | 1 | 4 | 3    | 3    | 3   |       |COMPLETED| 7    | 1  |false|LENIENT|PROGRESS| 2|GREEN_AND_ROUTINE
        lenient site: pain 6 is amber, so wait for the morning  | 2 | 4 | 3    | 6    | 6   |       |COMPLETED| 5    | 2  |false|LENIENT|HOLD    | 2|PAIN_AMBER_WAIT_FOR_MORNING
        lenient site: pain 7 is still red                       | 2 | 4 | 3    | 7    | 6   | SAME  |COMPLETED| 5    | 2  |false|LENIENT|REGRESS | 1|PAIN_RED
        lenient site: a partly done dose counts                 | 2 | 4 | 1    | 1    | 1   | SAME  |PARTIAL  | 5    | 2  |false|LENIENT|PROGRESS| 3|GREEN_AND_ROUTINE
        lenient site: a skipped exercise never counts           | 2 | 4 | 1    | 1    | 1   | SAME  |SKIPPED  |      | 2  |false|LENIENT|HOLD    | 2|EXERCISE_SKIPPED
        """)
    void proposesWhatTheModelSays(String scenario, int level, int maxLevel, Integer before, Integer during,
            Integer after, NextMorning morning, Completion dose, Integer effort, int sessions, boolean redFlag,
            String site, Proposal.Kind kind, int toLevel, Reason reason) {
        // given
        var input = new ProgressionInput("bird-dog", level, maxLevel, before, during, after, morning, dose, effort,
                sessions, redFlag);
        // when
        Proposal proposal = new ProgressionEngine(rules(site)).propose(input);
        // then
        assertThat(proposal.kind()).as("kind").isEqualTo(kind);
        assertThat(proposal.reason()).as("reason").isEqualTo(reason);
        assertThat(proposal.toLevel()).as("to level").isEqualTo(toLevel);
        assertThat(proposal.fromLevel()).isEqualTo(level);
        assertThat(proposal.exerciseId()).isEqualTo("bird-dog");
        assertThat(proposal.explanation()).isNotBlank();
    }

    /** The sites of the table: the published defaults, a cautious clinic and a relaxed one. */
    static ProgressionRules rules(String site) {
        return switch (site) {
            case "DEFAULT" -> ProgressionRules.defaults();
            case "STRICT" -> new ProgressionRules(1, 4, 3, 5, true);
            case "LENIENT" -> new ProgressionRules(3, 6, 1, 7, false);
            default -> throw new IllegalArgumentException("no site " + site);
        };
    }
}
