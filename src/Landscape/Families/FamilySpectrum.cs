using Landscape.Symmetry.Representations;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape;

/// <summary>The Hessian eigenvalues carried by one irreducible, each with multiplicity <see cref="Dimension"/>.</summary>
/// <param name="Label">The irreducible.</param>
/// <param name="Name">Its text with sizes in d, e.g. "(d-2,1) × (1)".</param>
/// <param name="Dimension">dim λ at this d (a polynomial in d, real).</param>
/// <param name="Eigenvalues">The eigenvalues of the λ-block, ascending (as many as λ's multiplicity in M(k,d) ⊕ ℝᵏ).</param>
public sealed record IrreducibleBlock(IrreducibleLabel Label, string Name, double Dimension, double[] Eigenvalues)
{
    /// <summary>The smallest eigenvalue of the block.</summary>
    public double Smallest => Eigenvalues[0];
}

/// <summary>
/// The Hessian spectrum of the full model at a block-constant point of a family type, per irreducible, for real d.
/// For each irreducible λ: the layout is cut by the rows of λ (the Young subgroup K_λ), the Hessian is compressed
/// onto Fix(K_λ) with <see cref="ReducedPopulationLoss.OrthonormalHessian"/>, and restricted to the eigenvectors of
/// the transposition sum T with λ's value (<see cref="IrreducibleLabel.TranspositionSumValue"/>). Every step is a
/// polynomial in the block sizes, so the eigenvalues are functions of real d; at integer d they are the full
/// Hessian's eigenvalues, λ's block repeated dim λ times.
/// </summary>
public static class FamilySpectrum
{
    /// <summary>The blocks of all irreducibles that occur at this d (multiplicity ≥ 1), trivial first.</summary>
    /// <param name="kernel">The pair kernel.</param>
    /// <param name="type">The family type.</param>
    /// <param name="d">Real d (the type must be valid there).</param>
    /// <param name="secondLayerTrainable">Whether a trains.</param>
    /// <param name="coordinates">The point in the coordinates of <see cref="FixedSpaceLayout.ForType"/> (unsplit).</param>
    /// <param name="only">Optionally, which labels to compute (others are skipped).</param>
    /// <param name="excludeRescalings">
    /// Leave out the directions wᵢ → (1+ε)wᵢ, aᵢ → (1−ε)aᵢ (per refined row block): at a critical point of a ReLU model
    /// with a trainable second layer they are exact zero modes, which would otherwise hide the eigenvalue that crosses
    /// zero in the same block. Only meaningful with a trainable second layer.
    /// </param>
    public static IReadOnlyList<IrreducibleBlock> Compute(IPairKernel kernel, FamilyType type, double d, bool secondLayerTrainable,
        ReadOnlySpan<double> coordinates, Func<IrreducibleLabel, bool>? only = null, bool excludeRescalings = false)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(type);
        type.CheckValidAt(d);
        var baseLayout = FixedSpaceLayout.ForType(type, d, secondLayerTrainable);
        if (coordinates.Length != baseLayout.Dimension)
            throw new ArgumentException($"The type's fixed space has {baseLayout.Dimension} coordinates; got {coordinates.Length}.", nameof(coordinates));
        var coords = coordinates.ToArray();
        var kinds = baseLayout.Factors.Select(f => f.Kind).ToArray();
        var sizes = baseLayout.Factors.Select(f => f.Size).ToArray();
        var sizeText = type.Parts.Select(p => p.ToString()).Concat(type.ExtraRows > 0 ? new[] { type.ExtraRows.ToString() } : Array.Empty<string>()).ToArray();
        var blocks = new List<IrreducibleBlock>();
        foreach (var label in IrreducibleLabel.Candidates(kinds))
        {
            if (!label.ExistsAt(sizes) || (only is not null && !only(label))) continue;
            var splits = label.Tails.Select(t => t.Select(x => (double)x).ToArray()).ToArray();
            var layout = FixedSpaceLayout.ForType(type, d, secondLayerTrainable, splits);
            var refined = Refine(baseLayout, layout, coords);
            var t = TranspositionSum.Matrix(layout);
            double target = label.TranspositionSumValue(sizes);
            var evd = t.Evd(Symmetricity.Symmetric);
            var columns = new List<int>();
            for (int i = 0; i < layout.Dimension; i++)
                if (Math.Abs(evd.EigenValues[i].Real - target) < 0.25) columns.Add(i);
            if (columns.Count == 0) continue;
            var z = columns.Select(col => evd.EigenVectors.Column(col).ToArray()).ToArray();
            var loss = new ReducedPopulationLoss(kernel, layout);
            var block = Matrix<double>.Build.DenseOfArray(loss.OrthonormalCompression(refined, z));
            if (excludeRescalings && secondLayerTrainable)
            {
                var keep = RescalingComplement(layout, refined, z);
                if (keep.ColumnCount == 0) continue;
                block = keep.TransposeThisAndMultiply(block * keep);
            }
            var eig = block.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Order().ToArray();
            blocks.Add(new IrreducibleBlock(label, label.Format(sizeText), label.Dimension(sizes), eig));
        }
        return blocks;
    }

    // An orthonormal basis of the slot coordinates orthogonal to the projections of the rescaling directions.
    private static Matrix<double> RescalingComplement(FixedSpaceLayout layout, double[] coords, double[][] z)
    {
        var size = layout.OrbitSizes();
        int m = z.Length;
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
        // Unsplit layouts have one row block per factor and one column block per coupled factor, in factor order.
        var result = new double[child.Dimension];
        for (int o = 0; o < child.Dimension; o++)
        {
            var orbit = child.Orbits[o];
            int fr = child.RowFactor[orbit.Row];
            int idx = orbit.Kind switch
            {
                OrbitKind.Block => parent.BlockIndex(fr, child.ColumnFactor[orbit.Column]),
                OrbitKind.Diagonal => parent.DiagonalIndex(fr),
                _ => parent.SecondLayerIndex(fr),
            };
            result[o] = idx >= 0 ? coords[idx] : 0;
        }
        return result;
    }
}
