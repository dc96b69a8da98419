package org.backclass.domain.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.card.CardKey;

/**
 * Storage port for members and their cards. Each call is one unit of work; implementations
 * are safe to call from any thread and block on I/O, so never call them on the FX thread.
 */
public interface MemberStore {

    Member create(NewMember member);

    /**
     * Enrols a card for a member and records every alias of its key.
     *
     * @throws CardCollisionException when the key or any alias is already taken
     */
    Member.Card enrolCard(UUID memberId, CardKey key);

    /**
     * Marks the member with this member number as staff (their cards then open instructor mode
     * instead of checking them in) or not.
     *
     * @return the member, or empty when no member has that number
     */
    Optional<Member> setStaff(String memberNumber, boolean staff);

    /**
     * Changes a member's name, member number and email (not the staff flag, not the cards).
     *
     * @return the member as changed, or empty when there is no such member
     */
    Optional<Member> update(UUID memberId, NewMember details);

    /** Revokes a card; it stops matching at once. Returns false if there was no such card. */
    boolean revokeCard(UUID cardId);

    /** All members (not erased) with all their cards, ordered by last then first name. */
    List<Member> listWithCards();

    /**
     * Members (without their cards) whose first or last name starts with every word of
     * {@code query}, ignoring case, or whose member number is {@code query}; ordered by name,
     * at most {@code limit}. A blank query finds nobody.
     */
    List<Member> search(String query, int limit);

    /** The valid (not revoked) card any of these lookup keys belongs to, with its holder. */
    Optional<CardOwner> findCard(List<String> lookupKeys);

    /** A valid card and who holds it. */
    record CardOwner(UUID cardId, String key, UUID memberId, MemberName name) {
    }

    int count();
}
