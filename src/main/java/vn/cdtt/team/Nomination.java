package vn.cdtt.team;

import java.util.List;

/**
 * What a commune committee submits: its commune team (if the plan has one) and its village teams, with members.
 * The shape of the team-nomination form's data.
 */
public record Nomination(List<TeamNomination> teams) {

    public Nomination {
        teams = teams == null ? List.of() : teams;
    }

    /** {@code villageCode} is empty for the commune team. */
    public record TeamNomination(String villageCode, String name, String zaloLink, List<MemberNomination> members) {
        public TeamNomination {
            members = members == null ? List.of() : members;
        }

        boolean isCommuneTeam() {
            return villageCode == null || villageCode.isBlank();
        }
    }

    /** {@code head}: leads the team (tổ trưởng); {@code villageHead}: is the village's head (trưởng thôn/ấp). */
    public record MemberNomination(String fullName, String phone, boolean head, boolean villageHead,
                                   boolean youthUnion) {
    }
}
