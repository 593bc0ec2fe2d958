package vn.cdtt.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;

/**
 * What each preparatory assignment delivered, one row per assignment: the approver sees every deliverable side by
 * side, and each one returned goes back to its own owner. Which assignments exist comes from the stored plan, never
 * from a submitted value.
 */
@Service
public class AssignmentDeliverables {

    public static final String REFERENCE = "documentReference";
    public static final String SUMMARY = "summary";

    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final PlanService plans;

    AssignmentDeliverables(JdbcTemplate jdbc, CampaignRepository campaigns, PlanService plans) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.plans = plans;
    }

    /** Problems of a submitted deliverable: a document reference and a summary, neither too long. */
    public List<FieldProblem> check(Object reference, Object summary) {
        List<FieldProblem> problems = new ArrayList<>();
        FormFields.text(reference, REFERENCE, 300, problems);
        FormFields.text(summary, SUMMARY, 4000, problems);
        return problems;
    }

    /** Records (or replaces, as its next revision) the assignment's deliverable, waiting for the approver. */
    @Transactional
    public void record(long campaignId, String code, String reference, String summary, String by, Instant at) {
        assignment(campaignId, code);
        jdbc.update("insert into drive.assignment_deliverable (campaign_id, assignment_code, document_reference,"
                + " summary, submitted_by, submitted_at, status) values (?, ?, ?, ?, ?, ?, 'SUBMITTED')"
                + " on conflict (campaign_id, assignment_code) do update set document_reference ="
                + " excluded.document_reference, summary = excluded.summary, submitted_by = excluded.submitted_by,"
                + " submitted_at = excluded.submitted_at, status = 'SUBMITTED', return_note = null,"
                + " revision = assignment_deliverable.revision + 1",
                campaignId, code, reference.strip(), summary.strip(), by, Timestamp.from(at));
    }

    /** Records (or replaces) one owner's part of an assignment each owner does for itself. */
    @Transactional
    public void recordOwn(long campaignId, String code, AssignmentOwners.Owner owner, String reference, String summary,
                          String by, Instant at) {
        assignment(campaignId, code);
        jdbc.update("insert into drive.own_assignment_deliverable (campaign_id, assignment_code, owner_key, owner_name,"
                + " document_reference, summary, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (campaign_id, assignment_code, owner_key) do update set owner_name ="
                + " excluded.owner_name, document_reference = excluded.document_reference, summary = excluded.summary,"
                + " submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at",
                campaignId, code, owner.key(), owner.name(), reference.strip(), summary.strip(), by,
                Timestamp.from(at));
    }

    /** One deliverable as the approver's table shows it. */
    public record Deliverable(String code, String name, String reference, String summary, int revision,
                              String status, String returnNote) {
    }

    /** Every assignment's deliverable in the plan's order (an assignment not yet delivered is left out). */
    @Transactional(readOnly = true)
    public List<Deliverable> of(long campaignId) {
        Map<String, Deliverable> byCode = new LinkedHashMap<>();
        jdbc.query("select assignment_code, document_reference, summary, revision, status, return_note"
                + " from drive.assignment_deliverable where campaign_id = ?", rs -> {
                    byCode.put(rs.getString(1), new Deliverable(rs.getString(1), null, rs.getString(2),
                            rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6)));
                }, campaignId);
        List<Deliverable> ordered = new ArrayList<>();
        for (PlanFile.Assignment assignment : assignments(campaignId)) {
            Deliverable d = byCode.get(assignment.code());
            if (d != null) {
                ordered.add(new Deliverable(d.code(), assignment.name().vi(), d.reference(), d.summary(),
                        d.revision(), d.status(), d.returnNote()));
            }
        }
        return ordered;
    }

    /**
     * The approver's decision: approving approves every deliverable; returning sends back the chosen ones with the
     * note, and leaves the others waiting.
     *
     * @param returned the assignment codes the approver returns (checked against the plan)
     * @return problems; nothing is written when there are any
     */
    @Transactional
    public List<FieldProblem> decide(long campaignId, boolean approve, List<String> returned, String note) {
        if (approve) {
            jdbc.update("update drive.assignment_deliverable set status = 'APPROVED' where campaign_id = ?",
                    campaignId);
            return List.of();
        }
        List<FieldProblem> problems = checkReturn(campaignId, returned);
        if (!problems.isEmpty()) {
            return problems;
        }
        for (String code : new LinkedHashSet<>(returned)) {
            jdbc.update("update drive.assignment_deliverable set status = 'RETURNED', return_note = ?"
                    + " where campaign_id = ? and assignment_code = ?", note.strip(), campaignId, code);
        }
        return List.of();
    }

    /** Problems of the assignments an approver returns: at least one, each an assignment of the plan. */
    @Transactional(readOnly = true)
    public List<FieldProblem> checkReturn(long campaignId, List<String> returned) {
        Set<String> known = new LinkedHashSet<>();
        of(campaignId).forEach(d -> known.add(d.code()));
        List<FieldProblem> problems = new ArrayList<>();
        if (returned == null || returned.isEmpty()) {
            problems.add(FieldProblem.of("returnedAssignments", "approval.returnedRequired"));
            return problems;
        }
        for (String code : returned) {
            if (!known.contains(code)) {
                problems.add(FieldProblem.of("returnedAssignments", "approval.unknownAssignment", code));
            }
        }
        return problems;
    }

    /** The assignments the approver returned, in the plan's order: each goes back to its own owner. */
    @Transactional(readOnly = true)
    public List<String> returnedCodes(long campaignId) {
        return of(campaignId).stream().filter(d -> "RETURNED".equals(d.status())).map(Deliverable::code).toList();
    }

    @Transactional(readOnly = true)
    public String returnNote(long campaignId, String code) {
        return of(campaignId).stream().filter(d -> d.code().equals(code)).map(Deliverable::returnNote)
                .findFirst().orElse(null);
    }

    private List<PlanFile.Assignment> assignments(long campaignId) {
        return plans.rulesOf(campaigns.findById(campaignId).orElseThrow().getPlan()).stages().assignments();
    }

    private PlanFile.Assignment assignment(long campaignId, String code) {
        return assignments(campaignId).stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no assignment " + code));
    }
}
