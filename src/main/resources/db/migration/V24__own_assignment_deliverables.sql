-- Assignments each owner does for itself (each sector department, district or commune plans, estimates its costs,
-- forms its own steering committee): one deliverable per owner, kept apart from the province's drafts that the
-- approver sees. The owner is an agency code (departments) or a unit code (districts, communes).
create table own_assignment_deliverable (
    campaign_id        bigint        not null references campaign (id),
    assignment_code    varchar(40)   not null,
    owner_key          varchar(40)   not null,
    owner_name         varchar(300)  not null,
    document_reference varchar(300)  not null,
    summary            varchar(4000) not null,
    submitted_by       varchar(100),
    submitted_at       timestamptz   not null,
    primary key (campaign_id, assignment_code, owner_key)
);
