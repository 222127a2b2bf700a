#!/usr/bin/env python3
"""Inputs for bench/compare-isotropy-bliss.sh: a d×d matrix of distinct N(0,1) entries as JSON (for
`symmetry isotropy --matrix`) and the equivalent vertex-coloured graph as DIMACS (for bliss).

The graph: d row vertices (colour 0), d column vertices (colour 1), and one vertex per cell (i, j) with a
colour of its own (2 + rank of W[i,j] among the distinct entries) joined to row i and column j. Its
automorphisms fixing the colours are exactly the (π, ρ) ∈ S_d × S_d with W[π(i), ρ(j)] = W[i, j].

usage: make-isotropy-inputs.py OUTDIR [d] [seed]     writes OUTDIR/g{d}.json and OUTDIR/g{d}.dimacs
"""
import json
import os
import random
import sys

out = sys.argv[1]
d = int(sys.argv[2]) if len(sys.argv) > 2 else 150
seed = int(sys.argv[3]) if len(sys.argv) > 3 else d
random.seed(seed)
w = [[random.gauss(0.0, 1.0) for _ in range(d)] for _ in range(d)]
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, f"g{d}.json"), "w") as f:
    json.dump({"rows": w}, f)

values = sorted({x for row in w for x in row})
rank = {x: r for r, x in enumerate(values)}
n = 2 * d + d * d
lines = [f"p edge {n} {2 * d * d}"]
# bliss numbers vertices from 1; rows 1..d, columns d+1..2d, cell (i, j) at 2d + i·d + j + 1.
lines += [f"n {v} 0" for v in range(1, d + 1)]
lines += [f"n {v} 1" for v in range(d + 1, 2 * d + 1)]
# bliss reads every vertex colour before the first edge.
lines += [f"n {2 * d + i * d + j + 1} {2 + rank[w[i][j]]}" for i in range(d) for j in range(d)]
for i in range(d):
    for j in range(d):
        cell = 2 * d + i * d + j + 1
        lines.append(f"e {i + 1} {cell}")
        lines.append(f"e {d + j + 1} {cell}")
with open(os.path.join(out, f"g{d}.dimacs"), "w") as f:
    f.write("\n".join(lines) + "\n")
