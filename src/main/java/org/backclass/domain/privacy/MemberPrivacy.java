package org.backclass.domain.privacy;

import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

/**
 * The member's rights over their data (GDPR Art. 15, 17, 20): everything stored about them, and
 * erasure. Blocking; implementations are thread-safe.
 */
public interface MemberPrivacy {

    /**
     * Everything stored about a member who is not erased: {@code member}, then one list of rows per
     * kind of record (cards, attendance, pain reports, ...), each row as column name to value.
     */
    Optional<LinkedHashMap<String, Object>> export(UUID memberId);

    /**
     * Erases the member in one transaction: name, number, email and cards go, every health and
     * training row is deleted, attendance rows stay (detached from card and name) so counts per day
     * hold, and a tombstone tells peer kiosks to erase too. The audit entry is written in the same
     * transaction. Erasing again returns the first erasure with {@code repeated} set.
     *
     * @return empty for an id that never was a member
     */
    Optional<Erasure> erase(UUID memberId, AuditEntry audit);
}
