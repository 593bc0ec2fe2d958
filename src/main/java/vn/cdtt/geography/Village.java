package vn.cdtt.geography;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A village, hamlet or urban quarter (thôn, ấp, khu phố) below a commune. */
@Entity
@Table(name = "village")
public class Village {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    private AdminUnit commune;

    private String code;

    private String name;

    private int households;

    private boolean synthetic;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Village() {
    }

    public Village(AdminUnit commune, String code, String name, int households, boolean synthetic) {
        this.commune = commune;
        this.code = code;
        this.name = name;
        this.households = households;
        this.synthetic = synthetic;
        this.updatedAt = Instant.now();
    }

    /** Re-import of a known village: its name and households are replaced, and it is real data from now on. */
    void update(String name, int households) {
        this.name = name;
        this.households = households;
        this.synthetic = false;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public AdminUnit getCommune() {
        return commune;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getHouseholds() {
        return households;
    }

    public boolean isSynthetic() {
        return synthetic;
    }
}
