package vn.cdtt.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.kernel.VietnameseDates;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanService;
import vn.cdtt.training.flow.TrainingProcess;

/**
 * Training of a campaign's teams: which teams still need it, the checks of a scheduled session and of its
 * attendance, and the rule that makes a team trained — at least the plan's {@code training.attendanceSharePercent}
 * of its members attended some session of the campaign (counted over all sessions).
 */
@Service
public class TrainingService {

    public static final String PROCESS = TrainingProcess.KEY;
    static final String IN_PERSON = "IN_PERSON";
    static final String ONLINE = "ONLINE";
    /** A plan without a training rule asks every member to attend. */
    private static final int DEFAULT_SHARE_PERCENT = 100;
    private static final int MAX_VENUE = 300;
    /** The engine keeps a text variable in at most 4000 characters. */
    private static final int MAX_TOPICS = 4000;

    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final PlanService plans;

    TrainingService(JdbcTemplate jdbc, CampaignRepository campaigns, PlanService plans) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.plans = plans;
    }

    /** A team as the forms list it. */
    public record TrainingTeam(long id, String name, String communeName) {
    }

    /** A member of a team invited to a session. */
    public record InvitedMember(long id, String fullName, String teamName) {
    }

    /** The campaign's teams founded up to {@code wave} that are not trained yet, in founding order. */
    @Transactional(readOnly = true)
    public List<TrainingTeam> untrainedTeams(long campaignId, int wave) {
        return jdbc.query("select t.id, t.name, u.full_name from drive.team t"
                        + " join drive.admin_unit u on u.id = t.commune_id"
                        + " where t.campaign_id = ? and t.wave <= ?"
                        + " and not exists (select 1 from drive.team_training x where x.team_id = t.id)"
                        + " order by t.id",
                (rs, i) -> new TrainingTeam(rs.getLong(1), rs.getString(2), rs.getString(3)), campaignId, wave);
    }

    /** Ids of the campaign's trained teams. */
    @Transactional(readOnly = true)
    public Set<Long> trainedTeamIds(long campaignId) {
        return new HashSet<>(jdbc.queryForList("select x.team_id from drive.team_training x"
                + " join drive.team t on t.id = x.team_id where t.campaign_id = ?", Long.class, campaignId));
    }

    /** Problems of a scheduling form; none when the official closes the training. */
    @Transactional(readOnly = true)
    public List<FieldProblem> checkSession(long campaignId, int wave, TrainingInput.Session form, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (TrainingInput.CLOSE.equals(form.action())) {
            return problems;
        }
        if (!TrainingInput.SCHEDULE.equals(form.action())) {
            problems.add(FieldProblem.of("trainingAction", "training.actionRequired"));
        }
        checkDate(form.date(), today, problems);
        if (IN_PERSON.equals(form.mode())) {
            checkVenue("sessionPlace", form.place(), "training.placeRequired", problems);
        } else if (ONLINE.equals(form.mode())) {
            checkVenue("sessionPlatform", form.platform(), "training.platformRequired", problems);
        } else {
            problems.add(FieldProblem.of("sessionMode", "training.modeRequired"));
        }
        if (form.topics() == null) {
            problems.add(FieldProblem.of("sessionTopics", "training.topicsRequired"));
        } else if (form.topics().length() > MAX_TOPICS) {
            problems.add(FieldProblem.of("sessionTopics", "training.tooLong", MAX_TOPICS));
        }
        checkTeams(campaignId, wave, form.teams(), problems);
        return problems;
    }

    private static void checkDate(String text, LocalDate today, List<FieldProblem> problems) {
        if (text == null) {
            problems.add(FieldProblem.of("sessionDate", "training.dateRequired"));
            return;
        }
        try {
            LocalDate day = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            if (!FormFields.within(day)) {
                problems.add(FieldProblem.of("sessionDate", "form.dateOutOfRange", day.toString(),
                        FormFields.EARLIEST.toString(), FormFields.LATEST.toString()));
            } else if (day.isBefore(today)) {
                problems.add(FieldProblem.of("sessionDate", "training.dateInPast", VietnameseDates.format(day),
                        VietnameseDates.format(today)));
            }
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of("sessionDate", "training.badDate", text));
        }
    }

    private static void checkVenue(String path, String value, String requiredKey, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of(path, requiredKey));
        } else if (value.length() > MAX_VENUE) {
            problems.add(FieldProblem.of(path, "training.tooLong", MAX_VENUE));
        }
    }

    private void checkTeams(long campaignId, int wave, List<TrainingInput.TeamRow> rows, List<FieldProblem> problems) {
        if (rows.isEmpty()) {
            problems.add(FieldProblem.of("invitedTeams", "training.noTeamInvited"));
            return;
        }
        Set<Long> untrained = new HashSet<>();
        untrainedTeams(campaignId, wave).forEach(t -> untrained.add(t.id()));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String value = rows.get(i) == null ? null : rows.get(i).team();
            Long id = id(value);
            String path = "invitedTeams[" + i + "].team";
            if (id == null || !untrained.contains(id)) {
                problems.add(FieldProblem.of(path, "training.teamNotUntrained", value));
            } else if (!seen.add(id)) {
                problems.add(FieldProblem.of(path, "file.duplicate", value));
            }
        }
    }

    /** Saves a checked session and its invitations; returns the session's id. */
    @Transactional
    public long saveSession(long campaignId, int wave, TrainingInput.Session form, String processInstanceId) {
        boolean inPerson = IN_PERSON.equals(form.mode());
        Long session = jdbc.queryForObject("insert into drive.training_session (campaign_id, wave, session_date, mode,"
                        + " place, platform, topics, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class, campaignId, wave, Date.valueOf(LocalDate.parse(form.date().substring(0, 10))),
                form.mode(), inPerson ? form.place() : null, inPerson ? null : form.platform(), form.topics(),
                processInstanceId);
        for (Long team : new HashSet<>(form.teams().stream().map(r -> id(r.team())).toList())) {
            jdbc.update("insert into drive.training_invitation (session_id, team_id) values (?, ?)", session, team);
        }
        return session;
    }

    /** The members of the teams invited to a session, team by team in their nomination order. */
    @Transactional(readOnly = true)
    public List<InvitedMember> invitedMembers(long sessionId) {
        return jdbc.query("select m.id, m.full_name, t.name from drive.training_invitation i"
                        + " join drive.team t on t.id = i.team_id join drive.team_member m on m.team_id = t.id"
                        + " where i.session_id = ? order by t.id, m.position",
                (rs, i) -> new InvitedMember(rs.getLong(1), rs.getString(2), rs.getString(3)), sessionId);
    }

    /** Problems of an attendance list: each row a member of an invited team, no member twice. */
    @Transactional(readOnly = true)
    public List<FieldProblem> checkAttendance(long sessionId, List<TrainingInput.AttendanceRow> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(FieldProblem.of("attendance", "training.attendanceEmpty"));
            return problems;
        }
        Set<Long> invited = new HashSet<>();
        invitedMembers(sessionId).forEach(m -> invited.add(m.id()));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String value = rows.get(i) == null ? null : rows.get(i).member();
            Long id = id(value);
            String path = "attendance[" + i + "].member";
            if (id == null || !invited.contains(id)) {
                problems.add(FieldProblem.of(path, "training.memberNotInvited", value));
            } else if (!seen.add(id)) {
                problems.add(FieldProblem.of(path, "file.duplicate", value));
            }
        }
        return problems;
    }

    /**
     * Stores a session's attendance (an invited member left off the list did not attend; a retry replaces the same
     * rows) and marks the invited teams that now reach the plan's share as trained.
     *
     * @return the ids of the teams trained by this session
     */
    @Transactional
    public List<Long> recordAttendance(long campaignId, long sessionId, List<TrainingInput.AttendanceRow> rows,
                                Instant at) {
        Set<Long> present = new HashSet<>();
        rows.stream().filter(r -> r != null && r.present()).forEach(r -> present.add(id(r.member())));
        jdbc.update("delete from drive.training_attendance where session_id = ?", sessionId);
        for (InvitedMember member : invitedMembers(sessionId)) {
            jdbc.update("insert into drive.training_attendance (session_id, member_id, attended) values (?, ?, ?)",
                    sessionId, member.id(), present.contains(member.id()));
        }
        int share = sharePercent(campaignId);
        Map<Long, int[]> counts = new LinkedHashMap<>();
        // Members who attended any session of this campaign, per invited team not yet trained.
        jdbc.query("select t.id, count(m.id), count(m.id) filter (where exists (select 1"
                + " from drive.training_attendance a join drive.training_session s on s.id = a.session_id"
                + " where a.member_id = m.id and a.attended and s.campaign_id = t.campaign_id))"
                + " from drive.training_invitation i join drive.team t on t.id = i.team_id"
                + " left join drive.team_member m on m.team_id = t.id"
                + " where i.session_id = ? and not exists (select 1 from drive.team_training x where x.team_id = t.id)"
                + " group by t.id order by t.id", rs -> {
                    counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                }, sessionId);
        List<Long> trained = new ArrayList<>();
        counts.forEach((team, c) -> {
            if (reachesShare(c[1], c[0], share)) {
                jdbc.update("insert into drive.team_training (team_id, session_id, trained_at) values (?, ?, ?)"
                        + " on conflict (team_id) do nothing", team, sessionId, Timestamp.from(at));
                trained.add(team);
            }
        });
        return trained;
    }

    /** Whole numbers: 4 of 5 members reach 80 %, 3 of 4 do not. */
    static boolean reachesShare(int attended, int members, int sharePercent) {
        return attended * 100L >= (long) sharePercent * members;
    }

    private int sharePercent(long campaignId) {
        PlanFile.TrainingRule rule = plans.rulesOf(campaigns.findById(campaignId).orElseThrow().getPlan())
                .training();
        return rule == null || rule.attendanceSharePercent() == null ? DEFAULT_SHARE_PERCENT
                : rule.attendanceSharePercent();
    }

    private static Long id(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
