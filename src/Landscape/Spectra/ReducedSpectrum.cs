using Landscape.Symmetry.Representations;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The Hessian spectrum of the full two-layer model at a block-constant point, by irreducible, from the model
/// restricted to fixed spaces (<see cref="ReducedPopulationLoss"/>): cost independent of d. For each irreducible λ of
/// the layout's group (one shape (p_f − |τ_f|, τ_f) per factor) the layout is cut by λ's tails (the Young subgroup
/// K_λ), the Hessian is compressed onto Fix(K_λ) and restricted to the eigenspace of the transposition sum with λ's
/// value; the compression's eigenvalues are the full Hessian's eigenvalues on λ's isotypic component, each with
/// multiplicity dim λ.
/// </summary>
/// <remarks>
/// The one spectrum path of the reduced road: points read from the full model (<see cref="ReducedPoint"/>, the survey, the
/// spectrum, critical and explore commands) and families at real d (<see cref="FamilySpectrum"/>, which only supplies the
/// type's layout and labels written in d) both come here. Works for any layout of uncut factors — coupled (the diagonal
/// Young types ΔS_{p₁}×…×ΔS_{p_r} of an identity or block-scalar teacher with N(0, ⊕σ²I) inputs) and rows-only (the
/// k = d + m extra rows) — with or without the trainable second layer.
/// </remarks>
public static class ReducedSpectrum
{
    /// <summary>The spectrum on the isotypic component of every irreducible that occurs (multiplicity ≥ 1), trivial first; labels with the block sizes as numbers.</summary>
    /// <param name="kernel">The pair kernel (activation with Gaussian inputs).</param>
    /// <param name="layout">The layout, every factor uncut.</param>
    /// <param name="coordinates">The point in the layout's orbit coordinates.</param>
    /// <param name="cancellationToken">Cancels between irreducibles.</param>
    /// <exception cref="ArgumentException">A factor is cut, or the coordinates have the wrong length.</exception>
    public static IReadOnlyList<IrreducibleSpectrum> Compute(IPairKernel kernel, FixedSpaceLayout layout, ReadOnlySpan<double> coordinates,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var sizeText = layout.Factors.Select(f => Math.Round(f.Size).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return PerIrreducible(kernel, layout, coordinates, sizeText, null, false, skipEmpty: true, cancellationToken);
    }

    /// <summary>
    /// The path itself. For each irreducible λ (one shape (p_f − |τ_f|, τ_f) per factor) the layout is cut by λ's tails,
    /// the point carried to the cut layout, the Hessian compressed onto the eigenvectors of the transposition sum with λ's
    /// value, and that compression diagonalised.
    /// </summary>
    /// <param name="kernel">The pair kernel.</param>
    /// <param name="layout">The layout, every factor uncut.</param>
    /// <param name="coordinates">The point in the layout's orbit coordinates.</param>
    /// <param name="sizeText">How each factor's size is written in the labels ("5", or "d-1" for a family).</param>
    /// <param name="only">Optionally, which labels to compute.</param>
    /// <param name="excludeRescalings">Leave out the rescaling directions of each refined row block (ReLU with a trainable second layer).</param>
    /// <param name="skipEmpty">Skip irreducibles of dimension below ½ (at integer sizes: those that do not occur).</param>
    /// <param name="cancellationToken">Cancels between irreducibles.</param>
    internal static IReadOnlyList<IrreducibleSpectrum> PerIrreducible(IPairKernel kernel, FixedSpaceLayout layout, ReadOnlySpan<double> coordinates,
        IReadOnlyList<string> sizeText, Func<IrreducibleLabel, bool>? only, bool excludeRescalings, bool skipEmpty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(layout);
        if (coordinates.Length != layout.Dimension)
            throw new ArgumentException($"The layout's fixed space has {layout.Dimension} coordinates; got {coordinates.Length}.", nameof(coordinates));
        if (layout.Factors.Any(f => f.PartSizes.Length != 1))
            throw new ArgumentException("The reduced spectrum needs a layout of uncut factors (one part each).", nameof(layout));
        var coords = coordinates.ToArray();
        var kinds = layout.Factors.Select(f => f.Kind).ToArray();
        var sizes = layout.Factors.Select(f => f.Size).ToArray();
        var text = sizeText.ToArray();
        var spectra = new List<IrreducibleSpectrum>();
        foreach (var label in IrreducibleLabel.Candidates(kinds))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!label.ExistsAt(sizes) || (skipEmpty && label.Dimension(sizes) < 0.5) || (only is not null && !only(label))) continue;
            var refined = layout.Split(label.Tails.Select(t => t.Select(x => (double)x).ToArray()).ToArray());
            var point = Refine(layout, refined, coords);
            var t = TranspositionSum.Matrix(refined);
            double target = label.TranspositionSumValue(sizes);
            var evd = t.Evd(Symmetricity.Symmetric);
            var columns = new List<double[]>();
            for (int i = 0; i < refined.Dimension; i++)
                if (Math.Abs(evd.EigenValues[i].Real - target) < 0.25) columns.Add(evd.EigenVectors.Column(i).ToArray());
            if (columns.Count == 0) continue;
            var loss = new ReducedPopulationLoss(kernel, refined);
            var compression = Matrix<double>.Build.DenseOfArray(loss.OrthonormalCompression(point, columns));
            if (excludeRescalings && layout.SecondLayerTrainable)
            {
                var keep = RescalingComplement(refined, point, columns);
                if (keep.ColumnCount == 0) continue;
                compression = keep.TransposeThisAndMultiply(compression * keep);
            }
            var eig = compression.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();
            spectra.Add(new IrreducibleSpectrum(label, label.Format(text), label.Dimension(sizes), eig));
        }
        return spectra;
    }

    // An orthonormal basis of the slot coordinates orthogonal to the projections of the rescaling directions.
    private static Matrix<double> RescalingComplement(FixedSpaceLayout layout, double[] coords, List<double[]> z)
    {
        var size = layout.OrbitSizes();
        int m = z.Count;
        var f = Matrix<double>.Build.Dense(m, layout.RowBlockCount);
        for (int s = 0; s < layout.RowBlockCount; s++)
        {
            var v = new double[layout.Dimension];
            for (int o = 0; o < layout.Dimension; o++)
            {
                var orbit = layout.Orbits[o];
                if (orbit.Row != s) continue;
                v[o] = (orbit.Kind == OrbitKind.SecondLayer ? -coords[o] : coords[o]) * Math.Sqrt(size[o]);
            }
            for (int j = 0; j < m; j++) f[j, s] = z[j].Zip(v, (a, b) => a * b).Sum();
        }
        var svd = f.Svd(true);
        double max = svd.S.Count > 0 ? svd.S.Maximum() : 0;
        int rank = svd.S.Count(x => x > 1e-9 * Math.Max(1, max));
        return svd.U.SubMatrix(0, m, rank, m - rank);
    }

    /// <summary>The same point in a refined layout: each cut block inherits its parent's values.</summary>
    internal static double[] Refine(FixedSpaceLayout parent, FixedSpaceLayout child, double[] coords)
    {
        // The parent is uncut: one row block per factor (in factor order) and one column block per coupled factor.
        var parentColumn = new Dictionary<int, int>();
        for (int t = 0; t < parent.ColumnBlockCount; t++) parentColumn[parent.ColumnFactor[t]] = t;
        var result = new double[child.Dimension];
        for (int o = 0; o < child.Dimension; o++)
        {
            var orbit = child.Orbits[o];
            int fr = child.RowFactor[orbit.Row];
            int idx = orbit.Kind switch
            {
                OrbitKind.Block => parent.BlockIndex(fr, parentColumn[child.ColumnFactor[orbit.Column]]),
                OrbitKind.Diagonal => parent.DiagonalIndex(fr),
                _ => parent.SecondLayerIndex(fr),
            };
            result[o] = idx >= 0 ? coords[idx] : 0;
        }
        return result;
    }

    /// <summary>
    /// Minimum, saddle or degenerate from the spectra per irreducible: eigenvalues below −tol count with their irreducible's dimension
    /// (the index); a minimum may have up to <paramref name="flatDirections"/> zero eigenvalues (rescalings of a
    /// positively homogeneous activation with a trainable second layer), tol = <paramref name="relativeTolerance"/>·max(1, max|λ|).
    /// </summary>
    public static (CriticalPointKind Kind, long Index, double Smallest) Classify(IReadOnlyList<IrreducibleSpectrum> irreducibles, int flatDirections = 0,
        double relativeTolerance = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(irreducibles);
        if (irreducibles.Count == 0) throw new ArgumentException("No irreducibles to classify.", nameof(irreducibles));
        double max = irreducibles.SelectMany(b => b.Eigenvalues).Max(Math.Abs);
        double tol = relativeTolerance * Math.Max(1, max);
        long negative = 0, zero = 0;
        double min = double.PositiveInfinity;
        foreach (var b in irreducibles)
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
