package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.MemberProgress;
import org.backclass.domain.progress.adherence.AdherencePlan;
import org.backclass.domain.redflag.RedFlagResolved;
import org.backclass.domain.redflag.RedFlagService;
import org.backclass.domain.staff.ActedBy;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clearing red flags in a real SQLite file, and the check history the progress reads. */
class JdbcRedFlagStoreTest {

    private static final Instant START = Instant.parse("2026-11-24T17:00:00Z");

    @TempDir
    Path dir;
    private TestGym gym;
    private JdbcRedFlagStore store;
    private Member anna;

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, START);
        store = gym.redFlags;
        // Anna consented and answered "none" at START (TestGym does that for every member)
        anna = gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        gym.clock.advance(Duration.ofMinutes(1));
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    private List<MemberProgress.RedFlagCheck> checks() {
        return gym.db.read(c -> JdbcRedFlagStore.checks(c, anna.id()));
    }

    private int changeLogRows() {
        return gym.db.read(c -> {
            try (var rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM change_log WHERE table_name = 'red_flag_answer'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void resolvingClearsEveryOpenYesWithTheMomentAndWhoAndLogsItForPeers() {
        gym.clock.advance(Duration.ofDays(1));
        store.record(anna.id(), null, true);
        gym.clock.advance(Duration.ofDays(1));
        store.record(anna.id(), null, true);
        assertThat(store.openFor(List.of(anna.id()))).containsExactly(anna.id());
        int logged = changeLogRows();
        UUID eva = UUID.randomUUID();

        gym.clock.advance(Duration.ofMinutes(10));
        Instant now = gym.clock.instant();
        assertThat(store.resolve(anna.id(), ActedBy.staffCard(eva))).contains(now);

        assertThat(store.openFor(List.of(anna.id()))).isEmpty();
        assertThat(checks()).extracting(MemberProgress.RedFlagCheck::anyYes).containsExactly(false, true, true);
        assertThat(checks().get(0).resolvedAt()).as("a no has nothing to resolve").isNull();
        assertThat(checks().subList(1, 3)).allSatisfy(check -> {
            assertThat(check.resolvedAt()).isEqualTo(now);
            assertThat(check.resolvedBy()).isEqualTo(ActedBy.staffCard(eva));
            assertThat(check.resolvedBy().stored()).isEqualTo(eva.toString());
        });
        assertThat(changeLogRows()).as("each resolved row is logged for sync").isEqualTo(logged + 2);
    }

    @Test
    void resolvingTwiceChangesNothingTheSecondTime() {
        store.record(anna.id(), null, true);
        Instant first = gym.clock.instant();
        assertThat(store.resolve(anna.id(), ActedBy.PIN)).contains(first);
        int logged = changeLogRows();

        gym.clock.advance(Duration.ofMinutes(5));
        assertThat(store.resolve(anna.id(), ActedBy.API)).isEmpty();

        assertThat(checks().getLast().resolvedAt()).isEqualTo(first);
        assertThat(checks().getLast().resolvedBy()).isEqualTo(ActedBy.PIN);
        assertThat(changeLogRows()).isEqualTo(logged);
    }

    @Test
    void nothingIsOpenWhenTheNewestCheckIsANoOrTheMemberIsUnknown() {
        store.record(anna.id(), null, true);
        gym.clock.advance(Duration.ofDays(1));
        store.record(anna.id(), null, false);

        assertThat(store.resolve(anna.id(), ActedBy.PIN)).isEmpty();
        assertThat(checks().get(1).resolvedAt()).as("the older yes is left as it was").isNull();
        assertThat(store.resolve(UUID.randomUUID(), ActedBy.PIN)).isEmpty();
    }

    @Test
    void aNewYesAfterAResolutionIsOpenAgain() {
        store.record(anna.id(), null, true);
        store.resolve(anna.id(), ActedBy.PIN);
        gym.clock.advance(Duration.ofDays(14));

        store.record(anna.id(), null, true);

        assertThat(store.openFor(List.of(anna.id()))).containsExactly(anna.id());
    }

    @Test
    void aFlagStaysClearableAfterConsentIsWithdrawn() {
        store.record(anna.id(), null, true);
        gym.consent.record(anna.id(), false, HealthConsent.RecordedBy.MEMBER);

        assertThat(store.resolve(anna.id(), ActedBy.PIN)).isPresent();
        assertThat(store.openFor(Set.of(anna.id()))).isEmpty();
    }

    @Test
    void theServicePublishesTheResolutionOnlyWhenSomethingWasOpen() {
        List<KioskEvent> events = new ArrayList<>();
        gym.events.subscribe(events::add);
        RedFlagService service = new RedFlagService(store, gym.events);
        store.record(anna.id(), null, true);

        assertThat(service.resolve(anna.id(), ActedBy.PIN)).isPresent();
        assertThat(service.resolve(anna.id(), ActedBy.PIN)).isEmpty();

        assertThat(events).containsExactly(new RedFlagResolved(anna.id(), gym.clock.instant(), ActedBy.PIN));
    }

    @Test
    void progressShowsChecksAndAfterClassAnswersOnlyWithConsent() {
        JdbcProgressQueries progress = new JdbcProgressQueries(gym.db, AdherencePlan.defaults());
        UUID session = gym.classAt("Back Stability", START.plus(Duration.ofHours(1)));
        JdbcClassFeedbackStore feedback = new JdbcClassFeedbackStore(gym.db, gym.clock);
        store.record(anna.id(), null, true);
        gym.clock.advance(Duration.ofHours(2));
        feedback.record(anna.id(), session, 3, 6);
        gym.clock.advance(Duration.ofDays(1));
        feedback.record(anna.id(), null, 2, 4);
        LocalDate today = LocalDate.ofInstant(gym.clock.instant(), TestGym.ZONE);

        MemberProgress shown = progress.forMember(anna.id(), today).orElseThrow();
        assertThat(shown.afterClass()).containsExactly(
                new MemberProgress.AfterClassAnswer(START.plus(Duration.ofMinutes(121)), session, 3, 6),
                new MemberProgress.AfterClassAnswer(START.plus(Duration.ofMinutes(121)).plus(Duration.ofDays(1)),
                        null, 2, 4));
        assertThat(shown.afterClass().get(1).routine()).isTrue();
        assertThat(shown.redFlagChecks()).extracting(MemberProgress.RedFlagCheck::anyYes).containsExactly(false, true);

        gym.consent.record(anna.id(), false, HealthConsent.RecordedBy.MEMBER);
        MemberProgress withheld = progress.forMember(anna.id(), today).orElseThrow();
        assertThat(withheld.healthDataWithheld()).isTrue();
        assertThat(withheld.afterClass()).isEmpty();
        assertThat(withheld.redFlagChecks()).isEmpty();
    }
}
