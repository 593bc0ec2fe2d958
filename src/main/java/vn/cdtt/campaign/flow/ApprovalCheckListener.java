package vn.cdtt.campaign.flow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Refusals;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;

/**
 * The leaders' decision on the drafts: approving needs the decision's number, returning needs comments for the
 * drafting department. Anything else is refused and the task stays open.
 */
@Component("approvalCheckListener")
class ApprovalCheckListener implements TaskListener {

    private final Refusals refusals;

    ApprovalCheckListener(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(CampaignLifecycleProcess.DECISION);
        if ("approve".equals(decision)) {
            require(task, "decisionNumber", 100, "approval.decisionNumberRequired");
        } else if ("return".equals(decision)) {
            require(task, "comments", 4000, "approval.commentsRequired");
        } else {
            throw refusals.sentence("approval.decisionRequired");
        }
    }

    /** Present, not blank, and no longer than the longest sensible one (a decision number is short). */
    private void require(DelegateTask task, String variable, int maxLength, String key) {
        List<FieldProblem> problems = new ArrayList<>();
        FormFields.text(task.getVariable(variable), variable, maxLength, problems);
        if (!problems.isEmpty()) {
            throw problems.get(0).messageKey().equals("form.tooLong")
                    ? refusals.of(key, problems) : refusals.sentence(key);
        }
    }
}
