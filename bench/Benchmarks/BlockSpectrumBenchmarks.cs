using BenchmarkDotNet.Attributes;
using Landscape.Symmetry.Representations;
using Landscape.Symmetry.Representations.Tests.Naive;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// The block spectrum of a random ΔS_d-equivariant symmetric operator on M(d,d) with an O(d²)
/// matrix–vector product (<see cref="RandomEquivariantOperator"/>): decomposition, equivariance check
/// and blocks, from scratch each time. <see cref="OneProduct"/> is the cost of one matvec, to separate
/// the operator's cost from the method's.
/// </summary>
[MemoryDiagnoser]
public class BlockSpectrumBenchmarks
{
    private SymmetricOperator op = null!;

    /// <summary>The matrix size.</summary>
    [Params(10, 20, 50, 100, 1000)]
    public int D { get; set; }

    /// <summary>The isotropy type: "S(d)" or "S(d-1) x S(1)" with the second layer.</summary>
    [Params("S(d)", "S(d-1) x S(1) + layer")]
    public string Type { get; set; } = "";

    private DiagonalYoungDecomposition Decompose() => Type == "S(d)"
        ? DiagonalYoungDecomposition.FromFactorSizes(new[] { D })
        : DiagonalYoungDecomposition.FromFactorSizes(new[] { D - 1, 1 }, secondLayer: true);

    [GlobalSetup]
    public void Setup() => op = RandomEquivariantOperator.ForDiagonalYoung(Decompose(), seed: 1);

    [Benchmark]
    public int IsotypicSpectrum() => Decompose().Spectrum(op).Values.Length;

    [Benchmark]
    public double OneProduct()
    {
        var x = new double[op.Dimension];
        x[0] = 1;
        return op.Apply(x)[0];
    }
}

/// <summary>
/// The dense reference: MathNet's symmetric eigensolver on the n × n matrix of the same kind of
/// operator (n = d²), against the block spectrum of the same dense matrix (products cost O(n²) here).
/// </summary>
[MemoryDiagnoser]
public class DenseSpectrumBenchmarks
{
    private Matrix<double> dense = null!;
    private DiagonalYoungDecomposition decomposition = null!;

    /// <summary>The matrix size (d = 50 is a 2500 × 2500 eigenproblem: minutes per run; see the compare mode in Program.cs).</summary>
    [Params(10, 20)]
    public int D { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        decomposition = DiagonalYoungDecomposition.FromFactorSizes(new[] { D });
        dense = SpectrumComparison.DenseMatrix(RandomEquivariantOperator.ForDiagonalYoung(decomposition, seed: 1));
    }

    [Benchmark(Baseline = true)]
    public int Dense() => dense.Evd(Symmetricity.Symmetric).EigenValues.Count;

    [Benchmark]
    public int BlockOnDenseMatrix() => DiagonalYoungDecomposition.FromFactorSizes(new[] { D }).Spectrum(SymmetricOperator.FromMatrix(dense)).Values.Length;
}
