package vn.cdtt.campaign;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.plan.PlanFile;
import vn.cdtt.campaign.plan.PlanService;
import vn.cdtt.campaign.plan.PlanStep;
import vn.cdtt.team.TeamEstablishments;

/**
 * Fans out the pilot: one team-establishment process per pilot commune (never a multi-instance collecting results),
 * due on the plan's pilot deadline. Starting again after a failure skips communes already started.
 */
@Component("startPilotTeamsDelegate")
class StartPilotTeamsDelegate implements JavaDelegate {

    private final PilotSelection selection;
    private final TeamEstablishments establishments;
    private final CampaignRepository campaigns;
    private final PlanService plans;

    StartPilotTeamsDelegate(PilotSelection selection, TeamEstablishments establishments,
                            CampaignRepository campaigns, PlanService plans) {
        this.selection = selection;
        this.establishments = establishments;
        this.campaigns = campaigns;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = ((Number) execution.getVariable("campaignId")).longValue();
        PlanFile rules = plans.rulesOf(campaigns.findById(campaignId).orElseThrow().getPlan());
        PlanFile.PilotRule pilot = rules.pilot();
        PlanFile.StepSpec establish = rules.steps().get(PlanStep.ESTABLISH_TEAMS);
        LocalDate deadline = pilot.deadline() != null ? pilot.deadline()
                : establish != null && establish.due() != null ? establish.due() : LocalDate.now().plusMonths(1);
        PlanFile.Range villages = pilot.villagesPerCommune() == null ? null
                : new PlanFile.Range(pilot.villagesPerCommune(), pilot.villagesPerCommune());
        int started = 0;
        for (long commune : selection.pilotCommunes(campaignId)) {
            establishments.start(campaignId, commune, 0, deadline, villages);
            started++;
        }
        execution.setVariable("pilotCommuneCount", started);
    }
}
