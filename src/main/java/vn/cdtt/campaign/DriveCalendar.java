package vn.cdtt.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanFile.Stages;
import vn.cdtt.plan.PlanFile.Stages.Kind;
import vn.cdtt.plan.PlanStep;

/**
 * The days on which a drive of a plan opens work or has work fall due, for the stages the plan has, each with what
 * happens that day. A drive is started only when none of them has passed: a past day would create its tasks late and
 * fire their reminders and escalations at once.
 */
public final class DriveCalendar {

    /** One day of the drive; {@code messageKey} with {@code argument} says what happens then. */
    public record Day(LocalDate date, String messageKey, String argument) {
    }

    private DriveCalendar() {
    }

    public static List<Day> of(PlanFile plan) {
        List<Day> days = new ArrayList<>();
        Stages stages = plan.stages();
        for (PlanFile.Assignment assignment : stages.assignments()) {
            add(days, assignment.opens(), "campaign.day.assignmentOpens", assignment.name().vi());
            add(days, assignment.due(), "campaign.day.assignmentDue", assignment.name().vi());
        }
        if (plan.has(Kind.APPROVAL)) {
            add(days, due(plan, PlanStep.APPROVE_PLANS), "campaign.day.approvalDue", null);
        }
        if (plan.has(Kind.FOUNDING)) {
            add(days, stages.founding().opens(), "campaign.day.foundingOpens", null);
            add(days, due(plan, PlanStep.SELECT_PILOT), "campaign.day.selectPilotDue", null);
            add(days, plan.pilot() == null ? null : plan.pilot().deadline(), "campaign.day.foundingDue", null);
            add(days, due(plan, PlanStep.ESTABLISH_TEAMS), "campaign.day.foundingDue", null);
        }
        if (plan.has(Kind.STEERING_COMMITTEES)) {
            add(days, due(plan, PlanStep.FORM_STEERING_COMMITTEES), "campaign.day.steeringDue", null);
        }
        if (plan.has(Kind.LAUNCH)) {
            add(days, stages.launch().opens(), "campaign.day.launchOpens", null);
            add(days, due(plan, PlanStep.LAUNCH_DRIVE), "campaign.day.launchDue", null);
        }
        if (plan.has(Kind.REPORTING)) {
            for (PlanFile.PhaseSpec phase : plan.phases()) {
                add(days, phase.reportDue().minusDays(stages.reporting().leadDays()), "campaign.day.reportsOpen",
                        phase.name().vi());
                add(days, phase.reportDue(), "campaign.day.reportsDue", phase.name().vi());
            }
        }
        if (plan.has(Kind.FINAL_REVIEW)) {
            add(days, stages.finalReview().opens(), "campaign.day.finalReviewOpens", null);
            add(days, due(plan, PlanStep.FINAL_REVIEW), "campaign.day.finalReviewDue", null);
        }
        // The pilot deadline and the founding step's due day are often the same day: name it once.
        return days.stream().distinct().sorted(Comparator.comparing(Day::date)).toList();
    }

    /** The days before {@code today}, in date order. */
    public static List<Day> passed(PlanFile plan, LocalDate today) {
        return of(plan).stream().filter(day -> day.date().isBefore(today)).toList();
    }

    private static LocalDate due(PlanFile plan, PlanStep step) {
        PlanFile.StepSpec spec = plan.steps().get(step);
        return spec == null ? null : spec.due();
    }

    private static void add(List<Day> days, LocalDate date, String key, String argument) {
        if (date != null) {
            days.add(new Day(date, key, argument));
        }
    }
}
