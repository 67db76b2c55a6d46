package io.casehall.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Where the database spent its time during the simulation ({@code pg_stat_statements}, reset when the users
 * start): the statements by total execution time, written next to the report so a slow request type can be
 * traced to its SQL.
 */
final class DatabaseStatements {

    private static final int TOP = 25;
    private final String url;

    private DatabaseStatements(String url) {
        this.url = url;
    }

    static DatabaseStatements reset(String url) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT pg_stat_statements_reset()");
        }
        return new DatabaseStatements(url);
    }

    void write(Path file) throws Exception {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%10s %8s %8s  %s%n", "total ms", "calls",
                "mean ms", "statement"));
        try (Connection connection = connect(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT total_exec_time, calls, mean_exec_time, query "
                     + "FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT " + TOP)) {
            while (rows.next()) {
                out.append(String.format(Locale.ROOT, "%10.0f %8d %8.2f  %s%n", rows.getDouble(1), rows.getLong(2),
                        rows.getDouble(3), rows.getString(4).replaceAll("\\s+", " ")));
            }
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }
}
