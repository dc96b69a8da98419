package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.member.CardCollisionException;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.MemberStore;
import org.backclass.domain.member.NewMember;

/** {@link MemberStore} on SQLite. */
public final class JdbcMemberStore implements MemberStore {

    private static final String REVOKE_CARD = """
            UPDATE card SET revoked_at = ?, modified_at = ?, kiosk_id = ? WHERE id = ? AND revoked_at IS NULL""";
    private static final String REMOVE_ALIASES = "DELETE FROM card_alias WHERE card_id = ?";
    private static final String FIND_CARD = """
            SELECT c.id AS card_id, c.card_key, m.id AS member_id, m.first_name, m.last_name
            FROM card_alias a
            JOIN card c ON c.id = a.card_id AND c.deleted = 0 AND c.revoked_at IS NULL
            JOIN member m ON m.id = c.member_id AND m.deleted = 0
            WHERE a.alias = ?""";
    private static final String LIST = """
            SELECT m.id, m.first_name, m.last_name, m.member_number, m.email, m.staff, m.created_at,
                   c.id AS card_id, c.card_key, c.enrolled_at, c.revoked_at
            FROM member m LEFT JOIN card c ON c.member_id = m.id AND c.deleted = 0
            WHERE m.deleted = 0
            ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE, m.id, c.enrolled_at""";

    private final Database db;
    private final Clock clock;

    public JdbcMemberStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Member create(NewMember m) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        db.write(c -> {
            MemberRows.insert(c, db.kioskId(), id, m, now);
            return null;
        });
        return new Member(id, m.name(), m.memberNumber(), m.email(), m.staff(), now, List.of());
    }

    @Override
    public Member.Card enrolCard(UUID memberId, CardKey key) {
        Instant now = clock.instant();
        return db.write(c -> {
            if (!MemberRows.exists(c, memberId)) {
                throw new IllegalArgumentException("no member " + memberId);
            }
            MemberRows.collision(c, key, null).ifPresent(reason -> {
                throw new CardCollisionException(reason);
            });
            return MemberRows.insertCard(c, db.kioskId(), memberId, key, now);
        });
    }

    @Override
    public boolean revokeCard(UUID cardId) {
        long now = clock.millis();
        return db.write(c -> {
            int changed;
            try (PreparedStatement st = c.prepareStatement(REVOKE_CARD)) {
                st.setLong(1, now);
                st.setLong(2, now);
                st.setString(3, db.kioskId());
                st.setString(4, cardId.toString());
                changed = st.executeUpdate();
            }
            // A revoked card's readings may be enrolled again for someone else.
            try (PreparedStatement st = c.prepareStatement(REMOVE_ALIASES)) {
                st.setString(1, cardId.toString());
                st.executeUpdate();
            }
            return changed > 0;
        });
    }

    @Override
    public List<Member> listWithCards() {
        return db.read(c -> {
            Map<UUID, Member> members = new LinkedHashMap<>();
            Map<UUID, List<Member.Card>> cards = new LinkedHashMap<>();
            try (PreparedStatement st = c.prepareStatement(LIST); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    UUID id = Rows.uuid(rs, "id");
                    members.computeIfAbsent(id, k -> MemberRows.member(rs, k));
                    List<Member.Card> list = cards.computeIfAbsent(id, k -> new ArrayList<>());
                    UUID cardId = Rows.uuid(rs, "card_id");
                    if (cardId != null) {
                        list.add(new Member.Card(cardId, rs.getString("card_key"), Rows.instant(rs, "enrolled_at"),
                                Rows.instant(rs, "revoked_at")));
                    }
                }
            }
            List<Member> out = new ArrayList<>(members.size());
            members.forEach((id, m) -> out.add(new Member(m.id(), m.name(), m.memberNumber(), m.email(),
                    m.staff(), m.createdAt(), cards.get(id))));
            return out;
        });
    }

    @Override
    public Optional<Member> update(UUID memberId, NewMember d) {
        Instant now = clock.instant();
        boolean changed = db.write(c -> MemberRows.update(c, db.kioskId(), memberId, d, now));
        return changed ? listWithCards().stream().filter(m -> m.id().equals(memberId)).findFirst() : Optional.empty();
    }

    @Override
    public Optional<Member> setStaff(String memberNumber, boolean staff) {
        long now = clock.millis();
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    UPDATE member SET staff = ?, modified_at = ?, kiosk_id = ?
                    WHERE member_number = ? AND deleted = 0""")) {
                st.setInt(1, staff ? 1 : 0);
                st.setLong(2, now);
                st.setString(3, db.kioskId());
                st.setString(4, memberNumber);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT id, first_name, last_name, member_number, email, staff, created_at FROM member
                    WHERE member_number = ? AND deleted = 0""")) {
                st.setString(1, memberNumber);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(MemberRows.member(rs, Rows.uuid(rs, "id"))) : Optional.<Member>empty();
                }
            }
        });
    }

    @Override
    public List<Member> search(String query, int limit) {
        List<String> words = java.util.Arrays.stream(query == null ? new String[0] : query.strip().split("\\s+"))
                .filter(w -> !w.isBlank()).limit(4).toList();
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT m.id, m.first_name, m.last_name, m.member_number, m.email,"
                + " m.staff, m.created_at FROM member m WHERE m.deleted = 0 AND ((1 = 1");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND (m.first_name LIKE ? ESCAPE '\\' OR m.last_name LIKE ? ESCAPE '\\')");
        }
        sql.append(") OR m.member_number = ?) ORDER BY m.last_name COLLATE NOCASE, m.first_name COLLATE NOCASE,"
                + " m.id LIMIT ?");
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (String w : words) {
                    String prefix = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    st.setString(i++, prefix);
                    st.setString(i++, prefix);
                }
                st.setString(i++, query.strip());
                st.setInt(i, limit);
                List<Member> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(MemberRows.member(rs, Rows.uuid(rs, "id")));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<CardOwner> findCard(List<String> lookupKeys) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(FIND_CARD)) {
                for (String key : lookupKeys) {
                    st.setString(1, key);
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            return Optional.of(new CardOwner(Rows.uuid(rs, "card_id"), rs.getString("card_key"),
                                    Rows.uuid(rs, "member_id"),
                                    new MemberName(rs.getString("first_name"), rs.getString("last_name"))));
                        }
                    }
                }
                return Optional.<CardOwner>empty();
            }
        });
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM member WHERE deleted = 0");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
