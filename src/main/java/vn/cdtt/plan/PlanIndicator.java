package vn.cdtt.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What a drive measures, e.g. households with digital skills (a percentage of households). */
@Entity
@Table(name = "plan_indicator")
public class PlanIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    private Denominator denominator;

    protected PlanIndicator() {
    }

    PlanIndicator(Plan plan, PlanFile.IndicatorSpec spec) {
        this.plan = plan;
        this.code = spec.code();
        this.nameVi = spec.name().vi();
        this.nameEn = spec.name().en();
        this.unit = spec.unit();
        this.denominator = spec.denominator();
    }

    public Long getId() {
        return id;
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

    public IndicatorUnit getUnit() {
        return unit;
    }

    public Denominator getDenominator() {
        return denominator;
    }
}
