using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Plugins.Tests.Models;

public class DeepNetworkTests
{
    private static DeepNetworkLoss Net(bool bias, int depth = 3, Activation? act = null) =>
        DeepNetworkLoss.AgainstTeacher(Enumerable.Repeat(3, depth - 1).ToArray(), 3, act ?? Tanh.Instance, StandardGaussian.Instance, bias, 40, seed: 2);

    [Fact]
    public void Backpropagation_matches_finite_differences_and_the_Hessian_is_accurate()
    {
        var net = Net(bias: true);
        var x = net.RandomPoint(5);
        var g = new double[x.Length];
        net.Gradient(x, g);
        var h = net.Hessian(x);
        for (int i = 0; i < x.Length; i++)
        {
            double step = 1e-5;
            var p = (double[])x.Clone(); p[i] += step;
            var m = (double[])x.Clone(); m[i] -= step;
            Assert.Equal((net.Value(p) - net.Value(m)) / (2 * step), g[i], 1e-8);
            // A second, independent Hessian column: differences of the value (a different formula and step).
            for (int j = 0; j < x.Length; j += 7)
            {
                double s = 1e-3;
                double F(int a, int b) { var y = (double[])x.Clone(); y[i] += a * s; y[j] += b * s; return net.Value(y); }
                double fd = (F(1, 1) - F(1, -1) - F(-1, 1) + F(-1, -1)) / (4 * s * s);
                Assert.Equal(fd, h[i, j], 1e-5);
            }
        }
    }

    [Fact]
    public void Deep_nets_pass_the_contract_kit_with_hidden_and_input_permutations()
    {
        var net = Net(bias: true);
        // S_3 × S_3 (two hidden layers) × S_3 (inputs, layered identity teacher, Gaussian inputs).
        Assert.Equal(216, (int)net.InvarianceGroup.Order);
        var report = ContractKit.Check(net, new ContractOptions { Trials = 5, FiniteDifferenceTolerance = 1e-5 });
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void Cooper_star_locus_points_are_critical()
    {
        var net = Net(bias: true, depth: 3);
        for (int layer = 0; layer + 1 < net.Depth; layer++)
        {
            var x = CooperCriticalLoci.StarPoint(net, layer, seed: 7 + layer);
            var g = new double[x.Length];
            net.Gradient(x, g);
            Assert.True(g.Max(Math.Abs) < 1e-12, $"star locus S_{layer + 1}: |∇L| = {g.Max(Math.Abs)}");
        }
    }

    [Fact]
    public void Cooper_core_locus_points_are_degenerate_with_exactly_one_positive_eigenvalue()
    {
        var net = Net(bias: true, depth: 4);
        var x = CooperCriticalLoci.CorePoint(net, 0, 2, seed: 3);
        var g = new double[x.Length];
        net.Gradient(x, g);
        Assert.True(g.Max(Math.Abs) < 1e-12);
        var eig = Matrix<double>.Build.DenseOfArray(net.Hessian(x)).Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).ToArray();
        double top = eig.Max();
        Assert.True(top > 0.1, $"largest eigenvalue {top}");
        Assert.Equal(1, eig.Count(e => e > 1e-6 * top));
        Assert.Equal(0, eig.Count(e => e < -1e-6 * top));
        // A star point that is not in the core has a Hessian of both signs: the check is not vacuous.
        var star = CooperCriticalLoci.StarPoint(net, 0, seed: 3);
        var es = Matrix<double>.Build.DenseOfArray(net.Hessian(star)).Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).ToArray();
        Assert.True(es.Count(e => e > 1e-6) > 1);
    }
}
