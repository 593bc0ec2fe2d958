package vn.cdtt.campaign.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.PhaseCompilations;
import vn.cdtt.campaign.SectorReports;
import vn.cdtt.engine.Variables;
import vn.cdtt.plan.PlanStep;

/**
 * On creating a period's compiling task: shows the compiler who reported and who did not, and to whom the compiled
 * report goes, with its own empty answers. On completing it: records the compiled report, or refuses naming the field.
 */
@Component("phaseCompilationListener")
class PhaseCompilationListener implements TaskListener {

    private final PhaseCompilations compilations;
    private final CampaignPhases phases;
    private final CampaignSteps steps;
    private final SectorReports sectorReports;

    PhaseCompilationListener(PhaseCompilations compilations, CampaignPhases phases, CampaignSteps steps,
                             SectorReports sectorReports) {
        this.compilations = compilations;
        this.phases = phases;
        this.steps = steps;
        this.sectorReports = sectorReports;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = Variables.longOf(task, CampaignLifecycleProcess.CAMPAIGN_ID);
        String phase = (String) task.getVariable(CampaignLifecycleProcess.PHASE_CODE);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            PhaseCompilations.Status status = compilations.statusOf(campaignId, phase);
            DelegateExecution own = task.getExecution();
            own.setVariableLocal(CampaignLifecycleProcess.PHASE_NAME, phases.nameOf(campaignId, phase));
            own.setVariableLocal(CampaignLifecycleProcess.REPORTS_VERIFIED, status.verified());
            own.setVariableLocal(CampaignLifecycleProcess.REPORTS_EXPECTED, status.expected());
            own.setVariableLocal(CampaignLifecycleProcess.MISSING_UNITS, status.missing());
            own.setVariableLocal(CampaignLifecycleProcess.RECIPIENT_NAME, compilations.recipientOf(campaignId));
            own.setVariableLocal(CampaignLifecycleProcess.SECTOR_REPORTS,
                    steps.named(campaignId, PlanStep.SUBMIT_SECTOR_REPORT.name())
                            ? sectorReports.received(campaignId, phase) + "/"
                            + sectorReports.departments(campaignId).size() : null);
            own.setVariableLocal(CampaignLifecycleProcess.COMPILATION_REFERENCE, null);
            own.setVariableLocal(CampaignLifecycleProcess.COMPILATION_SUMMARY, null);
            return;
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        compilations.record(campaignId, phase, task.getVariable(CampaignLifecycleProcess.COMPILATION_REFERENCE),
                task.getVariable(CampaignLifecycleProcess.COMPILATION_SUMMARY), user == null ? null : user.getUserId());
    }
}
