package vn.cdtt.campaign.flow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.cdtt.campaign.CampaignLaunches;
import vn.cdtt.engine.Refusals;
import vn.cdtt.engine.Variables;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FieldProblem;

/**
 * Checks and records the launch; sets {@code registrationClosesAt}, the end of the window's last day, which the
 * lifecycle and every unit's registration wait for.
 */
@Component("launchDriveListener")
class LaunchDriveListener implements TaskListener {

    private final CampaignLaunches launches;
    private final Refusals refusals;

    LaunchDriveListener(CampaignLaunches launches, Refusals refusals) {
        this.launches = launches;
        this.refusals = refusals;
    }

    @Override
    public void notify(DelegateTask task) {
        Object ceremonyOn = task.getVariable(CampaignLifecycleProcess.CEREMONY_ON);
        Object place = task.getVariable(CampaignLifecycleProcess.CEREMONY_PLACE);
        Object closesOn = task.getVariable(CampaignLifecycleProcess.REGISTRATION_CLOSES_ON);
        List<FieldProblem> problems = launches.check(ceremonyOn, place, closesOn, EngineClock.today());
        if (!problems.isEmpty()) {
            throw refusals.of("launch.refused", problems);
        }
        CampaignLaunches.Launch launch = launches.record(Variables.longOf(task, CampaignLifecycleProcess.CAMPAIGN_ID),
                ((String) ceremonyOn).strip(), (String) place, ((String) closesOn).strip());
        task.getExecution().setVariable(CampaignLifecycleProcess.REGISTRATION_CLOSES_AT,
                EngineClock.startOf(launch.registrationClosesOn().plusDays(1)));
    }
}
