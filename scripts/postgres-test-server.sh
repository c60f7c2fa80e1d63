#!/usr/bin/env bash
# Makes a local PostgreSQL available for the PostgreSQL test run (Debian's postgresql package):
# starts the cluster and ensures a login role. Prints the admin URL on stdout; exit 3 when PostgreSQL
# is not installed (the caller then skips that run and says so).
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null; then exit 3; fi
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
[ -n "$cluster" ] || exit 3
if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
  pg_ctlcluster $cluster start >&2
fi
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
run_psql() { if [ "$(id -u)" = "0" ]; then su postgres -c "psql -p $port -qtAc \"$1\""; else psql -p "$port" -qtAc "$1"; fi; }
for _ in $(seq 1 20); do run_psql "select 1" >/dev/null 2>&1 && break; sleep 0.5; done
if [ "$(run_psql "select 1 from pg_roles where rolname='duyet_test'")" != "1" ]; then
  run_psql "create role duyet_test login createdb password 'duyet_test'" >&2
fi
echo "postgresql://duyet_test:duyet_test@127.0.0.1:$port/postgres"
