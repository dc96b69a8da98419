package org.backclass.api;

/**
 * The API server could not start; the message says why in words an installer can act on,
 * e.g. "port 8080 on 0.0.0.0 is already in use".
 */
public final class ApiStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ApiStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
