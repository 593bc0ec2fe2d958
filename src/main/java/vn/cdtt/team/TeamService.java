package vn.cdtt.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.Village;
import vn.cdtt.geography.VillageRepository;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;

/** Founds the teams a commune nominates, after checking them against the campaign's plan. All or nothing. */
@Service
public class TeamService {

    private final CampaignRepository campaigns;
    private final AdminUnitRepository units;
    private final VillageRepository villages;
    private final TeamRepository teams;
    private final PlanService plans;

    TeamService(CampaignRepository campaigns, AdminUnitRepository units, VillageRepository villages,
                TeamRepository teams, PlanService plans) {
        this.campaigns = campaigns;
        this.units = units;
        this.villages = villages;
        this.teams = teams;
        this.plans = plans;
    }

    /** The problems of a nomination, without saving anything (for the form's server-side check). */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(long campaignId, long communeId, Nomination nomination,
                                    PlanFile.Range expectedVillageTeams) {
        return checked(load(campaignId), unit(communeId), nomination, expectedVillageTeams).problems;
    }

    /**
     * Saves the nominated teams as founded by the commune Chairman's decision.
     *
     * @throws NominationRefusedException naming each problem's field path; nothing is saved then
     */
    // The refusal is thrown before anything is written, and the process turns it into a BPMN error inside the
    // engine's transaction: it must not mark that transaction rollback-only.
    @Transactional(noRollbackFor = NominationRefusedException.class)
    public List<Long> found(long campaignId, long communeId, int wave, Nomination nomination,
                            PlanFile.Range expectedVillageTeams, LocalDate foundedOn, String decisionNumber) {
        Campaign campaign = load(campaignId);
        AdminUnit commune = unit(communeId);
        Checked checked = checked(campaign, commune, nomination, expectedVillageTeams);
        if (!checked.problems.isEmpty()) {
            throw new NominationRefusedException(checked.problems);
        }
        List<Long> ids = new ArrayList<>();
        for (Nomination.TeamNomination spec : nomination.teams()) {
            Village village = spec.isCommuneTeam() ? null : checked.villages.get(spec.villageCode().strip());
            Team team = new Team(campaign, commune, village, wave, spec.name().strip(),
                    spec.zaloLink() == null || spec.zaloLink().isBlank() ? null : spec.zaloLink().strip());
            spec.members().forEach(team::addMember);
            team.found(foundedOn, decisionNumber);
            ids.add(teams.save(team).getId());
        }
        return ids;
    }

    private record Checked(List<FieldProblem> problems, Map<String, Village> villages) {
    }

    private Checked checked(Campaign campaign, AdminUnit commune, Nomination nomination,
                            PlanFile.Range expectedVillageTeams) {
        PlanFile.TeamRules rules = plans.rulesOf(campaign.getPlan()).teams();
        Map<String, Village> ofCommune = villages.findByCommuneOrderByCode(commune).stream()
                .collect(Collectors.toMap(Village::getCode, Function.identity()));
        boolean communeTeamExists = teams.existsByCampaignAndCommuneAndVillageIsNull(campaign, commune);
        List<FieldProblem> problems = new ArrayList<>(new NominationChecker(rules, ofCommune, expectedVillageTeams,
                communeTeamExists).check(nomination));
        List<String> nominated = nomination.teams().stream().filter(t -> !t.isCommuneTeam())
                .map(t -> t.villageCode().strip()).toList();
        if (!nominated.isEmpty()) {
            for (String code : teams.villagesWithTeams(campaign, commune, nominated)) {
                problems.add(FieldProblem.of("teams[" + nominated.indexOf(code) + "].villageCode",
                        "team.villageHasTeam", code));
            }
        }
        return new Checked(problems, ofCommune);
    }

    private Campaign load(long campaignId) {
        return campaigns.findById(campaignId)
                .orElseThrow(() -> new IllegalArgumentException("unknown campaign " + campaignId));
    }

    private AdminUnit unit(long communeId) {
        return units.findById(communeId)
                .orElseThrow(() -> new IllegalArgumentException("unknown commune " + communeId));
    }
}
