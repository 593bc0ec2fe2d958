package vn.cdtt.geography;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.cdtt.kernel.GroupIds;

/** A province, district or commune of one hierarchy, valid for a period. Loaded by migration, read-only here. */
@Entity
@Table(name = "admin_unit")
public class AdminUnit {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private Hierarchy hierarchy;

    @Enumerated(EnumType.STRING)
    private AdminLevel level;

    private String code;

    private String name;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "unit_type")
    private String unitType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AdminUnit parent;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected AdminUnit() {
    }

    public Long getId() {
        return id;
    }

    public Hierarchy getHierarchy() {
        return hierarchy;
    }

    public AdminLevel getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getFullName() {
        return fullName;
    }

    public String getUnitType() {
        return unitType;
    }

    public AdminUnit getParent() {
        return parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    /** The Camunda group of the officials who act for this unit, e.g. {@code unit-vn2022-31321}. */
    public String groupId() {
        return GroupIds.unit(hierarchy.name(), code);
    }
}
