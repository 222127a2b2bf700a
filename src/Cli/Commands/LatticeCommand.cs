using System.CommandLine;
using Landscape.Symmetry.Cli.Output;
using Landscape.Symmetry.Cli.Output.Plots;
using Landscape.Symmetry.Groups;

namespace Landscape.Symmetry.Cli.Commands;

/// <summary>
/// <c>symmetry lattice --k K --d D [--diagonal] [--second-layer] [--json] [--dot FILE] [--plot FILE]</c>: the
/// conjugacy classes of isotropy subgroups of S_k × S_d (or ΔS_d) acting on M(k,d), ordered by
/// inclusion up to conjugacy (a poset; its Hasse diagram is what is printed and drawn).
/// </summary>
internal static class LatticeCommand
{
    public static Command Create(CliContext context)
    {
        var k = SizeOption.AtLeastOne("--k", $"Rows k (may be omitted with --diagonal, where k = d); k!·d! ≤ {IsotropyClasses.MaxAmbientOrder}.");
        var d = SizeOption.AtLeastOne("--d", $"Columns d; d! (k!·d!) ≤ {IsotropyClasses.MaxAmbientOrder}.", required: true);
        var diagonal = new Option<bool>("--diagonal") { Description = "Γ = ΔS_d, rows and columns permuted alike (needs k = d)." };
        var secondLayer = new Option<bool>("--second-layer") { Description = "Add a trainable second layer ℝᵏ (same groups, larger fixed dimensions)." };
        var json = JsonOption.Create();
        var dot = new Option<FileInfo?>("--dot") { Description = "Also write the Hasse diagram as Graphviz DOT to this file." };
        var plot = new Option<string?>("--plot")
        {
            Description = "Also draw the Hasse diagram to FILE (.png or .svg) with Graphviz dot when it is installed; without Graphviz, or for a .dot FILE, write the DOT text (FILE with extension .dot).",
            HelpName = "FILE",
        };
        var command = new Command("lattice",
            "Conjugacy classes of isotropy subgroups of S_k×S_d (or ΔS_d with --diagonal) on M(k,d): order, fixed dimension, " +
            "row/column orbits, maximality, and the covering relation up to conjugacy.")
        {
            k, d, diagonal, secondLayer, json, dot, plot,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(dot) is { } dotTarget) OutputPath.CheckFile(dotTarget.ToString(), "--dot");
            string? plotFile = parse.GetValue(plot) is { } p ? HasseDiagramPicture.Check(p) : null;
            int columns = d.Value(parse, 0);
            bool isDiagonal = parse.GetValue(diagonal);
            int? given = k.Checked(parse);
            if (isDiagonal && given is { } kk && kk != columns)
                throw new ArgumentException($"--diagonal acts on square matrices, so --k must equal --d (or be omitted); got --k {kk} --d {columns}.");
            if (!isDiagonal && given is null)
                throw new ArgumentException("--k is required unless --diagonal is given.");
            int rows = given ?? columns;
            IsotropyClasses.CheckSize(rows, columns, isDiagonal);
            bool layer = parse.GetValue(secondLayer);
            var poset = LatticeProgress.Run(context, (p, c) => isDiagonal
                ? IsotropyClasses.OfDiagonal(columns, layer, p, c)
                : IsotropyClasses.OfRowsAndColumns(rows, columns, layer, p, c));
            var dotFile = parse.GetValue(dot);
            if (dotFile is not null) File.WriteAllText(dotFile.FullName, poset.ToDot());
            var drawn = plotFile is null ? ((string, bool)?)null : HasseDiagramPicture.Write(poset.ToDot(), plotFile, HasseDiagramPicture.FindGraphviz());
            if (parse.GetValue(json)) Json.Write(context.Out, LatticeReport.Of(poset));
            else LatticeRender.Render(context.CreateConsole(), poset, dotFile);
            if (drawn is { } f && !parse.GetValue(json))
                context.Out.WriteLine(f.Item2 ? $"Hasse diagram drawn to {f.Item1} (Graphviz)."
                    : $"Hasse diagram written as DOT to {f.Item1}" + (f.Item1 == plotFile ? "." : " (Graphviz dot is not installed; render it with dot -Tpng)."));
            return ExitCodes.Success;
        });
        return command;
    }
}
