package org.backclass.domain.member.imports;

import java.util.List;

/**
 * Storage port for a member import: all rows in one transaction or none. Safe to call from any
 * thread; blocks on I/O, so never on the FX thread.
 */
public interface MemberImport {

    /**
     * Creates the members whose member number is new, changes name and email of those already
     * stored (never their staff flag or cards) and enrols the rows' cards.
     *
     * @throws ImportRejected changing nothing, when a card belongs to someone else
     */
    ImportResult apply(List<ImportRow> rows);
}
