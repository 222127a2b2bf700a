using Landscape.Symmetry.Plugins.Tests.Naive;

namespace Landscape.Symmetry.Plugins.Tests.Models;

/// <summary>
/// The R-operator Hessian–vector products of deep nets against central differences of the exact gradient, against the
/// Gauss–Newton matrix JᵀJ/S at zero-residual points (J by a plain chain rule per sample), and the ReLU teacher that
/// finite differences used to report as a saddle.
/// </summary>
public class DeepHessianVectorProductTests
{
    private static double[] UnitDirection(int n, int seed)
    {
        var rng = new Random(seed);
        var v = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        double norm = Math.Sqrt(v.Sum(t => t * t));
        return v.Select(t => t / norm).ToArray();
    }

    private static double[] Product(IObjective loss, double[] x, double[] v)
    {
        var hv = new double[x.Length];
        loss.HessianVectorProduct(x, v, hv);
        return hv;
    }

    /// <summary>A loss on explicit Gaussian inputs with targets from <paramref name="teacher"/> (so the inputs are known to the test).</summary>
    private static (DeepNetworkLoss Loss, double[][] Inputs) OnSample(int[] widths, Activation act, bool bias, double[] teacher, int samples, int seed)
    {
        var net = new DeepNetwork(widths, act, bias);
        var flat = StandardGaussian.Instance.Sample(widths[0], samples, seed);
        var inputs = Enumerable.Range(0, samples).Select(s => flat.AsSpan(s * widths[0], widths[0]).ToArray()).ToArray();
        var work = net.CreateWorkspace();
        var targets = inputs.Select(x => net.Output(teacher, x, work)).ToArray();
        return (new DeepNetworkLoss(widths, act, bias, flat, targets), inputs);
    }

    private static double[,] GaussNewton(DeepNetwork net, double[] p, double[][] inputs)
    {
        int n = net.Dimension;
        var g = new double[n, n];
        foreach (var x in inputs)
        {
            var j = DeepNetCalculus.OutputGradient(net, p, x);
            for (int a = 0; a < n; a++)
                for (int b = 0; b < n; b++) g[a, b] += j[a] * j[b] / inputs.Length;
        }
        return g;
    }

    private static double MaxAbs(double[,] m) => m.Cast<double>().Max(Math.Abs);

    [Property(Replay = "(20261122,11400714819323198485)", MaxTest = 40)]
    public Property Exact_products_match_central_differences_of_the_gradient_for_smooth_activations()
    {
        // Activation, biases, 1–3 hidden layers of widths 1–4, input dimension 1–4, seed of the point and direction.
        return Prop.ForAll(Generators.SmoothDeepNets.ToArbitrary(), c =>
        {
            var loss = DeepNetworkLoss.AgainstTeacher(c.Hidden, c.D, c.Act, StandardGaussian.Instance, c.Bias, 15, c.Seed);
            var x = loss.RandomPoint(c.Seed + 1);
            var v = UnitDirection(x.Length, c.Seed + 2);
            var exact = Product(loss, x, v);
            // Step 1e-4: truncation h²/6·|∂³L| ≈ 1e-9, rounding ε|∇L|/h ≈ 1e-12.
            var fd = DeepNetCalculus.CentralDifferenceProduct(loss, x, v, 1e-4);
            double scale = 1 + exact.Max(Math.Abs);
            for (int t = 0; t < x.Length; t++)
                Assert.True(Math.Abs(exact[t] - fd[t]) <= 1e-6 * scale,
                    $"{c.Act} bias={c.Bias} widths {c.D}-{string.Join('-', c.Hidden)}-1, {loss.ParameterName(t)}: exact {exact[t]}, differences {fd[t]}");
        });
    }

    [Theory]
    [InlineData("relu")]
    [InlineData("leaky-relu")]
    public void Exact_products_match_differences_inside_one_activation_pattern_of_a_kinked_net(string name)
    {
        Activation act = name == "relu" ? Relu.Instance : new LeakyRelu(0.1);
        int[] widths = [3, 5, 4, 1];
        var net = new DeepNetwork(widths, act, bias: true);
        var (loss, inputs) = OnSample(widths, act, bias: true, net.RandomPoint(11), samples: 30, seed: 12);
        // A generic point: no hidden pre-activation within 1e-3 of the kink (found among the first seeds).
        var x = Enumerable.Range(0, 50).Select(s => net.RandomPoint(100 + s)).First(p => Margin(net, p, inputs) > 1e-3);
        var v = UnitDirection(x.Length, 13);
        const double h = 1e-5; // moves any pre-activation by at most h·|v|·(1 + |a|) ≪ 1e-3: the pattern stays fixed
        var plus = x.Zip(v, (a, b) => a + h * b).ToArray();
        var minus = x.Zip(v, (a, b) => a - h * b).ToArray();
        Assert.Equal(Pattern(net, x, inputs), Pattern(net, plus, inputs));
        Assert.Equal(Pattern(net, x, inputs), Pattern(net, minus, inputs));
        var exact = Product(loss, x, v);
        var fd = DeepNetCalculus.CentralDifferenceProduct(loss, x, v, h);
        double scale = 1 + exact.Max(Math.Abs);
        Assert.True(exact.Max(Math.Abs) > 1e-2); // not vacuous
        for (int t = 0; t < x.Length; t++) Assert.True(Math.Abs(exact[t] - fd[t]) <= 1e-7 * scale, $"{loss.ParameterName(t)}: exact {exact[t]}, differences {fd[t]}");
    }

    private static double Margin(DeepNetwork net, double[] p, double[][] inputs) =>
        inputs.Min(x => DeepNetCalculus.PreActivations(net, p, x).Take(net.Depth - 1).Min(z => z.AbsoluteMinimum()));

    private static string Pattern(DeepNetwork net, double[] p, double[][] inputs) =>
        string.Concat(inputs.SelectMany(x => DeepNetCalculus.PreActivations(net, p, x).Take(net.Depth - 1).SelectMany(z => z.Select(t => t > 0 ? '1' : '0'))));

    [Fact]
    public void Products_are_symmetric_and_the_dense_Hessian_is_made_of_them()
    {
        foreach (var act in new[] { Tanh.Instance, (Activation)Relu.Instance })
        {
            var loss = DeepNetworkLoss.AgainstTeacher([4, 3, 2], 3, act, StandardGaussian.Instance, bias: true, 50, seed: 4);
            var x = loss.RandomPoint(5);
            int n = x.Length;
            var h = loss.Hessian(x);
            for (int trial = 0; trial < 5; trial++)
            {
                var v = UnitDirection(n, 10 + trial);
                var w = UnitDirection(n, 20 + trial);
                double vHw = v.Zip(Product(loss, x, w), (a, b) => a * b).Sum();
                double wHv = w.Zip(Product(loss, x, v), (a, b) => a * b).Sum();
                Assert.True(Math.Abs(vHw - wHv) <= 1e-13 * (1 + Math.Abs(vHw)), $"{act}: vᵀHw = {vHw}, wᵀHv = {wHv}");
            }
            var e = new double[n];
            for (int j = 0; j < n; j += 3)
            {
                e[j] = 1;
                var col = Product(loss, x, e);
                e[j] = 0;
                for (int i = 0; i < n; i++) Assert.True(Math.Abs(h[i, j] - col[i]) <= 1e-13 * (1 + MaxAbs(h)), $"{act}: H[{i},{j}]");
            }
        }
    }

    [Theory]
    [InlineData("tanh", true)]
    [InlineData("tanh", false)]
    [InlineData("relu", true)]
    [InlineData("relu", false)]
    public void At_a_zero_residual_point_the_Hessian_is_the_Gauss_Newton_matrix(string name, bool bias)
    {
        Activation act = name == "relu" ? Relu.Instance : Tanh.Instance;
        int[] widths = [3, 4, 4, 1];
        var net = new DeepNetwork(widths, act, bias);
        var teacher = net.RandomPoint(21);
        var (loss, inputs) = OnSample(widths, act, bias, teacher, samples: 40, seed: 22);
        Assert.Equal(0.0, loss.Value(teacher));
        var h = loss.Hessian(teacher);
        var gn = GaussNewton(net, teacher, inputs);
        double scale = MaxAbs(gn);
        Assert.True(scale > 0.1);
        for (int i = 0; i < h.GetLength(0); i++)
            for (int j = 0; j < h.GetLength(1); j++)
                Assert.True(Math.Abs(h[i, j] - gn[i, j]) <= 1e-12 * scale, $"{net.ParameterName(i)}, {net.ParameterName(j)}: H {h[i, j]}, JᵀJ/S {gn[i, j]}");
    }

    [Fact]
    public void A_deep_relu_net_at_its_layered_identity_teacher_is_not_a_saddle()
    {
        // d = 4, widths 4-4: the second layer's pre-activations are relu(x), exactly 0 for every negative input entry,
        // so steps of any size cross kinks; finite differences reported λ_min ≈ −6e-8 and "saddle (index 7)" here.
        var loss = DeepNetworkLoss.AgainstTeacher([4, 4], 4, Relu.Instance, StandardGaussian.Instance, bias: false, 1000, seed: 0);
        var x = loss.Teacher!;
        Assert.Equal(0, loss.Value(x));
        var report = CriticalPointReport.Analyze(loss, x);
        double top = report.Spectrum.Eigenvalues.Max();
        Assert.NotEqual(CriticalPointKind.Saddle, report.Classification.Kind);
        Assert.True(report.Spectrum.Smallest >= -1e-13 * top, $"λ_min = {report.Spectrum.Smallest}, λ_max = {top}");
    }
}
