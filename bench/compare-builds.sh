#!/bin/bash
# Runs one small invocation of every command (and some error cases) with two builds of the tool and
# compares standard output, standard error, the files written and the exit code (measured speeds and times left
# out; --version differs between commits). Use it to check that a differently compiled tool (Native AOT, trimmed)
# behaves exactly like the ordinary build.
# usage: bench/compare-builds.sh "dotnet path/to/symmetry.dll" path/to/other/symmetry
set -uo pipefail
reference=$1; candidate=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$(dirname "$0")/make-isotropy-inputs.py" "$dir" 12 > /dev/null
printf '{"rows": [[1, 0, 0], [0, 1, 0], [0, 0, 1]]}\n' > "$dir/id3.json"
printf '{"values": [1, 1, 2]}\n' > "$dir/a3.json"
# Pictures name their input file, so those inputs are shared.
printf '{"rows": [[1, 0], [0, 1]]}\n' > "$dir/id2.json"
mkdir -p "$dir/r" "$dir/c"

cases=(
  "--help" "--version" "group --help"
  "group S(5)" "group --json S(3)~wr~S(2)" "group --json --degree 4 (1,2,3),(1,2)"
  "explore --d 3 --seeds 1" "explore --d 3 --seeds 1 --json"
  "decompose --d 4 --subgroup S(3)~x~S(1)" "decompose --d 4 --subgroup S(3)~x~S(1) --json"
  "check --list" "check --d 3 --k 2 --trials 4 --json" "check --d 3 --k 2 --activation erf --trials 4"
  "loss --point identity --d 3" "loss --point identity --d 3 --json"
  "critical --type S_2~x~S_1 --d 3 --json" "critical --point identity --d 2 --out @/p.json"
  "spectrum --point @/p.json" "spectrum --point $dir/id2.json --json" "spectrum --point $dir/id2.json --plot @/spectrum.png"
  "sgd --d 2 --runs 2 --protocol gd --max-steps 50 --parallel 1 --out @/sgd.jsonl --json"
  "experiment --d 3 --runs 2 --protocol gd --max-steps 100 --parallel 1 --json"
  "experiment --d 3 --runs 2 --protocol gd --max-steps 100 --parallel 1 --plot @/experiment.svg"
  "isotropy --matrix $dir/g12.json" "isotropy --matrix $dir/g12.json --json"
  "isotropy --matrix $dir/id3.json --second-layer $dir/a3.json --json" "isotropy --matrix $dir/id3.json --diagonal"
  "lattice --k 3 --d 3 --diagonal" "lattice --k 2 --d 3 --json --dot @/l.dot" "lattice --k 2 --d 2 --plot @/lattice.png"
  "maximal --n 8 --json" "maximal --n 6 --alternating"
  "conjugate (1,2,3) (2,3,4) --degree 4 --json" "conjugate (1,2) (1,2,3) --degree 3"
  "family --type S(d-1)~x~S(1) --from 3 --to 4 --starts 2 --json"
  "isotropy --matrix $dir/missing.json" "group S(x)" "loss --point identity --d 0" "nosuchcommand"
)
failures=0
for c in "${cases[@]}"; do
  # A tilde stands for a space inside one argument; @ for a folder of each build's own (files it writes and reads).
  read -r -a words <<< "$c"
  ra=(); ca=(); for w in "${words[@]}"; do w=${w//\~/ }; ra+=("${w//@/$dir/r}"); ca+=("${w//@/$dir/c}"); done
  $reference "${ra[@]}" > "$dir/r.out" 2> "$dir/r.err"; r=$?
  $candidate "${ca[@]}" > "$dir/c.out" 2> "$dir/c.err"; s=$?
  # Paths of the own folders appear in messages; compare with them made equal, and without measured speeds.
  sed -i "s#$dir/c#$dir/r#g" "$dir/c.out" "$dir/c.err"
  sed -i -E '/stepsPerSecond|secondsPerRun|"seconds"|steps\/s/d' "$dir/r.out" "$dir/c.out"
  if [ $r -ne $s ] || ! cmp -s "$dir/r.out" "$dir/c.out" || ! cmp -s "$dir/r.err" "$dir/c.err"; then
    echo "DIFFERENT ($r vs $s): $c"; diff "$dir/r.out" "$dir/c.out" | head -5; diff "$dir/r.err" "$dir/c.err" | head -5
    failures=$((failures + 1))
  else
    echo "same (exit $r): $c"
  fi
done
# The files written (pictures, DOT, points), except the sweep's lines, which hold run times.
for f in "$dir"/r/*; do
  name=$(basename "$f")
  [ "$name" = sgd.jsonl ] && continue
  if cmp -s "$f" "$dir/c/$name"; then echo "same file: $name ($(stat -c %s "$f") bytes)"
  else echo "DIFFERENT file: $name"; failures=$((failures + 1)); fi
done
echo "$failures of ${#cases[@]} cases and files differ"
[ $failures -eq 0 ]
