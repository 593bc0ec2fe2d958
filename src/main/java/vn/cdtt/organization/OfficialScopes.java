package vn.cdtt.organization;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.UnitScope;

/** The administrative units an official may act on: the units they act for and everything below them. */
@Service
public class OfficialScopes {

    private final OfficialRepository officials;

    OfficialScopes(OfficialRepository officials) {
        this.officials = officials;
    }

    @Transactional(readOnly = true)
    public UnitScope scopeOf(String username, boolean administrator) {
        if (administrator) {
            return UnitScope.EVERYWHERE;
        }
        Set<Long> unitIds = officials.findByUsername(username)
                .map(o -> o.getUnits().stream().map(AdminUnit::getId).collect(Collectors.toSet()))
                .orElse(Set.of());
        return UnitScope.within(unitIds);
    }
}
