using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// Resolves spec strings to plug-ins: activations (<c>relu</c>, <c>leaky-relu(alpha=0.01)</c>, <c>softplus(beta=2)</c>, …),
/// input distributions (<c>gaussian</c>, <c>gaussian(cov=FILE)</c>, <c>uniform(-1,1)</c>, <c>uniform(shift=1)</c>) and
/// model kinds (<c>two-layer</c>, <c>deep(widths=20-20-20,activation=tanh)</c>). Unknown names and bad parameters raise
/// <see cref="ArgumentException"/> (malformed text <see cref="FormatException"/>) whose message lists what would work.
/// </summary>
public static class PluginRegistry
{
    /// <summary>Everything the registry resolves.</summary>
    public static IReadOnlyList<PluginDescription> Available { get; } = new[]
    {
        new PluginDescription("activation", "relu", "max(z, 0); closed-form Gaussian kernel"),
        new PluginDescription("activation", "leaky-relu(alpha=0.01)", "z for z > 0, alpha·z otherwise; polar quadrature"),
        new PluginDescription("activation", "softplus(beta=1)", "log(1 + e^(beta·z))/beta, any beta ≥ 1e-307; trapezoidal or graded quadrature, relu beyond"),
        new PluginDescription("activation", "erf", "erf(z); closed-form Gaussian kernel"),
        new PluginDescription("activation", "tanh", "tanh(z); trapezoidal quadrature"),
        new PluginDescription("activation", "gelu", "z·Φ(z); trapezoidal quadrature"),
        new PluginDescription("distribution", "gaussian", "N(0, I_d); exact pair kernels"),
        new PluginDescription("distribution", "gaussian(cov=FILE)", "N(0, Σ) with Σ read from FILE (rows of numbers); exact kernels at (Lᵀw, Lᵀv)"),
        new PluginDescription("distribution", "uniform(a,b)", "U([a,b]^d), e.g. uniform(-1,1); Monte Carlo loss"),
        new PluginDescription("distribution", "uniform(shift=C)", "Arjevani & Field's shifted cube U([-1+C,1+C]^d); Monte Carlo loss"),
        new PluginDescription("model", "two-layer(samples=100000,seed=0)", "Σ aᵢσ(wᵢ·x) against a teacher; population loss (Gaussian) or Monte Carlo on a seeded sample"),
        new PluginDescription("model", "deep(widths=20-20-20,activation=tanh,bias=false,samples=1000,seed=0)", "fully connected net against a teacher net of the same shape, on sampled inputs"),
    };

    private static string List(string kind) => string.Join(", ", Available.Where(p => p.Kind == kind).Select(p => p.Usage));

    /// <summary>The activation named by <paramref name="spec"/>.</summary>
    /// <exception cref="FormatException">The spec is malformed.</exception>
    /// <exception cref="ArgumentException">Unknown name or bad parameter; the message lists the activations.</exception>
    public static Activation Activation(string spec)
    {
        var s = PluginSpec.Parse(spec);
        Activation result;
        switch (s.Name)
        {
            case "relu": result = Relu.Instance; Done(s, "relu"); break;
            case "erf": result = Erf.Instance; Done(s, "erf"); break;
            case "tanh": result = Tanh.Instance; Done(s, "tanh"); break;
            case "gelu": result = Gelu.Instance; Done(s, "gelu"); break;
            case "leaky-relu":
            {
                var a = new SpecArguments(s, "leaky-relu(alpha=0.01)");
                double alpha = a.Number("alpha", 0.01, 0);
                a.Done();
                result = new LeakyRelu(alpha);
                break;
            }
            case "softplus":
            {
                var a = new SpecArguments(s, "softplus(beta=1), beta ≥ 1e-307");
                double beta = a.Number("beta", 1, 0);
                a.Done();
                result = new Softplus(beta);
                break;
            }
            default:
                throw new ArgumentException($"Unknown activation '{s.Name}'. Available: {List("activation")}.");
        }
        return result;
    }

    /// <summary>The input distribution named by <paramref name="spec"/>; <paramref name="readFile"/> reads a covariance file (default: the file system).</summary>
    /// <exception cref="FormatException">The spec or the covariance file is malformed.</exception>
    /// <exception cref="ArgumentException">Unknown name or bad parameter; the message lists the distributions.</exception>
    public static IInputDistribution Distribution(string spec, Func<string, string>? readFile = null)
    {
        var s = PluginSpec.Parse(spec);
        switch (s.Name)
        {
            case "gaussian" or "normal":
            {
                var a = new SpecArguments(s, "gaussian or gaussian(cov=FILE)");
                var file = a.Text("cov", 0);
                a.Done();
                if (file is null) return StandardGaussian.Instance;
                string text;
                try
                {
                    text = readFile is null ? BoundedFile.ReadText(file, "covariance file") : readFile(file);
                }
                catch (IOException e)
                {
                    throw new ArgumentException($"Cannot read the covariance file '{file}': {e.Message}");
                }
                catch (UnauthorizedAccessException e)
                {
                    throw new ArgumentException($"Cannot read the covariance file '{file}': {e.Message}");
                }
                return new CorrelatedGaussian(MatrixText.Parse(text, $"covariance file '{file}'"), file);
            }
            case "uniform":
            {
                var a = new SpecArguments(s, "uniform(a,b) with a < b, or uniform(shift=C) for [-1+C,1+C]");
                var shiftText = a.Text("shift");
                if (shiftText is not null)
                {
                    double c = a.Number("shift", 0);
                    a.Done();
                    return UniformCube.Shifted(c);
                }
                double lo = a.Number("a", -1, 0), hi = a.Number("b", 1, 1);
                a.Done();
                return new UniformCube(lo, hi);
            }
            default:
                throw new ArgumentException($"Unknown distribution '{s.Name}'. Available: {List("distribution")}.");
        }
    }

    /// <summary>The model kind named by <paramref name="spec"/> (not yet bound to a teacher or sizes).</summary>
    /// <exception cref="FormatException">The spec is malformed.</exception>
    /// <exception cref="ArgumentException">Unknown name or bad parameter; the message lists the model kinds.</exception>
    public static ModelSpec Model(string spec)
    {
        var s = PluginSpec.Parse(spec);
        switch (s.Name)
        {
            case "two-layer":
            {
                var a = new SpecArguments(s, "two-layer(samples=100000,seed=0)");
                var m = new ModelSpec
                {
                    Kind = ModelKind.TwoLayer,
                    Samples = a.Integer("samples", 100_000, 2, 10_000_000),
                    Seed = a.Integer("seed", 0, 0, int.MaxValue),
                    Activation = a.Text("activation") is { } act ? Activation(act) : null,
                };
                a.Done();
                return m;
            }
            case "deep":
            {
                var a = new SpecArguments(s, "deep(widths=20-20-20,activation=tanh,bias=false,samples=1000,seed=0)");
                var widthsText = a.Text("widths", 0) ?? throw new ArgumentException($"In '{s}': deep needs widths, e.g. deep(widths=20-20-20).");
                var widths = widthsText.Split('-').Select(w => int.TryParse(w, out var x) && x >= 1 && x <= 10_000 ? x
                    : throw new ArgumentException($"In '{s}': widths must be positive integers joined by '-', e.g. 20-20-20; got '{widthsText}'.")).ToArray();
                var m = new ModelSpec
                {
                    Kind = ModelKind.Deep,
                    HiddenWidths = widths,
                    Activation = a.Text("activation") is { } act ? Activation(act) : null,
                    Bias = a.Flag("bias", false),
                    Samples = a.Integer("samples", 1000, 1, 10_000_000),
                    Seed = a.Integer("seed", 0, 0, int.MaxValue),
                };
                a.Done();
                return m;
            }
            default:
                throw new ArgumentException($"Unknown model '{s.Name}'. Available: {List("model")}.");
        }
    }

    private static void Done(PluginSpec s, string usage) => new SpecArguments(s, usage).Done();
}
