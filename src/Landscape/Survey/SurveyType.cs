using System.Numerics;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// A diagonal Young type inside a survey model's joint symmetry: ΔS_{p₁} × … × ΔS_{p_r} with every block inside one
/// column class (<see cref="Classes"/>[i] is the class of block i). Blocks are listed class by class, largest first
/// within a class, so <c>ΔS_9×ΔS_1×ΔS_10</c> for V = I_10 ⊕ 2·I_10 cuts the first class into 9 + 1 and keeps the second.
/// Block i occupies consecutive rows and columns, the i-th row of a block paired with its i-th column. With k = d + m
/// (<see cref="SurveyModel.ExtraRows"/>) the m extra rows come last and form one more block, permuted among themselves
/// (S_m on rows only): the Young types of S_k × S_d whose row blocks are the diagonal ones plus the extra rows.
/// </summary>
public sealed record SurveyType
{
    /// <summary>A type from its block sizes and their classes.</summary>
    /// <exception cref="ArgumentException">The blocks do not fill the model's classes exactly.</exception>
    public SurveyType(SurveyModel model, IReadOnlyList<int> parts, IReadOnlyList<int> classes)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(classes);
        if (parts.Count != classes.Count || parts.Count == 0) throw new ArgumentException("One class per block is needed.", nameof(classes));
        for (int f = 0; f < model.Classes.Count; f++)
        {
            int sum = Enumerable.Range(0, parts.Count).Where(i => classes[i] == f).Sum(i => parts[i]);
            if (sum != model.Classes[f].Size || parts.Any(p => p < 1))
                throw new ArgumentException($"The blocks of class {f + 1} add up to {sum}, but the class has {model.Classes[f].Size} columns.", nameof(parts));
        }
        var order = Enumerable.Range(0, parts.Count).OrderBy(i => classes[i]).ThenByDescending(i => parts[i]).ToArray();
        Parts = order.Select(i => parts[i]).ToArray();
        Classes = order.Select(i => classes[i]).ToArray();
        Model = model;
    }

    /// <summary>The model.</summary>
    public SurveyModel Model { get; }

    /// <summary>Block sizes p₁, …, p_r (class by class, largest first).</summary>
    public IReadOnlyList<int> Parts { get; }

    /// <summary>The column class of each block.</summary>
    public IReadOnlyList<int> Classes { get; }

    /// <summary>Number of blocks r.</summary>
    public int BlockCount => Parts.Count;

    /// <summary>m = k − d extra rows, permuted among themselves by S_m (the model's <see cref="SurveyModel.ExtraRows"/>).</summary>
    public int ExtraRows => Model.ExtraRows;

    /// <summary>|ΔS_{p₁} × … × ΔS_{p_r} (× S_m)| = Π pᵢ! (· m!).</summary>
    public BigInteger Order => Parts.Aggregate(Factorials.Of(ExtraRows), (acc, p) => acc * Factorials.Of(p));

    /// <summary>The name, e.g. ΔS_9×ΔS_1, with " × S_m (extra rows)" when k = d + m.</summary>
    public string Name => DiagonalYoungTypes.Name(Parts) + (ExtraRows > 0 ? ExtraRowsSuffix(ExtraRows) : "");

    /// <summary>The name's suffix for m extra rows.</summary>
    public static string ExtraRowsSuffix(int m) => $" × S_{m} (extra rows)";

    /// <summary>The layout of its fixed space: one coupled factor per block, with its class's scales, then the extra rows (rows only).</summary>
    public FixedSpaceLayout Layout() => new(Enumerable.Range(0, Parts.Count).Select(i => new LayoutFactor(FactorKind.Coupled, new double[] { Parts[i] })
    {
        TeacherScale = Model.Classes[Classes[i]].TeacherScale,
        InputScale = Model.Classes[Classes[i]].InputScale,
    }).Concat(ExtraRows > 0 ? new[] { new LayoutFactor(FactorKind.RowsOnly, new double[] { ExtraRows }) } : Array.Empty<LayoutFactor>()).ToArray(),
        Model.SecondLayerTrainable);

    /// <summary>dim Fix(type) in M(k,d) (⊕ ℝᵏ with the second layer).</summary>
    public int FixedDimension => Layout().Dimension;

    /// <summary>
    /// Parses a type name (<see cref="DiagonalYoungTypes.Parse"/> syntax: <c>ΔS_9×ΔS_1</c>, <c>S_9 x S_1</c>) and places its
    /// blocks class by class in the order written.
    /// </summary>
    /// <exception cref="FormatException">Not a type name.</exception>
    /// <exception cref="ArgumentException">The parts do not add up to d, or a block straddles two classes (not inside the joint symmetry).</exception>
    public static SurveyType Parse(SurveyModel model, string name)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(name);
        // With extra rows the suffix is optional: every type has them.
        var suffix = ExtraRowsSuffix(model.ExtraRows).Trim();
        if (model.ExtraRows > 0 && name.TrimEnd().EndsWith(suffix, StringComparison.Ordinal))
            name = name.TrimEnd()[..^suffix.Length].TrimEnd().TrimEnd('×', 'x').TrimEnd();
        var parts = DiagonalYoungTypes.Parse(name, model.D);
        var classes = new int[parts.Length];
        int f = 0, left = model.Classes[0].Size;
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] > left)
                throw new ArgumentException(
                    $"The type {DiagonalYoungTypes.Name(parts)} is not inside the joint symmetry of {model.Describe()}: block {i + 1} (size {parts[i]}) " +
                    $"would straddle column classes; write the blocks class by class, each class's blocks adding up to its size " +
                    $"({string.Join(", ", model.Classes.Select(c => c.Size))}).", nameof(name));
            classes[i] = f;
            left -= parts[i];
            if (left == 0 && f + 1 < model.Classes.Count) left = model.Classes[++f].Size;
        }
        return new SurveyType(model, parts, classes);
    }
}
