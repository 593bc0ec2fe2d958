package vn.cdtt.request.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.ReportRequests;
import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.campaign.flow.CampaignSteps;
import vn.cdtt.engine.Variables;

/**
 * One unit's report on request. On creating the task: what is asked, by whom and for whom, with the unit's own empty
 * answers. On completing it: records the answer, or refuses naming the field.
 */
@Component("requestedReportListener")
class RequestedReportListener implements TaskListener {

    static final String SUBJECT = CampaignLifecycleProcess.REQUEST_SUBJECT;
    static final String UNIT_NAME = "unitName";
    static final String COMPILER_NAME = CampaignLifecycleProcess.COMPILER_NAME;
    static final String REFERENCE = CampaignLifecycleProcess.DOCUMENT_REFERENCE;
    static final String SUMMARY = CampaignLifecycleProcess.SUMMARY;

    private final ReportRequests requests;
    private final CampaignSteps steps;

    RequestedReportListener(ReportRequests requests, CampaignSteps steps) {
        this.requests = requests;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        long requestId = Variables.longOf(task, RequestedReportProcess.REQUEST_ID);
        String unit = (String) task.getVariable(RequestedReportProcess.UNIT_KEY);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ReportRequests.Request request = requests.request(requestId);
            DelegateExecution own = task.getExecution();
            own.setVariableLocal(SUBJECT, request.subject());
            own.setVariableLocal(UNIT_NAME, requests.asked(requestId, unit).name());
            own.setVariableLocal(COMPILER_NAME, steps.compilerName(request.campaignId()));
            own.setVariableLocal(REFERENCE, null);
            own.setVariableLocal(SUMMARY, null);
            return;
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        requests.answer(requestId, unit, task.getVariable(REFERENCE), task.getVariable(SUMMARY),
                user == null ? null : user.getUserId());
    }
}
