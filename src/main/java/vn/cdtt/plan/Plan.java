package vn.cdtt.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.Hierarchy;

/** One version of a plan file, stored whole and with the parts that reports query. */
@Entity
@Table(name = "campaign_plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private int version;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    private String reference;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    private Hierarchy hierarchy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "province_id")
    private AdminUnit province;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scope_unit_id")
    private AdminUnit scope;

    @Column(name = "file_name")
    private String fileName;

    private String content;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "loaded_at", insertable = false, updatable = false)
    private Instant loadedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("code")
    private List<PlanIndicator> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanPhase> phases = new ArrayList<>();

    protected Plan() {
    }

    Plan(PlanFile file, int version, AdminUnit province, AdminUnit scope, String fileName, String content,
         String contentHash) {
        this.code = file.code();
        this.version = version;
        this.nameVi = file.name().vi();
        this.nameEn = file.name().en();
        this.reference = file.reference();
        this.issuedOn = file.issuedOn();
        this.hierarchy = file.hierarchy();
        this.province = province;
        this.scope = scope;
        this.fileName = fileName;
        this.content = content;
        this.contentHash = contentHash;
    }

    PlanIndicator addIndicator(PlanFile.IndicatorSpec spec) {
        PlanIndicator indicator = new PlanIndicator(this, spec);
        indicators.add(indicator);
        return indicator;
    }

    PlanPhase addPhase(PlanFile.PhaseSpec spec) {
        PlanPhase phase = new PlanPhase(this, phases.size() + 1, spec);
        phases.add(phase);
        return phase;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Hierarchy getHierarchy() {
        return hierarchy;
    }

    public AdminUnit getProvince() {
        return province;
    }

    public AdminUnit getScope() {
        return scope;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }

    public List<PlanIndicator> getIndicators() {
        return indicators;
    }

    public List<PlanPhase> getPhases() {
        return phases;
    }

    /** The plan's phase of this code; a code the plan does not have is a programming error, not an official's. */
    public PlanPhase phase(String code) {
        return phases.stream().filter(p -> p.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plan " + this.code + " has no phase " + code));
    }
}
