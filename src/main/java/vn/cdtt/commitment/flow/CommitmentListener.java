package vn.cdtt.commitment.flow;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.commitment.Commitments;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FieldProblemMessages;

/** Checks and records a unit's emulation commitment; a refused one leaves the task open and nothing recorded. */
@Component("commitmentListener")
class CommitmentListener implements TaskListener {

    private final Commitments commitments;
    private final FieldProblemMessages messages;

    CommitmentListener(Commitments commitments, FieldProblemMessages messages) {
        this.commitments = commitments;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Object commitment = task.getVariable("commitment");
        Object signedBy = task.getVariable("signedBy");
        List<FieldProblem> problems = commitments.check(commitment, signedBy);
        if (!problems.isEmpty()) {
            throw new BadUserRequestException(messages.refusal("commitment.refused", problems));
        }
        commitments.register(((Number) task.getVariable("campaignId")).longValue(),
                ((Number) task.getVariable("unitId")).longValue(), (String) commitment, (String) signedBy,
                EngineClock.now());
    }
}
