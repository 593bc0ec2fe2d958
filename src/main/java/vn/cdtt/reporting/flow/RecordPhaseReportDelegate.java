package vn.cdtt.reporting.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.kernel.EngineClock;
import vn.cdtt.reporting.PhaseReports;

/** Stores the accepted report's values in the product's tables. Idempotent: a retry replaces the same rows. */
@Component("recordPhaseReportDelegate")
class RecordPhaseReportDelegate implements JavaDelegate {

    private final PhaseReports reports;

    RecordPhaseReportDelegate(PhaseReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.record(((Number) execution.getVariable("campaignId")).longValue(),
                ((Number) execution.getVariable("phaseId")).longValue(),
                ((Number) execution.getVariable("unitId")).longValue(), execution.getVariable("values"),
                EngineClock.now());
    }
}
