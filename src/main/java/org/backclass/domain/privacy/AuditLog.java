package org.backclass.domain.privacy;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Storage port for the audit log of admin actions. Local to one kiosk. Blocking; implementations
 * are thread-safe.
 */
public interface AuditLog {

    /** Appends an entry. */
    void record(AuditEntry entry);

    /**
     * Entries with {@code from <= at < to}, newest first, at most {@code limit}; with a cursor
     * (the {@link AuditEntry#seq} of the last entry of the previous page) only older ones.
     */
    List<AuditEntry> page(Instant from, Instant to, int limit, OptionalLong before);
}
