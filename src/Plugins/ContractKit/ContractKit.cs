using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;
using Microsoft.FSharp.Core;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The contract test kit: checks with FsCheck-generated cases that a model (any <see cref="IObjective"/>) keeps the
/// promises the library relies on — its loss is invariant under the claimed group, its gradient is equivariant and
/// matches finite differences, its Hessian is symmetric, matches finite differences of the gradient and commutes with
/// the isotropy group at fixed points. Failures are shrunk to a short group element and a point near a fixed generic
/// base point and explained in words. For a model evaluated through a <see cref="GaussianQuadratureKernel"/> it also
/// reports the kernel's estimated quadrature error at the base point (<see cref="LossQuadratureError"/>), which fails
/// above <see cref="ContractOptions.QuadratureTolerance"/>.
/// </summary>
/// <remarks>
/// <para>Use from a plug-in's own xunit tests: <c>ContractKit.Check(model).ThrowIfFailed();</c>, or with a claim to
/// test, <c>ContractKit.Check(model, new ContractOptions { Claim = MatrixCellAction.Full(k, d) })</c>.</para>
/// <para>A case is a word in the claimed group's generators (shrinking drops letters) and a small integer
/// perturbation δ of a seeded Gaussian base point x₀ (shrinking moves it to 0), x = x₀ + δ/8, plus a coordinate
/// index for finite differences. Group elements act on vectors by (g·x)[g(i)] = x[i]. For Monte Carlo objectives
/// (<see cref="IMonteCarloObjective"/>) invariance and equivariance are tested within
/// <see cref="ContractOptions.StandardErrors"/> standard errors, and the isotropy property is not run (a finite
/// sample is not exactly symmetric).</para>
/// </remarks>
public static partial class ContractKit
{
    /// <summary>Runs every property against <paramref name="model"/> and returns the report (it never throws on a violation; see <see cref="ContractReport.ThrowIfFailed"/>).</summary>
    /// <exception cref="ArgumentException">Invalid options, or a claimed group of the wrong degree.</exception>
    public static ContractReport Check(IObjective model, ContractOptions? options = null, string? modelDescription = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new ContractOptions();
        options.Validate();
        int n = model.Layout.Dimension;
        var group = options.Claim ?? model.InvarianceGroup;
        if (group.Degree != n)
            throw new ArgumentException($"The claimed group acts on {group.Degree} points but the model has {n} parameters.");
        var run = new Run(model, options, group);
        var results = new List<PropertyResult>
        {
            run.Invariance(),
            run.Equivariance(),
            run.GradientFiniteDifferences(),
        };
        results.AddRange(run.HessianProperties());
        if (run.QuadratureError() is { } quadrature) results.Add(quadrature);
        string groupText = (options.ClaimDescription ?? (options.Claim is null ? "declared by the model" : "claimed")) +
                           $", order {group.Order}, {group.Generators.Length} generators";
        return new ContractReport(modelDescription ?? model.GetType().Name + $" (k = {model.Layout.K}, d = {model.Layout.D})", groupText, results);
    }

    /// <summary>One generated case: a word in the generators, a perturbation of the base point, a coordinate.</summary>
    private sealed record Case(int[] Word, int[] Delta, int Coordinate);

    private sealed class Run
    {
        private readonly IObjective model;
        private readonly ContractOptions options;
        private readonly PermutationGroup group;
        private readonly double[] basePoint;
        private readonly int n;
        private readonly IMonteCarloObjective? monteCarlo;

        public Run(IObjective model, ContractOptions options, PermutationGroup group)
        {
            this.model = model;
            this.options = options;
            this.group = group;
            n = model.Layout.Dimension;
            monteCarlo = model as IMonteCarloObjective;
            var rng = new Random(options.Seed);
            basePoint = new double[n];
            Sampling.FillGaussian(rng, basePoint);
            for (int i = 0; i < n; i++) basePoint[i] *= options.PointScale;
            // A trainable second layer starts near 1, where the papers' models live.
            if (model.Layout.SecondLayerTrainable)
                for (int i = 0; i < model.Layout.K; i++) basePoint[model.Layout.K * model.Layout.D + i] += 1;
        }

        // ----- generation, shrinking and running -----

        // Generators that move something; an identity generator tests nothing.
        private int[] Moving => Enumerable.Range(0, group.Generators.Length).Where(i => !group.Generators[i].IsIdentity).ToArray();

        private bool HasSymmetries => Moving.Length > 0;

        private Arbitrary<Case> Cases(bool usesGroup)
        {
            int[] moving = Moving;
            // A word whose product is the identity is a vacuous case (g·x = x): it is never generated and never a shrink.
            var word = moving.Length == 0 ? Gen.Constant(Array.Empty<int>())
                : Gen.Choose(1, 4).SelectMany(len => Gen.ArrayOf(Gen.Elements(moving), len)).Where(w => !usesGroup || !IsIdentity(w));
            var delta = Gen.ArrayOf(Gen.Choose(-4, 4), n);
            var gen = word.SelectMany(w => delta.SelectMany(dl => Gen.Choose(0, n - 1).Select(c => new Case(w, dl, c))));
            return Arb.From(gen, c => Shrink(c).Where(s => !usesGroup || !IsIdentity(s.Word)));
        }

        private bool IsIdentity(int[] word)
        {
            var g = Permutation.Identity(n);
            foreach (var letter in word) g *= group.Generators[letter];
            return g.IsIdentity;
        }

        private static IEnumerable<Case> Shrink(Case c)
        {
            for (int i = 0; i < c.Word.Length && c.Word.Length > 1; i++)
                yield return c with { Word = c.Word.Where((_, j) => j != i).ToArray() };
            if (c.Delta.Any(x => x != 0))
            {
                yield return c with { Delta = new int[c.Delta.Length] };
                for (int i = 0; i < c.Delta.Length; i++)
                    if (c.Delta[i] != 0)
                    {
                        var d = (int[])c.Delta.Clone();
                        d[i] = 0;
                        yield return c with { Delta = d };
                    }
            }
            if (c.Coordinate > 0) yield return c with { Coordinate = 0 };
        }

        private double[] PointOf(Case c)
        {
            var x = (double[])basePoint.Clone();
            for (int i = 0; i < n; i++) x[i] += c.Delta[i] / 8.0;
            return x;
        }

        private Permutation ElementOf(Case c)
        {
            var g = Permutation.Identity(n);
            foreach (var letter in c.Word) g *= group.Generators[letter];
            return g;
        }

        /// <summary>Runs a property; the check returns null when the case passes, otherwise the explanation.</summary>
        private PropertyResult Property(ContractProperty property, bool usesGroup, Func<Case, string?> check, string note = "")
        {
            Counterexample? last = null;
            int cases = 0;
            bool Body(Case c)
            {
                cases++;
                string? failure;
                try
                {
                    failure = check(c);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or ArithmeticException)
                {
                    failure = $"the model threw {e.GetType().Name}: {e.Message}";
                }
                if (failure is null) return true;
                var g = usesGroup ? ElementOf(c) : null;
                last = new Counterexample(g, PointOf(c), Describe(g, PointOf(c), failure));
                return false;
            }
            // The group is generated by its generators, so a claim is true exactly when each generator is a symmetry: every
            // generator is tried alone at the base point before any random word, and a false claim cannot slip through
            // a few unlucky (or vacuous) random cases.
            if (usesGroup)
                foreach (int gen in Moving)
                    if (!Body(new Case([gen], new int[n], 0)))
                        return new PropertyResult(property, ContractReport.Fail, cases, note, last);
            var config = Config.QuickThrowOnFailure.WithQuietOnSuccess(true).WithMaxTest(options.Trials)
                .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd((ulong)options.Seed + 0x5EED, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
            try
            {
                FsCheck.Check.One(config, Prop.ForAll(Cases(usesGroup), (Func<Case, bool>)Body));
                return new PropertyResult(property, ContractReport.Pass, cases, note, null);
            }
            catch (Exception) when (last is not null)
            {
                return new PropertyResult(property, ContractReport.Fail, cases, note, last);
            }
        }

        // ----- the properties -----

        public PropertyResult Invariance()
        {
            if (!HasSymmetries) return Trivial(ContractProperty.LossInvariance);
            return Property(ContractProperty.LossInvariance, true, c =>
            {
                var x = PointOf(c);
                var g = ElementOf(c);
                double a = model.Value(x), b = model.Value(Act(g, x));
                double tol = monteCarlo is null
                    ? options.Tolerance * (1 + Math.Abs(a))
                    : options.StandardErrors * Math.Sqrt(2) * monteCarlo.StandardError(x) + 1e-12 * (1 + Math.Abs(a));
                return Math.Abs(a - b) <= tol ? null
                    : $"L(x) = {ContractText.Value(a)} but L(g·x) = {ContractText.Value(b)}: they differ by {ContractText.Magnitude(Math.Abs(a - b))}, more than the tolerance {ContractText.Magnitude(tol)}.";
            }, monteCarlo is null ? "" : $"within {options.StandardErrors} standard errors");
        }

        public PropertyResult Equivariance()
        {
            if (!HasSymmetries) return Trivial(ContractProperty.GradientEquivariance);
            return Property(ContractProperty.GradientEquivariance, true, c =>
            {
                var x = PointOf(c);
                var g = ElementOf(c);
                var gx = Gradient(x);
                var expected = Act(g, gx);
                var actual = Gradient(Act(g, x));
                double[]? se = monteCarlo?.GradientStandardError(x);
                double scale = 1 + MaxAbs(gx);
                for (int i = 0; i < n; i++)
                {
                    double tol = se is null ? options.Tolerance * scale : options.StandardErrors * Math.Sqrt(2) * se[g.Inverse()[i]] + 1e-12 * scale;
                    if (Math.Abs(actual[i] - expected[i]) > tol)
                        return $"∇L(g·x) should be g·∇L(x), but entry {Cell(i)} is {ContractText.Value(actual[i])} where g·∇L(x) has {ContractText.Value(expected[i])} " +
                               $"(difference {ContractText.Magnitude(Math.Abs(actual[i] - expected[i]))}, tolerance {ContractText.Magnitude(tol)}).";
                }
                return null;
            }, monteCarlo is null ? "" : $"within {options.StandardErrors} standard errors");
        }

        public PropertyResult GradientFiniteDifferences()
        {
            // Central differences of L carry L's own rounding, about ε|L|/h: when that exceeds the tolerance (a loss holding a
            // huge constant, such as softplus's (log 2/β)²(Σa − Σu)²/2 at tiny β) they can neither confirm nor refute the
            // gradient, so the check is reported as not run, with the reason, instead of failing a true claim.
            double value = Math.Abs(model.Value(basePoint)), step = options.FiniteDifferenceStep;
            // A few units in the last place of L per evaluation (L is itself a rounded sum), over the 2h of the difference.
            double rounding = 4 * (Math.BitIncrement(value) - value) / (2 * step);
            double floorTolerance = options.FiniteDifferenceTolerance * (1 + MaxAbs(Gradient(basePoint)));
            if (rounding > floorTolerance)
                return new PropertyResult(ContractProperty.GradientMatchesFiniteDifferences, ContractReport.NotRun, 0,
                    $"|L| = {ContractText.Value(value)} rounds central differences (step {ContractText.Magnitude(step)}) to about " +
                    $"{ContractText.Magnitude(rounding)}, above the tolerance {ContractText.Magnitude(floorTolerance)}", null);
            return Property(ContractProperty.GradientMatchesFiniteDifferences, false, c =>
            {
                var x = PointOf(c);
                var g = Gradient(x);
                double scale = 1 + MaxAbs(g), h = options.FiniteDifferenceStep, tol = options.FiniteDifferenceTolerance * scale;
                // One coordinate (shrinkable to the first) and one dense direction (catches any wrong entry).
                var e = new double[n];
                e[c.Coordinate] = 1;
                double fd = Directional(x, e, h), analytic = g[c.Coordinate];
                if (Math.Abs(fd - analytic) > tol && !AgreesAtSmallerSteps(x, e, analytic, tol))
                    return $"∂L/∂{Cell(c.Coordinate)} is {ContractText.Value(analytic)} but central differences (step {ContractText.Magnitude(h)}) give {ContractText.Value(fd)} " +
                           $"(difference {ContractText.Magnitude(Math.Abs(fd - analytic))}, tolerance {ContractText.Magnitude(tol)}), and so do smaller and one-sided steps.";
                var r = Direction(c);
                fd = Directional(x, r, h);
                analytic = Dot(g, r);
                tol *= Math.Sqrt(n);
                return Math.Abs(fd - analytic) <= tol || AgreesAtSmallerSteps(x, r, analytic, tol) ? null
                    : $"the derivative along a random unit direction is {ContractText.Value(analytic)} by the gradient but {ContractText.Value(fd)} by central differences " +
                      $"(difference {ContractText.Magnitude(Math.Abs(fd - analytic))}, tolerance {ContractText.Magnitude(tol)}); the coordinate checked alone was fine, so another entry is off.";
            });
        }

        public IEnumerable<PropertyResult> HessianProperties()
        {
            if (n > options.MaxHessianDimension)
            {
                string why = $"dimension {n} > {options.MaxHessianDimension}";
                yield return new PropertyResult(ContractProperty.HessianSymmetric, ContractReport.NotRun, 0, why, null);
                yield return new PropertyResult(ContractProperty.HessianMatchesFiniteDifferences, ContractReport.NotRun, 0, why, null);
                yield return new PropertyResult(ContractProperty.HessianCommutesWithIsotropy, ContractReport.NotRun, 0, why, null);
                yield break;
            }
            yield return Property(ContractProperty.HessianSymmetric, false, c =>
            {
                var x = PointOf(c);
                var h = model.Hessian(x);
                double tol = options.Tolerance * (1 + MaxAbs(h));
                for (int i = 0; i < n; i++)
                    for (int j = i + 1; j < n; j++)
                        if (Math.Abs(h[i, j] - h[j, i]) > tol)
                            return $"H[{Cell(i)}, {Cell(j)}] = {ContractText.Value(h[i, j])} but H[{Cell(j)}, {Cell(i)}] = {ContractText.Value(h[j, i])} (tolerance {ContractText.Magnitude(tol)}).";
                return null;
            });
            yield return Property(ContractProperty.HessianMatchesFiniteDifferences, false, c =>
            {
                var x = PointOf(c);
                var h = model.Hessian(x);
                double step = options.FiniteDifferenceStep, tol = options.FiniteDifferenceTolerance * (1 + MaxAbs(h));
                int j = c.Coordinate;
                var xp = (double[])x.Clone(); xp[j] += step;
                var xm = (double[])x.Clone(); xm[j] -= step;
                var gp = Gradient(xp);
                var gm = Gradient(xm);
                double[]? g0 = null;
                for (int i = 0; i < n; i++)
                {
                    double fd = (gp[i] - gm[i]) / (2 * step);
                    if (Math.Abs(fd - h[i, j]) > tol && !HessianAgreesAtSmallerSteps(x, j, i, h[i, j], tol, g0 ??= Gradient(x)))
                        return $"H[{Cell(i)}, {Cell(j)}] = {ContractText.Value(h[i, j])} but central differences of the gradient give {ContractText.Value(fd)} " +
                               $"(difference {ContractText.Magnitude(Math.Abs(fd - h[i, j]))}, tolerance {ContractText.Magnitude(tol)}), and so do smaller and one-sided steps.";
                }
                var r = Direction(c);
                var hv = new double[n];
                model.HessianVectorProduct(x, r, hv);
                for (int i = 0; i < n; i++)
                {
                    double dense = 0;
                    for (int t = 0; t < n; t++) dense += h[i, t] * r[t];
                    if (Math.Abs(dense - hv[i]) > tol * Math.Sqrt(n))
                        return $"the Hessian–vector product disagrees with the dense Hessian at entry {Cell(i)}: {ContractText.Value(hv[i])} vs {ContractText.Value(dense)}.";
                }
                return null;
            });
            if (monteCarlo is not null)
            {
                yield return new PropertyResult(ContractProperty.HessianCommutesWithIsotropy, ContractReport.NotRun, 0,
                    "Monte Carlo: a finite sample is not exactly symmetric", null);
                yield break;
            }
            if (!HasSymmetries)
            {
                yield return Trivial(ContractProperty.HessianCommutesWithIsotropy);
                yield break;
            }
            yield return Property(ContractProperty.HessianCommutesWithIsotropy, true, c =>
            {
                var g = ElementOf(c);
                var x = FixedBy(g, PointOf(c));
                var h = model.Hessian(x);
                double tol = options.Tolerance * (1 + MaxAbs(h));
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++)
                        if (Math.Abs(h[g[i], g[j]] - h[i, j]) > tol)
                            return $"at a point fixed by g (x averaged over the cycles of g), H[{Cell(i)}, {Cell(j)}] = {ContractText.Value(h[i, j])} but " +
                                   $"H[{Cell(g[i])}, {Cell(g[j])}] = {ContractText.Value(h[g[i], g[j]])}, so the Hessian does not commute with g (tolerance {ContractText.Magnitude(tol)}).";
                return null;
            }, "at points averaged over ⟨g⟩");
        }

        // Not an FsCheck property: the estimate is deterministic and its worst pair is reported as is; the base point
        // stands for the region the other properties sample (x₀ + δ/8, |δ| ≤ 4).
        public PropertyResult? QuadratureError()
        {
            if (LossQuadratureError.At(model, basePoint) is not { } q) return null;
            var k = q.Kernel;
            string rule = k.Step is { } step ? $"fixed step {ContractText.Value(step)}"
                : k.Activation.KinkAtOrigin ? "polar rule"
                : k.Graded ? "graded rule"
                : $"step {k.StepFor(q.WorstPair.NormW, q.WorstPair.NormV).ToString("G4", CultureInfo.InvariantCulture)}, δ = {k.HalfWidth!.Value.ToString("G4", CultureInfo.InvariantCulture)} " +
                  (k.Calibration is not null ? "calibrated" : k.HalfWidth == k.Activation.AnalyticHalfWidth ? "declared" : "given");
            string note = $"estimated {ContractText.Magnitude(q.Worst.RelativeError)} relative at x₀ ({rule})";
            if (q.Worst.RelativeError <= options.QuadratureTolerance)
                return new PropertyResult(ContractProperty.KernelQuadratureError, ContractReport.Pass, q.Pairs, note, null);
            var g = q.WorstPair;
            string why = $"the pair kernel {k.Name} has an estimated quadrature error of {ContractText.Magnitude(q.Worst.MaxError)} ({ContractText.Magnitude(q.Worst.RelativeError)} relative, " +
                         $"tolerance {ContractText.Magnitude(options.QuadratureTolerance)}) at |w| = {ContractText.Value(g.NormW)}, |v| = {ContractText.Value(g.NormV)}, cos θ = {ContractText.Value(g.Cos)} ({rule}): " +
                         "declare a smaller Activation.AnalyticHalfWidth, pass a smaller halfWidth or step to GaussianQuadratureKernel, or check that σ is smooth.";
            return new PropertyResult(ContractProperty.KernelQuadratureError, ContractReport.Fail, q.Pairs, note,
                new Counterexample(null, (double[])basePoint.Clone(), Describe(null, basePoint, why)));
        }

        private static PropertyResult Trivial(ContractProperty p) => new(p, ContractReport.Pass, 0, "trivial group: nothing to check", null);

        // ----- helpers -----

        private double[] Gradient(double[] x)
        {
            var g = new double[n];
            model.Gradient(x, g);
            return g;
        }

        private double Directional(double[] x, double[] r, double h)
        {
            var p = (double[])x.Clone();
            var m = (double[])x.Clone();
            for (int i = 0; i < n; i++) { p[i] += h * r[i]; m[i] -= h * r[i]; }
            return (model.Value(p) - model.Value(m)) / (2 * h);
        }

        // A sampled loss of a kinked activation (ReLU on a Monte Carlo sample) is only piecewise smooth: its kinks lie
        // about 1/N apart, so a central difference of step 1e-5 often straddles one and is wrong by O(1) for the Hessian.
        // A kink is stepped around by ever smaller steps, and a kink on one side by the one-sided difference on the other.
        // A wrong derivative disagrees at every step, so this never hides a real error.
        private IEnumerable<double> SmallerSteps()
        {
            double h = options.FiniteDifferenceStep;
            for (int i = 0; i < 4; i++) yield return h /= 10;
        }

        private bool AgreesAtSmallerSteps(double[] x, double[] r, double analytic, double tol)
        {
            double l0 = model.Value(x);
            foreach (double h in SmallerSteps())
            {
                double lp = model.Value(Moved(x, r, h)), lm = model.Value(Moved(x, r, -h));
                if (Math.Abs((lp - lm) / (2 * h) - analytic) <= tol || Math.Abs((lp - l0) / h - analytic) <= tol || Math.Abs((l0 - lm) / h - analytic) <= tol)
                    return true;
            }
            return false;
        }

        private bool HessianAgreesAtSmallerSteps(double[] x, int j, int i, double analytic, double tol, double[] g0)
        {
            var e = new double[n];
            e[j] = 1;
            foreach (double h in SmallerSteps())
            {
                double gp = Gradient(Moved(x, e, h))[i], gm = Gradient(Moved(x, e, -h))[i];
                if (Math.Abs((gp - gm) / (2 * h) - analytic) <= tol || Math.Abs((gp - g0[i]) / h - analytic) <= tol || Math.Abs((g0[i] - gm) / h - analytic) <= tol)
                    return true;
            }
            return false;
        }

        private double[] Moved(double[] x, double[] r, double h)
        {
            var y = (double[])x.Clone();
            for (int i = 0; i < n; i++) y[i] += h * r[i];
            return y;
        }

        private double[] Direction(Case c)
        {
            var rng = new Random(options.Seed * 7919 + c.Coordinate);
            var r = new double[n];
            Sampling.FillGaussian(rng, r);
            double norm = Math.Sqrt(Dot(r, r));
            for (int i = 0; i < n; i++) r[i] /= norm;
            return r;
        }

        private static double[] Act(Permutation g, double[] x)
        {
            var y = new double[x.Length];
            for (int i = 0; i < x.Length; i++) y[g[i]] = x[i];
            return y;
        }

        // The average of x over ⟨g⟩: each coordinate replaced by the mean over its cycle.
        private static double[] FixedBy(Permutation g, double[] x)
        {
            var y = (double[])x.Clone();
            foreach (var cycle in g.Cycles())
            {
                double mean = cycle.Average(i => x[i]);
                foreach (var i in cycle) y[i] = mean;
            }
            return y;
        }

        private static double Dot(double[] a, double[] b)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
            return s;
        }

        private static double MaxAbs(double[] a) => a.Length == 0 ? 0 : a.Max(Math.Abs);

        private static double MaxAbs(double[,] a)
        {
            double m = 0;
            foreach (var v in a) m = Math.Max(m, Math.Abs(v));
            return m;
        }

        private string Cell(int index) => model is IParameterNames names ? names.ParameterName(index) : ContractText.Cell(model.Layout, index);

        private string Describe(Permutation? g, double[] x, string failure)
        {
            var sb = new StringBuilder();
            if (g is not null) sb.Append($"with g = {(model is IParameterNames ? g + " on parameter indices" : ContractText.Element(model.Layout, g))} ");
            sb.Append($"at x = {(model is IParameterNames ? "[" + string.Join(' ', x.Select(v => v.ToString("G4", CultureInfo.InvariantCulture))) + "]" : ContractText.Point(model.Layout, x))}: ");
            sb.Append(failure);
            return sb.ToString();
        }

    }
}
