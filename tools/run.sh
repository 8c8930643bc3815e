#!/usr/bin/env bash
# The run command: installs what is missing, builds, starts the sandbox on loopback with its
# example estate, and opens the console connected to it. The sandbox stops with the console.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_packages
build_all

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    say "no display found. To run the console on a virtual one:"
    say "  xvfb-run -a -s '-screen 0 1600x1000x24' $0"
    exit 2
fi

workdir=$(mktemp -d)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

start_sandbox "$workdir"
port=$(sed -n 's/.*"https":\([0-9]*\).*/\1/p' "$workdir/ready.json")
token=$(sed -n 's/.*"control":"\([^"]*\)".*/\1/p' "$workdir/ready.json")
say "simulate a scan (the Qualys scanner appliance fetching every record's password):"
say "  curl -s --cacert $(sed -n 's/.*"certificate":"\([^"]*\)".*/\1/p' "$workdir/ready.json")" \
    "-H 'X-Sandbox-Control: $token' -d '{\"appliance\":\"127.0.0.200\"}'" \
    "https://127.0.0.1:$port/sandbox-control/scanner/scan"

# The demo keeps its profile and keychain apart from your own: both live in $workdir.
export XDG_CONFIG_HOME="$workdir/config"
SCANVAULT_DEMO_PASSWORD="Sandbox-Admin-1!" SCANVAULT_DEMO_QUALYS_PASSWORD="Sandbox-Qualys-Api-1!" \
    with_private_keyring "$SCANVAULT_BUILD/scanvault" --sandbox "$workdir/ready.json" "$@"
