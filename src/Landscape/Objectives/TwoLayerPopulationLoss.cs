using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// The population loss of a two-layer network against a teacher network of the same kind:
/// L(W, a) = ½ E_x (Σᵢ aᵢ σ(wᵢ·x) − Σⱼ uⱼ σ(vⱼ·x))², expanded through a pair kernel K(w, v) = E σ(w·x)σ(v·x):
/// L = ½ Σᵢᵢ' aᵢaᵢ' K(wᵢ, wᵢ') − Σᵢⱼ aᵢuⱼ K(wᵢ, vⱼ) + ½ Σⱼⱼ' uⱼuⱼ' K(vⱼ, vⱼ').
/// </summary>
/// <remarks>
/// <para>Cost: value and gradient O(k²d + kk'd); the Hessian–vector product the same, with two passes over
/// d per pair and no d×d submatrix formed; the dense Hessian O((k + k')k d²) (small sizes only).</para>
/// <para>Zero rows: the value is continuous everywhere. When the kernel is not differentiable at 0 (ReLU), the
/// gradient, Hessian and Hessian–vector product refuse a point with a zero student row (an
/// <see cref="ArgumentException"/> naming the row): the one-sided limits differ by direction, so no
/// value would be honest. Zero teacher rows are fine (they contribute what the kernel says, 0 for ReLU).</para>
/// <para>With a fixed second layer a = 1. Thread-safe: no state changes after construction.</para>
/// </remarks>
public sealed class TwoLayerPopulationLoss : IReducibleObjective
{
    private readonly int studentUnits, inputDimension, teacherUnits; // k, d and k' of the papers
    private readonly double[] teacher;      // k'×d row-major
    private readonly double[] teacherNorms;
    private readonly double[] u;
    private readonly Lazy<double> teacherConstant; // ½ uᵀK(V,V)u: O(k'²d), so only when a value is asked for
    // The kernel every pair sum uses: K_τ when the kernel carries its activation's constant apart (IOffsetPairKernel),
    // whose terms OffsetLossTerms adds; the kernel itself otherwise.
    private readonly IPairKernel pairs;
    private readonly IOffsetPairKernel? offset;
    private readonly Lazy<(double Sum, double Mean)> teacherMean; // Σuⱼ and Σuⱼ m(|vⱼ|)
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
        teacherUnits = teacherWeights.GetLength(0);
        inputDimension = teacherWeights.GetLength(1);
        if (teacherUnits < 1 || inputDimension < 1) throw new ArgumentException($"The teacher V must have at least one row and column; got {teacherUnits}×{inputDimension}.", nameof(teacherWeights));
        Layout = new ParameterLayout(k, inputDimension, secondLayerTrainable);
        studentUnits = k;
        teacher = new double[teacherUnits * inputDimension];
        for (int j = 0; j < teacherUnits; j++)
            for (int c = 0; c < inputDimension; c++)
            {
                double v = teacherWeights[j, c];
                if (!double.IsFinite(v)) throw new ArgumentException($"Teacher entry V[{j},{c}] is {v}; entries must be finite.", nameof(teacherWeights));
                teacher[j * inputDimension + c] = v;
            }
        u = teacherSecondLayer?.ToArray() ?? Enumerable.Repeat(1.0, teacherUnits).ToArray();
        if (u.Length != teacherUnits) throw new ArgumentException($"The teacher's second layer u must have k' = {teacherUnits} entries; got {u.Length}.", nameof(teacherSecondLayer));
        if (u.Any(x => !double.IsFinite(x))) throw new ArgumentException("The teacher's second layer u has a non-finite entry.", nameof(teacherSecondLayer));
        teacherNorms = new double[teacherUnits];
        for (int j = 0; j < teacherUnits; j++) teacherNorms[j] = VectorMath.Norm(TeacherRow(j));
        offset = kernel as IOffsetPairKernel;
        pairs = offset?.Shifted ?? kernel;
        teacherMean = new Lazy<(double, double)>(() =>
        {
            double sum = 0, mean = 0;
            for (int j = 0; j < teacherUnits; j++)
            {
                sum += u[j];
                mean += u[j] * offset!.Mean(teacherNorms[j]).Value;
            }
            return (sum, mean);
        });
        teacherConstant = new Lazy<double>(() =>
        {
            var kernel = pairs;
            double t = 0;
            for (int j = 0; j < teacherUnits; j++)
            {
                t += 0.5 * u[j] * u[j] * kernel.Value(PairGeometry.Self(teacherNorms[j]));
                for (int j2 = j + 1; j2 < teacherUnits; j2++)
                    t += u[j] * u[j2] * kernel.Value(PairGeometry.Of(TeacherRow(j), TeacherRow(j2), teacherNorms[j], teacherNorms[j2],
                        VectorMath.Dot(TeacherRow(j), TeacherRow(j2))));
            }
            return t;
        });
        columns = new Lazy<PermutationGroup>(() => TeacherSymmetry.ColumnGroup(teacher, u, teacherUnits, inputDimension));
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
    public int TeacherRows => teacherUnits;

    /// <summary>Teacher row j (a copy).</summary>
    public double[] TeacherRowCopy(int j) => TeacherRow(j).ToArray();

    /// <summary>The diagonal of V when V is square (k' = d) and zero off the diagonal, else null; O(k'd), no copies of rows.</summary>
    public double[]? TeacherDiagonal()
    {
        if (teacherUnits != inputDimension) return null;
        var diagonal = new double[inputDimension];
        for (int j = 0; j < teacherUnits; j++)
        {
            var row = TeacherRow(j);
            diagonal[j] = row[j];
            if (row[..j].ContainsAnyExcept(0.0) || row[(j + 1)..].ContainsAnyExcept(0.0)) return null;
        }
        return diagonal;
    }

    /// <inheritdoc />
    /// <remarks>Standard Gaussian inputs: every σⱼ = 1.</remarks>
    public ReducibleTerms? ReducibleTerms()
    {
        if (Layout.K != inputDimension || u.Any(x => x != 1) || TeacherDiagonal() is not { } diagonal || diagonal.Any(t => !(t > 0))) return null;
        // With a separated constant the reduced model gets K_τ, exact when Σa = Σu = d, i.e. for a fixed second layer.
        if (offset is not null && Layout.SecondLayerTrainable) return null;
        return new ReducibleTerms(pairs, diagonal, Enumerable.Repeat(1.0, inputDimension).ToArray());
    }

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

    private ReadOnlySpan<double> TeacherRow(int j) => teacher.AsSpan(j * inputDimension, inputDimension);

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
        var rows = new int[studentUnits];
        var cols = new int[inputDimension];
        for (int i = 0; i < studentUnits; i++)
        {
            int image = g[i * inputDimension];
            if (image >= studentUnits * inputDimension || image % inputDimension != g[0] % inputDimension) return false;
            rows[i] = image / inputDimension;
        }
        for (int j = 0; j < inputDimension; j++)
        {
            int image = g[j];
            if (image >= studentUnits * inputDimension || image / inputDimension != rows[0]) return false;
            cols[j] = image % inputDimension;
        }
        for (int i = 0; i < studentUnits; i++)
        {
            for (int j = 0; j < inputDimension; j++)
                if (g[i * inputDimension + j] != rows[i] * inputDimension + cols[j]) return false;
            if (Layout.SecondLayerTrainable && g[studentUnits * inputDimension + i] != studentUnits * inputDimension + rows[i]) return false;
        }
        var orbitOf = new int[inputDimension];
        var orbits = ColumnSymmetry.Orbits;
        for (int o = 0; o < orbits.Length; o++)
            foreach (var j in orbits[o]) orbitOf[j] = o;
        for (int j = 0; j < inputDimension; j++)
            if (orbitOf[cols[j]] != orbitOf[j]) return false;
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
        var norms = new double[studentUnits];
        for (int i = 0; i < studentUnits; i++)
        {
            norms[i] = VectorMath.Norm(copy.AsSpan(i * inputDimension, inputDimension));
            if (needDerivatives && norms[i] == 0 && !Kernel.DifferentiableAtZero)
                throw new ArgumentException(
                    $"Row {i} of W is zero: the {Kernel.Name} loss is not differentiable there (its one-sided derivatives depend on the " +
                    "direction of approach). Move the row off zero.", name);
        }
        var a = new double[studentUnits];
        if (Layout.SecondLayerTrainable) Array.Copy(copy, studentUnits * inputDimension, a, 0, studentUnits);
        else Array.Fill(a, 1.0);
        return new Point { X = copy, Norms = norms, A = a };
    }

    private ReadOnlySpan<double> Row(Point p, int i) => p.X.AsSpan(i * inputDimension, inputDimension);

    private bool Parallelize => (long)studentUnits * (studentUnits + teacherUnits) * inputDimension > 4_000_000;

    private void ForEachRow(Action<int> body)
    {
        if (Parallelize) Parallel.For(0, studentUnits, body);
        else for (int i = 0; i < studentUnits; i++) body(i);
    }

    // ----- value -----

    /// <inheritdoc />
    /// <remarks>Computed from Gram matrices by <see cref="PopulationLossProducts"/>.</remarks>
    public double Value(ReadOnlySpan<double> x)
    {
        var p = Read(x, needDerivatives: false, nameof(x));
        double value = PopulationLossProducts.Evaluate(pairs, studentUnits, inputDimension, teacherUnits, p.X, p.Norms, p.A, Layout.SecondLayerTrainable,
            teacher, teacherNorms, u, teacherConstant.Value, gradient: null, Parallelize);
        return OffsetTerms(p) is { } terms ? value + terms.Value() : value;
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
        double value = PopulationLossProducts.Evaluate(pairs, studentUnits, inputDimension, teacherUnits, p.X, p.Norms, p.A, Layout.SecondLayerTrainable,
            teacher, teacherNorms, u, teacherConstant.Value, g, Parallelize);
        if (OffsetTerms(p) is { } terms)
        {
            value += terms.Value();
            terms.AddGradient(p.X, inputDimension, Layout.SecondLayerTrainable, g);
        }
        g.CopyTo(gradient);
        return value;
    }

    // ----- Hessian–vector product -----

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
        OffsetTerms(p)?.AddHessianVector(p.X, p.Norms, inputDimension, trainable, dx, output);
        output.CopyTo(result);
    }

    private void HvpRow(Point p, double[] dx, double[] output, bool trainable, int i)
    {
        var wi = Row(p, i);
        var xi = dx.AsSpan(i * inputDimension, inputDimension);
        var oi = output.AsSpan(i * inputDimension, inputDimension);
        double ai = p.A[i], ni = p.Norms[i];
        double dai = trainable ? dx[studentUnits * inputDimension + i] : 0;
        double wx = ni > 0 ? VectorMath.Dot(wi, xi) / ni : 0;   // ŵᵢ·Δwᵢ

        // The pair algebra is PairHessian's (shared with the reduced model); here its coefficients meet vectors in ℝᵈ.
        var selfTerm = PairHessian.Self(pairs.Derivatives(PairGeometry.Self(ni)), ai, wx, dai, trainable);
        double coefX = selfTerm.OnOwnDirection, coefW = selfTerm.OnOwnUnit, outA = selfTerm.SecondLayer;

        for (int i2 = 0; i2 < studentUnits; i2++)
        {
            if (i2 == i) continue;
            var w2 = Row(p, i2);
            var x2 = dx.AsSpan(i2 * inputDimension, inputDimension);
            double n2 = p.Norms[i2];
            var (wiw2, w2xi, wix2, w2x2) = VectorMath.Dot4(wi, w2, xi, x2);
            var geo = PairGeometry.Of(wi, w2, ni, n2, wiw2);
            // ô·Δwᵢ, ŵᵢ·Δwᵢ', ô·Δwᵢ' (ô = wᵢ'/|wᵢ'|)
            double oxi = n2 > 0 ? w2xi / n2 : 0, wx2 = ni > 0 ? wix2 / ni : 0, ox2 = n2 > 0 ? w2x2 / n2 : 0;
            var t = PairHessian.Pair(pairs.Derivatives(geo), geo, ai, p.A[i2], partnerMoves: true, wx, oxi, wx2, ox2,
                dai, trainable ? dx[studentUnits * inputDimension + i2] : 0, trainable);
            coefX += t.OnOwnDirection;
            coefW += t.OnOwnUnit;
            outA += t.SecondLayer;
            VectorMath.AddScaled2(oi, n2 > 0 ? t.OnPartnerUnit / n2 : 0, w2, t.OnPartnerDirection, x2);
        }
        for (int j = 0; j < teacherUnits; j++)
        {
            var vj = TeacherRow(j);
            double nj = teacherNorms[j];
            var (wivj, vjxi) = VectorMath.Dot2(wi, vj, xi);
            var geo = PairGeometry.Of(wi, vj, ni, nj, wivj);
            double oxi = nj > 0 ? vjxi / nj : 0;
            var t = PairHessian.Pair(pairs.Derivatives(geo), geo, ai, -u[j], partnerMoves: false, wx, oxi, 0, 0, dai, 0, trainable);
            coefX += t.OnOwnDirection;
            coefW += t.OnOwnUnit;
            outA += t.SecondLayer;
            if (nj > 0) VectorMath.AddScaled(oi, t.OnPartnerUnit / nj, vj);
        }
        if (trainable) output[studentUnits * inputDimension + i] = outA;
        VectorMath.AddScaled2(oi, ni > 0 ? coefW / ni : 0, wi, coefX, xi);
    }

    // ----- dense Hessian -----

    /// <summary>The largest parameter dimension for which <see cref="Hessian"/> forms the dense matrix.</summary>
    public const int MaxDenseDimension = 6000;

    /// <inheritdoc />
    /// <remarks>
    /// The dense Hessian keeps its own pair-term code on purpose: it does not go through <see cref="PairHessian"/>, which the
    /// Hessian–vector product and <see cref="ReducedPopulationLoss"/> share, so that it stays an independent oracle the tests
    /// check both of them (and every spectrum path) against.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The dimension exceeds <see cref="MaxDenseDimension"/>.</exception>
    public double[,] Hessian(ReadOnlySpan<double> x)
    {
        var p = Read(x, needDerivatives: true, nameof(x));
        int n = Layout.Dimension;
        if (n > MaxDenseDimension)
            throw new InvalidOperationException($"A dense Hessian of size {n} is not formed (limit {MaxDenseDimension}); use HessianVectorProduct.");
        var hess = new double[n, n];
        bool trainable = Layout.SecondLayerTrainable;
        var units = new double[studentUnits][];
        for (int i = 0; i < studentUnits; i++) units[i] = Unit(Row(p, i), p.Norms[i]);
        ForEachRow(i =>
        {
            // Each task writes only rows of its own unit i (and the aᵢ row).
            var wi = Row(p, i);
            double ai = p.A[i], ni = p.Norms[i];
            var ui = units[i];
            var frameN = new double[inputDimension];
            var self = pairs.Derivatives(PairGeometry.Self(ni));
            var selfTerm = new FrameMatrix(
                self.Ww.Identity + 2 * self.Wv.Identity + self.Vv.Identity, self.Ww.WW + 2 * self.Wv.WW + self.Vv.WW, 0, 0, 0);
            AddFrameTerm(hess, i * inputDimension, i * inputDimension, selfTerm, 0.5 * ai * ai, ui, frameN);
            var gi = new double[inputDimension]; // ∂²L/∂wᵢ∂aᵢ
            double selfGrad = self.GradWAlongW + self.GradWAlongV + self.GradVAlongV + self.GradVAlongW;
            for (int t = 0; t < inputDimension; t++) gi[t] = ai * selfGrad * ui[t];
            if (trainable) hess[studentUnits * inputDimension + i, studentUnits * inputDimension + i] = self.Value;
            for (int i2 = 0; i2 < studentUnits; i2++)
            {
                if (i2 == i) continue;
                var w2 = Row(p, i2);
                var geo = PairGeometry.Of(wi, w2, ni, p.Norms[i2], VectorMath.Dot(wi, w2));
                var q = pairs.Derivatives(geo);
                FrameNormal(ui, units[i2], geo, frameN);
                double c = ai * p.A[i2];
                AddFrameTerm(hess, i * inputDimension, i * inputDimension, q.Ww, c, ui, frameN);
                AddFrameTerm(hess, i * inputDimension, i2 * inputDimension, q.Wv, c, ui, frameN);
                if (trainable)
                {
                    for (int t = 0; t < inputDimension; t++)
                    {
                        double gw = q.GradWAlongW * ui[t] + q.GradWAlongV * units[i2][t];
                        gi[t] += p.A[i2] * gw;
                        hess[i * inputDimension + t, studentUnits * inputDimension + i2] = ai * gw;
                        // ∂²L/∂aᵢ∂wᵢ' = aᵢ' ∇_vK(wᵢ, wᵢ').
                        hess[studentUnits * inputDimension + i, i2 * inputDimension + t] = p.A[i2] * (q.GradVAlongV * units[i2][t] + q.GradVAlongW * ui[t]);
                    }
                    hess[studentUnits * inputDimension + i, studentUnits * inputDimension + i2] = q.Value;
                }
            }
            for (int j = 0; j < teacherUnits; j++)
            {
                var vj = TeacherRow(j);
                var geo = PairGeometry.Of(wi, vj, ni, teacherNorms[j], VectorMath.Dot(wi, vj));
                var q = pairs.Derivatives(geo);
                var uj = Unit(vj, teacherNorms[j]);
                FrameNormal(ui, uj, geo, frameN);
                AddFrameTerm(hess, i * inputDimension, i * inputDimension, q.Ww, -ai * u[j], ui, frameN);
                if (trainable)
                    for (int t = 0; t < inputDimension; t++) gi[t] -= u[j] * (q.GradWAlongW * ui[t] + q.GradWAlongV * uj[t]);
            }
            if (trainable)
                for (int t = 0; t < inputDimension; t++)
                {
                    hess[i * inputDimension + t, studentUnits * inputDimension + i] = gi[t];
                    hess[studentUnits * inputDimension + i, i * inputDimension + t] = gi[t];
                }
        });
        OffsetTerms(p)?.AddHessian(p.X, p.Norms, inputDimension, trainable, hess);
        return hess;
    }

    // The terms of the separated constant (IOffsetPairKernel), or null when the kernel carries none.
    private OffsetLossTerms? OffsetTerms(Point p) =>
        offset is null ? null : new OffsetLossTerms(offset, p.Norms, p.A, teacherMean.Value.Sum, teacherMean.Value.Mean);

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
        if (g.Sin <= PairHessian.TinySin) return;
        double c = VectorMath.Dot(w, o), norm = 0;
        for (int t = 0; t < n.Length; t++) { n[t] = o[t] - c * w[t]; norm += n[t] * n[t]; }
        norm = Math.Sqrt(norm);
        if (norm == 0) return;
        for (int t = 0; t < n.Length; t++) n[t] /= norm;
    }

    private void AddFrameTerm(double[,] h, int r0, int c0, in FrameMatrix b, double c, double[] w, double[] n)
    {
        for (int s = 0; s < inputDimension; s++)
        {
            h[r0 + s, c0 + s] += c * b.Identity;
            double rowW = c * (b.WW * w[s] + b.NW * n[s]);
            double rowN = c * (b.WN * w[s] + b.NN * n[s]);
            for (int t = 0; t < inputDimension; t++) h[r0 + s, c0 + t] += rowW * w[t] + rowN * n[t];
        }
    }
}
