package vn.cdtt.commitment.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.commitment.Commitments;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.VietnameseDates;
import vn.cdtt.kernel.input.FieldProblem;

/** Checks and records a unit's emulation commitment; a refused one leaves the task open and nothing recorded. */
@Component("commitmentListener")
class CommitmentListener implements TaskListener {

    private final Commitments commitments;
    private final Refusals refusals;

    CommitmentListener(Commitments commitments, Refusals refusals) {
        this.commitments = commitments;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        Object commitment = task.getVariable(CommitmentRegistrationProcess.COMMITMENT);
        Object signedBy = task.getVariable(CommitmentRegistrationProcess.SIGNED_BY);
        List<FieldProblem> problems = new java.util.ArrayList<>(commitments.check(commitment, signedBy));
        // The window's timer may lag behind the clock (a busy or stopped job executor): a late registration is
        // refused here, not only by the timer.
        if (task.getVariable(CommitmentRegistrationProcess.REGISTRATION_CLOSES_AT) instanceof java.util.Date closesAt
                && !EngineClock.now().isBefore(closesAt.toInstant())) {
            problems.add(FieldProblem.of(CommitmentRegistrationProcess.COMMITMENT, "commitment.windowClosed",
                    VietnameseDates.format(EngineClock.dayOf(closesAt.toInstant().minusSeconds(1)))));
        }
        if (!problems.isEmpty()) {
            throw refusals.of("commitment.refused", problems);
        }
        commitments.register(Variables.longOf(task, CommitmentRegistrationProcess.CAMPAIGN_ID),
                Variables.longOf(task, CommitmentRegistrationProcess.UNIT_ID), (String) commitment, (String) signedBy,
                EngineClock.now());
    }
}
