package vn.cdtt.campaign.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.AssignmentDeliverables;
import vn.cdtt.engine.Refusals;
import vn.cdtt.kernel.input.FieldProblem;

/**
 * An assignment's deliverable, first submitted or revised: a document reference and a summary, each within its
 * length. Anything else is refused naming the field's label, and the task stays open.
 */
@Component("deliverableCheckListener")
class DeliverableCheckListener implements TaskListener {

    private final AssignmentDeliverables deliverables;
    private final Refusals refusals;

    DeliverableCheckListener(AssignmentDeliverables deliverables, Refusals refusals) {
        this.deliverables = deliverables;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        check(task, deliverables, refusals);
    }

    /** Refuses a submitted deliverable that is not a reference and a summary within their lengths. */
    static void check(DelegateTask task, AssignmentDeliverables deliverables, Refusals refusals) {
        List<FieldProblem> problems = deliverables.check(task.getVariable(CampaignLifecycleProcess.DOCUMENT_REFERENCE),
                task.getVariable(CampaignLifecycleProcess.SUMMARY));
        if (!problems.isEmpty()) {
            throw refusals.sentence(problems.get(0).path().equals(AssignmentDeliverables.REFERENCE)
                    ? "deliverable.referenceInvalid" : "deliverable.summaryInvalid");
        }
    }
}
