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
        var degree = new Option<int?>("--degree", "-n") { Description = "Number of points, for bare generator lists." };
        var alternating = new Option<bool>("--alternating") { Description = "Ask for an even conjugator (conjugacy in A_n)." };
        var json = JsonOption.Create("Write one JSON object instead of text.");
        var command = new Command("conjugate", "Whether two permutation groups are conjugate in S_n (or A_n), with a conjugator.")
        {
            first, second, degree, alternating, json,
        };
        command.SetAction(parse =>
        {
            var hSpec = GroupSpec.Parse(parse.GetValue(first)!, parse.GetValue(degree));
            var kSpec = GroupSpec.Parse(parse.GetValue(second)!, parse.GetValue(degree));
            if (hSpec.Degree != kSpec.Degree)
                throw new ArgumentException($"{hSpec} acts on {hSpec.Degree} points and {kSpec} on {kSpec.Degree}; conjugacy needs the same degree.");
            var (h, k) = (hSpec.Build(), kSpec.Build());
            bool inAlternating = parse.GetValue(alternating);
            var difference = SubgroupConjugacy.FirstDifference(h, k);
            var sigma = difference is not null ? null
                : inAlternating ? SubgroupConjugacy.FindConjugatorInAlternating(h, k) : SubgroupConjugacy.FindConjugator(h, k);
            var reason = difference is not null ? $"they differ in {difference}"
                : sigma is null ? (inAlternating ? "no even permutation conjugates one onto the other (exhaustive search)" : "no permutation conjugates one onto the other (exhaustive search)")
                : null;
            var within = (inAlternating ? "A_" : "S_") + h.Degree;
            if (parse.GetValue(json))
                Json.Write(context.Out, new ConjugateReport(hSpec.ToString(), kSpec.ToString(), h.Degree, within, sigma is not null, sigma?.ToString(), reason));
            else if (sigma is not null)
                context.Out.WriteLine($"conjugate in {within}: H^σ = K for σ = {sigma}");
            else
                context.Out.WriteLine($"not conjugate in {within}: {reason}");
            return ExitCodes.Success;
        });
        return command;
    }
}
