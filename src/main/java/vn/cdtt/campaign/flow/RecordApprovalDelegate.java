package vn.cdtt.campaign.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.AssignmentDeliverables;
import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Variables;

/** Records the leader's decision, checked by {@link ApprovalCheckListener}: all approved, or the chosen ones returned. */
@Component("recordApprovalDelegate")
class RecordApprovalDelegate implements JavaDelegate {

    private final AssignmentDeliverables deliverables;

    RecordApprovalDelegate(AssignmentDeliverables deliverables) {
        this.deliverables = deliverables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean approve = "approve".equals(execution.getVariable(CampaignLifecycleProcess.DECISION));
        List<String> returned = approve ? List.of() : FormLists.read(FormLists.submitted(execution,
                CampaignLifecycleProcess.RETURNED_ASSIGNMENTS), "returnedAssignments", String[].class);
        Object comments = execution.getVariable(CampaignLifecycleProcess.COMMENTS);
        if (!deliverables.decide(Variables.longOf(execution, CampaignLifecycleProcess.CAMPAIGN_ID), approve,
                returned, comments == null ? "" : comments.toString()).isEmpty()) {
            throw new IllegalStateException("the approval passed its check but cannot be recorded");
        }
    }
}
