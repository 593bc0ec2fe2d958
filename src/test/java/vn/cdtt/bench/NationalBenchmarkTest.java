package vn.cdtt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.dashboard.CampaignDashboard;
import vn.cdtt.dashboard.RollUpQueries;
import vn.cdtt.organization.IdentitySync;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;
import vn.cdtt.reporting.PhaseReports;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.review.PhaseRollUp;
import vn.cdtt.support.ProductTest;

/**
 * Issue 6, the in-JVM part: a national drive on the 2025 hierarchy (3,321 communes, ~66,000 synthetic villages) and
 * what it costs. Prints, never asserts times: the phase fan-out rate of the product against a bare Camunda engine and
 * against pgbench on the same server, the Tasklist queries of a commune official and of a department with every
 * report open, and the dashboard roll-up of a province and of the nation. Counts are asserted (every commune got its
 * report, task and notice) so a broken fan-out cannot print a fine rate. Run with
 * {@code ./mvnw -o -Pbench test -Dtest=NationalBenchmarkTest}.
 */
@ProductTest
@Tag("benchmark")
// Without the test-only process coverage plugin (it wraps the history handler and adds listeners to every flow):
// production nodes do not have it, and the bare engine does not either.
@TestPropertySource(properties = {"spring.mail.port=3325", "spring.autoconfigure.exclude="
        + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration"})
class NationalBenchmarkTest {

    private static final int VILLAGES_PER_COMMUNE = 20;
    private static final int FANOUT_RUNS = 3;
    private static final int QUERY_RUNS = 200;
    private static final String FANOUT_MODEL = "NationalFanOutBenchmark";
    private static final String BARE_DATABASE = "cdtt_bench_bare";
    /** As the product's fan-out (cdtt.reporting.fan-out-batch-size). */
    private static final int BARE_UNITS_PER_TRANSACTION = 100;
    private static final String PGBENCH_DATABASE = "cdtt_bench_pgbench";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlanService planService;
    @Autowired
    PlanRepository plans;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    IdentitySync identitySync;
    @Autowired
    PhaseRollUp rollUp;
    @Autowired
    RollUpQueries rollUpQueries;
    @Autowired
    CampaignDashboard dashboard;

    private final Map<String, List<String>> groupsOf = new HashMap<>();
    private final Map<String, List<String>> tenantsOf = new HashMap<>();

    @Test
    void nationalDrive() throws Exception {
        printMachine();
        NationalFixture fixture = new NationalFixture(jdbc, planService, plans, campaigns);
        long started = System.nanoTime();
        fixture.requireHierarchy2025();
        long villages = fixture.syntheticVillages(VILLAGES_PER_COMMUNE);
        fixture.syntheticCommuneOfficials();
        long campaign = fixture.nationalDrive();
        List<String> phases = fixture.phaseCodes(campaign);
        System.out.printf("BENCH national fixture communes=%d synthetic-villages=%d campaign=%d in %.1f s%n",
                NationalFixture.COMMUNES_2025, villages, campaign, seconds(started));
        assertThat(villages).isGreaterThanOrEqualTo(NationalFixture.COMMUNES_2025 * (long) VILLAGES_PER_COMMUNE);
        assertThat(phases).hasSizeGreaterThanOrEqualTo(FANOUT_RUNS + 1);

        String lastPhase = fanOut(campaign, phases);
        taskLists(fixture, campaign, lastPhase);
        dashboardRollUp(fixture, campaign, phases.get(0));
    }

    // ---------------------------------------------------------------- fan-out, bare engine, pgbench

    private String fanOut(long campaign, List<String> phases) throws Exception {
        repository.createDeployment().addClasspathResource("bench/national-fanout.bpmn").deploy();
        HikariDataSource hikari = (HikariDataSource) dataSource;
        // The bare engine gets the product's JDBC driver settings too (reWriteBatchedInserts): they are not the
        // product's listeners, and any Camunda installation can have them.
        String bareUrl = withDriverProperties(databaseUrl(hikari.getJdbcUrl(), BARE_DATABASE),
                hikari.getDataSourceProperties());
        recreateDatabase(BARE_DATABASE);
        ProcessEngineConfigurationImpl product = (ProcessEngineConfigurationImpl) processEngine
                .getProcessEngineConfiguration();
        List<Double> productRates = new ArrayList<>();
        List<Double> bareRates = new ArrayList<>();
        try (BareEngine bare = new BareEngine(bareUrl, hikari.getUsername(), hikari.getPassword(), product)) {
            bare.deploy("bpmn/phase-report.bpmn");
            System.out.println("BENCH national bare engine " + bare.describe());
            // Warm-up on both (JIT, caches, the product's first plan parse), then alternate so both share the noise.
            String warmUpPhase = phases.get(0);
            double warm = productFanOut(campaign, warmUpPhase);
            List<Map.Entry<String, Map<String, Object>>> bareInstances = bareInstances(campaign, warmUpPhase);
            double bareWarm = bareFanOut(bare, bareInstances);
            System.out.printf("BENCH national fanout warm-up product=%.0f/s bare=%.0f/s%n", warm, bareWarm);
            String productDatabase = jdbc.queryForObject("select current_database()", String.class);
            for (int run = 1; run <= FANOUT_RUNS; run++) {
                DatabaseWork productBefore = databaseWork(productDatabase);
                productRates.add(productFanOut(campaign, phases.get(run)));
                DatabaseWork productWork = databaseWork(productDatabase).minus(productBefore);
                DatabaseWork bareBefore = databaseWork(BARE_DATABASE);
                bareRates.add(bareFanOut(bare, bareInstances));
                DatabaseWork bareWork = databaseWork(BARE_DATABASE).minus(bareBefore);
                System.out.printf("BENCH national fanout run %d product=%.0f/s bare=%.0f/s%n", run,
                        productRates.get(run - 1), bareRates.get(run - 1));
                System.out.printf("BENCH national fanout run %d database work per instance: product %s; bare %s%n",
                        run, productWork.perInstance(NationalFixture.COMMUNES_2025),
                        bareWork.perInstance(NationalFixture.COMMUNES_2025));
            }
            assertThat(bare.openTasks()).isEqualTo((FANOUT_RUNS + 1L) * NationalFixture.COMMUNES_2025);
        }
        double productMedian = median(productRates);
        double bareMedian = median(bareRates);
        System.out.printf("BENCH national fanout product=%.0f/s bare=%.0f/s ratio=%.2f n=%d instances=%d%n",
                productMedian, bareMedian, productMedian / bareMedian, FANOUT_RUNS, NationalFixture.COMMUNES_2025);
        pgbench(hikari, productMedian);
        return phases.get(FANOUT_RUNS);
    }

    /** The product's real path: the lifecycle's fan-out delegate, a batch of communes per job; instances/s. */
    private double productFanOut(long campaign, String phase) {
        long noticesBefore = count("select count(*) from drive.notice where kind = 'TASK'");
        long started = System.nanoTime();
        String fanOut = runtime.startProcessInstanceByKey(FANOUT_MODEL, Map.of("campaignId", campaign,
                "phaseCode", phase)).getId();
        // Each pass of the loop is a job, run here one after another as a node's job executor would.
        for (Job pass; (pass = management.createJobQuery().processInstanceId(fanOut).singleResult()) != null; ) {
            management.executeJob(pass.getId());
        }
        double rate = NationalFixture.COMMUNES_2025 / seconds(started);
        long reports = count("select count(*) from drive.phase_report r join drive.plan_phase p on p.id = r.phase_id"
                + " where r.campaign_id = " + campaign + " and p.code = '" + phase + "'");
        long submitTasks = tasks.createTaskQuery().processDefinitionKey(PhaseReports.PROCESS)
                .processInstanceBusinessKeyLike(businessKey(campaign) + "/" + phase + "/%").count();
        assertThat(reports).isEqualTo(NationalFixture.COMMUNES_2025);
        assertThat(submitTasks).isEqualTo(NationalFixture.COMMUNES_2025);
        assertThat(count("select count(*) from drive.notice where kind = 'TASK'") - noticesBefore)
                .as("one notice per task: the commune's synthetic official").isEqualTo(NationalFixture.COMMUNES_2025);
        return rate;
    }

    /** What PostgreSQL counted for one database (its statistics, which lag by up to a second). */
    private record DatabaseWork(long commits, long inserted, long updated, long deleted, long fetched, long blocksHit,
                                long blocksRead) {

        DatabaseWork minus(DatabaseWork before) {
            return new DatabaseWork(commits - before.commits, inserted - before.inserted, updated - before.updated,
                    deleted - before.deleted, fetched - before.fetched, blocksHit - before.blocksHit,
                    blocksRead - before.blocksRead);
        }

        String perInstance(int instances) {
            return String.format(java.util.Locale.ROOT, "rows inserted %.1f, updated %.1f, deleted %.1f, fetched %.1f,"
                    + " buffer hits %.0f, blocks read %.1f, commits %.2f", inserted / (double) instances,
                    updated / (double) instances, deleted / (double) instances, fetched / (double) instances,
                    blocksHit / (double) instances, blocksRead / (double) instances, commits / (double) instances);
        }
    }

    private DatabaseWork databaseWork(String database) {
        try {
            Thread.sleep(1500); // PostgreSQL publishes its counters with a delay
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jdbc.execute("select pg_stat_clear_snapshot()");
        return jdbc.queryForObject("select xact_commit, tup_inserted, tup_updated, tup_deleted, tup_fetched, blks_hit,"
                + " blks_read from pg_stat_database where datname = ?", (rs, row) -> new DatabaseWork(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)), database);
    }

    private double bareFanOut(BareEngine bare, List<Map.Entry<String, Map<String, Object>>> instances) {
        long started = System.nanoTime();
        bare.startAll(PhaseReports.PROCESS, instances, BARE_UNITS_PER_TRANSACTION);
        return instances.size() / seconds(started);
    }

    /** The product's variables of one started report, with each commune's own unit variables and business key. */
    private List<Map.Entry<String, Map<String, Object>>> bareInstances(long campaign, String phase) {
        String sample = jdbc.queryForObject("select process_instance_id from drive.phase_report where campaign_id = ?"
                + " order by id limit 1", String.class, campaign);
        Map<String, Object> template = runtime.getVariablesTyped(sample, true);
        String prefix = businessKey(campaign) + "/" + phase + "/";
        return jdbc.query("select c.id, c.code, c.full_name, p.code as parent_code from drive.admin_unit c"
                + " join drive.admin_unit p on p.id = c.parent_id where c.hierarchy = 'VN2025' and c.level = 'COMMUNE'"
                + " order by c.id", (rs, row) -> {
                    Map<String, Object> variables = new HashMap<>(template);
                    variables.put("unitId", rs.getLong("id"));
                    variables.put("unitName", rs.getString("full_name"));
                    variables.put("unitGroup", "unit-vn2025-" + rs.getString("code"));
                    variables.put("escalationGroup", "unit-vn2025-" + rs.getString("parent_code"));
                    return new AbstractMap.SimpleEntry<>(prefix + rs.getString("code"), variables);
                });
    }

    private void pgbench(HikariDataSource hikari, double fanOutRate) throws Exception {
        Pgbench pgbench = Pgbench.forServer(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        if (pgbench == null) {
            System.out.println("BENCH national pgbench not installed (/usr/lib/postgresql/*/bin/pgbench)");
            return;
        }
        recreateDatabase(PGBENCH_DATABASE);
        double tps = pgbench.tpcb(PGBENCH_DATABASE, 10, 4, 2, 20);
        System.out.printf("BENCH national pgbench tps=%.0f ratio=%.3f (fan-out instances/s per TPC-B tps;"
                + " %s, -s 10 -c 4 -j 2 -T 20)%n", tps, fanOutRate / tps, pgbench.version());
        jdbc.execute("drop database if exists " + PGBENCH_DATABASE);
    }

    // ---------------------------------------------------------------- task lists

    private void taskLists(NationalFixture fixture, long campaign, String lastPhase) {
        long open = tasks.createTaskQuery().count();
        // A commune official of Hà Nội: their Tasklist filter "their unit's work", first page of 15, newest first.
        String commune = jdbc.queryForObject("select min(c.code) from drive.admin_unit c join drive.admin_unit p"
                + " on p.id = c.parent_id where c.hierarchy = 'VN2025' and c.level = 'COMMUNE' and p.code = '01'",
                String.class);
        String official = "syn-xa-" + commune;
        identitySync.syncOfficial(official);
        Filter unitFilter = filter(official, 1);
        // Every measured pass follows a whole unmeasured one: the first queries of a form warm the JIT and
        // PostgreSQL's caches, and the form measured second would otherwise look faster.
        timeTasklist(official, unitFilter);
        List<Double> officialTimes = timeTasklist(official, unitFilter);
        int officialPage = tasklistPage(official, unitFilter).size();
        assertThat(officialPage).as("the commune's report tasks, one per phase fanned out").isEqualTo(FANOUT_RUNS + 1);
        print("official task list", officialTimes,
                "(filter: unit group, includeAssigned, created desc, page 15 + count;"
                + " " + officialPage + " tasks; " + open + " tasks open)");

        // A department with thousands of tasks: a synthetic national department made a candidate on every commune's
        // report of the last phase (as if it followed them all); its "agency" filter, first page and count.
        String department = fixture.syntheticDepartment("SYN-CDSQG", "Cục Chuyển đổi số quốc gia (tổng hợp)", "01");
        String agencyGroup = "agency-syn-cdsqg";
        long started = System.nanoTime();
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKeyLike(businessKey(campaign) + "/"
                + lastPhase + "/%").taskDefinitionKey(PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT).list()) {
            tasks.addCandidateGroup(task.getId(), agencyGroup);
        }
        System.out.printf("BENCH national department candidate on %d tasks in %.1f s%n",
                tasks.createTaskQuery().taskCandidateGroup(agencyGroup).count(), seconds(started));
        identitySync.syncOfficial(department);
        Filter agencyFilter = filter(department, 2);
        timeTasklist(department, agencyFilter);
        List<Double> departmentTimes = timeTasklist(department, agencyFilter);
        long departmentCount = count(department, agencyFilter);
        assertThat(departmentCount).isEqualTo(NationalFixture.COMMUNES_2025);
        print("department task list", departmentTimes, "(filter: agency group, includeAssigned, created desc,"
                + " page 15 + count; " + departmentCount + " tasks)");
        // The same with Camunda's other form of authorization check ('auto': a join on RESOURCE_ID_ IN (task,
        // definition, '*'); 'always': correlated subqueries), to show what the shipped choice is worth.
        String revokes = product().getAuthorizationCheckRevokes();
        String other = ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_ALWAYS.equals(revokes)
                ? ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_AUTO
                : ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_ALWAYS;
        product().setAuthorizationCheckRevokes(other);
        try {
            timeTasklist(department, agencyFilter);
            timeTasklist(official, unitFilter);
            print("department task list, other check form", timeTasklist(department, agencyFilter),
                    "(authorizationCheckRevokes=" + other + " for comparison; the product runs '" + revokes + "')");
            print("official task list, other check form", timeTasklist(official, unitFilter),
                    "(authorizationCheckRevokes=" + other + " for comparison)");
        } finally {
            product().setAuthorizationCheckRevokes(revokes);
        }
        explain("official", "unit-vn2025-" + commune);
        explain("department", agencyGroup);
    }

    /** The official's own Tasklist filter of the given priority (1 their units, 2 their agency). */
    private Filter filter(String owner, int priority) {
        return filters.createFilterQuery().filterOwner(owner).list().stream()
                .filter(f -> Integer.valueOf(priority).equals(f.getProperties().get("priority"))).findFirst()
                .orElseThrow();
    }

    private ProcessEngineConfigurationImpl product() {
        return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    private List<Double> timeTasklist(String user, Filter filter) {
        for (int i = 0; i < 20; i++) {
            tasklistPage(user, filter); // warm-up
            count(user, filter);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < QUERY_RUNS; i++) {
            long started = System.nanoTime();
            tasklistPage(user, filter);
            count(user, filter);
            times.add(millis(started));
        }
        return times;
    }

    /** What Tasklist asks for a filter: the page, as the signed-in user with their groups (authorization checks). */
    private List<Task> tasklistPage(String user, Filter filter) {
        return asUser(user, () -> filters.listPage(filter.getId(), newestFirst(), 0, 15));
    }

    private long count(String user, Filter filter) {
        return asUser(user, () -> filters.count(filter.getId(), newestFirst()));
    }

    private TaskQuery newestFirst() {
        return tasks.createTaskQuery().orderByTaskCreateTime().desc();
    }

    /** Signed in with their groups and tenants, which the webapps keep in the session (looked up once, not timed). */
    private <T> T asUser(String user, Supplier<T> query) {
        List<String> groups = groupsOf.computeIfAbsent(user, u -> identity.createGroupQuery().groupMember(u).list()
                .stream().map(Group::getId).toList());
        // And their province's tenants, as the webapps keep them too (the engine's tenant check applies).
        List<String> tenantIds = tenantsOf.computeIfAbsent(user, u -> identity.createTenantQuery().userMember(u)
                .includingGroupsOfUser(true).list().stream().map(org.camunda.bpm.engine.identity.Tenant::getId)
                .toList());
        identity.setAuthentication(user, groups, tenantIds);
        try {
            return query.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The plan of the candidate-group page query (without the authorization join), for the report. */
    private void explain(String who, String group) {
        List<String> plan = jdbc.queryForList("explain (analyze, buffers off, costs off) select t.* from act_ru_task t"
                + " where exists (select 1 from act_ru_identitylink l where l.task_id_ = t.id_ and l.type_ ="
                + " 'candidate' and l.group_id_ = '" + group.replace("'",
                "''") + "') order by t.create_time_ desc limit 15",
                String.class);
        System.out.println("BENCH national explain " + who + ":\n  " + String.join("\n  ", plan));
    }

    // ---------------------------------------------------------------- dashboard

    /** The plan of one province's roll-up statement, where its time goes (read from RollUpQueries). */
    private void explainRollUp(long campaign, long province) throws ReflectiveOperationException {
        java.lang.reflect.Field children = RollUpQueries.class.getDeclaredField("CHILDREN");
        children.setAccessible(true);
        List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + children.get(null), String.class,
                province, province, province, campaign, campaign, campaign);
        System.out.println("BENCH national explain province roll-up:\n  " + String.join("\n  ", plan));
    }

    private void dashboardRollUp(NationalFixture fixture, long campaign, String phase) throws Exception {
        long started = System.nanoTime();
        fixture.syntheticTeams(campaign);
        int verified = fixture.verifyAllReports(campaign, phase);
        PhaseRollUp.Outcome outcome = rollUp.rollUp(campaign, phase);
        System.out.printf("BENCH national roll-up of %s: %d verified reports, teams and members in %.1f s%n", phase,
                verified, seconds(started));
        assertThat(verified).isEqualTo(NationalFixture.COMMUNES_2025);
        assertThat(outcome.reportsVerified()).isEqualTo(NationalFixture.COMMUNES_2025);

        long hanoi = unitId("01");
        long hcmc = unitId("79");
        Long phaseId = rollUpQueries.latestRolledUpPhase(campaign);
        List<Long> provinces = jdbc.queryForList("select id from drive.admin_unit where hierarchy = 'VN2025'"
                + " and level = 'PROVINCE' order by code", Long.class);
        CampaignDashboard.Viewer admin = new CampaignDashboard.Viewer("admin", true);
        // The dashboard page of the drive's province (Hà Nội): roll-up, total, leaderboard, overdue work.
        List<Double> page = time(50, () -> dashboard.view(admin, campaign, hanoi).orElseThrow());
        print("dashboard province page (Ha Noi)", page, "(CampaignDashboard.view: children, total, leaderboard,"
                + " overdue tasks of the drive)");
        List<Double> province = time(50, () -> rollUpQueries.children(campaign, hcmc, phaseId));
        assertThat(rollUpQueries.children(campaign, hcmc, phaseId)).isNotEmpty();
        print("dashboard province roll-up (Ho Chi Minh City)", province, "(RollUpQueries.children, "
                + count("select count(*) from drive.admin_unit where parent_id = " + hcmc) + " communes)");
        List<Double> nation = time(10, () -> {
            provinces.forEach(p -> rollUpQueries.children(campaign, p, phaseId));
            return null;
        });
        print("dashboard national roll-up", nation, "(RollUpQueries.children of each of the " + provinces.size()
                + " provinces, all " + NationalFixture.COMMUNES_2025 + " communes)");
        explainRollUp(campaign, hcmc);
    }

    private long unitId(String provinceCode) {
        return jdbc.queryForObject("select id from drive.admin_unit where hierarchy = 'VN2025' and level = 'PROVINCE'"
                + " and code = ?", Long.class, provinceCode);
    }

    // ---------------------------------------------------------------- helpers

    private static List<Double> time(int runs, Supplier<?> work) {
        for (int i = 0; i < Math.max(3, runs / 10); i++) {
            work.get(); // warm-up
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            times.add(millis(started));
        }
        return times;
    }

    private void printMachine() throws Exception {
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().orElse("MemTotal: ?").replaceAll("\\s+", " ");
        System.out.printf("BENCH national machine cores=%d %s jvm-max-heap=%d MB java=%s postgresql=\"%s\"%n",
                Runtime.getRuntime().availableProcessors(), memory, Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), jdbc.queryForObject("select version()", String.class));
    }

    private String businessKey(long campaign) {
        return jdbc.queryForObject("select business_key from drive.campaign where id = ?", String.class, campaign);
    }

    private void recreateDatabase(String name) {
        jdbc.execute("drop database if exists " + name + " with (force)");
        jdbc.execute("create database " + name);
    }

    private static String databaseUrl(String jdbcUrl, String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    private static String withDriverProperties(String jdbcUrl, java.util.Properties properties) {
        StringBuilder url = new StringBuilder(jdbcUrl);
        for (String name : properties.stringPropertyNames()) {
            url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(properties.getProperty(name));
        }
        return url.toString();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static void print(String name, List<Double> millis, String what) {
        System.out.printf("BENCH national %s p50=%.1f ms p95=%.1f ms n=%d %s%n", name, percentile(millis, 50),
                percentile(millis, 95), millis.size(), what);
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static double median(List<Double> values) {
        return percentile(values, 50);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static double millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }
}
