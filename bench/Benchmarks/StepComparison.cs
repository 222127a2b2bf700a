using System.Diagnostics;
using System.Globalization;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// Side-by-side timing of the issue's two targets in one run: the ReLU population loss + gradient at k = d (this library
/// against NumPy's closed form, bench/python/population_loss.py) and one SGD step at k = d = 20, batch 1000, float64
/// (against NumPy and PyTorch on one thread, bench/python/sgd_step.py). Medians of repeated runs; wall-clock, so record
/// the machine load beside the numbers.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/Benchmarks -- compare-steps</c> (needs python3-numpy; python3-torch optional).</remarks>
public static class StepComparison
{
    public static void Run(string pythonFolder)
    {
        Console.WriteLine("what                                   this library    anchor");
        foreach (var (size, repeats) in new[] { (100, 50), (1000, 5) })
        {
            double ours = PopulationSeconds(size, repeats);
            var numpy = PythonAnchors.Run(Path.Combine(pythonFolder, "population_loss.py"), $"{size} {size} {repeats}");
            Console.WriteLine($"population loss+gradient k=d={size,-5}   {ours:0.000000} s      numpy {PythonAnchors.Field(numpy, "numpy-population ")} (cpu {PythonAnchors.Field(numpy, "numpy-population-cpu")})");
        }
        double step = SgdStepSeconds(20, 20, 1000, 2000);
        double denseStep = SgdStepSeconds(20, 20, 1000, 2000, denseTeacher: true);
        var anchors = PythonAnchors.Run(Path.Combine(pythonFolder, "sgd_step.py"), "20 20 1000 300");
        Console.WriteLine($"sgd step k=d=20 batch 1000 (1 thread)    {step:0.0000000} s   numpy {PythonAnchors.Field(anchors, "numpy-sgd-step ")} (cpu {PythonAnchors.Field(anchors, "numpy-sgd-step-cpu")})  torch {PythonAnchors.Field(anchors, "torch-sgd-step ")} (cpu {PythonAnchors.Field(anchors, "torch-sgd-step-cpu")})");
        Console.WriteLine($"sgd step, dense teacher (no zeros)       {denseStep:0.0000000} s   (the anchors' products are dense either way)");
    }

    /// <summary>Median seconds of one value+gradient of the identity-teacher ReLU loss at k = d = <paramref name="size"/>, from randn/√d.</summary>
    public static double PopulationSeconds(int size, int repeats)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(size, size);
        var x = GradientDescentRun.GaussianInitialization(model.Layout, new Random(1));
        var g = new double[x.Length];
        // Warm up past tiered compilation: the first calls run unoptimized code (very slow for the vector kernels) until
        // the runtime recompiles them in the background, so call for a while and give the recompilation time to land.
        var warm = Stopwatch.StartNew();
        for (int c = 0; c < 60 || warm.Elapsed.TotalSeconds < 1; c++) model.Gradient(x, g);
        Thread.Sleep(300);
        for (int c = 0; c < 3; c++) model.Gradient(x, g);
        var times = new List<double>();
        var cpuTimes = new List<double>();
        for (int r = 0; r < repeats; r++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            model.Gradient(x, g);
            times.Add(clock.Elapsed.TotalSeconds);
            cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        }
        Console.WriteLine($"  (k=d={size}: median cpu {Median(cpuTimes):0.000000} s)");
        return Median(times);
    }

    /// <summary>
    /// Median seconds per SGD step (batch gradient and update, one thread) over five blocks of <paramref name="steps"/> steps,
    /// against the identity teacher (whose zeros <see cref="SparseRows"/> skips) or, with <paramref name="denseTeacher"/>,
    /// against I + 0.01·J (no zero entry, so the teacher product is dense as in the anchors).
    /// </summary>
    public static double SgdStepSeconds(int k, int d, int batch, int steps, bool denseTeacher = false)
    {
        var v = new double[d, d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++) v[i, j] = (i == j ? 1 : 0) + (denseTeacher ? 0.01 : 0);
        var model = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, v, null, k);
        var problem = SgdProblem.Gaussian(model, Relu.Instance);
        var rng = new Random(0);
        var x = problem.Gradient.Initialize(rng);
        var g = new double[x.Length];
        var times = new List<double>();
        var cpuTimes = new List<double>();
        for (int block = 0; block < 6; block++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (int s = 0; s < steps; s++)
            {
                problem.Gradient.BatchGradient(x, batch, rng, g);
                for (int t = 0; t < x.Length; t++) x[t] -= 0.01 * g[t];
            }
            if (block > 0) times.Add(clock.Elapsed.TotalSeconds / steps); // the first block warms up
            if (block > 0) cpuTimes.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / steps);
        }
        Console.WriteLine($"  (sgd step{(denseTeacher ? ", dense teacher" : "")}: median cpu {Median(cpuTimes):0.0000000} s)");
        return Median(times);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
