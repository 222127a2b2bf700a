using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry conjugate SPEC1 SPEC2 [--degree n] [--alternating] [--json]</c>: whether two subgroups of
/// Sₙ (or, with --alternating, of Aₙ) are conjugate, and a conjugator σ with H^σ = K (σ⁻¹Hσ = K).
/// </summary>
internal static class ConjugateCommand
{
    public static Command Create(CliContext context)
    {
        var first = new Argument<string>("h") { Description = "The first group H: a group spec, e.g. \"S(3) wr S(2)\" or \"Group(6; (1,2,3),(1,4))\"." };
        var second = new Argument<string>("k") { Description = "The second group K, on the same number of points." };
        var degree = SizeOption.UpTo("--degree", "Number of points, for bare generator lists.", GroupSpec.MaxDegree, alias: "-n");
        var alternating = new Option<bool>("--alternating") { Description = "Ask for an even conjugator (conjugacy in A_n)." };
        var json = JsonOption.Create("Write one JSON object instead of text.");
        var command = new Command("conjugate", "Whether two permutation groups are conjugate in S_n (or A_n), with a conjugator.")
        {
            first, second, degree, alternating, json,
        };
        command.SetAction(parse =>
        {
            var hSpec = GroupSpec.Parse(parse.GetValue(first)!, degree.Checked(parse));
            var kSpec = GroupSpec.Parse(parse.GetValue(second)!, degree.Checked(parse));
            var verdict = ConjugacyVerdict.Of(hSpec.Build(), kSpec.Build(), parse.GetValue(alternating));
            if (parse.GetValue(json))
                Json.Write(context.Out, new ConjugateReport(hSpec.ToString(), kSpec.ToString(), hSpec.Degree, verdict.Within, verdict.Conjugate, verdict.Conjugator?.ToString(), verdict.Reason));
            else if (verdict.Conjugate)
                context.Out.WriteLine($"conjugate in {verdict.Within}: H^σ = K for σ = {verdict.Conjugator}");
            else
                context.Out.WriteLine($"not conjugate in {verdict.Within}: {verdict.Reason}");
            return ExitCodes.Success;
        });
        return command;
    }
}
