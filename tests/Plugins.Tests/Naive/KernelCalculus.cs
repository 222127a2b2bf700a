namespace Landscape.Symmetry.Plugins.Tests.Naive;

/// <summary>
/// Turns a kernel's frame-coordinate derivatives into plain vectors and matrices for given w, v, and
/// computes the same quantities by central finite differences of the value alone.
/// </summary>
public static class KernelCalculus
{
    public static double Value(IPairKernel k, double[] w, double[] v) => k.Value(Geometry(w, v));

    public static PairGeometry Geometry(double[] w, double[] v) =>
        PairGeometry.Of(w, v, Norm(w), Norm(v), Dot(w, v));

    public static (double[] Gw, double[] Gv, double[,] Ww, double[,] Wv, double[,] Vv) Expand(IPairKernel k, double[] w, double[] v)
    {
        var g = Geometry(w, v);
        var q = k.Derivatives(g);
        int d = w.Length;
        var wh = Unit(w);
        var vh = Unit(v);
        var n = new double[d];
        if (g.Sin > 0)
        {
            for (int t = 0; t < d; t++) n[t] = vh[t] - g.Cos * wh[t];
            var nn = Norm(n);
            for (int t = 0; t < d; t++) n[t] /= nn;
        }
        var gw = new double[d];
        var gv = new double[d];
        for (int t = 0; t < d; t++)
        {
            gw[t] = q.GradWAlongW * wh[t] + q.GradWAlongV * vh[t];
            gv[t] = q.GradVAlongV * vh[t] + q.GradVAlongW * wh[t];
        }
        return (gw, gv, Block(q.Ww, wh, n), Block(q.Wv, wh, n), Block(q.Vv, wh, n));
    }

    private static double[,] Block(FrameMatrix b, double[] w, double[] n)
    {
        int d = w.Length;
        var m = new double[d, d];
        for (int s = 0; s < d; s++)
            for (int t = 0; t < d; t++)
                m[s, t] = (s == t ? b.Identity : 0) + b.WW * w[s] * w[t] + b.WN * w[s] * n[t] + b.NW * n[s] * w[t] + b.NN * n[s] * n[t];
        return m;
    }

    /// <summary>Central differences of K in (w, v) jointly: the gradient (2d).</summary>
    public static double[] FdGradient(IPairKernel k, double[] w, double[] v, double h)
    {
        int d = w.Length;
        var g = new double[2 * d];
        for (int i = 0; i < 2 * d; i++)
        {
            var (wp, vp) = Shift(w, v, i, h);
            var (wm, vm) = Shift(w, v, i, -h);
            g[i] = (Value(k, wp, vp) - Value(k, wm, vm)) / (2 * h);
        }
        return g;
    }

    /// <summary>Central differences of the analytic gradient: the (2d)×(2d) Hessian.</summary>
    public static double[,] FdHessian(IPairKernel k, double[] w, double[] v, double h)
    {
        int d = w.Length;
        var hess = new double[2 * d, 2 * d];
        for (int i = 0; i < 2 * d; i++)
        {
            var (wp, vp) = Shift(w, v, i, h);
            var (wm, vm) = Shift(w, v, i, -h);
            var gp = Joint(Expand(k, wp, vp));
            var gm = Joint(Expand(k, wm, vm));
            for (int j = 0; j < 2 * d; j++) hess[j, i] = (gp[j] - gm[j]) / (2 * h);
        }
        return hess;
    }

    public static double[] Joint((double[] Gw, double[] Gv, double[,] Ww, double[,] Wv, double[,] Vv) e) => e.Gw.Concat(e.Gv).ToArray();

    public static double[,] JointHessian((double[] Gw, double[] Gv, double[,] Ww, double[,] Wv, double[,] Vv) e)
    {
        int d = e.Gw.Length;
        var h = new double[2 * d, 2 * d];
        for (int s = 0; s < d; s++)
            for (int t = 0; t < d; t++)
            {
                h[s, t] = e.Ww[s, t];
                h[s, d + t] = e.Wv[s, t];
                h[d + t, s] = e.Wv[s, t];
                h[d + s, d + t] = e.Vv[s, t];
            }
        return h;
    }

    private static (double[], double[]) Shift(double[] w, double[] v, int i, double h)
    {
        var a = (double[])w.Clone();
        var b = (double[])v.Clone();
        if (i < w.Length) a[i] += h; else b[i - w.Length] += h;
        return (a, b);
    }

    public static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();
    public static double Norm(double[] a) => Math.Sqrt(Dot(a, a));
    public static double[] Unit(double[] a) { var n = Norm(a); return n > 0 ? a.Select(x => x / n).ToArray() : new double[a.Length]; }

    public static double MaxAbsDiff(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();

    public static double MaxAbsDiff(double[,] a, double[,] b)
    {
        double m = 0;
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < a.GetLength(1); j++) m = Math.Max(m, Math.Abs(a[i, j] - b[i, j]));
        return m;
    }

    public static double[] Gaussian(int n, Random rng, double scale = 1)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
            x[i] = scale * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
        return x;
    }
}
