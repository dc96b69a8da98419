package org.backclass.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.backclass.domain.auth.Role;
import org.backclass.domain.auth.TokenStore;

/** {@link TokenStore} on SQLite; tokens are local to this kiosk and never replicated. */
public final class JdbcTokenStore implements TokenStore {

    private final Database db;
    private final Clock clock;

    public JdbcTokenStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void add(String tokenHash, Role role, String label, Instant createdAt) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO api_token (token_hash, role, label, created_at) VALUES (?, ?, ?, ?)")) {
                st.setString(1, tokenHash);
                st.setString(2, role.id());
                st.setString(3, label);
                st.setLong(4, createdAt.toEpochMilli());
                return st.executeUpdate();
            }
        });
    }

    @Override
    public List<ActiveToken> active() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT token_hash, role, label FROM api_token WHERE revoked_at IS NULL");
                    ResultSet rs = st.executeQuery()) {
                List<ActiveToken> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new ActiveToken(rs.getString(1), Role.fromId(rs.getString(2)), rs.getString(3)));
                }
                return out;
            }
        });
    }

    @Override
    public int revokeByLabel(String label) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE api_token SET revoked_at = ? WHERE label = ? AND revoked_at IS NULL")) {
                st.setLong(1, clock.millis());
                st.setString(2, label);
                return st.executeUpdate();
            }
        });
    }
}
