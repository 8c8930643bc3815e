#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs the whole suite with ctest,
# offscreen, against a real (private, unlocked) gnome-keyring.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_packages
build_all

export QT_QPA_PLATFORM=offscreen
with_private_keyring ctest --test-dir "$SCANVAULT_BUILD" --output-on-failure "$@"
