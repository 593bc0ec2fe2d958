package vn.cdtt.reporting.flow;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.ChildStarter;
import vn.cdtt.engine.Variables;
import vn.cdtt.reporting.PhaseReports;
import vn.cdtt.reporting.ReportingUnits;

/**
 * Fans a phase out: one phase-report process per reporting unit (never a multi-instance), one batch of units per
 * pass. The model loops back while {@code phaseReportsLeft > 0}, each pass behind an async save point, so each batch
 * commits on its own: a node that dies in the middle of thousands of communes loses at most one batch, and no job
 * outlives its lock (which would let a second node run the same fan-out). Small batches also keep the engine's
 * flush cheap: it orders a transaction's inserts by reference, at a cost that grows with the square of their number.
 * A retried pass skips the units already started ({@link PhaseReports#startAll} starts each unit's report once).
 */
@ChildStarter
@Component("startPhaseReportsDelegate")
class StartPhaseReportsDelegate implements JavaDelegate {

    private final PhaseReports reports;
    private final ReportingUnits reportingUnits;
    private final int batchSize;

    StartPhaseReportsDelegate(PhaseReports reports, ReportingUnits reportingUnits,
                              @Value("${cdtt.reporting.fan-out-batch-size:100}") int batchSize) {
        this.reports = reports;
        this.reportingUnits = reportingUnits;
        this.batchSize = Math.max(1, batchSize);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = Variables.longOf(execution, PhaseReportProcess.CAMPAIGN_ID);
        String phaseCode = (String) execution.getVariable(PhaseReportProcess.PHASE_CODE);
        List<Long> units = reportingUnits.of(campaignId);
        Set<Long> started = reports.startedUnits(campaignId, phaseCode);
        List<Long> left = units.stream().filter(unit -> !started.contains(unit)).toList();
        List<Long> batch = left.subList(0, Math.min(batchSize, left.size()));
        reports.startAll(campaignId, phaseCode, batch);
        execution.setVariableLocal(PhaseReportProcess.PHASE_REPORTS_LEFT, left.size() - batch.size());
        execution.setVariableLocal(PhaseReportProcess.PHASE_REPORT_COUNT, units.size());
    }
}
