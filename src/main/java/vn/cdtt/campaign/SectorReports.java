package vn.cdtt.campaign;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.engine.Refusals;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanPhase;
import vn.cdtt.plan.PlanStep;

/**
 * Each sector department's report of a period: who is asked (the departments on the day), what each sent, and how
 * many the compiler has. A department is a reporting unit of its own, beside the communes.
 */
@Service
public class SectorReports {

    private final CampaignRepository campaigns;
    private final AssignmentOwners owners;
    private final JdbcTemplate jdbc;
    private final Refusals refusals;

    SectorReports(CampaignRepository campaigns, AssignmentOwners owners, JdbcTemplate jdbc, Refusals refusals) {
        this.campaigns = campaigns;
        this.owners = owners;
        this.jdbc = jdbc;
        this.refusals = refusals;
    }

    /** The departments asked for this period's sector report, today. */
    @Transactional(readOnly = true)
    public List<AssignmentOwners.Owner> departments(long campaignId) {
        Plan plan = campaigns.findById(campaignId).orElseThrow().getPlan();
        return owners.departments(plan, PlanStep.SUBMIT_SECTOR_REPORT, EngineClock.today());
    }

    @Transactional(readOnly = true)
    public AssignmentOwners.Owner department(long campaignId, String agencyCode) {
        return departments(campaignId).stream().filter(d -> d.key().equals(agencyCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no department " + agencyCode));
    }

    /** Records (or replaces) the department's report; a refusal names the field and saves nothing. */
    @Transactional
    public void record(long campaignId, String phaseCode, AssignmentOwners.Owner department, Object reference,
                       Object summary, String by) {
        DocumentAnswer answer = DocumentAnswer.of(reference, summary, refusals, "sectorReport.referenceRequired",
                "sectorReport.summaryRequired");
        jdbc.update("insert into drive.sector_report (campaign_id, phase_id, agency_code, agency_name,"
                + " document_reference, summary, submitted_by) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (campaign_id, phase_id, agency_code) do update set agency_name = excluded.agency_name,"
                + " document_reference = excluded.document_reference, summary = excluded.summary,"
                + " submitted_by = excluded.submitted_by, submitted_at = now()",
                campaignId, phase(campaignId, phaseCode).getId(), department.key(), department.name(),
                answer.reference(), answer.summary(), by);
    }

    /** How many departments have sent this period's report. */
    @Transactional(readOnly = true)
    public int received(long campaignId, String phaseCode) {
        return jdbc.queryForObject("select count(*) from drive.sector_report where campaign_id = ? and phase_id = ?",
                Integer.class, campaignId, phase(campaignId, phaseCode).getId());
    }

    private PlanPhase phase(long campaignId, String phaseCode) {
        return campaigns.findById(campaignId).orElseThrow().getPlan().phase(phaseCode);
    }
}
