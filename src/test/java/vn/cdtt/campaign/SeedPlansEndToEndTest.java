package vn.cdtt.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.cdtt.campaign.flow.CampaignLifecycleProcess;
import vn.cdtt.commendation.flow.CommendationProcess;
import vn.cdtt.commitment.flow.CommitmentRegistrationProcess;
import vn.cdtt.deadline.DeadlineEvents;
import vn.cdtt.deadline.DeadlineKind;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.Hierarchy;
import vn.cdtt.geography.VillageImportService;
import vn.cdtt.geography.VillageRepository;
import vn.cdtt.organization.OrganizationImportService;
import vn.cdtt.plan.PlanFile;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.plan.PlanService;
import vn.cdtt.plan.PlanStep;
import vn.cdtt.reporting.flow.PhaseReportProcess;
import vn.cdtt.review.flow.PhaseReviewProcess;
import vn.cdtt.request.flow.RequestedReportProcess;
import vn.cdtt.support.CampaignWalker;
import vn.cdtt.support.DriveTiming;
import vn.cdtt.support.ProcessDays;
import vn.cdtt.support.ProductTest;
import vn.cdtt.team.flow.TeamEstablishmentProcess;

/**
 * Each seed plan from the Chairman's request to the commendation, on the same processes, with the engine's clock moved
 * from the plan's issue date to its last phase: what each plan is known for is checked in the product's tables.
 */
@ProductTest
class SeedPlansEndToEndTest {

    private static final int MAX_STEPS = 5_000;
    /** The field each bad submission in a walk gets wrong, as the refusal must name it. */
    private static final Map<String, String> FIELDS_NAMED = Map.of(
            TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE, "steeringFormedOn",
            CampaignLifecycleProcess.TASK_LAUNCH_DRIVE, "registrationClosesOn",
            CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT, "commitment",
            PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW, "reviewConclusions",
            CampaignLifecycleProcess.TASK_FINAL_REVIEW, "finalReviewOn");
    /** Every stage a plan can switch on, as the walk's TIMING lines name them. */
    private static final Set<String> EVERY_STAGE = Set.of("ASSIGNMENTS", "APPROVAL", "STEERING_COMMITTEES",
            "FOUNDING", "TRAINING", "LAUNCH", "COMMITMENTS", "REPORTING", "REVIEWS", "FINAL_REVIEW", "COMMENDATION");

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    AdminUnitRepository units;
    @Autowired
    VillageRepository villages;
    @Autowired
    VillageImportService villageImport;
    @Autowired
    OrganizationImportService organization;
    @Autowired
    PlanRepository plans;
    @Autowired
    PlanService planService;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    DeadlineEvents deadlineEvents;
    @Autowired
    JdbcTemplate jdbc;

    private final String run = Long.toString(System.nanoTime(), 36);

    @AfterEach
    void resetClock() {
        ProcessDays.reset();
    }

    /** In the Quảng Trị walk, this district keeps its pilot and scales up nothing... */
    private static final String DECLINING_DISTRICT = "Thành phố Đông Hà";
    /** ...and this one scales up 4 communes; the other seven scale up 3 each. */
    private static final String DISTRICT_OF_FOUR = "Huyện Hướng Hóa";

    @Test
    void quangTrisDistrictsChooseTheirPilotsThenEachDecidesItsOwnScaleUp() throws IOException {
        organization("quang-tri-2022.yaml");
        // After the pilot each district sums up and decides: the first declines, the second scales up 4 communes,
        // the others 3. In the later reviews (scale-up, evaluation) no district may scale up.
        List<String> pilotDecisions = new ArrayList<>();
        Map<String, Boolean> scaleUpOffered = new java.util.TreeMap<>();
        List<String> refusals = new ArrayList<>();
        CampaignWalker walker = walker().policy(new CampaignWalker.Policy() {
            @Override
            public Map<String, Object> answer(Task task, CampaignWalker walker) {
                if (!task.getTaskDefinitionKey().equals(PhaseReviewProcess.TASK_HOLD_DISTRICT_REVIEW)) {
                    return null;
                }
                String phase = (String) walker.variable(task, "phaseCode");
                boolean offered = Boolean.TRUE.equals(walker.variable(task, "scaleUpAllowed"));
                scaleUpOffered.merge(phase, offered, Boolean::logicalOr);
                String conclusions = "Huyện đã tổng hợp, đánh giá kết quả " + walker.variable(task, "phaseName");
                if (!offered) {
                    if (refusals.isEmpty()) {
                        try {
                            tasks.complete(task.getId(), Map.of("reviewDecision", "SCALE_UP", "pilotCommunes",
                                    walker.options(task, "communeOptions", 3), "reviewConclusions", conclusions));
                        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
                            refusals.add(e.getMessage());
                        }
                    }
                    return Map.of("reviewConclusions", conclusions);
                }
                String district = walker.variable(task, "districtName").toString();
                pilotDecisions.add(district);
                return district.equals(DECLINING_DISTRICT)
                        ? Map.of("reviewDecision", "SUSTAIN", "reviewConclusions", conclusions)
                        : Map.of("reviewDecision", "SCALE_UP", "pilotCommunes", walker.options(task,
                                "communeOptions", district.equals(DISTRICT_OF_FOUR) ? 4 : 3),
                                "reviewConclusions", conclusions);
            }
        });
        long campaign = walk(walker, "quang-tri-115");

        // Plan 115: districts pick pilot communes, teams are founded, districts evaluate and scale up; nothing else.
        assertStages(walker, "FOUNDING", "REPORTING", "REVIEWS");
        assertThat(walker.timing().opened("FOUNDING", "-")).as("the pilot starts when the plan does")
                .isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(walker.timing().opened("REPORTING", "PILOT")).as("reports open 10 days before 5/8, while the"
                + " pilot teams are still being founded").isEqualTo(LocalDate.of(2022, 7, 26));
        assertThat(walker.timing().opened("REVIEWS", "PILOT")).as("the districts sum up the pilot once its"
                + " reports are due, in August").isEqualTo(LocalDate.of(2022, 8, 6));
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyLike(key("quang-tri-115")
                + "%").taskDefinitionKey(PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW).count())
                .as("the province holds no review of its own").isZero();
        assertThat(jdbc.queryForList("select p.code || ':' || count(*) from drive.district_review r join"
                + " drive.plan_phase p on p.id = r.phase_id where r.campaign_id = ? group by p.code, p.position"
                + " order by p.position", String.class, campaign))
                .as("each of the 9 districts with communes reviews every phase")
                .containsExactly("PILOT:9", "SCALE-UP:9", "EVALUATION:9");
        assertThat(walker.timing().opened("REVIEWS", "EVALUATION")).as("the districts evaluate within November–"
                + "December, as Plan 115 says").isEqualTo(LocalDate.of(2022, 12, 21));
        assertThat(scaleUpOffered).as("scale-up is offered after the pilot only")
                .containsExactly(Map.entry("EVALUATION", false), Map.entry("PILOT", true),
                        Map.entry("SCALE-UP", false));
        assertThat(refusals).as("a scale-up in a later review is refused").singleElement().asString()
                .contains("không cho nhân rộng");

        assertThat(pilotDecisions).as("every district decides on scale-up after its pilot").hasSize(9)
                .contains(DECLINING_DISTRICT, DISTRICT_OF_FOUR);
        Map<Integer, Map<String, Object>> waves = teamsByWave(campaign);
        assertThat(waves.get(0)).as("9 districts with communes × 2 pilot communes, each 1 commune and 2 village teams")
                .containsEntry("communes", 18L).containsEntry("communeTeams", 18L).containsEntry("villageTeams", 36L);
        assertThat(waves.get(1)).as("one district declines, one scales up 4 communes, seven 3: 25 communes, each"
                + " 1 commune team and 5 village teams").containsEntry("communes", 25L)
                .containsEntry("communeTeams", 25L).containsEntry("villageTeams", 125L);
        assertThat(waves).as("no second scale-up wave").containsOnlyKeys(0, 1);
        assertThat(jdbc.queryForList("select u.full_name || ':' || count(s.commune_id) from drive.district_review r"
                + " join drive.admin_unit u on u.id = r.district_id join drive.plan_phase p on p.id = r.phase_id"
                + " left join drive.pilot_selection s on s.campaign_id = r.campaign_id and s.chosen_by ="
                + " r.district_id and s.wave = 1 where r.campaign_id = ? and p.code = 'PILOT' group by u.full_name",
                String.class, campaign)).as("each district's own decision")
                .contains(DECLINING_DISTRICT + ":0", DISTRICT_OF_FOUR + ":4", "Huyện Cam Lộ:3");
        assertThat(walker.timing().tasks().stream().filter(t -> t.phase().equals("wave-1")
                && t.taskKey().equals(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS)).map(DriveTiming.Opened::due)
                .distinct().toList()).as("the wave is due when the plan's scale-up period ends, 31/10/2022")
                .containsExactly(LocalDate.of(2022, 10, 31));
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CommendationProcess.KEY)
                .processInstanceBusinessKey(key("quang-tri-115")).count()).as("Plan 115 commends nobody").isZero();
        assertThat(groupsGivenWork("quang-tri-115")).as("Plan 115 gives Home Affairs and the State Bank nothing")
                .isNotEmpty().doesNotContain("agency-qt-snv", "agency-qt-nhnn");
        assertEnded(walker, campaign);
    }

    @Test
    void hauGiangsRatingsAtQ3AndQ4FollowItsTargets() {
        Set<String> refused = new java.util.HashSet<>();
        CampaignWalker walker = walker().policy(refusingBadAnswersFirst("hau-giang-2022", refused)).reportValues((phase, unit, indicator, target) -> switch (phase) {
            // Q3 targets 30/70/50 %: every unit reports 32/72/52, all met → MET.
            case "Q3-2022" -> target.add(BigDecimal.valueOf(2));
            // Q4 targets 50/90/80 %: 46/92/82 → dossiers at 92 % of target → NEARLY_MET.
            case "Q4-2022" -> indicator.equals("ONLINE_DOSSIERS") ? BigDecimal.valueOf(46)
                    : target.add(BigDecimal.valueOf(2));
            default -> target;
        });
        long campaign = walk(walker, "hau-giang-2022");

        // The directive and Plan 103 together have every stage; the drafts do not hold up the founding.
        assertStages(walker, EVERY_STAGE.toArray(String[]::new));
        assertThat(walker.timing().opened("FOUNDING", "-")).isEqualTo(LocalDate.of(2022, 5, 30));
        assertThat(walker.timing().opened("REPORTING", "T7-2022")).isEqualTo(LocalDate.of(2022, 7, 26));
        assertThat(refused).as("a bad submission of each was refused first").isEqualTo(FIELDS_NAMED.keySet());

        long province = units.findByHierarchyAndLevelAndCode(Hierarchy.VN2022, AdminLevel.PROVINCE, "93")
                .orElseThrow().getId();
        assertThat(rating(campaign, "Q3-2022", province)).containsExactly("MET", "SCALE_UP");
        assertThat(rating(campaign, "Q4-2022", province)).containsExactly("NEARLY_MET", "SUSTAIN");
        assertThat(jdbc.queryForObject("select count(*) from drive.phase_rating r join drive.plan_phase p on"
                + " p.id = r.phase_id where r.campaign_id = ? and p.code = 'Q3-2022'", Integer.class, campaign))
                .as("75 communes, 8 districts and the province rated").isEqualTo(84);
        assertThat(jdbc.queryForList("select p.code || ':' || r.recommended || '>' || r.decision from"
                + " drive.phase_review r join drive.plan_phase p on p.id = r.phase_id where r.campaign_id = ?"
                + " order by p.position", String.class, campaign))
                .as("no scale-up rule: the MET quarter's recommendation is shown, the decision pre-filled as sustain")
                .contains("Q3-2022:SCALE_UP>SUSTAIN", "Q4-2022:SUSTAIN>SUSTAIN");
        assertThat(proposalStatuses(campaign)).as("a unanimous council passes every proposal").isNotEmpty()
                .containsOnly("PASSED");
        assertThat(awards(campaign)).isPositive();
        // The directive: the Sở TT&TT drafts the decision and the emulation plan with Home Affairs, which sees and
        // may work both; Home Affairs and the State Bank each own their own assignment.
        assertThat(jdbc.queryForList("select t.name_ || ' > ' || string_agg(distinct l.group_id_, ',')"
                + " from act_hi_taskinst t join act_hi_identitylink l on l.task_id_ = t.id_ join act_hi_procinst p"
                + " on p.proc_inst_id_ = t.proc_inst_id_ where p.business_key_ = ? and t.task_def_key_ = ?"
                + " and l.type_ = 'candidate' group by t.name_ order by t.name_", String.class,
                key("hau-giang-2022"), CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT)).containsExactlyInAnyOrder(
                "Dự thảo kế hoạch tuyên truyền, hướng dẫn và kế hoạch phát động thi đua > agency-hg-snv,agency-hg-stttt",
                "Dự thảo quyết định thành lập Tổ công nghệ số cộng đồng > agency-hg-snv,agency-hg-stttt",
                "Nghiên cứu hỗ trợ nhân lực công nghệ thông tin cho cấp huyện, xã > agency-hg-snv",
                "Triển khai thanh toán không dùng tiền mặt > agency-hg-nhnn");
        assertEnded(walker, campaign);
    }

    @Test
    void phuNinhsDeadlineEscalatesTheCommunesThatMissedIt() throws IOException {
        organization("quang-nam-2022.yaml");
        Set<String> late = Set.of("20365", "20368");
        Set<String> refused = new java.util.HashSet<>();
        CampaignWalker.Policy refusing = refusingBadAnswersFirst("phu-ninh-2022", refused);
        Set<String> compilers = new java.util.HashSet<>();
        Set<String> verifiers = new java.util.HashSet<>();
        CampaignWalker walker = walker().policy(new CampaignWalker.Policy() {
            @Override
            public Map<String, Object> answer(Task task, CampaignWalker walker) {
                if (task.getTaskDefinitionKey().equals(CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT)) {
                    groups(task).forEach(g -> compilers.add(g + ">" + walker.variable(task, "recipientName")));
                } else if (task.getTaskDefinitionKey().equals(PhaseReportProcess.TASK_VERIFY_PHASE_REPORT)) {
                    verifiers.addAll(groups(task));
                }
                return refusing.answer(task, walker);
            }

            @Override
            public Date workAt(Task task, CampaignWalker walker) {
                if (task.getTaskDefinitionKey().equals(TeamEstablishmentProcess.TASK_NOMINATE_TEAMS)
                        && late.contains(walker.businessKeyOf(task).split("/")[1])) {
                    return ProcessDays.day(2022, 9, 5);
                }
                return null;
            }
        }).reportValues((phase, unit, indicator, target) -> target.divide(BigDecimal.valueOf(2)));
        long campaign = walk(walker, "phu-ninh-2022");

        assertThat(deadlineEvents.unitCodes(campaign, PlanStep.ESTABLISH_TEAMS, DeadlineKind.ESCALATION))
                .containsExactlyInAnyOrderElementsOf(late);
        assertThat(deadlineEvents.dues(campaign, PlanStep.ESTABLISH_TEAMS, DeadlineKind.ESCALATION))
                .containsExactly(LocalDate.of(2022, 8, 31));
        assertThat(walker.worked()).contains(TeamEstablishmentProcess.TASK_FOLLOW_UP_OVERDUE_COMMUNE);
        assertThat(refused).as("a bad steering committee was refused first")
                .containsExactly(TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE);
        // The district's letter: steering committees, the communes' own plans, a team in every village by 31/8,
        // reports; nothing else.
        assertStages(walker, "ASSIGNMENTS", "STEERING_COMMITTEES", "FOUNDING", "REPORTING");
        assertThat(walker.timing().tasks()).filteredOn(t -> t.stage().equals("ASSIGNMENTS"))
                .extracting(DriveTiming.Opened::phase, DriveTiming.Opened::opened, DriveTiming.Opened::due)
                .as("each commune plans its digital transformation, by the assumed 31/8")
                .containsOnly(tuple("COMMUNE_DT_PLANS", LocalDate.of(2022, 6, 1), LocalDate.of(2022, 8, 31)));
        assertThat(jdbc.queryForObject("select count(*) from drive.own_assignment_deliverable where campaign_id = ?"
                + " and assignment_code = 'COMMUNE_DT_PLANS'", Integer.class, campaign))
                .as("every commune of Phú Ninh, its own plan").isEqualTo(jdbc.queryForObject("select count(*) from"
                        + " drive.admin_unit c join drive.admin_unit d on d.id = c.parent_id where d.code = '518'"
                        + " and d.hierarchy = 'VN2022'", Integer.class));
        assertThat(jdbc.queryForList("select decision from drive.phase_review where campaign_id = ?", String.class,
                campaign)).as("the letter holds no reviews").isEmpty();
        assertThat(groupsGivenWork("phu-ninh-2022")).as("a district's letter gives Quảng Nam's departments nothing")
                .isNotEmpty().noneMatch(g -> g.startsWith("agency-qn22-s") || g.startsWith("agency-qn22-nhnn")
                        || g.equals("agency-qn22-ubnd") || g.equals("agency-qn22-tinhdoan"));
        // The culture office verifies the communes' reports and reports to the district People's Committee.
        assertThat(compilers).as("the culture office compiles, for the district").containsOnly(
                "agency-qn22-vhtt-518>Ủy ban nhân dân Huyện Phú Ninh");
        assertThat(verifiers).as("the culture office verifies").containsOnly("agency-qn22-vhtt-518");
        assertThat(walker.timing().tasks()).filteredOn(t -> t.taskKey().equals(
                CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT)).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from drive.phase_compilation where campaign_id = ?",
                Integer.class, campaign)).as("one compiled report per period").isEqualTo(walker.timing().tasks()
                .stream().filter(t -> t.taskKey().equals(CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT))
                .count());
        assertEnded(walker, campaign);
    }

    @Test
    void canThosThreeReportDeadlinesFireAndTheDepartmentCompilesEachForTheCity() throws IOException {
        organization("can-tho-2022.yaml");
        Map<String, List<String>> groupsOf = new java.util.TreeMap<>();
        Map<String, Set<String>> ownersOf = new java.util.TreeMap<>();
        LocalDate[] requestedOn = new LocalDate[1];
        CampaignWalker walker = walker().policy(new CampaignWalker.Policy() {
            @Override
            public Map<String, Object> answer(Task task, CampaignWalker walker) {
                String key = task.getTaskDefinitionKey();
                if (key.equals(CampaignLifecycleProcess.TASK_REQUEST_REPORTS)) {
                    return request(task, walker);
                }
                if (key.equals(RequestedReportProcess.TASK_SUBMIT_REQUESTED_REPORT)) {
                    ownersOf.computeIfAbsent("request", k -> new java.util.TreeSet<>()).addAll(groups(task));
                }
                if (key.equals(CampaignLifecycleProcess.TASK_COMPLETE_OWN_ASSIGNMENT)) {
                    String code = walker.variable(task, "assignmentCode").toString();
                    ownersOf.computeIfAbsent(code, k -> new java.util.TreeSet<>()).addAll(groups(task));
                    if (code.equals("DEPARTMENT_PLANS")) {
                        assertThat(task.getDescription()).as("15/4 is the dispatch's own day").doesNotContain("giả định");
                    } else if (code.equals("DEPARTMENT_STEERING_COMMITTEES")) {
                        assertThat(task.getDescription()).as("'within April' read as its last day").contains(
                                "Hạn 30/04/2022 là ngày do hệ thống giả định: Văn bản nêu các sở, ngành thành lập");
                    }
                }
                if (key.equals(CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT)
                        || key.equals(CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT)) {
                    groupsOf.merge(key, groups(task), (a, b) -> a);
                    if (key.equals(CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT)) {
                        assertThat(walker.variable(task, "recipientName")).as("for the city's People's Committee")
                                .isEqualTo("Ủy ban nhân dân Thành phố Cần Thơ");
                        assertThat(walker.variable(task, "sectorReports")).as("the compiler sees the sector"
                                + " reports in").isEqualTo("3/3");
                    }
                }
                if (key.equals(CampaignLifecycleProcess.TASK_SUBMIT_SECTOR_REPORT)) {
                    ownersOf.computeIfAbsent("sector:" + walker.variable(task, "phaseCode"),
                            k -> new java.util.TreeSet<>()).addAll(groups(task));
                    assertThat(walker.variable(task, "compilerName")).as("each department reports to the Sở TT&TT")
                            .isEqualTo("Sở Thông tin và Truyền thông thành phố Cần Thơ");
                }
                return null;
            }

            /**
             * "Và theo yêu cầu phát sinh": once, from July, the Sở TT&TT asks the three departments and Ninh Kiều for
             * a report due in two weeks; a request due today is refused first.
             */
            private Map<String, Object> request(Task task, CampaignWalker walker) {
                if (requestedOn[0] != null || walker.today().isBefore(LocalDate.of(2022, 7, 1))) {
                    return null;
                }
                assertThat(groups(task)).as("the compiler's own task").containsExactly("agency-ct22-stttt");
                Object units = walker.options(task, "requestOptions", 4);
                assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of("requestSubject", "Kết quả tháng 7",
                        "requestDue", walker.today().toString(), "requestUnits", units)))
                        .hasMessageContaining("ở ô \"Hạn báo cáo\"");
                assertThat(jdbc.queryForObject("select count(*) from drive.report_request r join drive.campaign c"
                        + " on c.id = r.campaign_id where c.business_key = ?", Integer.class, walker.businessKey()))
                        .as("nothing asked").isZero();
                requestedOn[0] = walker.today();
                return Map.of("requestSubject", "Kết quả hỗ trợ người dân cài đặt VNeID", "requestDue",
                        walker.today().plusDays(14).toString(), "requestUnits", units);
            }

            @Override
            public Date workAt(Task task, CampaignWalker walker) {
                if (!task.getTaskDefinitionKey().equals(PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT)) {
                    return null;
                }
                // Units report on the due day, after the reminder; Ninh Kiều's Cái Khế only after the escalation.
                boolean caiKhe = walker.businessKeyOf(task).endsWith("/31117");
                return new Date(task.getDueDate().getTime() + (caiKhe ? 3 : 0) * 86_400_000L);
            }
        });
        long campaign = walk(walker, "can-tho-1170");

        // C1, C2, C8: no drafts hold the April founding back, each report opens before its due day, and the
        // dispatch's drive has no launch, registration, review or commendation. Its one assignment: the Sở TT&TT
        // builds the city's evaluation criteria set in Q2 (4.11).
        assertStages(walker, "ASSIGNMENTS", "FOUNDING", "TRAINING", "REPORTING");
        assertThat(walker.timing().tasks()).filteredOn(t -> t.stage().equals("ASSIGNMENTS"))
                .extracting(DriveTiming.Opened::phase, DriveTiming.Opened::opened, DriveTiming.Opened::due)
                .as("every assignment opens with the dispatch and is due when it says").containsOnly(
                        tuple("DEPARTMENT_PLANS", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 15)),
                        tuple("DISTRICT_PLANS", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 15)),
                        tuple("DISTRICT_PLANS_ISSUED", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30)),
                        tuple("DEPARTMENT_STEERING_COMMITTEES", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30)),
                        tuple("DEPARTMENT_COST_ESTIMATES", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 31)),
                        tuple("COMMUNE_PLANS", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 5, 31)),
                        tuple("BUILD_CRITERIA_SET", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)));
        // 4.1-4.3, 4.7, 4.8: each department, each district and each commune does its own part, in its own queue.
        Set<String> departments = Set.of("agency-ct22-syt", "agency-ct22-sgddt", "agency-ct22-snnptnt");
        assertThat(ownersOf.get("DEPARTMENT_PLANS")).as("every sector department plans").isEqualTo(departments);
        assertThat(ownersOf.get("DEPARTMENT_STEERING_COMMITTEES")).isEqualTo(departments);
        assertThat(ownersOf.get("DEPARTMENT_COST_ESTIMATES")).isEqualTo(departments);
        List<String> districts = jdbc.queryForList("select 'unit-vn2022-' || d.code from drive.admin_unit d join"
                + " drive.admin_unit p on p.id = d.parent_id where p.code = '92' and p.hierarchy = 'VN2022'"
                + " and p.level = 'PROVINCE' and d.level = 'DISTRICT'", String.class);
        assertThat(ownersOf.get("DISTRICT_PLANS")).as("every district of Cần Thơ plans").hasSize(9)
                .containsExactlyInAnyOrderElementsOf(districts);
        assertThat(ownersOf.get("DISTRICT_PLANS_ISSUED")).as("... and issues its plan within April")
                .containsExactlyInAnyOrderElementsOf(districts);
        assertThat(ownersOf.get("COMMUNE_PLANS")).as("every commune issues its plan in May").hasSize(
                jdbc.queryForObject("select count(*) from drive.admin_unit c join drive.admin_unit d on d.id ="
                        + " c.parent_id where d.parent_id = (select id from drive.admin_unit where code = '92' and"
                        + " hierarchy = 'VN2022' and level = 'PROVINCE')", Integer.class));
        // 4.6: every department reports its sector each period, asked with the units' reports and due with them.
        for (String phase : List.of("TO-15-JUN", "TO-15-SEP", "TO-15-DEC")) {
            assertThat(ownersOf.get("sector:" + phase)).as("every department reports " + phase)
                    .isEqualTo(departments);
        }
        assertThat(walker.timing().tasks()).filteredOn(t -> t.taskKey().equals(
                CampaignLifecycleProcess.TASK_SUBMIT_SECTOR_REPORT))
                .extracting(DriveTiming.Opened::phase, DriveTiming.Opened::opened, DriveTiming.Opened::due)
                .containsOnly(tuple("TO-15-JUN", LocalDate.of(2022, 6, 5), LocalDate.of(2022, 6, 15)),
                        tuple("TO-15-SEP", LocalDate.of(2022, 9, 5), LocalDate.of(2022, 9, 15)),
                        tuple("TO-15-DEC", LocalDate.of(2022, 12, 5), LocalDate.of(2022, 12, 15)));
        assertThat(jdbc.queryForObject("select count(*) from drive.sector_report where campaign_id = ?",
                Integer.class, campaign)).as("3 departments × 3 periods").isEqualTo(9);
        // ... "và theo yêu cầu phát sinh": the request goes to the units chosen, due when the Sở TT&TT said, and it
        // compiles what came in once late units have been chased.
        assertThat(requestedOn[0]).as("a request was made").isNotNull();
        assertThat(ownersOf.get("request")).as("the three departments and Ninh Kiều (916), each in its own queue")
                .isEqualTo(Set.of("agency-ct22-syt", "agency-ct22-sgddt", "agency-ct22-snnptnt", "unit-vn2022-916"));
        assertThat(walker.timing().tasks()).filteredOn(t -> t.taskKey().equals(
                RequestedReportProcess.TASK_SUBMIT_REQUESTED_REPORT)).hasSize(4)
                .extracting(DriveTiming.Opened::opened, DriveTiming.Opened::due)
                .containsOnly(tuple(requestedOn[0], requestedOn[0].plusDays(14)));
        assertThat(walker.timing().tasks()).filteredOn(t -> t.taskKey().equals(
                RequestedReportProcess.TASK_COMPILE_REQUESTED_REPORT))
                .extracting(DriveTiming.Opened::opened, DriveTiming.Opened::due)
                .containsExactly(tuple(requestedOn[0].plusDays(15), requestedOn[0].plusDays(19)));
        assertThat(jdbc.queryForObject("select count(*) from drive.report_request_unit u join drive.report_request r"
                + " on r.id = u.request_id where r.campaign_id = ? and u.submitted_at is not null and r.compiled_at"
                + " is not null", Integer.class, campaign)).as("four answers, compiled").isEqualTo(4);
        assertThat(jdbc.queryForList("select assignment_code || ':' || count(*) from drive.own_assignment_deliverable"
                + " where campaign_id = ? and assignment_code like 'DEPARTMENT%' group by assignment_code"
                + " order by assignment_code", String.class, campaign)).as("each department's own document")
                .containsExactly("DEPARTMENT_COST_ESTIMATES:3", "DEPARTMENT_PLANS:3",
                        "DEPARTMENT_STEERING_COMMITTEES:3");
        assertThat(groupsOf).as("the Sở TT&TT builds the criteria set and compiles every period's reports")
                .containsEntry(CampaignLifecycleProcess.TASK_COMPLETE_ASSIGNMENT, List.of("agency-ct22-stttt"))
                .containsEntry(CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT, List.of("agency-ct22-stttt"));
        assertThat(walker.timing().tasks()).filteredOn(t -> t.taskKey().equals(
                CampaignLifecycleProcess.TASK_COMPILE_PHASE_REPORT))
                .extracting(DriveTiming.Opened::phase, DriveTiming.Opened::opened, DriveTiming.Opened::due)
                .as("each compiling opens once late units are chased, the day after the 15th, due 5 days after it")
                .containsExactly(tuple("TO-15-JUN", LocalDate.of(2022, 6, 16), LocalDate.of(2022, 6, 20)),
                        tuple("TO-15-SEP", LocalDate.of(2022, 9, 16), LocalDate.of(2022, 9, 20)),
                        tuple("TO-15-DEC", LocalDate.of(2022, 12, 16), LocalDate.of(2022, 12, 20)));
        assertThat(jdbc.queryForList("select p.code || ':' || (c.reports_verified < c.reports_expected)"
                + " from drive.phase_compilation c join drive.plan_phase p on p.id = c.phase_id"
                + " where c.campaign_id = ? order by p.position", String.class, campaign))
                .as("one compiled report per period, made while Cái Khế's late report is still missing")
                .containsExactly("TO-15-JUN:true", "TO-15-SEP:true", "TO-15-DEC:true");
        assertThat(walker.timing().opened("FOUNDING", "-")).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(walker.timing().tasks()).filteredOn(t -> t.taskKey().equals(
                TeamEstablishmentProcess.TASK_NOMINATE_TEAMS)).extracting(t -> t.due()).as("every commune's teams"
                + " due within April, as the dispatch says").isNotEmpty().containsOnly(LocalDate.of(2022, 4, 30));
        assertThat(walker.timing().opened("REPORTING", "TO-15-JUN")).isEqualTo(LocalDate.of(2022, 6, 5));
        assertThat(walker.timing().opened("REPORTING", "TO-15-SEP")).isEqualTo(LocalDate.of(2022, 9, 5));
        assertThat(walker.timing().opened("REPORTING", "TO-15-DEC")).isEqualTo(LocalDate.of(2022, 12, 5));
        List<LocalDate> dues = List.of(LocalDate.of(2022, 6, 15), LocalDate.of(2022, 9, 15),
                LocalDate.of(2022, 12, 15));
        assertThat(deadlineEvents.dues(campaign, PlanStep.SUBMIT_PHASE_REPORT, DeadlineKind.REMINDER))
                .containsExactlyElementsOf(dues);
        assertThat(deadlineEvents.dues(campaign, PlanStep.SUBMIT_PHASE_REPORT, DeadlineKind.ESCALATION))
                .containsExactlyElementsOf(dues);
        assertThat(deadlineEvents.unitCodes(campaign, PlanStep.SUBMIT_PHASE_REPORT, DeadlineKind.ESCALATION))
                .containsExactly("31117");
        assertEnded(walker, campaign);
    }

    @Test
    void canTho2026RunsOnTheTwoTierHierarchyWithTheProvinceChoosingPilotCommunes() throws IOException {
        organization("can-tho-2026.yaml");
        CampaignWalker walker = walker().policy(new CampaignWalker.Policy() {
            @Override
            public Date workAt(Task task, CampaignWalker walker) {
                // One commune lets the registration window pass.
                if (task.getTaskDefinitionKey().equals(CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT)
                        && walker.businessKeyOf(task).endsWith("/" + firstPilot(walker))) {
                    return new Date(task.getDueDate().getTime() + 86_400_000L);
                }
                return null;
            }

            @Override
            public Map<String, Object> answer(Task task, CampaignWalker walker) {
                if (task.getTaskDefinitionKey().equals(CampaignLifecycleProcess.TASK_SELECT_PILOT_COMMUNES)) {
                    assertThat(groups(task)).as("the province's digital department in 2026 is Science and"
                            + " Technology").containsExactly("agency-ct26-skhcn");
                }
                return null;
            }
        });
        long campaign = walk(walker, "can-tho-2026");

        assertStages(walker, EVERY_STAGE.toArray(String[]::new));
        assertThat(teamsByWave(campaign).get(0)).containsEntry("communes", 10L).containsEntry("communeTeams", 10L)
                .containsEntry("villageTeams", 30L);
        assertThat(jdbc.queryForList("select distinct u.hierarchy from drive.team t join drive.admin_unit u on"
                + " u.id = t.commune_id where t.campaign_id = ?", String.class, campaign)).containsExactly("VN2025");
        assertThat(jdbc.queryForList("select status || ':' || count(*) from drive.emulation_commitment where"
                + " campaign_id = ? group by status order by status", String.class, campaign))
                .as("one commune let the window pass").containsExactly("MISSED:1", "REGISTERED:9");
        assertEnded(walker, campaign);
    }

    /** The stages whose tasks the walk opened are exactly these: a stage the plan leaves out never runs. */
    private static void assertStages(CampaignWalker walker, String... stages) {
        assertThat(EVERY_STAGE).filteredOn(walker.timing()::has).as("stages that ran")
                .containsExactlyInAnyOrder(stages);
    }

    /**
     * Before the first task of each kind in {@link #FIELDS_NAMED} is answered, submits a bad answer that must be
     * refused naming the field, leave the task open and write nothing.
     */
    private CampaignWalker.Policy refusingBadAnswersFirst(String planCode, Set<String> refused) {
        return new CampaignWalker.Policy() {
            @Override
            public Map<String, Object> answer(Task task, CampaignWalker walker) {
                String yesterday = walker.today().minusDays(1).toString();
                Map<String, Object> bad = switch (task.getTaskDefinitionKey()) {
                    case TeamEstablishmentProcess.TASK_FORM_STEERING_COMMITTEE -> Map.of("steeringDecisionNumber",
                            " ", "steeringHead", "Ông A",
                            "steeringFormedOn", walker.today().plusDays(3).toString());
                    case CampaignLifecycleProcess.TASK_LAUNCH_DRIVE -> Map.of("ceremonyOn", yesterday,
                            "ceremonyPlace", " ",
                            "registrationClosesOn", walker.today().minusDays(5).toString());
                    case CommitmentRegistrationProcess.TASK_REGISTER_COMMITMENT -> Map.of("commitment", "",
                            "signedBy", "Chủ tịch");
                    case PhaseReviewProcess.TASK_HOLD_PHASE_REVIEW -> Map.of("reviewDecision", "SCALE_UP",
                            "reviewConclusions", " ");
                    case CampaignLifecycleProcess.TASK_FINAL_REVIEW -> Map.of("finalReviewOn", "31/12/2022",
                            "finalReport", "Báo cáo",
                            "finalConclusions", "Tốt");
                    default -> null;
                };
                if (bad != null && refused.add(task.getTaskDefinitionKey())) {
                    String before = driveRows(key(planCode));
                    assertThatThrownBy(() -> tasks.complete(task.getId(), bad))
                            .hasRootCauseInstanceOf(BadUserRequestException.class)
                            .hasMessageContaining(FIELDS_NAMED.get(task.getTaskDefinitionKey()));
                    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();
                    assertThat(driveRows(key(planCode))).as("nothing written").isEqualTo(before);
                }
                return null;
            }
        };
    }

    /** The code of the first commune given teams in the walked drive. */
    private String firstPilot(CampaignWalker walker) {
        return jdbc.queryForObject("select min(u.code) from drive.team_establishment t join drive.admin_unit u on"
                + " u.id = t.commune_id join drive.campaign c on c.id = t.campaign_id where c.business_key = ?",
                String.class, walker.businessKey());
    }

    private CampaignWalker walker() {
        return new CampaignWalker(runtime, tasks, management, units, villages, villageImport);
    }

    private long walk(CampaignWalker walker, String planCode) {
        PlanFile plan = planService.rulesOf(plans.findFirstByCodeOrderByVersionDesc(planCode).orElseThrow());
        long started = System.nanoTime();
        walker.walk(plan, key(planCode), MAX_STEPS);
        System.out.printf("DRIVE %s: %d tasks worked in %.1f s%n", planCode, walker.worked().size(),
                (System.nanoTime() - started) / 1e9);
        return jdbc.queryForObject("select id from drive.campaign where business_key = ?", Long.class, key(planCode));
    }

    private void assertEnded(CampaignWalker walker, long campaign) {
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(walker.lifecycle()).singleResult()
                .getEndActivityId()).isEqualTo(CampaignLifecycleProcess.EVENT_DRIVE_CLOSED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(businessKey(campaign) + "%")
                .count()).as("every process of the drive has ended").isZero();
    }

    /** Every group that was given a task of the drive (its lifecycle and every child), from the task history. */
    private Set<String> groupsGivenWork(String planCode) {
        return Set.copyOf(jdbc.queryForList("select distinct l.group_id_ from act_hi_identitylink l join"
                + " act_hi_taskinst t on t.id_ = l.task_id_ join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_"
                + " where p.business_key_ like ? and l.group_id_ is not null and l.type_ = 'candidate'", String.class,
                key(planCode) + "%"));
    }

    /** The candidate groups of the drive's tasks of this kind. */
    private Set<String> groupsOfTasks(String planCode, String taskKey) {
        return Set.copyOf(jdbc.queryForList("select distinct l.group_id_ from act_hi_identitylink l join"
                + " act_hi_taskinst t on t.id_ = l.task_id_ join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_"
                + " where p.business_key_ like ? and t.task_def_key_ = ? and l.group_id_ is not null"
                + " and l.type_ = 'candidate'", String.class, key(planCode) + "%", taskKey));
    }

    private String key(String planCode) {
        return planCode + "-" + run;
    }

    private String businessKey(long campaign) {
        return campaigns.findById(campaign).orElseThrow().getBusinessKey();
    }

    private List<String> rating(long campaign, String phase, long unit) {
        return jdbc.query("select r.rating, r.recommendation from drive.phase_rating r join drive.plan_phase p on"
                + " p.id = r.phase_id where r.campaign_id = ? and p.code = ? and r.unit_id = ?",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2)), campaign, phase, unit).get(0);
    }

    private Map<Integer, Map<String, Object>> teamsByWave(long campaign) {
        Map<Integer, Map<String, Object>> waves = new java.util.HashMap<>();
        jdbc.query("select wave, count(distinct commune_id), count(*) filter (where village_id is null),"
                + " count(*) filter (where village_id is not null) from drive.team where campaign_id = ?"
                + " group by wave", rs -> {
                    waves.put(rs.getInt(1), Map.of("communes", rs.getLong(2), "communeTeams", rs.getLong(3),
                            "villageTeams", rs.getLong(4)));
                }, campaign);
        return waves;
    }

    private List<String> proposalStatuses(long campaign) {
        return jdbc.queryForList("select distinct status from drive.commendation_proposal where campaign_id = ?"
                + " and status <> 'RANKED'", String.class, campaign);
    }

    private int awards(long campaign) {
        return jdbc.queryForObject("select count(*) from drive.commendation_award where campaign_id = ?",
                Integer.class, campaign);
    }

    /** A fingerprint of what the drive's forms write, to prove a refused submission wrote nothing. */
    private String driveRows(String businessKey) {
        return jdbc.queryForObject("""
                select (select count(*) from drive.steering_committee s where s.campaign_id = c.id) || '/'
                    || (select count(*) from drive.drive_launch l where l.campaign_id = c.id) || '/'
                    || (select count(*) from drive.emulation_commitment e where e.campaign_id = c.id
                        and e.status = 'REGISTERED') || '/'
                    || (select count(*) from drive.phase_review r where r.campaign_id = c.id) || '/'
                    || (select count(*) from drive.phase_review r where r.campaign_id = c.id
                        and r.remediation is not null) || '/'
                    || (select count(*) from drive.final_review f where f.campaign_id = c.id)
                from drive.campaign c where c.business_key = ?""", String.class, businessKey);
    }

    private List<String> groups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(g -> g != null).toList();
    }

    private void organization(String file) throws IOException {
        organization.importYaml(new ClassPathResource("organizations/" + file).getContentAsByteArray(), file, false);
    }
}
