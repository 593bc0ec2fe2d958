package vn.cdtt.team.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creating a pilot selection task: names the district (or province) for the form and gives each parallel task
 * its own {@code pilotCommunes}, so one district's answer never pre-fills another's. On completing it: checks and
 * records the chosen communes, or refuses the submission.
 */
@Component("pilotChoiceListener")
class PilotChoiceListener implements TaskListener {

    private final PilotSelection selection;

    PilotChoiceListener(PilotSelection selection) {
        this.selection = selection;
    }

    @Override
    public void notify(DelegateTask task) {
        long chooser = ((Number) task.getVariable("chooserUnitId")).longValue();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().setVariableLocal("chooserName", selection.nameOf(chooser));
            task.getExecution().setVariableLocal("pilotCommunes", "");
            return;
        }
        selection.choose(((Number) task.getVariable("campaignId")).longValue(),
                ((Number) task.getVariable("chooserUnitId")).longValue(), (String) task.getVariable("pilotCommunes"),
                task.getVariable("wave") instanceof Number wave ? wave.intValue() : 0);
    }
}
