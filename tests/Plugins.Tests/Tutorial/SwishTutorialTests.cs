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
}
