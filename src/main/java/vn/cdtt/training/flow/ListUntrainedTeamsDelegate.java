package vn.cdtt.training.flow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Lists the campaign's teams up to this wave that still need training (also after each session). */
@Component("listUntrainedTeamsDelegate")
class ListUntrainedTeamsDelegate implements JavaDelegate {

    private final TrainingVariables variables;

    ListUntrainedTeamsDelegate(TrainingVariables variables) {
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        variables.listUntrained(execution);
    }
}
