package vn.cdtt.campaign.flow;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.CampaignOpening;
import vn.cdtt.campaign.CampaignRefusedException;
import vn.cdtt.kernel.input.FormFields;

/**
 * First step of the lifecycle: records the campaign for the chosen plan and sets who owns each leading step. A plan
 * that cannot run (unknown, or a role without an agency) refuses the start with the reason (REST answers 400).
 */
@Component("openCampaignDelegate")
class OpenCampaignDelegate implements JavaDelegate {

    private final CampaignOpening opening;
    private final MessageSource messages;

    OpenCampaignDelegate(CampaignOpening opening, MessageSource messages) {
        this.opening = opening;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // Started over REST, the plan's code may be missing or not text at all.
        if (!(execution.getVariable(CampaignLifecycleProcess.PLAN_CODE) instanceof String planCode) || FormFields.blank(planCode)) {
            throw new BadUserRequestException(messages.getMessage("campaign.planCodeRequired", null,
                    VIETNAMESE));
        }
        String businessKey = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey()
                : planCode + "-" + execution.getProcessInstanceId();
        try {
            execution.setVariables(opening.open(planCode, businessKey));
            // Started from Tasklist without a key: give the drive one, which its child processes inherit.
            execution.setProcessBusinessKey(businessKey);
        } catch (CampaignRefusedException e) {
            throw new BadUserRequestException(messages.getMessage(e.messageKey(), e.arguments().toArray(),
                    VIETNAMESE));
        }
    }
}
