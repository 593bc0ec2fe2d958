package vn.cdtt.engine.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A PostgreSQL server started inside the application, for the demo run and the tests, so that every run uses the
 * same database engine as production. Used only when enabled and no {@code spring.datasource.url} is given.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${cdtt.embedded-db.enabled:false} and '${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        // Spring stops the server after the DataSource that depends on it; a JVM hook would stop it too early.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("encoding", "UTF8");
        if (properties.dataDir() == null || properties.dataDir().isBlank()) {
            builder.setCleanDataDirectory(true);
        } else {
            Path dir = Path.of(properties.dataDir()).toAbsolutePath();
            Files.createDirectories(dir.getParent());
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{}", postgres.getPort());
        return postgres;
    }

    /** The pool takes {@code spring.datasource.hikari.*} (size, driver properties) as a server's pool would. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded");
        return dataSource;
    }
}
