package vn.cdtt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import vn.cdtt.kernel.input.FieldProblem;
import vn.cdtt.kernel.input.FileRefusedException;
import vn.cdtt.support.DemoAccounts;
import vn.cdtt.support.ProductTest;

/** Plans as data: the five shipped plans load, and every kind of bad plan is refused with file, path and reason. */
@ProductTest
class PlanServiceTest {

    @Autowired
    PlanService service;
    @Autowired
    PlanValidator validator;
    @Autowired
    PlanRepository plans;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestRestTemplate http;

    @Test
    void theFiveShippedPlansAreLoadedAtStartUp() {
        List<String> codes = transaction.execute(s -> plans.findLatestVersions().stream().map(Plan::getCode).toList());
        assertThat(codes).contains("hau-giang-2022", "quang-tri-115", "phu-ninh-2022", "can-tho-1170",
                "can-tho-2026");
    }

    @Test
    void hauGiangsQuarterTargetsAreStoredAsData() {
        Map<String, Map<String, BigDecimal>> targets = transaction.execute(s -> {
            Plan plan = plans.findFirstByCodeOrderByVersionDesc("hau-giang-2022").orElseThrow();
            return plan.getPhases().stream().collect(Collectors.toMap(PlanPhase::getCode, phase -> phase.getTargets()
                    .entrySet().stream().collect(Collectors.toMap(e -> e.getKey().getCode(), Map.Entry::getValue))));
        });
        assertThat(targets.get("Q3-2022")).containsOnly(
                Map.entry("ONLINE_DOSSIERS", new BigDecimal("30.00")),
                Map.entry("DIGITAL_SKILL_HOUSEHOLDS", new BigDecimal("70.00")),
                Map.entry("PROVINCIAL_APP_HOUSEHOLDS", new BigDecimal("50.00")));
        assertThat(targets.get("Q4-2022")).containsOnly(
                Map.entry("ONLINE_DOSSIERS", new BigDecimal("50.00")),
                Map.entry("DIGITAL_SKILL_HOUSEHOLDS", new BigDecimal("90.00")),
                Map.entry("PROVINCIAL_APP_HOUSEHOLDS", new BigDecimal("80.00")));
    }

    @Test
    void theTwoTierPlanCoversCanThoOf2025AndPhuNinhItsDistrict() {
        List<String> areas = transaction.execute(s -> List.of(
                scopeOf("can-tho-2026"), plans.findFirstByCodeOrderByVersionDesc("can-tho-2026").orElseThrow()
                        .getProvince().getHierarchy().name(), scopeOf("phu-ninh-2022")));
        assertThat(areas).containsExactly("Thành phố Cần Thơ", "VN2025", "Huyện Phú Ninh");
    }

    @Test
    void rulesAreReadBackFromTheStoredFile() {
        PlanFile rules = transaction.execute(s -> service.rulesOf(
                plans.findFirstByCodeOrderByVersionDesc("quang-tri-115").orElseThrow()));
        assertThat(rules.pilot().communesPerDistrict()).isEqualTo(2);
        assertThat(rules.teams().village().max()).isEqualTo(8);
        assertThat(rules.scaleUp().villagesPerCommune().min()).isEqualTo(5);
    }

    @Test
    void loadingTheSameFileAgainChangesNothingAndAChangedFileIsANewVersion() throws IOException {
        String text = shipped("phu-ninh-2022.yaml").replace("code: phu-ninh-2022", "code: phu-ninh-copy");
        PlanService.Loaded first = service.load(bytes(text), "copy.yaml");
        PlanService.Loaded again = service.load(bytes(text), "copy.yaml");
        PlanService.Loaded changed = service.load(bytes(text.replace("reminderDaysBefore: 7",
                "reminderDaysBefore: 5")), "copy.yaml");
        assertThat(again).isEqualTo(new PlanService.Loaded("phu-ninh-copy", first.version(), false));
        assertThat(changed).isEqualTo(new PlanService.Loaded("phu-ninh-copy", first.version() + 1, true));
    }

    @Test
    void aDistrictRoleForAProvinceWideStepIsRefused() throws IOException {
        assertRefused(hauGiang().replace("FINAL_REVIEW: { role: PROVINCIAL_LEADERSHIP }",
                "FINAL_REVIEW: { role: DISTRICT_COMMITTEE }"), "steps.FINAL_REVIEW.role",
                "plan.districtRoleForProvinceStep");
    }

    @Test
    void reviewsAreHeldByTheProvinceOrEachDistrictNeverByCommunesAndDistrictReviewsHaveNoProvincialRemediation()
            throws IOException {
        assertRefused(hauGiang().replace("HOLD_PHASE_REVIEW: { role: PROVINCIAL_LEADERSHIP }",
                "HOLD_PHASE_REVIEW: { role: COMMUNE_COMMITTEE }"), "steps.HOLD_PHASE_REVIEW.role",
                "plan.reviewBelowDistrict");
        String byDistricts = hauGiang().replace("HOLD_PHASE_REVIEW: { role: PROVINCIAL_LEADERSHIP }",
                "HOLD_PHASE_REVIEW: { role: DISTRICT_COMMITTEE }");
        assertThat(validator.check(vn.cdtt.kernel.input.YamlFiles.read(bytes(byDistricts), "by-districts.yaml",
                PlanFile.class)).problems()).as("each district reviews its own area").isEmpty();
        assertRefused(byDistricts.replace("HOLD_PHASE_REVIEW: { role: DISTRICT_COMMITTEE }",
                "HOLD_PHASE_REVIEW: { role: DISTRICT_COMMITTEE }\n  PLAN_REMEDIATION: { role: DIGITAL_DEPT }"),
                "steps.PLAN_REMEDIATION", "plan.remediationNeedsProvinceReview");
    }

    @Test
    void aScaleUpAfterNamedPhasesNeedsKnownPhasesAndADeadlineAfterTheirReports() throws IOException {
        String quangTri = shipped("quang-tri-115.yaml").replace("code: quang-tri-115", "code: quang-tri-test");
        assertRefused(quangTri.replace("after: [PILOT]", "after: [PILOTS]"), "scaleUp.after[0]",
                "plan.unknownPhase");
        assertRefused(quangTri.replace("deadline: 2022-10-31", "deadline: 2022-08-01"), "scaleUp.deadline",
                "plan.scaleUpDueBeforeReview");
        assertRefused(quangTri.replace("  deadline: 2022-10-31", ""), "scaleUp.deadline", "file.required");
    }

    @Test
    void aCommuneRoleForAProvinceWideStepOrCoOwnerIsRefused() throws IOException {
        assertRefused(hauGiang().replace("FINAL_REVIEW: { role: PROVINCIAL_LEADERSHIP }",
                "FINAL_REVIEW: { role: PROVINCIAL_LEADERSHIP, with: [COMMUNE_COMMITTEE] }"),
                "steps.FINAL_REVIEW.role", "plan.districtRoleForProvinceStep");
    }

    @Test
    void aCommunesOwnWorkNeedsACommuneOwnerAndTakesHigherAgenciesOnlyAsCoOwners() throws IOException {
        assertRefused(hauGiang().replace("SUBMIT_PHASE_REPORT: { role: COMMUNE_COMMITTEE }",
                "SUBMIT_PHASE_REPORT: { role: DIGITAL_DEPT }"), "steps.SUBMIT_PHASE_REPORT.role",
                "plan.communeWorkNeedsCommuneRole");
        String coOwned = hauGiang().replace("ESTABLISH_TEAMS: { role: COMMUNE_COMMITTEE, due: 2022-06-30 }",
                "ESTABLISH_TEAMS: { role: COMMUNE_COMMITTEE, with: [YOUTH_UNION], due: 2022-06-30 }");
        assertThat(validator.check(vn.cdtt.kernel.input.YamlFiles.read(bytes(coOwned), "co-owned.yaml",
                PlanFile.class)).problems()).isEmpty();
    }

    @Test
    void workEachOwnerDoesForItselfHasNoSharedCoOwnersAndIsNotWhatTheLeaderApproves() throws IOException {
        String canTho = shipped("can-tho-1170.yaml").replace("code: can-tho-1170", "code: can-tho-test");
        assertRefused(canTho.replace("      role: DISTRICT_COMMITTEE\n", "      role: DISTRICT_COMMITTEE\n"
                + "      with: [DIGITAL_DEPT]\n"), "stages.assignments[1].with", "plan.eachOwnHasNoCoOwners");
        assertRefused(canTho.replace("  VERIFY_PHASE_REPORT: { role: DISTRICT_COMMITTEE }",
                "  VERIFY_PHASE_REPORT: { role: DISTRICT_COMMITTEE, with: [SECTOR_DEPT] }"),
                "steps.VERIFY_PHASE_REPORT.role", "plan.sectorDeptsOnlyOwnAssignments");
        assertRefused(canTho.replace("SUBMIT_SECTOR_REPORT: { role: SECTOR_DEPT }",
                "SUBMIT_SECTOR_REPORT: { role: DIGITAL_DEPT }"), "steps.SUBMIT_SECTOR_REPORT.role",
                "plan.sectorReportsByDepartments");
        String onlyOwnWork = canTho.substring(0, canTho.indexOf("    - code: BUILD_CRITERIA_SET"))
                + canTho.substring(canTho.indexOf("  founding: {}"));
        assertRefused(onlyOwnWork.replace("  founding: {}\n", "  approval: {}\n  founding: {}\n")
                .replace("  ESTABLISH_TEAMS:", "  APPROVE_PLANS: { role: PROVINCIAL_LEADERSHIP }\n  ESTABLISH_TEAMS:"),
                "stages.approval", "plan.approvalWithoutDrafts");
    }

    @Test
    void aCompiledReportIsDueAfterItOpensAndOnlyWhereSomeoneCompiles() throws IOException {
        String canTho = shipped("can-tho-1170.yaml").replace("code: can-tho-1170", "code: can-tho-test");
        assertRefused(canTho.replace("compileDays: 5", "compileDays: 1"), "stages.reporting.compileDays",
                "plan.compileDueBeforeItOpens");
        assertRefused(canTho.replace("compileDays: 5", "compileDays: 90"), "stages.reporting.compileDays",
                "plan.outOfRange");
        assertRefused(canTho.replace("  COMPILE_PHASE_REPORT: { role: DIGITAL_DEPT }\n", ""),
                "stages.reporting.compileDays", "plan.compileDaysWithoutCompiler");
    }

    @Test
    void aMissingFieldIsRefused() throws IOException {
        assertRefused(hauGiang().replace("reference: 103/KH-UBND\n", ""), "reference", "file.required");
    }

    @Test
    void aPhaseThatEndsBeforeItStartsIsRefused() throws IOException {
        assertRefused(hauGiang().replace("    end: 2022-09-30", "    end: 2022-06-30"), "phases[1].end",
                "file.endBeforeStart");
    }

    @Test
    void aPercentageTargetOver100IsRefused() throws IOException {
        assertRefused(hauGiang().replace("DIGITAL_SKILL_HOUSEHOLDS: 90", "DIGITAL_SKILL_HOUSEHOLDS: 120"),
                "phases[2].targets.DIGITAL_SKILL_HOUSEHOLDS", "plan.targetOver100");
    }

    @Test
    void controlCharactersAndBidiOverridesAreRefusedNamingTheKey() throws IOException {
        // YAML's escapes in double quotes reach every control character; a bidi override may be typed as it is.
        assertRefused(hauGiang().replace("reference: 103/KH-UBND", "reference: \"103/KH-\\0UBND\""),
                "reference", "file.badCharacter");
        assertRefused(hauGiang().replace("reference: 103/KH-UBND", "reference: \"103/KH\\x85UBND\""),
                "reference", "file.badCharacter");
        assertRefused(hauGiang().replace("reference: 103/KH-UBND", "reference: \"103/KH-UBND\\x7F\""),
                "reference", "file.badCharacter");
        assertRefused(hauGiang().replace("  vi: Thành lập và tổ chức", "  vi: Thành lập \u202Evà tổ chức"),
                "name.vi", "file.badCharacter");
        assertRefused(hauGiang().replace("code: ONLINE_DOSSIERS", "code: \"ONLINE_DOSSIERS\\t\""),
                "indicators[0].code", "file.badCharacter");
        // No value of a plan takes several lines.
        assertRefused(hauGiang().replace("reference: 103/KH-UBND", "reference: \"103/KH\\nUBND\""),
                "reference", "file.badCharacter");
        // A key is named with the character shown as its code.
        assertRefused(hauGiang().replace("  FINAL_REVIEW:", "  \"FINAL\\u2066_REVIEW\":"),
                "steps.FINAL<U+2066>_REVIEW", "file.badCharacterInKey");
    }

    @Test
    void aStageThatIsOnNeedsItsRolesAndARoleNeedsItsStage() throws IOException {
        assertRefused(hauGiang().replace("  LAUNCH_DRIVE: { role: PROVINCIAL_LEADERSHIP }\n", ""),
                "steps.LAUNCH_DRIVE", "plan.stageNeedsRole");
        assertRefused(hauGiang().replace("  launch: { commitments: true }\n", ""), "steps.LAUNCH_DRIVE",
                "plan.roleWithoutStage");
        assertRefused(hauGiang().replace("  APPROVE_PLANS:", "  DRAFT_EMULATION_PLAN: { role: DIGITAL_DEPT }\n"
                + "  APPROVE_PLANS:"), "steps.DRAFT_EMULATION_PLAN", "plan.draftStepInStages");
    }

    @Test
    void stagesThatBuildOnAnotherNeedIt() throws IOException {
        assertRefused(hauGiang().replace("  reviews: {}\n", "").replace("  HOLD_PHASE_REVIEW: { role:"
                + " PROVINCIAL_LEADERSHIP }\n", ""), "stages.commendation", "plan.stageNeeds");
        assertRefused(shipped("phu-ninh-2022.yaml").replace("code: phu-ninh-2022", "code: phu-ninh-test")
                .replace("  founding: { catchUp: true }\n", "  training: {}\n").replace("  ESTABLISH_TEAMS:", "  TRAIN_TEAMS:"
                        + " { role: COMMUNE_COMMITTEE }\n  ESTABLISH_TEAMS:"), "stages.training", "plan.stageNeeds");
        assertRefused(shipped("phu-ninh-2022.yaml").replace("code: phu-ninh-2022", "code: phu-ninh-test")
                .replaceAll("(?s)\nstages:\n.*?\nindicators:", "\nstages: {}\nindicators:"), "stages", "plan.noStage");
    }

    @Test
    void reportsMustOpenNoLaterThanTheirReminder() throws IOException {
        // Phú Ninh reminds 7 days before: reports that open 5 days before would be reminded before they exist.
        assertRefused(shipped("phu-ninh-2022.yaml").replace("code: phu-ninh-2022", "code: phu-ninh-test")
                .replace("reporting: { leadDays: 10, compileDays: 5 }", "reporting: { leadDays: 5 }"),
                "stages.reporting.leadDays",
                "plan.leadShorterThanReminder");
        assertRefused(hauGiang().replace("reporting: { leadDays: 10 }", "reporting: {}"),
                "stages.reporting.leadDays", "file.required");
    }

    @Test
    void anAssignmentSaysWhatItDeliversAndWhenAndAnEventStageTakesNoDate() throws IOException {
        assertRefused(hauGiang().replace("      due: 2022-06-15\n    - code: PLAN_CASHLESS_PAYMENTS",
                "    - code: PLAN_CASHLESS_PAYMENTS"), "stages.assignments[2].due", "file.required");
        assertRefused(hauGiang().replace("      due: 2022-05-31\n    - code: DRAFT_EMULATION_PLAN",
                "      opens: 2022-06-01\n      due: 2022-05-31\n    - code: DRAFT_EMULATION_PLAN"),
                "stages.assignments[0].opens", "plan.opensOnOrAfterDue");
        assertRefused(hauGiang().replace("code: PROPOSE_IT_STAFFING", "code: DRAFT_EMULATION_PLAN"),
                "stages.assignments[2].code", "file.duplicate");
        assertRefused(hauGiang().replace("  training: {}", "  training: { opens: 2022-07-01 }"),
                "stages.training.opens", "plan.opensNotApplicable");
        assertRefused(hauGiang().replace("  reviews: {}\n  finalReview: {}", "  reviews: {}\n  finalReview: {}")
                .replace("  FINAL_REVIEW: { role: PROVINCIAL_LEADERSHIP }", "  FINAL_REVIEW: { role:"
                        + " PROVINCIAL_LEADERSHIP, due: 2023-12-31 }"), "steps.FINAL_REVIEW.due",
                "plan.finalReviewBeforeReports");
    }

    @Test
    void aPlanWithoutAStageLeavesOutItsRules() throws IOException {
        assertRefused(shipped("quang-tri-115.yaml").replace("code: quang-tri-115", "code: quang-tri-test")
                .replace("  founding: {}\n", ""), "pilot",
                "plan.ruleWithoutStage");
    }

    @Test
    void anUnknownRoleIsRefused() throws IOException {
        assertRefused(hauGiang().replace("FINAL_REVIEW: { role: PROVINCIAL_LEADERSHIP",
                "FINAL_REVIEW: { role: PERSONNEL_DEPT"), "steps.FINAL_REVIEW.role", "file.badValue");
    }

    @Test
    void anUnknownStepIsRefused() throws IOException {
        assertRefused(hauGiang().replace("  FINAL_REVIEW:", "  HIRE_STAFF:"), "steps", "file.badValue");
    }

    @Test
    void aTargetForAnUnknownIndicatorIsRefused() throws IOException {
        assertRefused(hauGiang().replace("targets: { WORKING_AGE_DIGITAL_SKILLS: 95 }",
                "targets: { WORKING_AGE_DIGITAL_SKILL: 95 }"), "phases[3].targets.WORKING_AGE_DIGITAL_SKILL",
                "plan.unknownIndicator");
    }

    @Test
    void teamMinimumOverMaximumIsRefused() throws IOException {
        assertRefused(shipped("quang-tri-115.yaml").replace("village: { min: 5, max: 8 }",
                "village: { min: 9, max: 8 }"), "teams.village.min", "plan.minOverMax");
    }

    @Test
    void districtsInATwoTierPlanAreRefused() throws IOException {
        String text = shipped("can-tho-2026.yaml");
        assertRefused(text.replace("SELECT_PILOT: { role: DIGITAL_DEPT", "SELECT_PILOT: { role: DISTRICT_COMMITTEE"),
                "steps.SELECT_PILOT.role", "plan.districtRoleInTwoTiers");
        assertRefused(text.replace("rule: PROVINCE_SELECTS", "rule: COMMUNES_PER_DISTRICT\n  communesPerDistrict: 2"),
                "pilot.rule", "plan.districtRuleInTwoTiers");
    }

    @Test
    void aReportDueBeforeThePhaseEndsIsRefused() throws IOException {
        assertRefused(hauGiang().replace("reportDue: 2022-10-05", "reportDue: 2022-09-15"),
                "phases[1].reportDue", "plan.reportBeforeEnd");
    }

    @Test
    void onlyAdministratorsUploadAndRefusalsNameFileAndPath() throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml"));
        HttpEntity<byte[]> bad = new HttpEntity<>(bytes(hauGiang().replace("issuedOn: 2022-05-30\n", "")), headers);

        ResponseEntity<String> official = http.withBasicAuth(DemoAccounts.DIGITAL_DEPT, DemoAccounts.PASSWORD)
                .exchange("/api/plans?name=x.yaml", HttpMethod.POST, bad, String.class);
        assertThat(official.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> admin = http.withBasicAuth("admin", "Test@Kiemthu-2026")
                .exchange("/api/plans?name=hau-giang-bad.yaml", HttpMethod.POST, bad, Map.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.getBody()).containsEntry("file", "hau-giang-bad.yaml");
        assertThat((List<Map<String, Object>>) admin.getBody().get("errors")).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("path", "issuedOn")
                        .containsEntry("message", "Bắt buộc phải có giá trị."));

        ResponseEntity<List> listed = http.withBasicAuth(DemoAccounts.COMMUNE_A, DemoAccounts.PASSWORD)
                .getForEntity("/api/plans", List.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody()).extracting(p -> ((Map<?, ?>) p).get("code")).contains("hau-giang-2022");
    }

    private void assertRefused(String text, String path, String key) {
        long before = plans.count();
        assertThatThrownBy(() -> service.load(bytes(text), "bad-plan.yaml"))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.file()).isEqualTo("bad-plan.yaml");
                    assertThat(e.problems()).extracting(FieldProblem::path, FieldProblem::messageKey)
                            .contains(tuple(path, key));
                });
        assertThat(plans.count()).as("nothing saved").isEqualTo(before);
    }

    private String scopeOf(String code) {
        return plans.findFirstByCodeOrderByVersionDesc(code).orElseThrow().getScope().getFullName();
    }

    private static String hauGiang() throws IOException {
        return shipped("hau-giang-2022.yaml").replace("code: hau-giang-2022", "code: hau-giang-test");
    }

    private static String shipped(String file) throws IOException {
        return new ClassPathResource("plans/" + file).getContentAsString(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
