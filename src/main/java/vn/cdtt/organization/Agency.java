package vn.cdtt.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import vn.cdtt.geography.AdminUnit;
import vn.cdtt.kernel.GroupIds;

/** A department, union or committee of the government of one administrative unit. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private AdminUnit unit;

    private String mailbox;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @OneToMany(mappedBy = "agency", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleAssignment> roles = new ArrayList<>();

    protected Agency() {
    }

    public Agency(String code, String nameVi, String nameEn, AdminUnit unit) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.unit = unit;
    }

    void rename(String nameVi, String nameEn, AdminUnit unit, String mailbox) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.unit = unit;
        this.mailbox = mailbox;
    }

    /** Replaces every role assignment (the file is the whole truth about this agency's roles). */
    void clearRoles() {
        roles.clear();
    }

    public RoleAssignment assign(AgencyRole role, LocalDate from, LocalDate to) {
        RoleAssignment assignment = new RoleAssignment(this, role, from, to);
        roles.add(assignment);
        return assignment;
    }

    /** The Camunda group of this agency's officials, e.g. {@code agency-hg-stttt}. */
    public String groupId() {
        return GroupIds.agency(code);
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

    public AdminUnit getUnit() {
        return unit;
    }

    public String getMailbox() {
        return mailbox;
    }

    public List<RoleAssignment> getRoles() {
        return roles;
    }
}
