package vn.cdtt.team;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.campaign.StepOwners;
import vn.cdtt.deadline.DeadlineVariables;
import vn.cdtt.engine.ChildProcesses;
import vn.cdtt.engine.Variables;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.Village;
import vn.cdtt.geography.VillageRepository;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;
import vn.cdtt.team.flow.TeamEstablishmentProcess;

/**
 * Starts one team-establishment process per campaign, commune and wave, never two: the start and its row in
 * {@code team_establishment} (unique on campaign, commune, wave) commit together.
 */
@Service
public class TeamEstablishments {

    public static final String PROCESS = TeamEstablishmentProcess.KEY;

    private final ChildProcesses children;
    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final AdminUnitRepository units;
    private final VillageRepository villages;
    private final PlanService plans;
    private final MessageSource messages;
    private final SteeringCommittees steering;
    private final StepOwners owners;

    TeamEstablishments(ChildProcesses children, JdbcTemplate jdbc, CampaignRepository campaigns,
                       AdminUnitRepository units, VillageRepository villages, PlanService plans,
                       MessageSource messages, SteeringCommittees steering, StepOwners owners) {
        this.owners = owners;
        this.messages = messages;
        this.steering = steering;
        this.children = children;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.units = units;
        this.villages = villages;
        this.plans = plans;
    }

    /**
     * @param expectedVillageTeams village teams this wave asks of the commune (null: any number)
     * @return the process instance id, the existing one when this commune's wave was started before
     */
    @Transactional
    public String start(long campaignId, long communeId, int wave, LocalDate deadline,
                        PlanFile.Range expectedVillageTeams) {
        List<String> existing = jdbc.queryForList("select process_instance_id from drive.team_establishment"
                + " where campaign_id = ? and commune_id = ? and wave = ?", String.class, campaignId, communeId, wave);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        AdminUnit commune = units.findById(communeId).orElseThrow();
        PlanFile rules = plans.rulesOf(campaign.getPlan());
        PlanFile.DeadlineRule offsets = rules.deadlines();

        Map<String, Object> variables = new HashMap<>();
        variables.put(TeamEstablishmentProcess.CAMPAIGN_ID, campaignId);
        variables.put(TeamEstablishmentProcess.UNIT_ID, communeId);
        variables.put(TeamEstablishmentProcess.COMMUNE_NAME, commune.getFullName());
        variables.put(TeamEstablishmentProcess.WAVE, wave);
        // The plan's owners of the commune's work (its committee, with any co-owner the plan names).
        variables.put(TeamEstablishmentProcess.UNIT_GROUP,
                owners.forUnits(campaign.getPlan(), PlanStep.ESTABLISH_TEAMS, EngineClock.today()).groupsFor(commune));
        boolean steeringFirst = rules.has(PlanFile.Stages.Kind.STEERING_COMMITTEES)
                && !steering.formed(campaignId, communeId);
        variables.put(TeamEstablishmentProcess.STEERING_GROUP, steeringFirst ? owners.forUnits(campaign.getPlan(),
                PlanStep.FORM_STEERING_COMMITTEES, EngineClock.today()).groupsFor(commune) : null);
        // Escalation goes one level up: the district in the three-tier era, the province in the two-tier era.
        variables.put(TeamEstablishmentProcess.ESCALATION_GROUP, commune.getParent().groupId());
        variables.putAll(DeadlineVariables.of(offsets, deadline));
        // A plan without steering committees never asks for one: the commune goes straight to its teams.
        variables.put(TeamEstablishmentProcess.STEERING_COMMITTEE_FORMED, !steeringFirst);
        PlanFile.StepSpec steeringStep = rules.steps().get(PlanStep.FORM_STEERING_COMMITTEES);
        variables.put(TeamEstablishmentProcess.STEERING_DUE, steeringStep == null || steeringStep.due() == null
                || steeringStep.due().isBefore(EngineClock.today()) ? null : EngineClock.startOf(steeringStep.due()));
        variables.put(TeamEstablishmentProcess.EXPECTED_VILLAGE_TEAMS_MIN,
                expectedVillageTeams == null ? null : expectedVillageTeams.min());
        variables.put(TeamEstablishmentProcess.EXPECTED_VILLAGE_TEAMS_MAX,
                expectedVillageTeams == null ? null : expectedVillageTeams.max());
        variables.put(TeamEstablishmentProcess.TEAM_OPTIONS, Variables.json(teamOptions(commune,
                rules.teams() != null && rules.teams().commune() != null)));
        String instance = children.start(PROCESS, campaign.getBusinessKey(), variables, commune.getCode(),
                Integer.toString(wave));
        jdbc.update("insert into drive.team_establishment (campaign_id, commune_id, wave, deadline, process_instance_id)"
                + " values (?, ?, ?, ?, ?)", campaignId, communeId, wave, Date.valueOf(deadline), instance);
        return instance;
    }

    /**
     * The choices of the form's team selects ({label, value} objects, as form-js reads them through valuesKey): the
     * commune team where the plan has one, then each village of the commune.
     */
    private List<Map<String, String>> teamOptions(AdminUnit commune, boolean communeTeam) {
        List<Map<String, String>> options = new ArrayList<>();
        if (communeTeam) {
            options.add(Map.of("value", NominationForm.COMMUNE_TEAM, "label", messages.getMessage(
                    "team.option.communeTeam", new Object[] {commune.getFullName()}, VIETNAMESE)));
        }
        for (Village village : villages.findByCommuneOrderByCode(commune)) {
            options.add(Map.of("value", village.getCode(), "label",
                    village.getName() + " (" + village.getCode() + ")"));
        }
        return options;
    }

}
