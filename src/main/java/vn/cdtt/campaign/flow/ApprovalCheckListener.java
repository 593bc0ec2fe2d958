package vn.cdtt.campaign.flow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.AssignmentDeliverables;
import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FormInputException;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;

/**
 * The leaders' decision on the deliverables: approving needs the issued document's number; returning needs the
 * deliverables returned (each one of the plan's assignments that has delivered) and comments for their owners.
 * Anything else is refused and the task stays open.
 */
@Component("approvalCheckListener")
class ApprovalCheckListener implements TaskListener {

    private final Refusals refusals;
    private final AssignmentDeliverables deliverables;

    ApprovalCheckListener(Refusals refusals, AssignmentDeliverables deliverables) {
        this.refusals = refusals;
        this.deliverables = deliverables;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariable(CampaignLifecycleProcess.DECISION);
        if ("approve".equals(decision)) {
            require(task, "decisionNumber", 100, "approval.decisionNumberRequired");
        } else if ("return".equals(decision)) {
            List<String> returned;
            try {
                returned = FormLists.read(FormLists.submitted(task, CampaignLifecycleProcess.RETURNED_ASSIGNMENTS),
                        "returnedAssignments", String[].class);
            } catch (FormInputException e) {
                throw refusals.sentence("approval.returnedRequired");
            }
            List<FieldProblem> problems = deliverables.checkReturn(
                    Variables.longOf(task, CampaignLifecycleProcess.CAMPAIGN_ID), returned);
            if (!problems.isEmpty()) {
                throw refusals.sentence(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
            }
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
