using System.Numerics;
using System.Text;
using ClassCount = Landscape.Symmetry.Groups.ConjugacyClassCount;

namespace Landscape.Symmetry.Groups;

/// <summary>
/// <c>DiagonalCells(d)</c> and <c>DiagonalCellsWithSecondLayer(d)</c>: ΔS_d, each π acting as (π, π)
/// on the cells of a d×d matrix (cell (i, j) is point i·d + j, 0-based), plus d second-layer points
/// when requested (see <see cref="MatrixCellAction.DiagonalSymmetric"/>).
/// </summary>
public sealed record DiagonalCellsGroupSpec : GroupSpec
{
    /// <summary>Creates <c>DiagonalCells(d)</c>, or <c>DiagonalCellsWithSecondLayer(d)</c> when <paramref name="secondLayer"/> is set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">d is not positive or the degree exceeds <see cref="GroupSpec.MaxDegree"/>.</exception>
    public DiagonalCellsGroupSpec(int d, bool secondLayer = false)
    {
        D = CheckSize(d, nameof(d), "matrix size");
        SecondLayer = secondLayer;
        CheckDegree((long)d * d + (secondLayer ? d : 0), $"{Name(secondLayer)}({d})");
    }

    /// <summary>The matrix is d×d.</summary>
    public int D { get; }

    /// <summary>Whether the d second-layer weights are points too.</summary>
    public bool SecondLayer { get; }

    /// <inheritdoc />
    public override int Degree => D * D + (SecondLayer ? D : 0);

    /// <inheritdoc />
    public override PermutationGroup Build() => MatrixCellAction.DiagonalSymmetric(D, SecondLayer);

    /// <inheritdoc />
    public override BigInteger Order() => Factorials.Of(D);

    // The diagonal action is faithful, so the group is S_d.
    internal override ClassCount CountClasses(long orderLimit) => ClassCount.Known(Partition.Count(D));

    internal override void Write(StringBuilder sb) => sb.Append(Name(SecondLayer)).Append('(').Append(D).Append(')');

    private static string Name(bool secondLayer) => secondLayer ? "DiagonalCellsWithSecondLayer" : "DiagonalCells";
}
