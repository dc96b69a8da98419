package org.backclass.api;

import org.backclass.domain.StorageException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base of the resource handlers. Declared {@code BLOCKING}, so Jetty calls {@link #serve} on a
 * worker thread where database calls are allowed. A handler answers errors by throwing
 * {@link ApiProblem}; a storage failure becomes a 503 (try again later); anything else it
 * throws becomes a logged 500 without details.
 */
abstract class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    ApiHandler() {
        super(InvocationType.BLOCKING);
    }

    @Override
    public final boolean handle(Request request, Response response, Callback callback) {
        try {
            serve(request, response, callback);
        } catch (ApiProblem problem) {
            Problems.send(request, response, callback, problem);
        } catch (StorageException e) {
            Problems.send(request, response, callback,
                    ApiProblem.unavailable("the kiosk's database is not available right now; try again shortly"));
            LOG.error("{} {}: storage failed", request.getMethod(), request.getHttpURI().getPath(), e);
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
