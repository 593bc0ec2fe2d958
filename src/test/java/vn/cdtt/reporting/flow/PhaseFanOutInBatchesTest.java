package vn.cdtt.reporting.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.organization.OrganizationImportService;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;

/**
 * The lifecycle's phase fan-out over several passes, as a province with more communes than one batch runs it: Cần
 * Thơ's communes asked in batches of 20, each pass its own job behind the cursor of the one before, in every period
 * (each period its own instance of the reporting sub-process, beside the departments' sector reports).
 */
@ProductTest
class PhaseFanOutInBatchesTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganizationImportService organization;
    @Autowired
    ProcessDays days;
    @Autowired
    StartPhaseReportsDelegate fanOut;

    private final String run = Long.toString(System.nanoTime(), 36);
    private int shippedBatchSize;

    @BeforeEach
    void smallBatches() {
        shippedBatchSize = fanOut.batchSize(20);
    }

    @AfterEach
    void resetClockAndBatches() {
        fanOut.batchSize(shippedBatchSize);
        ProcessDays.reset();
        days.endDrives("can-tho-1170-batches-" + run + "%");
    }

    @Test
    void everyCommuneIsAskedOnceInEachPeriodWhateverTheBatches() throws IOException {
        organization.importYaml(new ClassPathResource("organizations/can-tho-2022.yaml").getContentAsByteArray(),
                "can-tho-2022.yaml", false);
        ProcessDays.at(2022, 4, 1);
        String instance = runtime.startProcessInstanceByKey(CampaignLifecycleProcess.KEY,
                "can-tho-1170-batches-" + run, Map.of("planCode", "can-tho-1170")).getId();
        days.runAllDueJobs(instance);
        long campaign = ((Number) runtime.getVariable(instance, "campaignId")).longValue();
        int communes = jdbc.queryForObject("select count(distinct commune_id) from drive.team_establishment"
                + " where campaign_id = ?", Integer.class, campaign);
        assertThat(communes).as("more communes than one batch").isGreaterThan(3 * 20);

        ProcessDays.at(2022, 6, 5);
        days.runAllDueJobs(instance);
        assertThat(reports(campaign, "TO-15-JUN")).as("every commune once, over %d passes", (communes + 19) / 20)
                .isEqualTo(Map.of("reports", (long) communes, "units", (long) communes));
        assertThat(reports(campaign, "TO-15-SEP")).as("the next period not yet").containsEntry("reports", 0L);

        ProcessDays.at(2022, 9, 5);
        days.runAllDueJobs(instance);
        assertThat(reports(campaign, "TO-15-SEP")).as("the next period's own cursor, from the first commune")
                .isEqualTo(Map.of("reports", (long) communes, "units", (long) communes));
        assertThat(reports(campaign, "TO-15-JUN")).as("nothing asked twice")
                .containsEntry("reports", (long) communes);
    }

    private Map<String, Object> reports(long campaign, String phase) {
        return jdbc.queryForMap("select count(*) as reports, count(distinct r.unit_id) as units"
                + " from drive.phase_report r join drive.plan_phase p on p.id = r.phase_id"
                + " where r.campaign_id = ? and p.code = ?", campaign, phase);
    }
}
