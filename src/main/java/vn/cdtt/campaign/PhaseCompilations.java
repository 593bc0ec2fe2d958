package vn.cdtt.campaign;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.engine.Refusals;
import vn.cdtt.plan.PlanPhase;

/**
 * A period's compiled report: the plan's compiler gathers the units' verified reports into one document for the
 * plan's People's Committee. What the compiler's form shows (who reported, who did not) and what it records.
 */
@Service
public class PhaseCompilations {

    /** How many missing units the form names before it says "and N more". */
    private static final int NAMED_MISSING = 20;

    private final CampaignRepository campaigns;
    private final JdbcTemplate jdbc;
    private final Refusals refusals;

    PhaseCompilations(CampaignRepository campaigns, JdbcTemplate jdbc, Refusals refusals) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.refusals = refusals;
    }

    /** What the compiler sees: the period's reports verified and asked for, and the units still missing. */
    public record Status(int verified, int expected, String missing) {
    }

    @Transactional(readOnly = true)
    public Status statusOf(long campaignId, String phaseCode) {
        long phase = phase(campaignId, phaseCode).getId();
        int[] counts = jdbc.queryForObject("select count(*) filter (where status = 'VERIFIED'), count(*)"
                + " from drive.phase_report where campaign_id = ? and phase_id = ?",
                (rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}, campaignId, phase);
        List<String> missing = jdbc.queryForList("select u.full_name from drive.phase_report r join drive.admin_unit u"
                + " on u.id = r.unit_id where r.campaign_id = ? and r.phase_id = ? and r.status <> 'VERIFIED'"
                + " order by u.full_name limit " + (NAMED_MISSING + 1), String.class, campaignId, phase);
        String named = String.join(", ", missing.subList(0, Math.min(NAMED_MISSING, missing.size())));
        int more = counts[1] - counts[0] - NAMED_MISSING;
        return new Status(counts[0], counts[1], more > 0 ? named + " và " + more + " đơn vị khác" : named);
    }

    /** The People's Committee the compiled report goes to: that of the plan's area. */
    @Transactional(readOnly = true)
    public String recipientOf(long campaignId) {
        return "Ủy ban nhân dân " + campaigns.findById(campaignId).orElseThrow().getPlan().getScope().getFullName();
    }

    /**
     * Records the compiled report; a refusal names the form's field and saves nothing.
     *
     * @param reference the document's number, title or link
     */
    @Transactional
    public void record(long campaignId, String phaseCode, Object reference, Object summary, String compiledBy) {
        DocumentAnswer answer = DocumentAnswer.of(reference, summary, refusals, "compilation.referenceRequired",
                "compilation.summaryRequired");
        Status status = statusOf(campaignId, phaseCode);
        jdbc.update("insert into drive.phase_compilation (campaign_id, phase_id, document_reference, summary,"
                + " reports_verified, reports_expected, compiled_by) values (?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (campaign_id, phase_id) do update set document_reference = excluded.document_reference,"
                + " summary = excluded.summary, reports_verified = excluded.reports_verified,"
                + " reports_expected = excluded.reports_expected, compiled_by = excluded.compiled_by,"
                + " compiled_at = now()", campaignId, phase(campaignId, phaseCode).getId(),
                answer.reference(), answer.summary(), status.verified(), status.expected(), compiledBy);
    }

    private PlanPhase phase(long campaignId, String phaseCode) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        return campaign.getPlan().phase(phaseCode);
    }
}
