package vn.cdtt.bench;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * A second Camunda engine in the same JVM, on its own database of the same PostgreSQL server, with none of the
 * product's plugins, listeners or beans: the yardstick for the product's fan-out. It copies the engine settings
 * that change what a process instance writes (history level, id generator, JDBC batching, authorization, which
 * adds a task authorization per candidate group) and has the Spin data-format plugin only because the report's
 * variables include a Spin JSON value.
 */
final class BareEngine implements AutoCloseable {

    private final ProcessEngineConfigurationImpl configuration;
    private final ProcessEngine engine;

    BareEngine(String jdbcUrl, String user, String password, ProcessEngineConfigurationImpl product) {
        StandaloneProcessEngineConfiguration bare = new StandaloneProcessEngineConfiguration();
        bare.setProcessEngineName("bare-benchmark");
        bare.setJdbcUrl(jdbcUrl);
        bare.setJdbcUsername(user);
        bare.setJdbcPassword(password == null ? "" : password);
        bare.setJdbcDriver("org.postgresql.Driver");
        bare.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        bare.setHistory(product.getHistory());
        bare.setJdbcBatchProcessing(product.isJdbcBatchProcessing());
        bare.setAuthorizationEnabled(product.isAuthorizationEnabled());
        if (product.getIdGenerator() instanceof StrongUuidGenerator) {
            bare.setIdGenerator(new StrongUuidGenerator());
        }
        bare.setJobExecutorActivate(false);
        bare.setProcessEnginePlugins(new java.util.ArrayList<>(List.of(new SpinProcessEnginePlugin())));
        configuration = bare;
        engine = bare.buildProcessEngine();
    }

    void deploy(String classpathResource) {
        engine.getRepositoryService().createDeployment().addClasspathResource(classpathResource).deploy();
    }

    String describe() {
        return "url=" + configuration.getJdbcUrl() + " history=" + configuration.getHistory() + " idGenerator="
                + configuration.getIdGenerator().getClass().getSimpleName() + " jdbcBatch="
                + configuration.isJdbcBatchProcessing() + " authorization=" + configuration.isAuthorizationEnabled();
    }

    /** Starts one instance per entry, {@code perTransaction} in one command each, as the product's fan-out does. */
    void startAll(String processKey, List<Map.Entry<String, Map<String, Object>>> instances, int perTransaction) {
        for (int from = 0; from < instances.size(); from += perTransaction) {
            List<Map.Entry<String, Map<String, Object>>> chunk = instances.subList(from,
                    Math.min(instances.size(), from + perTransaction));
            configuration.getCommandExecutorTxRequired().execute(context -> {
                for (Map.Entry<String, Map<String, Object>> instance : chunk) {
                    engine.getRuntimeService().startProcessInstanceByKey(processKey, instance.getKey(),
                            instance.getValue());
                }
                return null;
            });
        }
    }

    long openTasks() {
        return engine.getTaskService().createTaskQuery().count();
    }

    @Override
    public void close() {
        engine.close();
    }
}
