using Landscape.Symmetry.Plugins.Tests.Naive;

namespace Landscape.Symmetry.Plugins.Tests.Contracts;

/// <summary>
/// The quadrature-error property: the only one that can see a kernel that is smooth and symmetric but under-resolved.
/// </summary>
public class KitReportsQuadratureErrorTests
{
    private static readonly ContractOptions Quick = new() { Trials = 4, PointScale = 0.45 };

    [Fact]
    public void An_under_resolved_pole_fails_it_while_the_symmetry_properties_pass()
    {
        var act = new NearPoleActivation();
        // The old fixed default δ = 1 for a σ with poles at ±i/2.
        var model = TwoLayerPopulationLoss.IdentityTeacher(2, 3, kernel: new GaussianQuadratureKernel(act, halfWidth: 1));
        var report = ContractKit.Check(model, Quick);
        var quadrature = report.Results.Single(r => r.Property == ContractProperty.KernelQuadratureError);
        Assert.Equal("FAIL", quadrature.Status);
        // Invariance, equivariance and symmetry hold exactly for any rule: they cannot see the error.
        foreach (var p in new[] { ContractProperty.LossInvariance, ContractProperty.GradientEquivariance, ContractProperty.HessianSymmetric, ContractProperty.HessianCommutesWithIsotropy })
            Assert.Equal("pass", report.Results.Single(r => r.Property == p).Status);
        Assert.Contains("estimated quadrature error", quadrature.Counterexample!.Explanation);
        Assert.Contains("δ = 1 given", quadrature.Note);
        // The loss really is off at the base point by more than the tolerance: compare with a much finer step.
        var fine = TwoLayerPopulationLoss.IdentityTeacher(2, 3, kernel: new GaussianQuadratureKernel(act, step: 0.01));
        var x = quadrature.Counterexample.Point;
        Assert.True(Math.Abs(model.Value(x) - fine.Value(x)) > 1e-6 * Math.Abs(fine.Value(x)));
    }

    [Fact]
    public void The_calibrated_kernel_of_the_same_activation_passes_and_says_so()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(2, 3, kernel: new GaussianQuadratureKernel(new NearPoleActivation()));
        var report = ContractKit.Check(model, Quick);
        Assert.True(report.Passed, report.ToString());
        var quadrature = report.Results.Single(r => r.Property == ContractProperty.KernelQuadratureError);
        Assert.Contains("calibrated", quadrature.Note);
        Assert.True(quadrature.Cases > 0);
    }

    [Fact]
    public void Correlated_Gaussian_models_report_the_whitened_pairs()
    {
        var model = new CorrelatedGaussianLoss(Tanh.Instance, new CorrelatedGaussian(BuiltInPluginsPassTests.BlockCovariance(2)),
            BuiltInPluginsPassTests.TwoBlockTeacher(4, 1), null, 2);
        // Student rows (1, 0, 0, 0) and (0, 0, 1, 0): whitened by L = diag(1, 1, √2, √2) their norms are 1 and √2, and the
        // teacher rows' are 1, 1, √2, √2. The estimate must be taken at those norms, not at the raw ones.
        double[] x = { 1, 0, 0, 0, 0, 0, 1, 0 };
        var error = LossQuadratureError.At(model, x)!;
        var norms = new[] { 1, Math.Sqrt(2) };
        Assert.Contains(norms, n => Math.Abs(n - error.WorstPair.NormW) < 1e-12);
        Assert.Contains(norms, n => Math.Abs(n - error.WorstPair.NormV) < 1e-12);
        // Distinct geometries among the 6 rows: norms {1, 1}, {1, √2}, {√2, √2}, each self or orthogonal.
        Assert.Equal(5, error.Pairs);
        Assert.True(error.Worst.RelativeError < 1e-6);
        Assert.Null(LossQuadratureError.At(TwoLayerPopulationLoss.IdentityTeacher(2, 3), new double[6]));
    }
}
