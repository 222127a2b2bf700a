using System.CommandLine;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli;

/// <summary>
/// The options every command that takes a model shares — <c>--model</c>, <c>--activation</c>, <c>--distribution</c>,
/// <c>--teacher</c>, <c>--k</c>, <c>--d</c>, <c>--second-layer</c> — and how they become an <see cref="IObjective"/>.
/// </summary>
internal sealed class ModelOptions
{
    public Option<string> Model { get; } = new("--model") { Description = "Model spec: two-layer (default), two-layer(samples=N,seed=S), or deep(widths=20-20,activation=tanh,bias=true,samples=1000,seed=0)." };
    public Option<string> Activation { get; } = new("--activation") { Description = "Activation spec: relu (default), leaky-relu(alpha=0.01), softplus(beta=1), erf, tanh, gelu." };
    public Option<string> Distribution { get; } = new("--distribution") { Description = "Input distribution spec: gaussian (default), gaussian(cov=FILE), uniform(a,b), uniform(shift=C)." };
    public Option<string> Teacher { get; } = new("--teacher") { Description = "Teacher weights V (k'×d): a JSON or .npy matrix file, or rows of numbers as text; default the identity I_d." };
    public SizeOption K { get; } = SizeOption.UpTo("--k", "Hidden units k (two-layer); default the --point file's rows, or d;", ModelRequest.MaxSize);
    public SizeOption D { get; } = SizeOption.UpTo("--d", "Input dimension d; default the teacher's columns, the --point file's shape, or 4;", ModelRequest.MaxSize);
    public Option<bool> SecondLayer { get; } = new("--second-layer") { Description = "Train the second layer a as well (two-layer)." };

    public IEnumerable<Option> All => new Option[] { Model, Activation, Distribution, Teacher, K.Option, D.Option, SecondLayer };

    public const int DefaultD = 4;

    /// <summary>The teacher of <c>--teacher</c>, or null when it is not given.</summary>
    public double[,]? TeacherOf(ParseResult parse)
    {
        if (parse.GetValue(Teacher) is not { } file) return null;
        return Input.MatrixFile.ReadTeacher(file);
    }

    /// <summary>The model, activation and distribution specs resolved (<see cref="ModelRequest.Resolve"/>).</summary>
    public (ModelSpec Spec, Activation Activation, IInputDistribution Distribution) Specs(ParseResult parse) =>
        ModelRequest.Resolve(parse.GetValue(Model), parse.GetValue(Activation), parse.GetValue(Distribution));

    /// <summary>
    /// The model request for sizes the command decided, with <c>--teacher</c> (checked to have d columns; <paramref name="teacher"/>
    /// when already read) and <c>--second-layer</c> (<paramref name="secondLayer"/> for a command without that option).
    /// </summary>
    /// <exception cref="ArgumentException">The teacher's columns differ from d.</exception>
    public ModelRequest Request(ParseResult parse, (ModelSpec Spec, Activation Activation, IInputDistribution Distribution) specs, int d, int k, double[,]? teacher = null, bool? secondLayer = null)
    {
        teacher ??= TeacherOf(parse);
        if (teacher is not null && teacher.GetLength(1) != d)
            throw new ArgumentException($"The teacher has {teacher.GetLength(1)} columns but --d is {d}.");
        return new ModelRequest
        {
            Spec = specs.Spec, Activation = specs.Activation, Distribution = specs.Distribution, D = d, K = k, Teacher = teacher,
            SecondLayer = secondLayer ?? parse.GetValue(SecondLayer),
        };
    }

    /// <summary>
    /// The model the options name, and a one-line description. When <paramref name="point"/> names a file and
    /// <c>--d</c> (or <c>--k</c>) is absent, the size comes from the file's shape rather than the default, so a point
    /// written by <c>critical --out</c> reads back without repeating its sizes.
    /// </summary>
    public (IObjective Model, string Description) Build(ParseResult parse, PointOptions? point = null)
    {
        var specs = Specs(parse);
        double[,]? teacher = TeacherOf(parse);
        var (fileD, fileK) = D.Given(parse) is null || K.Given(parse) is null ? SizesFromFile(point?.FilePath(parse), specs.Spec, parse.GetValue(SecondLayer)) : (null, null);
        int d = D.Value(parse, teacher?.GetLength(1) ?? specs.Distribution.Dimension ?? fileD ?? DefaultD);
        var request = Request(parse, specs, d, k: 0, teacher);
        // A deep model's widths come from its spec; k is a two-layer size.
        return request.IsDeep ? request.Objective() : (request with { K = K.Value(parse, fileK ?? d) }).Objective();
    }

    /// <summary>
    /// The SGD problem the options name (<see cref="ModelRequest.Sgd"/>) for <c>sgd</c>: a two-layer model of
    /// <paramref name="d"/> inputs and <paramref name="k"/> (default d) hidden units, or a deep(...) net against its teacher
    /// network — which takes none of the two-layer options, so giving one is refused rather than silently ignored.
    /// </summary>
    /// <exception cref="ArgumentException">A two-layer option with a deep model, or a spec or size is invalid.</exception>
    public SgdProblem Sgd(ParseResult parse, int d, SizeOption k)
    {
        var specs = Specs(parse);
        RefuseTwoLayerOptions(parse, specs.Spec, k);
        int hidden = specs.Spec.Kind == ModelKind.Deep ? 0 : k.Value(parse, d);
        return Request(parse, specs, d, hidden).Sgd();
    }

    /// <summary>
    /// With a deep(...) <paramref name="spec"/>, refuses the two-layer options the command was given (<paramref name="k"/>,
    /// <c>--teacher</c>, and <c>--second-layer</c> where the command has it) rather than ignoring them: the one check and
    /// wording for every command that trains models (sgd, experiment).
    /// </summary>
    /// <exception cref="ArgumentException">A two-layer option with a deep model; the message names the option.</exception>
    public void RefuseTwoLayerOptions(ParseResult parse, ModelSpec spec, SizeOption k)
    {
        if (spec.Kind != ModelKind.Deep) return;
        if (k.Given(parse) is not null) throw new ArgumentException($"{k.Option.Name} is the hidden units of a two-layer model; a deep(...) model takes its widths from the spec, e.g. deep(widths=8-8).");
        if (parse.GetValue(Teacher) is not null) throw new ArgumentException("--teacher is a two-layer teacher; a deep(...) model is trained against its own teacher network (layered identity when every width equals d, else seeded random).");
        if (parse.GetResult(SecondLayer) is not null && parse.GetValue(SecondLayer)) throw new ArgumentException("--second-layer is for two-layer models; every layer of a deep(...) model trains.");
    }

    /// <summary>
    /// d and k as the shape of a point file implies: a two-layer file is k×d (k×(d+1) with the second layer); a deep
    /// net's flat vector of n parameters fixes d_0 through n = d_1·d_0 + (parameters not touching the input). Null when
    /// there is no file or the shape implies nothing sensible (then the file's shape error comes later, from reading it).
    /// </summary>
    private static (int? D, int? K) SizesFromFile(string? path, ModelSpec spec, bool trainable)
    {
        if (path is null) return (null, null);
        var (rows, columns) = PointFile.Shape(path);
        if (spec.Kind == ModelKind.Deep)
        {
            if (rows != 1 && columns != 1) return (null, null);
            var hidden = spec.HiddenWidths;
            long one = DeepNetwork.ParameterCount([1, .. hidden, 1], spec.Bias), two = DeepNetwork.ParameterCount([2, .. hidden, 1], spec.Bias);
            long perInput = two - one, rest = one - perInput, n = (long)rows * columns;
            return n > rest && (n - rest) % perInput == 0 ? ((int)Math.Min((n - rest) / perInput, int.MaxValue), null) : (null, null);
        }
        int d = columns - (trainable ? 1 : 0);
        return (d >= 1 ? d : null, rows >= 1 ? rows : null);
    }
}
