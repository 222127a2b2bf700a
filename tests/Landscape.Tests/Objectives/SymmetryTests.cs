using static Landscape.Symmetry.Landscape.Tests.Support;

namespace Landscape.Symmetry.Landscape.Tests.Objectives;

public class SymmetryTests
{
    private static double[,] BlockTeacher()
    {
        // V = I₃ ⊕ 2I₃: columns {0,1,2} and {3,4,5} can be permuted within, not across.
        var v = Identity(6);
        for (int i = 3; i < 6; i++) v[i, i] = 2;
        return v;
    }

    [Fact]
    public void Declared_groups_have_the_expected_orders()
    {
        Assert.Equal(new System.Numerics.BigInteger(720), TwoLayerPopulationLoss.IdentityTeacher(4, 6).ColumnSymmetry.Order);
        Assert.Equal(24 * 720, (int)TwoLayerPopulationLoss.IdentityTeacher(4, 6).InvarianceGroup.Order);
        var block = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, BlockTeacher(), null, 3);
        Assert.Equal(36, (int)block.ColumnSymmetry.Order);
        var random = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, RandomMatrix(3, 5, new Random(1)), null, 3);
        Assert.Equal(1, (int)random.ColumnSymmetry.Order);
        Assert.Equal(6, (int)random.InvarianceGroup.Order); // S₃ on the student rows only
        Assert.Equal(MatrixCellAction.Degree(3, 5, true),
            new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, RandomMatrix(3, 5, new Random(1)), null, 3, true).InvarianceGroup.Degree);
    }

    private static readonly string[] Models = ["identity", "identity+a", "block", "random+a"];

    private static TwoLayerPopulationLoss Model(string name) => name switch
    {
        "identity" => TwoLayerPopulationLoss.IdentityTeacher(4, 4),
        "identity+a" => TwoLayerPopulationLoss.IdentityTeacher(3, 4, secondLayerTrainable: true),
        "block" => new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, BlockTeacher(), null, 4),
        _ => new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, RandomMatrix(2, 3, new Random(2)), new[] { 1.0, -0.5 }, 3, true),
    };

    /// <summary>Each case (a seed) checks every model, so each model sees all 100 seeds.</summary>
    [Property(Replay = "(20250101,11400714819323198485)", MaxTest = 100)]
    public Property Loss_is_invariant_and_gradient_equivariant_under_the_declared_group()
    {
        var models = Models.Select(name => (Name: name, Loss: Model(name))).ToArray();
        return Prop.ForAll(Generators.Seeds.ToArbitrary(), seed =>
        {
            foreach (var (name, model) in models)
            {
                var rng = new Random(seed);
                var x = RandomPoint(model.Layout, rng);
                var g = model.InvarianceGroup.RandomElement(rng);
                var gx = Act(g, x);
                double lx = model.Value(x), lgx = model.Value(gx);
                var lhs = Gradient(model, gx);
                var rhs = Act(g, Gradient(model, x));
                Assert.True(Math.Abs(lx - lgx) <= 1e-12 * (1 + Math.Abs(lx)), $"{name}: L(x) = {lx}, L(gx) = {lgx} for g = {g}");
                Assert.True(MaxAbsDifference(lhs, rhs) <= 1e-12 * (1 + MaxAbs(rhs)), $"{name}: ∇L(gx) ≠ g·∇L(x) for g = {g}");
            }
        });
    }

    [Fact]
    public void A_permutation_outside_the_declared_group_is_not_a_symmetry_of_the_block_teacher()
    {
        // Swapping columns 0 and 3 exchanges a weight-1 and a weight-2 teacher direction: the loss changes,
        // which is why that swap is not declared.
        var model = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, BlockTeacher(), null, 4);
        var swap = MatrixCellAction.Lift(4, 6, Permutation.Identity(4), Permutation.FromCycles(6, new[] { 0, 3 }));
        Assert.False(model.InvarianceGroup.Contains(swap));
        var x = RandomPoint(model.Layout, new Random(4));
        Assert.True(Math.Abs(model.Value(x) - model.Value(Act(swap, x))) > 1e-3);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    public void At_the_identity_the_loss_vanishes_and_the_Hessian_has_at_most_seven_eigenvalues(int d)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d);
        var x = model.Layout.Pack(Identity(d));
        Assert.True(Math.Abs(model.Value(x)) < 1e-14);
        Assert.True(MaxAbs(Gradient(model, x)) < 1e-14);
        var eig = Eigenvalues(model.Hessian(x));
        Assert.True(eig[0] > -1e-12, $"smallest eigenvalue {eig[0]}");
        // M(d,d) under ΔS_d: 2 trivial + 3 standard + (d−2,2) + (d−2,1,1): at most 7 eigenvalues (Arjevani & Field, "A tale of symmetry II").
        int distinct = DistinctCount(eig, 1e-9);
        Assert.InRange(distinct, 2, 7);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void With_the_second_layer_the_identity_Hessian_has_at_most_nine_eigenvalues(int d)
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(d, d, secondLayerTrainable: true);
        var x = model.Layout.Pack(Identity(d), Enumerable.Repeat(1.0, d).ToArray());
        Assert.True(Math.Abs(model.Value(x)) < 1e-14);
        var eig = Eigenvalues(model.Hessian(x));
        Assert.True(eig[0] > -1e-12, $"smallest eigenvalue {eig[0]}");
        // ℝᵈ adds a trivial and a standard constituent: 3 + 4 + 1 + 1 = 9.
        Assert.InRange(DistinctCount(eig, 1e-9), 2, 9);
    }
}

public class IsSymmetryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_structural_test_agrees_with_group_membership(bool trainable)
    {
        // Oracle: PermutationGroup.Contains (sifting through a stabilizer chain) on the declared group.
        var v = Support.Identity(4);
        v[0, 0] = 2; // column symmetry S₃ on columns 1..3
        var model = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, v, null, 3, trainable);
        var group = model.InvarianceGroup;
        var all = Constructions.Symmetric(model.Layout.Dimension);
        var rng = new Random(6);
        for (int t = 0; t < 200; t++)
        {
            // Half from the group, half lifts of arbitrary (π, ρ), a few arbitrary permutations.
            var g = (t % 4) switch
            {
                0 or 1 => group.RandomElement(rng),
                2 => MatrixCellAction.Lift(3, 4, Constructions.Symmetric(3).RandomElement(rng), Constructions.Symmetric(4).RandomElement(rng), trainable),
                _ => all.RandomElement(rng),
            };
            Assert.Equal(group.Contains(g), model.IsSymmetry(g));
        }
    }
}
