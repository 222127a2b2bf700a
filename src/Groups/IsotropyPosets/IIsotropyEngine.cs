using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// What the isotropy enumeration needs from a graph-automorphism engine, for a colouring of the
/// cells of M(k,d) under the ambient group Γ.
/// </summary>
internal interface IIsotropyEngine
{
    /// <summary>Aut_Γ of the colouring with every colour kept: generators and exact order.</summary>
    (ulong[] Generators, BigInteger Order) Closure(AmbientGroup g, int[] colouring, CancellationToken cancel);

    /// <summary>
    /// A key with value equality such that two colourings get equal keys exactly when some σ ∈ Γ
    /// carries one partition onto the other (classes renamed); and generators of the σ ∈ Γ that map
    /// the partition onto itself, permuting its classes (the normaliser of its closed group), computed
    /// on first use since most colourings turn out to be classes already known.
    /// </summary>
    (object Key, Lazy<ulong[]> Normaliser) Classify(AmbientGroup g, int[] colouring, CancellationToken cancel);
}
