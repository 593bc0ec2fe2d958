package vn.cdtt.review.flow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FieldProblemMessages;
import vn.cdtt.kernel.input.FormFields;

/** Checks the digital department's remediation plan and records it with the phase's review. */
@Component("remediationListener")
class RemediationListener implements TaskListener {

    private final JdbcTemplate jdbc;
    private final FieldProblemMessages messages;

    RemediationListener(JdbcTemplate jdbc, FieldProblemMessages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        List<FieldProblem> problems = new ArrayList<>();
        String measures = FormFields.text(task.getVariable(PhaseReviewProcess.REMEDIATION_MEASURES), "remediationMeasures", 4000,
                problems);
        String document = FormFields.text(task.getVariable(PhaseReviewProcess.REMEDIATION_DOCUMENT), "remediationDocument", 300,
                problems);
        if (!problems.isEmpty()) {
            throw new BadUserRequestException(messages.refusal("review.refused", problems));
        }
        jdbc.update("update drive.phase_review r set remediation = ? from drive.plan_phase p where p.id = r.phase_id"
                + " and r.campaign_id = ? and p.code = ?", document + "\n" + measures,
                Variables.longOf(task, PhaseReviewProcess.CAMPAIGN_ID), task.getVariable(PhaseReviewProcess.PHASE_CODE));
    }
}
