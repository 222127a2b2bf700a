namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The large-d fits of an exploration's families: each family that reaches the top of the range is continued further on a
/// geometric grid and fitted in powers of d^(−1/2) (<see cref="LargeDExpansion.FitFamily"/>).
/// </summary>
public static class FamilyFits
{
    /// <summary>The smallest upper end of the range a fit starts from: the fit in d^(−1/2) needs the families followed to at least this d.</summary>
    public const double MinRangeEndForFit = 20;

    /// <summary>
    /// <c>symmetry family</c> as one call: every family of <paramref name="model"/>'s type in [<paramref name="from"/>,
    /// <paramref name="to"/>] (<see cref="FamilyExplorer.Follow"/>), and, when <paramref name="fitTo"/> is given, those that
    /// reach <paramref name="to"/> continued to it and fitted (<see cref="Of"/>). Everything is checked before any work.
    /// Cancellation returns what is complete, with <see cref="FamilyExploration.Cancelled"/> set.
    /// </summary>
    /// <returns>The exploration, and one entry per family (null without <paramref name="fitTo"/> or for a family that stops short of <paramref name="to"/>).</returns>
    /// <exception cref="ArgumentException">As <see cref="FamilyExplorer.Follow"/>; or <paramref name="fitTo"/> not above <paramref name="to"/>, or <paramref name="to"/> below <see cref="MinRangeEndForFit"/> with a fit asked for.</exception>
    public static (FamilyExploration Exploration, IReadOnlyList<(FamilyTrace Trace, IReadOnlyList<Expansion> Fits)?> Fits) FollowAndFit(FamilyModel model,
        double from, double to, double? fitTo, FamilyExplorerOptions? options = null, IProgress<FamilyExplorerProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (fitTo is { } f && !(f > to && to >= MinRangeEndForFit))
            throw new ArgumentException($"The fit's end must exceed the range's upper end, and that must be at least {MinRangeEndForFit} so the fit sees large d; got to = {to} and fitTo = {f}.",
                nameof(fitTo));
        var found = FamilyExplorer.Follow(model, from, to, options, progress, cancellationToken);
        if (fitTo is not { } end) return (found, found.Families.Select(_ => ((FamilyTrace, IReadOnlyList<Expansion>)?)null).ToList());
        var (fits, cancelled) = Of(model, found, end, cancellationToken);
        return (found with { Cancelled = cancelled }, fits);
    }

    /// <summary>
    /// One entry per family of <paramref name="exploration"/>: its continuation to <paramref name="fitTo"/> and the fits, or null
    /// for a family that does not reach <see cref="FamilyExploration.To"/>. Cancellation stops the fits and returns those done,
    /// with <c>Cancelled</c> set.
    /// </summary>
    public static (IReadOnlyList<(FamilyTrace Trace, IReadOnlyList<Expansion> Fits)?> Fits, bool Cancelled) Of(FamilyModel model, FamilyExploration exploration,
        double fitTo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(exploration);
        var fits = exploration.Families.Select(_ => ((FamilyTrace, IReadOnlyList<Expansion>)?)null).ToList();
        double to = exploration.To;
        try
        {
            for (int i = 0; i < fits.Count && !exploration.Cancelled; i++)
                if (exploration.Families[i].Rows.Any(r => r.D == to))
                    fits[i] = LargeDExpansion.FitFamily(model, to, exploration.Families[i].Rows.Last(r => r.D == to).Coordinates, fitTo, cancellationToken: cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (fits, true);
        }
        return (fits, exploration.Cancelled);
    }
}
