package vn.cdtt.support;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.cdtt.kernel.EngineClock;

/**
 * Calendar days on the engine's clock for process tests, and the little they do on it: move the clock to a day,
 * run what has fallen due, find an instance's task. It moves the product's own clock
 * ({@link EngineClock}), in the product's zone.
 * The clock methods are static (a walker or a fixture may need them without the context); the job and task methods
 * need the engine, so tests autowire this bean.
 */
@Component
public class ProcessDays {


    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;

    ProcessDays(TaskService tasks, ManagementService management, RuntimeService runtime) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
    }

    /**
     * Ends every process of the drives whose business key matches ({@code like}, e.g. {@code "guard-%"}), the
     * communes' fan-out children included: the test context is shared, and a drive left running would hand its
     * overdue tasks to the next test's deadline scan.
     */
    public void endDrives(String businessKeyLike) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(businessKeyLike).list().forEach(
                instance -> runtime.deleteProcessInstanceIfExists(instance.getId(), "test over", true, true, true,
                        false));
    }

    /** Moves the engine's clock to the start of that day. */
    public static void at(int year, int month, int dayOfMonth) {
        at(LocalDate.of(year, month, dayOfMonth));
    }

    public static void at(LocalDate day) {
        at(day(day));
    }

    /** Moves the engine's clock to that moment. */
    public static void at(Date moment) {
        EngineClock.moveTo(moment.toInstant());
    }

    /** The start of that day, as due dates and timers take a calendar day. */
    public static Date day(int year, int month, int dayOfMonth) {
        return day(LocalDate.of(year, month, dayOfMonth));
    }

    public static Date day(LocalDate day) {
        return EngineClock.startOf(day);
    }

    /** Now on the engine's clock. */
    public static Date now() {
        return Date.from(EngineClock.now());
    }

    /** Today on the engine's clock. */
    public static LocalDate today() {
        return EngineClock.today();
    }

    /** Back to the wall clock; tests that move the clock call it after each test. */
    public static void reset() {
        EngineClock.reset();
    }

    /** Runs the timers of these instances that are due on the engine's clock (not their other jobs). */
    public void runDueTimers(String... instances) {
        for (String instance : instances) {
            for (Job job : management.createJobQuery().processInstanceId(instance).timers().executable().list()) {
                management.executeJob(job.getId());
            }
        }
    }

    /** Runs every job of these instances that is due: save points, and timers due on the engine's clock. */
    public void runDueJobs(String... instances) {
        for (String instance : instances) {
            for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
                management.executeJob(job.getId());
            }
        }
    }

    /**
     * Runs these instances' due jobs until none is left: a timer that fires may reach a save point, whose job is due
     * at once. Stops after 50 passes so a job that re-creates itself cannot hang the test.
     */
    public void runAllDueJobs(String... instances) {
        for (int round = 0; round < 50; round++) {
            boolean any = false;
            for (String instance : instances) {
                any |= management.createJobQuery().processInstanceId(instance).executable().count() > 0;
            }
            if (!any) {
                return;
            }
            runDueJobs(instances);
        }
        throw new AssertionError("jobs still due after 50 passes");
    }

    /** The instance's open task of that definition key, or null when it has none. */
    public Task task(String instance, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }
}
