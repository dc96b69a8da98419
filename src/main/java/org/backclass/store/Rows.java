package org.backclass.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;

/** Conversions between column values and domain types: UUIDs as text, instants as epoch ms. */
final class Rows {

    private Rows() {
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? null : UUID.fromString(v);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static void setUuid(PreparedStatement st, int index, UUID value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value.toString());
        }
    }

    static void setInstant(PreparedStatement st, int index, Instant value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value.toEpochMilli());
        }
    }

    /** SQL work inside a domain callback, whose interface cannot declare SQLException. */
    @FunctionalInterface
    interface SqlSupplier<T> {
        T get() throws SQLException;
    }

    static <T> T unchecked(SqlSupplier<T> work) {
        try {
            return work.get();
        } catch (SQLException e) {
            throw new StoreException("database operation failed: " + e.getMessage(), e);
        }
    }
}
