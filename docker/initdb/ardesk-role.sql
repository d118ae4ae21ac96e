-- The portal's login role for docker/compose.yaml, run once when the database volume is
-- created (docker/initdb/10-ardesk-role.sh passes the psql variable app_password).
--
-- ardesk_app is no superuser and cannot create roles or databases. It gets CONNECT,
-- CREATE and TEMPORARY on this database only: ARdesk creates, owns and migrates its own
-- schemas (control: clients, users and JobRunr's tables; one schema per client practice)
-- and never touches public. Running it again only resets the password.

-- psql does not expand variables inside a DO block: hand the password over as a setting.
select set_config('ardesk.app_password', :'app_password', false);

do $$
begin
  if length(current_setting('ardesk.app_password')) < 12 then
    raise exception 'the password of ardesk_app needs at least 12 characters';
  end if;
  if not exists (select from pg_roles where rolname = 'ardesk_app') then
    execute format('create role ardesk_app login password %L nosuperuser nocreatedb nocreaterole noreplication nobypassrls',
                   current_setting('ardesk.app_password'));
  else
    execute format('alter role ardesk_app login password %L nosuperuser nocreatedb nocreaterole noreplication nobypassrls',
                   current_setting('ardesk.app_password'));
  end if;
  execute format('revoke all on database %I from public', current_database());
  execute format('grant connect, create, temporary on database %I to ardesk_app', current_database());
end
$$;

select set_config('ardesk.app_password', '', false);

-- Nobody creates objects in public (the default since PostgreSQL 15; stated for clarity).
revoke create on schema public from public;
