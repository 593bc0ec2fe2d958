package vn.cdtt.team.flow;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.engine.ChildStarter;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;
import vn.cdtt.team.TeamEstablishments;

/**
 * Fans a wave out: one team-establishment process per commune of the wave (never a multi-instance collecting
 * results). Wave 0 is the pilot, due on the plan's pilot deadline with its villages per commune; a scale-up wave
 * (variable {@code wave} ≥ 1) takes the plan's scale-up range and is due on its {@code scaleUp.deadline}
 * (first-format plans have none: {@value #SCALE_UP_WEEKS} weeks after the wave starts). Starting again after a
 * failure skips communes already started.
 */
@ChildStarter
@Component("startTeamWaveDelegate")
class StartTeamWaveDelegate implements JavaDelegate {

    static final int SCALE_UP_WEEKS = 8;

    private final PilotSelection selection;
    private final TeamEstablishments establishments;
    private final CampaignRepository campaigns;
    private final PlanService plans;

    StartTeamWaveDelegate(PilotSelection selection, TeamEstablishments establishments,
                          CampaignRepository campaigns, PlanService plans) {
        this.selection = selection;
        this.establishments = establishments;
        this.campaigns = campaigns;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = Variables.longOf(execution, TeamEstablishmentProcess.CAMPAIGN_ID);
        int wave = Variables.intOr(execution, TeamEstablishmentProcess.WAVE, 0);
        PlanFile rules = plans.rulesOf(campaigns.findById(campaignId).orElseThrow().getPlan());
        LocalDate deadline;
        PlanFile.Range villages;
        List<Long> communes;
        if (wave == 0) {
            PlanFile.PilotRule pilot = rules.pilot();
            PlanFile.StepSpec establish = rules.steps().get(PlanStep.ESTABLISH_TEAMS);
            deadline = pilot.deadline() != null ? pilot.deadline()
                    : establish != null && establish.due() != null ? establish.due()
                    : EngineClock.today().plusWeeks(SCALE_UP_WEEKS);
            villages = pilot.villagesPerCommune() == null ? null
                    : new PlanFile.Range(pilot.villagesPerCommune(), pilot.villagesPerCommune());
            communes = selection.pilotCommunes(campaignId);
        } else {
            deadline = rules.scaleUp().deadline() != null ? rules.scaleUp().deadline()
                    : EngineClock.today().plusWeeks(SCALE_UP_WEEKS);
            villages = rules.scaleUp().villagesPerCommune();
            communes = selection.communesOfWave(campaignId, wave);
        }
        for (long commune : communes) {
            establishments.start(campaignId, commune, wave, deadline, villages);
        }
        execution.setVariable(TeamEstablishmentProcess.WAVE_COMMUNE_COUNT, communes.size());
        execution.setVariable(TeamEstablishmentProcess.TEAMS_DEADLINE, EngineClock.startOf(deadline.plusDays(1)));
    }
}
