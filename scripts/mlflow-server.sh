#!/usr/bin/env bash
# A real MLflow tracking server for the `mlo run export --mlflow` tests and the tracking bench.
#   scripts/mlflow-server.sh install DIR   make DIR/venv and `pip install mlflow` into it (once)
#   scripts/mlflow-server.sh start DIR     start `mlflow server` on 127.0.0.1 with a SQLite
#                                          backend in DIR; print its URL on stdout when healthy
#   scripts/mlflow-server.sh stop DIR      stop the server started from DIR
# DIR is a scratch directory under the build directory (scripts/test.sh uses target/mlflow).
# MLflow is a test tool only, never a dependency of mlo. MLFLOW_VERSION pins the version
# (default: the newest on PyPI).
set -euo pipefail
cmd="${1:?usage: mlflow-server.sh install|start|stop DIR}"
dir="${2:?usage: mlflow-server.sh install|start|stop DIR}"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
venv="$dir/venv"

install() {
  # A venv is tied to the path it was made at (its scripts' shebangs name its python): one
  # copied or moved from elsewhere looks installed but cannot start, so make it again.
  if [ -x "$venv/bin/mlflow" ] && head -n 1 "$venv/bin/mlflow" | grep -qF "#!$venv/bin/python"; then
    return
  fi
  rm -rf "$venv"
  echo "mlflow-server: installing mlflow into $venv (a few minutes, once)" >&2
  if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    # Debian and Ubuntu ship venv (and ensurepip) separately.
    rm -rf "$venv"
    echo "mlflow-server: installing python3-venv (Debian package)" >&2
    (apt-get update -qq && apt-get install -y -qq python3-venv) >/dev/null
    python3 -m venv "$venv"
  fi
  "$venv/bin/pip" install --quiet --disable-pip-version-check "mlflow${MLFLOW_VERSION:+==$MLFLOW_VERSION}" >&2
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start() {
  install
  if [ -f "$dir/server.pid" ] && kill -0 "$(cat "$dir/server.pid")" 2>/dev/null; then
    cat "$dir/server.url"
    return
  fi
  port="$(free_port)"
  rm -rf "$dir/server.db" "$dir/artifacts"
  # setsid: the server and its workers get their own process group, so `stop` ends exactly them.
  setsid "$venv/bin/mlflow" server \
    --backend-store-uri "sqlite:///$dir/server.db" \
    --default-artifact-root "$dir/artifacts" \
    --host 127.0.0.1 --port "$port" --workers 1 \
    >"$dir/server.log" 2>&1 < /dev/null &
  echo $! > "$dir/server.pid"
  url="http://127.0.0.1:$port"
  for _ in $(seq 1 240); do
    if python3 -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1]+'/health', timeout=2)" "$url" 2>/dev/null; then
      echo "$url" > "$dir/server.url"
      echo "$url"
      return
    fi
    if ! kill -0 "$(cat "$dir/server.pid")" 2>/dev/null; then
      echo "mlflow-server: the server exited; its log:" >&2
      cat "$dir/server.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "mlflow-server: no answer from $url/health after 120 s; its log:" >&2
  tail -n 50 "$dir/server.log" >&2
  stop
  exit 1
}

stop() {
  if [ -f "$dir/server.pid" ]; then
    pid="$(cat "$dir/server.pid")"
    # The server was started with setsid, so its pid is its process group id.
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$dir/server.pid" "$dir/server.url"
  fi
}

case "$cmd" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: mlflow-server.sh install|start|stop DIR" >&2; exit 2 ;;
esac
