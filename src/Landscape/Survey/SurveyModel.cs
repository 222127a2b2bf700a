using System.Globalization;
using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A run of input coordinates on which teacher and input distribution look alike: <see cref="Size"/> consecutive
/// columns with teacher rows c·eⱼ and input standard deviation σ. Permuting the columns of one class (with the
/// paired rows) is a symmetry of the loss; a class is a factor S_n of the joint symmetry.
/// </summary>
/// <param name="Size">Number of columns n ≥ 1.</param>
/// <param name="TeacherScale">c &gt; 0: the teacher is c·I_n on these columns.</param>
/// <param name="InputScale">σ &gt; 0: x ~ N(0, σ²·I_n) on these columns.</param>
public sealed record ColumnClass(int Size, double TeacherScale = 1, double InputScale = 1);

/// <summary>
/// The model a <see cref="LandscapeSurvey"/> explores: a two-layer network with k = d + m hidden units (m = <see cref="ExtraRows"/> ≥ 0), a pair kernel
/// (activation with Gaussian inputs), a diagonal block-scalar teacher V = ⊕ c_f·I_{n_f} and inputs N(0, ⊕ σ_f²·I_{n_f}),
/// second layer fixed to 1 or trained. Its joint symmetry (the isotropy of the teacher in S_k × S_d intersected with the
/// distribution's coordinate symmetry) acts on the columns as S_{n₁} × … × S_{n_c}, one factor per <see cref="ColumnClass"/>.
/// </summary>
public sealed record SurveyModel
{
    /// <summary>A model; adjacent classes with equal scales are merged (they form one symmetric factor).</summary>
    /// <exception cref="ArgumentException">No classes, a size below 1, a scale not positive, or d above <see cref="MaxD"/>.</exception>
    /// <param name="kernel">The pair kernel.</param>
    /// <param name="classes">The column classes.</param>
    /// <param name="secondLayerTrainable">Whether a trains.</param>
    /// <param name="extraRows">m = k − d ≥ 0: hidden units beyond the d paired with the columns (over-parameterised student).</param>
    public SurveyModel(IPairKernel kernel, IReadOnlyList<ColumnClass> classes, bool secondLayerTrainable = false, int extraRows = 0)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(classes);
        if (classes.Count == 0) throw new ArgumentException("A survey model needs at least one column class.", nameof(classes));
        var merged = new List<ColumnClass>();
        foreach (var c in classes)
        {
            if (c.Size < 1) throw new ArgumentException($"Column classes need at least one column; got {c.Size}.", nameof(classes));
            if (!(c.TeacherScale > 0 && double.IsFinite(c.TeacherScale)) || !(c.InputScale > 0 && double.IsFinite(c.InputScale)))
                throw new ArgumentException($"Teacher and input scales must be positive and finite; got c = {c.TeacherScale}, σ = {c.InputScale}.", nameof(classes));
            if (merged.Count > 0 && merged[^1].TeacherScale == c.TeacherScale && merged[^1].InputScale == c.InputScale)
                merged[^1] = merged[^1] with { Size = merged[^1].Size + c.Size };
            else merged.Add(c);
        }
        Kernel = kernel;
        Classes = merged;
        D = merged.Sum(c => c.Size);
        if (D > MaxD) throw new ArgumentException($"The survey handles d ≤ {MaxD}; got d = {D}.", nameof(classes));
        if (extraRows < 0 || extraRows > MaxExtraRows)
            throw new ArgumentException($"The extra rows m = k − d must be between 0 and {MaxExtraRows} (the survey's types need k ≥ d); got {extraRows}.", nameof(extraRows));
        SecondLayerTrainable = secondLayerTrainable;
        ExtraRows = extraRows;
        symmetryOrder = new Lazy<BigInteger>(() => Classes.Aggregate(Factorials.Of(K), (acc, c) => acc * Factorials.Of(c.Size)));
    }

    /// <summary>Largest d: the reduced model costs nothing in d, but orbit sizes and names are exact integers and type lists grow with d.</summary>
    public const int MaxD = 100_000;

    /// <summary>Most extra rows m = k − d: each is a row block of its own in the reduced model, so m stays small.</summary>
    public const int MaxExtraRows = 1000;

    /// <summary>Largest k = d + m any survey model has (<see cref="MaxD"/> + <see cref="MaxExtraRows"/>).</summary>
    public const int MaxK = MaxD + MaxExtraRows;

    /// <summary>Throws unless k hidden units fit a survey at input dimension d: k ≥ d and k − d ≤ <see cref="MaxExtraRows"/>.</summary>
    /// <param name="k">Hidden units.</param>
    /// <param name="d">Input dimension.</param>
    /// <exception cref="ArgumentException">k &lt; d (the survey's diagonal types pair d of the k rows with the d columns), or too many extra rows; the message gives both numbers.</exception>
    public static void CheckHiddenUnits(int k, int d)
    {
        if (k < d)
            throw new ArgumentException($"The survey searches diagonal isotropy types, which pair d of the k rows with the d columns and need k ≥ d; got k = {k}, d = {d}.", nameof(k));
        if (k - d > MaxExtraRows)
            throw new ArgumentException($"k may exceed d by at most {MaxExtraRows} (the extra rows m = k − d); got k = {k}, d = {d}.", nameof(k));
    }

    /// <summary>m = k − d, the hidden units beyond the d paired with the columns (0: k = d).</summary>
    public int ExtraRows { get; }

    /// <summary>k = d + m, the hidden units.</summary>
    public int K => D + ExtraRows;

    /// <summary>The identity teacher V = I_d with standard Gaussian inputs (joint symmetry S_d × S_d on the cells).</summary>
    public static SurveyModel Identity(IPairKernel kernel, int d, bool secondLayerTrainable = false, int extraRows = 0) =>
        new(kernel, new[] { new ColumnClass(d) }, secondLayerTrainable, extraRows);

    /// <summary>The pair kernel.</summary>
    public IPairKernel Kernel { get; }

    /// <summary>The column classes, in column order (adjacent equal classes merged).</summary>
    public IReadOnlyList<ColumnClass> Classes { get; }

    /// <summary>d, the input dimension (= the teacher's size).</summary>
    public int D { get; }

    /// <summary>Whether the second layer a trains.</summary>
    public bool SecondLayerTrainable { get; }

    /// <summary>True for V = I_d and N(0, I_d) inputs.</summary>
    public bool IsIdentity => Classes.Count == 1 && Classes[0].TeacherScale == 1 && Classes[0].InputScale == 1;

    /// <summary>|G| for the joint symmetry G = S_k × (S_{n₁} × … × S_{n_c}) acting on the rows and columns of W.</summary>
    public BigInteger SymmetryOrder => symmetryOrder.Value;

    // d!·Π|class|! has thousands of digits at d = 1000: computed once per model, not once per point reported.
    private readonly Lazy<BigInteger> symmetryOrder;

    /// <summary>Zero eigenvalues a minimum may have: k rescalings wᵢ → s·wᵢ, aᵢ → aᵢ/s of a positively homogeneous activation with a trained a.</summary>
    public int FlatDirections => SecondLayerTrainable && Kernel.PositivelyHomogeneous ? K : 0;

    /// <summary>The teacher V (d×d, diagonal) in column order.</summary>
    public double[,] Teacher()
    {
        var v = new double[D, D];
        int j = 0;
        foreach (var c in Classes)
            for (int l = 0; l < c.Size; l++, j++) v[j, j] = c.TeacherScale;
        return v;
    }

    /// <summary>The input standard deviations per column.</summary>
    public double[] InputDeviations() => Classes.SelectMany(c => Enumerable.Repeat(c.InputScale, c.Size)).ToArray();

    /// <summary>
    /// One line: "V = I_20", "V = I_10 ⊕ 2·I_10", with ", x ~ N(0, I_10 ⊕ 2·I_10)" when the inputs are not standard
    /// (the covariance, σ²).
    /// </summary>
    public string Describe()
    {
        static string Scaled(double s, int n) => s == 1 ? $"I_{n}" : $"{s.ToString("G6", CultureInfo.InvariantCulture)}·I_{n}";
        string teacher = "V = " + string.Join(" ⊕ ", Classes.Select(c => Scaled(c.TeacherScale, c.Size)));
        return Classes.All(c => c.InputScale == 1) ? teacher
            : teacher + ", x ~ N(0, " + string.Join(" ⊕ ", Classes.Select(c => Scaled(c.InputScale * c.InputScale, c.Size))) + ")";
    }

    /// <summary>
    /// A model from the diagonal of the teacher and of the input covariance (variances), one entry per column: the
    /// column classes are the runs of equal (teacher, variance) pairs.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, or equal pairs are not adjacent (the columns must be sorted so each class is one run).</exception>
    public static SurveyModel FromDiagonals(IPairKernel kernel, IReadOnlyList<double> teacher, IReadOnlyList<double>? variances, bool secondLayerTrainable = false,
        int extraRows = 0)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        if (variances is not null && variances.Count != teacher.Count)
            throw new ArgumentException($"The teacher has {teacher.Count} columns but the covariance {variances.Count}.", nameof(variances));
        var classes = new List<ColumnClass>();
        var seen = new HashSet<(double, double)>();
        for (int j = 0; j < teacher.Count; j++)
        {
            double v = variances?[j] ?? 1;
            if (!(v > 0)) throw new ArgumentException($"Variance {j + 1} is {v}; variances must be positive.", nameof(variances));
            var c = new ColumnClass(1, teacher[j], Math.Sqrt(v));
            if (classes.Count > 0 && classes[^1].TeacherScale == c.TeacherScale && classes[^1].InputScale == c.InputScale)
                classes[^1] = classes[^1] with { Size = classes[^1].Size + 1 };
            else
            {
                if (!seen.Add((c.TeacherScale, c.InputScale)))
                    throw new ArgumentException($"Column {j + 1} repeats the (teacher, variance) pair ({teacher[j]}, {v}) of an earlier run: " +
                                                "order the columns so that equal entries are adjacent (the survey's types are blocks of consecutive columns).");
                classes.Add(c);
            }
        }
        return new SurveyModel(kernel, classes, secondLayerTrainable, extraRows);
    }

    /// <summary>
    /// The diagonal written <c>blocks(n₁,n₂,…;v₁,v₂,…)</c>: n₁ entries v₁, then n₂ entries v₂, … (e.g. <c>blocks(10,10;1,2)</c> for
    /// I_10 ⊕ 2·I_10); <c>identity(d)</c> for d ones.
    /// </summary>
    /// <exception cref="FormatException">Not of that form, with what is expected.</exception>
    public static double[] ParseDiagonal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().Replace(" ", "", StringComparison.Ordinal);
        const string expected = "expected blocks(n1,n2,...;v1,v2,...) such as blocks(10,10;1,2) for I_10 ⊕ 2·I_10, or identity(d)";
        if (t.StartsWith("identity(", StringComparison.OrdinalIgnoreCase) && t.EndsWith(')'))
        {
            if (!int.TryParse(t[9..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int d) || d < 1 || d > MaxD)
                throw new FormatException($"'{text}': identity(d) needs 1 ≤ d ≤ {MaxD}.");
            return Enumerable.Repeat(1.0, d).ToArray();
        }
        if (!t.StartsWith("blocks(", StringComparison.OrdinalIgnoreCase) || !t.EndsWith(')')) throw new FormatException($"'{text}': {expected}.");
        var halves = t[7..^1].Split(';');
        if (halves.Length != 2) throw new FormatException($"'{text}': {expected}.");
        var sizes = halves[0].Split(',');
        var values = halves[1].Split(',');
        if (sizes.Length != values.Length) throw new FormatException($"'{text}': {sizes.Length} sizes but {values.Length} values; {expected}.");
        var result = new List<double>();
        for (int i = 0; i < sizes.Length; i++)
        {
            if (!int.TryParse(sizes[i], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1)
                throw new FormatException($"'{text}': block size '{sizes[i]}' is not a positive integer; {expected}.");
            if (!double.TryParse(values[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                throw new FormatException($"'{text}': value '{values[i]}' is not a number; {expected}.");
            if (result.Count + (long)n > MaxD) throw new FormatException($"'{text}': more than {MaxD} entries.");
            result.AddRange(Enumerable.Repeat(v, n));
        }
        return result.ToArray();
    }
}
