package vn.cdtt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.deadline.DeadlineVariables;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.IndicatorUnit;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanPhase;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.reporting.PhaseReports;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.support.AppNode;
import vn.cdtt.support.ProductTest;

/**
 * Issue 6, the quarter-end burst: N phase reports (one per synthetic village, unit = its commune) wait with their
 * reminder timer in the future; then all N reminder timers become due at once and one node, or two nodes started
 * together, drain them. Prints drain time and rate, the speed-up, and each node's start-up time and peak memory.
 * Time is printed, never asserted; the work itself is checked (each reminder recorded exactly once, no incident).
 * {@code -Dbench.timers} (default 66000) sets N, {@code -Dbench.rounds} (default 1) repeats both runs,
 * {@code -Dbench.compareBaseline=true} first drains a set with the settings from before the tuning,
 * {@code -Dbench.twoNodes=false} leaves out the two-node run.
 */
@ProductTest
@Tag("benchmark")
class QuarterEndBurstBenchmarkIT {

    private static final int TIMERS = Integer.getInteger("bench.timers", 66_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 1);
    private static final int STARTERS = Integer.getInteger("bench.starters", 4);
    private static final boolean COMPARE_BASELINE = Boolean.getBoolean("bench.compareBaseline");
    private static final boolean TWO_NODES = !"false".equals(System.getProperty("bench.twoNodes"));
    private static final String XMX = System.getProperty("bench.xmx", "512m");
    private static final String REMINDER = PhaseReportProcess.EVENT_REPORT_REMINDER_DUE;
    private static final Pattern SPRING_STARTED = Pattern.compile("Started \\w+ in ([0-9.]+) seconds");

    @Autowired
    RuntimeService runtime;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    PlanRepository plans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate transactions;

    private final String run = Long.toString(System.nanoTime(), 36);

    record Commune(long id, String code, String group, String parentGroup) {
    }

    record Drain(double seconds, List<String> nodeLines) {
    }

    @Test
    void quarterEndBurstDrainsOnOneNodeAndOnTwo() throws Exception {
        List<Commune> communes = jdbc.query("select c.id, c.code, p.code from drive.admin_unit c"
                + " join drive.admin_unit p on p.id = c.parent_id where c.hierarchy = 'VN2025'"
                + " and c.level = 'COMMUNE' order by c.code", (rs, i) -> new Commune(rs.getLong(1), rs.getString(2),
                "unit-vn2025-" + rs.getString(2), "unit-vn2025-" + rs.getString(3)));
        assertThat(communes).as("the 2025 communes are loaded").hasSizeGreaterThan(3000);
        System.out.printf("BENCH burst setup communes=%d timers=%d rounds=%d xmx=%s cpus=%d%n", communes.size(),
                TIMERS, ROUNDS, XMX, Runtime.getRuntime().availableProcessors());

        List<Double> single = new ArrayList<>();
        List<Double> pair = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            // Every set is prepared before any is drained, so each drain meets the same number of waiting jobs.
            String baseSet = COMPARE_BASELINE ? prepare(communes, "r" + round + "base") : null;
            String oneSet = prepare(communes, "r" + round + "n1");
            String twoSet = TWO_NODES ? prepare(communes, "r" + round + "n2") : null;
            if (baseSet != null) {
                drain(baseSet, 1, round, true);
            }
            single.add(drain(oneSet, 1, round, false).seconds());
            if (twoSet != null) {
                pair.add(drain(twoSet, 2, round, false).seconds());
            }
        }
        if (TWO_NODES) {
            double one = median(single);
            double two = median(pair);
            System.out.printf(Locale.ROOT, "BENCH burst speedup=%.2f oneNodeMedianSeconds=%.1f"
                    + " twoNodesMedianSeconds=%.1f rounds=%d%n", one / two, one, two, ROUNDS);
        }
    }

    /**
     * The settings before the burst was tuned (Camunda's and Hikari's defaults, starter eventing on, no acquisition
     * indexes), for the before/after figures of {@code -Dbench.compareBaseline=true}.
     */
    private Map<String, String> baselineSettings() {
        jdbc.execute("drop index if exists cdtt_idx_job_duedate");
        jdbc.execute("drop index if exists cdtt_idx_job_locked");
        Map<String, String> settings = new HashMap<>();
        settings.put("cdtt.camunda.acquisition-indexes", "false");
        settings.put("spring.datasource.hikari.maximum-pool-size", "10");
        settings.put("camunda.bpm.eventing.execution", "true");
        settings.put("camunda.bpm.eventing.history", "true");
        settings.put("camunda.bpm.eventing.task", "true");
        settings.put("camunda.bpm.job-execution.core-pool-size", "3");
        settings.put("camunda.bpm.job-execution.max-pool-size", "10");
        settings.put("camunda.bpm.job-execution.queue-capacity", "3");
        settings.put("camunda.bpm.job-execution.max-jobs-per-acquisition", "3");
        settings.put("camunda.bpm.job-execution.wait-time-in-millis", "5000");
        settings.put("camunda.bpm.job-execution.max-wait", "60000");
        settings.put("camunda.bpm.job-execution.backoff-time-in-millis", "0");
        settings.put("camunda.bpm.job-execution.max-backoff", "0");
        return settings;
    }

    /** Starts N reports whose reminder lies 30 days ahead (not timed as the burst); returns the set's key prefix. */
    private String prepare(List<Commune> communes, String label) throws Exception {
        String set = "burst-" + run + "-" + label;
        Map<String, Object> common = transactions.execute(status -> commonVariables(set));
        long started = System.nanoTime();
        ExecutorService starters = Executors.newFixedThreadPool(STARTERS);
        try {
            List<Future<?>> slices = new ArrayList<>();
            for (int slice = 0; slice < STARTERS; slice++) {
                int first = slice;
                slices.add(starters.submit(() -> {
                    for (int village = first; village < TIMERS; village += STARTERS) {
                        startReport(set, common, communes.get(village % communes.size()), village);
                    }
                }));
            }
            for (Future<?> slice : slices) {
                slice.get();
            }
        } finally {
            starters.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "BENCH burst prepare set=%s instances=%d seconds=%.1f rate=%.0f/s threads=%d%n",
                label, TIMERS, seconds, TIMERS / seconds, STARTERS);
        assertThat(reminderJobs(set)).as("one reminder timer per report").isEqualTo(TIMERS);
        return set;
    }

    /** The variables {@code PhaseReports.start} sets that do not depend on the unit, with dates 30 days ahead. */
    private Map<String, Object> commonVariables(String set) {
        Plan plan = plans.findFirstByCodeOrderByVersionDesc("can-tho-1170").orElseThrow();
        Campaign campaign = campaigns.save(new Campaign(plan, set));
        PlanPhase phase = plan.getPhases().get(0);
        Map<String, Object> variables = new HashMap<>();
        variables.put("campaignId", campaign.getId());
        variables.put("phaseId", phase.getId());
        variables.put("phaseName", phase.getNameVi());
        variables.putAll(DeadlineVariables.of(null, EngineClock.today().plusDays(33)));
        variables.put("indicatorOptions", vn.cdtt.engine.Variables.json(plan.getIndicators().stream()
                .map(i -> Map.of("value", i.getCode(), "label",
                        i.getNameVi() + (i.getUnit() == IndicatorUnit.PERCENT ? " (%)" : ""))).toList()));
        return variables;
    }

    private void startReport(String set, Map<String, Object> common, Commune commune, int village) {
        Map<String, Object> variables = new HashMap<>(common);
        variables.put("unitId", commune.id());
        variables.put("unitName", "Thôn " + village + ", " + commune.code());
        variables.put("unitGroup", commune.group());
        variables.put("escalationGroup", commune.parentGroup());
        runtime.startProcessInstanceByKey(PhaseReports.PROCESS, set + "/" + commune.code() + "/v" + village, variables);
    }

    /** Starts the nodes, makes the set's reminders due at once and waits until none is left; checks the work. */
    private Drain drain(String set, int nodeCount, int round, boolean baseline) throws Exception {
        List<AppNode> nodes = new ArrayList<>();
        String settings = baseline ? "baseline" : "tuned";
        Map<String, String> properties = new HashMap<>(baseline ? baselineSettings() : Map.of());
        properties.put("Xmx", XMX);
        try {
            for (int i = 1; i <= nodeCount; i++) {
                nodes.add(AppNode.start("burst-" + run + "-r" + round + "-" + settings + "-n" + nodeCount + "-" + i,
                        AppNode.freePort(), AppNode.Database.of(dataSource), properties));
            }
            Map<AppNode, Duration> startUpCpu = new HashMap<>();
            for (AppNode node : nodes) {
                node.awaitUp(Duration.ofMinutes(Long.getLong("bench.startMinutes", 6)));
                startUpCpu.put(node, node.cpuTime());
            }
            long campaign = campaignOf(set);
            Duration nodeCpuBefore = nodesCpu(nodes);
            Duration databaseCpuBefore = databaseCpu();
            Date due = EngineClock.startOf(EngineClock.today());
            long started = System.nanoTime();
            int madeDue = jdbc.update("update act_ru_job j set duedate_ = ? from act_ru_execution e"
                    + " where e.id_ = j.process_instance_id_ and e.business_key_ like ? and j.handler_cfg_ like ?",
                    due, set + "/%", REMINDER + "%");
            assertThat(madeDue).isEqualTo(TIMERS);
            long deadline = System.nanoTime() + Duration.ofMinutes(Long.getLong("bench.drainMinutes", 15)).toNanos();
            int left = TIMERS;
            while (left > 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                left = dueReminderJobs();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            left = reminderJobs(set);
            double nodeCpu = nodesCpu(nodes).minus(nodeCpuBefore).toMillis() / 1000.0;
            double databaseCpu = databaseCpu().minus(databaseCpuBefore).toMillis() / 1000.0;
            assertThat(left).as("reminder timers left undone").isZero();
            System.out.printf(Locale.ROOT, "BENCH burst nodes=%d timers=%d drainSeconds=%.1f rate=%.0f/s round=%d"
                    + " settings=%s nodeCpuSeconds=%.1f databaseCpuSeconds=%.1f cpuMsPerTimer=%.2f loadAverage=%.1f%n",
                    nodeCount, TIMERS, seconds, TIMERS / seconds, round, settings, nodeCpu, databaseCpu,
                    (nodeCpu + databaseCpu) * 1000 / TIMERS, loadAverage());
            assertThat(jdbc.queryForObject("select count(*) from drive.deadline_event where campaign_id = ?"
                    + " and kind = 'REMINDER'", Integer.class, campaign)).as("reminders recorded exactly once")
                    .isEqualTo(TIMERS);
            assertThat(jdbc.queryForList("select count(*), count(distinct a.proc_inst_id_) from act_hi_actinst a"
                    + " join act_hi_procinst p on p.id_ = a.proc_inst_id_ where p.business_key_ like ?"
                    + " and a.act_id_ = 'Task_RecordReportReminder'", set + "/%").get(0).values())
                    .as("each report's reminder task ran once, by history").containsOnly((long) TIMERS);
            assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();
            List<String> lines = new ArrayList<>();
            for (AppNode node : nodes) {
                lines.add(nodeLine(node, startUpCpu.get(node)));
            }
            lines.forEach(System.out::println);
            return new Drain(seconds, lines);
        } finally {
            for (AppNode node : nodes) {
                node.close();
            }
        }
    }

    private String nodeLine(AppNode node, Duration startUpCpu) throws IOException {
        Matcher started = SPRING_STARTED.matcher(Files.readString(node.log()));
        String spring = started.find() ? started.group(1) : "?";
        long conflicts = Files.readAllLines(node.log()).stream().filter(l -> l.contains("OptimisticLocking")).count();
        return String.format(Locale.ROOT, "BENCH node name=%s startUpSeconds=%.1f springStartedSeconds=%s"
                        + " startUpCpuSeconds=%.1f peakRssMiB=%d xmx=%s optimisticLockingLogLines=%d loadAverage=%.1f",
                node.name(), node.startUpTime().toMillis() / 1000.0, spring, startUpCpu.toMillis() / 1000.0,
                node.peakResidentBytes() / (1024 * 1024), XMX, conflicts, loadAverage());
    }

    private static Duration nodesCpu(List<AppNode> nodes) {
        return nodes.stream().map(AppNode::cpuTime).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * CPU used so far by the PostgreSQL server (postmaster and its live backends): with the nodes' CPU, the cost of
     * the burst independent of how busy the machine is. Backends that ended meanwhile are not counted.
     */
    private Duration databaseCpu() {
        try {
            String dataDirectory = jdbc.queryForObject("show data_directory", String.class);
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory,
                    "postmaster.pid")).get(0).trim());
            ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
            return Stream.concat(Stream.of(server), server.children()).map(p -> p.info().totalCpuDuration()
                    .orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus);
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO; // a server on another machine: not measurable from here
        }
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Cheap enough to ask twice a second during the burst: only this set's reminders are due. */
    private int dueReminderJobs() {
        return jdbc.queryForObject("select count(*) from act_ru_job where duedate_ <= now() and handler_cfg_ like ?",
                Integer.class, REMINDER + "%");
    }

    private int reminderJobs(String set) {
        return jdbc.queryForObject("select count(*) from act_ru_job j join act_ru_execution e"
                + " on e.id_ = j.process_instance_id_ where e.business_key_ like ? and j.handler_cfg_ like ?",
                Integer.class, set + "/%", REMINDER + "%");
    }

    private long campaignOf(String set) {
        return jdbc.queryForObject("select id from drive.campaign where business_key = ?", Long.class, set);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
