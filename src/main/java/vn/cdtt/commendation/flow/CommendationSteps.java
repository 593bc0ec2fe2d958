package vn.cdtt.commendation.flow;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FieldProblemMessages;

/** What the commendation model's listeners and delegates share: the campaign, and refusing a submission. */
final class CommendationSteps {

    static final String REFUSED = "commendation.refused";

    private CommendationSteps() {
    }

    static long campaignId(VariableScope scope) {
        return Variables.longOf(scope, CommendationProcess.CAMPAIGN_ID);
    }

    /** A refusal keeps the task open and rolls back whatever the submission wrote (REST answers 400). */
    static void refuseIfAny(List<FieldProblem> problems, FieldProblemMessages messages) {
        if (!problems.isEmpty()) {
            throw new BadUserRequestException(messages.refusal(REFUSED, problems));
        }
    }
}
