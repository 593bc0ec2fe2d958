package vn.cdtt.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The nomination form's two lists, as Tasklist submits them (JSON): {@code teams} rows {villageCode, name, zaloLink}
 * and {@code members} rows {team, fullName, phone, head, villageHead, youthUnion}. A member's {@code team} is the
 * village code of its team, or {@value #COMMUNE_TEAM} for the commune team.
 */
final class NominationForm {

    static final String COMMUNE_TEAM = "XA";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    record TeamRow(String villageCode, String name, String zaloLink) {
    }

    record MemberRow(String team, String fullName, String phone, Boolean head, Boolean villageHead,
                     Boolean youthUnion) {
    }

    private NominationForm() {
    }

    /** @param teams and members: a JSON text, a Spin JSON node, or already-parsed lists */
    static Nomination read(Object teams, Object members) {
        List<TeamRow> teamRows = rows(teams, TeamRow[].class);
        Map<String, List<MemberRow>> byTeam = rows(members, MemberRow[].class).stream()
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

    private static <T> List<T> rows(Object value, Class<T[]> type) {
        if (value == null) {
            return List.of();
        }
        try {
            String json = value instanceof String text ? text
                    : value instanceof List<?> || value instanceof Map<?, ?> ? JSON.writeValueAsString(value)
                    : value.toString(); // a Spin JSON node prints as its JSON
            T[] parsed = JSON.readValue(json, type);
            return parsed == null ? List.of() : List.of(parsed);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The form's list is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
