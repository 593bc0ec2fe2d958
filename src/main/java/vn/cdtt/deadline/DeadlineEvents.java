package vn.cdtt.deadline;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.plan.PlanStep;

/** Records reminders and escalations as they happen, in the engine's transaction. */
@Service
public class DeadlineEvents {

    private final JdbcTemplate jdbc;

    DeadlineEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(long campaignId, long unitId, PlanStep step, DeadlineKind kind, LocalDate due,
                       Instant occurredAt) {
        jdbc.update("insert into drive.deadline_event (campaign_id, unit_id, step, kind, due, occurred_at)"
                        + " values (?, ?, ?, ?, ?, ?)", campaignId, unitId, step.name(), kind.name(), Date.valueOf(due),
                Timestamp.from(occurredAt));
    }

    /** The due dates that had this kind of event for this step, in date order. */
    @Transactional(readOnly = true)
    public List<LocalDate> dues(long campaignId, PlanStep step, DeadlineKind kind) {
        return jdbc.queryForList("select distinct due from drive.deadline_event where campaign_id = ? and step = ?"
                + " and kind = ? order by due", Date.class, campaignId, step.name(), kind.name()).stream()
                .map(Date::toLocalDate).toList();
    }

    /** Codes of the units that had this kind of event for this step, in code order. */
    @Transactional(readOnly = true)
    public List<String> unitCodes(long campaignId, PlanStep step, DeadlineKind kind) {
        return jdbc.queryForList("select distinct u.code from drive.deadline_event e join drive.admin_unit u on u.id = e.unit_id"
                + " where e.campaign_id = ? and e.step = ? and e.kind = ? order by u.code", String.class,
                campaignId, step.name(), kind.name());
    }
}
