package vn.cdtt.team.flow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Variables;

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
        long chooser = Variables.longOf(task, TeamEstablishmentProcess.CHOOSER_UNIT_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().setVariableLocal(TeamEstablishmentProcess.CHOOSER_NAME, selection.nameOf(chooser));
            task.getExecution().setVariableLocal(TeamEstablishmentProcess.PILOT_COMMUNES, "");
            return;
        }
        selection.choose(Variables.longOf(task, TeamEstablishmentProcess.CAMPAIGN_ID),
                Variables.longOf(task, TeamEstablishmentProcess.CHOOSER_UNIT_ID),
                (String) task.getVariable(TeamEstablishmentProcess.PILOT_COMMUNES),
                task.getVariable(TeamEstablishmentProcess.WAVE) instanceof Number wave ? wave.intValue() : 0);
    }
}
