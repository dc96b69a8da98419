package org.backclass.api;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.checkin.CardCaptureRequests;
import org.backclass.domain.checkin.CardCaptureRequests.State;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * "Tap the card on the kiosk now": {@code POST /api/v1/cards/capture} takes the kiosk's next card
 * read for a minute (202, or 409 while the kiosk already waits for a card), and
 * {@code GET /api/v1/cards/capture/{captureId}} tells whether it came: {@code waiting},
 * {@code captured} with the card's {@code uid} (hex, ready for {@code POST .../cards}),
 * {@code unreadable} (the reader gives only part of the number), {@code expired} or
 * {@code cancelled} (a screen on the kiosk took the reader). The tapped card checks nobody in.
 */
final class CardCaptureHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/cards/capture";
    static final String STATE_PATH = PATH + "/{captureId}";

    record Started(UUID captureId, Instant expiresAt) {
    }

    record CaptureState(UUID captureId, String state, Instant expiresAt, String uid, String key) {
    }

    private final CardCaptureRequests captures;
    private final boolean start;

    /** @param start true: {@code POST} starts a capture; false: {@code GET} reads one */
    CardCaptureHandler(CardCaptureRequests captures, boolean start) {
        this.captures = captures;
        this.start = start;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        if (start) {
            RequestBodies.requireNoBody(request);
            CardCaptureRequests.Started started = captures.start().orElseThrow(() -> ApiProblem.of(
                    HttpStatus.CONFLICT_409, "the kiosk is already waiting for a card (on its own screen or for"
                            + " another request); try again in a minute"));
            response.getHeaders().put(HttpHeader.LOCATION, PATH + "/" + started.id());
            Json.send(response, callback, HttpStatus.ACCEPTED_202, new Started(started.id(), started.expiresAt()));
            return;
        }
        UUID id = Uuids.parse(PathTemplate.parameter(request, "captureId"), "the capture id (from the POST's answer)");
        State state = captures.state(id).orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND_404,
                "no card capture " + id + " on this kiosk (it may have restarted); start a new one"));
        Json.send(response, callback, HttpStatus.OK_200, switch (state) {
            case State.Waiting w -> new CaptureState(id, "waiting", w.expiresAt(), null, null);
            case State.Captured c -> new CaptureState(id, "captured", null,
                    HexFormat.of().withUpperCase().formatHex(c.key().bytes()), c.key().value());
            case State.Unreadable u -> new CaptureState(id, "unreadable", null, null, null);
            case State.Expired e -> new CaptureState(id, "expired", null, null, null);
            case State.Cancelled c -> new CaptureState(id, "cancelled", null, null, null);
        });
    }
}
