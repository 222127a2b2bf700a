namespace Landscape.Symmetry.Representations;

/// <summary>The kind of an orbit of parameter cells of M(k, d) (⊕ ℝᵏ) under a Young-type group acting by (π, ρ).</summary>
public enum OrbitKind
{
    /// <summary>Cells (i, j) with i in row block s, j in column block t, j not the partner of i.</summary>
    Block,

    /// <summary>Cells (i, partner(i)) of a coupled row block.</summary>
    Diagonal,

    /// <summary>Second-layer weights aᵢ of a row block.</summary>
    SecondLayer,
}
