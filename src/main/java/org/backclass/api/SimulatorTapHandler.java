package org.backclass.api;

import java.util.Set;
import java.time.Instant;
import java.util.UUID;
import org.backclass.domain.card.InvalidCardReadException;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.CheckInUnavailableException;
import org.backclass.domain.reader.SimulatedTaps;
import org.backclass.domain.timetable.ClassSession;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/simulator/taps}: presents a card to the simulated reader, which runs the
 * real check-in on this worker thread, and answers with the outcome. Only registered when the
 * kiosk runs with a simulator.
 */
final class SimulatorTapHandler extends ApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorTapHandler.class);

    record TapResult(String outcome, UUID attendanceId, MemberRef member, SessionRef classSession) {
    }

    record MemberRef(UUID id, String shortName) {
    }

    record SessionRef(UUID id, String className, Instant startsAt) {
        static SessionRef of(ClassSession s) {
            return s == null ? null : new SessionRef(s.id(), s.className(), s.startsAt());
        }
    }

    private final SimulatedTaps simulator;
    private final long maxBodyBytes;

    SimulatorTapHandler(SimulatedTaps simulator, long maxBodyBytes) {
        this.simulator = simulator;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        CheckInOutcome outcome;
        try {
            TapRequest tap = TapRequest.from(RequestBodies.readJson(request, maxBodyBytes));
            outcome = simulator.tap(tap.raw(), tap.format());
        } catch (InvalidCardReadException e) {
            throw ApiProblem.badRequest(e.getMessage());
        } catch (CheckInUnavailableException e) {
            // CheckInService has logged the cause; the member-facing answer is "try again".
            throw ApiProblem.unavailable("the check-in could not be recorded; nothing was saved, try again");
        } catch (IllegalStateException e) {
            LOG.warn("Simulated tap refused: {}", e.getMessage());
            throw ApiProblem.unavailable("the simulated reader is not running");
        }
        Json.send(response, callback, HttpStatus.OK_200, result(outcome));
    }

    static TapResult result(CheckInOutcome outcome) {
        return switch (outcome) {
            case CheckInOutcome.CheckedIn c -> new TapResult(c.code(), c.attendance().id(),
                    new MemberRef(c.attendance().memberId(), c.shortName()), SessionRef.of(c.session()));
            case CheckInOutcome.AlreadyCheckedIn a -> new TapResult(a.code(), a.attendanceId(),
                    new MemberRef(a.memberId(), a.shortName()), SessionRef.of(a.session()));
            case CheckInOutcome.UnknownCard u -> new TapResult(u.code(), null, null, null);
            case CheckInOutcome.StaffCard st -> new TapResult(st.code(), null, new MemberRef(st.memberId(),
                    st.shortName()), null);
            case CheckInOutcome.Ignored i -> new TapResult(i.code(), null, null, null);
            case CheckInOutcome.CapturedForEnrolment c -> new TapResult(c.code(), null, null, null);
        };
    }
}
