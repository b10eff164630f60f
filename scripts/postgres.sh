# Finds a PostgreSQL server for the tests: TEST_POSTGRES_URL when set, else a server on
# 127.0.0.1:5432 that answers, else a throwaway cluster started from the installed
# binaries (installing Debian's postgresql package when missing). Never skips it.

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && echo "$dir"
}

port_answers() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

start_throwaway_cluster() {
  local bin
  bin=$(pg_bin) || true
  if [ -z "$bin" ]; then
    apt_install postgresql
    bin=$(pg_bin)
  fi
  local dir port=55432
  dir=$(mktemp -d /tmp/microcontracts-pg.XXXXXX)
  chmod 755 "$dir"
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir" 2>/dev/null || { useradd --system postgres && chown postgres "$dir"; }
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust >/dev/null
  # TLS on, as on Debian's own cluster and managed services: the tests prove a TLS connection.
  "${run[@]}" openssl req -new -x509 -days 2 -nodes -subj /CN=127.0.0.1 \
    -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1
  "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c ssl=on" \
    -l "$dir/log" -w start >/dev/null
  THROWAWAY_PG=("${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop)
  trap 'stop_throwaway_cluster' EXIT
  export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
}

stop_throwaway_cluster() {
  if [ -n "${THROWAWAY_PG:-}" ]; then "${THROWAWAY_PG[@]}" >/dev/null 2>&1 || true; fi
}

find_postgres() {
  if [ -n "${TEST_POSTGRES_URL:-}" ]; then return; fi
  if port_answers 127.0.0.1 5432; then
    export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:5432/postgres"
  else
    echo "No PostgreSQL on 127.0.0.1:5432: starting a throwaway cluster" >&2
    start_throwaway_cluster
  fi
}

# Each test makes its own database named mc_test_*; remove those of earlier runs.
drop_old_test_databases() {
  command -v psql >/dev/null || return 0
  psql "$TEST_POSTGRES_URL" -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'mc\_test\_%'" 2>/dev/null |
    while read -r name; do psql "$TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" >/dev/null 2>&1 || true; done
}
