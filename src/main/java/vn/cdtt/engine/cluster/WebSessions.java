package vn.cdtt.engine.cluster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Web sessions are kept in PostgreSQL by Spring Session JDBC (configured in application.yaml, table from Flyway V13),
 * so every node sees every session. Everything put into a session must therefore be serializable: Spring Security's
 * context, saved request and CSRF token, flash attributes (strings), and the Camunda webapps' {@code Authentications}
 * and CSRF token all are.
 */
@Configuration(proxyBeanMethods = false)
class WebSessions {

    /**
     * The webapps fire many requests of one session at once, which may add the same attribute together: PostgreSQL's
     * upsert stores the last one instead of failing the other on the primary key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
