# Shared by the scripts in this folder: install what a fresh machine lacks.

# Build outputs outside the clone, so that later runs (and CI on the same machine) reuse them.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/microcontracts/target}"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  echo "Installing Debian packages: $*" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# A cargo subcommand at a pinned version, installed from crates.io when missing.
cargo_install() {
  local name=$1 version=$2
  if ! "$name" --version 2>/dev/null | grep -q "$version"; then
    cargo install "$name" --version "$version" --locked
  fi
}

# GOV.UK Frontend (embedded in the binary) and the browser-test tools, from package-lock.json.
npm_install() {
  if [ ! -d node_modules/govuk-frontend ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
}

# A Python virtual environment with the API fuzz run's tools, from PyPI, pinned; reused
# while the pins are unchanged. Prints the environment's python.
fuzz_python() {
  local venv="$HOME/.cache/microcontracts/fuzz-venv"
  local pins=scripts/api-fuzz-requirements.txt
  if [ ! -x "$venv/bin/python" ] || ! cmp -s "$pins" "$venv/pins.txt"; then
    rm -rf "$venv"
    python3 -m venv "$venv" >&2 || { apt_install python3-venv && python3 -m venv "$venv" >&2; }
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$pins" >&2
    cp "$pins" "$venv/pins.txt"
  fi
  echo "$venv/bin/python"
}
