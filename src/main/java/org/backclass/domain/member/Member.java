package org.backclass.domain.member;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A gym member as staff see it, with the cards enrolled for them. */
public record Member(UUID id, MemberName name, String memberNumber, String email, Instant createdAt,
        List<Card> cards) {

    public Member {
        cards = List.copyOf(cards);
    }

    /** A card or fob enrolled for a member; {@code revokedAt} is null while it is valid. */
    public record Card(UUID id, String key, Instant enrolledAt, Instant revokedAt) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }
}
