#!/usr/bin/env bash
# The session store tests run against PostgreSQL too. This script makes sure a local server runs and has a
# test role that may create databases, then prints the URL the tests connect with (stdout, one line).
# Installs Debian's `postgresql` package when missing (as root, like ensure-chromium.sh), starts the
# cluster when it is stopped. Override the role with HORSESHOE_TEST_PG_URL to use another server instead.
set -euo pipefail
ROLE=horseshoe_test
PASSWORD=horseshoe_test
if [ -n "${HORSESHOE_TEST_PG_URL:-}" ]; then
  echo "$HORSESHOE_TEST_PG_URL"
  exit 0
fi
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is missing: install Debian's package as root (apt-get update && apt-get install -y postgresql)." >&2
    exit 1
  fi
  echo "Installing PostgreSQL from Debian's packages…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
fi
# The first cluster Debian made (e.g. "15 main 5432 down …"); create one when there is none.
read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1) || true
if [ -z "${VERSION:-}" ]; then
  VERSION=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  pg_createcluster "$VERSION" main >&2
  read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters --no-header | head -n 1)
fi
if [ "$STATUS" != "online" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL $VERSION/$CLUSTER is stopped: start it as root (pg_ctlcluster $VERSION $CLUSTER start)." >&2
    exit 1
  fi
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qAtX $*" </dev/null; }
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"")" != "1" ]; then
  psql_admin "-c \"CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'\"" >&2
fi
# Tests drop their databases WITH (FORCE), which may have to end another backend (an autovacuum worker).
psql_admin "-c \"GRANT pg_signal_backend TO $ROLE\"" >&2
echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/postgres"
