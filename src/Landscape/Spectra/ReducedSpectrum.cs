using Landscape.Symmetry.Representations;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The Hessian spectrum of the full two-layer model at a block-constant point, by irreducible, from the model
/// restricted to fixed spaces (<see cref="ReducedPopulationLoss"/>): cost independent of d. For each irreducible λ of
/// the layout's group (one shape (p_f − |τ_f|, τ_f) per factor) the layout is cut by λ's tails (the Young subgroup
/// K_λ), the Hessian is compressed onto Fix(K_λ) and restricted to the eigenspace of the transposition sum with λ's
/// value; the block's eigenvalues are the full Hessian's eigenvalues on λ's isotypic component, each with
/// multiplicity dim λ.
/// </summary>
/// <remarks>
/// Works for any layout of uncut coupled factors (one part each): the diagonal Young types ΔS_{p₁}×…×ΔS_{p_r} of an
/// identity or block-scalar teacher with N(0, ⊕σ²I) inputs, with or without the trainable second layer; a last uncut
/// rows-only factor adds the m extra rows of k = d + m (S_m permuting them).
/// </remarks>
public static class ReducedSpectrum
{
    /// <summary>The blocks of every irreducible that occurs (multiplicity ≥ 1), trivial first.</summary>
    /// <param name="kernel">The pair kernel (activation with Gaussian inputs).</param>
    /// <param name="layout">The layout, every factor uncut.</param>
    /// <param name="coordinates">The point in the layout's orbit coordinates.</param>
    /// <param name="cancellationToken">Cancels between irreducibles.</param>
    /// <exception cref="ArgumentException">A factor is cut, or the coordinates have the wrong length.</exception>
    public static IReadOnlyList<IrreducibleBlock> Compute(IPairKernel kernel, FixedSpaceLayout layout, ReadOnlySpan<double> coordinates,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(layout);
        if (coordinates.Length != layout.Dimension)
            throw new ArgumentException($"The layout's fixed space has {layout.Dimension} coordinates; got {coordinates.Length}.", nameof(coordinates));
        // Coupled factors, then optionally one rows-only factor (the extra rows of k = d + m), each uncut: then column
        // block f is coupled factor f, which Refine relies on.
        int last = layout.Factors.Count - 1;
        if (layout.Factors.Select((f, i) => f.PartSizes.Length != 1 || (f.Kind != FactorKind.Coupled && !(f.Kind == FactorKind.RowsOnly && i == last && i > 0))).Any(bad => bad))
            throw new ArgumentException("The reduced spectrum needs a layout of uncut coupled factors (one part each, rows paired with columns), optionally followed by one uncut rows-only factor.", nameof(layout));
        var coords = coordinates.ToArray();
        var kinds = layout.Factors.Select(f => f.Kind).ToArray();
        var sizes = layout.Factors.Select(f => f.Size).ToArray();
        var sizeText = sizes.Select(s => Math.Round(s).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var blocks = new List<IrreducibleBlock>();
        foreach (var label in IrreducibleLabel.Candidates(kinds))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!label.ExistsAt(sizes) || label.Dimension(sizes) < 0.5) continue;
            var refined = layout.Split(label.Tails.Select(t => t.Select(x => (double)x).ToArray()).ToArray());
            var point = FamilySpectrum.Refine(layout, refined, coords); // every factor coupled: column block f is factor f
            var t = TranspositionSum.Matrix(refined);
            double target = label.TranspositionSumValue(sizes);
            var evd = t.Evd(Symmetricity.Symmetric);
            var columns = new List<double[]>();
            for (int i = 0; i < refined.Dimension; i++)
                if (Math.Abs(evd.EigenValues[i].Real - target) < 0.25) columns.Add(evd.EigenVectors.Column(i).ToArray());
            if (columns.Count == 0) continue;
            var loss = new ReducedPopulationLoss(kernel, refined);
            var block = Matrix<double>.Build.DenseOfArray(loss.OrthonormalCompression(point, columns));
            var eig = block.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();
            blocks.Add(new IrreducibleBlock(label, label.Format(sizeText), label.Dimension(sizes), eig));
        }
        return blocks;
    }

    /// <summary>
    /// Minimum, saddle or degenerate from the blocks: eigenvalues below −tol count with their block's dimension
    /// (the index); a minimum may have up to <paramref name="flatDirections"/> zero eigenvalues (rescalings of a
    /// positively homogeneous activation with a trainable second layer), tol = <paramref name="relativeTolerance"/>·max(1, max|λ|).
    /// </summary>
    public static (CriticalPointKind Kind, long Index, double Smallest) Classify(IReadOnlyList<IrreducibleBlock> blocks, int flatDirections = 0,
        double relativeTolerance = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count == 0) throw new ArgumentException("No blocks to classify.", nameof(blocks));
        double max = blocks.SelectMany(b => b.Eigenvalues).Max(Math.Abs);
        double tol = relativeTolerance * Math.Max(1, max);
        long negative = 0, zero = 0;
        double min = double.PositiveInfinity;
        foreach (var b in blocks)
        {
            long dim = (long)Math.Round(b.Dimension);
            foreach (var e in b.Eigenvalues)
            {
                if (e < -tol) negative += dim;
                else if (e <= tol) zero += dim;
                min = Math.Min(min, e);
            }
        }
        var kind = negative > 0 ? CriticalPointKind.Saddle : zero > flatDirections ? CriticalPointKind.Degenerate : CriticalPointKind.Minimum;
        return (kind, negative, min);
    }
}
