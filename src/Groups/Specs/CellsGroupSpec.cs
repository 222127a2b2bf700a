using System.Numerics;
using System.Text;
using ClassCount = Landscape.Symmetry.Groups.ConjugacyClassCount;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// <c>Cells(k,d)</c> and <c>CellsWithSecondLayer(k,d)</c>: S_k × S_d permuting the rows and columns
/// of a k×d weight matrix, cell (i, j) being point i·d + j (0-based), plus k second-layer points
/// k·d + i that move with the rows (see <see cref="MatrixCellAction"/>).
/// </summary>
public sealed record CellsGroupSpec : GroupSpec
{
    /// <summary>Creates <c>Cells(k,d)</c>, or <c>CellsWithSecondLayer(k,d)</c> when <paramref name="secondLayer"/> is set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">k or d is not positive, or the degree exceeds <see cref="GroupSpec.MaxDegree"/>.</exception>
    public CellsGroupSpec(int k, int d, bool secondLayer = false)
    {
        K = CheckSize(k, nameof(k), "number of rows");
        D = CheckSize(d, nameof(d), "number of columns");
        SecondLayer = secondLayer;
        CheckDegree((long)k * d + (secondLayer ? k : 0), $"{Name(secondLayer)}({k},{d})");
    }

    /// <summary>The number of rows (hidden units).</summary>
    public int K { get; }

    /// <summary>The number of columns (inputs).</summary>
    public int D { get; }

    /// <summary>Whether the k second-layer weights are points too.</summary>
    public bool SecondLayer { get; }

    /// <inheritdoc />
    public override int Degree => K * D + (SecondLayer ? K : 0);

    /// <inheritdoc />
    public override PermutationGroup Build() => MatrixCellAction.Full(K, D, SecondLayer);

    /// <inheritdoc />
    public override BigInteger Order() => Factorials.Of(K) * Factorials.Of(D);

    // The action is faithful, so the group is S_k × S_d.
    internal override ClassCount CountClasses(long orderLimit) =>
        ClassCount.Known(Partition.Count(K) * Partition.Count(D));

    internal override void Write(StringBuilder sb) =>
        sb.Append(Name(SecondLayer)).Append('(').Append(K).Append(',').Append(D).Append(')');

    private static string Name(bool secondLayer) => secondLayer ? "CellsWithSecondLayer" : "Cells";
}
