"""Closed-form ReLU population loss and gradient (Gaussian inputs) in NumPy, the anchor of `compare-steps`.

L(W) = 1/2 sum_ii' K(w_i, w_i') - sum_ij K(w_i, v_j) + 1/2 sum_jj' K(v_j, v_j'),
K(w, v) = |w||v|(sin t + (pi - t) cos t)/(2 pi), grad_w K = (|v| sin t w/|w| + (pi - t) v)/(2 pi).
Usage: python3 population_loss.py K D REPEATS  -> prints "numpy-population k d seconds(median)".
"""
import sys
import time

import numpy as np


def kernel_terms(a, b, na, nb):
    cos = np.clip((a @ b.T) / np.outer(na, nb), -1.0, 1.0)
    theta = np.arccos(cos)
    sin = np.sqrt(1.0 - cos * cos)
    value = np.outer(na, nb) * (sin + (np.pi - theta) * cos) / (2 * np.pi)
    return value, theta, sin


def loss_and_gradient(w, v):
    nw = np.linalg.norm(w, axis=1)
    nv = np.linalg.norm(v, axis=1)
    kww, tww, sww = kernel_terms(w, w, nw, nw)
    kwv, twv, swv = kernel_terms(w, v, nw, nv)
    kvv, _, _ = kernel_terms(v, v, nv, nv)
    loss = 0.5 * kww.sum() - kwv.sum() + 0.5 * kvv.sum()
    along = (sww @ nw - swv @ nv) / nw
    grad = (along[:, None] * w + (np.pi - tww) @ w - (np.pi - twv) @ v) / (2 * np.pi)
    return loss, grad


def main():
    k, d, repeats = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = np.random.default_rng(1)
    w = rng.standard_normal((k, d)) / np.sqrt(d)
    v = np.eye(d)
    loss_and_gradient(w, v)
    times, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        loss_and_gradient(w, v)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(f"numpy-population-cpu {k} {d} {sorted(cpu)[len(cpu) // 2]:.6f}")
    print(f"numpy-population {k} {d} {sorted(times)[len(times) // 2]:.6f}")


if __name__ == "__main__":
    main()
