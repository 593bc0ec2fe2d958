-- The drive's launch: the ceremony and the window in which units register their emulation commitments.
create table drive_launch (
    campaign_id             bigint       primary key references campaign (id),
    ceremony_on             date         not null,
    place                   varchar(300) not null,
    registration_closes_on  date         not null check (registration_closes_on >= ceremony_on),
    launched_at             timestamptz  not null default now()
);

-- One registration per campaign and unit; its process starts with it (unique: never two).
create table emulation_commitment (
    id                   bigserial    primary key,
    campaign_id          bigint       not null references campaign (id),
    unit_id              bigint       not null references admin_unit (id),
    process_instance_id  varchar(64)  not null,
    status               varchar(16)  not null default 'OPEN' check (status in ('OPEN', 'REGISTERED', 'MISSED')),
    commitment           text,
    signed_by            varchar(200),
    registered_at        timestamptz,
    constraint uq_emulation_commitment unique (campaign_id, unit_id)
);

-- A phase's results rolled up the hierarchy (commune, district, province) from the verified reports.
create table phase_rollup (
    campaign_id      bigint        not null references campaign (id),
    phase_id         bigint        not null references plan_phase (id),
    unit_id          bigint        not null references admin_unit (id),
    indicator_id     bigint        not null references plan_indicator (id),
    value            numeric(14,2) not null,
    reporting_units  integer       not null,
    primary key (campaign_id, phase_id, unit_id, indicator_id)
);

-- Each unit's rating against the phase's targets (DMN Decision_PhaseRating).
create table phase_rating (
    campaign_id        bigint       not null references campaign (id),
    phase_id           bigint       not null references plan_phase (id),
    unit_id            bigint       not null references admin_unit (id),
    rating             varchar(16)  not null,
    recommendation     varchar(16)  not null,
    lowest_attainment  numeric(10,2) not null,
    primary key (campaign_id, phase_id, unit_id)
);

-- The leaders' review of a phase (sơ kết) and what they decided.
create table phase_review (
    campaign_id   bigint       not null references campaign (id),
    phase_id      bigint       not null references plan_phase (id),
    recommended   varchar(16)  not null,
    decision      varchar(16)  not null check (decision in ('SCALE_UP', 'SUSTAIN', 'REMEDIATE')),
    conclusions   text         not null,
    wave          integer,
    remediation   text,
    decided_at    timestamptz  not null default now(),
    primary key (campaign_id, phase_id)
);

-- The final review (tổng kết) of a drive.
create table final_review (
    campaign_id  bigint       primary key references campaign (id),
    held_on      date         not null,
    report       varchar(300) not null,
    conclusions  text         not null,
    recorded_at  timestamptz  not null default now()
);

-- A commune's steering committee for the drive (Ban Chỉ đạo), formed before it nominates its teams.
create table steering_committee (
    campaign_id      bigint       not null references campaign (id),
    commune_id       bigint       not null references admin_unit (id),
    decision_number  varchar(100) not null,
    head_name        varchar(200) not null,
    formed_on        date         not null,
    recorded_at      timestamptz  not null default now(),
    primary key (campaign_id, commune_id)
);
