-- Domain schema of the product. Camunda keeps its own tables in the public schema; ours live in "cdtt".

-- A hierarchy is one snapshot of the state's administrative structure with the period it was in force.
create table admin_hierarchy (
    code        varchar(16)  primary key,
    tiers       smallint     not null check (tiers in (2, 3)),
    valid_from  date,
    valid_to    date,
    source      varchar(200) not null,
    check (valid_from is null or valid_to is null or valid_from < valid_to)
);

-- Provinces, districts and communes of every hierarchy. A code may be reused by a later unit, so a unit is
-- identified by (level, code, hierarchy) and looked up by code and date through its validity period
-- (valid_from inclusive, valid_to exclusive, null meaning open).
create table admin_unit (
    id          bigserial    primary key,
    hierarchy   varchar(16)  not null references admin_hierarchy (code),
    level       varchar(16)  not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    code        varchar(8)   not null,
    name        varchar(200) not null,
    full_name   varchar(200) not null,
    unit_type   varchar(40)  not null,
    parent_id   bigint       references admin_unit (id),
    valid_from  date,
    valid_to    date,
    constraint uq_admin_unit_code unique (hierarchy, level, code),
    check (valid_from is null or valid_to is null or valid_from < valid_to),
    check ((level = 'PROVINCE') = (parent_id is null))
);
create index ix_admin_unit_parent on admin_unit (parent_id);
create index ix_admin_unit_code on admin_unit (code, level);

-- Villages (thôn, ấp, khu phố): in no open dataset, imported by provinces. Synthetic ones come from demo data.
create table village (
    id          bigserial    primary key,
    commune_id  bigint       not null references admin_unit (id),
    code        varchar(32)  not null,
    name        varchar(200) not null,
    households  integer      not null check (households >= 0),
    synthetic   boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint uq_village_code unique (commune_id, code)
);

-- Agencies: departments, unions, committees. Each belongs to the government of one administrative unit.
create table agency (
    id          bigserial    primary key,
    code        varchar(40)  not null unique,
    name_vi     varchar(200) not null,
    name_en     varchar(200) not null,
    unit_id     bigint       not null references admin_unit (id),
    mailbox     varchar(254),
    valid_from  date,
    valid_to    date,
    check (valid_from is null or valid_to is null or valid_from < valid_to)
);
create index ix_agency_unit on agency (unit_id);

-- Which agency plays a role, and when (DIGITAL_DEPT moves from Information and Communications to
-- Science and Technology on 1 March 2025).
create table agency_role (
    id          bigserial    primary key,
    role        varchar(40)  not null,
    agency_id   bigint       not null references agency (id),
    valid_from  date,
    valid_to    date,
    check (valid_from is null or valid_to is null or valid_from < valid_to)
);
create index ix_agency_role_agency on agency_role (agency_id);
create index ix_agency_role_role on agency_role (role);

create table official (
    id            bigserial    primary key,
    username      varchar(64)  not null unique,
    full_name     varchar(200) not null,
    email         varchar(254) not null,
    agency_id     bigint       not null references agency (id),
    access_level  varchar(16)  not null check (access_level in ('OFFICIAL', 'LEADER', 'ADMIN')),
    locale        varchar(8)   not null default 'vi',
    demo          boolean      not null default false
);

-- The administrative units an official acts for (a commune official acts for the commune).
create table official_unit (
    official_id  bigint not null references official (id) on delete cascade,
    unit_id      bigint not null references admin_unit (id),
    primary key (official_id, unit_id)
);
