#!/bin/bash
# Whole-process start-up of one or more builds of the tool: `--help` and `--version`, repeated with hyperfine.
# usage: bench/startup.sh path/to/symmetry [path/to/another/symmetry ...]    (needs hyperfine)
set -euo pipefail
uptime
args=()
for cli in "$@"; do args+=("$cli --help" "$cli --version"); done
hyperfine -N --warmup 3 --runs 30 "${args[@]}"
uptime
