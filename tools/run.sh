#!/usr/bin/env bash
# The run command: installs what is missing, builds, starts the sandbox on loopback with its
# example estate, and opens the console connected to it. The sandbox stops with the console.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    say "no display found. To run the console on a virtual one:"
    say "  xvfb-run -a -s '-screen 0 1600x1000x24' $0"
    exit 2
fi

ensure_packages
build_all

workdir=$(mktemp -d)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

"$SCANVAULT_BUILD/sandbox/scanvault-sandbox" --http-port 0 --https-port 0 \
    >"$workdir/sandbox.out" 2>"$workdir/sandbox.err" &
sandbox_pid=$!

for _ in $(seq 1 300); do
    grep -q '^SANDBOX_READY ' "$workdir/sandbox.out" 2>/dev/null && break
    kill -0 "$sandbox_pid" 2>/dev/null || { cat "$workdir/sandbox.err" >&2; exit 1; }
    sleep 0.1
done
ready=$(grep '^SANDBOX_READY ' "$workdir/sandbox.out" | head -n 1 | cut -d' ' -f2-)
[ -n "$ready" ] || { say "the sandbox did not start"; cat "$workdir/sandbox.err" >&2; exit 1; }
grep -v '^SANDBOX_READY ' "$workdir/sandbox.out" >&2

printf "%s\n" "$ready" >"$workdir/ready.json"
# The demo keeps its profile and keychain apart from your own: both live in $workdir.
export XDG_CONFIG_HOME="$workdir/config"
SCANVAULT_DEMO_PASSWORD="Sandbox-Admin-1!" \
    with_private_keyring "$SCANVAULT_BUILD/scanvault" --sandbox "$workdir/ready.json" "$@"
