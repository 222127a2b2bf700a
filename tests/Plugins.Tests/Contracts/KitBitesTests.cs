namespace Landscape.Symmetry.Plugins.Tests.Contracts;

/// <summary>The kit must report symmetries a model claims but does not have, and broken derivatives.</summary>
public class KitBitesTests
{
    private static readonly ContractOptions Quick = new() { Trials = 10 };

    [Fact]
    public void Full_symmetry_claim_with_teacher_I_plus_2I_is_reported_with_a_column_swap()
    {
        var model = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, BuiltInPluginsPassTests.TwoBlockTeacher(4, 2), null, 2);
        var report = ContractKit.Check(model, Quick with { Claim = MatrixCellAction.Full(2, 4), ClaimDescription = "full S_k × S_d" });
        var invariance = report.Results.Single(r => r.Property == ContractProperty.LossInvariance);
        Assert.Equal("FAIL", invariance.Status);
        var g = invariance.Counterexample!.GroupElement!;
        // Shrunk to one generator that mixes the two column blocks {1,2} and {3,4}.
        Assert.Contains("columns", invariance.Counterexample.Explanation);
        Assert.True(MovesAcrossBlocks(g, 2, 4), invariance.Counterexample.Explanation);
        // The true group passes.
        Assert.True(ContractKit.Check(model, Quick).Passed);
    }

    [Fact]
    public void Full_symmetry_claim_with_correlated_gaussian_I_plus_2I_is_reported()
    {
        var model = new CorrelatedGaussianLoss(Erf.Instance, new CorrelatedGaussian(BuiltInPluginsPassTests.BlockCovariance(2)),
            BuiltInPluginsPassTests.TeacherColumnsIdentity(4), null, 2);
        var report = ContractKit.Check(model, Quick with { Claim = MatrixCellAction.Full(2, 4) });
        Assert.False(report.Passed);
        Assert.Equal("FAIL", report.Results.Single(r => r.Property == ContractProperty.LossInvariance).Status);
        Assert.Equal("FAIL", report.Results.Single(r => r.Property == ContractProperty.GradientEquivariance).Status);
        // Derivative properties do not depend on the claim and still pass.
        Assert.Equal("pass", report.Results.Single(r => r.Property == ContractProperty.GradientMatchesFiniteDifferences).Status);
    }

    [Fact]
    public void A_broken_gradient_entry_is_reported_with_the_entry_and_the_numbers()
    {
        var good = TwoLayerPopulationLoss.IdentityTeacher(2, 3, kernel: ErfGaussianKernel.Instance);
        var broken = new BrokenGradient(good, entry: 4, factor: 1.001);
        var report = ContractKit.Check(broken, Quick);
        var fd = report.Results.Single(r => r.Property == ContractProperty.GradientMatchesFiniteDifferences);
        Assert.Equal("FAIL", fd.Status);
        Assert.Contains("central differences", fd.Counterexample!.Explanation);
        Assert.Throws<ContractViolationException>(report.ThrowIfFailed);
        // Shrinking removes the perturbation: every failing case fails at the base point too, so the counterexample is
        // the same whatever case failed first.
        var other = ContractKit.Check(broken, Quick with { Trials = 3 });
        Assert.Equal(fd.Counterexample.Point, other.Results.Single(r => r.Property == ContractProperty.GradientMatchesFiniteDifferences).Counterexample!.Point);
    }

    [Fact]
    public void An_asymmetric_Hessian_is_reported()
    {
        var good = TwoLayerPopulationLoss.IdentityTeacher(2, 2, kernel: ErfGaussianKernel.Instance);
        var report = ContractKit.Check(new BrokenGradient(good, entry: -1, factor: 1, hessianSkew: 1e-3), Quick);
        Assert.Equal("FAIL", report.Results.Single(r => r.Property == ContractProperty.HessianSymmetric).Status);
        Assert.Equal("FAIL", report.Results.Single(r => r.Property == ContractProperty.HessianMatchesFiniteDifferences).Status);
    }

    [Fact]
    public void The_report_reads_as_a_table_with_the_counterexample_in_words()
    {
        var model = new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, BuiltInPluginsPassTests.TwoBlockTeacher(4, 2), null, 2);
        var text = ContractKit.Check(model, Quick with { Claim = MatrixCellAction.Full(2, 4) }).ToString();
        Assert.Contains("loss invariance", text);
        Assert.Contains("FAIL", text);
        Assert.Contains("L(x) = ", text);
        Assert.Contains("W = [", text);
    }

    private static bool MovesAcrossBlocks(Permutation g, int k, int d)
    {
        for (int j = 0; j < d; j++)
        {
            int image = g[j] % d; // row 0's cells
            if ((j < d / 2) != (image < d / 2)) return true;
        }
        return false;
    }

    /// <summary>Wraps a correct model and spoils one gradient entry (and optionally skews the Hessian).</summary>
    private sealed class BrokenGradient(IObjective inner, int entry, double factor, double hessianSkew = 0) : IObjective
    {
        public ParameterLayout Layout => inner.Layout;
        public PermutationGroup InvarianceGroup => inner.InvarianceGroup;
        public double Value(ReadOnlySpan<double> x) => inner.Value(x);

        public double Gradient(ReadOnlySpan<double> x, Span<double> gradient)
        {
            double v = inner.Gradient(x, gradient);
            if (entry >= 0) gradient[entry] *= factor;
            return v;
        }

        public double[,] Hessian(ReadOnlySpan<double> x)
        {
            var h = inner.Hessian(x);
            h[0, 1] += hessianSkew;
            return h;
        }

        public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result) => inner.HessianVectorProduct(x, v, result);
    }
}
