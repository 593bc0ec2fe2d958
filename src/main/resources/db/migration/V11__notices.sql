-- How an official wants task notices: each at once, or one digest a day.
alter table official add column notice_mode varchar(16) not null default 'IMMEDIATE'
    check (notice_mode in ('IMMEDIATE', 'DIGEST'));

-- The outbox: one row per task, recipient and kind, written in the transaction that creates the task (or finds it
-- due), sent later by the scheduled sender. The unique key makes each notice at most one row.
create table notice (
    id               bigserial    primary key,
    kind             varchar(16)  not null check (kind in ('TASK', 'REMINDER', 'ESCALATION', 'DIGEST')),
    task_id          varchar(64),
    digest_day       date,
    recipient        varchar(254) not null,
    username         varchar(64),
    locale           varchar(8)   not null default 'vi',
    status           varchar(16)  not null default 'PENDING'
                     check (status in ('PENDING', 'RETRYING', 'SENT', 'FAILED', 'DIGEST_WAIT', 'IN_DIGEST')),
    task_name        varchar(300),
    drive_name       varchar(300),
    plan_reference   varchar(200),
    unit_name        varchar(300),
    due_at           timestamptz,
    task_key         varchar(100),
    digest_of        text,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    claimed_until    timestamptz,
    last_error       text,
    created_at       timestamptz  not null default now(),
    sent_at          timestamptz,
    constraint uq_notice unique (task_id, recipient, kind),
    constraint uq_notice_digest unique (recipient, digest_day),
    check ((kind = 'DIGEST') = (task_id is null))
);
create index ix_notice_due on notice (next_attempt_at) where status in ('PENDING', 'RETRYING');
create index ix_notice_digest_wait on notice (recipient) where status = 'DIGEST_WAIT';

-- Recipients are looked up from Camunda group ids on every task created: index what those ids are made of.
create index ix_admin_unit_hierarchy_code on admin_unit (hierarchy, code);
create index ix_agency_lower_code on agency (lower(code));
create index ix_official_unit_unit on official_unit (unit_id);
create index ix_official_agency on official (agency_id);
