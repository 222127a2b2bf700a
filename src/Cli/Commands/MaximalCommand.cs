using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry maximal --n N [--alternating] [--json]</c>: one representative of each conjugacy class
/// of maximal subgroups of Sₙ (or Aₙ). Complete for n ≤ 12; above that only the general families are
/// listed, a warning line goes to stderr and the JSON says <c>"complete": false</c>.
/// </summary>
/// <remarks>
/// JSON shape (the same for every n): <c>{ "group": "S_6", "degree": 6, "complete": true, "note": null,
/// "subgroups": [ { "name", "kind", "order" (string), "orbitLengths" (largest first), "transitive",
/// "primitive", "generators" (1-based GAP cycle notation) }, … ] }</c>.
/// </remarks>
internal static class MaximalCommand
{
    public static Command Create(CliContext context)
    {
        var n = SizeOption.UpTo("--n", $"The degree n (complete lists for n ≤ {MaximalSubgroups.CompleteUpToDegree}).", MaximalSubgroups.MaxDegree, required: true);
        var alternating = new Option<bool>("--alternating") { Description = "Maximal subgroups of A_n instead of S_n." };
        var json = JsonOption.Create();
        var command = new Command("maximal", "Conjugacy classes of maximal subgroups of S_n or A_n (one representative each).")
        {
            n, alternating, json,
        };
        command.SetAction(parse =>
        {
            int degree = n.Value(parse, 0);
            var list = parse.GetValue(alternating) ? MaximalSubgroups.OfAlternating(degree) : MaximalSubgroups.OfSymmetric(degree);
            if (!list.IsComplete)
                parse.InvocationConfiguration.Error.WriteLine($"warning: the list for {list.Parent} is incomplete. {list.Note}");
            if (parse.GetValue(json))
                Json.Write(context.Out, MaximalReport.Of(list, degree, MaximalRender.KindName));
            else MaximalRender.Render(context.CreateConsole(), list);
            return ExitCodes.Success;
        });
        return command;
    }
}
