package org.backclass.ui.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.programme.Programme;
import org.backclass.ui.support.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A member's levels on the roster line, from the shipped catalogue and programmes. */
class RosterLevelsTest {

    private static Content content;
    private static Programme starter;
    private final Messages en = Messages.load(Locale.ENGLISH);
    private final Messages de = Messages.load(Locale.GERMAN);

    @BeforeAll
    static void loadContent() {
        content = ContentLoader.load(Path.of("kiosk-config"));
        starter = content.programmes().stream().filter(p -> p.id().equals("starter-routine")).findFirst()
                .orElseThrow();
    }

    @Test
    void theClassesOwnLevelExercisesInProgrammeOrderAtTheLevelTheyWillStartOn() {
        // plank is not in this programme; cat-cow and glute-bridge have no level yet
        RosterLevels levels = RosterLevels.of(Map.of("bird-dog", 3, "dead-bug", 2, "plank", 4), starter,
                content.catalogue(), en);

        assertThat(levels.summary()).isEqualTo("levels 1–3");
        // marching, knee-to-chest and child's pose are done at a fixed level by everyone: left out
        assertThat(levels.exercises()).containsExactly("Cat–cow: level 1",
                "Abdominal bracing to dead bug: level 2", "Bird-dog: level 3",
                "Glute bridge to single-leg bridge: level 1");
    }

    @Test
    void oneLevelForEverythingIsSaidOnce() {
        RosterLevels newcomer = RosterLevels.of(Map.of(), starter, content.catalogue(), en);

        assertThat(newcomer.summary()).isEqualTo("level 1");
        assertThat(newcomer.exercises()).hasSize(4).allMatch(t -> t.endsWith(": level 1"));
    }

    @Test
    void withoutAProgrammeTheLevelsTheyHaveByName() {
        RosterLevels levels = RosterLevels.of(Map.of("glute-bridge", 2, "bird-dog", 3, "retired-exercise", 1), null,
                content.catalogue(), en);

        assertThat(levels.summary()).isEqualTo("levels 1–3");
        assertThat(levels.exercises()).containsExactly("Bird-dog: level 3",
                "Glute bridge to single-leg bridge: level 2", "retired-exercise: level 1");
        RosterLevels none = RosterLevels.of(Map.of(), null, content.catalogue(), en);
        assertThat(none.summary()).isEqualTo("no levels yet");
        assertThat(none.exercises()).isEmpty();
    }

    @Test
    void namesAndWordsAreInTheKiosksLanguage() {
        RosterLevels levels = RosterLevels.of(Map.of("bird-dog", 3), starter, content.catalogue(), de);

        assertThat(levels.summary()).isEqualTo("Stufen 1–3");
        assertThat(levels.exercises()).contains("Vierfüßler-Diagonale (Bird-Dog): Stufe 3", "Katze–Kuh: Stufe 1");
        assertThat(RosterLevels.of(Map.of(), null, content.catalogue(), de).summary()).isEqualTo("noch keine Stufen");
    }
}
