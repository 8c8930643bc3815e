# Shared by the project's commands: which Debian packages it needs, and how it builds.
# Sourced, not run.

SCANVAULT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCANVAULT_BUILD=${SCANVAULT_BUILD:-$SCANVAULT_ROOT/build}

SCANVAULT_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus dbus-daemon
    openssl ca-certificates xvfb xauth
)

# Only tools/screenshots.sh needs these: typing keys into the console and grabbing the screen.
SCANVAULT_SCREENSHOT_PACKAGES=(xdotool imagemagick)

say() { printf 'scanvault: %s\n' "$*" >&2; }

# Installs what is missing. Needs root (or sudo) only when something is missing.
ensure_packages() {
    local missing=()
    for package in "${SCANVAULT_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    say "installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { say "run as root, or install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# Configures once, then rebuilds only what changed.
build_all() {
    if [ ! -f "$SCANVAULT_BUILD/build.ninja" ]; then
        cmake -S "$SCANVAULT_ROOT" -B "$SCANVAULT_BUILD" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    fi
    cmake --build "$SCANVAULT_BUILD" -- -j"$(nproc)"
}

# Runs "$@" inside a private D-Bus session with a fresh, unlocked gnome-keyring, so the
# console's keychain calls reach a real Secret Service and never the user's own keyring.
with_private_keyring() {
    local home
    home=$(mktemp -d)
    mkdir -p "$home/data" "$home/runtime"
    chmod 700 "$home/runtime"
    XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime" \
        dbus-run-session -- bash -c '
            printf "scanvault-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            exec "$@"' scanvault-keyring "$@"
    local status=$?
    rm -rf "$home"
    return $status
}

# Starts the sandbox on free loopback ports with its example estate, waits for its ready
# line and writes that line's JSON to "$1/ready.json". Sets sandbox_pid; the caller stops it.
start_sandbox() {
    local workdir=$1
    "$SCANVAULT_BUILD/sandbox/scanvault-sandbox" --http-port 0 --https-port 0 \
        >"$workdir/sandbox.out" 2>"$workdir/sandbox.err" &
    sandbox_pid=$!
    for _ in $(seq 1 300); do
        grep -q '^SANDBOX_READY ' "$workdir/sandbox.out" 2>/dev/null && break
        kill -0 "$sandbox_pid" 2>/dev/null || { cat "$workdir/sandbox.err" >&2; return 1; }
        sleep 0.1
    done
    local ready
    ready=$(grep '^SANDBOX_READY ' "$workdir/sandbox.out" | head -n 1 | cut -d' ' -f2-)
    [ -n "$ready" ] || { say "the sandbox did not start"; cat "$workdir/sandbox.err" >&2; return 1; }
    grep -v '^SANDBOX_READY ' "$workdir/sandbox.out" >&2
    printf "%s\n" "$ready" >"$workdir/ready.json"
}
