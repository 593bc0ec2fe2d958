package vn.cdtt.geography;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class VillageQueries {

    private final AdminUnitRepository units;
    private final VillageRepository villages;

    VillageQueries(AdminUnitRepository units, VillageRepository villages) {
        this.units = units;
        this.villages = villages;
    }

    /** @param allowed whether the caller may see this commune (refuses, naming the field, when not) */
    public List<Map<String, Object>> villagesOf(String communeCode, LocalDate asOf, Consumer<AdminUnit> allowed) {
        AdminUnit commune = units.findValidOn(AdminLevel.COMMUNE, communeCode, asOf)
                .orElseThrow(() -> new UnknownUnitException("commune", communeCode, asOf));
        allowed.accept(commune);
        return villages.findByCommuneOrderByCode(commune).stream().map(v -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", v.getCode());
            row.put("name", v.getName());
            row.put("communeCode", commune.getCode());
            row.put("households", v.getHouseholds());
            row.put("synthetic", v.isSynthetic());
            return row;
        }).toList();
    }
}
