-- The deadline scan marks each open task it has handled for a kind (REMINDER, ESCALATION), so a later scan reads
-- only tasks it has not seen: at national scale tens of thousands of tasks fall due together, and re-reading them
-- every few minutes on every node would cost more than the notices themselves. Marks of finished tasks are removed
-- by the scan.
create table notice_deadline_mark (
    task_id    varchar(64)  not null,
    kind       varchar(16)  not null check (kind in ('REMINDER', 'ESCALATION')),
    marked_at  timestamptz  not null default now(),
    primary key (task_id, kind)
);
