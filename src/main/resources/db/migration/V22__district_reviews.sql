-- Where a plan gives each district its own review (Quảng Trị: the districts sum up, evaluate and decide whether to
-- scale up), one row per district and phase; the communes a district scales up go to pilot_selection with the wave.
create table district_review (
    campaign_id  bigint        not null references campaign (id),
    phase_id     bigint        not null references plan_phase (id),
    district_id  bigint        not null references admin_unit (id),
    decision     varchar(16)   not null,
    conclusions  varchar(4000) not null,
    wave         int,
    decided_by   varchar(100),
    decided_at   timestamptz   not null default now(),
    primary key (campaign_id, phase_id, district_id),
    constraint district_review_decision check (decision in ('SCALE_UP', 'SUSTAIN'))
);
