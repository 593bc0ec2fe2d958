package vn.cdtt.commendation;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.commendation.CommendationForms.BallotRow;
import vn.cdtt.commendation.CommendationForms.ProposalRow;
import vn.cdtt.commendation.CommendationForms.VetRow;
import vn.cdtt.engine.FormLists;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;
import vn.cdtt.plan.AwardKind;

/**
 * The commendation steps after the ranking: the leaders' proposals, the emulation board's vetting, the council's
 * vote against the plan's thresholds and the Chairman's awards. Each submission is checked whole first; with any
 * problem nothing is written and the problems name the form's fields.
 */
@Service
public class CommendationService {

    static final int MAX_TEXT = 1000;
    static final int MAX_DECISION_NUMBER = 100;

    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final CommendationRules rules;
    private final MessageSource messages;

    CommendationService(JdbcTemplate jdbc, CampaignRepository campaigns, CommendationRules rules,
                        MessageSource messages) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.rules = rules;
        this.messages = messages;
    }

    /** A proposal row with its unit's name. */
    public record Proposal(long id, long unitId, String unitName, String level, int rank, int peers, BigDecimal score,
                           AwardKind suggested, AwardKind proposed, String reason, String status, String vetNote,
                           Integer votesFor, Integer membersPresent) {
    }

    @Transactional(readOnly = true)
    public List<Proposal> proposals(long campaignId, String... statuses) {
        return jdbc.query("select p.id, p.unit_id, u.full_name, p.unit_level, p.rank, p.peers, p.score,"
                + " p.suggested_kind, p.proposed_kind, p.reason, p.status, p.vet_note, p.votes_for, p.members_present"
                + " from drive.commendation_proposal p join drive.admin_unit u on u.id = p.unit_id"
                + " where p.campaign_id = ? and p.status = any (?)"
                + " order by case p.unit_level when 'DISTRICT' then 0 else 1 end, p.rank, u.code",
                (rs, i) -> new Proposal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getBigDecimal(7), kind(rs.getString(8)), kind(rs.getString(9)),
                        rs.getString(10), rs.getString(11), rs.getString(12), (Integer) rs.getObject(13),
                        (Integer) rs.getObject(14)),
                campaignId, statuses);
    }

    // ---- form lists -------------------------------------------------------------------------------------------

    /** The select's options: only the kinds the plan has a vote threshold for. */
    @Transactional(readOnly = true)
    public List<Map<String, String>> awardKindOptions(long campaignId) {
        return allowed(campaignId).keySet().stream()
                .map(kind -> Map.of("value", kind.name(), "label", label(kind))).toList();
    }

    /** The leaders' list: every unit the ranking suggests an award for, pre-filled. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> proposalRows(long campaignId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Proposal p : proposals(campaignId, "RANKED")) {
            if (p.suggested() == null) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("proposalId", p.id());
            row.put("unit", text("commendation.candidate", p.unitName(), String.valueOf(p.rank()),
                    String.valueOf(p.peers()), text("commendation.level." + p.level()), p.score().toPlainString()));
            row.put("suggested", label(p.suggested()));
            row.put("include", true);
            row.put("awardKind", p.suggested().name());
            row.put("reason", text("commendation.reason", String.valueOf(p.rank()), String.valueOf(p.peers()),
                    text("commendation.level." + p.level()), p.score().toPlainString()));
            rows.add(row);
        }
        return rows;
    }

    /** The emulation board's list: every proposal, to accept or reject. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> vettingRows(long campaignId) {
        return proposals(campaignId, "PROPOSED").stream().map(p -> {
            Map<String, Object> row = summary(p);
            row.put("reason", p.reason());
            return row;
        }).toList();
    }

    /** The council's list: every accepted proposal with the share of votes its award needs. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> ballotRows(long campaignId) {
        Map<AwardKind, Integer> thresholds = allowed(campaignId);
        return proposals(campaignId, "ACCEPTED").stream().map(p -> {
            Map<String, Object> row = summary(p);
            row.put("threshold", thresholds.get(p.proposed()) + " %");
            return row;
        }).toList();
    }

    /** The Chairman's list: the proposals the council passed. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> passedRows(long campaignId) {
        return proposals(campaignId, "PASSED").stream().map(p -> {
            Map<String, Object> row = summary(p);
            row.put("votes", p.votesFor() + "/" + p.membersPresent());
            return row;
        }).toList();
    }

    // ---- submissions ------------------------------------------------------------------------------------------

    /** Marks the included units PROPOSED with the chosen kind and reason. */
    @Transactional
    public List<FieldProblem> submitProposals(long campaignId, Object submitted) {
        Map<Long, Proposal> open = byId(proposals(campaignId, "RANKED"));
        Map<AwardKind, Integer> allowed = allowed(campaignId);
        List<FieldProblem> problems = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<ProposalRow> rows = FormLists.read(submitted, "proposals", ProposalRow[].class);
        for (int i = 0; i < rows.size(); i++) {
            ProposalRow row = rows.get(i);
            String path = "proposals[" + i + "]";
            Long id = known(row.proposalId(), open, seen, path, problems);
            if (id == null || !Boolean.TRUE.equals(row.include())) {
                continue;
            }
            AwardKind kind = null;
            if (CommendationForms.blank(row.awardKind())) {
                problems.add(FieldProblem.of(path + ".awardKind", "commendation.kindRequired"));
            } else {
                kind = kind(row.awardKind(), allowed);
                if (kind == null) {
                    problems.add(FieldProblem.of(path + ".awardKind", "commendation.kindNotInPlan",
                            row.awardKind(), allowed.keySet().stream().map(this::label)
                                    .collect(Collectors.joining(", "))));
                }
            }
            String reason = row.reason() == null ? null : row.reason().strip();
            if (CommendationForms.blank(reason)) {
                problems.add(FieldProblem.of(path + ".reason", "commendation.reasonRequired"));
            } else if (reason.length() > MAX_TEXT) {
                problems.add(FieldProblem.of(path + ".reason", "commendation.tooLong", String.valueOf(MAX_TEXT)));
            }
            if (kind != null) {
                updates.add(new Object[] {kind.name(), reason, id});
            }
        }
        // The form lists every suggested unit, ticked or not, and takes no row away: a list without them is no answer.
        Map<Long, Proposal> suggested = new LinkedHashMap<>(open);
        suggested.values().removeIf(p -> p.suggested() == null);
        missing(suggested, seen, "proposals", "commendation.proposalMissing", problems);
        if (problems.isEmpty()) {
            jdbc.batchUpdate("update drive.commendation_proposal set status = 'PROPOSED', proposed_kind = ?,"
                    + " reason = ? where id = ?", updates);
        }
        return problems;
    }

    /** Accepts or rejects every proposal; a rejection needs a note. */
    @Transactional
    public List<FieldProblem> submitVetting(long campaignId, Object submitted) {
        Map<Long, Proposal> open = byId(proposals(campaignId, "PROPOSED"));
        List<FieldProblem> problems = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<VetRow> rows = FormLists.read(submitted, "vetting", VetRow[].class);
        for (int i = 0; i < rows.size(); i++) {
            VetRow row = rows.get(i);
            String path = "vetting[" + i + "]";
            Long id = known(row.proposalId(), open, seen, path, problems);
            if (id == null) {
                continue;
            }
            String note = FormFields.blank(row.note()) ? null : row.note().strip();
            if (!"accept".equals(row.verdict()) && !"reject".equals(row.verdict())) {
                problems.add(FieldProblem.of(path + ".verdict", "commendation.verdictRequired"));
            } else if ("reject".equals(row.verdict()) && note == null) {
                problems.add(FieldProblem.of(path + ".note", "commendation.noteRequired"));
            } else if (note != null && note.length() > MAX_TEXT) {
                problems.add(FieldProblem.of(path + ".note", "commendation.tooLong", String.valueOf(MAX_TEXT)));
            } else {
                updates.add(new Object[] {"accept".equals(row.verdict()) ? "ACCEPTED" : "REJECTED", note, id});
            }
        }
        missing(open, seen, "vetting", "commendation.verdictMissing", problems);
        if (problems.isEmpty()) {
            jdbc.batchUpdate("update drive.commendation_proposal set status = ?, vet_note = ? where id = ?", updates);
        }
        return problems;
    }

    /** The council's votes for every accepted proposal, out of the members present. */
    @Transactional
    public List<FieldProblem> submitVotes(long campaignId, Object membersPresent, Object submitted) {
        Map<Long, Proposal> open = byId(proposals(campaignId, "ACCEPTED"));
        List<FieldProblem> problems = new ArrayList<>();
        Long members = CommendationForms.whole(membersPresent);
        if (members == null || members < 1) {
            problems.add(FieldProblem.of("membersPresent", "commendation.membersRequired",
                    String.valueOf(membersPresent)));
            members = null;
        }
        List<Object[]> updates = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<BallotRow> rows = FormLists.read(submitted, "ballots", BallotRow[].class);
        for (int i = 0; i < rows.size(); i++) {
            BallotRow row = rows.get(i);
            String path = "ballots[" + i + "]";
            Long id = known(row.proposalId(), open, seen, path, problems);
            if (id == null) {
                continue;
            }
            Long votes = CommendationForms.whole(row.votesFor());
            if (row.votesFor() == null || "".equals(row.votesFor())) {
                problems.add(FieldProblem.of(path + ".votesFor", "commendation.votesRequired"));
            } else if (votes == null || votes < 0) {
                problems.add(FieldProblem.of(path + ".votesFor", "commendation.votesNotWhole",
                        String.valueOf(row.votesFor())));
            } else if (members != null && votes > members) {
                problems.add(FieldProblem.of(path + ".votesFor", "commendation.votesOverMembers",
                        String.valueOf(votes), String.valueOf(members)));
            } else if (members != null) {
                updates.add(new Object[] {votes.intValue(), members.intValue(), id});
            }
        }
        missing(open, seen, "ballots", "commendation.ballotMissing", problems);
        if (problems.isEmpty()) {
            jdbc.batchUpdate("update drive.commendation_proposal set votes_for = ?, members_present = ? where id = ?",
                    updates);
        }
        return problems;
    }

    /** PASSED when votesFor × 100 / membersPresent reaches the plan's threshold for the kind, else FAILED. */
    @Transactional
    public int applyThresholds(long campaignId) {
        Map<AwardKind, Integer> thresholds = allowed(campaignId);
        int passed = 0;
        for (Proposal p : proposals(campaignId, "ACCEPTED", "PASSED", "FAILED")) {
            Integer threshold = thresholds.get(p.proposed());
            boolean passes = threshold != null && p.votesFor() != null && p.membersPresent() != null
                    && CommendationRules.passes(p.votesFor(), p.membersPresent(), threshold);
            jdbc.update("update drive.commendation_proposal set status = ? where id = ?",
                    passes ? "PASSED" : "FAILED", p.id());
            passed += passes ? 1 : 0;
        }
        return passed;
    }

    /** Problems of the Chairman's decision: its number, and a signing date that is not in the future. */
    public List<FieldProblem> checkDecision(Object number, Object signedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!(number instanceof String text) || FormFields.blank(text)) {
            problems.add(FieldProblem.of("decisionNumber", "commendation.decisionNumberRequired"));
        } else if (text.strip().length() > MAX_DECISION_NUMBER) {
            problems.add(FieldProblem.of("decisionNumber", "commendation.tooLong",
                    String.valueOf(MAX_DECISION_NUMBER)));
        }
        if (signedOn == null || signedOn instanceof String text && FormFields.blank(text)) {
            problems.add(FieldProblem.of("decidedOn", "commendation.dateRequired"));
        } else {
            LocalDate day = day(signedOn);
            if (day == null) {
                problems.add(FieldProblem.of("decidedOn", "commendation.dateInvalid", String.valueOf(signedOn)));
            } else if (!FormFields.within(day)) {
                problems.add(FieldProblem.of("decidedOn", "form.dateOutOfRange", day.toString(),
                        FormFields.EARLIEST.toString(), FormFields.LATEST.toString()));
            } else if (day.isAfter(today)) {
                problems.add(FieldProblem.of("decidedOn", "commendation.dateInFuture", day.toString(),
                        today.toString()));
            }
        }
        return problems;
    }

    /** One award per passed proposal; recording again changes nothing. */
    @Transactional
    public int recordAwards(long campaignId, String decisionNumber, LocalDate decidedOn) {
        int recorded = 0;
        for (Proposal p : proposals(campaignId, "PASSED")) {
            recorded += jdbc.update("insert into drive.commendation_award (campaign_id, unit_id, kind,"
                    + " decision_number, decided_on) values (?, ?, ?, ?, ?)"
                    + " on conflict (campaign_id, unit_id, kind) do nothing", campaignId, p.unitId(),
                    p.proposed().name(), decisionNumber.strip(), decidedOn);
        }
        return recorded;
    }

    /** Camunda Forms submit a date as ISO text; the engine API may pass a Date. Null when it is neither. */
    public static LocalDate day(Object value) {
        if (value instanceof Date date) {
            return EngineClock.dayOf(date);
        }
        String text = String.valueOf(value).strip();
        try {
            return LocalDate.parse(text); // the form's date picker sends yyyy-MM-dd; a time is no date

        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Map<AwardKind, Integer> allowed(long campaignId) {
        return rules.allowedKinds(campaigns.findById(campaignId).orElseThrow().getPlan());
    }

    private Map<String, Object> summary(Proposal p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("proposalId", p.id());
        row.put("unit", p.unitName());
        row.put("award", label(p.proposed()));
        return row;
    }

    /** The row's proposal id when it is one of this step's proposals and not seen before; else a problem. */
    private static Long known(Object raw, Map<Long, Proposal> open, Set<Long> seen, String path,
                              List<FieldProblem> problems) {
        Long id = CommendationForms.whole(raw);
        if (id == null || !open.containsKey(id)) {
            problems.add(FieldProblem.of(path + ".proposalId", "commendation.unknownProposal", String.valueOf(raw)));
            return null;
        }
        if (!seen.add(id)) {
            problems.add(FieldProblem.of(path + ".proposalId", "commendation.duplicateProposal", String.valueOf(id)));
            return null;
        }
        return id;
    }

    private static void missing(Map<Long, Proposal> open, Set<Long> seen, String path, String key,
                                List<FieldProblem> problems) {
        open.values().stream().filter(p -> !seen.contains(p.id()))
                .forEach(p -> problems.add(FieldProblem.of(path, key, p.unitName())));
    }

    private static Map<Long, Proposal> byId(List<Proposal> proposals) {
        Map<Long, Proposal> byId = new LinkedHashMap<>();
        proposals.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private static AwardKind kind(String name) {
        return name == null ? null : AwardKind.valueOf(name);
    }

    private static AwardKind kind(String name, Map<AwardKind, Integer> allowed) {
        for (AwardKind kind : allowed.keySet()) {
            if (kind.name().equals(name.strip())) {
                return kind;
            }
        }
        return null;
    }

    String label(AwardKind kind) {
        return text("commendation.kind." + kind.name());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
