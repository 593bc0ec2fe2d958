package vn.cdtt.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;
import vn.cdtt.support.AppNode;
import vn.cdtt.support.ProductTest;

/**
 * A node killed with SIGKILL in the middle of a phase fan-out (many hundreds of communes): after a node is started
 * again, every unit's phase report process exists exactly once, with one submission task, and every notice of those
 * tasks is sent, each mail once.
 */
@ProductTest
@Tag("fault")
@TestPropertySource(properties = "spring.mail.port=" + FaultSmtp.PORT)
class NodeKillDuringFanOutIT {

    private static final String NAME = "node-kill-during-fan-out";
    private static final int UNITS = 800;
    private static final String PHASE = "TO-15-JUN";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PlanService planService;
    @Autowired
    PlanRepository plans;
    @Autowired
    CampaignRepository campaigns;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void everyUnitsReportStartsOnceAndEveryNoticeIsSentAfterAKillMidFanOut() throws Exception {
        long campaign = campaignWithManyReportingUnits();
        String campaignKey = "fault-fan-out-" + run;
        repository.createDeployment().addClasspathResource("processes/fan-out-fault.bpmn")
                .enableDuplicateFiltering(true).deploy();
        String fanOut = runtime.startProcessInstanceByKey("FanOutFaultProcess", campaignKey,
                Map.of("campaignId", campaign, "phaseCode", PHASE)).getId();
        AppNode.Database database = AppNode.Database.of(dataSource);

        try (FaultSmtp smtp = new FaultSmtp()) {
            AppNode first = AppNode.start(NAME + "-a", AppNode.freePort(), database, Faults.nodeProperties());
            int startedAtKill;
            Set<Long> inFlight;
            try {
                first.awaitUp(Faults.START_UP);
                Faults.await("the first node has started a quarter of the fan-out", Duration.ofMinutes(5),
                        () -> reports(campaign) >= UNITS / 4);
                first.kill();
                startedAtKill = reports(campaign);
                inFlight = claimedNotices();
            } finally {
                first.kill();
            }
            Faults.print(NAME, "killed node a (SIGKILL) with %d of %d reports started, %d notices claimed in flight;"
                    + " job lock time %d s, notice claim timeout %d s", startedAtKill, UNITS, inFlight.size(),
                    Faults.LOCK_TIME.toSeconds(), Faults.CLAIM_TIMEOUT.toSeconds());
            assertThat(startedAtKill).as("killed in the middle of the fan-out").isBetween(1, UNITS - 1);

            try (AppNode second = AppNode.start(NAME + "-b", AppNode.freePort(), database, Faults.nodeProperties())) {
                second.awaitUp(Faults.START_UP);
                Duration done = Faults.await("the fan-out finished on the restarted node", Duration.ofMinutes(5),
                        () -> jdbc.queryForObject("select count(*) from act_ru_execution where proc_inst_id_ = ?",
                                Integer.class, fanOut) == 0);
                Duration sent = Faults.await("every notice of the reports' tasks sent", Duration.ofMinutes(3),
                        () -> unsentNotices(campaign) == 0);
                Faults.print(NAME, "fan-out done %d s after node b was up, notices all sent %d s later",
                        done.toSeconds(), sent.toSeconds());
            }
            check(campaign, campaignKey, smtp, inFlight);
        }
    }

    private void check(long campaign, String campaignKey, FaultSmtp smtp, Set<Long> inFlight) throws Exception {
        List<Long> units = jdbc.queryForList("select distinct commune_id from drive.team_establishment"
                + " where campaign_id = ?", Long.class, campaign);
        Map<Long, Integer> reportsPerUnit = counts("select unit_id, count(*) from drive.phase_report"
                + " where campaign_id = ? group by unit_id", campaign);
        Map<String, Integer> instancesPerKey = counts("select business_key_, count(*) from act_ru_execution"
                + " where id_ = proc_inst_id_ and business_key_ like ? group by business_key_",
                campaignKey + "/" + PHASE + "/%");
        Map<String, Integer> tasksPerInstance = counts("select r.process_instance_id, count(t.id_)"
                + " from drive.phase_report r left join act_ru_task t on t.proc_inst_id_ = r.process_instance_id"
                + " and t.task_def_key_ = 'Task_SubmitPhaseReport' where r.campaign_id = ?"
                + " group by r.process_instance_id", campaign);
        int orphans = jdbc.queryForObject("select count(*) from drive.phase_report r where r.campaign_id = ? and not"
                + " exists (select 1 from act_ru_execution e where e.id_ = r.process_instance_id)", Integer.class,
                campaign);
        List<Long> notices = jdbc.queryForList("select n.id from drive.notice n join act_ru_task t on t.id_ = n.task_id"
                + " join drive.phase_report r on r.process_instance_id = t.proc_inst_id_ where r.campaign_id = ?",
                Long.class, campaign);
        Faults.NoticeTally mails = Faults.NoticeTally.of(notices, smtp.receivedByNotice(), inFlight);

        int unitsLost = (int) units.stream().filter(u -> !reportsPerUnit.containsKey(u)).count();
        int reportsDuplicated = excess(reportsPerUnit);
        int instancesDuplicated = excess(instancesPerKey);
        int tasksLost = (int) tasksPerInstance.values().stream().filter(c -> c == 0).count();
        int tasksDuplicated = excess(tasksPerInstance);
        Faults.print(NAME, "load %d reporting units in one fan-out; faults 1 node SIGKILL; checked %d units, %d"
                + " processes, %d tasks, %d notices, %d mails", units.size(), reportsPerUnit.size(),
                instancesPerKey.size(), tasksPerInstance.size(), mails.notices(), mails.mails());
        Faults.print(NAME, "lost: units %d, tasks %d, notices %d; duplicated: reports %d, processes %d, tasks %d,"
                + " mails %d (of which %d from the batch in flight at the kill)", unitsLost, tasksLost, mails.lost(),
                reportsDuplicated, instancesDuplicated, tasksDuplicated, mails.duplicated(),
                mails.duplicatedInFlight());

        assertThat(units).hasSize(UNITS);
        assertThat(unitsLost).as("units without a report").isZero();
        assertThat(reportsDuplicated + instancesDuplicated).as("reports started twice").isZero();
        assertThat(instancesPerKey).as("one process per unit").hasSize(UNITS);
        assertThat(orphans).as("reports whose process is gone").isZero();
        assertThat(tasksLost + tasksDuplicated).as("submission tasks missing or twice").isZero();
        assertThat(mails.notices()).as("the reports' tasks have notices to send").isPositive();
        assertThat(mails.lost()).as("notices never received").isZero();
        assertThat(mails.duplicatedOutsideInFlight()).as("notices mailed twice outside the killed node's batch")
                .isEmpty();
    }

    /** A copy of Cần Thơ's plan with its report dates far ahead (no child timer falls due during the test). */
    private long campaignWithManyReportingUnits() throws Exception {
        String code = "fault-fan-out-" + run;
        String yaml = new String(new ClassPathResource("plans/can-tho-1170.yaml").getContentAsByteArray(),
                StandardCharsets.UTF_8).replace("code: can-tho-1170", "code: " + code)
                .replace("reportDue: 2022-", "reportDue: 2099-");
        planService.load(yaml.getBytes(StandardCharsets.UTF_8), code + ".yaml");
        long campaign = campaigns.save(new Campaign(plans.findFirstByCodeOrderByVersionDesc(code).orElseThrow(),
                code)).getId();
        // Communes with officials first, so that many tasks have someone to notify.
        int inserted = jdbc.update("insert into drive.team_establishment (campaign_id, commune_id, wave, deadline,"
                + " process_instance_id) select ?, u.id, 0, date '2099-04-30', 'synthetic-fault-test'"
                + " from drive.admin_unit u where u.level = 'COMMUNE' and u.hierarchy = 'VN2022'"
                + " order by exists (select 1 from drive.official_unit o where o.unit_id = u.id) desc, u.id limit ?",
                campaign, UNITS);
        assertThat(inserted).isEqualTo(UNITS);
        return campaign;
    }

    private int reports(long campaign) {
        return jdbc.queryForObject("select count(*) from drive.phase_report where campaign_id = ?", Integer.class,
                campaign);
    }

    private int unsentNotices(long campaign) {
        return jdbc.queryForObject("select count(*) from drive.notice n join act_ru_task t on t.id_ = n.task_id"
                + " join drive.phase_report r on r.process_instance_id = t.proc_inst_id_ where r.campaign_id = ?"
                + " and n.status <> 'SENT'", Integer.class, campaign);
    }

    /** Notices claimed and not yet marked: those the killed node may have handed to the server already. */
    private Set<Long> claimedNotices() {
        return new HashSet<>(jdbc.queryForList("select id from drive.notice where status in ('PENDING', 'RETRYING')"
                + " and claimed_until > now()", Long.class));
    }

    @SuppressWarnings("unchecked")
    private <K> Map<K, Integer> counts(String sql, Object... arguments) {
        Map<K, Integer> counts = new java.util.HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put((K) rs.getObject(1), rs.getInt(2));
        }, arguments);
        return counts;
    }

    private static int excess(Map<?, Integer> counts) {
        return counts.values().stream().mapToInt(c -> Math.max(0, c - 1)).sum();
    }
}
