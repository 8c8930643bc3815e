#!/usr/bin/env bash
# Renders a screenshot of each main screen of the console, signed in to the sandbox, on a
# virtual X display: doc/screenshots/<name>.png (or the folder given as $1).
# Drives the console the way a person would, with its keyboard shortcuts.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_packages "${SCANVAULT_SCREENSHOT_PACKAGES[@]}"
build_all

out=$(realpath -m "${1:-$SCANVAULT_ROOT/doc/screenshots}")
mkdir -p "$out"

if [ -z "${SCANVAULT_SCREENSHOT_DISPLAY:-}" ]; then
    # Re-run on a private virtual display of a fixed size, so pictures do not depend on
    # the machine's screen.
    exec env SCANVAULT_SCREENSHOT_DISPLAY=1 \
        xvfb-run -a -s '-screen 0 1400x900x24' "$0" "$out"
fi

workdir=$(mktemp -d)
sandbox_pid=
console_pid=
cleanup() {
    if [ -n "$console_pid" ]; then kill "$console_pid" 2>/dev/null; wait "$console_pid" 2>/dev/null || true; fi
    if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null; wait "$sandbox_pid" 2>/dev/null || true; fi
    rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

start_sandbox "$workdir" 2>/dev/null
export XDG_CONFIG_HOME="$workdir/config"
SCANVAULT_DEMO_PASSWORD="Sandbox-Admin-1!" SCANVAULT_DEMO_QUALYS_PASSWORD="Sandbox-Qualys-Api-1!" \
    with_private_keyring "$SCANVAULT_BUILD/scanvault" --sandbox "$workdir/ready.json" \
    >"$workdir/console.log" 2>&1 &
console_pid=$!

window=$(xdotool search --sync --name '^ScanVault' | head -n 1)
xdotool windowsize "$window" 1400 900
xdotool windowmove "$window" 0 0
# There is no window manager on the virtual display: give the console the keyboard directly
# (events sent to a window by name are ignored by Qt).
xdotool windowfocus --sync "$window"

# The console answers asynchronously; these pauses only let a screen finish painting
# before it is photographed.
settle() { sleep "${1:-2}"; }
shot() {
    import -window root "$out/$1.png"
    say "wrote $out/$1.png"
}
key() { xdotool key --clearmodifiers "$@"; }

settle 4
key ctrl+0; settle; shot connection
key ctrl+1; settle 3; shot secrets

# Search for a blocked secret and open it: its detail tabs.
key ctrl+f; xdotool type 'core-jump01'; key Return; settle 3
key Down Return; settle 3; shot secret-general
# The detail's tab bar comes next in the tab order: General, Heartbeat, Audit, Permissions.
key Tab Right Right Right; settle 3; shot secret-permissions
key Right; settle; shot secret-security
# Back on Permissions: the fix the explainer suggests, previewed (and not applied).
key Left; settle; key alt+g; settle 3; shot change-preview; key Escape; settle
xdotool windowfocus --sync "$window"

key ctrl+2; settle 3; key ctrl+u End; settle
key alt+d; xdotool type '127.0.0.200, 127.0.0.1'; settle; shot users-and-groups
key ctrl+3; settle 3; shot server-settings
key ctrl+4; settle 4; shot qualys
key ctrl+5; settle 6; shot scan-readiness
key ctrl+shift+w; settle 3; shot setup-wizard
