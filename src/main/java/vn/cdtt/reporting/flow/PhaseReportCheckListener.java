package vn.cdtt.reporting.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FieldProblemMessages;
import vn.cdtt.reporting.PhaseReports;

/** Checks a unit's indicator values on submission; bad values are refused and the task stays open. */
@Component("phaseReportCheckListener")
class PhaseReportCheckListener implements TaskListener {

    private final PhaseReports reports;
    private final Refusals refusals;

    PhaseReportCheckListener(PhaseReports reports, Refusals refusals) {
        this.reports = reports;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        List<FieldProblem> problems = FieldProblemMessages.problemsOf(() -> reports.check(
                Variables.longOf(task, PhaseReportProcess.PHASE_ID), FormLists.submitted(task, "values")));
        if (!problems.isEmpty()) {
            throw refusals.of("report.refused", problems);
        }
    }
}
