"""One SGD step of a deep ReLU student against its teacher on a fresh Gaussian batch, in NumPy and in PyTorch (CPU, one
thread): the anchors of `compare-deep-steps`. Same work as `DeepStochasticGradient.BatchGradient` plus the update:
a fresh batch, the teacher's forward pass for the targets, the student's forward pass, backpropagation of
1/2 (f(x) - y)^2 averaged over the batch, one step of size 0.01. No biases (the paper's deep net has none).

Usage: python3 deep_sgd_step.py WIDTHS BATCH STEPS  (WIDTHS like 20-20-20-20-1)
  -> prints "numpy-deep-step[-cpu] WIDTHS BATCH seconds" and "torch-deep-step[-cpu] ..."
(seconds per step, median of five timed blocks of STEPS steps).
"""
import sys
import time

import numpy as np


def layered_identity(widths):
    """The teacher (1^T, I, ..., I): identity on the hidden layers, ones on the output row."""
    layers = []
    for l in range(len(widths) - 1):
        rows, cols = widths[l + 1], widths[l]
        layers.append(np.ones((rows, cols)) if l == len(widths) - 2 else np.eye(rows, cols))
    return layers


def xavier(widths, rng):
    return [rng.uniform(-1, 1, (widths[l + 1], widths[l])) * np.sqrt(6.0 / (widths[l] + widths[l + 1]))
            for l in range(len(widths) - 1)]


def numpy_steps(widths, batch, steps, eta=0.01):
    rng = np.random.default_rng(0)
    w = xavier(widths, rng)
    v = layered_identity(widths)
    depth = len(w)
    for _ in range(steps):
        x = rng.standard_normal((batch, widths[0]))
        y = x
        for l in range(depth):
            y = y @ v[l].T
            if l < depth - 1:
                y = np.maximum(y, 0)
        acts = [x]
        pres = []
        a = x
        for l in range(depth):
            z = a @ w[l].T
            pres.append(z)
            a = np.maximum(z, 0) if l < depth - 1 else z
            acts.append(a)
        delta = (a - y) / batch
        for l in range(depth - 1, -1, -1):
            g = delta.T @ acts[l]
            if l > 0:
                delta = (delta @ w[l]) * (pres[l - 1] > 0)
            w[l] -= eta * g
    return w


def torch_steps(widths, batch, steps, eta=0.01):
    import torch
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(0)
    depth = len(widths) - 1
    w = [(torch.rand((widths[l + 1], widths[l]), generator=gen, dtype=torch.float64) * 2 - 1)
         * (6.0 / (widths[l] + widths[l + 1])) ** 0.5 for l in range(depth)]
    v = [torch.tensor(m) for m in layered_identity(widths)]
    with torch.no_grad():
        for _ in range(steps):
            x = torch.randn((batch, widths[0]), generator=gen, dtype=torch.float64)
            y = x
            for l in range(depth):
                y = y @ v[l].T
                if l < depth - 1:
                    y = y.clamp(min=0)
            acts = [x]
            pres = []
            a = x
            for l in range(depth):
                z = a @ w[l].T
                pres.append(z)
                a = z.clamp(min=0) if l < depth - 1 else z
                acts.append(a)
            delta = (a - y) / batch
            for l in range(depth - 1, -1, -1):
                g = delta.T @ acts[l]
                if l > 0:
                    delta = (delta @ w[l]) * (pres[l - 1] > 0)
                w[l] -= eta * g
    return w


def median_seconds(run, widths, batch, steps):
    run(widths, batch, 10)
    times, cpu = [], []
    for _ in range(5):
        start, start_cpu = time.perf_counter(), time.process_time()
        run(widths, batch, steps)
        times.append((time.perf_counter() - start) / steps)
        cpu.append((time.process_time() - start_cpu) / steps)
    return sorted(times)[2], sorted(cpu)[2]


def main():
    spec = sys.argv[1]
    widths = [int(w) for w in spec.split("-")]
    batch, steps = int(sys.argv[2]), int(sys.argv[3])
    wall, cpu = median_seconds(numpy_steps, widths, batch, steps)
    print(f"numpy-deep-step-cpu {spec} {batch} {cpu:.7f}")
    print(f"numpy-deep-step {spec} {batch} {wall:.7f}")
    try:
        wall, cpu = median_seconds(torch_steps, widths, batch, steps)
        print(f"torch-deep-step-cpu {spec} {batch} {cpu:.7f}")
        print(f"torch-deep-step {spec} {batch} {wall:.7f}")
    except ImportError:
        print("torch-deep-step unavailable (python3-torch not installed)")


if __name__ == "__main__":
    main()
