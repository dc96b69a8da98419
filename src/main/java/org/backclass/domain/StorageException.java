package org.backclass.domain;

/**
 * A storage port could not do its work (file missing, disk full, database closed). Callers
 * above the store can tell "try again later" from a bug without knowing the store.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
