namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The large-d fits of an exploration's families: each family that reaches the top of the range is continued further on a
/// geometric grid and fitted in powers of d^(−1/2) (<see cref="LargeDExpansion.FitFamily"/>).
/// </summary>
public static class FamilyFits
{
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
