package vn.cdtt.request.flow;

import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.campaign.ReportRequests;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;

/**
 * The requested-report model's questions ({@code ${reportRequesting.units(requestId)}}): the units asked and who works
 * each one's task, as stored with the request; the due day; when the compiling opens and is due.
 */
@Component("reportRequesting")
public class ReportRequesting {

    private final ReportRequests requests;
    private final CampaignRepository campaigns;
    private final PlanService plans;

    ReportRequesting(ReportRequests requests, CampaignRepository campaigns, PlanService plans) {
        this.requests = requests;
        this.campaigns = campaigns;
        this.plans = plans;
    }

    @Transactional(readOnly = true)
    public List<String> units(long requestId) {
        return requests.asked(requestId).stream().map(ReportRequests.Askable::key).toList();
    }

    @Transactional(readOnly = true)
    public String group(long requestId, String unitKey) {
        return requests.asked(requestId, unitKey).group();
    }

    @Transactional(readOnly = true)
    public String taskName(long requestId, String unitKey) {
        return requests.text("request.name", requests.request(requestId).subject(),
                requests.asked(requestId, unitKey).name());
    }

    @Transactional(readOnly = true)
    public String compileName(long requestId) {
        return requests.text("request.compileName", requests.request(requestId).subject());
    }

    @Transactional(readOnly = true)
    public Date due(long requestId) {
        return EngineClock.startOf(requests.request(requestId).dueOn());
    }

    /** The compiling opens once late units have been chased: the due day plus the plan's escalation offset. */
    @Transactional(readOnly = true)
    public Date compileOpensAt(long requestId) {
        ReportRequests.Request request = requests.request(requestId);
        PlanFile.DeadlineRule offsets = rules(request).deadlines();
        int after = offsets == null || offsets.escalationDaysAfter() == null ? 1 : offsets.escalationDaysAfter();
        return EngineClock.startOf(request.dueOn().plusDays(after));
    }

    /** Due {@code stages.reporting.compileDays} after the units' due day, or without a due date. */
    @Transactional(readOnly = true)
    public Date compileDue(long requestId) {
        ReportRequests.Request request = requests.request(requestId);
        Integer days = rules(request).stages().reporting().compileDays();
        return days == null ? null : EngineClock.startOf(request.dueOn().plusDays(days));
    }

    private PlanFile rules(ReportRequests.Request request) {
        return plans.rulesOf(campaigns.findById(request.campaignId()).orElseThrow().getPlan());
    }
}
