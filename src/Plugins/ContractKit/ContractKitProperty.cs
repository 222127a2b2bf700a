using FsCheck;
using FsCheck.Fluent;
using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

public static partial class ContractKit
{
    /// <summary>
    /// The contract as one FsCheck property, for a plug-in author's <c>[Property]</c> test (FsCheck.Xunit): each case is
    /// a seed for the generic base point, and the whole kit (<see cref="Check"/>, with <see cref="ContractOptions.Trials"/>
    /// cases around that point, shrunk on failure) runs there. The <c>[Property]</c>'s <c>Replay</c> fixes the seeds and
    /// its <c>MaxTest</c> is the number of base points, so a failure names both the replay and the seed of the point:
    /// <code>
    /// [Property(Replay = "(1,3)", MaxTest = 5)]
    /// public Property Swish_keeps_the_contract() => ContractKit.AsProperty(model, new ContractOptions { Trials = 8 });
    /// </code>
    /// </summary>
    /// <param name="model">The model to test (not changed).</param>
    /// <param name="options">Settings of each run; its <see cref="ContractOptions.Seed"/> is replaced by the generated seed.</param>
    /// <param name="modelDescription">How reports name the model.</param>
    /// <remarks>A failing case throws <see cref="ContractViolationException"/> carrying the report. Seeds are not shrunk:
    /// a smaller seed is not a simpler point, and each run already shrinks its own counterexample.</remarks>
    /// <exception cref="ArgumentException">Invalid options (checked at once, before any case).</exception>
    public static Property AsProperty(IObjective model, ContractOptions? options = null, string? modelDescription = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new ContractOptions();
        options.Validate();
        var seeds = Arb.From(Gen.Choose(0, int.MaxValue), _ => Enumerable.Empty<int>());
        return Prop.ForAll(seeds, seed => Check(model, options with { Seed = seed }, modelDescription).ThrowIfFailed());
    }
}
