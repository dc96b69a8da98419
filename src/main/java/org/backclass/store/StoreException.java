package org.backclass.store;

import org.backclass.domain.StorageException;

/** SQLite storage failed; the message is fit for a log line. */
public final class StoreException extends StorageException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
