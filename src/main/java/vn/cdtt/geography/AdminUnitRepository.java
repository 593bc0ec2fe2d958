package vn.cdtt.geography;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface AdminUnitRepository extends Repository<AdminUnit, Long> {

    String VALID_ON = " (u.validFrom is null or u.validFrom <= :date) and (u.validTo is null or u.validTo > :date) ";

    Optional<AdminUnit> findById(Long id);

    /** The units with their parents, in one query (a fan-out needs each unit's parent group). */
    @Query("select u from AdminUnit u left join fetch u.parent where u.id in :ids")
    List<AdminUnit> findAllWithParent(@Param("ids") Collection<Long> ids);

    /** The unit that carried this code on this date; codes are reused across hierarchies. */
    @Query("select u from AdminUnit u where u.level = :level and u.code = :code and" + VALID_ON)
    Optional<AdminUnit> findValidOn(@Param("level") AdminLevel level, @Param("code") String code,
                                    @Param("date") LocalDate date);

    @Query("select u from AdminUnit u where u.level = :level and u.code in :codes and" + VALID_ON)
    List<AdminUnit> findAllValidOn(@Param("level") AdminLevel level, @Param("codes") Collection<String> codes,
                                   @Param("date") LocalDate date);

    @Query("select count(u) from AdminUnit u where u.level = :level and" + VALID_ON)
    long countValidOn(@Param("level") AdminLevel level, @Param("date") LocalDate date);

    @Query("select u from AdminUnit u where u.parent = :parent order by u.code")
    List<AdminUnit> findChildren(@Param("parent") AdminUnit parent);

    /** The province's districts that have communes (not Quảng Trị's island district Cồn Cỏ), in code order. */
    @Query("select d from AdminUnit d where d.parent = :province and exists (select c from AdminUnit c"
            + " where c.parent = d) order by d.code")
    List<AdminUnit> findDistrictsWithCommunes(@Param("province") AdminUnit province);

    List<AdminUnit> findByHierarchyAndCode(Hierarchy hierarchy, String code);

    /** The communes of a plan's area: a province's, a district's, or the one commune. */
    default List<AdminUnit> findCommunesIn(AdminUnit area) {
        return switch (area.getLevel()) {
            case PROVINCE -> findCommunesOf(area);
            case DISTRICT -> findChildren(area);
            case COMMUNE -> List.of(area);
        };
    }

    /** Every commune below this province, directly (two tiers) or through its districts (three tiers). */
    @Query("select u from AdminUnit u join u.parent p where u.level = vn.cdtt.geography.AdminLevel.COMMUNE"
            + " and (p = :province or p.parent = :province) order by u.code")
    List<AdminUnit> findCommunesOf(@Param("province") AdminUnit province);

    Optional<AdminUnit> findByHierarchyAndLevelAndCode(Hierarchy hierarchy, AdminLevel level, String code);
}
