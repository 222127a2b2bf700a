#:property PublishAot=false
#:project ../../src/Representations/Landscape.Symmetry.Representations.csproj
// The isotypic spectrum of equivariant operators: run with `dotnet run docs/examples/isotypic-spectrum.cs`.
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Representations;
using MathNet.Numerics.LinearAlgebra;

// 1. A ΔS_{d−1}×ΔS_1-equivariant operator on M(d,d) ⊕ ℝᵈ known only by its matrix–vector product.
//    Here A(W, a) = (W + ½Wᵀ + R(W) + Rᵀ(W) + a·1ᵀ, 2a + W·1), where R adds the last column to every
//    other column: the first d−1 rows/columns are interchangeable, the last one is special.
int d = 300;
var decomposition = DiagonalYoungDecomposition.FromFactorSizes(new[] { d - 1, 1 }, secondLayer: true);
var op = new SymmetricOperator(decomposition.Dimension, (x, y) =>
{
    var w = x[..(d * d)];
    var a = x[(d * d)..];
    for (int i = 0; i < d; i++)
    {
        double rowSum = 0;
        for (int j = 0; j < d; j++)
        {
            // W + ½Wᵀ + a·1ᵀ, and the symmetric coupling (W·1)ᵢ back to aᵢ.
            y[i * d + j] = w[i * d + j] + 0.5 * w[j * d + i] + a[i];
            rowSum += w[i * d + j];
        }
        y[d * d + i] = 2 * a[i] + rowSum;
    }
    // R(W): column d−1 added to every other column, and its adjoint, the other columns summed into column d−1.
    for (int i = 0; i < d; i++)
    {
        double others = 0;
        for (int j = 0; j < d - 1; j++) { y[i * d + j] += w[i * d + d - 1]; others += w[i * d + j]; }
        y[i * d + d - 1] += others;
    }
});

Console.WriteLine($"M({d},{d}) ⊕ ℝ^{d}: dimension {decomposition.Dimension}, at most {decomposition.DistinctEigenvaluesBound} distinct eigenvalues");
foreach (var t in decomposition.Types)
    Console.WriteLine($"  {t.Label,-16} degree {t.Degree,6}  multiplicity {t.Multiplicity}");
var clock = System.Diagnostics.Stopwatch.StartNew();
var spectrum = decomposition.Spectrum(op);
Console.WriteLine($"isotypic spectrum in {clock.ElapsedMilliseconds} ms from {spectrum.OperatorApplications} products:");
foreach (var v in spectrum.Values) Console.WriteLine($"  {v.Eigenvalue,12:F6} × {v.Multiplicity,6}  {v.Irreducible.Label}");

// 2. An operator that breaks the symmetry is refused, not silently mis-diagonalised.
var broken = new SymmetricOperator(decomposition.Dimension, (x, y) =>
{
    for (int i = 0; i < x.Length; i++) y[i] = (i == 0 ? 2 : 1) * x[i];
});
try { decomposition.Spectrum(broken); }
catch (ArgumentException e) { Console.WriteLine($"refused: {e.Message}"); }

// 3. Any permutation group (here the dihedral group of the square acting diagonally on M(4,4)):
//    the decomposition is numeric, from the commutant, and the operator can be a dense matrix.
var h = MatrixCellAction.Diagonal(Constructions.Dihedral(4));
var general = IsotypicDecomposition.Of(h);
var random = new Random(1);
var r = Matrix<double>.Build.Dense(16, 16, (_, _) => random.NextDouble());
var average = Matrix<double>.Build.Dense(16, 16);
var elements = h.Elements().ToList();
foreach (var g in elements)
    for (int i = 0; i < 16; i++)
        for (int j = 0; j < 16; j++) average[g[i], g[j]] += (r[i, j] + r[j, i]) / elements.Count;
foreach (var v in general.Spectrum(SymmetricOperator.FromMatrix(average)).Values)
    Console.WriteLine($"  {v.Eigenvalue,10:F6} × {v.Multiplicity}  {v.Irreducible.Label} ({v.Irreducible.Kind})");
