package vn.cdtt.team.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Refusals;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FieldProblemMessages;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.team.NominationForm;
import vn.cdtt.team.TeamService;

/**
 * Checks the nomination when the commune submits it. A nomination that breaks the plan's rules is refused with
 * every problem named; the task stays open and nothing is saved (REST answers 400).
 */
@Component("nominationCheckListener")
class NominationCheckListener implements TaskListener {

    private final TeamService teams;
    private final Refusals refusals;

    NominationCheckListener(TeamService teams, Refusals refusals) {
        this.teams = teams;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        List<FieldProblem> problems = FieldProblemMessages.problemsOf(() -> teams.check(
                FoundTeamsDelegate.number(execution, "campaignId"), FoundTeamsDelegate.number(execution, "unitId"),
                NominationForm.read(FormLists.submitted(task, "teams"), FormLists.submitted(task, "members")),
                expected(execution)));
        if (!problems.isEmpty()) {
            throw refusals.of("team.nominationRefused", problems);
        }
    }

    static PlanFile.Range expected(VariableScope scope) {
        Integer min = (Integer) scope.getVariable(TeamEstablishmentProcess.EXPECTED_VILLAGE_TEAMS_MIN);
        Integer max = (Integer) scope.getVariable(TeamEstablishmentProcess.EXPECTED_VILLAGE_TEAMS_MAX);
        return min == null && max == null ? null : new PlanFile.Range(min, max);
    }
}
