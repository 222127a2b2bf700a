using System.Diagnostics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// Where the time of one isotropy computation goes, phase by phase, on a generic d×d matrix (distinct N(0,1)
/// entries): the first (cold: JIT included) and the best of ten further runs (warm).
/// <c>dotnet run -c Release --project bench/Benchmarks -- isotropy-phases 150</c>
/// </summary>
public static class IsotropyPhases
{
    /// <summary>Prints the cold and warm time of each phase.</summary>
    public static void Run(int d)
    {
        var random = new Random(d);
        var rows = Enumerable.Range(0, d).Select(_ => Enumerable.Range(0, d).Select(_ => Gaussian(random)).ToArray()).ToArray();
        var phases = new[] { "ToMatrix", "RowColumnDigraph", "DigraphAutomorphisms.Group", "MatrixIsotropy.Of (all above)", "Type", "FixedDimension" };
        var cold = Measure(rows);
        var warm = Enumerable.Range(0, 10).Select(_ => Measure(rows)).Aggregate((a, b) => a.Zip(b, Math.Min).ToArray());
        Console.WriteLine($"d = {d}: phase, cold ms, warm ms (best of 10); {GC.CollectionCount(2)} full collections in all");
        for (int i = 0; i < phases.Length; i++) Console.WriteLine($"{phases[i],-32} {cold[i],9:F3} {warm[i],9:F3}");
    }

    private static double[] Measure(double[][] rows)
    {
        var times = new double[6];
        var clock = Stopwatch.StartNew();
        var w = MatrixIsotropy.ToMatrix(rows);
        times[0] = Lap(clock);
        var graph = MatrixIsotropy.RowColumnDigraph(w);
        times[1] = Lap(clock);
        var group = DigraphAutomorphisms.Group(graph);
        times[2] = Lap(clock);
        var g = MatrixIsotropy.Of(w);
        times[3] = Lap(clock);
        _ = g.Type;
        times[4] = Lap(clock);
        _ = g.FixedDimension;
        times[5] = Lap(clock);
        if (group.Order != 1 || g.Order != 1) throw new InvalidOperationException("A generic matrix has the trivial isotropy group.");
        return times;
    }

    private static double Lap(Stopwatch clock)
    {
        double ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
