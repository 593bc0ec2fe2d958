package vn.cdtt.engine.db;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes that Camunda's job acquisition needs on a large ACT_RU_JOB and that its own schema lacks. Every open
 * report holds two timer jobs, so the table holds hundreds of thousands of rows nationally; without these, each
 * acquisition (every few seconds per node, and every few jobs during a burst) reads the whole table twice: once for
 * due jobs, once (the exclusive-job check) for locked ones. Created here, after Camunda has created its tables,
 * because Flyway may run before them on a new database; the advisory lock keeps two nodes starting together from
 * creating them at the same time. ({@code cdtt.camunda.acquisition-indexes=false} leaves them out, for the
 * benchmark's before/after comparison only.)
 */
@Component
@ConditionalOnProperty(name = "cdtt.camunda.acquisition-indexes", havingValue = "true", matchIfMissing = true)
class JobAcquisitionIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndexes.class);
    private static final long LOCK_KEY = 0x6364747406L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    JobAcquisitionIndexes(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        transactions.executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK_KEY);
            // Due jobs: the acquisition's main filter (duedate_ <= now), so it reads only what is due.
            jdbc.execute("create index if not exists cdtt_idx_job_duedate on act_ru_job (duedate_)");
            // Locked jobs: the exclusive-job check looks for locked jobs of the same instance; few rows are locked.
            jdbc.execute("create index if not exists cdtt_idx_job_locked on act_ru_job (process_instance_id_)"
                    + " where lock_owner_ is not null");
        });
        log.info("Job acquisition indexes on act_ru_job are in place");
    }
}
