using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape.Tests.CriticalPoints;

/// <summary>
/// The full-space search refuses a start above <see cref="CriticalPointSearch.MaxNewtonDimension"/> parameters up front,
/// with an <see cref="ArgumentException"/> naming the limit and the parameter, before evaluating the loss once.
/// </summary>
public class CriticalPointSearchLimitTests
{
    [Fact]
    public void A_start_above_the_dense_newton_limit_is_refused_before_any_evaluation()
    {
        // k = d = 51: 2601 parameters, one row past 2500.
        var model = new CountingObjective(TwoLayerPopulationLoss.IdentityTeacher(51, 51));
        var x0 = new double[model.Layout.Dimension];
        Assert.Equal(2601, x0.Length);
        var e = Assert.Throws<ArgumentException>(() => CriticalPointSearch.Search(model, x0));
        Assert.Equal("x0", e.ParamName);
        Assert.Contains("MaxNewtonDimension = 2500", e.Message);
        Assert.Contains("2601", e.Message);
        Assert.Equal(0, model.Evaluations);
        Assert.Equal(e.Message, Assert.Throws<ArgumentException>(() => CriticalPointSearch.CheckStart(model, x0)).Message);
    }

    [Fact]
    public void A_start_at_the_limit_passes_the_check()
    {
        // k = d = 50: exactly 2500 parameters.
        var model = TwoLayerPopulationLoss.IdentityTeacher(50, 50);
        CriticalPointSearch.CheckStart(model, new double[model.Layout.Dimension]);
        Assert.Throws<ArgumentException>(() => CriticalPointSearch.CheckStart(model, new double[model.Layout.Dimension - 1]));
    }

    private sealed class CountingObjective(IObjective inner) : IObjective
    {
        public int Evaluations { get; private set; }

        public ParameterLayout Layout => inner.Layout;

        public PermutationGroup InvarianceGroup => inner.InvarianceGroup;

        public double Value(ReadOnlySpan<double> x) { Evaluations++; return inner.Value(x); }

        public double Gradient(ReadOnlySpan<double> x, Span<double> gradient) { Evaluations++; return inner.Gradient(x, gradient); }

        public double[,] Hessian(ReadOnlySpan<double> x) { Evaluations++; return inner.Hessian(x); }

        public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result) { Evaluations++; inner.HessianVectorProduct(x, v, result); }
    }
}
