package io.casehall;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The production profile's per-connection settings (application-postgres.yml) take effect on a real PostgreSQL:
 * custom plans for the engine's authorization queries, no JIT compilation, and random page costs for SSD.
 */
class PostgresProfileConnectionTest {

    @Test
    void everyConnectionGetsCustomPlansNoJitAndSsdPageCosts() throws Exception {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-postgres.yml"));
        Properties profile = yaml.getObject();
        String initSql = profile.getProperty("spring.datasource.hikari.connection-init-sql");

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setPassword("postgres");
            config.setConnectionInitSql(initSql);
            config.setMaximumPoolSize(1);
            try (HikariDataSource pool = new HikariDataSource(config); Connection c = pool.getConnection()) {
                assertThat(setting(c, "plan_cache_mode")).isEqualTo("force_custom_plan");
                assertThat(setting(c, "jit")).isEqualTo("off");
                assertThat(setting(c, "random_page_cost")).isEqualTo("1.1");
            }
        }
    }

    private static String setting(Connection connection, String name) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
