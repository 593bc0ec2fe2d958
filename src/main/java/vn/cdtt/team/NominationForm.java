package vn.cdtt.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.cdtt.engine.FormLists;

/**
 * The nomination form's two lists, as Tasklist submits them (JSON): {@code teams} rows {villageCode, name, zaloLink}
 * and {@code members} rows {team, fullName, phone, head, villageHead, youthUnion}. A member's {@code team} is the
 * village code of its team, or {@value #COMMUNE_TEAM} for the commune team.
 */
public final class NominationForm {

    static final String COMMUNE_TEAM = "XA";
    record TeamRow(String villageCode, String name, String zaloLink) {
    }

    record MemberRow(String team, String fullName, String phone, Boolean head, Boolean villageHead,
                     Boolean youthUnion) {
    }

    private NominationForm() {
    }

    /** @param teams and members: a JSON text, a Spin JSON node, or already-parsed lists */
    public static Nomination read(Object teams, Object members) {
        List<TeamRow> teamRows = FormLists.read(teams, "teams", TeamRow[].class);
        Map<String, List<MemberRow>> byTeam = FormLists.read(members, "members", MemberRow[].class).stream()
                .collect(Collectors.groupingBy(m -> key(m.team())));
        List<Nomination.TeamNomination> nominated = new ArrayList<>();
        for (TeamRow row : teamRows) {
            String key = key(row.villageCode());
            List<Nomination.MemberNomination> teamMembers = byTeam.getOrDefault(key, List.of()).stream()
                    .map(m -> new Nomination.MemberNomination(m.fullName(), m.phone(), Boolean.TRUE.equals(m.head()),
                            Boolean.TRUE.equals(m.villageHead()), Boolean.TRUE.equals(m.youthUnion())))
                    .toList();
            nominated.add(new Nomination.TeamNomination(COMMUNE_TEAM.equals(key) ? "" : key, row.name(),
                    row.zaloLink(), teamMembers));
        }
        return new Nomination(nominated);
    }

    private static String key(String team) {
        return team == null || team.isBlank() ? COMMUNE_TEAM : team.strip();
    }

}
