using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// One deep SGD step (Arjevani and Field's deep ReLU net, widths 20-20-20-20-1 without biases, teacher (1ᵀ, I, I, I),
/// fresh Gaussian batch of 1000, step 0.01, one thread) side by side in one run: the library's batched step
/// (<see cref="DeepStochasticGradient"/>), the per-sample backpropagation it replaced (<see cref="DeepNetwork.Backprop(double[], ReadOnlySpan{double}, double, double[], DeepNetwork.Workspace)"/>,
/// the tests' oracle, on the same batches), the step's phases, and NumPy and PyTorch (bench/python/deep_sgd_step.py).
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Benchmarks -- compare-deep-steps [20-20-20-20-1] [bench/python]</c>.</remarks>
public static class DeepStepComparison
{
    public static void Run(string widthsSpec, string pythonFolder)
    {
        var widths = widthsSpec.Split('-').Select(int.Parse).ToArray();
        const int batch = 1000;
        var problem = DeepProblem(widths);
        var source = (DeepStochasticGradient)problem.Gradient;
        var rng = new Random(0);
        var x = source.Initialize(rng);
        var g = new double[x.Length];
        var (wall, cpu) = PerStep(2000, () =>
        {
            source.BatchGradient(x, batch, rng, g);
            for (int t = 0; t < x.Length; t++) x[t] -= 0.01 * g[t];
        });

        // The per-sample path on the same kind of batch: what one step cost before the batched pass.
        var net = source.Network;
        var teacher = source.Teacher.ToArray();
        var columns = new double[widths[0] * batch];
        var sample = new double[widths[0]];
        var work = net.CreateWorkspace();
        var (oldWall, oldCpu) = PerStep(100, () =>
        {
            source.DrawBatch(rng, batch, columns);
            Array.Clear(g);
            for (int b = 0; b < batch; b++)
            {
                for (int j = 0; j < sample.Length; j++) sample[j] = columns[j * batch + b];
                net.Backprop(x, sample, net.Output(teacher, sample, work), g, work);
            }
            for (int t = 0; t < x.Length; t++) x[t] -= 0.01 * g[t] / batch;
        });

        // Phases of the batched step.
        var pass = new DeepBatchPass(net, batch);
        var targets = new double[batch];
        var (drawWall, _) = PerStep(2000, () => source.DrawBatch(rng, batch, pass.Inputs));
        var sparseTeacher = pass.SparseLayers(teacher);
        var (teacherWall, _) = PerStep(2000, () => pass.Outputs(teacher, targets, sparseTeacher));
        var (studentWall, _) = PerStep(2000, () => pass.Gradient(x, targets, g));

        var anchors = PythonAnchors.Run(Path.Combine(pythonFolder, "deep_sgd_step.py"), $"{widthsSpec} {batch} 200");
        Console.WriteLine($"deep sgd step, widths {widthsSpec}, batch {batch}, relu, no biases, 1 thread (seconds per step, median of 5 blocks)");
        Console.WriteLine($"  this library, batched          {wall:0.0000000} s (cpu {cpu:0.0000000} s)");
        Console.WriteLine($"    draw the Gaussian batch      {drawWall:0.0000000} s");
        Console.WriteLine($"    teacher forward              {teacherWall:0.0000000} s");
        Console.WriteLine($"    student forward + backward   {studentWall:0.0000000} s");
        Console.WriteLine($"  per-sample backprop (oracle)   {oldWall:0.0000000} s (cpu {oldCpu:0.0000000} s)");
        Console.WriteLine($"  numpy                          {PythonAnchors.Field(anchors, "numpy-deep-step ")} (cpu {PythonAnchors.Field(anchors, "numpy-deep-step-cpu")})");
        Console.WriteLine($"  torch, 1 thread                {PythonAnchors.Field(anchors, "torch-deep-step ")} (cpu {PythonAnchors.Field(anchors, "torch-deep-step-cpu")})");
    }

    /// <summary>The deep SGD problem of the paper's Figure 5 for widths d_0 … d_N (hidden widths d_1 … d_{N−1}).</summary>
    public static SgdProblem DeepProblem(int[] widths) =>
        PluginModels.DeepSgd(widths[1..^1], widths[0], Relu.Instance, StandardGaussian.Instance, bias: false, samples: 1000, seed: 0);

    // Median wall and CPU seconds per call over five blocks of `calls` calls, after one block of warm-up (tiered JIT).
    private static (double Wall, double Cpu) PerStep(int calls, Action step)
    {
        var walls = new List<double>();
        var cpus = new List<double>();
        for (int block = 0; block < 6; block++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (int c = 0; c < calls; c++) step();
            if (block == 0) continue;
            walls.Add(clock.Elapsed.TotalSeconds / calls);
            cpus.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / calls);
        }
        walls.Sort();
        cpus.Sort();
        return (walls[2], cpus[2]);
    }
}

/// <summary>BenchmarkDotNet: one batched deep SGD step (<see cref="DeepStochasticGradient.BatchGradient"/>), widths 20-20-20-20-1, batch 1000.</summary>
[MemoryDiagnoser]
public class DeepSgdStepBenchmarks
{
    private DeepStochasticGradient source = null!;
    private double[] x = null!, g = null!;
    private Random rng = null!;

    [Params(4, 5, 6)]
    public int Layers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var widths = Enumerable.Repeat(20, Layers).Append(1).ToArray();
        source = (DeepStochasticGradient)DeepStepComparison.DeepProblem(widths).Gradient;
        rng = new Random(0);
        x = source.Initialize(rng);
        g = new double[x.Length];
    }

    [Benchmark]
    public void BatchGradient() => source.BatchGradient(x, 1000, rng, g);
}
