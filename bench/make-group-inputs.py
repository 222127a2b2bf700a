#!/usr/bin/env python3
"""Writes shuffled bare generators (GAP cycle notation, 1-based) for the issue-15 targets.

Each group is built from standard generators and conjugated by a random permutation of its
points (fixed seed), so no block structure is visible in the labels. Usage:
    python3 bench/make-group-inputs.py bench/inputs
"""
import os, random, sys

def cycles(p):
    n, seen, out = len(p), [False] * len(p), []
    for s in range(n):
        if seen[s] or p[s] == s: continue
        c, x = [], s
        while not seen[x]:
            seen[x] = True; c.append(x + 1); x = p[x]
        out.append("(" + ",".join(map(str, c)) + ")")
    return "".join(out) or "()"

def from_cycles(n, cs):
    p = list(range(n))
    for c in cs:
        for i, x in enumerate(c): p[x] = c[(i + 1) % len(c)]
    return p

def wreath(k, m):
    """S_k wr S_m on k*m points: block j = {j*k .. j*k+k-1}."""
    n = k * m
    gens = [from_cycles(n, [list(range(k))])]
    if k > 2: gens.append(from_cycles(n, [[0, 1]]))
    gens.append([((x // k + 1) % m) * k + x % k for x in range(n)])      # cycle of blocks
    gens.append(from_cycles(n, [[x, k + x] for x in range(k)]))           # swap blocks 0,1
    return n, gens

def cells(k, d):
    """S_k x S_d on the cells (i,j) -> i*d+j of a k x d matrix."""
    n = k * d
    row_cycle = [((x // d + 1) % k) * d + x % d for x in range(n)]
    row_swap = [(1 - x // d) * d + x % d if x // d < 2 else x for x in range(n)]
    col_cycle = [(x // d) * d + (x % d + 1) % d for x in range(n)]
    col_swap = [(x // d) * d + (1 - x % d) if x % d < 2 else x for x in range(n)]
    return n, [row_cycle, row_swap, col_cycle, col_swap]

def sparse_random(n, count, moved, rng):
    gens = []
    for _ in range(count):
        pts = rng.sample(range(n), moved)
        img = pts[:]; rng.shuffle(img)
        p = list(range(n))
        for a, b in zip(pts, img): p[a] = b
        gens.append(p)
    return n, gens

def shuffle(n, gens, rng):
    s = list(range(n)); rng.shuffle(s)
    inv = [0] * n
    for i, x in enumerate(s): inv[x] = i
    # conjugate by s: x -> s(g(s^-1(x)))
    return [[s[g[inv[x]]] for x in range(n)] for g in gens]

def main(out):
    os.makedirs(out, exist_ok=True)
    rng = random.Random(15)
    cases = {
        "s10-wr-s10": wreath(10, 10), "s5-wr-s40": wreath(5, 40), "z2-wr-s500": wreath(2, 500),
        "s4-wr-s250": wreath(4, 250), "cells-30-30": cells(30, 30), "cells-20-50": cells(20, 50),
        "s6-wr-s2": wreath(6, 2),
    }
    for i, (count, moved) in enumerate([(2, 60), (3, 40), (2, 200)]):
        cases[f"sparse-1000-{i}"] = sparse_random(1000, count, moved, rng)
    for name, (n, gens) in cases.items():
        gens = shuffle(n, gens, rng)
        rng.shuffle(gens)
        with open(os.path.join(out, name + ".txt"), "w") as f:
            f.write(f"Group({n}; " + ",".join(cycles(g) for g in gens) + ")\n")

main(sys.argv[1] if len(sys.argv) > 1 else "bench/inputs")
