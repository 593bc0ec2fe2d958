package vn.cdtt.review.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FormInputException;
import vn.cdtt.review.DistrictReviews;
import vn.cdtt.team.WaveCommunes;

/**
 * On creating a district's review task: gives the form what it shows (the district, its reports, whether and how far it
 * may scale up, its communes by name) and its own empty answers, so one district's answer never pre-fills another's.
 * (Input mappings cannot do it: on a multi-instance task they run before the district is known.) On completing it:
 * checks and records the review and its scale-up communes; a refusal leaves the task open.
 */
@Component("districtReviewListener")
class DistrictReviewListener implements TaskListener {

    private final DistrictReviews reviews;
    private final DistrictReviewers reviewers;
    private final WaveCommunes communes;
    private final Refusals refusals;

    DistrictReviewListener(DistrictReviews reviews, DistrictReviewers reviewers, WaveCommunes communes,
            Refusals refusals) {
        this.reviews = reviews;
        this.reviewers = reviewers;
        this.communes = communes;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            prepare(task);
            return;
        }
        Object decision = task.getVariable(PhaseReviewProcess.REVIEW_DECISION);
        List<String> chosen = List.of();
        if (DistrictReviews.SCALE_UP.equals(decision)) {
            try {
                chosen = FormLists.read(FormLists.submitted(task, PhaseReviewProcess.PILOT_COMMUNES),
                        PhaseReviewProcess.PILOT_COMMUNES, String[].class);
            } catch (FormInputException e) {
                throw refusals.sentence("pilot.notAList");
            }
        }
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Object wave = task.getVariable(PhaseReviewProcess.WAVE);
        reviews.record(Variables.longOf(task, PhaseReviewProcess.CAMPAIGN_ID),
                (String) task.getVariable(PhaseReviewProcess.PHASE_CODE),
                Variables.longOf(task, PhaseReviewProcess.DISTRICT_UNIT_ID), decision, chosen,
                task.getVariable(PhaseReviewProcess.REVIEW_CONCLUSIONS), user == null ? null : user.getUserId(),
                wave instanceof Number n ? n.intValue() : null);
    }

    private void prepare(DelegateTask task) {
        long campaignId = Variables.longOf(task, PhaseReviewProcess.CAMPAIGN_ID);
        long district = Variables.longOf(task, PhaseReviewProcess.DISTRICT_UNIT_ID);
        String phase = (String) task.getVariable(PhaseReviewProcess.PHASE_CODE);
        DelegateExecution own = task.getExecution();
        own.setVariableLocal(PhaseReviewProcess.DISTRICT_NAME, reviewers.districtName(district));
        own.setVariableLocal(PhaseReviewProcess.DISTRICT_REPORTS, reviewers.reports(campaignId, phase, district));
        own.setVariableLocal(PhaseReviewProcess.SCALE_UP_ALLOWED, reviewers.scaleUpAllowed(campaignId, phase));
        own.setVariableLocal(PhaseReviewProcess.SCALE_UP_RANGE, reviewers.scaleUpRange(campaignId, phase));
        own.setVariableLocal(PhaseReviewProcess.COMMUNE_OPTIONS, Variables.json(communes.options(campaignId, district,
                Variables.intOr(task, PhaseReviewProcess.WAVE, 1))));
        own.setVariableLocal(PhaseReviewProcess.REVIEW_DECISION, null);
        own.setVariableLocal(PhaseReviewProcess.PILOT_COMMUNES, Variables.json(List.of()));
        own.setVariableLocal(PhaseReviewProcess.REVIEW_CONCLUSIONS, null);
    }
}
