package vn.cdtt.campaign.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.AssignmentDeliverables;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.EngineClock;

/**
 * Stores the deliverable just submitted (or revised) for this instance's assignment. The values are the
 * sub-process's own variables, so parallel assignments never overwrite each other's.
 */
@Component("recordDeliverableDelegate")
class RecordDeliverableDelegate implements JavaDelegate {

    private final AssignmentDeliverables deliverables;

    RecordDeliverableDelegate(AssignmentDeliverables deliverables) {
        this.deliverables = deliverables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        deliverables.record(Variables.longOf(execution, CampaignLifecycleProcess.CAMPAIGN_ID),
                (String) execution.getVariable(CampaignLifecycleProcess.ASSIGNMENT_CODE),
                (String) execution.getVariable(CampaignLifecycleProcess.DOCUMENT_REFERENCE),
                (String) execution.getVariable(CampaignLifecycleProcess.SUMMARY),
                user == null ? null : user.getUserId(), EngineClock.now());
    }
}
