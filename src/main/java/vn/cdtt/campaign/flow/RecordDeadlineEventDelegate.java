package vn.cdtt.campaign.flow;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.deadline.DeadlineEvents;
import vn.cdtt.deadline.DeadlineKind;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.PlanStep;

/**
 * Records a reminder or escalation of the step named by the input {@code deadlineStep}, kind {@code deadlineKind},
 * for the unit {@code unitId} of campaign {@code campaignId}, due {@code deadline}.
 */
@Component("recordDeadlineEventDelegate")
class RecordDeadlineEventDelegate implements JavaDelegate {

    private final DeadlineEvents events;

    RecordDeadlineEventDelegate(DeadlineEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date deadline = (Date) execution.getVariable(CampaignLifecycleProcess.DEADLINE);
        LocalDate due = EngineClock.dayOf(deadline);
        events.record(Variables.longOf(execution, CampaignLifecycleProcess.CAMPAIGN_ID),
                Variables.longOf(execution, CampaignLifecycleProcess.UNIT_ID),
                PlanStep.valueOf((String) execution.getVariable(CampaignLifecycleProcess.DEADLINE_STEP)),
                DeadlineKind.valueOf((String) execution.getVariable(CampaignLifecycleProcess.DEADLINE_KIND)), due,
                EngineClock.now());
    }
}
