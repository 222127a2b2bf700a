using System.CommandLine;
using Landscape.Symmetry.Cli.Models;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary><c>symmetry group &lt;spec&gt; [--degree n] [--json]</c>: the basic facts about one permutation group.</summary>
internal static class GroupCommand
{
    public static Command Create(CliContext context)
    {
        var spec = new Argument<string>("spec")
        {
            Description = "A group spec, e.g. \"S(5)\", \"A(6)\", \"D(8)\", \"S(3) wr S(2)\", \"S(2) x S(3)\", " +
                          "\"Hyperoctahedral(4)\", \"Cells(3,4)\", \"Group(8; (1,2,3),(1,8))\", or generators \"(1,2,3),(1,2)\" with --degree.",
        };
        var degree = SizeOption.UpTo("--degree", "Number of points, for a bare generator list (points are 1-based in cycle notation).", GroupSpec.MaxDegree, alias: "-n");
        var json = JsonOption.Create();
        var progress = new Option<bool>("--progress") { Description = "Write one line per step on stderr (default when stderr is a terminal)." };

        var command = new Command("group", "Order, orbits, transitivity, primitivity, conjugacy classes, base and block systems of a group.")
        {
            spec, degree, json, progress,
        };
        command.SetAction(parse =>
        {
            var parsed = GroupSpec.Parse(parse.GetValue(spec)!, degree.Checked(parse));
            var error = parse.InvocationConfiguration.Error;
            bool watch = parse.GetValue(progress) || (ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
            var steps = new GroupProgressLines(error);
            GroupSummary summary;
            try
            {
                summary = CtrlC.Run(ct => GroupSummary.Of(parsed, watch ? steps : null, ct));
            }
            catch (OperationCanceledException)
            {
                error.WriteLine($"error: stopped by Ctrl+C{(steps.Last is { } s ? $" at step {s.Step}/{s.Steps}, {s.Stage}" : "")}.");
                return CtrlC.ExitCode;
            }
            var report = GroupReport.Of(summary);
            if (parse.GetValue(json)) Json.Write(context.Out, report);
            else GroupRender.Render(context.CreateConsole(), report);
            return ExitCodes.Success;
        });
        return command;
    }
}
