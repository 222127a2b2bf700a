namespace Landscape.Symmetry.Plugins;

/// <summary>Whether swapping two input coordinates maps a teacher (the multiset of rows (uⱼ, vⱼ)) to itself.</summary>
internal static class TeacherColumns
{
    public static bool SwapPreserves(double[,] v, double[] u, int a, int b)
    {
        int kt = v.GetLength(0), d = v.GetLength(1);
        var rows = new List<double[]>(kt);
        var swapped = new List<double[]>(kt);
        for (int j = 0; j < kt; j++)
        {
            var r = new double[d + 1];
            r[0] = u[j];
            for (int c = 0; c < d; c++) r[c + 1] = v[j, c];
            rows.Add(r);
            var s = (double[])r.Clone();
            (s[a + 1], s[b + 1]) = (s[b + 1], s[a + 1]);
            swapped.Add(s);
        }
        rows.Sort(Compare);
        swapped.Sort(Compare);
        for (int j = 0; j < kt; j++)
            if (Compare(rows[j], swapped[j]) != 0) return false;
        return true;
    }

    private static int Compare(double[] x, double[] y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            int c = x[i].CompareTo(y[i]);
            if (c != 0) return c;
        }
        return 0;
    }

    public static double[,] Identity(int d)
    {
        var m = new double[d, d];
        for (int i = 0; i < d; i++) m[i, i] = 1;
        return m;
    }
}
