package org.backclass.domain.member;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A gym member as staff see it, with the cards enrolled for them; {@code staff} members' cards
 * unlock instructor mode instead of checking them in.
 */
public record Member(UUID id, MemberName name, String memberNumber, String email, boolean staff, Instant createdAt,
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
