"""One SGD step of the two-layer ReLU student/teacher model on a fresh Gaussian batch, in NumPy and in PyTorch
(CPU, one thread): the anchors of `compare-steps`. Same work as `TwoLayerStochasticGradient.BatchGradient` plus the update.

Usage: python3 sgd_step.py K D BATCH STEPS  -> prints "numpy-sgd-step k d batch seconds" and "torch-sgd-step ..."
(seconds per step, median of five timed blocks of STEPS steps).
"""
import sys
import time

import numpy as np


def numpy_steps(k, d, batch, steps, eta=0.01):
    rng = np.random.default_rng(0)
    w = rng.uniform(-1, 1, (k, d)) * np.sqrt(6.0 / (k + d))
    v = np.eye(d)
    for _ in range(steps):
        x = rng.standard_normal((batch, d))
        pre = x @ w.T
        r = np.maximum(pre, 0).sum(axis=1) - np.maximum(x @ v.T, 0).sum(axis=1)
        g = ((pre > 0) * r[:, None]).T @ x / batch
        w -= eta * g
    return w


def torch_steps(k, d, batch, steps, eta=0.01):
    import torch
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(0)
    w = (torch.rand((k, d), generator=gen, dtype=torch.float64) * 2 - 1) * (6.0 / (k + d)) ** 0.5
    v = torch.eye(d, dtype=torch.float64)
    with torch.no_grad():
        for _ in range(steps):
            x = torch.randn((batch, d), generator=gen, dtype=torch.float64)
            pre = x @ w.T
            r = pre.clamp(min=0).sum(dim=1) - (x @ v.T).clamp(min=0).sum(dim=1)
            g = ((pre > 0) * r[:, None]).T @ x / batch
            w -= eta * g
    return w


def median_seconds(run, k, d, batch, steps):
    run(k, d, batch, 10)
    times, cpu = [], []
    for _ in range(5):
        start, start_cpu = time.perf_counter(), time.process_time()
        run(k, d, batch, steps)
        times.append((time.perf_counter() - start) / steps)
        cpu.append((time.process_time() - start_cpu) / steps)
    return sorted(times)[2], sorted(cpu)[2]


def main():
    k, d, batch, steps = (int(a) for a in sys.argv[1:5])
    wall, cpu = median_seconds(numpy_steps, k, d, batch, steps)
    print(f"numpy-sgd-step-cpu {k} {d} {batch} {cpu:.7f}")
    print(f"numpy-sgd-step {k} {d} {batch} {wall:.7f}")
    try:
        wall, cpu = median_seconds(torch_steps, k, d, batch, steps)
        print(f"torch-sgd-step-cpu {k} {d} {batch} {cpu:.7f}")
        print(f"torch-sgd-step {k} {d} {batch} {wall:.7f}")
    except ImportError:
        print("torch-sgd-step unavailable (python3-torch not installed)")


if __name__ == "__main__":
    main()
