using System.Diagnostics;
using Landscape.Symmetry.Representations;
using Landscape.Symmetry.Representations.Tests.Naive;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Benchmarks -- compare-spectra D</c>: one timed run of the
/// dense eigensolver and of the block spectrum on the same random ΔS_D-equivariant operator, and the
/// largest difference between the two spectra. For sizes where BenchmarkDotNet's repetitions would take
/// too long (D = 50 is a 2500 × 2500 dense problem).
/// </summary>
public static class SpectrumComparison
{
    public static Matrix<double> DenseMatrix(SymmetricOperator op)
    {
        int n = op.Dimension;
        var m = Matrix<double>.Build.Dense(n, n);
        var e = new double[n];
        for (int c = 0; c < n; c++)
        {
            Array.Clear(e);
            e[c] = 1;
            m.SetColumn(c, op.Apply(e));
        }
        return m;
    }

    public static void Run(int d)
    {
        var decomposition = DiagonalYoungDecomposition.FromFactorSizes(new[] { d });
        var op = RandomEquivariantOperator.ForDiagonalYoung(decomposition, seed: 1);
        var dense = DenseMatrix(op);
        // Warm both paths on a small case so JIT time is not measured.
        var small = DiagonalYoungDecomposition.FromFactorSizes(new[] { 5 });
        small.Spectrum(RandomEquivariantOperator.ForDiagonalYoung(small, 2));
        DenseMatrix(RandomEquivariantOperator.ForDiagonalYoung(small, 2)).Evd(Symmetricity.Symmetric);

        var clock = Stopwatch.StartNew();
        var denseValues = dense.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).OrderBy(x => x).ToArray();
        var denseTime = clock.Elapsed;
        clock.Restart();
        var block = DiagonalYoungDecomposition.FromFactorSizes(new[] { d }).Spectrum(op);
        var blockTime = clock.Elapsed;
        var blockValues = block.Expand();
        double scale = Math.Max(1, denseValues.Max(Math.Abs));
        double diff = denseValues.Zip(blockValues).Max(p => Math.Abs(p.First - p.Second)) / scale;
        Console.WriteLine($"d = {d}, n = {d * d}: dense {denseTime.TotalMilliseconds:F1} ms, block {blockTime.TotalMilliseconds:F2} ms " +
            $"({block.OperatorApplications} products), ratio {denseTime / blockTime:F0}, max relative difference {diff:E1}");
    }
}
