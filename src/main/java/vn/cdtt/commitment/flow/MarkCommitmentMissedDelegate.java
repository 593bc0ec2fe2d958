package vn.cdtt.commitment.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.commitment.Commitments;
import vn.cdtt.engine.Variables;

/** The registration window closed before the unit registered: recorded as missed. */
@Component("markCommitmentMissedDelegate")
class MarkCommitmentMissedDelegate implements JavaDelegate {

    private final Commitments commitments;

    MarkCommitmentMissedDelegate(Commitments commitments) {
        this.commitments = commitments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        commitments.markMissed(Variables.longOf(execution, CommitmentRegistrationProcess.CAMPAIGN_ID),
                Variables.longOf(execution, CommitmentRegistrationProcess.UNIT_ID));
    }
}
