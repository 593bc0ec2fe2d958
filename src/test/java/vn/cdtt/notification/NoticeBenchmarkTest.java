package vn.cdtt.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.notification.plugin.TaskNoticeListener;
import vn.cdtt.support.ProductTest;

/**
 * Prints, never asserts, what notices cost on this machine: the task-creation rate with and without the notice
 * listener (alternating rounds in one run, medians), and how many notices a second the sender gets into GreenMail.
 * Run with {@code ./mvnw -Pbench test -Dtest=NoticeBenchmarkTest}.
 */
@ProductTest
@Tag("benchmark")
class NoticeBenchmarkTest {

    private static final int TASKS_PER_ROUND = 300;
    private static final int ROUNDS = 3;

    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskNoticeListener listener;
    @Autowired
    NoticeSender sender;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void taskCreationWithAndWithoutNoticesAndSendingThroughput() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("NoticeTestProcess").count() == 0) {
            repository.createDeployment().addClasspathResource("processes/notice-test.bpmn").deploy();
        }
        jdbc.update("update drive.notice set status = 'FAILED' where status in ('PENDING', 'RETRYING')");
        createTasks(100); // warm-up: JIT, connection pool, caches

        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                listener.setEnabled(false);
                without.add(createTasks(TASKS_PER_ROUND));
                listener.setEnabled(true);
                with.add(createTasks(TASKS_PER_ROUND));
            }
        } finally {
            listener.setEnabled(true);
        }
        double withMedian = median(with);
        double withoutMedian = median(without);
        System.out.printf("BENCH task creation without notices: %.0f tasks/s (rounds %s)%n", withoutMedian, without);
        System.out.printf("BENCH task creation with notices:    %.0f tasks/s (rounds %s)%n", withMedian, with);
        System.out.printf("BENCH ratio with/without: %.2f%n", withMedian / withoutMedian);

        Integer pending = jdbc.queryForObject("select count(*) from drive.notice where status = 'PENDING'",
                Integer.class);
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            long started = System.nanoTime();
            int sent = sender.drain();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("BENCH notices sent to GreenMail: %d in %.1f s = %.0f notices/s%n", sent, seconds,
                    sent / seconds);
            assertThat(sent).isEqualTo(pending);
            assertThat(smtp.getReceivedMessages()).hasSize(pending);
        } finally {
            smtp.stop();
        }
    }

    /** @return tasks created per second */
    private double createTasks(int count) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("group", "unit-vn2022-31318");
            variables.put("due", null);
            runtime.startProcessInstanceByKey("NoticeTestProcess", variables);
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
