package vn.cdtt.review;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.plan.PlanPhase;
import vn.cdtt.reporting.PhaseRatings;

/**
 * Rolls a phase's verified reports up the hierarchy in one SQL statement (commune → district → province; commune →
 * province in the two-tier era) and rates every unit against the phase's targets. Percentages are averaged weighted
 * by the communes' households (a commune without villages on file weighs 1); counts are summed. Running it again
 * replaces the phase's rows.
 */
@Service
public class PhaseRollUp {

    private static final String ROLL_UP = """
            insert into drive.phase_rollup (campaign_id, phase_id, unit_id, indicator_id, value, reporting_units)
            with commune_value as (
                select r.unit_id, v.indicator_id, v.value, i.unit as indicator_unit,
                       greatest(coalesce((select sum(g.households) from drive.village g
                                          where g.commune_id = r.unit_id), 0), 1) as weight
                from drive.phase_report r
                join drive.phase_report_value v on v.report_id = r.id
                join drive.plan_indicator i on i.id = v.indicator_id
                where r.campaign_id = ? and r.phase_id = ? and r.status = 'VERIFIED'),
            with_ancestor as (
                select c.*, c.unit_id as ancestor_id from commune_value c
                union all
                select c.*, u.parent_id from commune_value c join drive.admin_unit u on u.id = c.unit_id
                union all
                select c.*, p.parent_id from commune_value c join drive.admin_unit u on u.id = c.unit_id
                join drive.admin_unit p on p.id = u.parent_id where p.parent_id is not null)
            select ?, ?, ancestor_id, indicator_id,
                   round(case when indicator_unit = 'PERCENT' then sum(value * weight) / sum(weight)
                              else sum(value) end, 2),
                   count(*)
            from with_ancestor group by ancestor_id, indicator_id, indicator_unit
            """;

    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final PhaseRatings ratings;

    PhaseRollUp(JdbcTemplate jdbc, CampaignRepository campaigns, PhaseRatings ratings) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.ratings = ratings;
    }

    /** What the leaders see first: the plan area's rating and how many units reported. */
    public record Outcome(String phaseName, String areaName, PhaseRatings.Rating areaRating, int reportsVerified,
                          int reportsExpected) {
    }

    @Transactional
    public Outcome rollUp(long campaignId, String phaseCode) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        PlanPhase phase = campaign.getPlan().phase(phaseCode);
        long phaseId = phase.getId();
        jdbc.update("delete from drive.phase_rating where campaign_id = ? and phase_id = ?", campaignId, phaseId);
        jdbc.update("delete from drive.phase_rollup where campaign_id = ? and phase_id = ?", campaignId, phaseId);
        jdbc.update(ROLL_UP, campaignId, phaseId, campaignId, phaseId);

        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        phase.getTargets().forEach((indicator, target) -> targets.put(indicator.getCode(), target));
        Map<Long, Map<String, BigDecimal>> results = new HashMap<>();
        jdbc.query("select r.unit_id, i.code, r.value from drive.phase_rollup r join drive.plan_indicator i"
                + " on i.id = r.indicator_id where r.campaign_id = ? and r.phase_id = ?", rs -> {
                    results.computeIfAbsent(rs.getLong(1), u -> new HashMap<>()).put(rs.getString(2),
                            rs.getBigDecimal(3));
                }, campaignId, phaseId);
        long area = campaign.getPlan().getScope().getId();
        results.putIfAbsent(area, Map.of());
        PhaseRatings.Rating areaRating = null;
        for (Map.Entry<Long, Map<String, BigDecimal>> unit : results.entrySet()) {
            PhaseRatings.Rating rating = ratings.rate(targets, unit.getValue());
            jdbc.update("insert into drive.phase_rating (campaign_id, phase_id, unit_id, rating, recommendation,"
                    + " lowest_attainment) values (?, ?, ?, ?, ?, ?)", campaignId, phaseId, unit.getKey(),
                    rating.rating(), rating.recommendation(), BigDecimal.valueOf(rating.lowestAttainment()));
            if (unit.getKey() == area) {
                areaRating = rating;
            }
        }
        Integer verified = jdbc.queryForObject("select count(*) from drive.phase_report where campaign_id = ?"
                + " and phase_id = ? and status = 'VERIFIED'", Integer.class, campaignId, phaseId);
        Integer expected = jdbc.queryForObject("select count(*) from drive.phase_report where campaign_id = ?"
                + " and phase_id = ?", Integer.class, campaignId, phaseId);
        return new Outcome(phase.getNameVi(), campaign.getPlan().getScope().getFullName(), areaRating, verified,
                expected);
    }

    /** A unit's rolled-up results of a phase, by indicator code. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> resultsOf(long campaignId, String phaseCode, long unitId) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.query("select i.code, r.value from drive.phase_rollup r join drive.plan_indicator i on i.id ="
                + " r.indicator_id join drive.plan_phase p on p.id = r.phase_id where r.campaign_id = ? and p.code = ?"
                + " and r.unit_id = ? order by i.code", rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                }, campaignId, phaseCode, unitId);
        return values;
    }

    /** A unit's rating of a phase, or null when it was not rated. */
    @Transactional(readOnly = true)
    public String ratingOf(long campaignId, String phaseCode, long unitId) {
        return jdbc.queryForList("select r.rating from drive.phase_rating r join drive.plan_phase p on p.id ="
                + " r.phase_id where r.campaign_id = ? and p.code = ? and r.unit_id = ?", String.class, campaignId,
                phaseCode, unitId).stream().findFirst().orElse(null);
    }

}
