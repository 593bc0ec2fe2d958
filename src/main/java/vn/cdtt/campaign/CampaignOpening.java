package vn.cdtt.campaign;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.flow.CampaignSteps;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.VietnameseDates;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanFile.Stages.Kind;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;

/**
 * Opens a campaign for the latest version of a plan: refuses it when a day of its calendar has passed or when an
 * owner has no agency, and records it.
 */
@Service
public class CampaignOpening {

    /** Steps owned by one agency for the whole plan, by the stage that needs them. */
    private static final Map<Kind, List<PlanStep>> PROVINCE_STEPS = Map.of(
            Kind.APPROVAL, List.of(PlanStep.APPROVE_PLANS),
            Kind.TRAINING, List.of(PlanStep.TRAIN_TEAMS),
            Kind.LAUNCH, List.of(PlanStep.LAUNCH_DRIVE),
            Kind.REPORTING, List.of(PlanStep.COMPILE_PHASE_REPORT),
            Kind.REVIEWS, List.of(PlanStep.HOLD_PHASE_REVIEW),
            Kind.FINAL_REVIEW, List.of(PlanStep.FINAL_REVIEW),
            Kind.COMMENDATION, List.of(PlanStep.VET_COMMENDATIONS, PlanStep.DECIDE_COMMENDATIONS));
    /** Steps each commune's work is routed for, by the stage that needs them. */
    private static final Map<Kind, List<PlanStep>> UNIT_STEPS = Map.of(
            Kind.STEERING_COMMITTEES, List.of(PlanStep.FORM_STEERING_COMMITTEES),
            Kind.FOUNDING, List.of(PlanStep.ESTABLISH_TEAMS),
            Kind.REPORTING, List.of(PlanStep.SUBMIT_PHASE_REPORT, PlanStep.VERIFY_PHASE_REPORT));

    private final PlanRepository plans;
    private final PlanService planService;
    private final CampaignRepository campaigns;
    private final CampaignSteps steps;
    private final StepOwners owners;
    private final AdminUnitRepository units;
    private final MessageSource messages;
    private final AssignmentOwners assignmentOwners;

    CampaignOpening(PlanRepository plans, PlanService planService, CampaignRepository campaigns,
                    CampaignSteps steps, StepOwners owners, AdminUnitRepository units, MessageSource messages,
                    AssignmentOwners assignmentOwners) {
        this.assignmentOwners = assignmentOwners;
        this.owners = owners;
        this.units = units;
        this.plans = plans;
        this.planService = planService;
        this.campaigns = campaigns;
        this.steps = steps;
        this.messages = messages;
    }

    /**
     * @return process variables: {@code campaignId} and {@code pilotRule}
     * @throws CampaignRefusedException when the plan is unknown, a day of its calendar has passed, or an owner's
     *                                  role has no agency
     */
    @Transactional
    public Map<String, Object> open(String planCode, String businessKey) {
        Plan plan = plans.findFirstByCodeOrderByVersionDesc(planCode == null ? "" : planCode.strip())
                .orElseThrow(() -> new CampaignRefusedException("campaign.unknownPlan", planCode));
        PlanFile rules = planService.rulesOf(plan);
        LocalDate today = EngineClock.today();
        List<DriveCalendar.Day> passed = DriveCalendar.passed(rules, today);
        if (!passed.isEmpty()) {
            throw new CampaignRefusedException("campaign.pastDays", plan.getCode(), VietnameseDates.format(today),
                    passed.stream().map(this::describe).collect(Collectors.joining("; ")));
        }
        checkOwners(plan, rules, today);
        Campaign campaign = campaigns.save(new Campaign(plan, businessKey));
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("campaignId", campaign.getId());
        variables.put("pilotRule", rules.pilot() == null ? null : rules.pilot().rule().name());
        return variables;
    }

    /**
     * Every owner and co-owner has an agency on the day its work is due (or today), for the whole plan and for each
     * commune's work (a district's culture office for each district): refused now, not mid-drive.
     */
    private void checkOwners(Plan plan, PlanFile rules, LocalDate today) {
        for (PlanFile.Assignment assignment : rules.stages().assignments()) {
            LocalDate on = assignment.due() == null ? today : assignment.due();
            if (rules.doneByEach(assignment)) {
                assignmentOwners.of(plan, assignment, on);
            } else {
                steps.groupPlaying(plan, assignment.role(), assignment.with(), assignment.name().vi(), on);
            }
        }
        if (rules.has(Kind.REPORTING) && rules.steps().get(PlanStep.SUBMIT_SECTOR_REPORT) != null) {
            assignmentOwners.departments(plan, PlanStep.SUBMIT_SECTOR_REPORT, today);
        }
        PROVINCE_STEPS.forEach((stage, owned) -> {
            if (rules.has(stage)) {
                for (PlanStep step : owned) {
                    PlanFile.StepSpec spec = rules.steps().get(step);
                    if (spec == null && step == PlanStep.COMPILE_PHASE_REPORT) {
                        continue; // a plan names a compiler only where its article has one
                    }
                    if (spec != null && spec.role().level() == AdminLevel.DISTRICT
                            && plan.getScope().getLevel() == AdminLevel.PROVINCE) {
                        // Held by each district for its own area (Quảng Trị's reviews).
                        StepOwners.UnitRouter router = owners.forUnits(plan, step, dueOrToday(spec, today));
                        units.findDistrictsWithCommunes(plan.getScope()).forEach(router::groupsFor);
                    } else {
                        steps.groupOn(plan, step, dueOrToday(spec, today));
                    }
                }
            }
        });
        List<AdminUnit> communes = null;
        for (Map.Entry<Kind, List<PlanStep>> entry : UNIT_STEPS.entrySet()) {
            if (!rules.has(entry.getKey())) {
                continue;
            }
            communes = communes == null ? communesOf(plan) : communes;
            for (PlanStep step : entry.getValue()) {
                StepOwners.UnitRouter router = owners.forUnits(plan, step, dueOrToday(rules.steps().get(step), today));
                communes.forEach(router::groupsFor);
            }
        }
    }

    private static LocalDate dueOrToday(PlanFile.StepSpec spec, LocalDate today) {
        return spec == null || spec.due() == null ? today : spec.due();
    }

    private List<AdminUnit> communesOf(Plan plan) {
        return units.findCommunesIn(plan.getScope());
    }

    private String describe(DriveCalendar.Day day) {
        return messages.getMessage(day.messageKey(), new Object[] {day.argument()}, VIETNAMESE) + " "
                + VietnameseDates.format(day.date());
    }
}
