-- One team-establishment process per campaign, commune and wave: the unique key makes a second start impossible,
-- whichever node tries it.
create table team_establishment (
    id                   bigserial    primary key,
    campaign_id          bigint       not null references campaign (id),
    commune_id           bigint       not null references admin_unit (id),
    wave                 integer      not null check (wave >= 0),
    deadline             date         not null,
    process_instance_id  varchar(64)  not null,
    started_at           timestamptz  not null default now(),
    constraint uq_team_establishment unique (campaign_id, commune_id, wave)
);

-- Reminders before and escalations after a deadline, as they happened (notices are sent from these later).
create table deadline_event (
    id           bigserial    primary key,
    campaign_id  bigint       not null references campaign (id),
    unit_id      bigint       not null references admin_unit (id),
    step         varchar(40)  not null,
    kind         varchar(16)  not null check (kind in ('REMINDER', 'ESCALATION')),
    due          date         not null,
    occurred_at  timestamptz  not null default now()
);
create index ix_deadline_event_campaign on deadline_event (campaign_id, step, kind);
