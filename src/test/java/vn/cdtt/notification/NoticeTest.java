package vn.cdtt.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;

/**
 * Task notices end to end through the outbox to GreenMail, a real SMTP server in the test JVM: content and
 * recipients, a dead server while tasks are created, rollback, two senders at once, reminders and escalations by the
 * engine's clock, and an address the server rejects.
 */
@ProductTest
class NoticeTest {

    private static final String DIGITAL_DEPT = "agency-hg-stttt";
    private static final String PHUONG_I = "unit-vn2022-31318";
    private static final String DEPT_MAIL = "hg-stttt@haugiang.demo.example";
    private static final String COMMUNE_MAIL = "hg-xa-31318@haugiang.demo.example";
    private static final String DISTRICT_MAIL = "hg-huyen-930@haugiang.demo.example";
    /** The one address the test server refuses, as a mail server refuses a mailbox that does not exist. */
    private static final String REJECTED = "hop-thu-khong-ton-tai@haugiang.demo.example";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    NoticeSender sender;
    @Autowired
    NoticeDeadlines deadlines;
    @Autowired
    NoticeDigests digests;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    private GreenMail smtp;

    @BeforeEach
    void startSmtpAndDeploy() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("NoticeTestProcess").count() == 0) {
            repository.createDeployment().addClasspathResource("processes/notice-test.bpmn").deploy();
        }
        // Notices left by other test classes are not this class's business.
        jdbc.update("update drive.notice set status = 'FAILED', last_error = 'left by an earlier test'"
                + " where status in ('PENDING', 'RETRYING')");
        smtp = new RejectingGreenMail();
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        ProcessDays.reset();
    }

    @Test
    void aNewTaskMailsItsGroupInVietnameseWithTheTasklistLink() throws Exception {
        String task = startTask(DIGITAL_DEPT, null);
        assertThat(statuses(task)).containsOnly("PENDING").isNotEmpty();

        sender.drain();
        MimeMessage mail = only(DEPT_MAIL);
        assertThat(mail.getSubject()).isEqualTo("[Việc mới] Báo cáo thử nghiệm về chuyển đổi số — Sở Thông tin"
                + " và Truyền thông tỉnh Hậu Giang");
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        assertThat(decoded(mail)).contains("Đơn vị của anh/chị vừa được giao việc", "Mở việc trong Tasklist",
                "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task, "text/plain", "text/html");
        assertThat(body).isNotEmpty();
        assertThat(statuses(task)).containsOnly("SENT");
    }

    @Test
    void completingALifecycleStepMailsTheNextDepartment() throws Exception {
        ProcessDays.at(2022, 5, 30); // the plan's issue date: a drive is started before its days pass
        String key = "notice-hg-" + System.nanoTime();
        String drive = runtime.startProcessInstanceByKey(CampaignLifecycleProcess.KEY, key,
                Map.of("planCode", "hau-giang-2022")).getId();
        // The save point after opening, then the assignments' opening timers (due at once).
        management.executeJob(management.createJobQuery().processInstanceId(drive).singleResult().getId());
        for (var job : management.createJobQuery().processInstanceId(drive).timers().executable().list()) {
            management.executeJob(job.getId());
        }
        sender.drain();
        MimeMessage draft = received(DEPT_MAIL).stream().filter(m -> subject(m).contains("Dự thảo quyết định"))
                .findFirst().orElseThrow();
        assertThat(decoded(draft)).contains("Thành lập và tổ chức hoạt động Tổ công nghệ số cộng đồng",
                "103/KH-UBND", "31/05/2022");

        for (Task task : tasks.createTaskQuery().processInstanceId(drive)
                .taskDefinitionKey(CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT).list()) {
            tasks.complete(task.getId(), Map.of("documentReference", "Dự thảo", "summary", "Nội dung"));
        }
        sender.drain();
        assertThat(received("hg-lanhdao@haugiang.demo.example")).extracting(NoticeTest::subject)
                .anyMatch(subject -> subject.startsWith("[Việc mới] Lãnh đạo duyệt các sản phẩm nhiệm vụ chuẩn bị"));
        // Every instance of the drive, the communes' ones included, so no later scan finds their due dates.
        runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(key + "%").list()
                .forEach(instance -> runtime.deleteProcessInstanceIfExists(instance.getId(), "test over", true, true,
                        true, false));
    }

    @Test
    void anOfficialWhoReadsEnglishGetsTheNoticeInEnglish() throws Exception {
        jdbc.update("update drive.official set locale = 'en' where username = 'hg-xa-31318'");
        try {
            String task = startTask(PHUONG_I, null);
            sender.drain();
            assertThat(only(COMMUNE_MAIL).getSubject()).startsWith("[New task] Báo cáo thử nghiệm");
            assertThat(decoded(only(COMMUNE_MAIL))).contains("Your unit has just been given this task",
                    "?task=" + task);
        } finally {
            jdbc.update("update drive.official set locale = 'vi' where username = 'hg-xa-31318'");
        }
    }

    @Test
    void tasksAreCreatedWhileTheMailServerIsDownAndEveryNoticeArrivesOnceItIsBack() throws Exception {
        smtp.stop();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            created.add(startTask(PHUONG_I, null));
        }
        assertThat(created).hasSize(20).doesNotContainNull();
        sender.drain();
        assertThat(jdbc.queryForList("select distinct status from drive.notice where task_id = any(?)",
                String.class, (Object) created.toArray(String[]::new))).containsExactly("RETRYING");
        assertThat(jdbc.queryForObject("select min(last_error) from drive.notice where task_id = any(?)",
                String.class, (Object) created.toArray(String[]::new))).containsIgnoringCase("connect");

        smtp = new RejectingGreenMail();
        smtp.start();
        jdbc.update("update drive.notice set next_attempt_at = now() where task_id = any(?)",
                (Object) created.toArray(String[]::new)); // the backoff has passed
        sender.drain();
        sender.drain();
        assertThat(smtp.getReceivedMessagesForDomain("haugiang.demo.example")).hasSize(20);
        assertThat(received(COMMUNE_MAIL)).hasSize(20);
        for (String task : created) {
            assertThat(statuses(task)).containsOnly("SENT");
        }
    }

    @Test
    void aServerDownLongerThanEveryRetryFailsNoNoticeAndARoundTriesItOnce() throws Exception {
        smtp.stop();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            created.add(startTask(PHUONG_I, null));
        }
        Object ids = created.toArray(String[]::new);
        jdbc.update("update drive.notice set attempts = 20 where task_id = any(?)", ids); // long past the last attempt

        assertThat(sender.drain()).as("one batch, then the round ends at the unreachable server").isEqualTo(50);
        assertThat(jdbc.queryForList("select status || ' ' || attempts from drive.notice where task_id = any(?)",
                String.class, ids)).containsOnly("RETRYING 21", "PENDING 20").hasSize(60);
        assertThat(jdbc.queryForObject("select count(*) from drive.notice where task_id = any(?) and status ="
                + " 'RETRYING' and next_attempt_at between now() + interval '59 minutes' and now() + interval '1 hour'",
                Integer.class, ids)).as("the retry waits the longest retry delay, no longer").isEqualTo(50);

        smtp = new RejectingGreenMail();
        smtp.start();
        jdbc.update("update drive.notice set next_attempt_at = now() where task_id = any(?)", ids);
        assertThat(sender.drain()).isEqualTo(60);
        assertThat(received(COMMUNE_MAIL)).hasSize(60);
        assertThat(jdbc.queryForList("select distinct status from drive.notice where task_id = any(?)",
                String.class, ids)).containsExactly("SENT");
    }

    @Test
    void aTaskCreationThatRollsBackLeavesNoNotice() {
        String key = "rolled-back-" + System.nanoTime();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            runtime.startProcessInstanceByKey("NoticeTestProcess", key, variables(PHUONG_I, null));
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isOne();
            throw new IllegalStateException("the caller's transaction fails after the task was created");
        })).hasMessageContaining("fails after");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from drive.notice where status in ('PENDING', 'RETRYING')",
                Integer.class)).isZero();
    }

    @Test
    void tasksCreatedInOneTransactionGetTheSameNoticesAsTasksCreatedOneByOne() {
        String mailbox = "van-thu-snv@haugiang.demo.example";
        jdbc.update("update drive.agency set mailbox = ? where code = 'HG-SNV'", mailbox);
        try {
            List<String> groups = List.of(PHUONG_I, DIGITAL_DEPT, "unit-vn2022-31321", "agency-hg-snv");
            List<String> alone = new ArrayList<>();
            for (String group : groups) {
                alone.add(startTask(group, null));
            }
            List<String> together = transaction.execute(status -> {
                List<String> created = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    for (String group : groups) {
                        created.add(startTask(group, null));
                    }
                }
                assertThat(noticesOf(created)).as("written when the transaction commits").isEmpty();
                return created;
            });
            assertThat(noticesOf(alone)).as("officials of units and agencies, and an agency's mailbox")
                    .contains("PENDING " + COMMUNE_MAIL, "PENDING " + DEPT_MAIL, "PENDING " + mailbox)
                    .hasSizeGreaterThanOrEqualTo(groups.size() + 1);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                expected.addAll(noticesOf(alone));
            }
            assertThat(noticesOf(together)).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            jdbc.update("update drive.agency set mailbox = null where code = 'HG-SNV'");
        }
    }

    @Test
    void aNestedTransactionWritesItsOwnNoticesWhenTheOuterOneRollsBack() {
        TransactionTemplate nested = new TransactionTemplate(transaction.getTransactionManager());
        nested.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        List<String> inner = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            outer.add(startTask(PHUONG_I, null));
            inner.add(nested.execute(innerStatus -> startTask(DIGITAL_DEPT, null)));
            outer.add(startTask(PHUONG_I, null));
            throw new IllegalStateException("the outer transaction fails");
        })).hasMessageContaining("outer transaction fails");
        assertThat(noticesOf(inner)).contains("PENDING " + DEPT_MAIL);
        assertThat(noticesOf(outer)).isEmpty();
    }

    /** Status and address of each notice of the tasks, one entry per notice. */
    private List<String> noticesOf(List<String> taskIds) {
        return jdbc.queryForList("select status || ' ' || recipient from drive.notice where task_id = any(?)",
                String.class, (Object) taskIds.toArray(String[]::new));
    }

    @Test
    void twoSendersAtOnceSendEachNoticeOnce() throws Exception {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            created.add(startTask(i % 2 == 0 ? PHUONG_I : DIGITAL_DEPT, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> drain = sender::drain;
            List<Future<Integer>> both = pool.invokeAll(List.of(drain, drain));
            assertThat(both.get(0).get() + both.get(1).get()).isEqualTo(40);
        } finally {
            pool.shutdown();
        }
        assertThat(received(COMMUNE_MAIL)).hasSize(20);
        assertThat(received(DEPT_MAIL)).hasSize(20);
        assertThat(jdbc.queryForObject("select count(*) from drive.notice where task_id = any(?) and attempts = 1"
                + " and status = 'SENT'", Integer.class, (Object) created.toArray(String[]::new))).isEqualTo(40);
    }

    @Test
    void aReminderBeforeTheDueDateAndAnEscalationToTheDistrictAfterIt() throws Exception {
        Instant due = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        String task = startTask(PHUONG_I, Date.from(due));
        sender.drain();
        assertThat(received(COMMUNE_MAIL)).hasSize(1);

        ProcessDays.at(Date.from(due.minus(5, ChronoUnit.DAYS)));
        deadlines.scan();
        assertThat(kinds(task)).containsOnly("TASK");

        ProcessDays.at(Date.from(due.minus(1, ChronoUnit.DAYS)));
        assertThat(deadlines.scan()).isGreaterThan(0);
        assertThat(jdbc.queryForList("select kind from drive.notice_deadline_mark where task_id = ?", String.class,
                task)).as("a handled task is not read again by later scans").containsExactly("REMINDER");
        assertThat(deadlines.scan()).isZero();
        sender.drain();
        assertThat(kinds(task)).containsExactlyInAnyOrder("TASK", "REMINDER");
        assertThat(received(COMMUNE_MAIL)).extracting(MimeMessage::getSubject)
                .contains("[Sắp đến hạn] Báo cáo thử nghiệm về chuyển đổi số — Phường I");

        ProcessDays.at(Date.from(due.plus(1, ChronoUnit.HOURS)));
        deadlines.scan();
        deadlines.scan();
        sender.drain();
        assertThat(kinds(task)).containsExactlyInAnyOrder("TASK", "REMINDER", "ESCALATION");
        // Drives other tests of this context left running may have overdue tasks of their own: only this one counts.
        assertThat(received(DISTRICT_MAIL)).extracting(MimeMessage::getSubject)
                .filteredOn(subject -> subject.contains("Báo cáo thử nghiệm"))
                .containsExactly("[Quá hạn] Báo cáo thử nghiệm về chuyển đổi số — Phường I");
        assertThat(received(COMMUNE_MAIL)).extracting(MimeMessage::getSubject)
                .filteredOn(subject -> subject.contains("Báo cáo thử nghiệm")).hasSize(2);
    }

    @Test
    void anAddressTheServerRejectsEndsFailedWithItsReasonAndOthersStillGoOut() throws Exception {
        String rejected = REJECTED;
        jdbc.update("update drive.agency set mailbox = ? where code = 'HG-STTTT'", rejected);
        try {
            String task = startTask(DIGITAL_DEPT, null);
            sender.drain();
            assertThat(jdbc.queryForObject("select status || ' ' || last_error from drive.notice where task_id = ?"
                    + " and recipient = ?", String.class, task, rejected)).startsWith("FAILED").contains("550",
                    "mailbox unavailable");
            assertThat(jdbc.queryForObject("select status from drive.notice where task_id = ? and recipient = ?",
                    String.class, task, DEPT_MAIL)).isEqualTo("SENT");
            assertThat(received(DEPT_MAIL)).hasSize(1);
        } finally {
            jdbc.update("update drive.agency set mailbox = null where code = 'HG-STTTT'");
        }
    }

    @Test
    void anOfficialWhoChoseTheDigestGetsOneMailADayListingTheTasks() throws Exception {
        String digestReader = "hg-xa-31321@haugiang.demo.example";
        jdbc.update("update drive.official set notice_mode = 'DIGEST' where username = 'hg-xa-31321'");
        try {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                created.add(startTask("unit-vn2022-31321", null));
            }
            sender.drain();
            assertThat(received(digestReader)).as("nothing before the digest").isEmpty();
            assertThat(digests.compose(java.time.LocalDate.now())).isOne();
            assertThat(digests.compose(java.time.LocalDate.now())).as("one digest a day").isZero();
            sender.drain();
            MimeMessage digest = only(digestReader);
            assertThat(digest.getSubject()).isEqualTo("Tổng hợp 3 thông báo công việc trong ngày");
            String body = decoded(digest);
            for (String task : created) {
                assertThat(body).contains("?task=" + task);
                assertThat(statuses(task)).containsOnly("IN_DIGEST");
            }
        } finally {
            jdbc.update("update drive.official set notice_mode = 'IMMEDIATE' where username = 'hg-xa-31321'");
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String startTask(String group, Date due) {
        String instance = runtime.startProcessInstanceByKey("NoticeTestProcess", variables(group, due)).getId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        return task.getId();
    }

    private static Map<String, Object> variables(String group, Date due) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("group", group);
        variables.put("due", due);
        return variables;
    }

    private List<String> statuses(String task) {
        return jdbc.queryForList("select distinct status from drive.notice where task_id = ?", String.class, task);
    }

    private List<String> kinds(String task) {
        return jdbc.queryForList("select distinct kind from drive.notice where task_id = ?", String.class, task);
    }

    private List<MimeMessage> received(String address) throws Exception {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                messages.add(message);
            }
        }
        return messages;
    }

    private MimeMessage only(String address) throws Exception {
        List<MimeMessage> messages = received(address);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    /** The whole message with its parts decoded, as a reader's mail program shows it. */
    private static String decoded(MimeMessage message) throws Exception {
        StringBuilder text = new StringBuilder(GreenMailUtil.getWholeMessage(message));
        Object content = message.getContent();
        collect(content, text);
        return text.toString();
    }

    private static void collect(Object content, StringBuilder text) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append('\n').append(multipart.getBodyPart(i).getContentType());
                collect(multipart.getBodyPart(i).getContent(), text);
            }
        } else {
            text.append('\n').append(content);
        }
    }

    /** GreenMail whose SMTP server answers RCPT TO for {@link #REJECTED} with a permanent 550, like a real one. */
    static final class RejectingGreenMail extends GreenMail {

        RejectingGreenMail() {
            super(ServerSetupTest.SMTP);
        }

        @Override
        protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers ignored) {
            Managers rejecting = new Managers() {
                private final SmtpManager smtp = new SmtpManager(getImapHostManager(), getUserManager()) {
                    @Override
                    public String checkRecipient(SmtpState state, MailAddress recipient) {
                        return REJECTED.equals(recipient.getEmail()) ? "550 5.1.1 mailbox unavailable" : null;
                    }
                };

                @Override
                public SmtpManager getSmtpManager() {
                    return smtp;
                }
            };
            managers = rejecting;
            return super.createServices(config, rejecting);
        }
    }
}
