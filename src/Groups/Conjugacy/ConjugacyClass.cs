using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// A conjugacy class xᴳ = { g⁻¹ x g : g ∈ G } of a permutation group G.
/// </summary>
/// <param name="Representative">An element of the class (0-based points, like every <see cref="Permutation"/>).</param>
/// <param name="Size">The number of elements in the class, |G| / |C_G(x)|.</param>
/// <param name="CycleType">The cycle type shared by all elements of the class, fixed points counted as parts of size 1.</param>
public sealed record ConjugacyClass(Permutation Representative, BigInteger Size, Partition CycleType);
