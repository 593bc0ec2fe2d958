package vn.cdtt.campaign;

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

import vn.cdtt.plan.Plan;

/** One running drive of a plan version. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "business_key")
    private String businessKey;

    @Column(name = "started_at", insertable = false, updatable = false)
    private Instant startedAt;

    protected Campaign() {
    }

    public Campaign(Plan plan, String businessKey) {
        this.plan = plan;
        this.businessKey = businessKey;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getBusinessKey() {
        return businessKey;
    }
}
