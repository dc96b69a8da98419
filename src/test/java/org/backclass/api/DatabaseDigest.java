package org.backclass.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.backclass.store.Database;

/** A hash of every row of every table: equal before and after means nothing was written. */
final class DatabaseDigest {

    private DatabaseDigest() {
    }

    static String of(Database db) {
        return db.read(c -> {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            List<String> tables = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                sha.update(table.getBytes(StandardCharsets.UTF_8));
                List<String> rows = new ArrayList<>();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('\u0000');
                        }
                        rows.add(row.toString());
                    }
                }
                // Some tables have no rowid; the order of a plain SELECT is not promised.
                rows.stream().sorted().forEach(row -> sha.update(row.getBytes(StandardCharsets.UTF_8)));
            }
            return HexFormat.of().formatHex(sha.digest());
        });
    }
}
