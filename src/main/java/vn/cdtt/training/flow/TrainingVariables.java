package vn.cdtt.training.flow;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.cdtt.engine.Variables;
import vn.cdtt.training.TrainingService;

/**
 * The variables the training forms read: {@code untrainedTeamOptions} ({label, value} for the team selects),
 * {@code invitedTeams} (the scheduling list, pre-filled with every untrained team), {@code untrainedTeamCount};
 * after a session is saved, {@code memberOptions} and {@code attendance} (one row per invited member).
 */
@Component
class TrainingVariables {

    /** What the official typed for the last session; cleared so the next scheduling form starts empty. */
    private static final List<String> SESSION_FIELDS = List.of("trainingAction", "sessionDate", "sessionMode",
            "sessionPlace", "sessionPlatform", "sessionTopics");

    private final TrainingService trainings;
    private final MessageSource messages;

    TrainingVariables(TrainingService trainings, MessageSource messages) {
        this.trainings = trainings;
        this.messages = messages;
    }

    /** Lists the teams still untrained; the next session is offered exactly these. */
    void listUntrained(DelegateExecution execution) {
        List<TrainingService.TrainingTeam> teams = trainings.untrainedTeams(campaignId(execution), wave(execution));
        execution.setVariable(TrainingProcess.UNTRAINED_TEAM_OPTIONS, Variables.json(teams.stream()
                .map(t -> Map.of("value", Long.toString(t.id()), "label",
                        label("training.option.team", t.name(), t.communeName())))
                .toList()));
        execution.setVariable(TrainingProcess.INVITED_TEAMS, Variables.json(teams.stream()
                .map(t -> Map.of("team", Long.toString(t.id()))).toList()));
        execution.setVariable(TrainingProcess.UNTRAINED_TEAM_COUNT, teams.size());
        SESSION_FIELDS.forEach(execution::removeVariable);
    }

    /** The attendance form of a saved session: every invited member, not yet ticked. */
    void attendanceOf(DelegateExecution execution, long sessionId) {
        List<TrainingService.InvitedMember> members = trainings.invitedMembers(sessionId);
        execution.setVariable(TrainingProcess.TRAINING_SESSION_ID, sessionId);
        execution.setVariable(TrainingProcess.MEMBER_OPTIONS, Variables.json(members.stream()
                .map(m -> Map.of("value", Long.toString(m.id()), "label",
                        label("training.option.member", m.fullName(), m.teamName())))
                .toList()));
        execution.setVariable(TrainingProcess.ATTENDANCE, Variables.json(members.stream()
                .map(m -> Map.of("member", (Object) Long.toString(m.id()), "attended", false)).toList()));
    }

    private String label(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    static long campaignId(VariableScope scope) {
        return Variables.longOf(scope, TrainingProcess.CAMPAIGN_ID);
    }

    static int wave(VariableScope scope) {
        return Variables.intOf(scope, TrainingProcess.WAVE);
    }

    static long sessionId(VariableScope scope) {
        return Variables.longOf(scope, TrainingProcess.TRAINING_SESSION_ID);
    }
}
