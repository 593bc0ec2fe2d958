package vn.cdtt.reporting.flow;

import java.util.List;

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
 * A retried pass runs from the cursor its pass committed, and {@link PhaseReports#startAll} starts each unit's report
 * once whatever happens.
 */
@ChildStarter
@Component("startPhaseReportsDelegate")
class StartPhaseReportsDelegate implements JavaDelegate {

    private final PhaseReports reports;
    private final ReportingUnits reportingUnits;
    private volatile int batchSize;

    StartPhaseReportsDelegate(PhaseReports reports, ReportingUnits reportingUnits,
                              @Value("${cdtt.reporting.fan-out-batch-size:100}") int batchSize) {
        this.reports = reports;
        this.reportingUnits = reportingUnits;
        this.batchSize = Math.max(1, batchSize);
    }

    /**
     * For a test that needs several passes from a province's few communes without a second application context
     * (tried: with two contexts on one database, tests run after it failed). @return the size it replaces
     */
    int batchSize(int size) {
        int before = batchSize;
        batchSize = Math.max(1, size);
        return before;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = Variables.longOf(execution, PhaseReportProcess.CAMPAIGN_ID);
        String phaseCode = (String) execution.getVariable(PhaseReportProcess.PHASE_CODE);
        // The units are walked in id order behind a cursor kept with the loop: each pass reads its own batch (and
        // one unit more, to know whether any is left), never every unit of the drive again.
        Long after = execution.getVariable(PhaseReportProcess.PHASE_REPORTS_AFTER) instanceof Number n
                ? n.longValue() : null;
        int total = after == null ? reportingUnits.count(campaignId)
                : Variables.intOr(execution, PhaseReportProcess.PHASE_REPORT_COUNT, 0);
        int passed = after == null ? 0 : Variables.intOr(execution, PhaseReportProcess.PHASE_REPORTS_PASSED, 0);
        List<Long> next = reportingUnits.after(campaignId, after, batchSize + 1);
        List<Long> batch = next.subList(0, Math.min(batchSize, next.size()));
        reports.startAll(campaignId, phaseCode, batch);
        passed += batch.size();
        boolean more = next.size() > batch.size();
        if (!batch.isEmpty()) {
            execution.setVariableLocal(PhaseReportProcess.PHASE_REPORTS_AFTER, batch.get(batch.size() - 1));
        }
        // Units founded during the fan-out can outnumber the first count: the cursor, not the count, decides.
        execution.setVariableLocal(PhaseReportProcess.PHASE_REPORTS_LEFT, more ? Math.max(1, total - passed) : 0);
        execution.setVariableLocal(PhaseReportProcess.PHASE_REPORTS_PASSED, passed);
        execution.setVariableLocal(PhaseReportProcess.PHASE_REPORT_COUNT, Math.max(total, passed));
    }
}
