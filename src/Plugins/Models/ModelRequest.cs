using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The one model builder: a model spec (<see cref="ModelSpec"/>: two-layer or deep), an activation, an input distribution,
/// a teacher and the sizes, turned into the loss (<see cref="Objective"/>) or the SGD problem (<see cref="Sgd"/>) with a
/// one-line description. Every command that takes a model builds it here, so the same options give the same model.
/// </summary>
public sealed record ModelRequest
{
    /// <summary>The model family and its settings; an activation inside the spec overrides <see cref="Activation"/>.</summary>
    public required ModelSpec Spec { get; init; }

    /// <summary>The activation given on its own (used unless the spec carries one).</summary>
    public required Activation Activation { get; init; }

    /// <summary>The input distribution.</summary>
    public required IInputDistribution Distribution { get; init; }

    /// <summary>
    /// Largest d and k the builder accepts: one Hessian–vector product of the two-layer population loss costs O(k²d), about
    /// 10⁹ operations at k = d = 1000, and a sweep or a search needs thousands of them. The survey of diagonal Young types
    /// (<see cref="SurveyModel"/>) reaches far larger d through the reduced model and is not built here.
    /// </summary>
    public const int MaxSize = 1000;

    /// <summary>Input dimension d.</summary>
    public required int D { get; init; }

    /// <summary>Hidden units k of a two-layer model (ignored by a deep one).</summary>
    public int K { get; init; }

    /// <summary>The two-layer teacher V (k'×d); null for the identity I_d.</summary>
    public double[,]? Teacher { get; init; }

    /// <summary>Whether a two-layer model trains its second layer a.</summary>
    public bool SecondLayer { get; init; }

    /// <summary>Monte Carlo samples of a two-layer model without a kernel; null for the spec's.</summary>
    public int? Samples { get; init; }

    /// <summary>The spec strings resolved through <see cref="PluginRegistry"/>: null model means two-layer, null activation relu, null distribution gaussian.</summary>
    /// <exception cref="ArgumentException">A spec is not understood; the message lists what works.</exception>
    public static (ModelSpec Spec, Activation Activation, IInputDistribution Distribution) Resolve(string? model, string? activation, string? distribution)
    {
        var spec = PluginRegistry.Model(model ?? "two-layer");
        return (spec, spec.Activation ?? PluginRegistry.Activation(activation ?? "relu"), PluginRegistry.Distribution(distribution ?? "gaussian"));
    }

    /// <summary>The activation the model uses: the spec's, else <see cref="Activation"/>.</summary>
    public Activation EffectiveActivation => Spec.Activation ?? Activation;

    /// <summary>Whether the spec is a deep net.</summary>
    public bool IsDeep => Spec.Kind == ModelKind.Deep;

    /// <summary>Monte Carlo samples of a two-layer model without a kernel: <see cref="Samples"/>, else the spec's.</summary>
    public int SampleCount => Samples ?? Spec.Samples;

    /// <summary>The teacher actually used: <see cref="Teacher"/> or I_d.</summary>
    public double[,] TeacherOrIdentity => Teacher ?? PluginModels.IdentityTeacher(D);

    /// <summary>The loss, and a one-line description of it.</summary>
    /// <exception cref="ArgumentException">Shapes disagree, d or k is outside [1, <see cref="MaxSize"/>], or a size is invalid for the model.</exception>
    public (IObjective Model, string Description) Objective()
    {
        CheckSizes();
        var activation = EffectiveActivation;
        if (IsDeep)
        {
            var deep = DeepNetworkLoss.AgainstTeacher(Spec.HiddenWidths, D, activation, Distribution, Spec.Bias, Spec.Samples, Spec.Seed);
            return (deep, $"deep net {D}-{string.Join('-', Spec.HiddenWidths)}-1, {activation.Spec}, {Distribution.Spec}, {Spec.Samples} samples, teacher: layered identity");
        }
        var model = PluginModels.TwoLayer(activation, Distribution, TeacherOrIdentity, null, K, SecondLayer, SampleCount, Spec.Seed);
        string how = model is IMonteCarloObjective mc ? $"Monte Carlo, {mc.SampleCount} samples" : "population loss";
        return (model, $"two-layer k = {K}, d = {D}{(SecondLayer ? " (+a)" : "")}, {activation.Spec}, {Distribution.Spec}, {how}");
    }

    /// <summary>The SGD problem: the papers' protocol for a two-layer model, a deep net against its teacher network otherwise.</summary>
    /// <exception cref="ArgumentException">Shapes disagree, d or k is outside [1, <see cref="MaxSize"/>], or a size is invalid for the model.</exception>
    public SgdProblem Sgd() => CheckSizes().IsDeep
        ? PluginModels.DeepSgd(Spec.HiddenWidths, D, EffectiveActivation, Distribution, Spec.Bias, Spec.Samples, Spec.Seed)
        // two-layer(samples=N,seed=S): the fixed Monte Carlo sample of the stopping rule when the distribution has no kernel.
        : PluginModels.Sgd(EffectiveActivation, Distribution, TeacherOrIdentity, K, SecondLayer, SampleCount, Spec.Seed);

    // d in [1, MaxSize], and k too for a two-layer model (a deep net's widths come from its spec).
    private ModelRequest CheckSizes()
    {
        if (D < 1 || D > MaxSize) throw new ArgumentException($"The input dimension d must be between 1 and {MaxSize}; got {D}.");
        if (!IsDeep && (K < 1 || K > MaxSize)) throw new ArgumentException($"The hidden units k must be between 1 and {MaxSize}; got {K}.");
        return this;
    }
}
