namespace Landscape.Symmetry.Groups;

/// <summary>
/// Decides whether a group G ≤ S_k × S_d is conjugate to a subgroup of ΔS_d: whether there is a
/// bijection φ from rows to columns with φ(π(i)) = ρ(φ(i)) for every
/// (π, ρ) ∈ G and row i — an isomorphism between the rows and the columns as G-sets.
/// </summary>
/// <remarks>
/// Row orbits are matched with column orbits of the same length. For a row orbit O with first point
/// r, each candidate image c is tried by spreading φ(r) = c along the generators: φ(π(x)) = ρ(φ(x))
/// for every x reached and every generator. When that never contradicts itself and stays injective,
/// φ commutes with the generators on O, hence with all of G. Being G-isomorphic is an equivalence
/// relation between orbits, so taking the first unused isomorphic column orbit never rules out a
/// later row orbit that a different choice would have served. Cost O(|O|² · generators) per pair
/// of orbits at worst.
/// </remarks>
internal static class DiagonalConjugacy
{
    /// <summary>φ as an image array (row i ↦ column φ[i]), or null when G is not conjugate into ΔS_d.</summary>
    public static int[]? Find(int k, int d, IReadOnlyList<RowColumnPermutation> generators,
        IReadOnlyList<IReadOnlyList<int>> rowOrbits, IReadOnlyList<IReadOnlyList<int>> columnOrbits)
    {
        if (k != d || rowOrbits.Count != columnOrbits.Count) return null;
        var rows = generators.Select(g => g.Row.ImageArray).ToArray();
        var columns = generators.Select(g => g.Column.ImageArray).ToArray();
        var phi = Enumerable.Repeat(-1, k).ToArray();
        var usedColumn = new bool[d];
        var usedOrbit = new bool[columnOrbits.Count];
        var assigned = new List<int>();
        var queue = new Queue<int>();

        foreach (var orbit in rowOrbits)
        {
            bool found = false;
            for (int o = 0; o < columnOrbits.Count && !found; o++)
            {
                if (usedOrbit[o] || columnOrbits[o].Count != orbit.Count) continue;
                foreach (int c in columnOrbits[o])
                {
                    if (Spread(orbit[0], c))
                    {
                        usedOrbit[o] = true;
                        found = true;
                        break;
                    }
                }
            }
            if (!found) return null;
        }
        return phi;

        bool Spread(int r, int c)
        {
            assigned.Clear();
            queue.Clear();
            Assign(r, c);
            while (queue.Count > 0)
            {
                int x = queue.Dequeue();
                for (int g = 0; g < rows.Length; g++)
                {
                    int x2 = rows[g][x], y2 = columns[g][phi[x]];
                    if (phi[x2] == y2) continue;
                    if (phi[x2] >= 0 || usedColumn[y2]) { Undo(); return false; }
                    Assign(x2, y2);
                }
            }
            return true;
        }

        void Assign(int x, int y)
        {
            phi[x] = y;
            usedColumn[y] = true;
            assigned.Add(x);
            queue.Enqueue(x);
        }

        void Undo()
        {
            foreach (int x in assigned) { usedColumn[phi[x]] = false; phi[x] = -1; }
        }
    }
}
