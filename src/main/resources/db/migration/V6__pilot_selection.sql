-- Communes chosen for a wave of team establishment, by the district (three-tier era) or the province.
create table pilot_selection (
    id           bigserial    primary key,
    campaign_id  bigint       not null references campaign (id),
    chosen_by    bigint       not null references admin_unit (id),
    commune_id   bigint       not null references admin_unit (id),
    wave         integer      not null check (wave >= 0),
    chosen_at    timestamptz  not null default now(),
    constraint uq_pilot_selection unique (campaign_id, commune_id, wave)
);
