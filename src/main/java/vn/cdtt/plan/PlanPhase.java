package vn.cdtt.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.Table;

/** A period of the drive with its report due date and its targets per indicator. */
@Entity
@Table(name = "plan_phase")
public class PlanPhase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private int position;

    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "start_date")
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @Column(name = "report_due")
    private LocalDate reportDue;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "plan_target", joinColumns = @JoinColumn(name = "phase_id"))
    @MapKeyJoinColumn(name = "indicator_id")
    @Column(name = "target")
    private Map<PlanIndicator, BigDecimal> targets = new LinkedHashMap<>();

    protected PlanPhase() {
    }

    PlanPhase(Plan plan, int position, PlanFile.PhaseSpec spec) {
        this.plan = plan;
        this.position = position;
        this.code = spec.code();
        this.nameVi = spec.name().vi();
        this.nameEn = spec.name().en();
        this.start = spec.start();
        this.end = spec.end();
        this.reportDue = spec.reportDue();
    }

    void target(PlanIndicator indicator, BigDecimal value) {
        targets.put(indicator, value);
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public LocalDate getReportDue() {
        return reportDue;
    }

    public Map<PlanIndicator, BigDecimal> getTargets() {
        return targets;
    }
}
