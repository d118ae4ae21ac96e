#!/bin/sh
# Run by the postgres image once, when the data volume is created: creates ARdesk's own
# login role (see ardesk-role.sql) with the password from ARDESK_DB_PASSWORD.
set -eu
: "${ARDESK_DB_PASSWORD:?set ARDESK_DB_PASSWORD, the password of the portal's database role}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$ARDESK_DB_PASSWORD" -f /ardesk-initdb/ardesk-role.sql
