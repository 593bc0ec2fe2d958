package vn.cdtt.campaign;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;

/**
 * The drive's launch ceremony and its registration window, as the leaders enter them. Dates come from the form as
 * ISO dates; the window must close on or after the ceremony, and the ceremony cannot be in the past.
 */
@Service
public class CampaignLaunches {

    private final JdbcTemplate jdbc;

    CampaignLaunches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Launch(LocalDate ceremonyOn, String place, LocalDate registrationClosesOn) {
    }

    /** @return the problems; empty when the launch can be recorded */
    public List<FieldProblem> check(Object ceremonyOn, Object place, Object registrationClosesOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate ceremony = FormFields.date(ceremonyOn, "ceremonyOn", problems);
        LocalDate closes = FormFields.date(registrationClosesOn, "registrationClosesOn", problems);
        if (ceremony != null && ceremony.isBefore(today)) {
            problems.add(FieldProblem.of("ceremonyOn", "launch.ceremonyInPast", ceremony, today));
        }
        if (ceremony != null && closes != null && closes.isBefore(ceremony)) {
            problems.add(FieldProblem.of("registrationClosesOn", "launch.closesBeforeCeremony", closes, ceremony));
        }
        FormFields.text(place, "ceremonyPlace", 300, problems);
        return problems;
    }

    /** Records a checked launch (a retry replaces it). */
    @Transactional
    public Launch record(long campaignId, String ceremonyOn, String place, String registrationClosesOn) {
        Launch launch = new Launch(LocalDate.parse(ceremonyOn), place.strip(), LocalDate.parse(registrationClosesOn));
        jdbc.update("insert into drive.drive_launch (campaign_id, ceremony_on, place, registration_closes_on)"
                + " values (?, ?, ?, ?) on conflict (campaign_id) do update set ceremony_on = excluded.ceremony_on,"
                + " place = excluded.place, registration_closes_on = excluded.registration_closes_on",
                campaignId, Date.valueOf(launch.ceremonyOn()), launch.place(),
                Date.valueOf(launch.registrationClosesOn()));
        return launch;
    }
}
