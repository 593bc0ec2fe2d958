package vn.cdtt.campaign.flow;

import java.sql.Date;
import java.time.LocalDate;
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

/** Checks and records the drive's final review (tổng kết); a refused one leaves the task open. */
@Component("finalReviewListener")
class FinalReviewListener implements TaskListener {

    private final JdbcTemplate jdbc;
    private final FieldProblemMessages messages;

    FinalReviewListener(JdbcTemplate jdbc, FieldProblemMessages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate heldOn = FormFields.date(task.getVariable(CampaignLifecycleProcess.FINAL_REVIEW_ON), "finalReviewOn", problems);
        String report = FormFields.text(task.getVariable(CampaignLifecycleProcess.FINAL_REPORT), "finalReport", 300, problems);
        String conclusions = FormFields.text(task.getVariable(CampaignLifecycleProcess.FINAL_CONCLUSIONS), "finalConclusions", 4000, problems);
        if (!problems.isEmpty()) {
            throw new BadUserRequestException(messages.refusal("review.refused", problems));
        }
        jdbc.update("insert into drive.final_review (campaign_id, held_on, report, conclusions) values (?, ?, ?, ?)"
                + " on conflict (campaign_id) do update set held_on = excluded.held_on, report = excluded.report,"
                + " conclusions = excluded.conclusions", Variables.longOf(task, CampaignLifecycleProcess.CAMPAIGN_ID),
                Date.valueOf(heldOn), report, conclusions);
    }
}
