namespace Landscape.Symmetry.Groups.Tests.Naive;

/// <summary>
/// Subgroup conjugacy by trying every σ in Sₙ: H^σ = K exactly when the element sets satisfy
/// { σ⁻¹hσ : h ∈ H } = K. Elements by the naive closure; only for n ≤ 6 (720 permutations).
/// </summary>
public static class NaiveSubgroupConjugacy
{
    public static bool AreConjugate(int degree, IReadOnlyList<Permutation> hGens, IReadOnlyList<Permutation> kGens)
    {
        var h = NaiveGroup.Closure(degree, hGens);
        var k = NaiveGroup.Closure(degree, kGens);
        if (h.Count != k.Count) return false;
        foreach (var sigma in AllPermutations(degree))
            if (h.All(x => k.Contains(NaiveGroup.Conj(x, sigma)))) return true;
        return false;
    }

    /// <summary>The elements of Sₙ by recursive swapping, independent of the library.</summary>
    public static IEnumerable<Permutation> AllPermutations(int n)
    {
        var a = Enumerable.Range(0, n).ToArray();
        return Heap(a, n);
    }

    private static IEnumerable<Permutation> Heap(int[] a, int size)
    {
        if (size <= 1) { yield return Permutation.FromImages(a); yield break; }
        for (int i = 0; i < size; i++)
        {
            foreach (var p in Heap(a, size - 1)) yield return p;
            int j = size % 2 == 0 ? i : 0;
            (a[j], a[size - 1]) = (a[size - 1], a[j]);
        }
    }
}
