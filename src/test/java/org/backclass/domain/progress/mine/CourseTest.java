package org.backclass.domain.progress.mine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The member's current course: from their first visit, a number of weeks; after it, a new one. */
class CourseTest {

    private static final LocalDate MAR_3 = LocalDate.of(2025, 3, 3);

    @Test
    void theCourseStartsWithTheFirstVisitAndLastsItsWeeks() {
        Course course = Course.current(List.of(MAR_3.plusDays(3), MAR_3, MAR_3.plusDays(7)), MAR_3.plusDays(10), 8);

        assertThat(course.start()).isEqualTo(MAR_3);
        assertThat(course.end()).isEqualTo(MAR_3.plusWeeks(8));
        assertThat(course.contains(MAR_3.plusWeeks(8).minusDays(1))).isTrue();
        assertThat(course.contains(MAR_3.plusWeeks(8))).isFalse();
        assertThat(course.contains(MAR_3.minusDays(1))).isFalse();
    }

    @Test
    void aVisitAfterTheCourseEndedStartsTheNextOne() {
        LocalDate comeback = MAR_3.plusWeeks(8).plusDays(10);
        List<LocalDate> visits = List.of(MAR_3, MAR_3.plusWeeks(7), comeback, comeback.plusDays(3));

        assertThat(Course.current(visits, comeback.plusDays(5), 8).start()).isEqualTo(comeback);
        // a third course, counted from the second course's start, not from the first
        LocalDate third = comeback.plusWeeks(8);
        assertThat(Course.current(List.of(MAR_3, comeback, third), third, 8).start()).isEqualTo(third);
    }

    @Test
    void whileNoVisitFollowsTheEndedCourseItStaysTheCurrentOne() {
        LocalDate today = MAR_3.plusWeeks(12);

        assertThat(Course.current(List.of(MAR_3, MAR_3.plusDays(4)), today, 8).start()).isEqualTo(MAR_3);
    }

    @Test
    void visitsAfterTodayAreIgnoredAndWithoutVisitsTheCourseStartsToday() {
        assertThat(Course.current(List.of(MAR_3.plusDays(2)), MAR_3, 8).start()).isEqualTo(MAR_3);
        assertThat(Course.current(List.of(), MAR_3, 8)).isEqualTo(new Course(MAR_3, 8));
        assertThatThrownBy(() -> new Course(MAR_3, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
