#!/usr/bin/env bash
# Install everything careerguide needs on a Debian machine with Python 3.11.
#   scripts/setup.sh        packages for running the system
#   scripts/setup.sh test   also the browser and PostgreSQL server the tests use
# Safe to run again: each step skips what is already in place.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

packages=(fonts-wqy-zenhei libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 poppler-utils)
if [ "$mode" = test ]; then
  packages+=(chromium postgresql)
fi
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || packages+=(python3-venv)

missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "== installing system packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python packages, pinned; reinstalled only when a requirements file changes.
stamp=.venv/.requirements.sha256
want=$(cat requirements.txt requirements-dev.txt constraints.txt | sha256sum | cut -d' ' -f1)
if [ ! -x .venv/bin/python ]; then
  echo "== creating the virtual environment"
  python3 -m venv .venv
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "== installing Python packages"
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "is ignored" || true
  .venv/bin/python -m pip install -q -r requirements-dev.txt -c constraints.txt 2>&1 | grep -v "is ignored" || true
  .venv/bin/python -c "import django, weasyprint, playwright, chinese_calendar"  # fail loudly if the install did not work
  echo "$want" > "$stamp"
fi

# Front-end assets from npm, copied into static/vendor (not committed), with the source maps they name
# (collectstatic with hashed names refuses a file that points to a missing one).
if [ ! -f static/vendor/.done ] || [ package-lock.json -nt static/vendor/.done ] \
   || [ ! -f static/vendor/bootstrap/bootstrap.bundle.min.js.map ]; then
  echo "== installing front-end assets"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  mkdir -p static/vendor/bootstrap static/vendor/echarts
  cp node_modules/bootstrap/dist/css/bootstrap.min.css node_modules/bootstrap/dist/css/bootstrap.min.css.map \
     node_modules/bootstrap/dist/js/bootstrap.bundle.min.js node_modules/bootstrap/dist/js/bootstrap.bundle.min.js.map \
     static/vendor/bootstrap/
  cp node_modules/echarts/dist/echarts.min.js static/vendor/echarts/
  touch static/vendor/.done
fi
mkdir -p var/staticfiles
