package vn.cdtt.team;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.geography.AdminUnit;
import vn.cdtt.geography.Village;

/** A community digital team of a commune (village is null) or of one village, founded in a campaign's wave. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commune_id")
    private AdminUnit commune;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    private Village village;

    private int wave;

    private String name;

    @Column(name = "zalo_link")
    private String zaloLink;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(name = "decision_number")
    private String decisionNumber;

    @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TeamMember> members = new ArrayList<>();

    protected Team() {
    }

    Team(Campaign campaign, AdminUnit commune, Village village, int wave, String name, String zaloLink) {
        this.campaign = campaign;
        this.commune = commune;
        this.village = village;
        this.wave = wave;
        this.name = name;
        this.zaloLink = zaloLink;
    }

    void addMember(Nomination.MemberNomination nomination) {
        members.add(new TeamMember(this, members.size() + 1, nomination));
    }

    /** The commune Chairman's founding decision. */
    void found(LocalDate on, String decision) {
        this.foundedOn = on;
        this.decisionNumber = decision;
    }

    public Long getId() {
        return id;
    }

    public AdminUnit getCommune() {
        return commune;
    }

    public Village getVillage() {
        return village;
    }

    public int getWave() {
        return wave;
    }

    public String getName() {
        return name;
    }

    public String getZaloLink() {
        return zaloLink;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public List<TeamMember> getMembers() {
        return members;
    }
}
