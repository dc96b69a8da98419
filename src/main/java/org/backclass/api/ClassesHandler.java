package org.backclass.api;

import java.util.List;
import java.util.Set;
import org.backclass.domain.timetable.ClassTypeTimetable;
import org.backclass.domain.timetable.TimetableStore;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/v1/classes}: the weekly timetable — each class type with the slots it runs in.
 * Nothing personal in it, so a viewer may read it.
 */
final class ClassesHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/classes";

    record Timetable(List<ClassTypeTimetable> items) {
    }

    private final TimetableStore timetable;

    ClassesHandler(TimetableStore timetable) {
        this.timetable = timetable;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        // No parameters, but a typo such as ?day= still gets a 400 rather than being ignored.
        QueryParams.of(request, Set.of());
        Json.send(response, callback, HttpStatus.OK_200, new Timetable(timetable.weeklyTimetable()));
    }
}
