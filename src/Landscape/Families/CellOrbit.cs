using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape;

/// <summary>An orbit of parameter cells: its kind, row and column block, and its size (a real count).</summary>
/// <param name="Kind">Block, diagonal or second layer.</param>
/// <param name="Row">The row block.</param>
/// <param name="Column">The column block (−1 for second-layer orbits; the partner block for diagonal ones).</param>
/// <param name="Size">The number of cells, evaluated at the layout's d (real).</param>
public sealed record CellOrbit(OrbitKind Kind, int Row, int Column, double Size);
