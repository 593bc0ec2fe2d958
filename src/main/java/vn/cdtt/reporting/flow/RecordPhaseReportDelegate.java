package vn.cdtt.reporting.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Variables;
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
        reports.record(Variables.longOf(execution, PhaseReportProcess.CAMPAIGN_ID),
                Variables.longOf(execution, PhaseReportProcess.PHASE_ID),
                Variables.longOf(execution, PhaseReportProcess.UNIT_ID),
                execution.getVariable(PhaseReportProcess.VALUES),
                EngineClock.now());
    }
}
