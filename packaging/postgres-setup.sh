#!/usr/bin/env bash
# One PostgreSQL database for a shop with several computers, and the role OptIn Desk logs in as.
#
# Run it on the server, as someone allowed to administer PostgreSQL, for instance:
#   sudo -u postgres packaging/postgres-setup.sh [DATABASE] [ROLE]
# Both default to optin_desk. The password is asked for (twice), never taken from the command
# line. psql's own variables choose the server: PGHOST, PGPORT, PGUSER (default: this machine).
# The role owns the database, so that each computer's OptIn Desk can create and upgrade its
# tables; nobody else may connect. A role or database already there is left alone (exit 2).
set -euo pipefail
db="${1:-optin_desk}"
role="${2:-optin_desk}"
name='^[a-z_][a-z0-9_]{0,62}$'
if [[ ! $db =~ $name || ! $role =~ $name ]]; then
    echo "postgres-setup: names are lower-case letters, digits and _ (got '$db', '$role')" >&2
    exit 2
fi
taken=$(psql -X -A -t -q -d postgres -v db="$db" -v role="$role" <<'SQL'
SELECT (SELECT count(*) FROM pg_roles WHERE rolname = :'role')
     + (SELECT count(*) FROM pg_database WHERE datname = :'db');
SQL
)
if [[ $taken != 0 ]]; then
    echo "postgres-setup: the role $role or the database $db already exists; nothing was changed" >&2
    exit 2
fi
read -rsp "Password for $role: " password; echo >&2
read -rsp "The same again: " again; echo >&2
if [[ -z $password || $password != "$again" ]]; then
    echo "postgres-setup: the two passwords differ (or are empty); nothing was changed" >&2
    exit 2
fi
# the password reaches psql through its environment, not its command line (seen by `ps`)
OPTIN_SETUP_PASSWORD="$password" psql -X -q -v ON_ERROR_STOP=1 -d postgres -v db="$db" \
    -v role="$role" <<'SQL'
\getenv password OPTIN_SETUP_PASSWORD
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"role";
SQL
echo "Done. Each computer: optin-desk --db postgresql+psycopg://$role@SERVER/$db"
