#!/usr/bin/env bash
# Build the OptIn Desk desktop bundle: OUTDIR/optin-desk/optin-desk runs the window and every
# command without a Python environment. Needs the project installed with its "bundle" extra
# (pip install ".[bundle]") in the Python that runs this script (default: python3).
#   packaging/build.sh OUTDIR
set -euo pipefail
if [ $# -ne 1 ]; then
    echo "usage: packaging/build.sh OUTDIR" >&2
    exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
python="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$out" --workpath "$work" "$here/optin-desk.spec"
cp "$here/optin-desk.desktop" "$out/optin-desk/"
du -sh "$out/optin-desk" | awk '{print "bundle: " $2 " (" $1 ")"}'
