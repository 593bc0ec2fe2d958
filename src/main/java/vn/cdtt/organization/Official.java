package vn.cdtt.organization;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.cdtt.geography.AdminUnit;

/** A person who works tasks: member of one agency, acting for some administrative units. */
@Entity
@Table(name = "official")
public class Official {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "full_name")
    private String fullName;

    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_level")
    private AccessLevel accessLevel;

    private String locale = "vi";

    private boolean demo;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "official_unit", joinColumns = @JoinColumn(name = "official_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<AdminUnit> units = new LinkedHashSet<>();

    protected Official() {
    }

    public Official(String username, String fullName, String email, Agency agency, AccessLevel accessLevel,
                    boolean demo) {
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.agency = agency;
        this.accessLevel = accessLevel;
        this.demo = demo;
    }

    void update(String fullName, String email, Agency agency, AccessLevel accessLevel, Locale locale) {
        this.fullName = fullName;
        this.email = email;
        this.agency = agency;
        this.accessLevel = accessLevel;
        setLocale(locale);
    }

    void clearUnits() {
        units.clear();
    }

    public void actFor(AdminUnit unit) {
        units.add(unit);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Agency getAgency() {
        return agency;
    }

    public AccessLevel getAccessLevel() {
        return accessLevel;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public void setLocale(Locale locale) {
        this.locale = locale.getLanguage();
    }

    public boolean isDemo() {
        return demo;
    }

    public Set<AdminUnit> getUnits() {
        return units;
    }
}
