package vn.cdtt.organization;

import java.time.LocalDate;

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

/** An agency plays a role from a date (inclusive) until a date (exclusive); null means open. */
@Entity
@Table(name = "agency_role")
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private AgencyRole role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected RoleAssignment() {
    }

    RoleAssignment(Agency agency, AgencyRole role, LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
            throw new IllegalArgumentException("role " + role + " of " + agency.getCode()
                    + ": valid_from " + validFrom + " must be before valid_to " + validTo);
        }
        this.agency = agency;
        this.role = role;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public AgencyRole getRole() {
        return role;
    }

    public Agency getAgency() {
        return agency;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
