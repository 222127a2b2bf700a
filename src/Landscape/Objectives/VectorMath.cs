using System.Numerics;
using System.Runtime.InteropServices;

namespace Landscape.Symmetry.Landscape;

/// <summary>Dot products and updates over spans, vectorized; the inner loops of the pair sums.</summary>
internal static class VectorMath
{
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length, j = 0;
        double sum = 0;
        if (Vector.IsHardwareAccelerated && n >= 2 * Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b[..a.Length]);
            var acc = Vector<double>.Zero;
            for (int q = 0; q < va.Length; q++) acc += va[q] * vb[q];
            sum = Vector.Sum(acc);
            j = va.Length * Vector<double>.Count;
        }
        for (; j < n; j++) sum += a[j] * b[j];
        return sum;
    }

    /// <summary>Four dot products in one pass: (p·q, q·r, p·s, q·s).</summary>
    public static (double PQ, double QR, double PS, double QS) Dot4(
        ReadOnlySpan<double> p, ReadOnlySpan<double> q, ReadOnlySpan<double> r, ReadOnlySpan<double> s)
    {
        int n = p.Length, j = 0;
        double pq = 0, qr = 0, ps = 0, qs = 0;
        if (Vector.IsHardwareAccelerated && n >= 2 * Vector<double>.Count)
        {
            var vp = MemoryMarshal.Cast<double, Vector<double>>(p);
            var vq = MemoryMarshal.Cast<double, Vector<double>>(q[..n]);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(r[..n]);
            var vs = MemoryMarshal.Cast<double, Vector<double>>(s[..n]);
            Vector<double> a = default, b = default, c = default, e = default;
            for (int t = 0; t < vp.Length; t++)
            {
                var qt = vq[t];
                a += vp[t] * qt;
                b += qt * vr[t];
                c += vp[t] * vs[t];
                e += qt * vs[t];
            }
            pq = Vector.Sum(a); qr = Vector.Sum(b); ps = Vector.Sum(c); qs = Vector.Sum(e);
            j = vp.Length * Vector<double>.Count;
        }
        for (; j < n; j++)
        {
            pq += p[j] * q[j]; qr += q[j] * r[j]; ps += p[j] * s[j]; qs += q[j] * s[j];
        }
        return (pq, qr, ps, qs);
    }

    /// <summary>Two dot products in one pass: (p·q, q·r).</summary>
    public static (double PQ, double QR) Dot2(ReadOnlySpan<double> p, ReadOnlySpan<double> q, ReadOnlySpan<double> r)
    {
        int n = p.Length, j = 0;
        double pq = 0, qr = 0;
        if (Vector.IsHardwareAccelerated && n >= 2 * Vector<double>.Count)
        {
            var vp = MemoryMarshal.Cast<double, Vector<double>>(p);
            var vq = MemoryMarshal.Cast<double, Vector<double>>(q[..n]);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(r[..n]);
            Vector<double> a = default, b = default;
            for (int t = 0; t < vp.Length; t++) { a += vp[t] * vq[t]; b += vq[t] * vr[t]; }
            pq = Vector.Sum(a); qr = Vector.Sum(b);
            j = vp.Length * Vector<double>.Count;
        }
        for (; j < n; j++) { pq += p[j] * q[j]; qr += q[j] * r[j]; }
        return (pq, qr);
    }

    /// <summary>y += α·x.</summary>
    public static void AddScaled(Span<double> y, double alpha, ReadOnlySpan<double> x)
    {
        if (alpha == 0) return;
        int n = y.Length, j = 0;
        if (Vector.IsHardwareAccelerated && n >= 2 * Vector<double>.Count)
        {
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x[..n]);
            var va = new Vector<double>(alpha);
            for (int t = 0; t < vy.Length; t++) vy[t] += va * vx[t];
            j = vy.Length * Vector<double>.Count;
        }
        for (; j < n; j++) y[j] += alpha * x[j];
    }

    /// <summary>y += α·x + β·z.</summary>
    public static void AddScaled2(Span<double> y, double alpha, ReadOnlySpan<double> x, double beta, ReadOnlySpan<double> z)
    {
        int n = y.Length, j = 0;
        if (Vector.IsHardwareAccelerated && n >= 2 * Vector<double>.Count)
        {
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x[..n]);
            var vz = MemoryMarshal.Cast<double, Vector<double>>(z[..n]);
            var va = new Vector<double>(alpha);
            var vb = new Vector<double>(beta);
            for (int t = 0; t < vy.Length; t++) vy[t] += va * vx[t] + vb * vz[t];
            j = vy.Length * Vector<double>.Count;
        }
        for (; j < n; j++) y[j] += alpha * x[j] + beta * z[j];
    }

    public static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));
}
