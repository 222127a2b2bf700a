#!/bin/bash
# Side by side: `symmetry group` (whole process, --json: order, blocks, class count, classes listed and
# verified when at most 1000) and GAP's NrConjugacyClasses on the same shuffled bare generators.
# usage: bench/compare-bare-classes.sh path/to/symmetry bench/inputs/*.txt   (GAP timeout $GAP_TIMEOUT s per group, default 120)
cli=$1; shift
uptime
printf "%-16s %20s %28s %20s %28s\n" input "classes (ours)" "symmetry group (elapsed/user)" "classes (GAP)" "GAP (elapsed/user)"
for f in "$@"; do
  out=/tmp/compare-classes-$$.json
  ours=$( { /usr/bin/time -f "%e s / %U s" "$cli" group "$(cat "$f")" --json > $out; } 2>&1 | tail -1)
  count=$(python3 -c "import json; print(json.load(open('$out'))['conjugacyClasses'])")
  g=$(sed -e 's/^Group([0-9]*; /Group([/' -e 's/)$/])/' "$f")
  printf 'G := %s;;\nPrint(NrConjugacyClasses(G), "\\n");\nQUIT;\n' "$g" > /tmp/compare-classes-$$.g
  timing=$( { /usr/bin/time -f "%e s / %U s" timeout ${GAP_TIMEOUT:-120} gap -q -b /tmp/compare-classes-$$.g > /tmp/compare-classes-$$.out; } 2>&1)
  theirs=$(echo "$timing" | tail -1)
  gapcount=$(head -1 /tmp/compare-classes-$$.out)
  # /usr/bin/time reports the timeout's exit status 124 on a line of its own, before the times.
  case "$timing" in *"non-zero status 124"*) theirs="timeout (${theirs})"; gapcount="-";; esac
  printf "%-16s %20s %28s %20s %28s\n" "$(basename "$f" .txt)" "$count" "$ours" "$gapcount" "$theirs"
done
rm -f /tmp/compare-classes-$$.*
uptime
