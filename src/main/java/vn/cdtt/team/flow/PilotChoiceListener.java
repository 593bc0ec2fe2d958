package vn.cdtt.team.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.FormLists;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.input.FormInputException;

/**
 * On creating a pilot or scale-up selection task: names the district (or province) for the form, gives it the pick
 * list of its communes by name, and gives each parallel task its own empty {@code pilotCommunes}, so one district's
 * answer never pre-fills another's. On completing it: checks and records the chosen communes, or refuses.
 */
@Component("pilotChoiceListener")
class PilotChoiceListener implements TaskListener {

    private final PilotSelection selection;
    private final Refusals refusals;

    PilotChoiceListener(PilotSelection selection, Refusals refusals) {
        this.selection = selection;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        long chooser = Variables.longOf(task, TeamEstablishmentProcess.CHOOSER_UNIT_ID);
        long campaignId = Variables.longOf(task, TeamEstablishmentProcess.CAMPAIGN_ID);
        int wave = Variables.intOr(task, TeamEstablishmentProcess.WAVE, 0);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().setVariableLocal(TeamEstablishmentProcess.CHOOSER_NAME, selection.nameOf(chooser));
            task.getExecution().setVariableLocal(TeamEstablishmentProcess.COMMUNE_OPTIONS,
                    selection.communeOptions(chooser, campaignId, wave));
            task.getExecution().setVariableLocal(TeamEstablishmentProcess.PILOT_COMMUNES, Variables.json(List.of()));
            return;
        }
        List<String> chosen;
        try {
            chosen = FormLists.read(FormLists.submitted(task, TeamEstablishmentProcess.PILOT_COMMUNES),
                    TeamEstablishmentProcess.PILOT_COMMUNES, String[].class);
        } catch (FormInputException e) {
            throw refusals.sentence("pilot.notAList");
        }
        selection.choose(campaignId, chooser, chosen, wave);
    }
}
