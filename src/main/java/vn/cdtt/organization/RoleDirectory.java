package vn.cdtt.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.geography.AdminUnit;

/** Answers which agency plays a role for a unit's government on a date, and so which Camunda group gets the work. */
@Service
@Transactional(readOnly = true)
public class RoleDirectory {

    private final AgencyRepository agencies;

    RoleDirectory(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    public Agency agencyPlaying(AgencyRole role, AdminUnit unit, LocalDate date) {
        List<Agency> playing = agencies.findPlaying(role, unit, date);
        if (playing.size() != 1) {
            throw new IllegalStateException((playing.isEmpty() ? "No agency" : playing.size() + " agencies")
                    + " of " + unit.getFullName() + " (" + unit.getCode() + ") play " + role + " on " + date
                    + "; exactly one must");
        }
        return playing.get(0);
    }

    public String groupPlaying(AgencyRole role, AdminUnit unit, LocalDate date) {
        return agencyPlaying(role, unit, date).groupId();
    }

    /** Every agency of the unit's government playing the role on the date (the sector departments), by name. */
    public List<Agency> agenciesPlaying(AgencyRole role, AdminUnit unit, LocalDate date) {
        return agencies.findPlaying(role, unit, date).stream()
                .sorted(java.util.Comparator.comparing(Agency::getNameVi)).toList();
    }

    /** The group of the one agency playing the role, or empty when none or several do (a gap in the records). */
    public Optional<String> findGroupPlaying(AgencyRole role, AdminUnit unit, LocalDate date) {
        List<Agency> playing = agencies.findPlaying(role, unit, date);
        return playing.size() == 1 ? Optional.of(playing.get(0).groupId()) : Optional.empty();
    }
}
