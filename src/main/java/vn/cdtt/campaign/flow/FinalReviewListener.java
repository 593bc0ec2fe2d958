package vn.cdtt.campaign.flow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.FinalReviews;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;

/** Checks and records the drive's final review (tổng kết); a refused one leaves the task open. */
@Component("finalReviewListener")
class FinalReviewListener implements TaskListener {

    private final FinalReviews reviews;
    private final Refusals refusals;

    FinalReviewListener(FinalReviews reviews, Refusals refusals) {
        this.reviews = reviews;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate heldOn = FormFields.date(task.getVariable(CampaignLifecycleProcess.FINAL_REVIEW_ON),
                CampaignLifecycleProcess.FINAL_REVIEW_ON, problems);
        String report = FormFields.text(task.getVariable(CampaignLifecycleProcess.FINAL_REPORT),
                CampaignLifecycleProcess.FINAL_REPORT, 300, problems);
        String conclusions = FormFields.text(task.getVariable(CampaignLifecycleProcess.FINAL_CONCLUSIONS),
                CampaignLifecycleProcess.FINAL_CONCLUSIONS, 4000, problems);
        if (!problems.isEmpty()) {
            throw refusals.of("review.refused", problems);
        }
        reviews.record(Variables.longOf(task, CampaignLifecycleProcess.CAMPAIGN_ID), heldOn, report, conclusions);
    }
}
