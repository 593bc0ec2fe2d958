package vn.cdtt.team;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;

/** A commune's steering committee for a drive: formed once, before the commune's first wave of teams. */
@Service
public class SteeringCommittees {

    private final JdbcTemplate jdbc;

    SteeringCommittees(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean formed(long campaignId, long communeId) {
        return !jdbc.queryForList("select 1 from drive.steering_committee where campaign_id = ? and commune_id = ?",
                Integer.class, campaignId, communeId).isEmpty();
    }

    public List<FieldProblem> check(Object decisionNumber, Object head, Object formedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        FormFields.text(decisionNumber, "steeringDecisionNumber", 100, problems);
        FormFields.text(head, "steeringHead", 200, problems);
        LocalDate formed = FormFields.date(formedOn, "steeringFormedOn", problems);
        if (formed != null && formed.isAfter(today)) {
            problems.add(FieldProblem.of("steeringFormedOn", "steering.inFuture", formed, today));
        }
        return problems;
    }

    /**
     * Records the commune's committee. A commune forms one per drive: when two of its waves asked at once and one was
     * recorded first, the same decision again is accepted, another one is refused naming the recorded decision
     * (never silently dropped).
     */
    @Transactional
    public List<FieldProblem> record(long campaignId, long communeId, String decisionNumber, String head,
                                     String formedOn) {
        String number = decisionNumber.strip();
        LocalDate formed = LocalDate.parse(formedOn.strip());
        int inserted = jdbc.update("insert into drive.steering_committee (campaign_id, commune_id, decision_number,"
                + " head_name, formed_on) values (?, ?, ?, ?, ?) on conflict (campaign_id, commune_id) do nothing",
                campaignId, communeId, number, head.strip(), Date.valueOf(formed));
        if (inserted == 1) {
            return List.of();
        }
        return jdbc.query("select decision_number, formed_on from drive.steering_committee where campaign_id = ?"
                + " and commune_id = ? for share", (rs, row) -> {
                    String recorded = rs.getString(1);
                    LocalDate recordedOn = rs.getDate(2).toLocalDate();
                    return recorded.equals(number) && recordedOn.equals(formed) ? null
                            : FieldProblem.of("steeringDecisionNumber", "steering.alreadyRecorded", recorded,
                                    recordedOn);
                }, campaignId, communeId).stream().filter(Objects::nonNull).toList();
    }
}
