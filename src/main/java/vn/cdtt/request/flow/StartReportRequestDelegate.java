package vn.cdtt.request.flow;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.ChildProcesses;
import vn.cdtt.engine.ChildStarter;
import vn.cdtt.engine.Variables;

/**
 * Sends the request the compiler just made: one requested-report process, business key {@code <drive>/request/<id>}.
 * It runs behind the lifecycle's save point, so the official who asked needs no right to start processes; a retried
 * job finds the request's process already there and starts no second one.
 */
@ChildStarter
@Component("startReportRequestDelegate")
class StartReportRequestDelegate implements JavaDelegate {

    private final ChildProcesses children;

    StartReportRequestDelegate(ChildProcesses children) {
        this.children = children;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = Variables.longOf(execution, RequestedReportProcess.CAMPAIGN_ID);
        long requestId = Variables.longOf(execution, RequestedReportProcess.REQUEST_ID);
        String businessKey = execution.getProcessBusinessKey() + "/request/" + requestId;
        boolean started = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).count() > 0;
        if (!started) {
            children.start(RequestedReportProcess.KEY, execution.getProcessBusinessKey(), Map.of(
                    RequestedReportProcess.CAMPAIGN_ID, campaignId, RequestedReportProcess.REQUEST_ID, requestId),
                    "request", Long.toString(requestId));
        }
    }
}
