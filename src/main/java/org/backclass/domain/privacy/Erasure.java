package org.backclass.domain.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's erasure: when it happened. {@code repeated} is true when the member had been erased
 * before and this call changed nothing.
 */
public record Erasure(UUID memberId, Instant erasedAt, boolean repeated) {
}
