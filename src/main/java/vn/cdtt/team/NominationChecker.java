package vn.cdtt.team;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.cdtt.geography.Village;
import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FormFields;
import vn.cdtt.plan.PlanFile.MemberRange;
import vn.cdtt.plan.PlanFile.Range;
import vn.cdtt.plan.PlanFile.TeamRules;
import vn.cdtt.team.Nomination.MemberNomination;
import vn.cdtt.team.Nomination.TeamNomination;

/**
 * Checks a commune's nomination against its plan: team sizes (Quảng Trị: commune 5, village 5–8), the village head
 * as a member (Cần Thơ, national guidance), one team head, a Zalo group link where the plan asks for one, villages
 * of this commune each at most once, and how many village teams this wave expects.
 */
final class NominationChecker {

    private static final Pattern PHONE = Pattern.compile("0\\d{9}");
    private static final Pattern ZALO = Pattern.compile("https://zalo\\.me/\\S+");
    /** The columns that keep them (drive.team, drive.team_member). */
    private static final int MAX_NAME = 200;
    private static final int MAX_LINK = 300;

    private final TeamRules rules;
    private final Map<String, Village> villagesOfCommune;
    private final Range expectedVillageTeams;
    private final boolean communeTeamExists;
    private final List<FieldProblem> problems = new ArrayList<>();

    /**
     * @param villagesOfCommune    the commune's villages by code
     * @param expectedVillageTeams how many village teams this wave asks for (null: any number)
     * @param communeTeamExists    an earlier wave founded the commune team already
     */
    NominationChecker(TeamRules rules, Map<String, Village> villagesOfCommune, Range expectedVillageTeams,
                      boolean communeTeamExists) {
        this.rules = rules;
        this.villagesOfCommune = villagesOfCommune;
        this.expectedVillageTeams = expectedVillageTeams;
        this.communeTeamExists = communeTeamExists;
    }

    List<FieldProblem> check(Nomination nomination) {
        Set<String> villages = new HashSet<>();
        int communeTeams = 0;
        for (int t = 0; t < nomination.teams().size(); t++) {
            TeamNomination team = nomination.teams().get(t);
            String path = "teams[" + t + "]";
            if (team.isCommuneTeam()) {
                communeTeams++;
                if (rules.commune() == null) {
                    problem(path + ".villageCode", "team.communeTeamNotInPlan");
                } else if (communeTeamExists) {
                    problem(path + ".villageCode", "team.communeHasTeam");
                } else if (communeTeams > 1) {
                    problem(path + ".villageCode", "team.secondCommuneTeam");
                }
                checkMembers(path, team, rules.commune(), false);
            } else {
                String code = team.villageCode().strip();
                if (!villagesOfCommune.containsKey(code)) {
                    problem(path + ".villageCode", "team.unknownVillage", code);
                } else if (!villages.add(code)) {
                    problem(path + ".villageCode", "file.duplicate", code);
                }
                checkMembers(path, team, rules.village(),
                        rules.village() != null && Boolean.TRUE.equals(rules.village().headOfVillageRequired()));
            }
            if (FormFields.blank(team.name())) {
                problem(path + ".name", "file.required");
            } else if (team.name().strip().length() > MAX_NAME) {
                problem(path + ".name", "form.tooLong", MAX_NAME);
            }
            checkZalo(path, team.zaloLink());
        }
        if (rules.commune() != null && communeTeams == 0 && !communeTeamExists) {
            problem("teams", "team.communeTeamMissing");
        }
        checkVillageCount(nomination.teams().size() - communeTeams);
        return problems;
    }

    private void checkMembers(String path, TeamNomination team, MemberRange range, boolean villageHeadRequired) {
        List<MemberNomination> members = team.members();
        int size = members.size();
        if (range != null && range.min() != null && size < range.min()) {
            problem(path + ".members", "team.tooFewMembers", size, range.min());
        }
        if (range != null && range.max() != null && size > range.max()) {
            problem(path + ".members", "team.tooManyMembers", size, range.max());
        }
        long heads = members.stream().filter(MemberNomination::head).count();
        if (size > 0 && heads != 1) {
            problem(path + ".members", "team.oneHead", heads);
        }
        if (villageHeadRequired && members.stream().noneMatch(MemberNomination::villageHead)) {
            problem(path + ".members", "team.villageHeadMissing");
        }
        for (int m = 0; m < size; m++) {
            MemberNomination member = members.get(m);
            String memberPath = path + ".members[" + m + "]";
            if (FormFields.blank(member.fullName())) {
                problem(memberPath + ".fullName", "file.required");
            } else if (member.fullName().strip().length() > MAX_NAME) {
                problem(memberPath + ".fullName", "form.tooLong", MAX_NAME);
            }
            if (member.phone() != null && !member.phone().isBlank()
                    && !PHONE.matcher(member.phone().replace(" ", "")).matches()) {
                problem(memberPath + ".phone", "team.badPhone", member.phone());
            }
        }
    }

    private void checkZalo(String path, String link) {
        boolean blank = link == null || link.isBlank();
        if (blank && Boolean.TRUE.equals(rules.zaloLinkRequired())) {
            problem(path + ".zaloLink", "team.zaloRequired");
        } else if (!blank && link.strip().length() > MAX_LINK) {
            problem(path + ".zaloLink", "form.tooLong", MAX_LINK);
        } else if (!blank && !ZALO.matcher(link.strip()).matches()) {
            problem(path + ".zaloLink", "team.badZalo", link);
        }
    }

    private void checkVillageCount(int villageTeams) {
        if (expectedVillageTeams == null) {
            return;
        }
        if (expectedVillageTeams.min() != null && villageTeams < expectedVillageTeams.min()
                || expectedVillageTeams.max() != null && villageTeams > expectedVillageTeams.max()) {
            problem("teams", "team.villageTeamCount", villageTeams, expectedVillageTeams.min(),
                    expectedVillageTeams.max());
        }
    }

    private void problem(String path, String key, Object... arguments) {
        problems.add(FieldProblem.of(path, key, arguments));
    }
}
