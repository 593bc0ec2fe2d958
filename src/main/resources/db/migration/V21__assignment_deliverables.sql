-- Each preparatory assignment's deliverable, kept per assignment so the approver sees all of them and returns each
-- to its own owner (they used to share one set of process variables, and the approver saw the last one submitted).
create table assignment_deliverable (
    campaign_id        bigint        not null references campaign (id),
    assignment_code    varchar(40)   not null,
    document_reference varchar(300)  not null,
    summary            varchar(4000) not null,
    submitted_by       varchar(100),
    submitted_at       timestamptz   not null,
    revision           int           not null default 1,
    status             varchar(16)   not null,
    return_note        varchar(4000),
    primary key (campaign_id, assignment_code),
    constraint assignment_deliverable_status check (status in ('SUBMITTED', 'RETURNED', 'APPROVED'))
);
