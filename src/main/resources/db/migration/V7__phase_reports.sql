-- One report per campaign, phase and reporting unit; its process starts with it (unique: never two).
create table phase_report (
    id                   bigserial    primary key,
    campaign_id          bigint       not null references campaign (id),
    phase_id             bigint       not null references plan_phase (id),
    unit_id              bigint       not null references admin_unit (id),
    process_instance_id  varchar(64)  not null,
    status               varchar(16)  not null default 'OPEN' check (status in ('OPEN', 'VERIFIED')),
    verified_at          timestamptz,
    constraint uq_phase_report unique (campaign_id, phase_id, unit_id)
);

create table phase_report_value (
    report_id     bigint        not null references phase_report (id) on delete cascade,
    indicator_id  bigint        not null references plan_indicator (id),
    value         numeric(14,2) not null check (value >= 0),
    primary key (report_id, indicator_id)
);
