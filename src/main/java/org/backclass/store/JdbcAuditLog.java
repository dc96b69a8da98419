package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.backclass.domain.privacy.AuditEntry;
import org.backclass.domain.privacy.AuditLog;

/** {@link AuditLog} on SQLite; local to this kiosk, never replicated. */
public final class JdbcAuditLog implements AuditLog {

    private static final String INSERT =
            "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)";

    private final Database db;

    public JdbcAuditLog(Database db) {
        this.db = db;
    }

    @Override
    public void record(AuditEntry entry) {
        db.write(c -> {
            insert(c, entry);
            return null;
        });
    }

    /** Writes {@code entry} inside a caller's transaction (an erasure and its entry commit together). */
    static void insert(Connection c, AuditEntry entry) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT)) {
            st.setLong(1, entry.at().toEpochMilli());
            st.setString(2, entry.actor());
            st.setString(3, entry.action());
            st.setString(4, entry.target());
            st.setString(5, entry.detail());
            st.executeUpdate();
        }
    }

    @Override
    public List<AuditEntry> page(Instant from, Instant to, int limit, OptionalLong before) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT seq, at, actor, action, target, detail FROM audit_log
                    WHERE at >= ? AND at < ? AND seq < ? ORDER BY seq DESC LIMIT ?""")) {
                st.setLong(1, from.toEpochMilli());
                st.setLong(2, to.toEpochMilli());
                st.setLong(3, before.orElse(Long.MAX_VALUE));
                st.setInt(4, limit);
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at")),
                                rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                                rs.getString("detail")));
                    }
                }
                return out;
            }
        });
    }
}
