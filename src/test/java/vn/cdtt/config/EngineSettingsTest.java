package vn.cdtt.config;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cdtt.support.ProductTest;

/**
 * The engine and its pool run with the settings application.yaml gives them: the starter applies some of its own properties after
 * {@code generic-properties}, which once silently undid a setting.
 */
@ProductTest
class EngineSettingsTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DataSource dataSource;

    @Test
    void theEngineRunsWithTheShippedSettings() {
        ProcessEngineConfigurationImpl settings = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(settings.getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_ALWAYS);
        assertThat(settings.isAuthorizationEnabled()).isTrue();
        assertThat(((SpringTransactionsProcessEngineConfiguration) settings).isDeployChangedOnly()).isTrue();
        assertThat(settings.isEnablePasswordPolicy()).isTrue();
        assertThat(settings.getGeneralResourceWhitelistPattern()).isEqualTo("[a-zA-Z0-9._-]+|camunda-admin");
        // Security (issue 12): nothing stored is evaluated, deserialisation only of the built-in allow-list, and the
        // guarded services and read-only owner grants are the ones the engine uses.
        assertThat(settings.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(settings.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(settings.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(settings.getDeserializationAllowedClasses()).isNullOrEmpty();
        assertThat(settings.getDeserializationAllowedPackages()).isNullOrEmpty();
        assertThat(settings.getTaskService().getClass().getSimpleName()).isEqualTo("GuardedTaskService");
        assertThat(settings.getFormService().getClass().getSimpleName()).isEqualTo("GuardedFormService");
        assertThat(settings.getRuntimeService().getClass().getSimpleName()).isEqualTo("GuardedRuntimeService");
        assertThat(settings.getResourceAuthorizationProvider().getClass().getSimpleName())
                .isEqualTo("ReadOnlyOwnerAuthorizations");
    }

    @Test
    void theDriverRewritesBatchedInsertsOnTheEmbeddedDatabaseToo() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
        assertThat(pool.getMaximumPoolSize()).isEqualTo(16);
    }
}
