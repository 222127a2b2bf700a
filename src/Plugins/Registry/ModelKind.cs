namespace Landscape.Symmetry.Plugins;

/// <summary>Which family of models a <see cref="ModelSpec"/> names.</summary>
public enum ModelKind
{
    /// <summary>Σ aᵢσ(wᵢ·x) against a teacher of the same kind.</summary>
    TwoLayer,

    /// <summary>A deep fully connected network against a teacher network.</summary>
    Deep,
}
