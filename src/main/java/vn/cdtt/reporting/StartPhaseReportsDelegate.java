package vn.cdtt.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Fans a phase out: one phase-report process per reporting unit (never a multi-instance). A retry after a failure
 * skips the units already started, because {@link PhaseReports#start} is idempotent.
 */
@Component("startPhaseReportsDelegate")
class StartPhaseReportsDelegate implements JavaDelegate {

    private final PhaseReports reports;
    private final ReportingUnits reportingUnits;

    StartPhaseReportsDelegate(PhaseReports reports, ReportingUnits reportingUnits) {
        this.reports = reports;
        this.reportingUnits = reportingUnits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = ((Number) execution.getVariable("campaignId")).longValue();
        String phaseCode = (String) execution.getVariable("phaseCode");
        int started = 0;
        for (long unit : reportingUnits.of(campaignId)) {
            reports.start(campaignId, phaseCode, unit);
            started++;
        }
        execution.setVariableLocal("phaseReportCount", started);
    }
}
