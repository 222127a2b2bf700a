using System.CommandLine;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli;

/// <summary>
/// The point argument of <c>loss</c>, <c>critical</c> and <c>spectrum</c>: <c>--point FILE|identity|random</c> and <c>--seed S</c>.
/// FILE holds the point as <see cref="PointFile"/> describes; <c>identity</c> is W = I (two-layer, k = d; a = 1 when it
/// trains), the global minimum for the identity teacher; <c>random</c> is a seeded random point — Xavier's initialization
/// of the papers' SGD protocol for two-layer models (<see cref="SgdRun.XavierInitialization"/>), entries N(0, 1/fan-in)
/// for deep nets (<see cref="DeepNetworkLoss.RandomPoint"/>).
/// </summary>
internal sealed class PointOptions
{
    public PointOptions(string? defaultPoint)
    {
        DefaultPoint = defaultPoint;
        Point = new Option<string>("--point")
        {
            Description = "The point: a file (two-layer: W as a k×d matrix, k×(d+1) with a as the last column with --second-layer; " +
                          "deep: the flat parameter vector), JSON or .npy; identity (W = I, k = d); or random (seeded by --seed)." +
                          (defaultPoint is null ? "" : $" Default {defaultPoint}."),
            Required = defaultPoint is null,
        };
    }

    /// <summary>The point used when <c>--point</c> is absent, or null when it is required.</summary>
    public string? DefaultPoint { get; }

    public Option<string> Point { get; }

    public Option<int> Seed { get; } = new("--seed") { Description = "Seed of random points and starts. Default 0.", DefaultValueFactory = _ => 0 };

    public IEnumerable<Option> All => new Option[] { Point, Seed };

    /// <summary>The file <c>--point</c> names, or null for identity, random or no --point.</summary>
    public string? FilePath(ParseResult parse) =>
        (parse.GetValue(Point) ?? DefaultPoint) is { } text && text is not ("identity" or "random") ? text : null;

    /// <summary>Whether <c>--point</c> was given on the command line.</summary>
    public bool Given(ParseResult parse) => parse.GetValue(Point) is not null;

    /// <summary>The point the options name for <paramref name="model"/>, and a short description of it.</summary>
    /// <exception cref="ArgumentException">Missing file, wrong shape, or identity for a model without W = I.</exception>
    public (double[] X, string Description) Resolve(ParseResult parse, IObjective model)
    {
        string text = parse.GetValue(Point) ?? DefaultPoint ?? throw new ArgumentException("--point is required: a file, identity or random.");
        int seed = parse.GetValue(Seed);
        var layout = model.Layout;
        switch (text)
        {
            case "identity":
                if (model is DeepNetworkLoss)
                    throw new ArgumentException("--point identity is W = I of a two-layer model; a deep model takes a parameter file or random.");
                if (layout.K != layout.D)
                    throw new ArgumentException($"--point identity is W = I, which needs k = d; got k = {layout.K}, d = {layout.D}.");
                var x = new double[layout.Dimension];
                for (int i = 0; i < layout.K; i++)
                {
                    x[layout.WeightIndex(i, i)] = 1;
                    if (layout.SecondLayerTrainable) x[layout.SecondLayerIndex(i)] = 1;
                }
                return (x, layout.SecondLayerTrainable ? "identity (W = I, a = 1)" : "identity (W = I)");
            case "random":
                if (model is DeepNetworkLoss deep) return (deep.RandomPoint(seed), $"random (entries N(0, 1/fan-in), seed {seed})");
                return (SgdRun.XavierInitialization(layout, new Random(seed)), $"random (Xavier initialization, seed {seed})");
            default:
                return (PointFile.Read(text, model), text);
        }
    }
}
