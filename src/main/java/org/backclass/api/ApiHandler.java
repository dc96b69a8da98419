package org.backclass.api;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Base of the resource handlers. Declared {@code BLOCKING}, so Jetty calls {@link #serve} on a
 * worker thread where database calls are allowed. A handler answers errors by throwing
 * {@link ApiProblem}; anything else it throws becomes a logged 500 without details.
 */
abstract class ApiHandler extends Handler.Abstract {

    ApiHandler() {
        super(InvocationType.BLOCKING);
    }

    @Override
    public final boolean handle(Request request, Response response, Callback callback) {
        try {
            serve(request, response, callback);
        } catch (ApiProblem problem) {
            Problems.send(request, response, callback, problem);
        } catch (Exception e) {
            Problems.sendInternalError(request, response, callback, e);
        }
        return true;
    }

    /**
     * Answers the request and completes {@code callback}, or throws without having completed it.
     */
    protected abstract void serve(Request request, Response response, Callback callback) throws Exception;
}
