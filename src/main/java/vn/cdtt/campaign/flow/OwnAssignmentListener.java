package vn.cdtt.campaign.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.AssignmentDeliverables;
import vn.cdtt.campaign.AssignmentOwners;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.PlanFile;

/**
 * One owner's part of an assignment each owner does for itself. On creating the task: what to deliver, for whom, and
 * the owner's own empty answers (parallel owners never see each other's). On completing it: checks and records the
 * owner's deliverable, or refuses naming the field.
 */
@Component("ownAssignmentListener")
class OwnAssignmentListener implements TaskListener {

    private final CampaignStages stages;
    private final AssignmentDeliverables deliverables;
    private final Refusals refusals;

    OwnAssignmentListener(CampaignStages stages, AssignmentDeliverables deliverables, Refusals refusals) {
        this.stages = stages;
        this.deliverables = deliverables;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = Variables.longOf(task, CampaignLifecycleProcess.CAMPAIGN_ID);
        String code = (String) task.getVariable(CampaignLifecycleProcess.ASSIGNMENT_CODE);
        AssignmentOwners.Owner owner = stages.owner(campaignId, code,
                (String) task.getVariable(CampaignLifecycleProcess.ASSIGNMENT_OWNER));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            PlanFile.Assignment assignment = stages.assignment(campaignId, code);
            DelegateExecution own = task.getExecution();
            own.setVariableLocal(CampaignLifecycleProcess.ASSIGNMENT_DELIVERABLE,
                    assignment.deliverable().vi() + " — " + owner.name());
            own.setVariableLocal(CampaignLifecycleProcess.DOCUMENT_REFERENCE, null);
            own.setVariableLocal(CampaignLifecycleProcess.SUMMARY, null);
            return;
        }
        DeliverableCheckListener.check(task, deliverables, refusals);
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        deliverables.recordOwn(campaignId, code, owner,
                (String) task.getVariable(CampaignLifecycleProcess.DOCUMENT_REFERENCE),
                (String) task.getVariable(CampaignLifecycleProcess.SUMMARY), user == null ? null : user.getUserId(),
                EngineClock.now());
    }
}
