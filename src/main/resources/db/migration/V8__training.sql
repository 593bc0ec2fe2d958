-- Training of a campaign's teams: sessions the digital department schedules, the teams invited to each, who
-- attended, and when a team counts as trained (the plan's attendance share, cumulative over sessions).
create table training_session (
    id                   bigserial    primary key,
    campaign_id          bigint       not null references campaign (id),
    wave                 integer      not null check (wave >= 0),
    session_date         date         not null,
    mode                 varchar(16)  not null check (mode in ('IN_PERSON', 'ONLINE')),
    place                varchar(300),
    platform             varchar(300),
    topics               text         not null,
    process_instance_id  varchar(64)  not null,
    created_at           timestamptz  not null default now(),
    -- An in-person session has a place, an online one a platform.
    constraint ck_training_session_venue check (mode = 'IN_PERSON' and place is not null
                                                or mode = 'ONLINE' and platform is not null)
);
create index ix_training_session_campaign on training_session (campaign_id);

create table training_invitation (
    session_id  bigint  not null references training_session (id) on delete cascade,
    team_id     bigint  not null references team (id),
    primary key (session_id, team_id)
);

create table training_attendance (
    session_id  bigint   not null references training_session (id) on delete cascade,
    member_id   bigint   not null references team_member (id),
    attended    boolean  not null,
    primary key (session_id, member_id)
);

-- A team is trained once; the session that brought it over the plan's share is kept for the record.
create table team_training (
    team_id     bigint       primary key references team (id),
    session_id  bigint       not null references training_session (id),
    trained_at  timestamptz  not null
);
