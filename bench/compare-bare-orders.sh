#!/bin/bash
# Side by side: `symmetry group` (whole process, --json) and GAP's Size on the same shuffled bare generators.
# usage: bench/compare-bare-orders.sh path/to/symmetry bench/inputs/*.txt   (GAP timeout 60 s per group)
cli=$1; shift
uptime
printf "%-16s %28s %28s\n" input "symmetry group (elapsed/user)" "GAP Size (elapsed/user)"
for f in "$@"; do
  ours=$( { /usr/bin/time -f "%e s / %U s" "$cli" group "$(cat "$f")" --json > /dev/null; } 2>&1 | tail -1)
  g=$(sed -e 's/^Group([0-9]*; /Group([/' -e 's/)$/])/' "$f")
  printf 'G := %s;;\nPrint(Size(G), "\\n");\nQUIT;\n' "$g" > /tmp/compare-bare-$$.g
  theirs=$( { /usr/bin/time -f "%e s / %U s" timeout 60 gap -q -b /tmp/compare-bare-$$.g > /dev/null; } 2>&1 | tail -1)
  case "$theirs" in *"Command exited with non-zero status 124"*|"") theirs="> 60 s (timeout)";; esac
  printf "%-16s %28s %28s\n" "$(basename "$f" .txt)" "$ours" "$theirs"
done
uptime
