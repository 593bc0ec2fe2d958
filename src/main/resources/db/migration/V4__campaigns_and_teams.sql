-- A campaign is one running drive of a plan version; its BPMN lifecycle instance carries the business key.
create table campaign (
    id             bigserial    primary key,
    plan_id        bigint       not null references campaign_plan (id),
    business_key   varchar(100) not null unique,
    started_at     timestamptz  not null default now()
);

-- Community digital teams founded in a campaign: one commune team and/or one team per village.
create table team (
    id               bigserial    primary key,
    campaign_id      bigint       not null references campaign (id),
    commune_id       bigint       not null references admin_unit (id),
    village_id       bigint       references village (id),
    wave             integer      not null check (wave >= 0),
    name             varchar(200) not null,
    zalo_link        varchar(300),
    founded_on       date,
    decision_number  varchar(100),
    created_at       timestamptz  not null default now()
);
-- One commune team per campaign and commune, one team per campaign and village: founding twice is impossible.
create unique index uq_team_commune on team (campaign_id, commune_id) where village_id is null;
create unique index uq_team_village on team (campaign_id, village_id) where village_id is not null;

create table team_member (
    id            bigserial    primary key,
    team_id       bigint       not null references team (id) on delete cascade,
    position      integer      not null,
    full_name     varchar(200) not null,
    phone         varchar(20),
    team_head     boolean      not null default false,
    village_head  boolean      not null default false,
    youth_union   boolean      not null default false,
    constraint uq_team_member unique (team_id, position)
);
