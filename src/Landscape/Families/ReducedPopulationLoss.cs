using Landscape.Symmetry.Representations;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The population loss of a two-layer network against the identity teacher (V = I_d, u = 1), restricted to the
/// fixed space of a block layout: one coordinate per orbit of cells (the value every cell of the orbit holds, not
/// an orthonormal coordinate), with block sizes that are real numbers. Value, gradient, Hessian–vector product and
/// Hessian are exact (the pair kernel's own derivatives, as in <see cref="TwoLayerPopulationLoss"/>) and cost
/// O(r·(r + c)) kernel evaluations for r row and c column blocks — nothing grows with d.
/// </summary>
/// <remarks>
/// <para>At integer sizes the functions agree with the full model: <see cref="Value"/>(c) = L(Jc),
/// <see cref="Gradient"/> = Jᵀ∇L(Jc) and <see cref="Hessian"/> = Jᵀ∇²L(Jc)J, J the 0/1 orbit-indicator matrix
/// (<see cref="Embed"/>). Sums over the rows of a block become multiplications by its size, so d may be any real
/// number for which the sizes are non-negative.</para>
/// <para>The generic student row of a block, and every pair of rows, lives in a small space of block values plus
/// the partner columns (<see cref="PairSpace"/>); the Hessian–vector product at a block-constant point applied to a
/// block-constant direction is again block-constant, which is what the reduced Hessian needs.</para>
/// </remarks>
public sealed class ReducedPopulationLoss
{
    private readonly int r, c;
    private readonly double teacherConstant;

    /// <summary>The loss for a kernel on a layout (teacher and input scales from the layout's factors).</summary>
    public ReducedPopulationLoss(IPairKernel kernel, FixedSpaceLayout layout)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(layout);
        Kernel = kernel;
        Layout = layout;
        r = layout.RowBlockCount;
        c = layout.ColumnBlockCount;
        // The loss of W against V with x ~ N(0, diag(σ²)) is the standard-Gaussian loss of W·diag(σ) against V·diag(σ):
        // coordinates are multiplied by their column's σ on the way in, derivatives on the way out.
        teacherNorm = new double[c];
        for (int t = 0; t < c; t++) teacherNorm[t] = layout.ColumnTeacherScale(t) * layout.ColumnInputScale(t);
        orbitScale = layout.Orbits.Select(o => o.Kind == OrbitKind.SecondLayer ? 1 : layout.ColumnInputScale(o.Column)).ToArray();
        scaled = orbitScale.Any(v => v != 1);
        foreach (var v in teacherNorm)
            if (!(double.IsFinite(v) && v > 0)) throw new ArgumentException($"Teacher and input scales must be positive and finite; got a column norm {v}.", nameof(layout));
        // ½ Σ_ij K(vᵢ, vⱼ) over the teacher rows vⱼ = σ_t·eⱼ: the same row, or two perpendicular rows.
        double constant = 0;
        for (int t = 0; t < c; t++)
        {
            double nt = layout.ColumnSizes[t];
            constant += 0.5 * nt * kernel.Value(PairGeometry.Self(teacherNorm[t]));
            for (int t2 = 0; t2 < c; t2++)
            {
                double pairs = nt * (layout.ColumnSizes[t2] - (t == t2 ? 1 : 0));
                if (pairs == 0) continue;
                var perpendicular = new PairGeometry { NormW = teacherNorm[t], NormV = teacherNorm[t2], Theta = Math.PI / 2, PiMinusTheta = Math.PI / 2, Sin = 1, Cos = 0 };
                constant += 0.5 * pairs * kernel.Value(perpendicular);
            }
        }
        teacherConstant = constant;
        groups = Enumerable.Range(0, r).Select(s => ListGroups(s).ToArray()).ToArray();
    }

    private readonly double[] teacherNorm;
    private readonly double[] orbitScale;
    private readonly bool scaled;

    private ReadOnlySpan<double> ToStandard(ReadOnlySpan<double> coords)
    {
        if (!scaled || coords.Length != orbitScale.Length) return coords;
        var y = new double[coords.Length];
        for (int i = 0; i < y.Length; i++) y[i] = coords[i] * orbitScale[i];
        return y;
    }

    /// <summary>The pair kernel.</summary>
    public IPairKernel Kernel { get; }

    /// <summary>The blocks and orbits.</summary>
    public FixedSpaceLayout Layout { get; }

    /// <summary>Number of coordinates.</summary>
    public int Dimension => Layout.Dimension;

    private sealed class Point
    {
        public required double[][] X;   // generic value of row block s in column block t
        public required double[] Y;     // diagonal value of row block s
        public required double[] A;     // second-layer weight of row block s
        public required double[] Norm;
    }

    private Point Read(ReadOnlySpan<double> coords, bool needDerivatives, string name)
    {
        if (coords.Length != Dimension)
            throw new ArgumentException($"The fixed space of this layout has {Dimension} coordinates; got {coords.Length}.", name);
        for (int i = 0; i < coords.Length; i++)
            if (!double.IsFinite(coords[i])) throw new ArgumentException($"Coordinate {i} is {coords[i]}; coordinates must be finite.", name);
        var p = Decode(ToStandard(coords));
        p.Norm = new double[r];
        for (int s = 0; s < r; s++)
        {
            var sp = new PairSpace(Layout.ColumnSizes, Layout.Partner[s], -1);
            var w = sp.LiftReference(p.X[s], p.Y[s]);
            p.Norm[s] = Math.Sqrt(Math.Max(sp.Dot(w, w), 0));
            if (needDerivatives && p.Norm[s] == 0 && Layout.RowSizes[s] > 0 && !Kernel.DifferentiableAtZero)
                throw new ArgumentException(
                    $"The rows of block {s} are zero: the {Kernel.Name} loss is not differentiable there.", name);
        }
        return p;
    }

    private Point Decode(ReadOnlySpan<double> coords)
    {
        var x = new double[r][];
        var y = new double[r];
        var a = new double[r];
        for (int s = 0; s < r; s++)
        {
            x[s] = new double[c];
            for (int t = 0; t < c; t++) { int i = Layout.BlockIndex(s, t); x[s][t] = i >= 0 ? coords[i] : 0; }
            int di = Layout.DiagonalIndex(s);
            y[s] = di >= 0 ? coords[di] : 0;
            int ai = Layout.SecondLayerIndex(s);
            a[s] = Layout.SecondLayerTrainable ? (ai >= 0 ? coords[ai] : 0) : 1;
        }
        return new Point { X = x, Y = y, A = a, Norm = Array.Empty<double>() };
    }

    /// <summary>|wᵢ| for a row i of block s.</summary>
    public double RowNorm(ReadOnlySpan<double> coords, int s) => Read(coords, needDerivatives: false, nameof(coords)).Norm[s];

    /// <summary>
    /// The balanced representative of a point under the rescalings wᵢ → c·wᵢ, aᵢ → aᵢ/c of a positively homogeneous
    /// activation (ReLU) with a trainable second layer: each row block rescaled so that |wᵢ| = |aᵢ|. Such rescalings
    /// map critical points to critical points, so a search would otherwise report one point many times.
    /// </summary>
    public double[] Balanced(ReadOnlySpan<double> coords)
    {
        var result = coords.ToArray();
        if (!Layout.SecondLayerTrainable) return result;
        for (int s = 0; s < r; s++)
        {
            int ai = Layout.SecondLayerIndex(s);
            if (ai < 0) continue;
            double nw = RowNorm(coords, s), a = Math.Abs(coords[ai]);
            if (nw == 0 || a == 0) continue;
            double scale = Math.Sqrt(a / nw);
            for (int t = 0; t < c; t++) { int i = Layout.BlockIndex(s, t); if (i >= 0) result[i] *= scale; }
            int di = Layout.DiagonalIndex(s);
            if (di >= 0) result[di] *= scale;
            result[ai] /= scale;
        }
        return result;
    }

    /// <summary>One kind of partner of a reference row: the other rows of a block, or the teachers of a column block.</summary>
    private readonly record struct Group(PairSpace Space, double Count, int OtherRow);

    // The groups depend on the layout only: listed once per loss (a search evaluates the gradient thousands of times).
    private Group[] Groups(int s) => groups[s];

    private readonly Group[][] groups;

    private IEnumerable<Group> ListGroups(int s)
    {
        int partner = Layout.Partner[s];
        for (int s2 = 0; s2 < r; s2++)
        {
            double n = Layout.RowSizes[s2] - (s2 == s ? 1 : 0);
            if (n == 0) continue;
            yield return new Group(new PairSpace(Layout.ColumnSizes, partner, Layout.Partner[s2]), n, s2);
        }
        for (int t = 0; t < c; t++)
        {
            double n = Layout.ColumnSizes[t] - (t == partner ? 1 : 0);
            if (n == 0) continue;
            yield return new Group(new PairSpace(Layout.ColumnSizes, partner, t), n, -1);
        }
        if (partner >= 0) yield return new Group(new PairSpace(Layout.ColumnSizes, partner, -1), 1, -2);
    }

    /// <summary>Row s's vector and the other vector of group g lifted into g's pair space, the other norm, and their geometry.</summary>
    private (double[] Wi, double[] Wo, double OtherNorm, PairGeometry Geometry) Pair(Point p, int s, Group g)
    {
        var wi = g.Space.LiftReference(p.X[s], p.Y[s]);
        var wo = OtherVector(p, g);
        double no = g.OtherRow >= 0 ? p.Norm[g.OtherRow] : teacherNorm[g.OtherRow == -1 ? g.Space.OtherBlock : g.Space.ReferenceBlock];
        return (wi, wo, no, g.Space.Geometry(wi, wo, p.Norm[s], no));
    }

    private double[] OtherVector(Point p, Group g) =>
        g.OtherRow >= 0 ? g.Space.LiftOther(p.X[g.OtherRow], p.Y[g.OtherRow])
        : g.OtherRow == -1 ? Times(g.Space.OtherUnit(), teacherNorm[g.Space.OtherBlock]) : Times(g.Space.ReferenceUnit(), teacherNorm[g.Space.ReferenceBlock]);

    private static double[] Times(double[] v, double factor)
    {
        for (int i = 0; i < v.Length; i++) v[i] *= factor;
        return v;
    }

    private static double[] Scaled(double[] v, double norm)
    {
        var u = new double[v.Length];
        if (norm > 0) for (int i = 0; i < v.Length; i++) u[i] = v[i] / norm;
        return u;
    }

    // ----- value -----

    /// <summary>The loss at the block-constant point with these coordinates.</summary>
    public double Value(ReadOnlySpan<double> coords)
    {
        var p = Read(coords, needDerivatives: false, nameof(coords));
        double total = teacherConstant;
        for (int s = 0; s < r; s++)
        {
            if (Layout.RowSizes[s] == 0) continue;
            double a = p.A[s], row = 0.5 * a * a * Kernel.Value(PairGeometry.Self(p.Norm[s]));
            foreach (var g in Groups(s))
            {
                double k = Kernel.Value(Pair(p, s, g).Geometry);
                row += g.OtherRow >= 0 ? 0.5 * g.Count * a * p.A[g.OtherRow] * k : -g.Count * a * k;
            }
            total += Layout.RowSizes[s] * row;
        }
        return total;
    }

    // ----- gradient -----

    /// <summary>Writes the gradient in these coordinates (sums of ∂L over each orbit) and returns the loss.</summary>
    public double Gradient(ReadOnlySpan<double> coords, Span<double> gradient)
    {
        var p = Read(coords, needDerivatives: true, nameof(coords));
        if (gradient.Length != Dimension) throw new ArgumentException($"The gradient buffer must have {Dimension} entries.", nameof(gradient));
        gradient.Clear();
        double total = teacherConstant;
        for (int s = 0; s < r; s++)
        {
            double ps = Layout.RowSizes[s];
            if (ps == 0) continue;
            double a = p.A[s], nw = p.Norm[s];
            var refSpace = new PairSpace(Layout.ColumnSizes, Layout.Partner[s], -1);
            var outW = new double[c + 2];
            double outA;
            var self = Kernel.Derivatives(PairGeometry.Self(nw));
            double selfGrad = self.GradWAlongW + self.GradWAlongV + self.GradVAlongV + self.GradVAlongW;
            var wHat = Scaled(refSpace.LiftReference(p.X[s], p.Y[s]), nw);
            PairSpace.AddScaled(outW, 0.5 * a * a * selfGrad, wHat);
            outA = a * self.Value;
            double row = 0.5 * a * a * self.Value;
            double special = 0;
            var generic = new double[c];
            foreach (var g in Groups(s))
            {
                var sp = g.Space;
                var (wi, wo, no, geo) = Pair(p, s, g);
                var q = Kernel.Derivatives(geo);
                double weight = g.OtherRow >= 0 ? p.A[g.OtherRow] : -1;
                var f = new double[sp.Length];
                PairSpace.AddScaled(f, a * weight * q.GradWAlongW, Scaled(wi, nw));
                PairSpace.AddScaled(f, a * weight * q.GradWAlongV, Scaled(wo, no));
                sp.CollapseInto(f, g.Count, generic, ref special);
                outA += g.Count * weight * q.Value;
                row += (g.OtherRow >= 0 ? 0.5 : 1) * g.Count * a * weight * q.Value;
            }
            for (int t = 0; t < c; t++) outW[t] += generic[t];
            outW[c] += special;
            total += ps * row;
            Scatter(s, outW, outA, gradient);
        }
        return total;
    }

    private void Scatter(int s, double[] outW, double outA, Span<double> target)
    {
        double ps = Layout.RowSizes[s];
        int partner = Layout.Partner[s];
        for (int t = 0; t < c; t++)
        {
            int i = Layout.BlockIndex(s, t);
            if (i >= 0) target[i] = ps * (Layout.ColumnSizes[t] - (t == partner ? 1 : 0)) * outW[t] * orbitScale[i];
        }
        int di = Layout.DiagonalIndex(s);
        if (di >= 0) target[di] = ps * outW[c] * orbitScale[di];
        int ai = Layout.SecondLayerIndex(s);
        if (ai >= 0) target[ai] = ps * outA;
    }

    // ----- Hessian–vector product -----

    /// <summary>
    /// Writes Jᵀ∇²L(Jc)J·v: the Hessian of the reduced loss applied to a direction in the same coordinates.
    /// </summary>
    public void HessianVectorProduct(ReadOnlySpan<double> coords, ReadOnlySpan<double> direction, Span<double> result)
    {
        var p = Read(coords, needDerivatives: true, nameof(coords));
        if (direction.Length != Dimension) throw new ArgumentException($"The direction must have {Dimension} entries.", nameof(direction));
        if (result.Length != Dimension) throw new ArgumentException($"The result buffer must have {Dimension} entries.", nameof(result));
        Hvp(p, SecondOrder(p), direction, result);
    }

    // What a Hessian–vector product needs at a point, independent of the direction: per row block, the self
    // derivatives and, per group, the pair's frame and kernel derivatives.
    private sealed record RowCache(double[] WHat, PairKernelDerivatives Self, GroupCache[] Groups);

    private sealed record GroupCache(Group G, double[] U, double[] O, PairGeometry Geometry, PairKernelDerivatives Q);

    private RowCache?[] SecondOrder(Point p)
    {
        var cache = new RowCache?[r];
        for (int s = 0; s < r; s++)
        {
            if (Layout.RowSizes[s] == 0) continue;
            double nw = p.Norm[s];
            var refSpace = new PairSpace(Layout.ColumnSizes, Layout.Partner[s], -1);
            var wHat = Scaled(refSpace.LiftReference(p.X[s], p.Y[s]), nw);
            var self = Kernel.Derivatives(PairGeometry.Self(nw));
            var groups = new List<GroupCache>();
            foreach (var g in Groups(s))
            {
                var sp = g.Space;
                var (wi, wo, no, geo) = Pair(p, s, g);
                var q = Kernel.Derivatives(geo);
                groups.Add(new GroupCache(g, Scaled(wi, nw), Scaled(wo, no), geo, q));
            }
            cache[s] = new RowCache(wHat, self, groups.ToArray());
        }
        return cache;
    }

    private void Hvp(Point a0, RowCache?[] cache, ReadOnlySpan<double> direction, Span<double> result)
    {
        var dp = Decode(ToStandard(direction));
        if (!Layout.SecondLayerTrainable) Array.Clear(dp.A);
        result.Clear();
        bool trainable = Layout.SecondLayerTrainable;
        for (int s = 0; s < r; s++)
        {
            var rc = cache[s];
            if (rc is null) continue;
            double a = a0.A[s], da = dp.A[s];
            var refSpace = new PairSpace(Layout.ColumnSizes, Layout.Partner[s], -1);
            var wHat = rc.WHat;
            var dw = refSpace.LiftReference(dp.X[s], dp.Y[s]);
            // The pair algebra is PairHessian's (shared with the full model); here its coefficients meet vectors of
            // block values, and each group's term counts once per partner (CollapseInto).
            double wdw = refSpace.Dot(wHat, dw);
            var selfTerm = PairHessian.Self(rc.Self, a, wdw, da, trainable);
            var outW = new double[c + 2];
            PairSpace.AddScaled(outW, selfTerm.OnOwnDirection, dw);
            PairSpace.AddScaled(outW, selfTerm.OnOwnUnit, wHat);
            double outA = selfTerm.SecondLayer;
            var generic = new double[c];
            double special = 0;
            foreach (var gc in rc.Groups)
            {
                var g = gc.G;
                var sp = g.Space;
                bool row = g.OtherRow >= 0;
                var dwi = sp.LiftReference(dp.X[s], dp.Y[s]);
                var dwo = row ? sp.LiftOther(dp.X[g.OtherRow], dp.Y[g.OtherRow]) : null;
                var t = PairHessian.Pair(gc.Q, gc.Geometry, a, row ? a0.A[g.OtherRow] : -1, row,
                    sp.Dot(gc.U, dwi), sp.Dot(gc.O, dwi), row ? sp.Dot(gc.U, dwo!) : 0, row ? sp.Dot(gc.O, dwo!) : 0,
                    da, row ? dp.A[g.OtherRow] : 0, trainable);
                var f = new double[sp.Length];
                PairSpace.AddScaled(f, t.OnOwnDirection, dwi);
                if (row) PairSpace.AddScaled(f, t.OnPartnerDirection, dwo!);
                PairSpace.AddScaled(f, t.OnOwnUnit, gc.U);
                PairSpace.AddScaled(f, t.OnPartnerUnit, gc.O);
                outA += g.Count * t.SecondLayer;
                sp.CollapseInto(f, g.Count, generic, ref special);
            }
            for (int t = 0; t < c; t++) outW[t] += generic[t];
            outW[c] += special;
            Scatter(s, outW, outA, result);
        }
    }

    /// <summary>
    /// The compression Zᵀ (D^{-1/2} Jᵀ∇²L J D^{-1/2}) Z of the orthonormal-basis Hessian onto the columns of Z
    /// (vectors in orthonormal orbit coordinates), from one Hessian–vector product per column.
    /// </summary>
    public double[,] OrthonormalCompression(ReadOnlySpan<double> coords, IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var p = Read(coords, needDerivatives: true, nameof(coords));
        var cache = SecondOrder(p);
        var size = Layout.OrbitSizes();
        int m = Dimension, q = columns.Count;
        var images = new double[q][];
        var raw = new double[m];
        for (int j = 0; j < q; j++)
        {
            for (int i = 0; i < m; i++) raw[i] = columns[j][i] / Math.Sqrt(size[i]);
            var col = new double[m];
            Hvp(p, cache, raw, col);
            for (int i = 0; i < m; i++) col[i] /= Math.Sqrt(size[i]);
            images[j] = col;
        }
        var result = new double[q, q];
        for (int a = 0; a < q; a++)
            for (int b = 0; b < q; b++)
            {
                double sum = 0;
                for (int i = 0; i < m; i++) sum += columns[a][i] * images[b][i];
                result[a, b] = sum;
            }
        for (int a = 0; a < q; a++)
            for (int b = 0; b < a; b++) result[a, b] = result[b, a] = 0.5 * (result[a, b] + result[b, a]);
        return result;
    }

    /// <summary>The Hessian in these coordinates, Jᵀ∇²L J (symmetric), from one product per coordinate.</summary>
    public double[,] Hessian(ReadOnlySpan<double> coords)
    {
        var p = Read(coords, needDerivatives: true, nameof(coords));
        var cache = SecondOrder(p);
        int m = Dimension;
        var h = new double[m, m];
        var e = new double[m];
        var col = new double[m];
        for (int j = 0; j < m; j++)
        {
            Array.Clear(e);
            e[j] = 1;
            Hvp(p, cache, e, col);
            for (int i = 0; i < m; i++) h[i, j] = col[i];
        }
        for (int i = 0; i < m; i++)
            for (int j = 0; j < i; j++) h[i, j] = h[j, i] = 0.5 * (h[i, j] + h[j, i]);
        return h;
    }

    /// <summary>
    /// The Hessian in the orthonormal orbit basis (each orbit indicator divided by √size): D^{-1/2} Jᵀ∇²L J D^{-1/2},
    /// whose eigenvalues are eigenvalues of the full Hessian (the trivial isotypic component).
    /// </summary>
    public double[,] OrthonormalHessian(ReadOnlySpan<double> coords)
    {
        var h = Hessian(coords);
        var size = Layout.OrbitSizes();
        int m = Dimension;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < m; j++) h[i, j] /= Math.Sqrt(size[i] * size[j]);
        return h;
    }

    /// <summary>‖∇L‖ of the full model at the point: √(Σ_o g_o²/|o|) (the gradient is constant on each orbit).</summary>
    public double FullGradientNorm(ReadOnlySpan<double> gradient)
    {
        var size = Layout.OrbitSizes();
        double s = 0;
        for (int i = 0; i < gradient.Length; i++) s += gradient[i] * gradient[i] / size[i];
        return Math.Sqrt(s);
    }

    // ----- the full model at integer sizes -----

    /// <summary>
    /// The full model this loss restricts, at integer sizes: k = Σ rows, d = Σ columns, V = I_d (or the block-scalar
    /// teacher of the layout's scales). Not available with input scales (see <see cref="FullTeacher"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">A block size is not an integer.</exception>
    public TwoLayerPopulationLoss FullModel()
    {
        var (k, d) = IntegerShape();
        if (Layout.IsStandard) return TwoLayerPopulationLoss.IdentityTeacher(k, d, Layout.SecondLayerTrainable, Kernel);
        if (orbitScale.Any(v => v != 1))
            throw new InvalidOperationException("With input scales the full model is the standard-Gaussian loss of W·diag(σ); build it from FullTeacher and scale W.");
        return new TwoLayerPopulationLoss(Kernel, FullTeacher(), null, k, Layout.SecondLayerTrainable);
    }

    /// <summary>
    /// The teacher of the full model at integer sizes, V·diag(σ): diagonal, the column scale times the input
    /// standard deviation of each column block (columns in layout order).
    /// </summary>
    public double[,] FullTeacher()
    {
        var (_, d) = IntegerShape();
        var v = new double[d, d];
        int j = 0;
        for (int t = 0; t < c; t++)
            for (int l = 0; l < (int)Math.Round(Layout.ColumnSizes[t]); l++, j++) v[j, j] = teacherNorm[t];
        return v;
    }

    private (int K, int D) IntegerShape()
    {
        foreach (var size in Layout.RowSizes.Concat(Layout.ColumnSizes))
            if (Math.Abs(size - Math.Round(size)) > 1e-9)
                throw new InvalidOperationException($"Block size {size} is not an integer: the full model exists only at integer d.");
        return ((int)Math.Round(Layout.K), (int)Math.Round(Layout.D));
    }

    /// <summary>
    /// The full parameter vector Jc at integer sizes: row blocks and column blocks consecutive in layout order, the
    /// ℓ-th row of a coupled block paired with the ℓ-th column of its partner (as <see cref="Groups.Constructions.Young"/>).
    /// </summary>
    public double[] Embed(ReadOnlySpan<double> coords)
    {
        var (k, d) = IntegerShape();
        var p = Decode(coords);
        var layout = new ParameterLayout(k, d, Layout.SecondLayerTrainable);
        var x = new double[layout.Dimension];
        var colStart = new int[c];
        for (int t = 1; t < c; t++) colStart[t] = colStart[t - 1] + (int)Math.Round(Layout.ColumnSizes[t - 1]);
        int row = 0;
        for (int s = 0; s < r; s++)
        {
            int ps = (int)Math.Round(Layout.RowSizes[s]);
            for (int l = 0; l < ps; l++, row++)
            {
                for (int t = 0; t < c; t++)
                {
                    int qt = (int)Math.Round(Layout.ColumnSizes[t]);
                    for (int j = 0; j < qt; j++)
                        x[row * d + colStart[t] + j] = Layout.Partner[s] == t && j == l ? p.Y[s] : p.X[s][t];
                }
                if (Layout.SecondLayerTrainable) x[k * d + row] = p.A[s];
            }
        }
        return x;
    }
}
