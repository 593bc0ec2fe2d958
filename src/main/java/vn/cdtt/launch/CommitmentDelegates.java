package vn.cdtt.launch;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.cdtt.reporting.ReportingUnits;

/** The service tasks around registrations: open one per reporting unit, and mark a unit that let the window pass. */
@Configuration
class CommitmentDelegates {

    /** Fan-out: one registration process per reporting unit; a retry skips the units already started. */
    @Bean
    JavaDelegate openCommitmentRegistrationDelegate(Commitments commitments, ReportingUnits reportingUnits) {
        return execution -> {
            long campaignId = campaignId(execution);
            Date closesAt = (Date) execution.getVariable("registrationClosesAt");
            int started = 0;
            for (long unit : reportingUnits.of(campaignId)) {
                commitments.start(campaignId, unit, closesAt);
                started++;
            }
            execution.setVariable("commitmentUnitCount", started);
        };
    }

    @Bean
    JavaDelegate markCommitmentMissedDelegate(Commitments commitments) {
        return execution -> commitments.markMissed(campaignId(execution),
                ((Number) execution.getVariable("unitId")).longValue());
    }

    private static long campaignId(DelegateExecution execution) {
        return ((Number) execution.getVariable("campaignId")).longValue();
    }
}
