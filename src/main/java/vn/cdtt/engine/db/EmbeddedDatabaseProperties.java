package vn.cdtt.engine.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled use the embedded PostgreSQL when no datasource URL is configured
 * @param dataDir where it keeps its files across restarts; blank for a throw-away database
 * @param port    fixed port for a persistent database (0 picks a free one)
 */
@ConfigurationProperties("cdtt.embedded-db")
record EmbeddedDatabaseProperties(boolean enabled, String dataDir, int port) {
}
