package vn.cdtt.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.cdtt.geography.AdminUnit;

public interface AgencyRepository extends JpaRepository<Agency, Long> {

    Optional<Agency> findByCode(String code);

    /** Agencies of this unit's government that play the role on the date. */
    @Query("select r.agency from RoleAssignment r where r.role = :role and r.agency.unit = :unit"
            + " and (r.validFrom is null or r.validFrom <= :date) and (r.validTo is null or r.validTo > :date)")
    List<Agency> findPlaying(@Param("role") AgencyRole role, @Param("unit") AdminUnit unit,
                             @Param("date") LocalDate date);
}
