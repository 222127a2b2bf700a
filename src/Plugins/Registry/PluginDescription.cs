namespace Landscape.Symmetry.Plugins;

/// <summary>One available plug-in: its kind, a usage example and what it is.</summary>
/// <param name="Kind">"activation", "distribution" or "model".</param>
/// <param name="Usage">The spec with its parameters and defaults, e.g. <c>softplus(beta=1)</c>.</param>
/// <param name="Description">One line.</param>
public sealed record PluginDescription(string Kind, string Usage, string Description);
