using Landscape.Symmetry.Representations;
using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Landscape.Tests.Survey;

/// <summary>
/// The survey's contract apart from recall: the spectrum of a point read back from any relabelling of it equals the dense
/// spectrum; cancellation returns what was found; types outside the joint symmetry, trivial symmetries and budgets above
/// the limit are refused with the reason; types come maximal first.
/// </summary>
public class SurveyBehaviourTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_relabelled_block_constant_point_is_read_back_and_its_reduced_spectrum_is_the_dense_one(int seed)
    {
        // A ΔS_3×ΔS_2×ΔS_1 point, rows and columns relabelled by one random permutation π (a symmetry of the model).
        var type = new SurveyType(SurveyModel.Identity(ReluGaussianKernel.Instance, 6), new[] { 3, 2, 1 }, new[] { 0, 0, 0 });
        var layout = type.Layout();
        var rng = new Random(seed);
        var c = Enumerable.Range(0, layout.Dimension).Select(o => layout.Orbits[o].Kind == OrbitKind.Diagonal ? 0.8 + 0.3 * rng.NextDouble() : 0.3 * (rng.NextDouble() - 0.5)).ToArray();
        var x = new ReducedPopulationLoss(ReluGaussianKernel.Instance, layout).Embed(c);
        var pi = Enumerable.Range(0, 6).OrderBy(_ => rng.Next()).ToArray();
        var y = new double[36];
        for (int i = 0; i < 6; i++)
            for (int j = 0; j < 6; j++) y[pi[i] * 6 + pi[j]] = x[i * 6 + j];
        var model = TwoLayerPopulationLoss.IdentityTeacher(6, 6);
        var read = ReducedPoint.TryRead(model, y);
        Assert.NotNull(read);
        Assert.Equal(new[] { 1, 2, 3 }, read!.Parts.Order().ToArray());
        Assert.Equal(model.Value(y), read.Loss(ReluGaussianKernel.Instance).Value(read.Coordinates), 12);
        var reduced = PointSpectrum.Compute(model, y, SpectrumMethod.Reduced);
        Assert.Equal(SpectrumMethod.Reduced, reduced.Method);
        var dense = Matrix<double>.Build.DenseOfArray(model.Hessian(y)).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();
        for (int i = 0; i < dense.Length; i++) Assert.Equal(dense[i], reduced.Spectrum.Eigenvalues[i], 9);
        // The reduced gradient, spread over the cells, is the full gradient.
        var (_, g) = read.FullGradient(ReluGaussianKernel.Instance);
        var full = new double[36];
        model.Gradient(y, full);
        for (int i = 0; i < 36; i++) Assert.Equal(full[i], g[i], 10);
    }

    [Fact]
    public void A_point_that_is_not_block_constant_is_not_read()
    {
        var rng = new Random(5);
        var x = Enumerable.Range(0, 25).Select(_ => rng.NextDouble()).ToArray();
        Assert.Null(ReducedPoint.TryRead(TwoLayerPopulationLoss.IdentityTeacher(5, 5), x));
        Assert.Throws<InvalidOperationException>(() => PointSpectrum.Compute(TwoLayerPopulationLoss.IdentityTeacher(5, 5), x, SpectrumMethod.Reduced));
    }

    [Fact]
    public void Cancelling_returns_the_types_finished_and_says_so()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var r = LandscapeSurvey.Run(SurveyModel.Identity(ReluGaussianKernel.Instance, 6), cancellationToken: cts.Token);
        Assert.True(r.Cancelled);
        Assert.Empty(r.Points);
        var whole = LandscapeSurvey.Run(SurveyModel.Identity(ReluGaussianKernel.Instance, 6), new SurveyOptions { StartsPerType = 2 });
        Assert.False(whole.Cancelled);
        Assert.NotEmpty(whole.Points);
    }

    [Fact]
    public void Types_come_maximal_first_and_inside_the_joint_symmetry()
    {
        var model = new SurveyModel(ReluGaussianKernel.Instance, new[] { new ColumnClass(4), new ColumnClass(4, TeacherScale: 2) });
        var types = SurveyTypes.Enumerate(model, new SurveyOptions());
        Assert.Equal("ΔS_4×ΔS_4", types[0].Name);
        Assert.All(types, t => Assert.True(t.BlockCount <= 4));
        // Every block inside one class: the blocks of each class add up to 4.
        Assert.All(types, t => Assert.All(new[] { 0, 1 }, f => Assert.Equal(4, t.Parts.Where((p, i) => t.Classes[i] == f).Sum())));
        Assert.True(types.Zip(types.Skip(1)).All(p => p.First.BlockCount <= p.Second.BlockCount));
        // Default budget beyond d = 30: 2-block types all, 3-block types only with small blocks ≤ 3.
        var big = SurveyTypes.Enumerate(SurveyModel.Identity(ReluGaussianKernel.Instance, 40), new SurveyOptions());
        Assert.Equal(1 + 20 + 6, big.Count);
    }

    [Fact]
    public void Bad_requests_are_refused_with_the_reason()
    {
        var structured = new SurveyModel(ReluGaussianKernel.Instance, new[] { new ColumnClass(3), new ColumnClass(3, TeacherScale: 2) });
        var outside = Assert.Throws<ArgumentException>(() => SurveyTypes.Enumerate(structured, new SurveyOptions { Types = new[] { "S_4 x S_2" } }));
        Assert.Contains("joint symmetry", outside.Message);
        var trivial = new SurveyModel(ReluGaussianKernel.Instance, new[] { new ColumnClass(1), new ColumnClass(1, 2), new ColumnClass(1, 3) });
        Assert.Contains("trivial", Assert.Throws<ArgumentException>(() => SurveyTypes.Enumerate(trivial, new SurveyOptions())).Message);
        var huge = SurveyModel.Identity(ReluGaussianKernel.Instance, 5000);
        Assert.Contains("5000", Assert.Throws<ArgumentException>(() => SurveyTypes.Enumerate(huge, new SurveyOptions { MaxBlocks = 4 })).Message);
        Assert.Throws<FormatException>(() => SurveyModel.ParseDiagonal("blocks(3,3)"));
        Assert.Equal(new[] { 1.0, 1.0, 2.0 }, SurveyModel.ParseDiagonal("blocks(2,1;1,2)"));
    }
}
