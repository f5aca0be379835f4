#!/bin/sh
# A throwaway PostgreSQL cluster for tests and CI, the same steps as
# test/global-setup.ts: initdb in a temp dir, start on a free loopback port
# with fsync off, print the URL; stop it and delete the dir.
#
#   eval "$(scripts/pg.sh start)"   # exports AFTERVIEW_TEST_DATABASE_URL and AFTERVIEW_PG_DIR
#   scripts/pg.sh stop              # uses AFTERVIEW_PG_DIR (or the dir given as $2)
#
# Runs initdb/pg_ctl as user postgres when started as root. Exits 1 when no
# PostgreSQL is installed under /usr/lib/postgresql/*/bin.
set -eu

bin_dir() {
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

case "${1:-}" in
  start)
    BIN=$(bin_dir) || { echo "pg.sh: no PostgreSQL under /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2; exit 1; }
    DIR=$(mktemp -d "${TMPDIR:-/tmp}/afterview-pg-XXXXXX")
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DIR"; fi
    as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    PORT=$(free_port)
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 60 \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$DIR/log" >&2; exit 1; }
    echo "export AFTERVIEW_PG_DIR='$DIR'"
    echo "export AFTERVIEW_TEST_DATABASE_URL='postgres://postgres@127.0.0.1:$PORT/postgres'"
    ;;
  stop)
    DIR=${2:-${AFTERVIEW_PG_DIR:-}}
    [ -n "$DIR" ] && [ -d "$DIR/data" ] || { echo "pg.sh: no cluster dir (set AFTERVIEW_PG_DIR or pass it)" >&2; exit 1; }
    BIN=$(bin_dir)
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null || true
    rm -rf "$DIR"
    ;;
  *)
    echo "usage: scripts/pg.sh start|stop [DIR]" >&2
    exit 2
    ;;
esac
