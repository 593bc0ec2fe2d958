package vn.cdtt.commendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.plan.AwardKind;
import vn.cdtt.plan.PlanPhase;
import vn.cdtt.reporting.PhaseRatings;

/**
 * Ranks the units with a verified report in the plan's last phase among the units of their level (lowest
 * attainment first, ties share a rank) and asks the DMN table {@value #DECISION} for an award per unit. Results go
 * to {@code commendation_proposal} as RANKED, never into process variables.
 */
@Service
public class CommendationRanking {

    static final String DECISION = "Decision_CommendationRank";
    private static final String NONE = "NONE";

    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final PhaseRatings ratings;
    private final DecisionService decisions;
    private final CommendationRules rules;

    CommendationRanking(JdbcTemplate jdbc, CampaignRepository campaigns, PhaseRatings ratings,
                        DecisionService decisions, CommendationRules rules) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.ratings = ratings;
        this.decisions = decisions;
        this.rules = rules;
    }

    record Result(long unitId, String level, boolean allTargetsMet, double lowestAttainment) {
    }

    /** Replaces the campaign's proposals with a fresh ranking (a retried job ranks again, same rows). */
    @Transactional
    public int rank(long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        List<PlanPhase> phases = campaign.getPlan().getPhases();
        if (phases.isEmpty()) {
            throw new IllegalStateException("plan " + campaign.getPlan().getCode() + " has no phase to rank");
        }
        PlanPhase last = phases.get(phases.size() - 1);
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        last.getTargets().forEach((indicator, target) -> targets.put(indicator.getCode(), target));

        List<Result> results = new ArrayList<>();
        verifiedValues(campaignId, last.getId()).forEach((unit, values) -> {
            boolean allMet = targets.entrySet().stream().allMatch(t ->
                    values.results().getOrDefault(t.getKey(), BigDecimal.ZERO).compareTo(t.getValue()) >= 0);
            double lowest = ratings.rate(targets, values.results()).lowestAttainment();
            results.add(new Result(unit, values.level(), allMet, lowest));
        });

        jdbc.update("delete from drive.commendation_proposal where campaign_id = ?", campaignId);
        var allowed = rules.allowedKinds(campaign.getPlan());
        for (String level : List.of("DISTRICT", "COMMUNE")) {
            List<Result> peers = results.stream().filter(r -> r.level().equals(level))
                    .sorted(Comparator.comparingDouble(Result::lowestAttainment).reversed()).toList();
            int rank = 0;
            for (int i = 0; i < peers.size(); i++) {
                Result result = peers.get(i);
                // competition ranking: equal scores share the better rank (1, 1, 3)
                if (i == 0 || result.lowestAttainment() != peers.get(i - 1).lowestAttainment()) {
                    rank = i + 1;
                }
                AwardKind suggested = CommendationRules.withinPlan(suggest(result, rank, peers.size()), allowed);
                jdbc.update("insert into drive.commendation_proposal (campaign_id, unit_id, unit_level, rank, peers,"
                        + " score, all_targets_met, suggested_kind) values (?, ?, ?, ?, ?, ?, ?, ?)", campaignId,
                        result.unitId(), level, rank, peers.size(), BigDecimal.valueOf(result.lowestAttainment()),
                        result.allTargetsMet(), suggested == null ? null : suggested.name());
            }
        }
        return results.size();
    }

    /** The DMN's suggestion, before the plan's kinds are applied; null for none. */
    public AwardKind suggest(Result result, int rank, int peers) {
        String kind = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                .putValue("unitLevel", result.level()).putValue("allTargetsMet", result.allTargetsMet())
                .putValue("lowestAttainment", result.lowestAttainment()).putValue("rank", rank)
                .putValue("rankPercent", rank * 100.0 / peers)).getSingleResult().getEntry("awardKind");
        return kind == null || NONE.equals(kind) ? null : AwardKind.valueOf(kind);
    }

    private record UnitValues(String level, Map<String, BigDecimal> results) {
    }

    private Map<Long, UnitValues> verifiedValues(long campaignId, long phaseId) {
        Map<Long, UnitValues> byUnit = new LinkedHashMap<>();
        jdbc.query("select r.unit_id, u.level, i.code, v.value from drive.phase_report r"
                + " join drive.admin_unit u on u.id = r.unit_id"
                + " left join drive.phase_report_value v on v.report_id = r.id"
                + " left join drive.plan_indicator i on i.id = v.indicator_id"
                + " where r.campaign_id = ? and r.phase_id = ? and r.status = 'VERIFIED'"
                + " and u.level in ('DISTRICT', 'COMMUNE') order by u.code", rs -> {
                    String level = rs.getString(2);
                    UnitValues unit = byUnit.computeIfAbsent(rs.getLong(1),
                            id -> new UnitValues(level, new LinkedHashMap<>()));
                    if (rs.getString(3) != null) {
                        unit.results().put(rs.getString(3), rs.getBigDecimal(4));
                    }
                }, campaignId, phaseId);
        return byUnit;
    }
}
