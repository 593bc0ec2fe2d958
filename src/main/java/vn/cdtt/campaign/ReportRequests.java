package vn.cdtt.campaign;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.engine.Refusals;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.Locales;
import vn.cdtt.kernel.VietnameseDates;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanStep;

/**
 * Reports on request ("theo yêu cầu phát sinh"): the compiler asks any of the plan's units for a report on a subject
 * by a day. Who may be asked comes from the organisation and the plan's area; who works each unit's task is fixed when
 * the request is made and read back from the table.
 */
@Service
public class ReportRequests {

    /** The latest day a request may be due, counted from today. */
    static final int MAX_DAYS_AHEAD = 90;
    private static final String AGENCY = "agency:";
    private static final String UNIT = "unit:";

    private final CampaignRepository campaigns;
    private final AssignmentOwners owners;
    private final AdminUnitRepository units;
    private final JdbcTemplate jdbc;
    private final Refusals refusals;
    private final MessageSource messages;

    ReportRequests(CampaignRepository campaigns, AssignmentOwners owners, AdminUnitRepository units, JdbcTemplate jdbc,
                   Refusals refusals, MessageSource messages) {
        this.campaigns = campaigns;
        this.owners = owners;
        this.units = units;
        this.jdbc = jdbc;
        this.refusals = refusals;
        this.messages = messages;
    }

    /** One unit that may be asked: its key ("agency:…" or "unit:…"), name and the group working its task. */
    public record Askable(String key, String name, String group) {
    }

    /**
     * Who may be asked today: the sector departments, and the districts of a province's plan (its communes in the
     * two-tier era, or the communes of a district's plan), by name.
     */
    @Transactional(readOnly = true)
    public List<Askable> askable(long campaignId) {
        Plan plan = campaigns.findById(campaignId).orElseThrow().getPlan();
        List<Askable> askable = new ArrayList<>();
        try {
            owners.departments(plan, PlanStep.COMPILE_PHASE_REPORT, EngineClock.today())
                    .forEach(d -> askable.add(new Askable(AGENCY + d.key(), d.name(), d.group())));
        } catch (CampaignRefusedException noDepartments) {
            // a province whose organisation names no sector department: its units may still be asked
        }
        // A province's districts (its communes where there are no districts), or a district's communes.
        List<AdminUnit> below = plan.getScope().getLevel() == AdminLevel.PROVINCE && plan.getHierarchy().hasDistricts()
                ? units.findDistrictsWithCommunes(plan.getScope()) : units.findCommunesIn(plan.getScope());
        below.forEach(u -> askable.add(new Askable(UNIT + u.getCode(), u.getFullName(), u.groupId())));
        return askable;
    }

    /** The pick list of the request form: {label, value} by name. */
    @Transactional(readOnly = true)
    public List<Map<String, String>> options(long campaignId) {
        return askable(campaignId).stream().map(a -> {
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", a.name());
            option.put("value", a.key());
            return option;
        }).toList();
    }

    /**
     * Checks and stores a request; a refusal names the form's field and saves nothing.
     *
     * @param due    the form's date ({@code yyyy-MM-dd})
     * @param chosen the pick list's chosen values
     * @return the request's id
     */
    @Transactional
    public long open(long campaignId, Object subject, Object due, List<String> chosen, String by) {
        String text = DocumentAnswer.text(subject, DocumentAnswer.MAX_REFERENCE);
        if (text == null) {
            throw refusals.sentence("request.subjectRequired");
        }
        LocalDate today = EngineClock.today();
        LocalDate dueOn = day(due);
        if (dueOn == null || !dueOn.isAfter(today) || dueOn.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw refusals.sentence("request.dueInvalid", VietnameseDates.format(today.plusDays(1)),
                    VietnameseDates.format(today.plusDays(MAX_DAYS_AHEAD)));
        }
        if (chosen == null || chosen.isEmpty()) {
            throw refusals.sentence("request.unitsRequired");
        }
        Map<String, Askable> byKey = new LinkedHashMap<>();
        askable(campaignId).forEach(a -> byKey.put(a.key(), a));
        List<Askable> asked = new ArrayList<>();
        for (String key : new java.util.LinkedHashSet<>(chosen)) {
            Askable unit = byKey.get(key);
            if (unit == null) {
                throw refusals.sentence("request.unknownUnit", key);
            }
            asked.add(unit);
        }
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into drive.report_request (campaign_id, subject, due_on,"
                    + " requested_by) values (?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, campaignId);
            insert.setString(2, text);
            insert.setDate(3, Date.valueOf(dueOn));
            insert.setString(4, by);
            return insert;
        }, id);
        long requestId = id.getKey().longValue();
        jdbc.batchUpdate("insert into drive.report_request_unit (request_id, unit_key, unit_name, group_id)"
                + " values (?, ?, ?, ?)", asked.stream().map(a -> new Object[] {requestId, a.key(), a.name(),
                a.group()}).toList());
        return requestId;
    }

    /** One request as its process reads it. */
    public record Request(long id, long campaignId, String subject, LocalDate dueOn) {
    }

    @Transactional(readOnly = true)
    public Request request(long requestId) {
        return jdbc.queryForObject("select id, campaign_id, subject, due_on from drive.report_request where id = ?",
                (rs, n) -> new Request(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getDate(4).toLocalDate()), requestId);
    }

    /** The units asked, as stored when the request was made. */
    @Transactional(readOnly = true)
    public List<Askable> asked(long requestId) {
        return jdbc.query("select unit_key, unit_name, group_id from drive.report_request_unit where request_id = ?"
                + " order by unit_name", (rs, n) -> new Askable(rs.getString(1), rs.getString(2), rs.getString(3)),
                requestId);
    }

    public Askable asked(long requestId, String key) {
        return asked(requestId).stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unit " + key + " not asked by request " + requestId));
    }

    /** Records a unit's answer; a refusal names the field and saves nothing. */
    @Transactional
    public void answer(long requestId, String key, Object reference, Object summary, String by) {
        DocumentAnswer answer = DocumentAnswer.of(reference, summary, refusals, "sectorReport.referenceRequired",
                "sectorReport.summaryRequired");
        jdbc.update("update drive.report_request_unit set document_reference = ?, summary = ?, submitted_by = ?,"
                + " submitted_at = now() where request_id = ? and unit_key = ?", answer.reference(), answer.summary(),
                by, requestId, key);
    }

    /** Answers in, of the units asked, and the names of those still missing. */
    @Transactional(readOnly = true)
    public PhaseCompilations.Status statusOf(long requestId) {
        List<String> missing = jdbc.queryForList("select unit_name from drive.report_request_unit where request_id = ?"
                + " and submitted_at is null order by unit_name", String.class, requestId);
        int asked = asked(requestId).size();
        return new PhaseCompilations.Status(asked - missing.size(), asked, String.join(", ", missing));
    }

    /** Records the compiled report of the request; a refusal names the field and saves nothing. */
    @Transactional
    public void compile(long requestId, Object reference, Object summary, String by) {
        DocumentAnswer answer = DocumentAnswer.of(reference, summary, refusals, "compilation.referenceRequired",
                "compilation.summaryRequired");
        jdbc.update("update drive.report_request set document_reference = ?, summary = ?, compiled_by = ?,"
                + " compiled_at = now() where id = ?", answer.reference(), answer.summary(), by, requestId);
    }

    /** A message of the request's tasks, in Vietnamese. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locales.VIETNAMESE);
    }

    private static LocalDate day(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

}
