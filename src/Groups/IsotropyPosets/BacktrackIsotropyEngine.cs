using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// STOP-GAP engine over <see cref="AmbientSearch"/>: closure and normaliser by listing elements,
/// class keys that compare by searching for an isomorphism. To be replaced by the coloured-digraph
/// engine once merged.
/// </summary>
internal sealed class BacktrackIsotropyEngine : IIsotropyEngine
{
    public static readonly BacktrackIsotropyEngine Instance = new();

    public (ulong[] Generators, BigInteger Order) Closure(AmbientGroup g, int[] colouring, CancellationToken cancel)
    {
        var elements = AmbientSearch.Automorphisms(g, colouring, rename: false, cancel);
        return (AmbientSearch.Generators(g, elements), elements.Count);
    }

    public ulong[] Normaliser(AmbientGroup g, int[] colouring, CancellationToken cancel) =>
        AmbientSearch.Generators(g, AmbientSearch.Automorphisms(g, colouring, rename: true, cancel));

    public object ClassKey(AmbientGroup g, int[] colouring, CancellationToken cancel) => new Key(g, colouring);

    private sealed class Key(AmbientGroup g, int[] colouring) : IEquatable<Key>
    {
        private readonly int hash = Invariant(colouring);

        public bool Equals(Key? other) =>
            other is not null && other.hash == hash && AmbientSearch.Isomorphism(g, colouring, other.Colouring) is not null;

        public int[] Colouring => colouring;

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => hash;

        // Sorted class sizes: unchanged by Γ and by renaming classes.
        private static int Invariant(int[] colouring)
        {
            var size = new int[colouring.Max() + 1];
            foreach (var c in colouring) size[c]++;
            Array.Sort(size);
            var h = new HashCode();
            foreach (var s in size) h.Add(s);
            return h.ToHashCode();
        }
    }
}
