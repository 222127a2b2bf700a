using MathNet.Numerics.LinearAlgebra;

namespace Landscape.Symmetry.Plugins.Tests.Naive;

/// <summary>
/// Deep-net derivatives computed without the library's passes: the Hessian–vector product as a central difference of
/// the exact gradient, and the output gradient ∇_θ f(x) of one sample by a plain chain rule over MathNet matrices
/// (the network's layout only supplies where each parameter lives).
/// </summary>
public static class DeepNetCalculus
{
    /// <summary>(∇L(x + h v) − ∇L(x − h v))/(2h): error O(h²) for smooth σ, exact for a quadratic loss.</summary>
    public static double[] CentralDifferenceProduct(IObjective loss, double[] x, double[] v, double h)
    {
        int n = x.Length;
        var plus = new double[n];
        var minus = new double[n];
        var gp = new double[n];
        var gm = new double[n];
        for (int t = 0; t < n; t++) { plus[t] = x[t] + h * v[t]; minus[t] = x[t] - h * v[t]; }
        loss.Gradient(plus, gp);
        loss.Gradient(minus, gm);
        return Enumerable.Range(0, n).Select(t => (gp[t] - gm[t]) / (2 * h)).ToArray();
    }

    /// <summary>W_l (0-based l) as a matrix, read entry by entry through the layout.</summary>
    public static Matrix<double> Weight(DeepNetwork net, double[] p, int l) =>
        Matrix<double>.Build.Dense(net.Widths[l + 1], net.Widths[l], (i, j) => p[net.WeightIndex(l, i, j)]);

    /// <summary>b_l, or zero without biases.</summary>
    public static Vector<double> Bias(DeepNetwork net, double[] p, int l) =>
        Vector<double>.Build.Dense(net.Widths[l + 1], i => net.Bias ? p[net.BiasIndex(l, i)] : 0);

    /// <summary>The pre-activations z_1 … z_N of one input.</summary>
    public static Vector<double>[] PreActivations(DeepNetwork net, double[] p, double[] input)
    {
        var z = new Vector<double>[net.Depth];
        var a = Vector<double>.Build.DenseOfArray(input);
        for (int l = 0; l < net.Depth; l++)
        {
            z[l] = Weight(net, p, l) * a + Bias(net, p, l);
            a = z[l].Map(net.Activation.Value);
        }
        return z;
    }

    /// <summary>∇_θ f(input): ∂f/∂W_l = g_l a_{l−1}ᵀ, ∂f/∂b_l = g_l, with g_N = 1 and g_{l−1} = σ′(z_{l−1}) ⊙ W_lᵀ g_l.</summary>
    public static double[] OutputGradient(DeepNetwork net, double[] p, double[] input)
    {
        var z = PreActivations(net, p, input);
        var grad = new double[net.Dimension];
        var g = Vector<double>.Build.Dense(1, 1.0);
        for (int l = net.Depth - 1; l >= 0; l--)
        {
            var below = l == 0 ? Vector<double>.Build.DenseOfArray(input) : z[l - 1].Map(net.Activation.Value);
            for (int i = 0; i < net.Widths[l + 1]; i++)
            {
                for (int j = 0; j < net.Widths[l]; j++) grad[net.WeightIndex(l, i, j)] = g[i] * below[j];
                if (net.Bias) grad[net.BiasIndex(l, i)] = g[i];
            }
            if (l > 0) g = Weight(net, p, l).TransposeThisAndMultiply(g).PointwiseMultiply(z[l - 1].Map(net.Activation.Derivative));
        }
        return grad;
    }
}
