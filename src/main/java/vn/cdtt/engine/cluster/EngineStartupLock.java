package vn.cdtt.engine.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time build its process engine, so that nodes starting together on an empty database all come up.
 * <p>
 * Camunda's {@code schema-update: true} checks for its tables and creates them without any lock: two nodes on an empty
 * database may both see no tables and both run the create scripts, and the later one fails on what the other made.
 * The engine's own locks (rows of ACT_GE_PROPERTY: deployment lock, start-up lock) only exist once the schema does,
 * and the starter's admin user is created check-then-insert, unlocked too. So this plugin takes a PostgreSQL session
 * advisory lock on a connection of its own before the engine's configuration starts ({@link #preInit}) and releases
 * it once the engine is built and the starter's plugins (admin user) are done ({@link #postProcessEngineBuild}; it
 * orders itself after them). The next node then finds the schema in place. The auto-deployment that follows takes
 * Camunda's deployment lock and, with {@code deployChangedOnly}, deploys only what the other node has not.
 * <p>
 * A session-level lock, not a transaction one, because the engine commits many transactions meanwhile; PostgreSQL
 * drops it by itself when a node dies holding it (its database session ends).
 */
@Component
class EngineStartupLock extends AbstractProcessEnginePlugin implements Ordered, DisposableBean {

    /** Any constant shared by all nodes; "cdtt-eng" in ASCII. Flyway's own lock uses a different key. */
    static final long KEY = 0x636474742d656e67L;

    private static final Logger log = LoggerFactory.getLogger(EngineStartupLock.class);

    private final DataSource dataSource;
    private Connection connection;

    EngineStartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int getOrder() {
        // After the starter's plugins (order 0), so postProcessEngineBuild follows their writes (the admin user).
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
        long started = System.nanoTime();
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            if (!tryLock()) {
                log.info("Another node is building its process engine; waiting for it");
                execute("select pg_advisory_lock(?)");
            }
        } catch (SQLException e) {
            release();
            throw new IllegalStateException("Cannot take the engine start-up lock", e);
        }
        log.info("Engine start-up lock taken after {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        release();
    }

    /** The engine build failed and the context closes: let the other nodes go on. */
    @Override
    public void destroy() {
        release();
    }

    private boolean tryLock() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            statement.execute();
        }
    }

    private synchronized void release() {
        if (connection == null) {
            return;
        }
        try {
            execute("select pg_advisory_unlock(?)");
            connection.close();
            log.info("Engine start-up lock released");
        } catch (SQLException e) {
            // The pool would keep the database session, and the lock with it: drop the connection instead.
            log.warn("Engine start-up lock not released cleanly, dropping its connection: {}", e.getMessage());
            discard(connection);
        } finally {
            connection = null;
        }
    }

    private void discard(Connection broken) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(broken);
            } else {
                broken.close();
            }
        } catch (SQLException e) {
            log.warn("Connection of the engine start-up lock not dropped: {}", e.getMessage());
        }
    }
}
