namespace Landscape.Symmetry.Plugins.Tests.Contracts;

public class BuiltInPluginsPassTests
{
    private static readonly ContractOptions Quick = new() { Trials = 6, PointScale = 0.45 };

    public static IEnumerable<object[]> Activations() => new[]
    {
        new object[] { Relu.Instance }, new object[] { new LeakyRelu(0.1) }, new object[] { new Softplus(2) },
        new object[] { Erf.Instance }, new object[] { Tanh.Instance }, new object[] { Gelu.Instance },
    };

    [Theory]
    [MemberData(nameof(Activations))]
    public void Gaussian_identity_teacher_passes_the_kit(Activation activation)
    {
        var kernel = GaussianKernels.For(activation);
        var model = TwoLayerPopulationLoss.IdentityTeacher(2, 3, kernel: kernel);
        var report = ContractKit.Check(model, Quick);
        Assert.True(report.Passed, report.ToString());
        // Quadrature kernels add the quadrature-error property; closed forms have nothing to estimate.
        bool quadrature = kernel is GaussianQuadratureKernel or SoftplusGaussianKernel;
        Assert.Equal(quadrature ? 7 : 6, report.Results.Count(r => r.Status == "pass"));
        Assert.Equal(quadrature, report.Results.Any(r => r.Property == ContractProperty.KernelQuadratureError));
    }

    [Fact]
    public void Trainable_second_layer_with_a_kinked_quadrature_kernel_passes()
    {
        var model = TwoLayerPopulationLoss.IdentityTeacher(2, 3, secondLayerTrainable: true, kernel: new GaussianQuadratureKernel(new LeakyRelu(0.2)));
        var report = ContractKit.Check(model, Quick);
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void Correlated_gaussian_model_passes_with_its_declared_group()
    {
        var model = new CorrelatedGaussianLoss(Tanh.Instance, new CorrelatedGaussian(BlockCovariance(2)), TwoBlockTeacher(4, 1), null, 2);
        var report = ContractKit.Check(model, Quick);
        Assert.True(report.Passed, report.ToString());
        // S_2 (rows) × S_2 × S_2 (the two blocks of columns): order 8.
        Assert.Equal(8, (int)model.InvarianceGroup.Order);
    }

    [Fact]
    public void Identity_teacher_with_the_shifted_cube_U_0_2_is_truly_invariant_and_passes()
    {
        // Suspicious-looking but true: the cube is not centred, yet it is a product of identical factors.
        var model = new SampledTwoLayerLoss(Tanh.Instance, new UniformCube(0, 2), TeacherColumnsIdentity(3), null, 2, sampleCount: 4000, seed: 3);
        Assert.Equal(2 * 6, (int)model.InvarianceGroup.Order);
        var report = ContractKit.Check(model, Quick with { Claim = MatrixCellAction.Full(2, 3), ClaimDescription = "full S_k × S_d" });
        Assert.True(report.Passed, report.ToString());
    }

    internal static double[,] BlockCovariance(int m)
    {
        var s = new double[2 * m, 2 * m];
        for (int i = 0; i < 2 * m; i++) s[i, i] = i < m ? 1 : 2;
        return s;
    }

    internal static double[,] TwoBlockTeacher(int d, double second)
    {
        var v = new double[d, d];
        for (int i = 0; i < d; i++) v[i, i] = i < d / 2 ? 1 : second;
        return v;
    }

    internal static double[,] TeacherColumnsIdentity(int d) => TwoBlockTeacher(d, 1);
}
