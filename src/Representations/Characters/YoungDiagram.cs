using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Representations;

/// <summary>
/// The Young diagram of a partition λ (English convention: row i has λᵢ boxes, rows top to
/// bottom, 0-based (row, column) coordinates), with the hook lengths that give the degree of the
/// irreducible character χ^λ of Sₙ.
/// </summary>
public sealed class YoungDiagram
{
    /// <summary>The diagram of λ.</summary>
    public YoungDiagram(Partition shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Shape = shape;
        conjugate = shape.Conjugate();
    }

    private readonly Partition conjugate;

    /// <summary>The partition λ.</summary>
    public Partition Shape { get; }

    /// <summary>
    /// The hook length at box (row, column): the box itself, the boxes to its right and the boxes
    /// below it, λ_row − column + λ'_column − row − 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The box is not in the diagram.</exception>
    public int HookLength(int row, int column)
    {
        if (row < 0 || row >= Shape.Length || column < 0 || column >= Shape.Parts[row])
            throw new ArgumentOutOfRangeException(nameof(row), $"Box ({row}, {column}) is not in the diagram of {Shape}.");
        return Shape.Parts[row] - column + conjugate.Parts[column] - row - 1;
    }

    /// <summary>The degree χ^λ(1) = n! / Π hook lengths (the hook length formula).</summary>
    public BigInteger Degree()
    {
        BigInteger hooks = BigInteger.One;
        for (int r = 0; r < Shape.Length; r++)
            for (int c = 0; c < Shape.Parts[r]; c++) hooks *= HookLength(r, c);
        return Factorials.Of(Shape.Size) / hooks;
    }
}
