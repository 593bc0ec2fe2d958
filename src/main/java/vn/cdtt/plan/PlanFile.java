package vn.cdtt.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.cdtt.geography.Hierarchy;
import vn.cdtt.organization.AgencyRole;

/**
 * A drive's plan as a province writes it (YAML in {@code src/main/resources/plans/}, or uploaded). Field names are
 * the YAML keys; {@link PlanValidator} checks everything the types cannot.
 *
 * @param code      stable identifier, e.g. {@code hau-giang-2022}
 * @param reference the legal document, e.g. {@code 103/KH-UBND}
 * @param province  province code in {@code hierarchy}
 * @param scope     optional district or commune code when the plan covers less than the province (Phú Ninh)
 * @param steps     who owns each lifecycle step, and its due date where the plan gives one
 */
public record PlanFile(String code, Text name, String reference, LocalDate issuedOn, String province, String scope,
                       Hierarchy hierarchy, Text driveName, Map<PlanStep, StepSpec> steps,
                       List<IndicatorSpec> indicators, List<PhaseSpec> phases, TeamRules teams, PilotRule pilot,
                       ScaleUpRule scaleUp, TrainingRule training, DeadlineRule deadlines,
                       CommendationRule commendation) {

    public PlanFile {
        steps = steps == null ? Map.of() : steps;
        indicators = indicators == null ? List.of() : indicators;
        phases = phases == null ? List.of() : phases;
    }

    /** A text in both languages of the product. */
    public record Text(String vi, String en) {
    }

    /** {@code with}: roles that take part (Home Affairs drafts the emulation plan with the digital department). */
    public record StepSpec(AgencyRole role, List<AgencyRole> with, LocalDate due) {
        public StepSpec {
            with = with == null ? List.of() : with;
        }
    }

    public record IndicatorSpec(String code, Text name, IndicatorUnit unit, Denominator denominator) {
    }

    /** {@code targets}: indicator code → target value (a percentage for PERCENT indicators). */
    public record PhaseSpec(String code, Text name, LocalDate start, LocalDate end, LocalDate reportDue,
                            Map<String, BigDecimal> targets) {
        public PhaseSpec {
            targets = targets == null ? Map.of() : targets;
        }
    }

    public record TeamRules(MemberRange commune, MemberRange village, Boolean zaloLinkRequired) {
    }

    /** Members of one team; {@code headOfVillageRequired}: the village head must be a member (Cần Thơ, 793). */
    public record MemberRange(Integer min, Integer max, Boolean headOfVillageRequired) {
    }

    /**
     * @param communesPerDistrict for {@link PilotKind#COMMUNES_PER_DISTRICT} (Quảng Trị: 2)
     * @param communes            for {@link PilotKind#PROVINCE_SELECTS}
     * @param villagesPerCommune  pilot villages in each pilot commune (Quảng Trị: 2)
     * @param deadline            when the pilot teams must exist (Phú Ninh: 31 Aug 2022)
     */
    public record PilotRule(PilotKind rule, Integer communesPerDistrict, Integer communes,
                            Integer villagesPerCommune, LocalDate deadline) {
    }

    /** Per scale-up wave: more communes (per district in the three-tier era) and villages per commune. */
    public record ScaleUpRule(Range communes, Range villagesPerCommune) {
    }

    public record Range(Integer min, Integer max) {
    }

    /** A team counts as trained when this share of its members attended. */
    public record TrainingRule(Integer attendanceSharePercent) {
    }

    public record DeadlineRule(Integer reminderDaysBefore, Integer escalationDaysAfter) {
    }

    /** Share of council votes each award needs. */
    public record CommendationRule(Map<AwardKind, Integer> voteThresholdPercent) {
    }
}
