namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The vectors of ℝ^d that occur when one student row wᵢ meets another row or a teacher row, written with real
/// column-block sizes: a value on the generic cells of each column block, and values at up to two special
/// columns, the partner of wᵢ ("reference special") and the partner of the other row or the teacher's column
/// ("other special"). The generic part of column block t holds size_t minus the specials inside it, so inner
/// products are weighted sums and stay exact for real d.
/// </summary>
/// <remarks>
/// Summing a pair quantity over all N rows of a block (or all teachers of a column block) gives a vector with only
/// the reference special left (<see cref="CollapseInto"/>): every column of the other block is the other special
/// of exactly one member, so the other special's value lands on the generic part once, the generic value N − 1 times.
/// </remarks>
internal sealed class PairSpace
{
    private readonly int c;

    public PairSpace(double[] columnSizes, int referenceBlock, int otherBlock)
    {
        c = columnSizes.Length;
        ReferenceBlock = referenceBlock;
        OtherBlock = otherBlock;
        Weights = new double[c + 2];
        for (int t = 0; t < c; t++)
            Weights[t] = columnSizes[t] - (t == referenceBlock ? 1 : 0) - (t == otherBlock ? 1 : 0);
        Weights[c] = referenceBlock >= 0 ? 1 : 0;
        Weights[c + 1] = otherBlock >= 0 ? 1 : 0;
    }

    public int ReferenceBlock { get; }

    public int OtherBlock { get; }

    public double[] Weights { get; }

    public int Length => c + 2;

    public double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < Weights.Length; i++) s += Weights[i] * a[i] * b[i];
        return s;
    }

    /// <summary>The reference row's vector (generic values per column block, value at its own partner column).</summary>
    public double[] LiftReference(ReadOnlySpan<double> generic, double special)
    {
        var v = new double[c + 2];
        generic[..c].CopyTo(v);
        if (ReferenceBlock >= 0) v[c] = special;
        if (OtherBlock >= 0) v[c + 1] = generic[OtherBlock];
        return v;
    }

    /// <summary>The other row's vector, given relative to that row (its special is at its own partner column).</summary>
    public double[] LiftOther(ReadOnlySpan<double> generic, double special)
    {
        var v = new double[c + 2];
        generic[..c].CopyTo(v);
        if (ReferenceBlock >= 0) v[c] = generic[ReferenceBlock];
        if (OtherBlock >= 0) v[c + 1] = special;
        return v;
    }

    /// <summary>The unit vector at the other special column (a teacher row eⱼ, j not the reference partner).</summary>
    public double[] OtherUnit() { var v = new double[c + 2]; v[c + 1] = 1; return v; }

    /// <summary>The unit vector at the reference special column (the teacher row paired with the reference row).</summary>
    public double[] ReferenceUnit() { var v = new double[c + 2]; v[c] = 1; return v; }

    /// <summary>Adds the sum over the N members of f into a vector relative to the reference row (generic[c] then special).</summary>
    public void CollapseInto(ReadOnlySpan<double> f, double n, Span<double> generic, ref double special)
    {
        for (int t = 0; t < c; t++)
            generic[t] += n * f[t] + (t == OtherBlock ? f[c + 1] - f[t] : 0);
        special += n * f[c];
    }

    /// <summary>y += α·x.</summary>
    public static void AddScaled(Span<double> y, double alpha, ReadOnlySpan<double> x)
    {
        for (int i = 0; i < y.Length; i++) y[i] += alpha * x[i];
    }

    /// <summary>The geometry of (w, v) with the same accuracy rules as <see cref="PairGeometry.Of"/>.</summary>
    public PairGeometry Geometry(double[] w, double[] v, double normW, double normV)
    {
        if (normW == 0 || normV == 0)
            return new() { NormW = normW, NormV = normV, Theta = Math.PI / 2, PiMinusTheta = Math.PI / 2, Sin = 1, Cos = 0 };
        double cos = Dot(w, v) / (normW * normV);
        if (Math.Abs(cos) < PairGeometry.NearParallel)
        {
            double theta = Math.Acos(cos);
            return new() { NormW = normW, NormV = normV, Theta = theta, PiMinusTheta = Math.PI - theta, Sin = Math.Sqrt(1 - cos * cos), Cos = cos };
        }
        double minus = 0, plus = 0, iw = 1 / normW, iv = 1 / normV;
        for (int j = 0; j < Weights.Length; j++)
        {
            double a = w[j] * iw, b = v[j] * iv;
            minus += Weights[j] * (a - b) * (a - b);
            plus += Weights[j] * (a + b) * (a + b);
        }
        minus = Math.Sqrt(Math.Max(minus, 0));
        plus = Math.Sqrt(Math.Max(plus, 0));
        double t = 2 * Math.Atan2(minus, plus), p = 2 * Math.Atan2(plus, minus);
        double sin = t <= p ? Math.Sin(t) : Math.Sin(p);
        double cs = t <= p ? Math.Cos(t) : -Math.Cos(p);
        return new() { NormW = normW, NormV = normV, Theta = t, PiMinusTheta = p, Sin = sin, Cos = cs };
    }
}
