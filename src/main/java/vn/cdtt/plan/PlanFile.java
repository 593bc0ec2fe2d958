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
 * @param stages    which stages the plan has and when each opens; a file without it is in the first format, read by
 *                  {@link LegacyPlanFormat} as every stage of the old fixed chain
 * @param assumptions what the plan's article does not say and the plan supplies: shown to officials as assumed
 */
public record PlanFile(String code, Text name, String reference, LocalDate issuedOn, String province, String scope,
                       Hierarchy hierarchy, Text driveName, Map<PlanStep, StepSpec> steps, Stages stages,
                       List<IndicatorSpec> indicators, List<PhaseSpec> phases, TeamRules teams, PilotRule pilot,
                       ScaleUpRule scaleUp, TrainingRule training, DeadlineRule deadlines,
                       CommendationRule commendation, List<Assumption> assumptions) {

    public PlanFile {
        steps = steps == null ? Map.of() : steps;
        assumptions = assumptions == null ? List.of() : assumptions;
        indicators = indicators == null ? List.of() : indicators;
        phases = phases == null ? List.of() : phases;
    }

    PlanFile withStages(Stages newStages) {
        return new PlanFile(code, name, reference, issuedOn, province, scope, hierarchy, driveName, steps, newStages,
                indicators, phases, teams, pilot, scaleUp, training, deadlines, commendation, assumptions);
    }

    public boolean has(Stages.Kind stage) {
        return stages != null && stages.has(stage);
    }

    /**
     * Whether each owner does its own part of the assignment: every sector department, or every district (of a
     * province's plan) or commune of the area, rather than one agency for the whole plan.
     */
    public boolean doneByEach(Assignment assignment) {
        AgencyRole role = assignment.role();
        return role == AgencyRole.SECTOR_DEPT || role.level() == vn.cdtt.geography.AdminLevel.COMMUNE
                || role.level() == vn.cdtt.geography.AdminLevel.DISTRICT && scope == null;
    }

    /**
     * A value the article does not give, which the plan supplies.
     *
     * @param field  where in the plan, by keys and codes: {@code steps.FORM_STEERING_COMMITTEES.due},
     *               {@code phases.Q3-2022.reportDue}, {@code stages.assignments.DRAFT_EMULATION_PLAN.due},
     *               {@code stages.approval}
     * @param reason for officials, in Vietnamese: what is assumed and why
     */
    public record Assumption(String field, String reason) {
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

    /**
     * The stages a plan switches on: a stage the file leaves out does not run, and nothing waits for it. Each opens
     * on its own date (or when the drive starts), never after an earlier stage.
     *
     * @param assignments        preparatory work, any number, each with its own owner and due date
     * @param approval           the leader approves the assignments' deliverables once all are in
     * @param steeringCommittees each founding commune forms its steering committee first
     * @param founding           teams are founded by the pilot rule; {@code opens}: when the communes are asked;
     *                           {@code catchUp}: communes may add teams later (declared only: the team register
     *                           that takes them is a later issue)
     * @param training           the teams of each wave are trained once the wave's deadline has passed
     * @param launch             the drive is launched; {@code commitments}: units then register their commitments
     * @param reporting          each phase's reports open {@code leadDays} before they are due
     * @param reviews            the leaders review each phase once its reports are due (and may scale up)
     * @param finalReview        the drive's final review, once every other stage has ended
     * @param commendation       commendation after the final review
     */
    public record Stages(List<Assignment> assignments, Stage approval, Stage steeringCommittees, FoundingStage founding,
                         Stage training, LaunchStage launch, ReportingStage reporting, Stage reviews,
                         Stage finalReview, Stage commendation) {
        public Stages {
            assignments = assignments == null ? List.of() : assignments;
        }

        /** The stages by name, as the models ask for them. */
        public enum Kind {
            ASSIGNMENTS, APPROVAL, STEERING_COMMITTEES, FOUNDING, TRAINING, LAUNCH, COMMITMENTS, REPORTING, REVIEWS,
            FINAL_REVIEW, COMMENDATION
        }

        public boolean has(Kind stage) {
            return switch (stage) {
                case ASSIGNMENTS -> !assignments.isEmpty();
                case APPROVAL -> approval != null;
                case STEERING_COMMITTEES -> steeringCommittees != null;
                case FOUNDING -> founding != null;
                case TRAINING -> training != null;
                case LAUNCH -> launch != null;
                case COMMITMENTS -> launch != null && Boolean.TRUE.equals(launch.commitments());
                case REPORTING -> reporting != null;
                case REVIEWS -> reviews != null;
                case FINAL_REVIEW -> finalReview != null;
                case COMMENDATION -> commendation != null;
            };
        }

        public java.util.Optional<Assignment> assignment(String code) {
            return assignments.stream().filter(a -> a.code() != null && a.code().equals(code)).findFirst();
        }
    }

    /** A stage that is on; {@code opens}, where the stage takes one, is the first day its work may start. */
    public record Stage(LocalDate opens) {
    }

    public record FoundingStage(LocalDate opens, Boolean catchUp) {
    }

    public record LaunchStage(LocalDate opens, Boolean commitments) {
    }

    /**
     * @param leadDays    how many days before a period's reports are due they are asked for
     * @param compileDays how many days after the reports' due date the compiled report is due (absent: no due date)
     * @param onRequest   the compiler may also ask any units for a report when the need arises ("theo yêu cầu phát
     *                    sinh"), until the last period's reports are due
     */
    public record ReportingStage(Integer leadDays, Integer compileDays, Boolean onRequest) {
        public boolean takesRequests() {
            return Boolean.TRUE.equals(onRequest);
        }
    }

    /**
     * One preparatory assignment: who owns it ({@code with}: who takes part), what it delivers and by when.
     *
     * @param code  stable identifier within the plan, e.g. {@code DRAFT_EMULATION_PLAN}
     * @param opens when the owner gets the task (absent: when the drive starts)
     */
    public record Assignment(String code, Text name, AgencyRole role, List<AgencyRole> with, Text deliverable,
                             LocalDate opens, LocalDate due) {
        public Assignment {
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

    /**
     * Per scale-up wave: more communes (per district in the three-tier era) and villages per commune.
     *
     * @param after    the phases whose review may scale up (Quảng Trị: only the pilot's; the evaluation period
     *                 never does); first-format plans leave it out, and then any review may
     * @param deadline when a wave's teams must exist (Quảng Trị: 31 Oct 2022); first-format plans leave it out, and
     *                 then a wave is due eight weeks after it starts
     */
    public record ScaleUpRule(Range communes, Range villagesPerCommune, List<String> after, LocalDate deadline) {

        /** Whether the review of this phase may scale up. */
        public boolean allowedAfter(String phaseCode) {
            return after == null || after.contains(phaseCode);
        }
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
