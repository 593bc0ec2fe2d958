-- Reports asked "theo yêu cầu phát sinh": the compiler asks any units (departments, districts, communes) for a report
-- on a subject by a day. The units asked, and the group that works each one's task, are fixed here when the request
-- is made; the request's process reads them from here, never from a variable.
create table report_request (
    id                 bigserial     primary key,
    campaign_id        bigint        not null references campaign (id),
    subject            varchar(300)  not null,
    due_on             date          not null,
    requested_by       varchar(100),
    requested_at       timestamptz   not null default now(),
    document_reference varchar(300),
    summary            varchar(4000),
    compiled_by        varchar(100),
    compiled_at        timestamptz
);

create table report_request_unit (
    request_id         bigint        not null references report_request (id),
    unit_key           varchar(60)   not null,
    unit_name          varchar(300)  not null,
    group_id           varchar(100)  not null,
    document_reference varchar(300),
    summary            varchar(4000),
    submitted_by       varchar(100),
    submitted_at       timestamptz,
    primary key (request_id, unit_key)
);
