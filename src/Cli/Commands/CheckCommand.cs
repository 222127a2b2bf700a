using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry check [--model SPEC] [--activation SPEC] [--distribution SPEC] [--teacher FILE] [--k K] [--d D]
/// [--claim full|declared|SPEC] [--trials N] [--seed S] [--json]</c>: runs the plug-in contract kit
/// (<see cref="ContractKit"/>) against a model and a claimed group and prints a pass/fail table; exit code 1 when a
/// property fails, 2 for bad input.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var models = new ModelOptions();
        var claim = new Option<string>("--claim")
        {
            Description = "The group to test: declared (default, what the model declares), full (all of S_k × S_d on the cells of W), " +
                          "or a group spec on the parameter indices, e.g. \"Cells(3,4)\".",
        };
        var trials = SizeOption.UpTo("--trials", "Generated cases per property. Default 20;", ContractOptions.MaxTrials);
        var seed = new Option<int>("--seed") { Description = "Seed of the base point and the generator. Default 1.", DefaultValueFactory = _ => 1 };
        var json = JsonOption.Create();
        var list = new Option<bool>("--list") { Description = "List the available activations, distributions and models, and exit." };
        var command = new Command("check",
            "Check a model against the plug-in contract: loss invariance and gradient equivariance under the claimed group, gradient and " +
            "Hessian against finite differences, Hessian symmetry and commuting with isotropy, and for quadrature kernels the estimated " +
            "quadrature error at the base point. Exit code 1 when a property fails.");
        foreach (var o in models.All) command.Options.Add(o);
        command.Options.Add(claim);
        command.Options.Add(trials);
        command.Options.Add(seed);
        command.Options.Add(json);
        command.Options.Add(list);
        command.SetAction(parse =>
        {
            if (parse.GetValue(list))
            {
                foreach (var p in PluginRegistry.Available)
                    context.Out.WriteLine($"{p.Kind,-13} {p.Usage,-70} {p.Description}");
                return ExitCodes.Success;
            }
            var (model, description) = models.Build(parse);
            int cases = trials.Value(parse, 20);
            var (group, groupDescription) = ContractClaim.Parse(parse.GetValue(claim), model);
            var report = Plugins.ContractKit.Check(model, new ContractOptions
            {
                Claim = group, ClaimDescription = groupDescription, Trials = cases, Seed = parse.GetValue(seed),
            }, description);
            if (parse.GetValue(json))
                Json.Write(context.Out, CheckReport.Of(report));
            else context.Out.Write(report.ToString());
            return report.Passed ? ExitCodes.Success : ExitCodes.Violation;
        });
        return command;
    }
}
