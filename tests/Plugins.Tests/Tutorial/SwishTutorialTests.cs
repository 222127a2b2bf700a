namespace Landscape.Symmetry.Plugins.Tests.Tutorial;

// The code of docs/tutorial-plugins.md, kept compiling and passing.

/// <summary>swish(z) = z·s(z), s the logistic sigmoid: a user-written activation is one small class.</summary>
public sealed class Swish : Activation
{
    public override string Name => "swish";

    public override double Value(double z) => z * S(z);

    public override double Derivative(double z) => S(z) * (1 + z * (1 - S(z)));

    public override double SecondDerivative(double z)
    {
        double s = S(z);
        return s * (1 - s) * (2 + z * (1 - 2 * s));
    }

    private static double S(double z) => 1 / (1 + Math.Exp(-z));
}

public class SwishTutorialTests
{
    [Fact]
    public void Swish_passes_the_contract_kit()
    {
        // Gaussian inputs: the pair kernel comes from trapezoidal quadrature, no formula needed.
        var kernel = new GaussianQuadratureKernel(new Swish());
        var model = TwoLayerPopulationLoss.IdentityTeacher(k: 2, d: 3, kernel: kernel);
        ContractKit.Check(model, new ContractOptions { Trials = 8 }).ThrowIfFailed();
    }

    [Fact]
    public void A_false_claim_fails_with_a_readable_report()
    {
        var teacher = new double[,] { { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 2, 0 }, { 0, 0, 0, 2 } };
        var model = new TwoLayerPopulationLoss(new GaussianQuadratureKernel(new Swish()), teacher, null, k: 2);
        var report = ContractKit.Check(model, new ContractOptions { Trials = 8, Claim = MatrixCellAction.Full(2, 4) });
        var e = Assert.Throws<ContractViolationException>(report.ThrowIfFailed);
        Assert.Contains("loss invariance fails", e.Message);
    }

    // Section 4's [Property] form: FsCheck.Xunit draws the base points (5 seeds, fixed by Replay).
    [Property(Replay = "(1,3)", MaxTest = 5)]
    public Property Swish_keeps_the_contract_at_every_base_point()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(k: 2, d: 3, kernel: new GaussianQuadratureKernel(new Swish()));
        return ContractKit.AsProperty(model, new ContractOptions { Trials = 8 });
    }
}

// Section 3, "Accuracy": what the kernel does with activations that declare no analytic half-width.
public class UndeclaredHalfWidthTutorialTests
{
    [Fact]
    public void Swish_is_calibrated_at_the_first_half_width_and_estimates_rounding_level_error()
    {
        var kernel = new GaussianQuadratureKernel(new Swish());
        Assert.Equal(1, kernel.Calibration!.HalfWidth);
        double[] w = { 1.2, -0.4, 0.3 }, v = { 0.5, 0.9, -0.2 };
        var estimate = kernel.EstimateError(Naive.KernelCalculus.Geometry(w, v));
        Assert.True(estimate.ConvergesGeometrically);
        Assert.True(estimate.RelativeError < 1e-13, estimate.ToString());
    }

    [Fact]
    public void A_near_pole_goes_down_to_a_quarter_and_a_shifted_kink_is_refused()
    {
        var near = new GaussianQuadratureKernel(new Naive.NearPoleActivation());
        Assert.Equal(0.25, near.HalfWidth);
        Assert.Equal(new[] { 1.0, 0.5, 0.25 }, near.Calibration!.Trials.Select(t => t.HalfWidth));
        var e = Assert.Throws<ArgumentException>(() => new GaussianQuadratureKernel(new Naive.ShiftedReluActivation()));
        Assert.Contains("kinks away from the origin are not supported", e.Message);
    }
}
