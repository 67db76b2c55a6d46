package io.casehall.shared.web;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that add the same attribute at the same moment — a double click on a form
 * whose answer is a redirect with a message (the flash map) — must both succeed. Spring Session's plain
 * INSERT lets the second fail with a duplicate key after the first committed, and the user saw an error
 * page although their form had been taken. The attribute is written as an upsert instead: PostgreSQL's
 * {@code ON CONFLICT}, H2's {@code MERGE ... KEY} (both saves update the session row first, so the second
 * waits for the first and then finds its row).
 */
@Configuration
class SessionAttributeUpserts {

    static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
        String product = productName(dataSource);
        if (product.contains("postgres")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if (product.contains("h2")) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
        }
        return repository -> { };
    }

    private static String productName(DataSource dataSource) {
        try {
            String name = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        } catch (MetaDataAccessException e) {
            return "";
        }
    }
}
