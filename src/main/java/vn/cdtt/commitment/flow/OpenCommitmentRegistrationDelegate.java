package vn.cdtt.commitment.flow;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.commitment.Commitments;
import vn.cdtt.reporting.ReportingUnits;

/** Fan-out: one registration process per reporting unit; a retry skips the units already started. */
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
        long campaignId = ((Number) execution.getVariable("campaignId")).longValue();
        Date closesAt = (Date) execution.getVariable("registrationClosesAt");
        int started = 0;
        for (long unit : reportingUnits.of(campaignId)) {
            commitments.start(campaignId, unit, closesAt);
            started++;
        }
        execution.setVariable("commitmentUnitCount", started);
    }
}
