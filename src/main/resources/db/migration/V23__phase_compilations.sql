-- Where a plan names a compiler (Cần Thơ's Sở TT&TT for the city, Phú Ninh's culture office for the district), one
-- compiled report per drive and period: the document sent to the plan's People's Committee and what it says.
create table phase_compilation (
    campaign_id        bigint        not null references campaign (id),
    phase_id           bigint        not null references plan_phase (id),
    document_reference varchar(300)  not null,
    summary            varchar(4000) not null,
    reports_verified   int           not null,
    reports_expected   int           not null,
    compiled_by        varchar(100),
    compiled_at        timestamptz   not null default now(),
    primary key (campaign_id, phase_id)
);
