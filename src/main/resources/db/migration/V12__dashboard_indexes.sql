-- The dashboard counts a campaign's teams per commune.
create index ix_team_campaign_commune on team (campaign_id, commune_id);
