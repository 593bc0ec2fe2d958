-- Failed logins, shared by every node and kept across restarts. One row per (account, client address) and one per
-- client address alone (account ''), which bounds an address's attempts across accounts. A row blocks logins until
-- blocked_until; its count starts again once the last failure is older than the configured forget-after.
create table login_throttle (
    account          varchar(100) not null,
    client           varchar(64)  not null,
    failures         integer      not null,
    first_failure_at timestamptz  not null,
    last_failure_at  timestamptz  not null,
    blocked_until    timestamptz,
    primary key (client, account)
);
-- The administrators' page and the clean-up read by account and by age.
create index login_throttle_account on login_throttle (account);
create index login_throttle_last_failure on login_throttle (last_failure_at);
