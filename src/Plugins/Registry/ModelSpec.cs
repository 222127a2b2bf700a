using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>A resolved model spec: the family and its options; <see cref="PluginModels"/> binds it to sizes and a teacher.</summary>
public sealed record ModelSpec
{
    /// <summary>The family.</summary>
    public ModelKind Kind { get; init; }

    /// <summary>An activation given inside the model spec, overriding <c>--activation</c>.</summary>
    public Activation? Activation { get; init; }

    /// <summary>Hidden widths of a deep net.</summary>
    public int[] HiddenWidths { get; init; } = Array.Empty<int>();

    /// <summary>Whether a deep net has biases.</summary>
    public bool Bias { get; init; }

    /// <summary>Samples of a Monte Carlo or sampled loss.</summary>
    public int Samples { get; init; } = 100_000;

    /// <summary>Sampling seed.</summary>
    public int Seed { get; init; }
}
