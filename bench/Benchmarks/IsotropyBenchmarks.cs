using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// Isotropy in S_d × S_d of d×d weight matrices with a large group (I_d: ΔS_d, order d!), a medium
/// one (the ΔS_{d/2}×ΔS_{d/2} pattern: five values on the two diagonal blocks and the two
/// off-diagonal blocks) and a trivial one (uniform random entries). Each invocation clusters the
/// entries, builds the bipartite digraph on 2d vertices and runs the partition backtrack; the type
/// (with the ΔS_d conjugacy test) and the fixed-point dimension are included.
/// </summary>
[MemoryDiagnoser]
public class IsotropyBenchmarks
{
    private double[,] matrix = new double[0, 0];

    /// <summary>k = d.</summary>
    [Params(20, 100, 500)]
    public int D { get; set; }

    /// <summary>identity, half, or random.</summary>
    [Params("identity", "half", "random")]
    public string Kind { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        int d = D, h = D / 2;
        var random = new Random(1);
        matrix = new double[d, d];
        for (int i = 0; i < d; i++)
            for (int j = 0; j < d; j++)
                matrix[i, j] = Kind switch
                {
                    "identity" => i == j ? 1 : 0,
                    "half" => i == j ? (i < h ? 1.0 : 2.0) : (i < h) == (j < h) ? 3.0 : i < h ? 4.0 : 5.0,
                    "random" => random.NextDouble(),
                    _ => throw new ArgumentException(Kind),
                };
    }

    /// <summary>Group, type and fixed-point dimension.</summary>
    [Benchmark]
    public int Isotropy()
    {
        var g = MatrixIsotropy.Of(matrix);
        return g.Type.Name.Length + g.FixedDimension;
    }
}
