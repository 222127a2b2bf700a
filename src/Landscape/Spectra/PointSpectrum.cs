using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape;

/// <summary>How to compute a Hessian spectrum at a point.</summary>
public enum SpectrumMethod
{
    /// <summary>
    /// The reduced model whenever the point is block constant for a diagonal Young type of a two-layer model with a
    /// diagonal teacher (<see cref="ReducedPoint"/>); otherwise dense up to <see cref="DenseSpectrumProvider.MaxDimension"/>
    /// parameters, isotypic components beyond.
    /// </summary>
    Auto,

    /// <summary>The dense symmetric eigensolver (<see cref="DenseSpectrumProvider"/>).</summary>
    Dense,

    /// <summary>
    /// The Hessian compressed to each isotypic component of the point's isotropy, from Hessian–vector products
    /// (<see cref="IsotypicSpectrumProvider"/>): two-layer, k = d, diagonal Young isotropy. The command line's
    /// <c>--method isotypic</c> (alias <c>block</c>, its former name).
    /// </summary>
    Isotypic,

    /// <summary>
    /// Eigenvalues per irreducible from the loss restricted to fixed spaces (<see cref="ReducedPoint"/>, <see cref="ReducedSpectrum"/>):
    /// two-layer with a pair kernel, k = d, diagonal teacher, the point block constant for a diagonal Young type; cost independent of d.
    /// </summary>
    Reduced,
}

/// <summary>
/// The Hessian spectrum at a point by a chosen method, with the point it was read at: the point itself for the dense
/// path, or its symmetrized copy for the isotypic path (see <see cref="ForIsotypic"/>).
/// </summary>
/// <param name="X">The point the spectrum belongs to.</param>
/// <param name="Method">The method used (never <see cref="SpectrumMethod.Auto"/>).</param>
/// <param name="Spectrum">All eigenvalues, ascending.</param>
/// <param name="ByIrreducible">The eigenvalues labelled by irreducible (isotypic and reduced paths).</param>
/// <param name="Isotropy">The isotropy group on parameter indices the isotypic path used (isotypic path only).</param>
public sealed record PointSpectrum(double[] X, SpectrumMethod Method, HessianSpectrum Spectrum, IsotypicSpectrum? ByIrreducible, PermutationGroup? Isotropy)
{
    /// <summary>The point read as block values (reduced path only): loss and gradient there come from the reduced model too.</summary>
    public ReducedPoint? Reduced { get; init; }

    /// <summary>The spectrum of ∇²L at <paramref name="x"/>.</summary>
    /// <param name="objective">The loss.</param>
    /// <param name="x">The point.</param>
    /// <param name="method">Dense, isotypic, reduced, or auto.</param>
    /// <param name="isotropy">The isotropy of x when already known (isotypic path); computed otherwise.</param>
    /// <param name="cancellationToken">Cancels long computations.</param>
    /// <exception cref="ArgumentException">The isotypic path for a deep (layered) model.</exception>
    /// <exception cref="InvalidOperationException">The method does not apply (too many parameters for dense; no diagonal Young isotropy for the isotypic path), with the reason.</exception>
    public static PointSpectrum Compute(IObjective objective, double[] x, SpectrumMethod method = SpectrumMethod.Auto,
        MatrixIsotropyGroup? isotropy = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(x);
        objective.Layout.CheckLength(x.Length, nameof(x));
        if (method is SpectrumMethod.Auto or SpectrumMethod.Reduced)
        {
            var reduced = objective is IReducibleObjective two ? ReducedPoint.TryRead(two, x) : null;
            if (reduced is not null)
            {
                var kernel = ((IReducibleObjective)objective).ReducibleTerms()!.Kernel;
                var reducedSpectrum = reduced.Spectrum(kernel, cancellationToken);
                var average = reduced.OrbitAverage();
                return new PointSpectrum(average, SpectrumMethod.Reduced,
                    new HessianSpectrum(reducedSpectrum.Expand(), $"reduced model: spectrum per irreducible of {DiagonalYoungTypes.Name(reduced.Layout.Factors.Select(f => (int)Math.Round(f.Size)).ToArray())} from the loss restricted to fixed spaces"),
                    reducedSpectrum, null) { Reduced = reduced };
            }
            if (method == SpectrumMethod.Reduced)
                throw new InvalidOperationException(
                    "The reduced spectrum needs a two-layer model with Gaussian inputs, k = d, a diagonal teacher with second layer 1, and a point that is " +
                    $"block constant (within {PointIsotropy.DefaultTolerance:0e0}) for a diagonal Young type with at most {ReducedPoint.MaxBlocks} blocks; use the dense or the isotypic method.");
        }
        if (method == SpectrumMethod.Auto)
            method = x.Length <= DenseSpectrumProvider.MaxDimension ? SpectrumMethod.Dense : SpectrumMethod.Isotypic;
        if (method == SpectrumMethod.Dense)
            return new PointSpectrum(x, method, DenseSpectrumProvider.Instance.Compute(objective, x, null, cancellationToken), null, null);
        if (objective is ILayeredNetwork)
            throw new ArgumentException("The isotypic spectrum needs a two-layer model with k = d and diagonal Young isotropy; a deep model's spectrum is dense (SpectrumMethod.Dense).",
                nameof(objective));
        var (y, group) = ForIsotypic(objective.Layout, x, isotropy, cancellationToken);
        var labelled = IsotypicSpectrumProvider.Instance.ComputeLabelled(objective, y, group, cancellationToken);
        var spectrum = new HessianSpectrum(labelled.Expand(), $"isotypic components ({labelled.OperatorApplications} Hessian–vector products)");
        return new PointSpectrum(y, method, spectrum, labelled, group);
    }

    /// <summary>
    /// The point and group the isotypic path works with: rows relabelled so that the isotropy acts as (π, π) — the fast
    /// path recognises diagonal Young subgroups in that position, and relabelling rows is a symmetry of the model, so
    /// the spectrum is unchanged — then projected onto Fix(isotropy): the isotropy was detected with a tolerance while
    /// the isotypic path checks equivariance much more tightly, so the spectrum is read at the orbit average (at a
    /// critical point it stays critical, the gradient being equivariant).
    /// </summary>
    /// <exception cref="InvalidOperationException">k ≠ d, or the isotropy is not a diagonal Young type ΔS_{p₁}×…×ΔS_{p_r}.</exception>
    public static (double[] X, PermutationGroup Isotropy) ForIsotypic(ParameterLayout layout, double[] x, MatrixIsotropyGroup? isotropy = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(x);
        if (layout.K != layout.D)
            throw new InvalidOperationException($"The isotypic spectrum needs a two-layer model with k = d; got k = {layout.K}, d = {layout.D}.");
        isotropy ??= PointIsotropy.Of(layout, x, cancellationToken: cancellationToken);
        if (!isotropy.Type.IsDiagonal || isotropy.Type.DiagonalYoungParts.IsDefaultOrEmpty || isotropy.DiagonalConjugator is not { } phi)
            throw new InvalidOperationException(
                $"The isotypic spectrum needs a point whose isotropy is a diagonal Young type ΔS_p₁×…×ΔS_p_r; this point's isotropy is {isotropy.Type.Name}.");
        var relabelled = RelabelRows(layout, x, phi);
        var group = PointIsotropy.Of(layout, relabelled, cancellationToken: cancellationToken).AsCellGroup();
        return (FixedPointSubspace.Of(group).Project(relabelled), group);
    }

    /// <summary>Row i of W (and aᵢ) moved to row φ(i).</summary>
    private static double[] RelabelRows(ParameterLayout layout, double[] x, Permutation phi)
    {
        var y = new double[x.Length];
        for (int i = 0; i < layout.K; i++)
        {
            for (int j = 0; j < layout.D; j++) y[layout.WeightIndex(phi[i], j)] = x[layout.WeightIndex(i, j)];
            if (layout.SecondLayerTrainable) y[layout.SecondLayerIndex(phi[i])] = x[layout.SecondLayerIndex(i)];
        }
        return y;
    }
}
