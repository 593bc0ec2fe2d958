package vn.cdtt.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.campaign.StepOwners;
import vn.cdtt.deadline.DeadlineVariables;
import vn.cdtt.engine.ChildProcesses;
import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Variables;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.plan.IndicatorUnit;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanIndicator;
import vn.cdtt.plan.PlanPhase;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;
import vn.cdtt.reporting.flow.PhaseReportProcess;

/**
 * Phase reports: one process per campaign, phase and reporting unit (never two), the unit's indicator values
 * checked against the plan, and the verified values stored in {@code phase_report_value}.
 */
@Service
public class PhaseReports {

    public static final String PROCESS = PhaseReportProcess.KEY;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String INSERT_REPORT = "insert into drive.phase_report (campaign_id, phase_id, unit_id,"
            + " process_instance_id) values (?, ?, ?, ?)";

    private final ChildProcesses children;
    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final AdminUnitRepository units;
    private final PlanService plans;
    private final StepOwners owners;

    PhaseReports(ChildProcesses children, JdbcTemplate jdbc, CampaignRepository campaigns, AdminUnitRepository units,
                 PlanService plans, StepOwners owners) {
        this.owners = owners;
        this.children = children;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.units = units;
        this.plans = plans;
    }

    /** @return the process instance id, the existing one when this unit's report was started before */
    @Transactional
    public String start(long campaignId, String phaseCode, long unitId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        PlanPhase phase = phase(campaign, phaseCode);
        List<String> existing = jdbc.queryForList("select process_instance_id from drive.phase_report"
                + " where campaign_id = ? and phase_id = ? and unit_id = ?", String.class, campaignId, phase.getId(),
                unitId);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Object[] row = startProcess(campaign, phase, sharedVariables(campaign, phase), routing(campaign),
                units.findById(unitId).orElseThrow());
        jdbc.update(INSERT_REPORT, row);
        return (String) row[3];
    }

    /**
     * The fan-out of a phase: {@link #start} for each unit, with what is the same for every unit (campaign, plan,
     * deadlines, indicator options, the reports already started) read once instead of once per unit.
     *
     * @return reports started, not counting those started before
     */
    @Transactional
    public int startAll(long campaignId, String phaseCode, List<Long> unitIds) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        PlanPhase phase = phase(campaign, phaseCode);
        if (unitIds.isEmpty()) {
            return 0;
        }
        Set<Long> started = new HashSet<>(jdbc.queryForList("select unit_id from drive.phase_report"
                + " where campaign_id = ? and phase_id = ? and unit_id = any(?)", Long.class, campaignId,
                phase.getId(), unitIds.toArray(Long[]::new)));
        Map<String, Object> shared = sharedVariables(campaign, phase);
        Routing routing = routing(campaign);
        Map<Long, AdminUnit> byId = new HashMap<>();
        units.findAllWithParent(unitIds).forEach(unit -> byId.put(unit.getId(), unit));
        List<Object[]> rows = new ArrayList<>();
        for (long unitId : unitIds) {
            if (started.add(unitId)) {
                AdminUnit unit = byId.get(unitId);
                if (unit == null) {
                    throw new IllegalArgumentException("no administrative unit " + unitId);
                }
                rows.add(startProcess(campaign, phase, shared, routing, unit));
            }
        }
        jdbc.batchUpdate(INSERT_REPORT, rows);
        return rows.size();
    }

    /** @return the phase_report row of the started process */
    private Object[] startProcess(Campaign campaign, PlanPhase phase, Map<String, Object> shared, Routing routing,
                                  AdminUnit unit) {
        Map<String, Object> variables = new HashMap<>(shared);
        variables.put(PhaseReportProcess.UNIT_ID, unit.getId());
        variables.put(PhaseReportProcess.UNIT_NAME, unit.getFullName());
        variables.put(PhaseReportProcess.UNIT_GROUP, routing.submitters().groupsFor(unit));
        // The plan's verifier of this unit's report also follows it up when it is late.
        variables.put(PhaseReportProcess.ESCALATION_GROUP, routing.verifiers().groupsFor(unit));
        String instance = children.start(PROCESS, campaign.getBusinessKey(), variables, phase.getCode(),
                unit.getCode());
        return new Object[] {campaign.getId(), phase.getId(), unit.getId(), instance};
    }

    /** Who submits and who verifies each unit's report, by the plan's roles on the day the reports open. */
    private record Routing(StepOwners.UnitRouter submitters, StepOwners.UnitRouter verifiers) {
    }

    private Routing routing(Campaign campaign) {
        LocalDate today = EngineClock.today();
        return new Routing(owners.forUnits(campaign.getPlan(), PlanStep.SUBMIT_PHASE_REPORT, today),
                owners.forUnits(campaign.getPlan(), PlanStep.VERIFY_PHASE_REPORT, today));
    }

    /** The variables every unit's report of the phase shares. */
    private Map<String, Object> sharedVariables(Campaign campaign, PlanPhase phase) {
        PlanFile.DeadlineRule offsets = plans.rulesOf(campaign.getPlan()).deadlines();
        Map<String, Object> variables = new HashMap<>();
        variables.put(PhaseReportProcess.CAMPAIGN_ID, campaign.getId());
        variables.put(PhaseReportProcess.PHASE_ID, phase.getId());
        variables.put(PhaseReportProcess.PHASE_NAME, phase.getNameVi());
        variables.putAll(DeadlineVariables.of(offsets, phase.getReportDue()));
        variables.put(PhaseReportProcess.INDICATOR_OPTIONS, Variables.json(options(campaign)));
        return variables;
    }

    /**
     * Problems of the submitted values: every indicator with a target in the phase once, known codes, no negative
     * value, no percentage over 100.
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(long phaseId, Object submitted) {
        PlanPhase phase = phaseById(phaseId);
        Map<String, PlanIndicator> indicators = indicatorsOf(phase);
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ValueRow> rows = rows(submitted);
        for (int i = 0; i < rows.size(); i++) {
            ValueRow row = rows.get(i);
            String path = "values[" + i + "]";
            PlanIndicator indicator = row.indicator() == null ? null : indicators.get(row.indicator());
            if (indicator == null) {
                problems.add(FieldProblem.of(path + ".indicator", "plan.unknownIndicator", row.indicator()));
                continue;
            }
            if (!seen.add(indicator.getCode())) {
                problems.add(FieldProblem.of(path + ".indicator", "file.duplicate", indicator.getCode()));
            }
            if (row.value() == null) {
                problems.add(FieldProblem.of(path + ".value", "file.required"));
            } else if (row.value().signum() < 0) {
                problems.add(FieldProblem.of(path + ".value", "plan.negativeTarget", row.value()));
            } else if (indicator.getUnit() == IndicatorUnit.PERCENT && row.value().compareTo(HUNDRED) > 0) {
                problems.add(FieldProblem.of(path + ".value", "report.percentOver100", row.value()));
            }
        }
        for (PlanIndicator targeted : phase.getTargets().keySet()) {
            if (!seen.contains(targeted.getCode())) {
                problems.add(FieldProblem.of("values", "report.indicatorMissing", targeted.getNameVi()));
            }
        }
        return problems;
    }

    /** Stores the verified values (replacing earlier ones) and marks the report verified. */
    @Transactional
    public void record(long campaignId, long phaseId, long unitId, Object submitted, Instant at) {
        PlanPhase phase = phaseById(phaseId);
        Map<String, PlanIndicator> indicators = indicatorsOf(phase);
        Long report = jdbc.queryForObject("select id from drive.phase_report where campaign_id = ? and phase_id = ?"
                + " and unit_id = ?", Long.class, campaignId, phaseId, unitId);
        jdbc.update("delete from drive.phase_report_value where report_id = ?", report);
        for (ValueRow row : rows(submitted)) {
            jdbc.update("insert into drive.phase_report_value (report_id, indicator_id, value) values (?, ?, ?)",
                    report, indicators.get(row.indicator()).getId(), row.value());
        }
        jdbc.update("update drive.phase_report set status = 'VERIFIED', verified_at = ? where id = ?",
                Timestamp.from(at), report);
    }

    /** The verified values of a unit's report, by indicator code. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> verifiedValues(long campaignId, String phaseCode, long unitId) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.query("select i.code, v.value from drive.phase_report r join drive.plan_phase p on p.id = r.phase_id"
                + " join drive.phase_report_value v on v.report_id = r.id join drive.plan_indicator i"
                + " on i.id = v.indicator_id where r.campaign_id = ? and p.code = ? and r.unit_id = ?"
                + " and r.status = 'VERIFIED' order by i.code", rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                }, campaignId, phaseCode, unitId);
        return values;
    }

    record ValueRow(String indicator, BigDecimal value) {
    }

    private static List<ValueRow> rows(Object submitted) {
        return FormLists.read(submitted, "values", ValueRow[].class);
    }

    private List<Map<String, String>> options(Campaign campaign) {
        return campaign.getPlan().getIndicators().stream().map(i -> Map.of("value", i.getCode(),
                "label", i.getNameVi() + (i.getUnit() == IndicatorUnit.PERCENT ? " (%)" : ""))).toList();
    }

    private PlanPhase phase(Campaign campaign, String code) {
        return campaign.getPlan().phase(code);
    }

    private PlanPhase phaseById(long phaseId) {
        return campaigns.findPhase(phaseId).orElseThrow();
    }

    private static Map<String, PlanIndicator> indicatorsOf(PlanPhase phase) {
        Map<String, PlanIndicator> indicators = new HashMap<>();
        phase.getPlan().getIndicators().forEach(i -> indicators.put(i.getCode(), i));
        return indicators;
    }

}
