package vn.cdtt.campaign.flow;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.AssignmentOwners;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.TransactionScoped;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanFile.Assignment;
import vn.cdtt.plan.PlanFile.Stages.Kind;
import vn.cdtt.plan.PlanService;

/**
 * The drive's stages for the lifecycle's expressions ({@code ${campaignStages.has(campaignId, 'TRAINING')}}): which
 * stages its plan has, when each opens, and who owns each preparatory assignment. Everything is read from the stored
 * plan of the campaign, never from a variable an official could write.
 */
@Component("campaignStages")
public class CampaignStages {

    private final CampaignRepository campaigns;
    private final PlanService plans;
    private final CampaignSteps steps;
    private final AssignmentOwners owners;

    CampaignStages(CampaignRepository campaigns, PlanService plans, CampaignSteps steps, AssignmentOwners owners) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.steps = steps;
        this.owners = owners;
    }

    @Transactional(readOnly = true)
    public boolean has(long campaignId, String stage) {
        return rules(campaignId).has(Kind.valueOf(stage));
    }

    /** The stage's own opening day (founding, launch, final review), or now when the plan gives none. */
    @Transactional(readOnly = true)
    public Date opensAt(long campaignId, String stage) {
        PlanFile.Stages stages = rules(campaignId).stages();
        LocalDate opens = switch (Kind.valueOf(stage)) {
            case FOUNDING -> stages.founding().opens();
            case LAUNCH -> stages.launch().opens();
            case FINAL_REVIEW -> stages.finalReview().opens();
            default -> throw new IllegalArgumentException("stage " + stage + " opens on an event, not a date");
        };
        return atOrNow(opens);
    }

    @Transactional(readOnly = true)
    public List<String> assignmentCodes(long campaignId) {
        return rules(campaignId).stages().assignments().stream().map(Assignment::code).toList();
    }

    @Transactional(readOnly = true)
    public Date assignmentOpensAt(long campaignId, String code) {
        return atOrNow(assignment(campaignId, code).opens());
    }

    /** The groups of the agencies that play the assignment's role and its co-owners' today. */
    @Transactional(readOnly = true)
    public String assignmentGroup(long campaignId, String code) {
        Assignment assignment = assignment(campaignId, code);
        return steps.groupPlaying(plan(campaignId), assignment.role(), assignment.with(), assignment.name().vi(),
                EngineClock.today());
    }

    /** Whether the compiler may ask units for reports on request. */
    @Transactional(readOnly = true)
    public boolean takesRequests(long campaignId) {
        PlanFile.ReportingStage reporting = rules(campaignId).stages().reporting();
        return reporting != null && reporting.takesRequests();
    }

    /** Whether each owner (department, district, commune) does its own part of the assignment. */
    @Transactional(readOnly = true)
    public boolean eachOwn(long campaignId, String code) {
        return rules(campaignId).doneByEach(assignment(campaignId, code));
    }

    /** The keys of the assignment's owners today, one task each. */
    @Transactional(readOnly = true)
    public List<String> assignmentOwners(long campaignId, String code) {
        return ownersOf(campaignId, code).stream().map(AssignmentOwners.Owner::key).toList();
    }

    @Transactional(readOnly = true)
    public String ownerGroup(long campaignId, String code, String ownerKey) {
        return owner(campaignId, code, ownerKey).group();
    }

    /** The task's name: the assignment and whose part it is ("... — Quận Ninh Kiều"). */
    @Transactional(readOnly = true)
    public String ownAssignmentName(long campaignId, String code, String ownerKey) {
        return assignment(campaignId, code).name().vi() + " — " + owner(campaignId, code, ownerKey).name();
    }

    @Transactional(readOnly = true)
    public AssignmentOwners.Owner owner(long campaignId, String code, String ownerKey) {
        return ownersOf(campaignId, code).stream().filter(o -> o.key().equals(ownerKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no owner " + ownerKey + " of " + code));
    }

    /** Read once per transaction: the engine asks for each owner's name and group as it creates every part. */
    private List<AssignmentOwners.Owner> ownersOf(long campaignId, String code) {
        LocalDate today = EngineClock.today();
        return TransactionScoped.get(new OwnersKey(campaignId, code, today),
                () -> owners.of(plan(campaignId), assignment(campaignId, code), today));
    }

    private record OwnersKey(long campaignId, String code, LocalDate on) {
    }

    @Transactional(readOnly = true)
    public Date assignmentDue(long campaignId, String code) {
        LocalDate due = assignment(campaignId, code).due();
        return due == null ? null : EngineClock.startOf(due);
    }

    /** Returned deliverables go to the owner of the first assignment, the one that leads the preparation. */
    @Transactional(readOnly = true)
    public String reviserGroup(long campaignId) {
        return assignmentGroup(campaignId, assignmentCodes(campaignId).get(0));
    }

    @Transactional(readOnly = true)
    public Assignment assignment(long campaignId, String code) {
        return rules(campaignId).stages().assignment(code)
                .orElseThrow(() -> new IllegalArgumentException("no assignment " + code));
    }

    private static Date atOrNow(LocalDate opens) {
        return opens == null ? Date.from(EngineClock.now()) : EngineClock.startOf(opens);
    }

    private PlanFile rules(long campaignId) {
        return plans.rulesOf(plan(campaignId));
    }

    private Plan plan(long campaignId) {
        return campaigns.findById(campaignId).orElseThrow().getPlan();
    }
}
