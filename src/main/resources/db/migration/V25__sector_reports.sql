-- Where a plan has each sector department report its sector's results for every period (Cần Thơ 1170: to the
-- Sở TT&TT by 15/6, 15/9 and 15/12), one report per department and period, which the compiler sees.
create table sector_report (
    campaign_id        bigint        not null references campaign (id),
    phase_id           bigint        not null references plan_phase (id),
    agency_code        varchar(40)   not null,
    agency_name        varchar(300)  not null,
    document_reference varchar(300)  not null,
    summary            varchar(4000) not null,
    submitted_by       varchar(100),
    submitted_at       timestamptz   not null default now(),
    primary key (campaign_id, phase_id, agency_code)
);
