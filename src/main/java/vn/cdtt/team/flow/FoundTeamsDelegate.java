package vn.cdtt.team.flow;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FieldProblemMessages;
import vn.cdtt.team.Nomination;
import vn.cdtt.team.NominationForm;
import vn.cdtt.team.NominationRefusedException;
import vn.cdtt.team.TeamService;

/**
 * Saves the nominated teams once the commune Chairman has issued the founding decision. A nomination that no longer
 * passes (another wave took a village meanwhile) goes back to the commune as BPMN error {@value #REFUSED}.
 */
@Component("foundTeamsDelegate")
class FoundTeamsDelegate implements JavaDelegate {

    static final String REFUSED = "NominationRefused";

    private final TeamService teams;
    private final FieldProblemMessages messages;

    FoundTeamsDelegate(TeamService teams, FieldProblemMessages messages) {
        this.teams = teams;
        this.messages = messages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Nomination nomination = NominationForm.read(execution.getVariable(TeamEstablishmentProcess.TEAMS),
                execution.getVariable(TeamEstablishmentProcess.MEMBERS));
        try {
            teams.found(number(execution, "campaignId"), number(execution, "unitId"),
                    (int) number(execution, "wave"), nomination, NominationCheckListener.expected(execution),
                    day(execution.getVariable(TeamEstablishmentProcess.FOUNDED_ON)),
                    (String) execution.getVariable(TeamEstablishmentProcess.DECISION_NUMBER));
        } catch (NominationRefusedException e) {
            throw new BpmnError(REFUSED, messages.refusal("team.nominationRefused", e.problems()));
        }
    }

    static long number(DelegateExecution execution, String name) {
        return Variables.longOf(execution, name);
    }

    /** Camunda Forms submit a date field as ISO text; the engine API may pass a Date. */
    private static LocalDate day(Object value) {
        if (value instanceof Date date) {
            return EngineClock.dayOf(date);
        }
        return LocalDate.parse(String.valueOf(value).substring(0, 10));
    }
}
