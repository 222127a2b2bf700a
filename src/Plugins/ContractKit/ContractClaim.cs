using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The group a contract check tests a model against, from a word: <c>declared</c> (the model's own
/// <see cref="IObjective.InvarianceGroup"/>), <c>full</c> (S_k × S_d on a two-layer model's weight matrix, and its
/// second layer when trained) or a group spec (<see cref="GroupSpec"/>) on the model's parameter indices.
/// </summary>
public static class ContractClaim
{
    /// <summary>
    /// The claimed group (null for <c>declared</c>: <see cref="ContractOptions.Claim"/> then tests the declared group) and
    /// a short description for the report. Null means <c>declared</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><c>full</c> for a deep model, a spec that does not parse, or a group acting on
    /// another number of points than the model has parameters.</exception>
    public static (PermutationGroup? Group, string Description) Parse(string? text, IObjective model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var word = (text ?? "declared").Trim();
        int n = model.Layout.Dimension;
        switch (word)
        {
            case "declared":
                return (null, "declared by the model");
            case "full":
                if (model is DeepNetworkLoss)
                    throw new ArgumentException("The claim 'full' means S_k × S_d on a two-layer model's weight matrix; for a deep model claim 'declared' or a group spec on its parameter indices.");
                return (MatrixCellAction.Full(model.Layout.K, model.Layout.D, model.Layout.SecondLayerTrainable), "full S_k × S_d");
            default:
                var spec = GroupSpec.Parse(word, n);
                if (spec.Degree != n)
                    throw new ArgumentException($"The claimed group {spec} acts on {spec.Degree} points, but the model has {n} parameters.");
                return (spec.Build(), spec.ToString());
        }
    }
}
