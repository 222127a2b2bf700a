namespace Landscape.Symmetry.Landscape.Tests;

/// <summary>Random points, permutation actions on vectors, finite differences and small dense linear algebra.</summary>
internal static class Support
{
    public static double[] RandomVector(int n, Random rng, double scale = 1)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = scale * Naive.Gaussian.Next(rng);
        return x;
    }

    public static double[,] RandomMatrix(int rows, int cols, Random rng)
    {
        var m = new double[rows, cols];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) m[i, j] = Naive.Gaussian.Next(rng);
        return m;
    }

    public static double[,] Identity(int d)
    {
        var m = new double[d, d];
        for (int i = 0; i < d; i++) m[i, i] = 1;
        return m;
    }

    /// <summary>The permuted vector: eᵢ ↦ e_{g(i)}, i.e. y[g(i)] = x[i].</summary>
    public static double[] Act(Permutation g, double[] x)
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++) y[g[i]] = x[i];
        return y;
    }

    public static double[] Gradient(IObjective f, double[] x)
    {
        var g = new double[x.Length];
        f.Gradient(x, g);
        return g;
    }

    /// <summary>Central differences of the value, step h.</summary>
    public static double[] FiniteDifferenceGradient(IObjective f, double[] x, double h)
    {
        var g = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            var p = (double[])x.Clone(); p[i] += h;
            var m = (double[])x.Clone(); m[i] -= h;
            g[i] = (f.Value(p) - f.Value(m)) / (2 * h);
        }
        return g;
    }

    /// <summary>Central differences of the gradient, column by column, symmetrized.</summary>
    public static double[,] FiniteDifferenceHessian(IObjective f, double[] x, double h)
    {
        int n = x.Length;
        var hess = new double[n, n];
        for (int j = 0; j < n; j++)
        {
            var p = (double[])x.Clone(); p[j] += h;
            var m = (double[])x.Clone(); m[j] -= h;
            var gp = Gradient(f, p);
            var gm = Gradient(f, m);
            for (int i = 0; i < n; i++) hess[i, j] = (gp[i] - gm[i]) / (2 * h);
        }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++) hess[i, j] = hess[j, i] = 0.5 * (hess[i, j] + hess[j, i]);
        return hess;
    }

    public static double MaxAbsDifference(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();

    public static double MaxAbs(double[] a) => a.Max(Math.Abs);

    public static double[] Multiply(double[,] m, double[] v)
    {
        int n = v.Length;
        var r = new double[m.GetLength(0)];
        for (int i = 0; i < r.Length; i++)
            for (int j = 0; j < n; j++) r[i] += m[i, j] * v[j];
        return r;
    }

    /// <summary>Eigenvalues of a symmetric matrix, ascending (MathNet, an independent dense solver).</summary>
    public static double[] Eigenvalues(double[,] m) =>
        MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(m).Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric)
            .EigenValues.Select(z => z.Real).Order().ToArray();

    /// <summary>Number of clusters of sorted values whose consecutive gaps exceed tol.</summary>
    public static int DistinctCount(double[] sorted, double tol)
    {
        int count = sorted.Length == 0 ? 0 : 1;
        for (int i = 1; i < sorted.Length; i++) if (sorted[i] - sorted[i - 1] > tol) count++;
        return count;
    }

    /// <summary>A random point of a model: W with Gaussian entries, a near 1 when it trains.</summary>
    public static double[] RandomPoint(ParameterLayout layout, Random rng)
    {
        var x = RandomVector(layout.Dimension, rng);
        if (layout.SecondLayerTrainable)
            for (int i = 0; i < layout.K; i++) x[layout.K * layout.D + i] = 1 + 0.3 * Naive.Gaussian.Next(rng);
        return x;
    }
}
