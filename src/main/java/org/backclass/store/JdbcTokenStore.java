package org.backclass.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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
    public Optional<Role> roleOf(String tokenHash) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT role FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")) {
                st.setString(1, tokenHash);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(Role.fromId(rs.getString(1))) : Optional.empty();
                }
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
