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

# The demo keeps its profile and keychain apart from your own: both live in $workdir.
export XDG_CONFIG_HOME="$workdir/config"
SCANVAULT_DEMO_PASSWORD="Sandbox-Admin-1!" SCANVAULT_DEMO_QUALYS_PASSWORD="Sandbox-Qualys-Api-1!" \
    with_private_keyring "$SCANVAULT_BUILD/scanvault" --sandbox "$workdir/ready.json" "$@"
