package vn.cdtt.campaign.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.plan.PlanFile.Assignment;
import vn.cdtt.engine.Variables;

/**
 * Gives each preparatory assignment's task the plan's own words: its name, and what it must deliver as the task's
 * description, so the owner sees "Dự thảo kế hoạch thi đua" rather than a generic title.
 */
@Component("assignmentTaskListener")
class AssignmentTaskListener implements TaskListener {

    private final CampaignStages stages;

    AssignmentTaskListener(CampaignStages stages) {
        this.stages = stages;
    }

    @Override
    public void notify(DelegateTask task) {
        Assignment assignment = stages.assignment(Variables.longOf(task, CampaignLifecycleProcess.CAMPAIGN_ID),
                (String) task.getVariable(CampaignLifecycleProcess.ASSIGNMENT_CODE));
        task.setName(assignment.name().vi());
        task.setDescription(assignment.deliverable().vi());
    }
}
