package vn.cdtt.request.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.PhaseCompilations;
import vn.cdtt.campaign.ReportRequests;
import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.engine.Variables;

/**
 * The compiler's task once a request's reports are due, on the same form as a period's compiling: who answered, who
 * did not, for whom. On completing it: records the compiled report, or refuses naming the field.
 */
@Component("requestCompilationListener")
class RequestCompilationListener implements TaskListener {

    private final ReportRequests requests;
    private final PhaseCompilations compilations;

    RequestCompilationListener(ReportRequests requests, PhaseCompilations compilations) {
        this.requests = requests;
        this.compilations = compilations;
    }

    @Override
    public void notify(DelegateTask task) {
        long requestId = Variables.longOf(task, RequestedReportProcess.REQUEST_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ReportRequests.Request request = requests.request(requestId);
            PhaseCompilations.Status status = requests.statusOf(requestId);
            DelegateExecution own = task.getExecution();
            own.setVariableLocal(CampaignLifecycleProcess.PHASE_NAME, requests.text("request.phaseName", request.subject()));
            own.setVariableLocal(CampaignLifecycleProcess.REPORTS_VERIFIED, status.verified());
            own.setVariableLocal(CampaignLifecycleProcess.REPORTS_EXPECTED, status.expected());
            own.setVariableLocal(CampaignLifecycleProcess.MISSING_UNITS, status.missing());
            own.setVariableLocal(CampaignLifecycleProcess.RECIPIENT_NAME, compilations.recipientOf(request.campaignId()));
            own.setVariableLocal(CampaignLifecycleProcess.SECTOR_REPORTS, null);
            own.setVariableLocal(CampaignLifecycleProcess.COMPILATION_REFERENCE, null);
            own.setVariableLocal(CampaignLifecycleProcess.COMPILATION_SUMMARY, null);
            return;
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        requests.compile(requestId, task.getVariable(CampaignLifecycleProcess.COMPILATION_REFERENCE),
                task.getVariable(CampaignLifecycleProcess.COMPILATION_SUMMARY), user == null ? null : user.getUserId());
    }
}
