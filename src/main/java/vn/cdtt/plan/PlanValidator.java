package vn.cdtt.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.UnitScope;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.organization.AgencyRole;
import vn.cdtt.plan.PlanFile.IndicatorSpec;
import vn.cdtt.plan.PlanFile.MemberRange;
import vn.cdtt.plan.PlanFile.PhaseSpec;
import vn.cdtt.plan.PlanFile.Range;
import vn.cdtt.plan.PlanFile.Stages.Kind;
import vn.cdtt.plan.PlanFile.Text;

/** Everything a plan file must satisfy beyond its types; each problem names the field path and the reason. */
@Component
class PlanValidator {

    private static final Pattern PLAN_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern INDICATOR_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Steps worked by each unit (or its district) rather than by one owner for the whole plan. */
    private static final Set<PlanStep> PER_UNIT_STEPS = Set.of(PlanStep.FORM_STEERING_COMMITTEES,
            PlanStep.SELECT_PILOT, PlanStep.ESTABLISH_TEAMS, PlanStep.SUBMIT_PHASE_REPORT,
            PlanStep.VERIFY_PHASE_REPORT, PlanStep.HOLD_PHASE_REVIEW);
    /** Steps each commune works for itself: their owner is the commune's own body. */
    private static final Set<PlanStep> COMMUNE_WORK = Set.of(PlanStep.FORM_STEERING_COMMITTEES,
            PlanStep.ESTABLISH_TEAMS, PlanStep.SUBMIT_PHASE_REPORT);
    private static final Set<AgencyRole> DISTRICT_ROLES = Set.of(AgencyRole.DISTRICT_COMMITTEE,
            AgencyRole.DISTRICT_CULTURE_OFFICE);

    private final AdminUnitRepository units;

    PlanValidator(AdminUnitRepository units) {
        this.units = units;
    }

    /** The plan's area (province, or the district or commune named by {@code scope}) when it is valid. */
    record Checked(List<FieldProblem> problems, AdminUnit province, AdminUnit scope) {
    }

    Checked check(PlanFile file) {
        Check check = new Check();
        PlanFile plan = LegacyPlanFormat.normalized(file);
        if (plan.code() == null || plan.code().isBlank()) {
            check.problem("code", "file.required");
        } else if (!PLAN_CODE.matcher(plan.code()).matches()) {
            check.problem("code", "plan.badCode", plan.code());
        }
        check.text("name", plan.name());
        check.required("reference", plan.reference());
        check.required("issuedOn", plan.issuedOn());
        check.text("driveName", plan.driveName());
        AdminUnit province = null;
        AdminUnit scope = null;
        if (check.required("hierarchy", plan.hierarchy()) && check.required("province", plan.province())) {
            province = units.findByHierarchyAndLevelAndCode(plan.hierarchy(), AdminLevel.PROVINCE, plan.province())
                    .orElse(null);
            if (province == null) {
                check.problem("province", "file.unknownUnit", plan.province(), plan.hierarchy());
            } else {
                scope = plan.scope() == null ? province : scopeWithin(check, plan, province);
            }
        }
        if (plan.has(Kind.REPORTING)) {
            Set<String> indicators = checkIndicators(check, plan.indicators());
            checkPhases(check, plan.phases(), plan.indicators(), indicators);
        } else {
            ruleWithoutStage(check, "indicators", !plan.indicators().isEmpty(), Kind.REPORTING);
            ruleWithoutStage(check, "phases", !plan.phases().isEmpty(), Kind.REPORTING);
        }
        checkSteps(check, plan);
        StageRules.check(check::problem, file, plan);
        PlanAssumptions.check(check::problem, file);
        if (plan.has(Kind.FOUNDING)) {
            checkTeams(check, plan.teams());
            checkPilot(check, plan);
        } else {
            ruleWithoutStage(check, "teams", plan.teams() != null, Kind.FOUNDING);
            ruleWithoutStage(check, "pilot", plan.pilot() != null, Kind.FOUNDING);
        }
        if (plan.scaleUp() != null) {
            check.range("scaleUp.communes", plan.scaleUp().communes(), 1);
            check.range("scaleUp.villagesPerCommune", plan.scaleUp().villagesPerCommune(), 1);
        }
        if (plan.training() != null) {
            check.between("training.attendanceSharePercent", plan.training().attendanceSharePercent(), 1, 100);
        }
        if (plan.deadlines() != null) {
            check.between("deadlines.reminderDaysBefore", plan.deadlines().reminderDaysBefore(), 0, 365);
            check.between("deadlines.escalationDaysAfter", plan.deadlines().escalationDaysAfter(), 0, 365);
        }
        if (plan.commendation() != null && plan.commendation().voteThresholdPercent() != null) {
            plan.commendation().voteThresholdPercent().forEach((award, threshold) -> check.between(
                    "commendation.voteThresholdPercent." + award, threshold, 1, 100));
        }
        return new Checked(check.problems, province, scope);
    }

    private static void ruleWithoutStage(Check check, String path, boolean present, Kind stage) {
        if (present) {
            check.problem(path, "plan.ruleWithoutStage", StageRules.label(stage));
        }
    }

    private AdminUnit scopeWithin(Check check, PlanFile plan, AdminUnit province) {
        List<AdminUnit> found = units.findByHierarchyAndCode(plan.hierarchy(), plan.scope());
        UnitScope provinceScope = UnitScope.within(Set.of(province.getId()));
        Optional<AdminUnit> inside = found.stream().filter(provinceScope::covers).findFirst();
        if (inside.isEmpty()) {
            check.problem("scope", found.isEmpty() ? "file.unknownUnit" : "file.outsideProvince", plan.scope(),
                    found.isEmpty() ? plan.hierarchy() : province.getFullName());
            return null;
        }
        return inside.get();
    }

    private static Set<String> checkIndicators(Check check, List<IndicatorSpec> indicators) {
        Set<String> codes = new HashSet<>();
        if (indicators.isEmpty()) {
            check.problem("indicators", "file.required");
        }
        for (int i = 0; i < indicators.size(); i++) {
            String path = "indicators[" + i + "]";
            IndicatorSpec indicator = indicators.get(i);
            if (check.required(path + ".code", indicator.code())) {
                if (!INDICATOR_CODE.matcher(indicator.code()).matches()) {
                    check.problem(path + ".code", "plan.badIndicatorCode", indicator.code());
                } else if (!codes.add(indicator.code())) {
                    check.problem(path + ".code", "file.duplicate", indicator.code());
                }
            }
            check.text(path + ".name", indicator.name());
            check.required(path + ".unit", indicator.unit());
            check.required(path + ".denominator", indicator.denominator());
        }
        return codes;
    }

    private static void checkPhases(Check check, List<PhaseSpec> phases, List<IndicatorSpec> indicators,
                                    Set<String> indicatorCodes) {
        if (phases.isEmpty()) {
            check.problem("phases", "file.required");
        }
        Set<String> codes = new HashSet<>();
        LocalDate previousStart = null;
        for (int i = 0; i < phases.size(); i++) {
            String path = "phases[" + i + "]";
            PhaseSpec phase = phases.get(i);
            if (check.required(path + ".code", phase.code()) && !codes.add(phase.code())) {
                check.problem(path + ".code", "file.duplicate", phase.code());
            }
            check.text(path + ".name", phase.name());
            boolean dates = check.required(path + ".start", phase.start()) & check.required(path + ".end", phase.end())
                    & check.required(path + ".reportDue", phase.reportDue());
            if (dates) {
                if (phase.end().isBefore(phase.start())) {
                    check.problem(path + ".end", "file.endBeforeStart", phase.start(), phase.end());
                }
                if (phase.reportDue().isBefore(phase.end())) {
                    check.problem(path + ".reportDue", "plan.reportBeforeEnd", phase.reportDue(), phase.end());
                }
                if (previousStart != null && phase.start().isBefore(previousStart)) {
                    check.problem(path + ".start", "plan.phasesOutOfOrder", phase.start(), previousStart);
                }
                previousStart = phase.start();
            }
            for (Map.Entry<String, BigDecimal> target : phase.targets().entrySet()) {
                String targetPath = path + ".targets." + target.getKey();
                Optional<IndicatorSpec> indicator = indicators.stream()
                        .filter(x -> target.getKey().equals(x.code())).findFirst();
                if (!indicatorCodes.contains(target.getKey()) || indicator.isEmpty()) {
                    check.problem(targetPath, "plan.unknownIndicator", target.getKey());
                } else if (target.getValue() == null) {
                    check.problem(targetPath, "file.required");
                } else if (target.getValue().signum() < 0) {
                    check.problem(targetPath, "plan.negativeTarget", target.getValue());
                } else if (indicator.get().unit() == IndicatorUnit.PERCENT && target.getValue().compareTo(HUNDRED) > 0) {
                    check.problem(targetPath, "plan.targetOver100", target.getValue());
                }
            }
        }
    }

    private static void checkSteps(Check check, PlanFile plan) {
        plan.steps().forEach((step, spec) -> {
            String path = "steps." + step;
            if (spec != null && check.required(path + ".role", spec.role())) {
                checkRoles(check, plan, path, spec.role(), spec.with(), PER_UNIT_STEPS.contains(step));
                if (COMMUNE_WORK.contains(step) && spec.role().level() != AdminLevel.COMMUNE) {
                    // Each commune does this for itself; a higher agency may take part only as a co-owner.
                    check.problem(path + ".role", "plan.communeWorkNeedsCommuneRole", spec.role());
                }
                if (step == PlanStep.HOLD_PHASE_REVIEW) {
                    checkReviewLevel(check, plan, path, spec.role());
                }
            }
        });
        List<PlanFile.Assignment> assignments = plan.stages().assignments();
        boolean anyDraft = false;
        for (int i = 0; i < assignments.size(); i++) {
            PlanFile.Assignment assignment = assignments.get(i);
            if (assignment != null && assignment.role() != null) {
                String path = "stages.assignments[" + i + "]";
                boolean each = plan.doneByEach(assignment);
                checkRoles(check, plan, path, assignment.role(), assignment.with(), each);
                if (each && !assignment.with().isEmpty()) {
                    // Each owner delivers its own document; a co-owner would see every owner's task.
                    check.problem(path + ".with", "plan.eachOwnHasNoCoOwners", assignment.role());
                }
                anyDraft |= !each;
            }
        }
        if (plan.has(PlanFile.Stages.Kind.APPROVAL) && !assignments.isEmpty() && !anyDraft) {
            // The approver approves the province's drafts; what each unit does for itself it issues itself.
            check.problem("stages.approval", "plan.approvalWithoutDrafts");
        }
        plan.steps().forEach((step, spec) -> {
            if (spec == null) {
                return;
            }
            if (step == PlanStep.SUBMIT_SECTOR_REPORT) {
                if (spec.role() != AgencyRole.SECTOR_DEPT || !spec.with().isEmpty()) {
                    check.problem("steps." + step + ".role", "plan.sectorReportsByDepartments");
                }
            } else if (spec.role() == AgencyRole.SECTOR_DEPT || spec.with().contains(AgencyRole.SECTOR_DEPT)) {
                check.problem("steps." + step + ".role", "plan.sectorDeptsOnlyOwnAssignments");
            }
        });
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i) != null && assignments.get(i).with().contains(AgencyRole.SECTOR_DEPT)) {
                check.problem("stages.assignments[" + i + "].with", "plan.sectorDeptsOnlyOwnAssignments");
            }
        }
    }

    /**
     * Reviews are held by the plan's owner (the province, or the district of a district's plan), or by each district
     * of a province's plan for its own area (Quảng Trị's districts sum up, evaluate and decide their own scale-up);
     * such district reviews have no provincial remediation to send to.
     */
    private static void checkReviewLevel(Check check, PlanFile plan, String path, AgencyRole role) {
        if (role.level() == AdminLevel.COMMUNE) {
            check.problem(path + ".role", "plan.reviewBelowDistrict", role);
        } else if (role.level() == AdminLevel.DISTRICT && plan.scope() == null
                && plan.steps().get(PlanStep.PLAN_REMEDIATION) != null) {
            check.problem("steps." + PlanStep.PLAN_REMEDIATION, "plan.remediationNeedsProvinceReview", role);
        }
    }

    private static void checkRoles(Check check, PlanFile plan, String path, AgencyRole role, List<AgencyRole> with,
                                   boolean perUnit) {
        List<AgencyRole> roles = new ArrayList<>(with);
        roles.add(role);
        if (plan.hierarchy() != null && !plan.hierarchy().hasDistricts()
                && roles.stream().anyMatch(DISTRICT_ROLES::contains)) {
            check.problem(path + ".role", "plan.districtRoleInTwoTiers", plan.hierarchy());
        } else if (plan.scope() == null && !perUnit) {
            // A province-wide step has one owner (and co-owners): no single district or commune can hold it.
            roles.stream().filter(r -> r.level() != AdminLevel.PROVINCE).findFirst().ifPresent(r ->
                    check.problem(path + ".role", "plan.districtRoleForProvinceStep", r));
        }
        for (int i = 0; i < with.size(); i++) {
            check.required(path + ".with[" + i + "]", with.get(i));
        }
    }

    private static void checkTeams(Check check, PlanFile.TeamRules teams) {
        if (!check.required("teams", teams)) {
            return;
        }
        checkMembers(check, "teams.commune", teams.commune(), false);
        if (check.required("teams.village", teams.village())) {
            checkMembers(check, "teams.village", teams.village(), true);
        }
    }

    private static void checkMembers(Check check, String path, MemberRange range, boolean minRequired) {
        if (range == null) {
            return;
        }
        if (minRequired) {
            check.required(path + ".min", range.min());
        }
        check.between(path + ".min", range.min(), 1, 50);
        check.between(path + ".max", range.max(), 1, 50);
        if (range.min() != null && range.max() != null && range.min() > range.max()) {
            check.problem(path + ".min", "plan.minOverMax", range.min(), range.max());
        }
    }

    private static void checkPilot(Check check, PlanFile plan) {
        PlanFile.PilotRule pilot = plan.pilot();
        if (!check.required("pilot", pilot) || !check.required("pilot.rule", pilot.rule())) {
            return;
        }
        switch (pilot.rule()) {
            case COMMUNES_PER_DISTRICT -> {
                if (plan.hierarchy() != null && !plan.hierarchy().hasDistricts()) {
                    check.problem("pilot.rule", "plan.districtRuleInTwoTiers", plan.hierarchy());
                }
                check.requiredBetween("pilot.communesPerDistrict", pilot.communesPerDistrict(), 1, 100);
                check.requiredBetween("pilot.villagesPerCommune", pilot.villagesPerCommune(), 1, 100);
            }
            case PROVINCE_SELECTS -> {
                check.requiredBetween("pilot.communes", pilot.communes(), 1, 10_000);
                check.requiredBetween("pilot.villagesPerCommune", pilot.villagesPerCommune(), 1, 100);
            }
            case EVERY_VILLAGE -> check.required("pilot.deadline", pilot.deadline());
        }
    }

    /** Collects problems; the helpers answer whether the value was acceptable so callers can go deeper. */
    private static final class Check {
        final List<FieldProblem> problems = new ArrayList<>();

        void problem(String path, String key, Object... arguments) {
            problems.add(FieldProblem.of(path, key, arguments));
        }

        boolean required(String path, Object value) {
            if (value == null || value instanceof String s && s.isBlank()) {
                problem(path, "file.required");
                return false;
            }
            return true;
        }

        void text(String path, Text text) {
            if (required(path, text)) {
                required(path + ".vi", text.vi());
                required(path + ".en", text.en());
            }
        }

        void between(String path, Integer value, int min, int max) {
            if (value != null && (value < min || value > max)) {
                problem(path, "plan.outOfRange", value, min, max);
            }
        }

        void requiredBetween(String path, Integer value, int min, int max) {
            if (required(path, value)) {
                between(path, value, min, max);
            }
        }

        void range(String path, Range range, int min) {
            if (range == null) {
                return;
            }
            requiredBetween(path + ".min", range.min(), min, 10_000);
            requiredBetween(path + ".max", range.max(), min, 10_000);
            if (range.min() != null && range.max() != null && range.min() > range.max()) {
                problem(path + ".min", "plan.minOverMax", range.min(), range.max());
            }
        }
    }
}
