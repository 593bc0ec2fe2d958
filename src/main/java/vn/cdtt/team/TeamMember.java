package vn.cdtt.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "team_member")
public class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    private int position;

    @Column(name = "full_name")
    private String fullName;

    private String phone;

    @Column(name = "team_head")
    private boolean teamHead;

    @Column(name = "village_head")
    private boolean villageHead;

    @Column(name = "youth_union")
    private boolean youthUnion;

    protected TeamMember() {
    }

    TeamMember(Team team, int position, Nomination.MemberNomination nomination) {
        this.team = team;
        this.position = position;
        this.fullName = nomination.fullName().strip();
        this.phone = nomination.phone() == null || nomination.phone().isBlank() ? null
                : nomination.phone().replace(" ", "");
        this.teamHead = nomination.head();
        this.villageHead = nomination.villageHead();
        this.youthUnion = nomination.youthUnion();
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isTeamHead() {
        return teamHead;
    }

    public boolean isVillageHead() {
        return villageHead;
    }

    public boolean isYouthUnion() {
        return youthUnion;
    }
}
