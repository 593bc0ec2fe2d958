package vn.cdtt.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.FileSystemUtils;

import vn.cdtt.support.AppNode;

/**
 * PostgreSQL restarted under load (its own embedded server, stopped and started again on the same data directory
 * and port): the node serves again without a restart of its own, every write it acknowledged is still there, and its
 * job executor and notice sender work again.
 */
@Tag("fault")
class PostgresRestartIT {

    private static final String NAME = "postgres-restart";
    private static final Path DATA = Path.of("target", "fault-postgres-restart").toAbsolutePath();
    private static final int THREADS = 3;
    private static final int NOTICES = 20;

    private EmbeddedPostgres postgres;
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final Set<String> acknowledgedStarts = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedCompletions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicLong lastSuccessNanos = new AtomicLong();
    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void theNodeServesAgainAfterARestartAndNothingAcknowledgedIsLost() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        Files.createDirectories(DATA.getParent());
        int port = AppNode.freePort();
        postgres = start(port);
        AppNode.Database database = new AppNode.Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
                database.url(), "postgres", ""));
        ExecutorService load = Executors.newFixedThreadPool(THREADS);
        try (FaultSmtp smtp = new FaultSmtp();
             AppNode node = AppNode.start(NAME, AppNode.freePort(), database, Faults.nodeProperties())) {
            node.awaitUp(Faults.START_UP);
            NodeRest rest = new NodeRest(node);
            NodeRest.Answer deployed = rest.deploy(Path.of("src/test/resources/processes/fault-load.bpmn"));
            assertThat(deployed.status()).as(deployed.body().toString()).isEqualTo(200);
            List<Long> notices = new ArrayList<>(outbox(jdbc, "before"));

            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                load.submit(() -> work(rest, thread));
            }
            Thread.sleep(10_000);
            int acknowledgedBefore = acknowledgedStarts.size();
            long down = System.nanoTime();
            postgres.close();
            postgres = start(port);
            long up = System.nanoTime();
            Duration recovered = Faults.await("a request served after PostgreSQL came back", Duration.ofSeconds(60),
                    () -> lastSuccessNanos.get() > up);
            Faults.print(NAME, "PostgreSQL down for %d ms (stop and start); node served again %d ms after it was up",
                    (up - down) / 1_000_000, recovered.toMillis());
            notices.addAll(outbox(jdbc, "after"));
            Thread.sleep(10_000);
            loading.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

            Duration jobs = Faults.await("the job executor ran every save point", Duration.ofMinutes(2),
                    () -> jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ ="
                            + " 'FaultLoadProcess'", Integer.class) == 0);
            Duration mails = Faults.await("the notice sender sent the outbox", Duration.ofMinutes(1),
                    () -> jdbc.queryForObject("select count(*) from drive.notice where status <> 'SENT'",
                            Integer.class) == 0);
            Faults.print(NAME, "after the restart: jobs all run in %d s, notices all sent in %d s", jobs.toSeconds(),
                    mails.toSeconds());

            Set<String> instances = Set.copyOf(jdbc.queryForList("select id_ from act_hi_procinst", String.class));
            Set<String> ended = Set.copyOf(jdbc.queryForList("select id_ from act_hi_procinst"
                    + " where end_time_ is not null", String.class));
            int duplicatedKeys = jdbc.queryForObject("select count(*) - count(distinct business_key_)"
                    + " from act_hi_procinst", Integer.class);
            int incidents = jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class);
            long startsLost = acknowledgedStarts.stream().filter(id -> !instances.contains(id)).count();
            long completionsLost = acknowledgedCompletions.stream().filter(id -> !ended.contains(id)).count();
            int tasksMissing = jdbc.queryForObject("select count(*) from act_hi_procinst p where p.end_time_ is null"
                    + " and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = p.id_)", Integer.class);
            Faults.NoticeTally tally = Faults.NoticeTally.of(notices, smtp.receivedByNotice(), Set.of());
            Faults.print(NAME, "load %d threads on /engine-rest for %d acknowledged starts (%d before the restart) and"
                    + " %d completions, %d requests refused; faults 1 PostgreSQL restart; checked %d instances, %d"
                    + " notices, %d mails", THREADS, acknowledgedStarts.size(), acknowledgedBefore,
                    acknowledgedCompletions.size(), refused.get(), instances.size(), tally.notices(), tally.mails());
            Faults.print(NAME, "lost: starts %d, completions %d, tasks %d, notices %d; duplicated: instances %d,"
                    + " mails %d; incidents %d", startsLost, completionsLost, tasksMissing, tally.lost(),
                    duplicatedKeys, tally.duplicated(), incidents);

            assertThat(acknowledgedBefore).as("load before the restart").isPositive();
            assertThat(acknowledgedStarts.size()).as("load after the restart").isGreaterThan(acknowledgedBefore);
            assertThat(startsLost + completionsLost).as("acknowledged writes lost").isZero();
            assertThat(duplicatedKeys).isZero();
            assertThat(tasksMissing).as("instances whose save point never ran").isZero();
            assertThat(tally.lost() + tally.duplicated()).as("notices lost or mailed twice").isZero();
        } finally {
            loading.set(false);
            load.shutdownNow();
            postgres.close();
        }
    }

    /** One client: starts instances and completes the tasks of earlier ones, keeping what got a 2xx answer. */
    private void work(NodeRest rest, int thread) {
        for (int i = 0; loading.get(); i++) {
            try {
                NodeRest.Answer started = rest.post("/engine-rest/process-definition/key/FaultLoadProcess/start",
                        Map.of("businessKey", run + "-" + thread + "-" + i,
                                "variables", Map.of("group", Map.of("value", "fault-" + thread, "type", "String"))));
                if (started.ok()) {
                    acknowledgedStarts.add(started.body().path("id").asText());
                    lastSuccessNanos.set(System.nanoTime());
                } else {
                    refused.incrementAndGet();
                }
                if (i % 2 == 1) {
                    complete(rest);
                }
            } catch (IOException e) {
                refused.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void complete(NodeRest rest) throws IOException, InterruptedException {
        NodeRest.Answer tasks = rest.get("/engine-rest/task?processDefinitionKey=FaultLoadProcess&maxResults=1"
                + "&firstResult=" + (int) (Math.random() * 5));
        if (!tasks.ok()) {
            refused.incrementAndGet();
            return;
        }
        if (tasks.body().size() == 0) {
            return;
        }
        String task = tasks.body().get(0).path("id").asText();
        String instance = tasks.body().get(0).path("processInstanceId").asText();
        NodeRest.Answer completed = rest.post("/engine-rest/task/" + task + "/complete", Map.of());
        if (completed.ok()) {
            acknowledgedCompletions.add(instance);
            lastSuccessNanos.set(System.nanoTime());
        } else if (completed.status() != 404) {
            refused.incrementAndGet();
        }
    }

    /** Notices written straight into the outbox, as the engine's task listener writes them. */
    private List<Long> outbox(JdbcTemplate jdbc, String when) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < NOTICES / 2; i++) {
            ids.add(jdbc.queryForObject("insert into drive.notice (kind, task_id, recipient, task_name, unit_name)"
                    + " values ('TASK', ?, ?, 'Việc thử khi khởi động lại PostgreSQL', 'Đơn vị thử') returning id",
                    Long.class, run + "-" + when + "-" + i, "can-bo-" + i + "@fault.example"));
        }
        return ids;
    }

    private static EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("max_connections", "100").setLocaleConfig("encoding", "UTF8").start();
    }
}
