package org.backclass.config.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.backclass.domain.exercise.Category;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseLevel;
import org.backclass.domain.exercise.LocalizedText;
import org.backclass.domain.exercise.MuscleGroup;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.programme.ProgrammeItem;
import org.backclass.domain.programme.ProgrammeTiming;
import org.backclass.domain.programme.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The content the kiosk ships in {@code kiosk-config/} loads cleanly and meets the coverage rules. */
class ShippedContentTest {

    private static Content content;

    @BeforeAll
    static void load() {
        content = ContentLoader.load(Path.of("kiosk-config"));
    }

    @Test
    void loadsWithoutProblems() {
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void catalogueCoversEveryCategoryAndMuscleGroup() {
        assertThat(content.catalogue().size()).isGreaterThanOrEqualTo(18);
        assertThat(content.catalogue().missingCategories()).isEmpty();
        assertThat(content.catalogue().missingMuscleGroups()).isEmpty();
        assertThat(content.catalogue().inCategory(Category.AEROBIC)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(content.catalogue().training(MuscleGroup.OBLIQUES)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void domainListExercisesArePresent() {
        assertThat(content.catalogue().all()).extracting(Exercise::id).contains(
                "cat-cow", "pelvic-tilt", "knee-to-chest", "lower-trunk-rotation", "seated-trunk-twist", "childs-pose",
                "hamstring-stretch", "figure-four-stretch", "hip-flexor-stretch", "prone-press-up",
                "dead-bug", "bird-dog", "glute-bridge", "side-plank", "front-plank", "prone-extension", "wall-sit",
                "sit-to-stand", "forward-lunge", "marching", "stationary-bike");
    }

    @Test
    void everyExerciseIsComplete() {
        for (Exercise e : content.catalogue().all()) {
            assertThat(e.levels()).as(e.id()).hasSizeBetween(3, 4);
            assertThat(e.cues()).as(e.id()).hasSizeBetween(3, 5);
            assertThat(e.mistakes()).as(e.id()).isNotEmpty();
            assertThat(e.cautions()).as(e.id()).isNotEmpty();
            assertThat(e.source()).as(e.id()).isNotBlank();
            assertThat(e.muscleGroups()).as(e.id()).isNotEmpty();
            for (int i = 0; i < e.levels().size(); i++) {
                assertThat(e.levels().get(i).level()).as(e.id()).isEqualTo(i + 1);
            }
        }
    }

    @Test
    void everyTextIsInEnglishAndGermanAndNotCopiedAcross() {
        for (LocalizedText text : allTexts()) {
            assertThat(text.en()).isNotBlank();
            assertThat(text.de()).isNotBlank();
            // Identical strings would mean a translation was forgotten ("Dead Bug" aside, names differ).
            if (text.en().length() > 12) {
                assertThat(text.de()).as(text.en()).isNotEqualTo(text.en());
            }
        }
    }

    @Test
    void demoNamesAreUnique() {
        List<String> demos = content.catalogue().all().stream()
                .flatMap(e -> e.levels().stream()).map(ExerciseLevel::demo).toList();
        assertThat(demos).doesNotHaveDuplicates();
    }

    @Test
    void theFourProgrammeKindsArePresentAndTheirExercisesExist() {
        assertThat(content.programmes()).extracting(Programme::id).contains(
                "strong-back-course", "mckenzie-extension-class", "mobility-walking-class", "starter-routine");
        for (Programme p : content.programmes()) {
            for (ProgrammeItem.ExerciseBlock block : p.exerciseBlocks()) {
                Exercise exercise = content.catalogue().find(block.exerciseId()).orElseThrow();
                if (block.fixedLevel() != null) {
                    assertThat(exercise.level(block.fixedLevel())).as(p.id() + "/" + exercise.id()).isPresent();
                }
            }
            assertThat(p.items()).as(p.id()).hasAtLeastOneElementOfType(ProgrammeItem.Education.class);
        }
    }

    @Test
    void strongBackCourseIsModelledOnGladBack() {
        Programme course = programme("strong-back-course");
        assertThat(course.weeks()).isEqualTo(8);
        assertThat(course.sessionsPerWeek()).isEqualTo(2);
        assertThat(course.individual()).isFalse();
        assertThat(course.exerciseIds(Section.WARM_UP)).isNotEmpty();
        assertThat(course.exerciseIds(Section.COOL_DOWN)).isNotEmpty();
        Set<String> main = course.exerciseIds(Section.MAIN);
        assertThat(main).hasSize(8);
        for (String id : main) {
            assertThat(content.catalogue().find(id).orElseThrow().levels()).as(id).hasSize(4);
        }
        assertThat(course.exerciseBlocks()).filteredOn(b -> b.section() == Section.MAIN)
                .allSatisfy(b -> assertThat(b.fixedLevel()).as("members choose their own level").isNull());
        assertThat(ProgrammeTiming.nominal(course, content.catalogue()))
                .isBetween(Duration.ofMinutes(50), Duration.ofMinutes(70));
    }

    @Test
    void starterRoutineIsAboutTwentyMinutesAndIndividual() {
        Programme starter = programme("starter-routine");
        assertThat(starter.individual()).isTrue();
        assertThat(ProgrammeTiming.nominal(starter, content.catalogue()))
                .isBetween(Duration.ofMinutes(15), Duration.ofMinutes(25));
    }

    @Test
    void mckenzieClassCentresOnExtensionAndMobilityClassOnWalking() {
        assertThat(programme("mckenzie-extension-class").exerciseIds(Section.MAIN)).contains("prone-press-up");
        assertThat(programme("mobility-walking-class").exerciseIds(Section.MAIN)).contains("indoor-walk");
    }

    @Test
    void timetableNamesKnownProgrammes() {
        assertThat(content.timetable()).isNotEmpty();
        Set<String> ids = new HashSet<>();
        content.programmes().forEach(p -> ids.add(p.id()));
        assertThat(content.timetable()).allSatisfy(slot -> assertThat(ids).contains(slot.programmeId()));
    }

    private static Programme programme(String id) {
        return content.programmes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<LocalizedText> allTexts() {
        List<LocalizedText> texts = new ArrayList<>();
        for (Exercise e : content.catalogue().all()) {
            texts.add(e.name());
            e.levels().forEach(l -> {
                texts.add(l.name());
                texts.add(l.howTo());
            });
            texts.addAll(e.cues());
            texts.addAll(e.mistakes());
            texts.addAll(e.cautions());
        }
        for (Programme p : content.programmes()) {
            texts.add(p.name());
            texts.add(p.description());
            p.items().stream().filter(ProgrammeItem.Education.class::isInstance)
                    .map(ProgrammeItem.Education.class::cast)
                    .forEach(ed -> {
                        texts.add(ed.title());
                        texts.add(ed.body());
                    });
        }
        return texts;
    }
}
