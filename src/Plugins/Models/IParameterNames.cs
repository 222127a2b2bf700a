namespace Landscape.Symmetry.Plugins;

/// <summary>A model whose parameters have names beyond the two-layer W[i,j]/a[i] of <see cref="Landscape.ParameterLayout"/> (used in contract reports).</summary>
public interface IParameterNames
{
    /// <summary>The name of parameter <paramref name="index"/>, 1-based in the text, e.g. "W2[3,1]" or "b1[4]".</summary>
    string ParameterName(int index);
}
