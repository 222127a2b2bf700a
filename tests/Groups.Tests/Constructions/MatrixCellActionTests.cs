namespace Landscape.Symmetry.Groups.Tests;

/// <summary>Row and column permutations acting on the cells (i, j) = i·d + j of a k×d matrix.</summary>
public class MatrixCellActionTests
{
    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Lift_maps_cell_i_j_to_pi_i_rho_j() =>
        Prop.ForAll(Gens.CellActionPairs().Arb(), t =>
        {
            var (k, d, pi, rho, _, _) = t;
            var x = MatrixCellAction.Lift(k, d, pi, rho);
            Assert.Equal(k * d, x.Degree);
            for (int i = 0; i < k; i++)
                for (int j = 0; j < d; j++)
                    Assert.Equal(pi[i] * d + rho[j], x[i * d + j]);
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Second_layer_points_move_with_the_rows_only() =>
        Prop.ForAll(Gens.CellActionPairs().Arb(), t =>
        {
            var (k, d, pi, rho, _, _) = t;
            var x = MatrixCellAction.Lift(k, d, pi, rho, secondLayer: true);
            Assert.Equal(k * d + k, x.Degree);
            for (int i = 0; i < k; i++)
            {
                Assert.Equal(k * d + pi[i], x[k * d + i]);
                for (int j = 0; j < d; j++) Assert.Equal(pi[i] * d + rho[j], x[i * d + j]);
            }
            // A column permutation alone fixes every second-layer point.
            var c = MatrixCellAction.Lift(k, d, Permutation.Identity(k), rho, secondLayer: true);
            for (int i = 0; i < k; i++) Assert.Equal(k * d + i, c[k * d + i]);
        });

    [Property(Replay = "(20250101,11400714819323198485)")]
    public Property Lift_is_a_homomorphism() =>
        Prop.ForAll(Gens.CellActionPairs().Arb(), t =>
        {
            var (k, d, p1, r1, p2, r2) = t;
            foreach (bool second in new[] { false, true })
            {
                Assert.Equal(MatrixCellAction.Lift(k, d, p1 * p2, r1 * r2, second),
                    MatrixCellAction.Lift(k, d, p1, r1, second) * MatrixCellAction.Lift(k, d, p2, r2, second));
                Assert.Equal(MatrixCellAction.Lift(k, d, p1.Inverse(), r1.Inverse(), second),
                    MatrixCellAction.Lift(k, d, p1, r1, second).Inverse());
                Assert.True(MatrixCellAction.Lift(k, d, Permutation.Identity(k), Permutation.Identity(d), second).IsIdentity);
            }
        });

    [Fact]
    public void Lift_by_hand_on_a_2x3_matrix()
    {
        // k = 2 rows, d = 3 columns; cells 0..5 are (0,0),(0,1),(0,2),(1,0),(1,1),(1,2); second layer is 6, 7.
        // Swapping the rows and cycling the columns j -> j+1 sends (i,j) to (1-i, j+1 mod 3):
        // (0,0)=0 -> (1,1)=4, (0,1)=1 -> (1,2)=5, (0,2)=2 -> (1,0)=3, and back: 3 -> 1, 4 -> 2, 5 -> 0.
        var x = MatrixCellAction.Lift(2, 3, Permutation.Parse("(1,2)"), Permutation.Parse("(1,2,3)"), secondLayer: true);
        Assert.Equal(new[] { 4, 5, 3, 1, 2, 0, 7, 6 }, x.Images.ToArray());
        Assert.Equal(8, MatrixCellAction.Degree(2, 3, secondLayer: true));
        Assert.Equal(6, MatrixCellAction.Degree(2, 3, secondLayer: false));
    }

    [Fact]
    public void Of_row_and_column_groups_is_the_set_of_lifted_pairs()
    {
        var rows = Constructions.Cyclic(3);
        var columns = Constructions.Dihedral(4);
        foreach (bool second in new[] { false, true })
        {
            var g = MatrixCellAction.Of(rows, columns, second);
            var rs = NaiveGroup.Closure(3, rows.Generators);
            var cs = NaiveGroup.Closure(4, columns.Generators);
            var expected = rs.SelectMany(r => cs.Select(c => MatrixCellAction.Lift(3, 4, r, c, second))).ToHashSet();
            Assert.Equal(24, expected.Count); // faithful: 3 * 8 distinct permutations
            Assert.True(expected.SetEquals(NaiveGroup.Closure(g.Degree, g.Generators)));
            Assert.Equal(new BigInteger(24), g.Order);
        }
    }

    [Fact]
    public void Full_cells_group_matches_the_closure_and_the_formula()
    {
        foreach (var (k, d) in new[] { (1, 1), (2, 2), (2, 3), (3, 4), (4, 2) })
            foreach (bool second in new[] { false, true })
            {
                var g = MatrixCellAction.Full(k, d, second);
                Assert.Equal(Factorials.Of(k) * Factorials.Of(d), new BigInteger(NaiveGroup.Closure(g.Degree, g.Generators).Count));
                Assert.Equal(Factorials.Of(k) * Factorials.Of(d), g.Order);
            }
    }

    [Fact]
    public void Diagonal_action_is_pi_pi_on_cells()
    {
        for (int d = 1; d <= 4; d++)
            foreach (bool second in new[] { false, true })
            {
                var g = MatrixCellAction.DiagonalSymmetric(d, second);
                var expected = NaiveGroup.Closure(d, Constructions.Symmetric(d).Generators)
                    .Select(p => MatrixCellAction.Lift(d, d, p, p, second)).ToHashSet();
                Assert.True(expected.SetEquals(NaiveGroup.Closure(g.Degree, g.Generators)));
                Assert.Equal(Factorials.Of(d), g.Order);
            }
        // The diagonal cells (i, i) form one orbit of ΔS_d.
        var diag = MatrixCellAction.DiagonalSymmetric(5);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => i * 5 + i), diag.Orbit(0));
        // Off-diagonal cells form a single orbit of size d(d-1).
        Assert.Equal(20, diag.Orbit(1).Length);
        var h = Constructions.Cyclic(4);
        Assert.Equal(new BigInteger(4), MatrixCellAction.Diagonal(h).Order);
    }
}
