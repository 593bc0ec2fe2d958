package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.commendation.CommendationRanking;
import vn.cdtt.commendation.CommendationService;
import vn.cdtt.engine.Variables;

/**
 * Ranks the final results into the proposal table and gives the leaders' form its pre-filled list (only the units
 * with a suggested award) and the plan's award kinds.
 */
@Component("rankResultsDelegate")
class RankResultsDelegate implements JavaDelegate {

    private final CommendationRanking ranking;
    private final CommendationService commendations;

    RankResultsDelegate(CommendationRanking ranking, CommendationService commendations) {
        this.ranking = ranking;
        this.commendations = commendations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long campaignId = CommendationSteps.campaignId(execution);
        execution.setVariable(CommendationProcess.RANKED_COUNT, ranking.rank(campaignId));
        execution.setVariable(CommendationProcess.PROPOSALS, Variables.json(commendations.proposalRows(campaignId)));
        execution.setVariable(CommendationProcess.AWARD_KIND_OPTIONS,
                Variables.json(commendations.awardKindOptions(campaignId)));
    }
}
