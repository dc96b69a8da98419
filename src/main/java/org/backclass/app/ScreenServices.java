package org.backclass.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.backclass.config.KioskConfig;
import org.backclass.config.content.Content;
import org.backclass.domain.checkin.CardCapture;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.member.MemberStore;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.progress.progression.ProgressionEngine;
import org.backclass.domain.progress.review.ProposalService;
import org.backclass.domain.progress.outcome.OutcomeSchedule;
import org.backclass.domain.progress.outcome.OutcomeService;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.domain.redflag.RedFlagService;
import org.backclass.domain.staff.PinUnlock;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.store.Database;
import org.backclass.store.JdbcAdherenceQueries;
import org.backclass.store.JdbcClassFeedbackStore;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcMyProgressQueries;
import org.backclass.store.JdbcLevelDecisions;
import org.backclass.store.JdbcSessionReviewQueries;
import org.backclass.store.JdbcOutcomeStore;
import org.backclass.ui.feedback.AfterClass;
import org.backclass.store.JdbcRedFlagStore;
import org.backclass.store.JdbcRosterQueries;
import org.backclass.ui.DemoTaps;
import org.backclass.ui.UiServices;
import org.backclass.ui.instructor.Enrolment;
import org.backclass.ui.instructor.InstructorServices;
import org.backclass.ui.instructor.ProgressServices;
import org.backclass.ui.mine.MyProgressServices;

/** Part of the composition root: the services the screens get. */
final class ScreenServices {

    private ScreenServices() {
    }

    static UiServices of(KioskConfig config, Clock clock, Database database, Content content, CardCapture capture,
            MemberStore members, TimetableStore timetable, PainReportService painReports, Executor workers,
            DemoTaps demoKeys, KioskEvents events, Lifecycle lifecycle, Supplier<List<ReaderStatus>> readers) {
        JdbcRedFlagStore redFlags = new JdbcRedFlagStore(database, clock);
        JdbcClassResults classResults = new JdbcClassResults(database);
        ExerciseCatalogue catalogue = content == null ? ExerciseCatalogue.empty() : content.catalogue();
        List<Programme> programmes = content == null ? List.of() : content.programmes();
        InstructorServices instructor = new InstructorServices(new PinUnlock(config.instructorPin(), clock::instant),
                new JdbcRosterQueries(database), classResults, catalogue, programmes,
                config.mediaDir() == null ? Path.of("media") : config.mediaDir(), System::nanoTime,
                CountdownSound.of(config.sound(), lifecycle), new Enrolment(capture, members),
                new ProgressServices(new JdbcAdherenceQueries(database, config.progress().plan()), redFlags,
                        new AfterClass(capture, members, new JdbcConsentStore(database, clock),
                                new JdbcClassFeedbackStore(database, clock)), config.progress().rules(),
                        proposals(config, clock, database, catalogue, programmes)));
        MyProgressServices myProgress = new MyProgressServices(new JdbcMyProgressQueries(database, classResults,
                config.progress().plan().courseWeeks(), clock.getZone()), catalogue, config.progress().mic());
        return new UiServices(clock, timetable, painReports, workers, demoKeys, instructor, readers,
                new RedFlagService(redFlags, events), outcomes(config, clock, database), myProgress);
    }

    /** The progress check at tap-in, or null when the site turned it off. */
    private static OutcomeService outcomes(KioskConfig config, Clock clock, Database database) {
        KioskConfig.Outcomes outcomes = config.progress().outcomes();
        if (!outcomes.asked()) {
            return null;
        }
        return new OutcomeService(new JdbcOutcomeStore(database, clock),
                new OutcomeSchedule(config.progress().plan().courseWeeks(), outcomes.windows()), clock);
    }

    /** Progression proposals after a class with the site's rules, and the instructor's decisions on them. */
    private static ProposalService proposals(KioskConfig config, Clock clock, Database database,
            ExerciseCatalogue catalogue, List<Programme> programmes) {
        return new ProposalService(new JdbcSessionReviewQueries(database), new JdbcLevelDecisions(database),
                catalogue, id -> programmes.stream().filter(p -> p.id().equals(id)).findFirst(),
                new ProgressionEngine(config.progress().rules()), clock);
    }
}
