namespace Landscape.Symmetry.Landscape;

/// <summary>The eigenvalues of a Hessian at a point, and how they were computed.</summary>
/// <param name="Eigenvalues">All n eigenvalues, ascending (with multiplicity).</param>
/// <param name="Method">"dense" for a dense symmetric eigensolver, or the name of an isotypic method.</param>
public sealed record HessianSpectrum(double[] Eigenvalues, string Method)
{
    /// <summary>The smallest eigenvalue.</summary>
    public double Smallest => Eigenvalues[0];

    /// <summary>The largest eigenvalue.</summary>
    public double Largest => Eigenvalues[^1];

    /// <summary>Eigenvalues grouped into clusters whose consecutive gaps exceed <paramref name="tolerance"/>: (value, multiplicity).</summary>
    public IReadOnlyList<(double Value, int Multiplicity)> Distinct(double tolerance)
    {
        var result = new List<(double, int)>();
        int start = 0;
        for (int i = 1; i <= Eigenvalues.Length; i++)
        {
            if (i < Eigenvalues.Length && Eigenvalues[i] - Eigenvalues[i - 1] <= tolerance) continue;
            double mean = 0;
            for (int j = start; j < i; j++) mean += Eigenvalues[j];
            result.Add((mean / (i - start), i - start));
            start = i;
        }
        return result;
    }
}
