#!/usr/bin/env bash
# One PostgreSQL database for a shop with several computers, and the two roles that use it.
#
# Run it on the server, as someone allowed to administer PostgreSQL, for instance:
#   sudo -u postgres packaging/postgres-setup.sh [DATABASE] [ROLE] [OWNER]
# DATABASE and ROLE default to optin_desk, OWNER to ROLE_owner.
#   OWNER owns the database and its tables: it sets the tables up and upgrades them
#         (`optin-desk init`, a newer version's first start, `move-to`) and restores backups.
#   ROLE  is what every till and office computer logs in as from day to day. It reads and
#         writes the records but can never rewrite or empty the ledger of consent events
#         (no UPDATE, DELETE or TRUNCATE on it, and as it owns no table it cannot switch the
#         ledger's guard trigger off). It may create databases only to prove each backup by
#         loading it into a scratch database, which it then drops.
# The passwords are asked for (twice each), never taken from the command line. psql's own
# variables choose the server: PGHOST, PGPORT, PGUSER (default: this machine). Nobody else
# may connect. A role or database already there is left alone (exit 2, nothing changed).
set -euo pipefail
db="${1:-optin_desk}"
role="${2:-optin_desk}"
owner="${3:-${role}_owner}"
name='^[a-z_][a-z0-9_]{0,62}$'
if [[ ! $db =~ $name || ! $role =~ $name || ! $owner =~ $name ]]; then
    echo "postgres-setup: names are lower-case letters, digits and _ (got '$db', '$role', '$owner')" >&2
    exit 2
fi
if [[ $role == "$owner" ]]; then
    echo "postgres-setup: the computers' role and the owner must be two roles (both '$role')" >&2
    exit 2
fi
taken=$(psql -X -A -t -q -d postgres -v db="$db" -v role="$role" -v owner="$owner" <<'SQL'
SELECT (SELECT count(*) FROM pg_roles WHERE rolname IN (:'role', :'owner'))
     + (SELECT count(*) FROM pg_database WHERE datname = :'db');
SQL
)
if [[ $taken != 0 ]]; then
    echo "postgres-setup: the role $role or $owner, or the database $db, already exists; nothing was changed" >&2
    exit 2
fi
ask() {  # ask ROLE: read its password twice into $password
    local again
    read -rsp "Password for $1: " password; echo >&2
    read -rsp "The same again: " again; echo >&2
    if [[ -z $password || $password != "$again" ]]; then
        echo "postgres-setup: the two passwords for $1 differ (or are empty); nothing was changed" >&2
        exit 2
    fi
}
ask "$owner (the owner)"; owner_password=$password
ask "$role (every computer)"; role_password=$password
if [[ $owner_password == "$role_password" ]]; then
    echo "postgres-setup: give the owner a password of its own; nothing was changed" >&2
    exit 2
fi
# the passwords reach psql through its environment, not its command line (seen by `ps`);
# one transaction for the roles, then the database (CREATE DATABASE cannot run inside one)
export OPTIN_OWNER_PASSWORD="$owner_password" OPTIN_ROLE_PASSWORD="$role_password"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -v role="$role" -v owner="$owner" <<'SQL'
\getenv owner_password OPTIN_OWNER_PASSWORD
\getenv role_password OPTIN_ROLE_PASSWORD
BEGIN;
CREATE ROLE :"owner" LOGIN CREATEDB PASSWORD :'owner_password';
CREATE ROLE :"role" LOGIN CREATEDB PASSWORD :'role_password';
-- the owner may end the computers' sessions (a restore with --force does), nobody else's
GRANT :"role" TO :"owner";
COMMIT;
SQL
unset OPTIN_OWNER_PASSWORD OPTIN_ROLE_PASSWORD
if ! psql -X -q -v ON_ERROR_STOP=1 -d postgres -v db="$db" -v role="$role" -v owner="$owner" <<'SQL'
CREATE DATABASE :"db" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"owner", :"role";
\connect :"db"
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"role";
-- every table and sequence the owner creates (now: none; `init` makes them) is usable by the
-- computers' role; the program takes the ledger's rewrite rights back after each upgrade
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"role";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO :"role";
SQL
then
    psql -X -q -d postgres -v db="$db" -v role="$role" -v owner="$owner" >/dev/null 2>&1 <<'SQL' || true
DROP DATABASE IF EXISTS :"db";
DROP ROLE IF EXISTS :"role";
DROP ROLE IF EXISTS :"owner";
SQL
    echo "postgres-setup: the database could not be made; nothing was kept" >&2
    exit 2
fi
cat <<EOT
Done. Once, from any computer, set up the tables as the owner:
  optin-desk --db postgresql+psycopg://$owner@SERVER/$db init --business "NAME" --country CC
(or move a shop's records there: optin-desk --db OLD.sqlite3 move-to postgresql+psycopg://$owner@SERVER/$db)
Then every computer: optin-desk --db postgresql+psycopg://$role@SERVER/$db
EOT
