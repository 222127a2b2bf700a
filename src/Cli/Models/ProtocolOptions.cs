using System.CommandLine;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli;

/// <summary>
/// The protocol options <c>sgd</c> and <c>experiment</c> share — <c>--protocol gd|sgd</c>, <c>--step</c>, <c>--batch</c>,
/// <c>--max-steps</c>, <c>--check-every</c> — and the <see cref="SweepPlan"/> they name. Defaults follow the protocol:
/// sgd step 0.01, batch 1000; gd step 0.1 (Safran–Shamir) with no batch.
/// </summary>
internal sealed class ProtocolOptions(int sgdMaxSteps)
{
    public Option<string> Protocol { get; } = new("--protocol")
    {
        Description = "sgd (default: Xavier start, fresh batches, step 0.01, until the gradient norm stops improving) or " +
            "gd (Safran–Shamir: N(0,1/d) start, gradient descent on the exact population loss, step 0.1, until every neuron's gradient norm < 1e-9; end point classified).",
        DefaultValueFactory = _ => "sgd",
    };

    public Option<double?> Step { get; } = new("--step") { Description = "Step size. Default 0.01 (sgd) or 0.1 (gd)." };
    public Option<int?> Batch { get; } = new("--batch") { Description = "Samples per step (sgd). Default 1000." };
    public Option<int?> MaxSteps { get; } = new("--max-steps") { Description = $"Step cap per run, reported as stop 'max-steps'. Default {sgdMaxSteps} (sgd) or 1000000 (gd)." };
    public Option<int?> CheckEvery { get; } = new("--check-every") { Description = "Steps between population gradient-norm checks (sgd). Default 1000." };

    public IEnumerable<Option> All => new Option[] { Protocol, Step, Batch, MaxSteps, CheckEvery };

    /// <summary>Whether <c>--protocol gd</c> was given (after checking the word).</summary>
    public bool IsGd(ParseResult parse) => parse.GetValue(Protocol) switch
    {
        "gd" => true,
        "sgd" => false,
        var other => throw new ArgumentException($"--protocol must be gd or sgd; got '{other}'."),
    };

    /// <summary>
    /// The plan the options name for <paramref name="problem"/>; sgd end points refined when <paramref name="refine"/>.
    /// Checked against the problem (<see cref="SweepPlan.Check"/>: refinement forms a dense Hessian) before any run starts.
    /// </summary>
    public SweepPlan PlanOf(ParseResult parse, SgdProblem problem, bool refine)
    {
        var plan = Unchecked(parse, problem, refine);
        plan.Check(problem);
        return plan;
    }

    private SweepPlan Unchecked(ParseResult parse, SgdProblem problem, bool refine)
    {
        double? step = parse.GetValue(Step);
        if (step is { } s && (!(s > 0) || !double.IsFinite(s))) throw new ArgumentException($"--step must be positive and finite; got {s}.");
        int? maxSteps = parse.GetValue(MaxSteps);
        if (maxSteps is < 1) throw new ArgumentException($"--max-steps must be at least 1; got {maxSteps}.");
        int? batch = parse.GetValue(Batch);
        if (batch is < 1) throw new ArgumentException($"--batch must be at least 1; got {batch}.");
        int? checkEvery = parse.GetValue(CheckEvery);
        if (checkEvery is < 1) throw new ArgumentException($"--check-every must be at least 1; got {checkEvery}.");
        // A deep net's loss is its fixed sample by definition (refined there as before); a two-layer model's Monte Carlo
        // loss only stands in for a population loss the distribution has no kernel for.
        if (refine && problem.HiddenUnits is not null && problem.Objective is IMonteCarloObjective)
            throw new ArgumentException($"--refine needs a population loss; {problem.DistributionSpec} gives a Monte Carlo loss, whose critical points are " +
                "critical only up to sampling error. Drop --refine (or use a Gaussian distribution).");
        if (!IsGd(parse))
        {
            var sgd = new SgdProtocol();
            return SweepPlan.Sgd(sgd with
            {
                StepSize = step ?? sgd.StepSize, BatchSize = batch ?? sgd.BatchSize, MaxSteps = maxSteps ?? sgdMaxSteps, CheckEvery = checkEvery ?? sgd.CheckEvery,
            }, refine);
        }
        if (batch is not null) throw new ArgumentException("--batch is an sgd setting; the gd protocol follows the exact population gradient (no batches).");
        if (checkEvery is not null) throw new ArgumentException("--check-every is an sgd setting; the gd protocol checks every neuron's gradient norm at every step.");
        if (refine) throw new ArgumentException("--refine is for sgd; a gd run ends at a critical point (every neuron's gradient norm < 1e-9), which is classified and typed as it is.");
        if (problem.HiddenUnits is null) throw new ArgumentException($"The gd protocol trains two-layer models; {problem.ModelSpec} is not one. Use --protocol sgd.");
        if (problem.Objective is IMonteCarloObjective)
            throw new ArgumentException($"The gd protocol needs a population loss (a kernel of Gaussian inputs); {problem.DistributionSpec} gives a Monte Carlo loss. Use --protocol sgd.");
        var gd = new GdProtocol();
        return SweepPlan.Gd(gd with { StepSize = step ?? gd.StepSize, MaxSteps = maxSteps ?? gd.MaxSteps });
    }
}
