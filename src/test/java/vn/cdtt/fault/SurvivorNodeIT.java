package vn.cdtt.fault;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cdtt.support.AppNode;
import vn.cdtt.support.ProductTest;

/**
 * Two nodes on one database share a load of due jobs (async save points before user tasks whose notices go to the
 * communes' officials); one is killed with SIGKILL mid-way. The survivor finishes every job, with no incident, and
 * every notice reaches the SMTP server; none twice, bar what the dead node had in flight.
 */
@ProductTest
@Tag("fault")
@TestPropertySource(properties = "spring.mail.port=" + FaultSmtp.PORT)
class SurvivorNodeIT {

    private static final String NAME = "survivor-node";
    private static final int INSTANCES = 1000;
    private static final String PROCESS = "FaultLoadProcess";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TransactionTemplate transaction;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void theSurvivorFinishesEveryDueJobAndSendsEachNoticeOnce() throws Exception {
        repository.createDeployment().addClasspathResource("processes/fault-load.bpmn")
                .enableDuplicateFiltering(true).deploy();
        List<String> groups = jdbc.queryForList("select distinct 'unit-' || lower(u.hierarchy) || '-' || u.code"
                + " from drive.admin_unit u join drive.official_unit o on o.unit_id = u.id order by 1", String.class);
        assertThat(groups).as("units with officials to notify").isNotEmpty();
        AppNode.Database database = AppNode.Database.of(dataSource);

        try (FaultSmtp smtp = new FaultSmtp();
             AppNode survivor = AppNode.start(NAME + "-a", AppNode.freePort(), database, Faults.nodeProperties())) {
            AppNode victim = AppNode.start(NAME + "-b", AppNode.freePort(), database, Faults.nodeProperties());
            Set<String> instances;
            int dueAtKill;
            int lockedAtKill;
            int owners;
            Set<Long> inFlight;
            try {
                victim.awaitUp(Faults.START_UP);
                survivor.awaitUp(Faults.START_UP);
                // All due at once, in one transaction, once both nodes poll: they compete for the same jobs.
                instances = transaction.execute(status -> startInstances(groups));
                Faults.await("both nodes have run a third of the jobs", Duration.ofMinutes(5),
                        () -> jobs() <= INSTANCES * 2 / 3);
                owners = jdbc.queryForObject("select count(distinct lock_owner_) from act_ru_job"
                        + " where process_def_key_ = ? and lock_owner_ is not null", Integer.class, PROCESS);
                victim.kill();
                dueAtKill = jobs();
                lockedAtKill = jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = ?"
                        + " and lock_exp_time_ > now()", Integer.class, PROCESS);
                inFlight = claimedNotices();
            } finally {
                victim.kill();
            }
            Faults.print(NAME, "killed node b (SIGKILL) with %d of %d jobs left, %d locked, %d job executors"
                    + " holding locks just before; %d notices claimed in flight; job lock time %d s, claim timeout"
                    + " %d s", dueAtKill, INSTANCES, lockedAtKill, owners, inFlight.size(),
                    Faults.LOCK_TIME.toSeconds(), Faults.CLAIM_TIMEOUT.toSeconds());
            assertThat(dueAtKill).as("killed mid-way").isPositive();

            Duration jobsDone = Faults.await("the survivor ran every job", Duration.ofMinutes(5), () -> jobs() == 0);
            Duration sent = Faults.await("every notice sent", Duration.ofMinutes(3), () -> unsentNotices() == 0);
            Faults.print(NAME, "survivor finished the jobs %d s after the kill, the notices %d s later",
                    jobsDone.toSeconds(), sent.toSeconds());
            assertThat(survivor.alive()).isTrue();

            Map<String, Integer> tasksPerInstance = new java.util.HashMap<>();
            jdbc.query("select e.id_, count(t.id_) from act_ru_execution e left join act_ru_task t"
                    + " on t.proc_inst_id_ = e.id_ where e.id_ = e.proc_inst_id_ and e.business_key_ like ?"
                    + " group by e.id_", rs -> {
                        tasksPerInstance.put(rs.getString(1), rs.getInt(2));
                    }, NAME + "-" + run + "-%");
            int incidents = jdbc.queryForObject("select count(*) from act_ru_incident i join act_ru_execution e"
                    + " on e.id_ = i.proc_inst_id_ where e.business_key_ like ?", Integer.class,
                    NAME + "-" + run + "-%");
            List<Long> notices = jdbc.queryForList("select n.id from drive.notice n join act_ru_task t"
                    + " on t.id_ = n.task_id join act_ru_execution e on e.id_ = t.proc_inst_id_"
                    + " where e.business_key_ like ?", Long.class, NAME + "-" + run + "-%");
            Faults.NoticeTally mails = Faults.NoticeTally.of(notices, smtp.receivedByNotice(), inFlight);
            int tasksLost = (int) tasksPerInstance.values().stream().filter(c -> c == 0).count();
            int tasksDuplicated = tasksPerInstance.values().stream().mapToInt(c -> Math.max(0, c - 1)).sum();

            Faults.print(NAME, "load %d due jobs on 2 nodes; faults 1 node SIGKILL; checked %d instances, %d notices,"
                    + " %d mails", INSTANCES, tasksPerInstance.size(), mails.notices(), mails.mails());
            Faults.print(NAME, "lost: instances %d, tasks %d, notices %d; duplicated: tasks %d, mails %d (of which %d"
                    + " from batches in flight at the kill); incidents %d", INSTANCES - tasksPerInstance.size(),
                    tasksLost, mails.lost(), tasksDuplicated, mails.duplicated(), mails.duplicatedInFlight(),
                    incidents);

            assertThat(tasksPerInstance.keySet()).as("every instance still there").isEqualTo(instances);
            assertThat(tasksLost + tasksDuplicated).as("tasks missing or twice").isZero();
            assertThat(incidents).isZero();
            assertThat(mails.notices()).isPositive();
            assertThat(mails.lost()).as("notices never received").isZero();
            assertThat(mails.duplicatedOutsideInFlight()).as("notices mailed twice outside the dead node's batch")
                    .isEmpty();
        }
    }

    private Set<String> startInstances(List<String> groups) {
        Set<String> instances = new HashSet<>();
        for (int i = 0; i < INSTANCES; i++) {
            instances.add(runtime.startProcessInstanceByKey(PROCESS, NAME + "-" + run + "-" + i,
                    Map.of("group", groups.get(i % groups.size()))).getId());
        }
        return instances;
    }

    private int jobs() {
        return jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = ?", Integer.class,
                PROCESS);
    }

    private int unsentNotices() {
        return jdbc.queryForObject("select count(*) from drive.notice n join act_ru_task t on t.id_ = n.task_id"
                + " join act_ru_execution e on e.id_ = t.proc_inst_id_ where e.business_key_ like ?"
                + " and n.status <> 'SENT'", Integer.class, NAME + "-" + run + "-%");
    }

    private Set<Long> claimedNotices() {
        return new HashSet<>(jdbc.queryForList("select id from drive.notice where status in ('PENDING', 'RETRYING')"
                + " and claimed_until > now()", Long.class));
    }
}
