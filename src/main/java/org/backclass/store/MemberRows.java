package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.NewMember;

/**
 * The member and card rows one write transaction changes, shared by the member store (one
 * change per transaction) and the CSV import (a whole file in one). Every method runs on the
 * caller's connection and transaction.
 */
final class MemberRows {

    private static final String INSERT_MEMBER = """
            INSERT INTO member (id, kiosk_id, modified_at, first_name, last_name, member_number, email, staff,
                                created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE_MEMBER = """
            UPDATE member SET first_name = ?, last_name = ?, member_number = ?, email = ?, modified_at = ?,
            kiosk_id = ? WHERE id = ? AND deleted = 0""";
    private static final String MEMBER_EXISTS = "SELECT 1 FROM member WHERE id = ? AND deleted = 0";
    private static final String BY_NUMBER = """
            SELECT id, first_name, last_name, member_number, email, staff, created_at FROM member
            WHERE member_number = ? AND deleted = 0""";
    private static final String ALIAS_OWNER = """
            SELECT m.id, m.first_name, m.last_name FROM card_alias a
            JOIN card c ON c.id = a.card_id JOIN member m ON m.id = c.member_id
            WHERE a.alias = ?""";
    private static final String INSERT_CARD = """
            INSERT INTO card (id, kiosk_id, modified_at, member_id, card_key, enrolled_at) VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ALIAS = "INSERT INTO card_alias (alias, card_id) VALUES (?, ?)";

    /** Who holds a card reading already. */
    record AliasOwner(UUID memberId, String shortName) {
    }

    private MemberRows() {
    }

    static void insert(Connection c, String kioskId, UUID id, NewMember m, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT_MEMBER)) {
            st.setString(1, id.toString());
            st.setString(2, kioskId);
            st.setLong(3, now.toEpochMilli());
            st.setString(4, m.name().firstName());
            st.setString(5, m.name().lastName());
            st.setString(6, m.memberNumber());
            st.setString(7, m.email());
            st.setInt(8, m.staff() ? 1 : 0);
            st.setLong(9, now.toEpochMilli());
            st.executeUpdate();
        }
    }

    /** @return false when there is no such member */
    static boolean update(Connection c, String kioskId, UUID id, NewMember d, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(UPDATE_MEMBER)) {
            st.setString(1, d.name().firstName());
            st.setString(2, d.name().lastName());
            st.setString(3, d.memberNumber());
            st.setString(4, d.email());
            st.setLong(5, now.toEpochMilli());
            st.setString(6, kioskId);
            st.setString(7, id.toString());
            return st.executeUpdate() > 0;
        }
    }

    static boolean exists(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(MEMBER_EXISTS)) {
            st.setString(1, memberId.toString());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The member (without cards) who has this member number. */
    static Optional<Member> byNumber(Connection c, String memberNumber) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(BY_NUMBER)) {
            st.setString(1, memberNumber);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(member(rs, Rows.uuid(rs, "id"))) : Optional.empty();
            }
        }
    }

    static Member member(ResultSet rs, UUID id) {
        return Rows.unchecked(() -> new Member(id,
                new MemberName(rs.getString("first_name"), rs.getString("last_name")),
                rs.getString("member_number"), rs.getString("email"), rs.getInt("staff") == 1,
                Rows.instant(rs, "created_at"), List.of()));
    }

    static Optional<AliasOwner> aliasOwner(Connection c, String alias) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(ALIAS_OWNER)) {
            st.setString(1, alias);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new AliasOwner(Rows.uuid(rs, "id"),
                        new MemberName(rs.getString("first_name"), rs.getString("last_name")).shortName()))
                        : Optional.empty();
            }
        }
    }

    /**
     * Why {@code key} cannot be enrolled: someone holds it or a reading of it. Empty when it is
     * free; {@code allowed} (may be null) holding it already is not a collision.
     */
    static Optional<String> collision(Connection c, CardKey key, UUID allowed) throws SQLException {
        for (String alias : key.aliases()) {
            Optional<AliasOwner> owner = aliasOwner(c, alias);
            if (owner.isPresent() && !owner.get().memberId().equals(allowed)) {
                return Optional.of(alias.equals(key.value())
                        ? "card " + key + " is already enrolled for " + owner.get().shortName()
                        : "card " + key + " reads like a card of " + owner.get().shortName() + " (" + alias + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * True when this member holds the card already, or a card that reads the same (the same card
     * written in the other byte order): enrolling it again would only duplicate its readings.
     */
    static boolean holds(Connection c, CardKey key, UUID memberId) throws SQLException {
        for (String alias : key.aliases()) {
            Optional<AliasOwner> owner = aliasOwner(c, alias);
            if (owner.isPresent() && owner.get().memberId().equals(memberId)) {
                return true;
            }
        }
        return false;
    }

    /** Inserts the card and every alias of its key; the caller has checked for collisions. */
    static Member.Card insertCard(Connection c, String kioskId, UUID memberId, CardKey key, Instant now)
            throws SQLException {
        UUID cardId = UUID.randomUUID();
        try (PreparedStatement st = c.prepareStatement(INSERT_CARD)) {
            st.setString(1, cardId.toString());
            st.setString(2, kioskId);
            st.setLong(3, now.toEpochMilli());
            st.setString(4, memberId.toString());
            st.setString(5, key.value());
            st.setLong(6, now.toEpochMilli());
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(INSERT_ALIAS)) {
            for (String alias : key.aliases()) {
                st.setString(1, alias);
                st.setString(2, cardId.toString());
                st.addBatch();
            }
            st.executeBatch();
        }
        return new Member.Card(cardId, key.value(), now, null);
    }
}
