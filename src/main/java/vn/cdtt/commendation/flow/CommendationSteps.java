package vn.cdtt.commendation.flow;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.cdtt.engine.Variables;

/** What the commendation model's listeners and delegates share: the campaign, and the lead-in of its refusals. */
final class CommendationSteps {

    static final String REFUSED = "commendation.refused";

    private CommendationSteps() {
    }

    static long campaignId(VariableScope scope) {
        return Variables.longOf(scope, CommendationProcess.CAMPAIGN_ID);
    }
}
