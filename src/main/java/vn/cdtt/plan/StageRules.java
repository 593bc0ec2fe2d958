package vn.cdtt.plan;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.cdtt.plan.PlanFile.Assignment;
import vn.cdtt.plan.PlanFile.Stages;
import vn.cdtt.plan.PlanFile.Stages.Kind;

/**
 * What a plan's {@code stages:} must satisfy: each stage that is on has the roles it needs, no role is given for a
 * stage that is off, a stage that builds on another has it, and every date lets its stage open before it is due.
 */
final class StageRules {

    /** Where a plan problem is reported: the field path, the message key and its arguments. */
    interface Problems {
        void add(String path, String key, Object... arguments);
    }

    private static final Pattern ASSIGNMENT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** The steps (roles) each stage needs; a step not listed here belongs to no stage of the second format. */
    private static final Map<Kind, List<PlanStep>> STEPS = new EnumMap<>(Kind.class);

    static {
        STEPS.put(Kind.APPROVAL, List.of(PlanStep.APPROVE_PLANS));
        STEPS.put(Kind.STEERING_COMMITTEES, List.of(PlanStep.FORM_STEERING_COMMITTEES));
        STEPS.put(Kind.FOUNDING, List.of(PlanStep.ESTABLISH_TEAMS));
        STEPS.put(Kind.TRAINING, List.of(PlanStep.TRAIN_TEAMS));
        STEPS.put(Kind.LAUNCH, List.of(PlanStep.LAUNCH_DRIVE));
        STEPS.put(Kind.REPORTING, List.of(PlanStep.SUBMIT_PHASE_REPORT, PlanStep.VERIFY_PHASE_REPORT));
        STEPS.put(Kind.REVIEWS, List.of(PlanStep.HOLD_PHASE_REVIEW));
        STEPS.put(Kind.FINAL_REVIEW, List.of(PlanStep.FINAL_REVIEW));
        STEPS.put(Kind.COMMENDATION, List.of(PlanStep.VET_COMMENDATIONS, PlanStep.DECIDE_COMMENDATIONS));
    }

    /** The first-format steps that are assignments in the second format. */
    private static final Set<PlanStep> DRAFT_STEPS = Set.of(PlanStep.DRAFT_ESTABLISHMENT_DECISION,
            PlanStep.DRAFT_EMULATION_PLAN, PlanStep.PROPOSE_IT_STAFFING, PlanStep.PLAN_CASHLESS_PAYMENTS);

    private StageRules() {
    }

    /** The stage's key in the plan file, which is how refusals name it to the plan's author. */
    static String label(Kind stage) {
        return switch (stage) {
            case ASSIGNMENTS -> "stages.assignments";
            case APPROVAL -> "stages.approval";
            case STEERING_COMMITTEES -> "stages.steeringCommittees";
            case FOUNDING -> "stages.founding";
            case TRAINING -> "stages.training";
            case LAUNCH -> "stages.launch";
            case COMMITMENTS -> "stages.launch.commitments";
            case REPORTING -> "stages.reporting";
            case REVIEWS -> "stages.reviews";
            case FINAL_REVIEW -> "stages.finalReview";
            case COMMENDATION -> "stages.commendation";
        };
    }

    /**
     * @param file the plan as written
     * @param plan the same plan with a first-format file read as its fixed chain
     */
    static void check(Problems problems, PlanFile file, PlanFile plan) {
        Stages stages = plan.stages();
        boolean secondFormat = file.stages() != null;
        if (java.util.Arrays.stream(Kind.values()).noneMatch(stages::has)) {
            problems.add("stages", "plan.noStage");
            return;
        }
        checkAssignments(problems, plan, secondFormat);
        for (Map.Entry<Kind, List<PlanStep>> entry : STEPS.entrySet()) {
            boolean on = stages.has(entry.getKey());
            for (PlanStep step : entry.getValue()) {
                boolean given = plan.steps().get(step) != null;
                if (on && !given) {
                    problems.add("steps." + step, "plan.stageNeedsRole", label(entry.getKey()));
                } else if (!on && given && secondFormat) {
                    problems.add("steps." + step, "plan.roleWithoutStage", label(entry.getKey()));
                }
            }
        }
        if (secondFormat && !stages.has(Kind.REVIEWS) && plan.steps().get(PlanStep.PLAN_REMEDIATION) != null) {
            problems.add("steps." + PlanStep.PLAN_REMEDIATION, "plan.roleWithoutStage", label(Kind.REVIEWS));
        }
        for (PlanStep step : List.of(PlanStep.COMPILE_PHASE_REPORT, PlanStep.SUBMIT_SECTOR_REPORT)) {
            if (!stages.has(Kind.REPORTING) && plan.steps().get(step) != null) {
                problems.add("steps." + step, "plan.roleWithoutStage", label(Kind.REPORTING));
            }
        }
        if (secondFormat) {
            for (PlanStep step : DRAFT_STEPS) {
                if (file.steps().containsKey(step)) {
                    problems.add("steps." + step, "plan.draftStepInStages");
                }
            }
        }
        if (plan.pilot() != null && plan.pilot().rule() != PilotKind.EVERY_VILLAGE && stages.has(Kind.FOUNDING)
                && plan.steps().get(PlanStep.SELECT_PILOT) == null) {
            problems.add("steps." + PlanStep.SELECT_PILOT, "plan.stageNeedsRole", label(Kind.FOUNDING));
        }
        needs(problems, stages, Kind.APPROVAL, Kind.ASSIGNMENTS);
        needs(problems, stages, Kind.STEERING_COMMITTEES, Kind.FOUNDING);
        needs(problems, stages, Kind.TRAINING, Kind.FOUNDING);
        needs(problems, stages, Kind.REVIEWS, Kind.REPORTING);
        needs(problems, stages, Kind.COMMENDATION, Kind.REVIEWS);
        if (plan.scaleUp() != null && !(stages.has(Kind.FOUNDING) && stages.has(Kind.REVIEWS))) {
            problems.add("scaleUp", "plan.stageNeeds", "scaleUp",
                    label(stages.has(Kind.FOUNDING) ? Kind.REVIEWS : Kind.FOUNDING));
        }
        opensOnlyWhereItCan(problems, stages);
        checkDates(problems, plan, secondFormat);
        if (plan.scaleUp() != null && secondFormat) {
            checkScaleUp(problems, plan);
        }
    }

    /**
     * A scale-up names the phases whose review may decide it and when its teams are due, a day after every one
     * of those reviews can be held (their reports' due date).
     */
    private static void checkScaleUp(Problems problems, PlanFile plan) {
        PlanFile.ScaleUpRule scaleUp = plan.scaleUp();
        if (scaleUp.after() == null || scaleUp.after().isEmpty()) {
            problems.add("scaleUp.after", "file.required");
        } else {
            for (int i = 0; i < scaleUp.after().size(); i++) {
                String code = scaleUp.after().get(i);
                PlanFile.PhaseSpec phase = plan.phases().stream().filter(p -> p.code() != null
                        && p.code().equals(code)).findFirst().orElse(null);
                if (phase == null) {
                    problems.add("scaleUp.after[" + i + "]", "plan.unknownPhase", code);
                } else if (scaleUp.deadline() != null && phase.reportDue() != null
                        && !scaleUp.deadline().isAfter(phase.reportDue())) {
                    problems.add("scaleUp.deadline", "plan.scaleUpDueBeforeReview", scaleUp.deadline(), code,
                            phase.reportDue());
                }
            }
        }
        if (scaleUp.deadline() == null) {
            problems.add("scaleUp.deadline", "file.required");
        }
    }

    private static void checkAssignments(Problems problems, PlanFile plan, boolean secondFormat) {
        Set<String> codes = new HashSet<>();
        List<Assignment> assignments = plan.stages().assignments();
        for (int i = 0; i < assignments.size(); i++) {
            String path = "stages.assignments[" + i + "]";
            Assignment assignment = assignments.get(i);
            if (assignment == null) {
                problems.add(path, "file.required");
                continue;
            }
            if (assignment.code() == null || assignment.code().isBlank()) {
                problems.add(path + ".code", "file.required");
            } else if (!ASSIGNMENT_CODE.matcher(assignment.code()).matches()) {
                problems.add(path + ".code", "plan.badAssignmentCode", assignment.code());
            } else if (!codes.add(assignment.code())) {
                problems.add(path + ".code", "file.duplicate", assignment.code());
            }
            vietnamese(problems, path + ".name", assignment.name());
            vietnamese(problems, path + ".deliverable", assignment.deliverable());
            if (assignment.role() == null) {
                problems.add(path + ".role", "file.required");
            }
            // First-format drafts had optional due dates; a new assignment always says when it is due.
            if (assignment.due() == null && secondFormat) {
                problems.add(path + ".due", "file.required");
            }
            if (assignment.opens() != null && assignment.due() != null
                    && !assignment.opens().isBefore(assignment.due())) {
                problems.add(path + ".opens", "plan.opensOnOrAfterDue", assignment.opens(), assignment.due());
            }
        }
    }

    private static void vietnamese(Problems problems, String path, PlanFile.Text text) {
        if (text == null || text.vi() == null || text.vi().isBlank()) {
            problems.add(path + ".vi", "file.required");
        }
    }

    private static void needs(Problems problems, Stages stages, Kind stage, Kind needed) {
        if (stages.has(stage) && !stages.has(needed)) {
            problems.add(label(stage), "plan.stageNeeds", label(stage), label(needed));
        }
    }

    /** Stages that start from another stage's event (not a date of their own) refuse an {@code opens} date. */
    private static void opensOnlyWhereItCan(Problems problems, Stages stages) {
        Map<Kind, PlanFile.Stage> startedByEvents = new EnumMap<>(Kind.class);
        startedByEvents.put(Kind.APPROVAL, stages.approval());
        startedByEvents.put(Kind.STEERING_COMMITTEES, stages.steeringCommittees());
        startedByEvents.put(Kind.TRAINING, stages.training());
        startedByEvents.put(Kind.REVIEWS, stages.reviews());
        startedByEvents.put(Kind.COMMENDATION, stages.commendation());
        startedByEvents.forEach((kind, stage) -> {
            if (stage != null && stage.opens() != null) {
                problems.add(label(kind) + ".opens", "plan.opensNotApplicable", label(kind));
            }
        });
    }

    /** The days after a due date that an overdue task is escalated (and the period's review or compiling opens). */
    private static int escalation(PlanFile plan) {
        return plan.deadlines() == null || plan.deadlines().escalationDaysAfter() == null ? 1
                : plan.deadlines().escalationDaysAfter();
    }

    private static void checkDates(Problems problems, PlanFile plan, boolean secondFormat) {
        Stages stages = plan.stages();
        int reminder = plan.deadlines() == null || plan.deadlines().reminderDaysBefore() == null ? 0
                : plan.deadlines().reminderDaysBefore();
        if (stages.reporting() != null) {
            Integer lead = stages.reporting().leadDays();
            if (lead == null) {
                problems.add("stages.reporting.leadDays", "file.required");
            } else if (lead < 1 || lead > 365) {
                problems.add("stages.reporting.leadDays", "plan.outOfRange", lead, 1, 365);
            } else if (lead < reminder) {
                problems.add("stages.reporting.leadDays", "plan.leadShorterThanReminder", lead, reminder);
            }
            if (stages.reporting().takesRequests() && plan.steps().get(PlanStep.COMPILE_PHASE_REPORT) == null) {
                problems.add("stages.reporting.onRequest", "plan.onRequestNeedsCompiler");
            }
            Integer compile = stages.reporting().compileDays();
            if (compile != null && (compile < 1 || compile > 60)) {
                problems.add("stages.reporting.compileDays", "plan.outOfRange", compile, 1, 60);
            } else if (compile != null && plan.steps().get(PlanStep.COMPILE_PHASE_REPORT) == null) {
                problems.add("stages.reporting.compileDays", "plan.compileDaysWithoutCompiler");
            } else if (compile != null && compile <= escalation(plan)) {
                // The compiling opens once late units have been chased: due no earlier, or it is born overdue.
                problems.add("stages.reporting.compileDays", "plan.compileDueBeforeItOpens", compile,
                        escalation(plan));
            }
        }
        LocalDate foundingDeadline = plan.pilot() == null ? null : plan.pilot().deadline();
        if (stages.founding() != null && stages.founding().opens() != null && foundingDeadline != null
                && !stages.founding().opens().isBefore(foundingDeadline)) {
            problems.add("stages.founding.opens", "plan.opensOnOrAfterDue", stages.founding().opens(),
                    foundingDeadline);
        }
        PlanFile.StepSpec launchStep = plan.steps().get(PlanStep.LAUNCH_DRIVE);
        if (stages.launch() != null && stages.launch().opens() != null && launchStep != null
                && launchStep.due() != null && !stages.launch().opens().isBefore(launchStep.due())) {
            problems.add("stages.launch.opens", "plan.opensOnOrAfterDue", stages.launch().opens(), launchStep.due());
        }
        PlanFile.StepSpec finalStep = plan.steps().get(PlanStep.FINAL_REVIEW);
        LocalDate lastReports = plan.phases().stream().map(PlanFile.PhaseSpec::reportDue)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (secondFormat && stages.finalReview() != null && finalStep != null && finalStep.due() != null
                && lastReports != null && !finalStep.due().isAfter(lastReports)) {
            problems.add("steps." + PlanStep.FINAL_REVIEW + ".due", "plan.finalReviewBeforeReports",
                    finalStep.due(), lastReports);
        }
    }
}
