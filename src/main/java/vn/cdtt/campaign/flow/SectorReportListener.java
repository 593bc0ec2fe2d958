package vn.cdtt.campaign.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.AssignmentOwners;
import vn.cdtt.campaign.SectorReports;
import vn.cdtt.engine.Variables;

/**
 * A sector department's report of a period. On creating the task: the period, the department and to whom it reports,
 * with the department's own empty answers. On completing it: records the report, or refuses naming the field.
 */
@Component("sectorReportListener")
class SectorReportListener implements TaskListener {

    private final SectorReports reports;
    private final CampaignPhases phases;
    private final CampaignSteps steps;

    SectorReportListener(SectorReports reports, CampaignPhases phases, CampaignSteps steps) {
        this.reports = reports;
        this.phases = phases;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = Variables.longOf(task, CampaignLifecycleProcess.CAMPAIGN_ID);
        String phase = (String) task.getVariable(CampaignLifecycleProcess.PHASE_CODE);
        AssignmentOwners.Owner department = reports.department(campaignId,
                (String) task.getVariable(CampaignLifecycleProcess.DEPARTMENT_CODE));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            DelegateExecution own = task.getExecution();
            own.setVariableLocal(CampaignLifecycleProcess.PHASE_NAME, phases.nameOf(campaignId, phase));
            own.setVariableLocal(CampaignLifecycleProcess.DEPARTMENT_NAME, department.name());
            own.setVariableLocal(CampaignLifecycleProcess.COMPILER_NAME, steps.compilerName(campaignId));
            own.setVariableLocal(CampaignLifecycleProcess.DOCUMENT_REFERENCE, null);
            own.setVariableLocal(CampaignLifecycleProcess.SUMMARY, null);
            return;
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        reports.record(campaignId, phase, department, task.getVariable(CampaignLifecycleProcess.DOCUMENT_REFERENCE),
                task.getVariable(CampaignLifecycleProcess.SUMMARY), user == null ? null : user.getUserId());
    }
}
