package vn.cdtt.engine.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.OfficialHttp;
import vn.cdtt.support.ProductTest;

/**
 * Two officials complete one task at the same moment: one wins; the other is told the task changed (409, the
 * engine's optimistic lock) or is gone (404), never that it is not theirs (403) or that the server failed (500).
 */
@ProductTest
class ConcurrentCompleteTest {

    private static final String PROCESS = "CommuneTaskTestProcess";
    private static final int RACES = 12;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @BeforeEach
    void deployTheTestModel() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repository.createDeployment().addClasspathResource("processes/commune-task-test.bpmn")
                    .name("test-commune-task").deploy();
        }
    }

    @Test
    void anOptimisticLockIsAConflict() {
        Response answer = TaskRefusalMapping.answer(new OptimisticLockingException("ENGINE-03005 Execution of"
                + " 'DELETE TaskEntity[1]' failed. Entity was updated by another transaction concurrently."));
        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(((ExceptionDto) answer.getEntity()).getMessage()).contains("cùng lúc");
    }

    @Test
    void aRefusalOnATaskThatIsGoneIsNotFoundButOnALiveOneStaysForbidden() {
        Response gone = TaskRefusalMapping.answer(new AuthorizationException(DemoAccounts.COMMUNE_A, "TASK_WORK",
                "Task", "no-such-task-" + System.nanoTime()));
        assertThat(gone.getStatus()).isEqualTo(404);
        assertThat(((ExceptionDto) gone.getEntity()).getMessage()).contains("không còn");

        String live = taskFor(DemoAccounts.COMMUNE_B_CODE);
        Response forbidden = TaskRefusalMapping.answer(new AuthorizationException(DemoAccounts.COMMUNE_A,
                "TASK_WORK", "Task", live));
        assertThat(forbidden.getStatus()).isEqualTo(403);
    }

    @Test
    void anEngineFailureOnATaskThatIsGoneIsNotFound() {
        // The loser's completion may find the task's execution already removed (a NullPointerException inside the
        // engine); seen in CI's races.
        Response gone = TaskRefusalMapping.answer(new NullPointerException("execution is null"),
                "no-such-task-" + System.nanoTime());
        assertThat(gone.getStatus()).isEqualTo(404);
        Response live = TaskRefusalMapping.answer(new NullPointerException("a bug"),
                taskFor(DemoAccounts.COMMUNE_B_CODE));
        assertThat(live.getStatus()).isEqualTo(500);
    }

    @Test
    void theLoserOfTwoConcurrentCompletesGets409Or404() throws Exception {
        race(OfficialHttp.basic(port, DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD),
                OfficialHttp.basic(port, DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD), RACES);
    }

    @Test
    void theSameThroughTasklistsEngineApi() throws Exception {
        race(OfficialHttp.session(port, DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD),
                OfficialHttp.basic(port, DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD), RACES / 2);
    }

    private void race(OfficialHttp first, OfficialHttp second, int races) throws Exception {
        List<String> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < races; i++) {
                String task = taskFor(DemoAccounts.COMMUNE_A_CODE);
                CyclicBarrier start = new CyclicBarrier(2);
                List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
                for (OfficialHttp official : List.of(first, second)) {
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return official.post(official.api() + "/task/" + task + "/complete", "{}");
                    }, pool));
                }
                List<Integer> statuses = new ArrayList<>();
                for (CompletableFuture<HttpResponse<String>> call : calls) {
                    HttpResponse<String> response = call.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() != 204) {
                        outcomes.add(response.statusCode() + " " + response.body());
                    }
                }
                assertThat(statuses).as("race %d: %s", i, outcomes).containsOnlyOnce(204);
                assertThat(statuses).as("race %d: %s", i, outcomes).allMatch(s -> s == 204 || s == 409 || s == 404);
                assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("RACE losers: " + outcomes);
    }

    private String taskFor(String communeCode) {
        String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("unitGroup", "unit-vn2022-"
                + communeCode)).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }
}
