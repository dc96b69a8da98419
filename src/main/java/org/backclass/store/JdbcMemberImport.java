package org.backclass.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.NewMember;
import org.backclass.domain.member.imports.ImportError;
import org.backclass.domain.member.imports.ImportRejected;
import org.backclass.domain.member.imports.ImportResult;
import org.backclass.domain.member.imports.ImportRow;
import org.backclass.domain.member.imports.MemberImport;

/**
 * {@link MemberImport} on SQLite: the whole file in one write transaction, rolled back when any
 * row's card belongs to someone else, so a file with errors changes nothing.
 */
public final class JdbcMemberImport implements MemberImport {

    private final Database db;
    private final Clock clock;

    public JdbcMemberImport(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ImportResult apply(List<ImportRow> rows) {
        Instant now = clock.instant();
        return db.write(c -> {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int cards = 0;
            List<ImportError> errors = new ArrayList<>();
            for (ImportRow row : rows) {
                Optional<Member> stored = MemberRows.byNumber(c, row.memberNumber());
                UUID id = stored.map(Member::id).orElseGet(UUID::randomUUID);
                if (stored.isEmpty()) {
                    MemberRows.insert(c, db.kioskId(), id, new NewMember(row.name(), row.memberNumber(), row.email()),
                            now);
                    created++;
                } else if (changes(stored.get(), row)) {
                    Member m = stored.get();
                    MemberRows.update(c, db.kioskId(), id, new NewMember(row.name(), m.memberNumber(),
                            row.email() == null ? m.email() : row.email(), m.staff()), now);
                    updated++;
                } else {
                    unchanged++;
                }
                if (row.card().isPresent() && enrol(c, id, row, errors, now)) {
                    cards++;
                }
            }
            if (!errors.isEmpty()) {
                throw new ImportRejected(errors);
            }
            return new ImportResult(created, updated, unchanged, cards);
        });
    }

    private static boolean changes(Member stored, ImportRow row) {
        return !stored.name().equals(row.name()) || (row.email() != null && !row.email().equals(stored.email()));
    }

    /** @return true when the card was enrolled now, false when it was theirs already or taken */
    private boolean enrol(Connection c, UUID memberId, ImportRow row, List<ImportError> errors, Instant now)
            throws SQLException {
        CardKey key = row.card().orElseThrow();
        Optional<String> taken = MemberRows.collision(c, key, memberId);
        if (taken.isPresent()) {
            errors.add(new ImportError(row.line(), row.cardField(), taken.get()));
            return false;
        }
        if (MemberRows.holds(c, key, memberId)) {
            return false;
        }
        MemberRows.insertCard(c, db.kioskId(), memberId, key, now);
        return true;
    }
}
