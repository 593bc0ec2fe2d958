package vn.cdtt.assumption.plugin;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import java.util.List;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.CampaignAssumptions;
import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.engine.NewTaskVariables;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.VietnameseDates;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.team.flow.TeamEstablishmentProcess;

/**
 * When a task's due date is one the drive's plan assumes (the article gives none), says so in the task's
 * description, with the plan's reason: the official working the task sees "ngày do hệ thống giả định", not a date
 * that looks like the province's.
 */
@Component
class AssumedDueDateListener implements TaskListener {


    private final CampaignAssumptions assumptions;
    private final MessageSource messages;

    AssumedDueDateListener(CampaignAssumptions assumptions, MessageSource messages) {
        this.assumptions = assumptions;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() == null) {
            return;
        }
        Function<String, Object> variables = NewTaskVariables.of(task);
        if (!(variables.apply(CampaignLifecycleProcess.CAMPAIGN_ID) instanceof Number campaign)) {
            return;
        }
        List<String> fields = dueDateFields(task, variables, campaign.longValue());
        if (fields.isEmpty()) {
            return;
        }
        assumptions.reasonFor(campaign.longValue(), fields).ifPresent(reason -> {
            String note = messages.getMessage("assumption.dueDate", new Object[] {
                    VietnameseDates.format(EngineClock.dayOf(task.getDueDate())), reason}, VIETNAMESE);
            String description = task.getDescription();
            task.setDescription(description == null || description.isBlank() ? note : description + "\n\n" + note);
        });
    }

    /** The plan fields a task of this kind takes its due date from. */
    private List<String> dueDateFields(DelegateTask task, Function<String, Object> variables, long campaign) {
        return switch (task.getTaskDefinitionKey()) {
            case CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT,
                    CampaignLifecycleProcess.TASK_COMPLETE_OWN_ASSIGNMENT -> List.of("stages.assignments."
                    + variables.apply(CampaignLifecycleProcess.ASSIGNMENT_CODE) + ".due");
            case CampaignLifecycleProcess.TASK_APPROVE_PLANS -> List.of("steps.APPROVE_PLANS.due");
            case CampaignLifecycleProcess.TASK_LAUNCH_DRIVE -> List.of("steps.LAUNCH_DRIVE.due");
            case CampaignLifecycleProcess.TASK_FINAL_REVIEW -> List.of("steps.FINAL_REVIEW.due");
            case CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT -> List.of("stages.reporting.compileDays");
            case CampaignLifecycleProcess.TASK_SUBMIT_SECTOR_REPORT -> variables.apply(CampaignLifecycleProcess.PHASE_CODE)
                    instanceof String code ? List.of("phases." + code + ".reportDue") : List.of();
            case CampaignLifecycleProcess.TASK_SELECT_PILOT_COMMUNES -> List.of("steps.SELECT_PILOT.due");
            case TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE -> List.of("steps.FORM_STEERING_COMMITTEES.due");
            case TeamEstablishmentProcess.TASK_NOMINATE_TEAMS -> variables.apply(TeamEstablishmentProcess.WAVE) instanceof Number wave && wave.intValue() > 0
                    ? List.of("scaleUp.deadline") : List.of("pilot.deadline", "steps.ESTABLISH_TEAMS.due");
            case PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT -> variables.apply(PhaseReportProcess.PHASE_ID)
                    instanceof Number phase ? assumptions.phaseCode(campaign, phase.longValue())
                    .map(code -> List.of("phases." + code + ".reportDue")).orElse(List.of()) : List.of();
            default -> List.of();
        };
    }
}
