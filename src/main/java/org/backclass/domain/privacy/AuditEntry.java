package org.backclass.domain.privacy;

import java.time.Instant;
import java.util.Objects;

/**
 * One admin action: when, who (the API token's label, or {@code cli}), what and on what. The
 * detail never carries a member's name or health data.
 *
 * @param seq the store's ordering key (0 for an entry not yet stored)
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String target, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        detail = detail == null ? "" : detail;
    }

    public static AuditEntry of(Instant at, String actor, String action, String target, String detail) {
        return new AuditEntry(0, at, actor, action, target, detail);
    }
}
