package vn.cdtt.campaign.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.ReportRequests;
import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FormInputException;

/**
 * The compiler's standing request task. On creating it: the units that may be asked, by name, and empty answers. On
 * completing it: checks and stores the request (a refusal names the field and leaves the task open), and hands its id
 * to the service task that sends it.
 */
@Component("requestReportsListener")
class RequestReportsListener implements TaskListener {

    private final ReportRequests requests;
    private final Refusals refusals;

    RequestReportsListener(ReportRequests requests, Refusals refusals) {
        this.requests = requests;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = Variables.longOf(task, CampaignLifecycleProcess.CAMPAIGN_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            DelegateExecution own = task.getExecution();
            own.setVariableLocal(CampaignLifecycleProcess.REQUEST_OPTIONS, Variables.json(requests.options(campaignId)));
            own.setVariableLocal(CampaignLifecycleProcess.REQUEST_SUBJECT, null);
            own.setVariableLocal(CampaignLifecycleProcess.REQUEST_DUE, null);
            own.setVariableLocal(CampaignLifecycleProcess.REQUEST_UNITS, Variables.json(List.of()));
            return;
        }
        List<String> chosen;
        try {
            chosen = FormLists.read(FormLists.submitted(task, CampaignLifecycleProcess.REQUEST_UNITS),
                    CampaignLifecycleProcess.REQUEST_UNITS, String[].class);
        } catch (FormInputException e) {
            throw refusals.sentence("request.unitsRequired");
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        long id = requests.open(campaignId, task.getVariable(CampaignLifecycleProcess.REQUEST_SUBJECT),
                task.getVariable(CampaignLifecycleProcess.REQUEST_DUE), chosen, user == null ? null : user.getUserId());
        // On the branch's execution, above the task's own scope, so the service task after it reads it.
        task.getExecution().getProcessInstance().setVariableLocal(CampaignLifecycleProcess.REQUEST_ID, id);
    }
}
