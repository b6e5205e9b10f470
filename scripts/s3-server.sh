#!/usr/bin/env bash
# A real S3-protocol server for the tests and benches: moto's server on 127.0.0.1, with IAM
# authentication on (so wrong credentials are refused), one user whose keys the tests use, and
# one bucket. Installed into a virtualenv under the build directory on first use.
#   usage: scripts/s3-server.sh start   -> prints `export MLO_TEST_S3_*=...` lines to eval
#          scripts/s3-server.sh stop
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
venv="$target/s3-venv"
state="$target/s3-server"
mkdir -p "$state"
case "${1:-}" in
start)
    if [ ! -x "$venv/bin/moto_server" ]; then
        python3 -m venv "$venv" >&2
        "$venv/bin/pip" install --quiet 'moto[server]' boto3 >&2
    fi
    if [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
        cat "$state/env"; exit 0
    fi
    port="$("$venv/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    # The first 3 requests (create the user, its policy, its key) are not authenticated;
    # everything after is checked against IAM like AWS does.
    INITIAL_NO_AUTH_ACTION_COUNT=3 nohup "$venv/bin/moto_server" -H 127.0.0.1 -p "$port" \
        >"$state/log" 2>&1 &
    echo $! >"$state/pid"
    for _ in $(seq 1 100); do
        "$venv/bin/python" -c "import socket; socket.create_connection(('127.0.0.1',$port),0.2)" 2>/dev/null && break
        sleep 0.1
    done
    "$venv/bin/python" - "$port" >"$state/env" <<'PY'
import json, sys, boto3
port = sys.argv[1]
endpoint = f"http://127.0.0.1:{port}"
kw = dict(endpoint_url=endpoint, region_name="us-east-1",
          aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap")
iam = boto3.client("iam", **kw)
iam.create_user(UserName="mlo-test")
iam.put_user_policy(UserName="mlo-test", PolicyName="s3", PolicyDocument=json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}))
key = iam.create_access_key(UserName="mlo-test")["AccessKey"]
s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                  aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
s3.create_bucket(Bucket="mlo-test")
print(f"export MLO_TEST_S3_ENDPOINT={endpoint}")
print("export MLO_TEST_S3_BUCKET=mlo-test")
print(f"export MLO_TEST_S3_KEY={key['AccessKeyId']}")
print(f"export MLO_TEST_S3_SECRET={key['SecretAccessKey']}")
PY
    cat "$state/env"
    ;;
stop)
    if [ -f "$state/pid" ]; then
        kill "$(cat "$state/pid")" 2>/dev/null || true
        rm -f "$state/pid" "$state/env"
    fi
    ;;
*)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
