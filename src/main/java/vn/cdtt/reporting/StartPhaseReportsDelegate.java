package vn.cdtt.reporting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fans a phase out: one phase-report process per reporting unit (never a multi-instance). The units are started in
 * batches, each committed in its own transaction, so a node that dies mid-way (thousands of communes) loses at most
 * one batch; the retry skips the units already started, because {@link PhaseReports#start} is idempotent.
 */
@Component("startPhaseReportsDelegate")
class StartPhaseReportsDelegate implements JavaDelegate {

    private final PhaseReports reports;
    private final ReportingUnits reportingUnits;
    private final ProcessEngineConfigurationImpl engine;
    private final int batchSize;

    StartPhaseReportsDelegate(PhaseReports reports, ReportingUnits reportingUnits, ProcessEngineConfigurationImpl engine,
                              @Value("${cdtt.reporting.fan-out-batch-size:50}") int batchSize) {
        this.reports = reports;
        this.reportingUnits = reportingUnits;
        this.engine = engine;
        this.batchSize = Math.max(1, batchSize);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = ((Number) execution.getVariable("campaignId")).longValue();
        String phaseCode = (String) execution.getVariable("phaseCode");
        List<Long> units = reportingUnits.of(campaignId);
        // A new engine command on a new Spring transaction (the one Camunda itself uses for failed-job handling):
        // it commits when the batch is done, whatever becomes of the job's own transaction.
        CommandExecutor ownTransaction = engine.getCommandExecutorTxRequiresNew();
        for (int from = 0; from < units.size(); from += batchSize) {
            List<Long> batch = units.subList(from, Math.min(units.size(), from + batchSize));
            ownTransaction.execute(commandContext -> {
                batch.forEach(unit -> reports.start(campaignId, phaseCode, unit));
                return null;
            });
        }
        execution.setVariableLocal("phaseReportCount", units.size());
    }
}
