package vn.cdtt.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.cdtt.support.ProductTest;

/**
 * Issue 6, fault "SMTP down during 10,000 task creations": with no mail server listening, several threads start
 * 10,000 one-task instances whose candidate groups resolve to real officials while the product's own scheduler keeps
 * trying to send. No task creation may fail and no notice may give up. Then GreenMail comes up on the configured
 * port and every (task, recipient) pair must arrive exactly once. The retry delays are configured in seconds rather
 * than minutes so the backoff really passes during the test instead of being forged in the table.
 * Run with {@code ./mvnw -o -Pfault test -Dtest=SmtpOutageFaultTest}; {@code -Dfault.smtp.tasks=N} for a smaller run.
 */
@ProductTest
@Tag("fault")
@TestPropertySource(properties = {
        "spring.mail.port=" + SmtpOutageFaultTest.SMTP_PORT,
        "cdtt.notices.scheduler.enabled=true",
        "cdtt.notices.scheduler.send-interval=PT0.5S",
        "cdtt.notices.scheduler.deadline-interval=PT1H",
        "cdtt.notices.first-retry-delay=PT1S",
        "cdtt.notices.max-retry-delay=PT4S"})
class SmtpOutageFaultTest {

    static final int SMTP_PORT = 3125;
    private static final int TASKS = Integer.getInteger("fault.smtp.tasks", 10_000);
    private static final int CREATORS = 4;
    private static final int COMMUNES = 20;
    /** Every fifth task also goes to the provincial department, so some tasks have two recipients. */
    private static final String DEPARTMENT = "agency-hg-stttt";
    private static final String KEY_PREFIX = "smtp-outage-";
    private static final Pattern TASK_LINK = Pattern.compile("\\?task=([0-9a-zA-Z-]+)");
    private static final long DRAIN_LIMIT_SECONDS = 240;

    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void tasksAreCreatedWhileTheMailServerIsDownAndEveryNoticeArrivesOnceWhenItReturns() throws Exception {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("NoticeTestProcess").count() == 0) {
            repository.createDeployment().addClasspathResource("processes/notice-test.bpmn").deploy();
        }
        List<String> groups = groups();

        // Fault: nothing listens on the SMTP port while the tasks are created and the scheduler sends.
        long createStart = System.nanoTime();
        Map<Integer, String> failures = createTasks(groups);
        double createSeconds = seconds(createStart);
        Map<String, Integer> taskIndex = createdTasks();
        int retriedAfterCreation = awaitSenderRetriesWhileDown(taskIndex.keySet());

        Map<String, Integer> whileDown = statuses(taskIndex.keySet());
        int attemptsWhileDown = sum("attempts", taskIndex.keySet());
        String lastError = jdbc.queryForObject("select max(last_error) from drive.notice where task_id = any(?)",
                String.class, (Object) ids(taskIndex.keySet()));

        // The server returns; the retries fall due by themselves (delays of seconds) and the scheduler drains.
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        long drainStart = System.nanoTime();
        awaitNothingLeftToSend(taskIndex.keySet());
        double drainSeconds = seconds(drainStart);

        Set<String> expected = expectedPairs(taskIndex, groups);
        Map<String, Integer> received = receivedPairs();
        Set<String> lost = new HashSet<>(expected);
        lost.removeAll(received.keySet());
        int duplicates = received.values().stream().mapToInt(count -> count - 1).sum();
        Set<String> unexpected = new HashSet<>(received.keySet());
        unexpected.removeAll(expected);
        Map<String, Integer> after = statuses(taskIndex.keySet());
        int notices = after.values().stream().mapToInt(Integer::intValue).sum();

        System.out.printf(Locale.ROOT, "FAULT smtp-outage tasks=%d failedTasks=%d notices=%d sendAttemptsWhileDown=%d"
                        + " lost=%d duplicates=%d drainSeconds=%.1f%n", taskIndex.size(), failures.size(), notices,
                attemptsWhileDown, lost.size(), duplicates, drainSeconds);
        System.out.printf(Locale.ROOT, "FAULT smtp-outage detail creators=%d createSeconds=%.1f tasksPerSecond=%.0f"
                        + " statusesWhileDown=%s statusesAfter=%s expectedPairs=%d mailsReceived=%d unexpected=%d"
                        + " lastErrorWhileDown=\"%s\"%n", CREATORS, createSeconds, TASKS / createSeconds, whileDown,
                after, expected.size(), smtp.getReceivedMessages().length, unexpected.size(), lastError);

        assertThat(failures).as("task creations that failed while the mail server was down").isEmpty();
        assertThat(taskIndex).hasSize(TASKS);
        assertThat(retriedAfterCreation).as("the sender kept trying while the server was down").isPositive();
        assertThat(count("attempts > 1", taskIndex.keySet())).as("notices retried after their backoff").isPositive();
        assertThat(lastError).as("the fault really was an unreachable server").containsIgnoringCase("connect");
        assertThat(whileDown).as("no notice gave up while the server was down").containsOnlyKeys("PENDING",
                "RETRYING");
        assertThat(whileDown.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(expected.size());
        assertThat(lost).as("pairs (task, recipient) that never got a mail").isEmpty();
        assertThat(duplicates).as("mails beyond one per pair (task, recipient)").isZero();
        assertThat(unexpected).as("mails for no expected pair").isEmpty();
        assertThat(after).containsOnlyKeys("SENT");
        assertThat(notices).isEqualTo(expected.size());
    }

    /** Unit groups of communes that have an official with an address, the same ones every run. */
    private List<String> groups() {
        List<String> codes = jdbc.queryForList("select distinct u.code from drive.admin_unit u"
                + " join drive.official_unit ou on ou.unit_id = u.id join drive.official o on o.id = ou.official_id"
                + " where u.hierarchy = 'VN2022' and u.level = 'COMMUNE' and o.email is not null"
                + " order by u.code limit ?", String.class, COMMUNES);
        assertThat(codes).hasSize(COMMUNES);
        return codes.stream().map(code -> "unit-vn2022-" + code).toList();
    }

    private static String groupOf(int index, List<String> groups) {
        String commune = groups.get(index % groups.size());
        return index % 5 == 0 ? commune + "," + DEPARTMENT : commune;
    }

    /** @return index of each task creation that failed, with its error */
    private Map<Integer, String> createTasks(List<String> groups) throws InterruptedException {
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService creators = Executors.newFixedThreadPool(CREATORS);
        for (int thread = 0; thread < CREATORS; thread++) {
            creators.execute(() -> {
                for (int index = next.getAndIncrement(); index < TASKS; index = next.getAndIncrement()) {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("group", groupOf(index, groups));
                    variables.put("due", null);
                    try {
                        runtime.startProcessInstanceByKey("NoticeTestProcess", KEY_PREFIX + index, variables);
                    } catch (RuntimeException e) {
                        failures.put(index, String.valueOf(e));
                    }
                }
            });
        }
        creators.shutdown();
        assertThat(creators.awaitTermination(10, TimeUnit.MINUTES)).as("task creation finished").isTrue();
        return failures;
    }

    /** Task id to the index its instance was started with. */
    private Map<String, Integer> createdTasks() {
        Map<String, Integer> tasks = new HashMap<>();
        jdbc.query("select t.id_, e.business_key_ from act_ru_task t join act_ru_execution e"
                + " on e.id_ = t.proc_inst_id_ where e.business_key_ like ?", rs -> {
                    tasks.put(rs.getString(1), Integer.valueOf(rs.getString(2).substring(KEY_PREFIX.length())));
                }, KEY_PREFIX + "%");
        return tasks;
    }

    /** The recipients each task's groups stand for, read here independently of the product's resolution. */
    private Set<String> expectedPairs(Map<String, Integer> tasks, List<String> groups) {
        Map<String, List<String>> addresses = new HashMap<>();
        for (String group : groups) {
            addresses.put(group, jdbc.queryForList("select lower(o.email) from drive.official o join drive.official_unit"
                    + " ou on ou.official_id = o.id join drive.admin_unit u on u.id = ou.unit_id"
                    + " where u.hierarchy = 'VN2022' and 'unit-vn2022-' || u.code = ? and o.email is not null",
                    String.class, group));
        }
        addresses.put(DEPARTMENT, jdbc.queryForList("select lower(o.email) from drive.official o join drive.agency a"
                + " on a.id = o.agency_id where 'agency-' || lower(a.code) = ? and o.email is not null"
                + " union select lower(mailbox) from drive.agency where 'agency-' || lower(code) = ?"
                + " and mailbox is not null and mailbox <> ''", String.class, DEPARTMENT, DEPARTMENT));
        Set<String> pairs = new HashSet<>();
        tasks.forEach((task, index) -> {
            for (String group : groupOf(index, groups).split(",")) {
                addresses.get(group).forEach(address -> pairs.add(task + " " + address));
            }
        });
        return pairs;
    }

    /** Mails per (task, recipient): the task from the Tasklist link in the text, the recipient from the header. */
    private Map<String, Integer> receivedPairs() throws Exception {
        Map<String, Integer> pairs = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            Matcher link = TASK_LINK.matcher(plainText(mail));
            String task = link.find() ? link.group(1) : "no-link";
            String recipient = mail.getAllRecipients()[0].toString().toLowerCase(Locale.ROOT);
            pairs.merge(task + " " + recipient, 1, Integer::sum);
        }
        return pairs;
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    /**
     * The outage goes on after the last task until the sender has tried again (its retries really fell due).
     *
     * @return attempts the sender made after the last task was created
     */
    private int awaitSenderRetriesWhileDown(Set<String> tasks) throws InterruptedException {
        int before = sum("attempts", tasks);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while ((count("attempts > 1", tasks) == 0 || sum("attempts", tasks) < before + 100)
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return sum("attempts", tasks) - before;
    }

    private void awaitNothingLeftToSend(Set<String> tasks) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_LIMIT_SECONDS);
        while (count("status in ('PENDING', 'RETRYING')", tasks) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private int count(String condition, Set<String> tasks) {
        Integer count = jdbc.queryForObject("select count(*) from drive.notice where task_id = any(?) and "
                + condition, Integer.class, (Object) ids(tasks));
        return count == null ? 0 : count;
    }

    private int sum(String column, Set<String> tasks) {
        Integer sum = jdbc.queryForObject("select coalesce(sum(" + column + "), 0) from drive.notice"
                + " where task_id = any(?)", Integer.class, (Object) ids(tasks));
        return sum == null ? 0 : sum;
    }

    private Map<String, Integer> statuses(Set<String> tasks) {
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        jdbc.query("select status, count(*) from drive.notice where task_id = any(?) group by status", rs -> {
            statuses.put(rs.getString(1), rs.getInt(2));
        }, (Object) ids(tasks));
        return statuses;
    }

    private static String[] ids(Set<String> tasks) {
        return new ArrayList<>(tasks).toArray(String[]::new);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
