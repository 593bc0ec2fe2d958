package vn.cdtt.commitment.flow;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.commitment.Commitments;
import vn.cdtt.engine.ChildStarter;
import vn.cdtt.engine.Variables;
import vn.cdtt.reporting.ReportingUnits;

/** Fan-out: one registration process per reporting unit; a retry skips the units already started. */
@ChildStarter
@Component("openCommitmentRegistrationDelegate")
class OpenCommitmentRegistrationDelegate implements JavaDelegate {

    private final Commitments commitments;
    private final ReportingUnits reportingUnits;

    OpenCommitmentRegistrationDelegate(Commitments commitments, ReportingUnits reportingUnits) {
        this.commitments = commitments;
        this.reportingUnits = reportingUnits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = Variables.longOf(execution, CommitmentRegistrationProcess.CAMPAIGN_ID);
        Date closesAt = (Date) execution.getVariable(CommitmentRegistrationProcess.REGISTRATION_CLOSES_AT);
        int started = 0;
        for (long unit : reportingUnits.of(campaignId)) {
            commitments.start(campaignId, unit, closesAt);
            started++;
        }
        execution.setVariable(CommitmentRegistrationProcess.COMMITMENT_UNIT_COUNT, started);
    }
}
