package vn.cdtt.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.request.flow.RequestedReportProcess;
import vn.cdtt.commendation.flow.CommendationProcess;
import vn.cdtt.commitment.flow.CommitmentRegistrationProcess;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.review.flow.PhaseReviewProcess;
import vn.cdtt.team.flow.TeamEstablishmentProcess;
import vn.cdtt.training.flow.TrainingProcess;

/**
 * When each task of a walked drive was opened and when it was due, by stage and phase. A task opened on or after
 * its due day is late by construction (an official could never have done it on time): the walk fails on it.
 * Follow-up tasks are left out, since they are born after a due date on purpose.
 */
public final class DriveTiming {

    /** The stage a task belongs to, by its task definition key. */
    private static final Map<String, String> STAGES = Map.ofEntries(
            Map.entry(CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT, "ASSIGNMENTS"),
            Map.entry(CampaignLifecycleProcess.TASK_COMPLETE_OWN_ASSIGNMENT, "ASSIGNMENTS"),
            Map.entry(CampaignLifecycleProcess.TASK_APPROVE_PLANS, "APPROVAL"),
            Map.entry(CampaignLifecycleProcess.TASK_REVISE_DRAFTS, "APPROVAL"),
            Map.entry(CampaignLifecycleProcess.TASK_SELECT_PILOT_COMMUNES, "FOUNDING"),
            Map.entry(TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE, "STEERING_COMMITTEES"),
            Map.entry(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS, "FOUNDING"),
            Map.entry(TeamEstablishmentProcess.TASK_ISSUE_FOUNDING_DECISION, "FOUNDING"),
            Map.entry(TrainingProcess.TASK_SCHEDULE_TRAINING_SESSION, "TRAINING"),
            Map.entry(TrainingProcess.TASK_RECORD_ATTENDANCE, "TRAINING"),
            Map.entry(CampaignLifecycleProcess.TASK_LAUNCH_DRIVE, "LAUNCH"),
            Map.entry(CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT, "COMMITMENTS"),
            Map.entry(PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT, "REPORTING"),
            Map.entry(PhaseReportProcess.TASK_VERIFY_PHASE_REPORT, "REPORTING"),
            Map.entry(CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT, "REPORTING"),
            Map.entry(CampaignLifecycleProcess.TASK_SUBMIT_SECTOR_REPORT, "REPORTING"),
            Map.entry(RequestedReportProcess.TASK_SUBMIT_REQUESTED_REPORT, "REPORTING"),
            Map.entry(RequestedReportProcess.TASK_COMPILE_REQUESTED_REPORT, "REPORTING"),
            Map.entry(PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW, "REVIEWS"),
            Map.entry(PhaseReviewProcess.TASK_HOLD_DISTRICT_REVIEW, "REVIEWS"),
            Map.entry(PhaseReviewProcess.TASK_SELECT_SCALE_UP_COMMUNES, "REVIEWS"),
            Map.entry(PhaseReviewProcess.TASK_PLAN_REMEDIATION, "REVIEWS"),
            Map.entry(CampaignLifecycleProcess.TASK_FINAL_REVIEW, "FINAL_REVIEW"),
            Map.entry(CommendationProcess.TASK_PROPOSE_COMMENDATIONS, "COMMENDATION"),
            Map.entry(CommendationProcess.TASK_VET_PROPOSALS, "COMMENDATION"),
            Map.entry(CommendationProcess.TASK_RECORD_COUNCIL_VOTES, "COMMENDATION"),
            Map.entry(CommendationProcess.TASK_DECIDE_COMMENDATIONS, "COMMENDATION"));

    /** One task as the walk first saw it. */
    public record Opened(String taskKey, String stage, String phase, String instance, LocalDate opened,
                         LocalDate due) {
        boolean late() {
            return due != null && !opened.isBefore(due);
        }
    }

    private final Map<String, Opened> byTask = new java.util.LinkedHashMap<>();

    /** @return false for tasks that belong to no stage (follow-ups) */
    static boolean timed(String taskKey) {
        return STAGES.containsKey(taskKey);
    }

    boolean seen(String taskId) {
        return byTask.containsKey(taskId);
    }

    void record(String taskId, String taskKey, String phase, String instance, Date created, Date due) {
        byTask.computeIfAbsent(taskId, id -> new Opened(taskKey, STAGES.get(taskKey), phase == null ? "-" : phase,
                instance, EngineClock.dayOf(created.toInstant()),
                due == null ? null : EngineClock.dayOf(due.toInstant())));
    }

    public List<Opened> tasks() {
        return List.copyOf(byTask.values());
    }

    public List<Opened> late() {
        return byTask.values().stream().filter(Opened::late).toList();
    }

    /** Whether any task of this stage was opened. */
    public boolean has(String stage) {
        return byTask.values().stream().anyMatch(t -> t.stage().equals(stage));
    }

    /** The earliest day a task of this stage (and phase, or "-") was opened. */
    public LocalDate opened(String stage, String phase) {
        return byTask.values().stream().filter(t -> t.stage().equals(stage) && t.phase().equals(phase))
                .map(Opened::opened).min(LocalDate::compareTo).orElseThrow(() -> new AssertionError(
                        "no task of stage " + stage + " phase " + phase));
    }

    /**
     * One line per stage and phase: the first opening, the first due day, and the units (process instances: one
     * per commune, reporting unit or drive) that got its tasks.
     */
    public List<String> lines(String planCode) {
        Map<String, List<Opened>> groups = new TreeMap<>();
        for (Opened task : byTask.values()) {
            groups.computeIfAbsent(task.stage() + " " + task.phase(), k -> new ArrayList<>()).add(task);
        }
        List<String> lines = new ArrayList<>();
        groups.forEach((key, tasks) -> {
            LocalDate opened = tasks.stream().map(Opened::opened).min(LocalDate::compareTo).orElseThrow();
            String due = tasks.stream().map(Opened::due).filter(java.util.Objects::nonNull)
                    .min(LocalDate::compareTo).map(LocalDate::toString).orElse("-");
            String[] stageAndPhase = key.split(" ");
            lines.add("TIMING plan=" + planCode + " stage=" + stageAndPhase[0] + " phase=" + stageAndPhase[1]
                    + " opened=" + opened + " due=" + due + " units="
                    + tasks.stream().map(Opened::instance).distinct().count());
        });
        return lines;
    }
}
