#!/bin/bash
# Whole process, side by side in one hyperfine run: `symmetry isotropy` on a generic d×d matrix (distinct
# N(0,1) entries) and bliss on the equivalent vertex-coloured graph (bench/make-isotropy-inputs.py).
# usage: bench/compare-isotropy-bliss.sh path/to/symmetry [d] [runs]
# Needs hyperfine, python3 and bliss (apt-get install -y hyperfine bliss).
set -euo pipefail
cli=$1; d=${2:-150}; runs=${3:-20}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$(dirname "$0")/make-isotropy-inputs.py" "$dir" "$d"
# Both must find the trivial group on a generic matrix; check before timing.
"$cli" isotropy --matrix "$dir/g$d.json" --json | grep -q '"order": "1"' || { echo "error: symmetry did not find the trivial group" >&2; exit 1; }
bliss "$dir/g$d.dimacs" | grep -q '|Aut|: *1$' || { echo "error: bliss did not find the trivial group" >&2; exit 1; }
uptime
hyperfine -N --warmup 3 --runs "$runs" \
  "$cli isotropy --matrix $dir/g$d.json" \
  "$cli isotropy --matrix $dir/g$d.json --json" \
  "bliss $dir/g$d.dimacs"
uptime
