-- Plans as data. A plan is stored whole (its YAML) and in the tables that reports and reviews query:
-- phases, indicators and per-phase targets. Loading a changed file adds a version; running drives keep theirs.
create table campaign_plan (
    id            bigserial    primary key,
    code          varchar(64)  not null,
    version       integer      not null,
    name_vi       varchar(300) not null,
    name_en       varchar(300) not null,
    reference     varchar(200) not null,
    issued_on     date         not null,
    hierarchy     varchar(16)  not null references admin_hierarchy (code),
    province_id   bigint       not null references admin_unit (id),
    scope_unit_id bigint       not null references admin_unit (id),
    file_name     varchar(200) not null,
    content       text         not null,
    content_hash  varchar(64)  not null,
    loaded_at     timestamptz  not null default now(),
    constraint uq_campaign_plan_version unique (code, version)
);

create table plan_indicator (
    id           bigserial    primary key,
    plan_id      bigint       not null references campaign_plan (id) on delete cascade,
    code         varchar(40)  not null,
    name_vi      varchar(300) not null,
    name_en      varchar(300) not null,
    unit         varchar(16)  not null check (unit in ('PERCENT', 'COUNT')),
    denominator  varchar(32)  not null,
    constraint uq_plan_indicator unique (plan_id, code)
);

create table plan_phase (
    id          bigserial    primary key,
    plan_id     bigint       not null references campaign_plan (id) on delete cascade,
    position    integer      not null,
    code        varchar(40)  not null,
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    start_date  date         not null,
    end_date    date         not null,
    report_due  date         not null,
    constraint uq_plan_phase unique (plan_id, code),
    check (start_date <= end_date and end_date <= report_due)
);

create table plan_target (
    phase_id      bigint        not null references plan_phase (id) on delete cascade,
    indicator_id  bigint        not null references plan_indicator (id) on delete cascade,
    target        numeric(12,2) not null check (target >= 0),
    primary key (phase_id, indicator_id)
);
