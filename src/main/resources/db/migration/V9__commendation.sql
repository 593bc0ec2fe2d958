-- Commendation at the end of a drive: every unit with a verified final-phase report is ranked among the units of
-- its level (RANKED); the leaders propose some (PROPOSED), Home Affairs' emulation board accepts or rejects each
-- (ACCEPTED/REJECTED), the emulation council's vote passes or fails it against the plan's threshold (PASSED/FAILED).
create table commendation_proposal (
    id               bigserial     primary key,
    campaign_id      bigint        not null references campaign (id),
    unit_id          bigint        not null references admin_unit (id),
    unit_level       varchar(16)   not null check (unit_level in ('DISTRICT', 'COMMUNE')),
    rank             integer       not null check (rank >= 1),
    peers            integer       not null check (peers >= rank),
    -- lowest attainment, % of the target, as the phase rating computes it
    score            numeric(9,2)  not null,
    all_targets_met  boolean       not null,
    suggested_kind   varchar(40)   check (suggested_kind in ('CERTIFICATE_OF_MERIT',
                                          'PROVINCIAL_CERTIFICATE_OF_MERIT', 'EMULATION_FLAG')),
    proposed_kind    varchar(40)   check (proposed_kind in ('CERTIFICATE_OF_MERIT',
                                          'PROVINCIAL_CERTIFICATE_OF_MERIT', 'EMULATION_FLAG')),
    reason           varchar(1000),
    status           varchar(16)   not null default 'RANKED'
                                   check (status in ('RANKED', 'PROPOSED', 'ACCEPTED', 'REJECTED', 'PASSED', 'FAILED')),
    vet_note         varchar(1000),
    votes_for        integer       check (votes_for >= 0),
    members_present  integer       check (members_present >= 1),
    constraint uq_commendation_proposal unique (campaign_id, unit_id),
    check (votes_for is null or members_present is null or votes_for <= members_present),
    check (status not in ('PROPOSED', 'ACCEPTED', 'REJECTED', 'PASSED', 'FAILED') or proposed_kind is not null)
);

-- Awards the provincial Chairman decided; one per campaign, unit and kind, so recording twice changes nothing.
create table commendation_award (
    id               bigserial     primary key,
    campaign_id      bigint        not null references campaign (id),
    unit_id          bigint        not null references admin_unit (id),
    kind             varchar(40)   not null check (kind in ('CERTIFICATE_OF_MERIT',
                                          'PROVINCIAL_CERTIFICATE_OF_MERIT', 'EMULATION_FLAG')),
    decision_number  varchar(100)  not null,
    decided_on       date          not null,
    created_at       timestamptz   not null default now(),
    constraint uq_commendation_award unique (campaign_id, unit_id, kind)
);
