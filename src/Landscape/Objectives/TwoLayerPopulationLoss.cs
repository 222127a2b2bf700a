using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The population loss of a two-layer network against a teacher network of the same kind:
/// L(W, a) = ½ E_x (Σᵢ aᵢ σ(wᵢ·x) − Σⱼ uⱼ σ(vⱼ·x))², expanded through a pair kernel K(w, v) = E σ(w·x)σ(v·x):
/// L = ½ Σᵢᵢ' aᵢaᵢ' K(wᵢ, wᵢ') − Σᵢⱼ aᵢuⱼ K(wᵢ, vⱼ) + ½ Σⱼⱼ' uⱼuⱼ' K(vⱼ, vⱼ').
/// </summary>
/// <remarks>
/// <para>Cost: value and gradient O(k²d + kk'd); the Hessian–vector product the same, with two passes over
/// d per pair and no d×d block formed; the dense Hessian O((k + k')k d²) (small sizes only).</para>
/// <para>Zero rows: the value is continuous everywhere. When the kernel is not differentiable at 0 (ReLU), the
/// gradient, Hessian and Hessian–vector product refuse a point with a zero student row (an
/// <see cref="ArgumentException"/> naming the row): the one-sided limits differ by direction, so no
/// value would be honest. Zero teacher rows are fine (they contribute what the kernel says, 0 for ReLU).</para>
/// <para>With a fixed second layer a = 1. Thread-safe: no state changes after construction.</para>
/// </remarks>
public sealed class TwoLayerPopulationLoss : IObjective
{
    private readonly int k, d, kt;
    private readonly double[] teacher;      // k'×d row-major
    private readonly double[] teacherNorms;
    private readonly double[] u;
    private readonly double teacherConstant;
    private readonly Lazy<PermutationGroup> group;
    private readonly Lazy<PermutationGroup> columns;

    /// <summary>A student with <paramref name="k"/> hidden units against teacher rows V (k'×d) with output weights u.</summary>
    /// <param name="kernel">The pair kernel (activation and input distribution), e.g. <see cref="ReluGaussianKernel.Instance"/>.</param>
    /// <param name="teacherWeights">V ∈ M(k', d), k' ≥ 1.</param>
    /// <param name="teacherSecondLayer">u ∈ ℝ^{k'}; null means all ones.</param>
    /// <param name="k">Student hidden units.</param>
    /// <param name="secondLayerTrainable">Whether a ∈ ℝᵏ is a parameter (otherwise a = 1).</param>
    /// <exception cref="ArgumentException">Shapes disagree or an entry is not finite.</exception>
    public TwoLayerPopulationLoss(IPairKernel kernel, double[,] teacherWeights, double[]? teacherSecondLayer, int k, bool secondLayerTrainable = false)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(teacherWeights);
        Kernel = kernel;
        kt = teacherWeights.GetLength(0);
        d = teacherWeights.GetLength(1);
        if (kt < 1 || d < 1) throw new ArgumentException($"The teacher V must have at least one row and column; got {kt}×{d}.", nameof(teacherWeights));
        Layout = new ParameterLayout(k, d, secondLayerTrainable);
        this.k = k;
        teacher = new double[kt * d];
        for (int j = 0; j < kt; j++)
            for (int c = 0; c < d; c++)
            {
                double v = teacherWeights[j, c];
                if (!double.IsFinite(v)) throw new ArgumentException($"Teacher entry V[{j},{c}] is {v}; entries must be finite.", nameof(teacherWeights));
                teacher[j * d + c] = v;
            }
        u = teacherSecondLayer?.ToArray() ?? Enumerable.Repeat(1.0, kt).ToArray();
        if (u.Length != kt) throw new ArgumentException($"The teacher's second layer u must have k' = {kt} entries; got {u.Length}.", nameof(teacherSecondLayer));
        if (u.Any(x => !double.IsFinite(x))) throw new ArgumentException("The teacher's second layer u has a non-finite entry.", nameof(teacherSecondLayer));
        teacherNorms = new double[kt];
        for (int j = 0; j < kt; j++) teacherNorms[j] = VectorMath.Norm(TeacherRow(j));
        double t = 0;
        for (int j = 0; j < kt; j++)
        {
            t += 0.5 * u[j] * u[j] * kernel.Value(PairGeometry.Self(teacherNorms[j]));
            for (int j2 = j + 1; j2 < kt; j2++)
                t += u[j] * u[j2] * kernel.Value(PairGeometry.Of(TeacherRow(j), TeacherRow(j2), teacherNorms[j], teacherNorms[j2],
                    VectorMath.Dot(TeacherRow(j), TeacherRow(j2))));
        }
        teacherConstant = t;
        columns = new Lazy<PermutationGroup>(() => TeacherSymmetry.ColumnGroup(teacher, u, kt, d));
        group = new Lazy<PermutationGroup>(() =>
            MatrixCellAction.Of(Constructions.Symmetric(k), columns.Value, secondLayerTrainable));
    }

    /// <summary>The ReLU model with the identity teacher V = I_d, u = 1 (k' = d), the case of the papers.</summary>
    public static TwoLayerPopulationLoss IdentityTeacher(int k, int d, bool secondLayerTrainable = false, IPairKernel? kernel = null)
    {
        if (d < 1) throw new ArgumentException($"d must be at least 1; got {d}.", nameof(d));
        var v = new double[d, d];
        for (int i = 0; i < d; i++) v[i, i] = 1;
        return new TwoLayerPopulationLoss(kernel ?? ReluGaussianKernel.Instance, v, null, k, secondLayerTrainable);
    }

    /// <summary>The pair kernel.</summary>
    public IPairKernel Kernel { get; }

    /// <inheritdoc />
    public ParameterLayout Layout { get; }

    /// <summary>Number of teacher rows k'.</summary>
    public int TeacherRows => kt;

    /// <summary>Teacher row j (a copy).</summary>
    public double[] TeacherRowCopy(int j) => TeacherRow(j).ToArray();

    /// <summary>The teacher's output weights u (a copy).</summary>
    public double[] TeacherSecondLayer => u.ToArray();

    /// <summary>
    /// The column permutations the loss is declared invariant under: the group generated by the column
    /// transpositions that map the teacher (the multiset of rows (uⱼ, vⱼ)) to itself. For V = I_d it is S_d; in
    /// general a Young subgroup contained in the teacher's full column symmetry (symmetries that are not
    /// products of such transpositions, e.g. a cyclic shift alone, are not claimed).
    /// </summary>
    public PermutationGroup ColumnSymmetry => columns.Value;

    /// <summary>
    /// S_k (student rows, with a) × <see cref="ColumnSymmetry"/> in <see cref="MatrixCellAction"/>'s numbering.
    /// Row permutations are always symmetries; column permutations ρ are, when V's columns permuted by ρ give
    /// the same teacher up to a permutation of its rows, because x ↦ P_ρ x preserves the Gaussian.
    /// </summary>
    public PermutationGroup InvarianceGroup => group.Value;

    /// <inheritdoc />
    public int FlatDirections => Layout.SecondLayerTrainable && Kernel.PositivelyHomogeneous ? Layout.K : 0;

    private ReadOnlySpan<double> TeacherRow(int j) => teacher.AsSpan(j * d, d);

    /// <summary>
    /// Whether a permutation of parameter indices is in <see cref="InvarianceGroup"/>, decided structurally in
    /// O(n): it must be the lift of a row permutation π and a column permutation ρ (as
    /// <see cref="MatrixCellAction.Lift"/> builds), and ρ must keep each block of the Young subgroup
    /// <see cref="ColumnSymmetry"/>. No stabilizer chain of the k·d-point group is built.
    /// </summary>
    public bool IsSymmetry(Permutation g)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (g.Degree != Layout.Dimension) return false;
        var rows = new int[k];
        var cols = new int[d];
        for (int i = 0; i < k; i++)
        {
            int image = g[i * d];
            if (image >= k * d || image % d != g[0] % d) return false;
            rows[i] = image / d;
        }
        for (int j = 0; j < d; j++)
        {
            int image = g[j];
            if (image >= k * d || image / d != rows[0]) return false;
            cols[j] = image % d;
        }
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < d; j++)
                if (g[i * d + j] != rows[i] * d + cols[j]) return false;
            if (Layout.SecondLayerTrainable && g[k * d + i] != k * d + rows[i]) return false;
        }
        var block = new int[d];
        var orbits = ColumnSymmetry.Orbits;
        for (int o = 0; o < orbits.Length; o++)
            foreach (var j in orbits[o]) block[j] = o;
        for (int j = 0; j < d; j++)
            if (block[cols[j]] != block[j]) return false;
        return true;
    }

    // ----- the point: rows, norms, second layer -----

    private sealed class Point
    {
        public required double[] X;
        public required double[] Norms;
        public required double[] A;
    }

    private Point Read(ReadOnlySpan<double> x, bool needDerivatives, string name)
    {
        Layout.CheckLength(x.Length, name);
        var copy = x.ToArray();
        for (int i = 0; i < copy.Length; i++)
            if (!double.IsFinite(copy[i]))
                throw new ArgumentException($"Parameter {i} is {copy[i]}; the loss needs finite parameters.", name);
        var norms = new double[k];
        for (int i = 0; i < k; i++)
        {
            norms[i] = VectorMath.Norm(copy.AsSpan(i * d, d));
            if (needDerivatives && norms[i] == 0 && !Kernel.DifferentiableAtZero)
                throw new ArgumentException(
                    $"Row {i} of W is zero: the {Kernel.Name} loss is not differentiable there (its one-sided derivatives depend on the " +
                    "direction of approach). Move the row off zero.", name);
        }
        var a = new double[k];
        if (Layout.SecondLayerTrainable) Array.Copy(copy, k * d, a, 0, k);
        else Array.Fill(a, 1.0);
        return new Point { X = copy, Norms = norms, A = a };
    }

    private ReadOnlySpan<double> Row(Point p, int i) => p.X.AsSpan(i * d, d);

    private bool Parallelize => (long)k * (k + kt) * d > 4_000_000;

    private void ForEachRow(Action<int> body)
    {
        if (Parallelize) Parallel.For(0, k, body);
        else for (int i = 0; i < k; i++) body(i);
    }

    // ----- value -----

    /// <inheritdoc />
    /// <remarks>Computed from Gram matrices by <see cref="PopulationLossProducts"/>.</remarks>
    public double Value(ReadOnlySpan<double> x)
    {
        var p = Read(x, needDerivatives: false, nameof(x));
        return PopulationLossProducts.Evaluate(Kernel, k, d, kt, p.X, p.Norms, p.A, Layout.SecondLayerTrainable,
            teacher, teacherNorms, u, teacherConstant, gradient: null, Parallelize);
    }

    // ----- gradient -----

    /// <inheritdoc />
    /// <remarks>Computed as dense products by <see cref="PopulationLossProducts"/>.</remarks>
    public double Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        var p = Read(x, needDerivatives: true, nameof(x));
        if (gradient.Length != Layout.Dimension)
            throw new ArgumentException($"The gradient buffer must have {Layout.Dimension} entries; got {gradient.Length}.", nameof(gradient));
        var g = new double[Layout.Dimension];
        double value = PopulationLossProducts.Evaluate(Kernel, k, d, kt, p.X, p.Norms, p.A, Layout.SecondLayerTrainable,
            teacher, teacherNorms, u, teacherConstant, g, Parallelize);
        g.CopyTo(gradient);
        return value;
    }

    // ----- Hessian–vector product -----

    // Below this sin θ the n-direction terms (all O(sin θ)) are dropped instead of dividing by sin θ.
    private const double TinySin = 1e-150;

    /// <inheritdoc />
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        var p = Read(x, needDerivatives: true, nameof(x));
        Layout.CheckLength(v.Length, nameof(v));
        if (result.Length != Layout.Dimension)
            throw new ArgumentException($"The result buffer must have {Layout.Dimension} entries; got {result.Length}.", nameof(result));
        var dx = v.ToArray();
        var output = new double[Layout.Dimension];
        bool trainable = Layout.SecondLayerTrainable;
        ForEachRow(i => HvpRow(p, dx, output, trainable, i));
        output.CopyTo(result);
    }

    private void HvpRow(Point p, double[] dx, double[] output, bool trainable, int i)
    {
        var wi = Row(p, i);
        var xi = dx.AsSpan(i * d, d);
        var oi = output.AsSpan(i * d, d);
        double ai = p.A[i], ni = p.Norms[i];
        double dai = trainable ? dx[k * d + i] : 0;
        double wx = ni > 0 ? VectorMath.Dot(wi, xi) / ni : 0;   // ŵᵢ·Δwᵢ

        // Self term ½aᵢ² ∇²K(w,w): (A + B + Bᵀ + C) at θ = 0, where n vanishes.
        var self = Kernel.Derivatives(PairGeometry.Self(ni));
        double selfId = self.Ww.Identity + 2 * self.Wv.Identity + self.Vv.Identity;
        double selfWW = self.Ww.WW + 2 * self.Wv.WW + self.Vv.WW;
        double selfGrad = self.GradWAlongW + self.GradWAlongV + self.GradVAlongV + self.GradVAlongW; // ∇K(w,w) = selfGrad·ŵ
        double h = 0.5 * ai * ai;
        double coefX = h * selfId;                  // on Δwᵢ
        double coefW = h * selfWW * wx;             // on ŵᵢ
        // Gᵢ = ∂²L/∂wᵢ∂aᵢ = Σ aᵢ' ∇_wK(wᵢ,wᵢ') + aᵢ ∇K(wᵢ,wᵢ) − Σ uⱼ ∇_wK(wᵢ,vⱼ); kept as its ŵᵢ part plus the rest.
        double gUnit = ai * selfGrad;
        double gDotRest = 0;
        double outA = trainable ? self.Value * dai : 0;

        for (int i2 = 0; i2 < k; i2++)
        {
            if (i2 == i) continue;
            var w2 = Row(p, i2);
            var x2 = dx.AsSpan(i2 * d, d);
            double n2 = p.Norms[i2];
            var (wiw2, w2xi, wix2, w2x2) = VectorMath.Dot4(wi, w2, xi, x2);
            var geo = PairGeometry.Of(wi, w2, ni, n2, wiw2);
            var q = Kernel.Derivatives(geo);
            double c = ai * p.A[i2];
            // ô·Δwᵢ, ŵᵢ·Δwᵢ', ô·Δwᵢ' (ô = wᵢ'/|wᵢ'|)
            double oxi = n2 > 0 ? w2xi / n2 : 0, wx2 = ni > 0 ? wix2 / ni : 0, ox2 = n2 > 0 ? w2x2 / n2 : 0;
            double coefO = 0, coefX2 = 0;
            // A = ∂²K/∂w² applied to Δwᵢ, and B = ∂²K/∂w∂v applied to Δwᵢ'.
            Apply(q.Ww, geo, wx, oxi, c, ref coefX, ref coefW, ref coefO);
            Apply(q.Wv, geo, wx2, ox2, c, ref coefX2, ref coefW, ref coefO);
            if (trainable)
            {
                double da2 = dx[k * d + i2];
                // aᵢ ∇_wK(wᵢ,wᵢ') Δaᵢ' + aᵢ' ∇_wK(wᵢ,wᵢ') Δaᵢ (the second is part of Gᵢ Δaᵢ).
                coefW += (ai * da2 + p.A[i2] * dai) * q.GradWAlongW;
                coefO += (ai * da2 + p.A[i2] * dai) * q.GradWAlongV;
                gDotRest += p.A[i2] * (q.GradWAlongW * wx + q.GradWAlongV * oxi);
                outA += p.A[i2] * (q.GradVAlongV * ox2 + q.GradVAlongW * wx2) + q.Value * da2;
            }
            VectorMath.AddScaled2(oi, n2 > 0 ? coefO / n2 : 0, w2, coefX2, x2);
        }
        for (int j = 0; j < kt; j++)
        {
            var vj = TeacherRow(j);
            double nj = teacherNorms[j];
            var (wivj, vjxi) = VectorMath.Dot2(wi, vj, xi);
            var geo = PairGeometry.Of(wi, vj, ni, nj, wivj);
            var q = Kernel.Derivatives(geo);
            double c = -ai * u[j];
            double oxi = nj > 0 ? vjxi / nj : 0;
            double coefO = 0;
            Apply(q.Ww, geo, wx, oxi, c, ref coefX, ref coefW, ref coefO);
            if (trainable)
            {
                coefW += -u[j] * dai * q.GradWAlongW;
                coefO += -u[j] * dai * q.GradWAlongV;
                gDotRest -= u[j] * (q.GradWAlongW * wx + q.GradWAlongV * oxi);
            }
            if (nj > 0) VectorMath.AddScaled(oi, coefO / nj, vj);
        }
        if (trainable)
        {
            coefW += gUnit * dai;
            outA += gUnit * wx + gDotRest;
            output[k * d + i] = outA;
        }
        VectorMath.AddScaled2(oi, ni > 0 ? coefW / ni : 0, wi, coefX, xi);
    }

    /// <summary>
    /// Adds c·X·y for a frame block X of the pair (ŵ, ô), given ŵ·y and ô·y, as coefficients on y, ŵ and ô:
    /// n = (ô − cos θ ŵ)/sin θ, so n·y = (ô·y − cos θ ŵ·y)/sin θ. The n-coefficients of X are O(sin θ),
    /// so the division costs no accuracy.
    /// </summary>
    private static void Apply(in FrameBlock b, in PairGeometry g, double wy, double oy, double c,
        ref double coefY, ref double coefW, ref double coefO)
    {
        coefY += c * b.Identity;
        double ny = 0, beta = 0;
        if (g.Sin > TinySin)
        {
            ny = (oy - g.Cos * wy) / g.Sin;
            beta = (b.NW * wy + b.NN * ny) / g.Sin; // coefficient of (ô − cos θ ŵ)
        }
        coefW += c * (b.WW * wy + b.WN * ny - beta * g.Cos);
        coefO += c * beta;
    }

    // ----- dense Hessian -----

    /// <summary>The largest parameter dimension for which <see cref="Hessian"/> forms the dense matrix.</summary>
    public const int MaxDenseDimension = 6000;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The dimension exceeds <see cref="MaxDenseDimension"/>.</exception>
    public double[,] Hessian(ReadOnlySpan<double> x)
    {
        var p = Read(x, needDerivatives: true, nameof(x));
        int n = Layout.Dimension;
        if (n > MaxDenseDimension)
            throw new InvalidOperationException($"A dense Hessian of size {n} is not formed (limit {MaxDenseDimension}); use HessianVectorProduct.");
        var hess = new double[n, n];
        bool trainable = Layout.SecondLayerTrainable;
        var units = new double[k][];
        for (int i = 0; i < k; i++) units[i] = Unit(Row(p, i), p.Norms[i]);
        ForEachRow(i =>
        {
            // Each task writes only rows of its own unit i (and the aᵢ row).
            var wi = Row(p, i);
            double ai = p.A[i], ni = p.Norms[i];
            var ui = units[i];
            var frameN = new double[d];
            var self = Kernel.Derivatives(PairGeometry.Self(ni));
            var selfBlock = new FrameBlock(
                self.Ww.Identity + 2 * self.Wv.Identity + self.Vv.Identity, self.Ww.WW + 2 * self.Wv.WW + self.Vv.WW, 0, 0, 0);
            AddBlock(hess, i * d, i * d, selfBlock, 0.5 * ai * ai, ui, frameN);
            var gi = new double[d]; // ∂²L/∂wᵢ∂aᵢ
            double selfGrad = self.GradWAlongW + self.GradWAlongV + self.GradVAlongV + self.GradVAlongW;
            for (int t = 0; t < d; t++) gi[t] = ai * selfGrad * ui[t];
            if (trainable) hess[k * d + i, k * d + i] = self.Value;
            for (int i2 = 0; i2 < k; i2++)
            {
                if (i2 == i) continue;
                var w2 = Row(p, i2);
                var geo = PairGeometry.Of(wi, w2, ni, p.Norms[i2], VectorMath.Dot(wi, w2));
                var q = Kernel.Derivatives(geo);
                FrameNormal(ui, units[i2], geo, frameN);
                double c = ai * p.A[i2];
                AddBlock(hess, i * d, i * d, q.Ww, c, ui, frameN);
                AddBlock(hess, i * d, i2 * d, q.Wv, c, ui, frameN);
                if (trainable)
                {
                    for (int t = 0; t < d; t++)
                    {
                        double gw = q.GradWAlongW * ui[t] + q.GradWAlongV * units[i2][t];
                        gi[t] += p.A[i2] * gw;
                        hess[i * d + t, k * d + i2] = ai * gw;
                        // ∂²L/∂aᵢ∂wᵢ' = aᵢ' ∇_vK(wᵢ, wᵢ').
                        hess[k * d + i, i2 * d + t] = p.A[i2] * (q.GradVAlongV * units[i2][t] + q.GradVAlongW * ui[t]);
                    }
                    hess[k * d + i, k * d + i2] = q.Value;
                }
            }
            for (int j = 0; j < kt; j++)
            {
                var vj = TeacherRow(j);
                var geo = PairGeometry.Of(wi, vj, ni, teacherNorms[j], VectorMath.Dot(wi, vj));
                var q = Kernel.Derivatives(geo);
                var uj = Unit(vj, teacherNorms[j]);
                FrameNormal(ui, uj, geo, frameN);
                AddBlock(hess, i * d, i * d, q.Ww, -ai * u[j], ui, frameN);
                if (trainable)
                    for (int t = 0; t < d; t++) gi[t] -= u[j] * (q.GradWAlongW * ui[t] + q.GradWAlongV * uj[t]);
            }
            if (trainable)
                for (int t = 0; t < d; t++)
                {
                    hess[i * d + t, k * d + i] = gi[t];
                    hess[k * d + i, i * d + t] = gi[t];
                }
        });
        return hess;
    }

    private static double[] Unit(ReadOnlySpan<double> v, double norm)
    {
        var r = new double[v.Length];
        if (norm > 0) for (int t = 0; t < r.Length; t++) r[t] = v[t] / norm;
        return r;
    }

    // n: the unit vector ⊥ ŵ in span{ŵ, ô}, by explicit orthogonalization; 0 when (anti)parallel.
    private static void FrameNormal(double[] w, double[] o, in PairGeometry g, double[] n)
    {
        Array.Clear(n);
        if (g.Sin <= TinySin) return;
        double c = VectorMath.Dot(w, o), norm = 0;
        for (int t = 0; t < n.Length; t++) { n[t] = o[t] - c * w[t]; norm += n[t] * n[t]; }
        norm = Math.Sqrt(norm);
        if (norm == 0) return;
        for (int t = 0; t < n.Length; t++) n[t] /= norm;
    }

    private void AddBlock(double[,] h, int r0, int c0, in FrameBlock b, double c, double[] w, double[] n)
    {
        for (int s = 0; s < d; s++)
        {
            h[r0 + s, c0 + s] += c * b.Identity;
            double rowW = c * (b.WW * w[s] + b.NW * n[s]);
            double rowN = c * (b.WN * w[s] + b.NN * n[s]);
            for (int t = 0; t < d; t++) h[r0 + s, c0 + t] += rowW * w[t] + rowN * n[t];
        }
    }
}
