package vn.cdtt.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Fans a phase out: one phase-report process per reporting unit (never a multi-instance), in transactions of
 * {@link #UNITS_PER_TRANSACTION} units. One transaction for a whole nation (3,321 communes) would make Camunda sort
 * tens of thousands of inserts at its flush, which costs time quadratic in their number; small transactions keep
 * each flush cheap. A retry after a failure skips the units already started ({@link PhaseReports#startAll} starts
 * each unit's report once).
 */
@Component("startPhaseReportsDelegate")
class StartPhaseReportsDelegate implements JavaDelegate {

    static final int UNITS_PER_TRANSACTION = 100;

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
        List<Long> units = reportingUnits.of(campaignId);
        CommandExecutor newTransaction = ((ProcessEngineConfigurationImpl) execution.getProcessEngine()
                .getProcessEngineConfiguration()).getCommandExecutorTxRequiresNew();
        for (int from = 0; from < units.size(); from += UNITS_PER_TRANSACTION) {
            List<Long> chunk = units.subList(from, Math.min(units.size(), from + UNITS_PER_TRANSACTION));
            newTransaction.execute(context -> reports.startAll(campaignId, phaseCode, chunk));
        }
        execution.setVariableLocal("phaseReportCount", units.size());
    }
}
