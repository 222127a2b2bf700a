namespace Landscape.Symmetry.Groups;

/// <summary>
/// Groups real numbers that are equal up to a tolerance, so that floating-point weights can be
/// compared as colours.
/// </summary>
/// <remarks>
/// The rule is single linkage: sort the values and start a new cluster wherever the gap between two
/// consecutive sorted values exceeds the tolerance t. It depends only on the multiset of values (not
/// their order), t = 0 means exact equality, and every cluster is an interval of the sorted values
/// whose consecutive gaps are all ≤ t — so a long chain of close values forms one cluster even when
/// its ends are more than t apart. Cluster numbers increase with the values, which keeps them
/// a function of the values alone.
/// </remarks>
public static class ValueClustering
{
    /// <summary>The cluster number of each value (0, 1, … in increasing order of value).</summary>
    /// <param name="values">Finite numbers.</param>
    /// <param name="tolerance">The largest gap inside a cluster, t ≥ 0 and finite.</param>
    /// <param name="what">How the values are named in error messages, e.g. "W".</param>
    /// <exception cref="ArgumentException">A value is NaN or infinite, or the tolerance is negative, NaN or infinite.</exception>
    public static int[] Cluster(IReadOnlyList<double> values, double tolerance, string what = "value")
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckTolerance(tolerance);
        int n = values.Count;
        for (int i = 0; i < n; i++)
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"{what} entry {i} is {values[i]}; every entry must be a finite number.", nameof(values));
        var order = Enumerable.Range(0, n).ToArray();
        var keys = values.ToArray();
        Array.Sort(keys, order);
        var result = new int[n];
        int cluster = 0;
        for (int t = 0; t < n; t++)
        {
            if (t > 0 && keys[t] - keys[t - 1] > tolerance) cluster++;
            result[order[t]] = cluster;
        }
        return result;
    }

    /// <summary>The number of clusters the rule forms.</summary>
    public static int Count(IReadOnlyList<double> values, double tolerance) =>
        values.Count == 0 ? 0 : Cluster(values, tolerance).Max() + 1;

    internal static void CheckTolerance(double tolerance)
    {
        if (!double.IsFinite(tolerance) || tolerance < 0)
            throw new ArgumentException($"The tolerance must be a finite number ≥ 0; got {tolerance}.", nameof(tolerance));
    }
}
