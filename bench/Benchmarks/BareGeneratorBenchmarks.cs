using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// Order of groups given by bare, shuffled generators only (no spec, no known order): the inputs of
/// issue 15, written by <c>bench/make-group-inputs.py</c> into <c>bench/inputs</c>. Every invocation
/// parses the text and builds a new group, so the structural bound, the chain and its proof are all
/// inside the measurement.
/// </summary>
[MemoryDiagnoser]
public class BareGeneratorBenchmarks
{
    private string text = "";

    /// <summary>The input file name without extension.</summary>
    [Params("s10-wr-s10", "s5-wr-s40", "z2-wr-s500", "s4-wr-s250", "cells-30-30", "cells-20-50", "sparse-1000-0")]
    public string Input { get; set; } = "";

    [GlobalSetup]
    public void Setup() => text = File.ReadAllText(Path.Combine(InputFolder(), Input + ".txt"));

    /// <summary>Parse, build, order.</summary>
    [Benchmark]
    public System.Numerics.BigInteger OrderFromBareGenerators() => GroupSpec.Parse(text).Build().Order;

    private static string InputFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "inputs");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("bench/inputs not found; run python3 bench/make-group-inputs.py bench/inputs first.");
    }

    /// <summary>
    /// One cold run per file, timed in process and split into phases (bound from orbits and blocks,
    /// then the chain): <c>dotnet run -c Release --project bench/Benchmarks -- bare-orders bench/inputs/*.txt</c>.
    /// </summary>
    public static void TimePhases(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var watch = Stopwatch.StartNew();
            var group = GroupSpec.Parse(File.ReadAllText(file)).Build();
            var order = group.Order;
            var method = group.Giant == GiantKind.None ? group.StabilizerChain.Method.ToString() : "giant";
            var split = Stopwatch.StartNew();
            var again = PermutationGroup.Create(group.Degree, group.Generators, order);
            _ = again.StabilizerChain;
            Console.WriteLine($"   chain with the order given: {split.Elapsed.TotalSeconds:F3} s");
            Console.WriteLine($"{Path.GetFileNameWithoutExtension(file),-16} degree {group.Degree,5}  {watch.Elapsed.TotalSeconds,7:F3} s  {method,-24} |G| ≈ {Approximate(order)}");
        }
    }

    private static string Approximate(System.Numerics.BigInteger n)
    {
        var s = n.ToString();
        return s.Length <= 12 ? s : $"{s[0]}.{s.Substring(1, 3)}e{s.Length - 1}";
    }
}
