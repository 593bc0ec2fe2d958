package vn.cdtt.notification.plugin;

import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.NewTaskVariables;
import vn.cdtt.notification.NoticeKind;
import vn.cdtt.notification.NoticeOutbox;
import vn.cdtt.notification.TaskFacts;

/**
 * Added to every user task of every model (by {@link NoticeEnginePlugin}): on create, writes a notice for each
 * member of the task's candidate groups, its assignee and its agencies' mailboxes, in the engine's transaction
 * (just before it commits, with the other tasks' notices of the transaction).
 * Nothing is sent here; a mail server that is down cannot fail or slow the task.
 */
@Component
public class TaskNoticeListener implements TaskListener {

    private final NoticeOutbox outbox;
    private volatile boolean enabled = true;

    TaskNoticeListener(NoticeOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!enabled) {
            return;
        }
        List<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        Function<String, Object> variables = NewTaskVariables.of(task);
        TaskFacts facts = outbox.facts(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDueDate(),
                groups, task.getAssignee(), variables);
        outbox.writeAtCommit(facts, NoticeKind.TASK, groups, task.getAssignee());
    }

    /** For the benchmark that compares task creation with and without notices; always on otherwise. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
