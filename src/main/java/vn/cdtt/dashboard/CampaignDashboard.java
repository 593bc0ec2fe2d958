package vn.cdtt.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.campaign.CampaignAssumptions;
import vn.cdtt.campaign.CampaignRepository;
import vn.cdtt.geography.AdminLevel;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.AdminUnitRepository;
import vn.cdtt.geography.UnitScope;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.organization.OfficialRepository;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanPhase;

/**
 * What the dashboard shows a viewer: the drives whose area they may see, and for one drive and unit the roll-up of
 * its children, the phase timeline, the leaderboard and the overdue work. A viewer sees only units inside both the
 * drive's area and their own scope (a commune official: their commune).
 */
@Service
public class CampaignDashboard {

    private final CampaignAssumptions assumptions;
    private final CampaignRepository campaigns;
    private final AdminUnitRepository units;
    private final OfficialRepository officials;
    private final RollUpQueries queries;
    private final DriveDocuments documents;

    CampaignDashboard(CampaignRepository campaigns, AdminUnitRepository units, OfficialRepository officials,
                   RollUpQueries queries, CampaignAssumptions assumptions, DriveDocuments documents) {
        this.assumptions = assumptions;
        this.documents = documents;
        this.campaigns = campaigns;
        this.units = units;
        this.officials = officials;
        this.queries = queries;
    }

    /** The viewer: the units they act for (none for the administrator, who sees everything). */
    public record Viewer(String username, boolean administrator) {
    }

    public record DriveRow(long id, String planName, String reference, String areaName, LocalDate issuedOn,
                           java.time.Instant startedAt, boolean running) {
    }

    public record PhaseRow(String code, String name, LocalDate start, LocalDate end, LocalDate reportDue,
                           boolean current, boolean shown) {
    }

    public record View(long campaignId, String businessKey, String planName, String reference,
                       List<AdminUnit> breadcrumb, AdminUnit unit, UnitFigures total, List<UnitFigures> children,
                       List<UnitFigures> leaderboard, List<RollUpQueries.VillageFigures> villages,
                       List<PhaseRow> phases, PlanPhase phaseShown, List<IndicatorTarget> targets,
                       List<RollUpQueries.OverdueGroup> overdue, String lifecycleInstance,
                       List<String> assumptions, DriveDocuments.Documents documents) {
    }

    public record IndicatorTarget(String code, String name, String unit, java.math.BigDecimal target) {
    }

    @Transactional(readOnly = true)
    public List<DriveRow> drives(Viewer viewer) {
        List<DriveRow> rows = new ArrayList<>();
        Set<AdminUnit> own = ownUnits(viewer); // once, not per drive
        for (Campaign campaign : campaigns.findAll()) {
            Plan plan = campaign.getPlan();
            if (defaultUnit(viewer, own, plan).isPresent()) {
                rows.add(new DriveRow(campaign.getId(), plan.getNameVi(), plan.getReference(),
                        plan.getScope().getFullName(), plan.getIssuedOn(), campaign.getStartedAt(),
                        queries.lifecycleInstance(campaign.getBusinessKey()) != null));
            }
        }
        rows.sort(Comparator.comparing(DriveRow::startedAt).reversed());
        return rows;
    }

    /**
     * @param unitId the unit to show, or null for the widest one the viewer may see
     * @return empty when the drive does not exist or the viewer may not see that unit of it
     */
    @Transactional(readOnly = true)
    public Optional<View> view(Viewer viewer, long campaignId, Long unitId) {
        Campaign campaign = campaigns.findById(campaignId).orElse(null);
        if (campaign == null) {
            return Optional.empty();
        }
        Plan plan = campaign.getPlan();
        Optional<AdminUnit> unit = unitId == null ? defaultUnit(viewer, ownUnits(viewer), plan)
                : units.findById(unitId).filter(u -> within(u, plan.getScope()) && scope(viewer).covers(u));
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        AdminUnit shown = unit.get();
        Long phaseId = queries.latestRolledUpPhase(campaignId);
        PlanPhase phase = plan.getPhases().stream().filter(p -> p.getId().equals(phaseId)).findFirst().orElse(null);
        List<UnitFigures> children = queries.children(campaignId, shown.getId(), phaseId);
        UnitFigures total = queries.total(campaignId, shown.getId(), shown.getFullName(), shown.getLevel().name(),
                children, phaseId);
        List<RollUpQueries.VillageFigures> villages = shown.getLevel() == AdminLevel.COMMUNE
                ? queries.villages(campaignId, shown.getId()) : List.of();
        // The area's documents (compiled, sector and requested reports) are the area's, shown at its level only.
        DriveDocuments.Documents areaDocuments = shown.getId().equals(plan.getScope().getId())
                ? documents.of(campaignId) : DriveDocuments.Documents.NONE;
        return Optional.of(new View(campaignId, campaign.getBusinessKey(), plan.getNameVi(), plan.getReference(),
                breadcrumb(shown, plan.getScope(), scope(viewer)), shown, total,
                shown.getLevel() == AdminLevel.COMMUNE ? List.of() : children,
                RollUpQueries.leaderboard(children), villages, phases(plan, phaseId), phase, targets(phase),
                queries.overdue(campaign.getBusinessKey()), queries.lifecycleInstance(campaign.getBusinessKey()),
                assumptions.reasons(campaignId), areaDocuments));
    }

    private Set<AdminUnit> ownUnits(Viewer viewer) {
        return officials.findByUsername(viewer.username()).map(o -> o.getUnits()).orElse(Set.of());
    }

    private static Optional<AdminUnit> defaultUnit(Viewer viewer, Set<AdminUnit> own, Plan plan) {
        if (viewer.administrator()) {
            return Optional.of(plan.getScope());
        }
        for (AdminUnit mine : own) {
            if (within(plan.getScope(), mine)) {
                return Optional.of(plan.getScope()); // they act for the area or above it
            }
        }
        return own.stream().filter(mine -> within(mine, plan.getScope())).findFirst();
    }

    private UnitScope scope(Viewer viewer) {
        if (viewer.administrator()) {
            return UnitScope.EVERYWHERE;
        }
        return UnitScope.within(officials.findByUsername(viewer.username())
                .map(o -> o.getUnits().stream().map(AdminUnit::getId).collect(java.util.stream.Collectors.toSet()))
                .orElse(Set.of()));
    }

    /** Whether the unit is the area or lies inside it. */
    private static boolean within(AdminUnit unit, AdminUnit area) {
        return UnitScope.within(Set.of(area.getId())).covers(unit);
    }

    /** From the drive's area (or the viewer's widest unit) down to the unit shown. */
    private static List<AdminUnit> breadcrumb(AdminUnit unit, AdminUnit area, UnitScope scope) {
        List<AdminUnit> path = new ArrayList<>();
        for (AdminUnit u = unit; u != null; u = u.getParent()) {
            if (!scope.covers(u)) {
                break;
            }
            path.add(0, u);
            if (u.getId().equals(area.getId())) {
                break;
            }
        }
        return path;
    }

    private static List<PhaseRow> phases(Plan plan, Long shownPhaseId) {
        LocalDate today = EngineClock.today();
        return plan.getPhases().stream().map(p -> new PhaseRow(p.getCode(), p.getNameVi(), p.getStart(), p.getEnd(),
                p.getReportDue(), !today.isBefore(p.getStart()) && !today.isAfter(p.getEnd()),
                p.getId().equals(shownPhaseId))).toList();
    }

    private static List<IndicatorTarget> targets(PlanPhase phase) {
        if (phase == null) {
            return List.of();
        }
        return phase.getTargets().entrySet().stream().map(e -> new IndicatorTarget(e.getKey().getCode(),
                e.getKey().getNameVi(), e.getKey().getUnit().name(), e.getValue())).toList();
    }
}
