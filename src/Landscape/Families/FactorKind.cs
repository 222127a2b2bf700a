namespace Landscape.Symmetry.Landscape;

/// <summary>How a factor of a Young-type group acts on M(k, d).</summary>
public enum FactorKind
{
    /// <summary>ΔS_p: the same permutation of p rows and of their p paired columns.</summary>
    Coupled,

    /// <summary>S_m on m rows that have no paired column (the extra rows of an over-parameterised student).</summary>
    RowsOnly,
}
