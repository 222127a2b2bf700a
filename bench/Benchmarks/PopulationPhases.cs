using System.Diagnostics;
using System.Runtime.Intrinsics;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// Where the time of one ReLU population loss + gradient goes at k = d = n: the three dense products it makes (W Wᵀ,
/// W Vᵀ and the k × (k + k') by (k + k') × d gradient product) timed alone, against the whole call; the rest is the
/// per-pair kernel work, dispatch and allocation. Median CPU and wall seconds of repeated calls.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Benchmarks -- population-phases 100</c>.</remarks>
public static class PopulationPhases
{
    public static void Run(int n, int repeats = 200)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(n, n);
        var x = GradientDescentRun.GaussianInitialization(model.Layout, new Random(1));
        var g = new double[x.Length];
        var v = new double[n * n];
        for (int i = 0; i < n; i++) v[i * n + i] = 1;
        var gram = new double[n * n];
        var cross = new double[n * n];
        var coefficients = new double[n * 2 * n];
        new Random(2).NextBytes(new byte[1]);
        for (int t = 0; t < coefficients.Length; t++) coefficients[t] = 1e-3 * (t % 17);
        var stacked = new double[2 * n * n];
        var gw = new double[n * n];
        Report("whole value+gradient", repeats, () => model.Gradient(x, g));
        Report("value only", repeats, () => model.Value(x));
        Report("gram W Wᵀ", repeats, () => RowProducts.Gram(x, n, n, gram, false));
        Report("cross W Vᵀ", repeats, () => RowProducts.MultiplyTransposed(x, n, v, n, n, cross, false));
        Report("gradient [M|−N]·[W;V]", repeats, () => RowProducts.MultiplyTransposed(coefficients, n, stacked, n, 2 * n, gw, false));
    }

    private static void Report(string what, int repeats, Action body)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 1) body();
        Thread.Sleep(200);
        var wall = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (int r = 0; r < repeats; r++)
        {
            process.Refresh();
            var c0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            body();
            wall.Add(clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - c0).TotalSeconds);
        }
        wall.Sort();
        cpu.Sort();
        Console.WriteLine($"{what,-28} wall {wall[repeats / 2] * 1e3,9:0.000} ms   cpu {cpu[repeats / 2] * 1e3,9:0.000} ms   (min wall {wall[0] * 1e3:0.000} ms)");
    }
}

/// <summary>
/// Where the time of one SGD step (k = d = 20, batch 1000, identity teacher) goes: the Gaussian batch, the student
/// product W·X, the gradient product D·Xᵀ, each alone, against the whole batch gradient.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Benchmarks -- sgd-phases</c>.</remarks>
public static class SgdPhases
{
    public static void Run(int k = 20, int d = 20, int batch = 1000, int repeats = 2000)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(k, d);
        var problem = SgdProblem.Gaussian(model, Relu.Instance);
        var rng = new Random(0);
        var x = problem.Gradient.Initialize(rng);
        var g = new double[x.Length];
        var columns = new double[d * batch];
        var pre = new double[k * batch];
        var gw = new double[k * d];
        GaussianBatch.Fill(1, columns);
        for (int t = 0; t < pre.Length; t++) pre[t] = t % 3 == 0 ? 0 : 1e-3 * (t % 7);
        Report("whole batch gradient", repeats, () => problem.Gradient.BatchGradient(x, batch, rng, g));
        Report("gaussian batch", repeats, () => GaussianBatch.Fill(7, columns));
        Report("W·X", repeats, () => RowProducts.Multiply(x.AsSpan(0, k * d), k, d, columns, batch, pre));
        Report("D·Xᵀ", repeats, () => RowProducts.MultiplyTransposed(pre, k, columns, d, batch, gw, parallel: false));
        // The sampler's parts on 2500 vectors (10 000 Box–Muller pairs): the vector log and sin/cos it calls.
        var u = new double[10000];
        var outLog = new double[10000];
        var outSin = new double[10000];
        var outCos = new double[10000];
        var fill = new Random(3);
        for (int t = 0; t < u.Length; t++) u[t] = 1 - fill.NextDouble();
        Report("vector log ×2500", repeats, () =>
        {
            for (int t = 0; t < u.Length; t += 4) Vector256.Log(Vector256.Create(u.AsSpan(t, 4))).CopyTo(outLog.AsSpan(t, 4));
        });
        Report("vector sincos ×2500", repeats, () =>
        {
            for (int t = 0; t < u.Length; t += 4)
            {
                var (sn, cs) = Vector256.SinCos(Vector256.Create(u.AsSpan(t, 4)) * 6.283185307179586);
                sn.CopyTo(outSin.AsSpan(t, 4));
                cs.CopyTo(outCos.AsSpan(t, 4));
            }
        });
    }

    private static void Report(string what, int repeats, Action body)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 1) body();
        Thread.Sleep(200);
        var process = Process.GetCurrentProcess();
        var blocks = new List<(double Wall, double Cpu)>();
        for (int b = 0; b < 5; b++)
        {
            process.Refresh();
            var c0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (int r = 0; r < repeats; r++) body();
            double wall = clock.Elapsed.TotalSeconds / repeats;
            process.Refresh();
            blocks.Add((wall, (process.TotalProcessorTime - c0).TotalSeconds / repeats));
        }
        var walls = blocks.Select(t => t.Wall).Order().ToList();
        var cpus = blocks.Select(t => t.Cpu).Order().ToList();
        Console.WriteLine($"{what,-24} wall {walls[2] * 1e6,9:0.0} µs   cpu {cpus[2] * 1e6,9:0.0} µs   (min wall {walls[0] * 1e6:0.0} µs)");
    }
}
