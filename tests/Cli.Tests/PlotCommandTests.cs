using Landscape.Symmetry.Cli.Output.Plots;
using static Landscape.Symmetry.Cli.Tests.CliRunner;

namespace Landscape.Symmetry.Cli.Tests;

/// <summary><c>--plot FILE</c> on the commands: the picture is written in the format of its extension, and a bad file is refused before any work.</summary>
public sealed class PlotCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static readonly string[] TinySgd = ["--d", "3", "--batch", "40", "--max-steps", "150", "--check-every", "50"];

    [Fact]
    public void Spectrum_draws_png_and_svg()
    {
        string png = temp.File("s.png"), svg = temp.File("s.svg");
        Assert.Equal(0, Run("spectrum", "--point", "identity", "--d", "4", "--method", "isotypic", "--plot", png).ExitCode);
        PictureAssert.Png(png);
        Assert.Equal(0, Run("spectrum", "--point", "identity", "--d", "4", "--plot", svg).ExitCode);
        PictureAssert.Svg(svg);
    }

    [Fact]
    public void Family_draws_one_picture_per_family_and_keeps_svg_as_an_alias()
    {
        string png = temp.File("f.png");
        var result = Run("family", "--type", "S(d)", "--from", "4", "--to", "6", "--grid-step", "1", "--starts", "2", "--json", "--plot", png);
        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        int families = json.RootElement.GetProperty("families").GetArrayLength();
        PictureAssert.Png(png);
        for (int i = 2; i <= families; i++) PictureAssert.Png(temp.File($"f-{i}.png"));
        Assert.False(File.Exists(temp.File($"f-{families + 1}.png")));
    }

    [Fact]
    public void Explore_draws_the_spectrum_of_every_point()
    {
        string png = temp.File("e.png");
        Assert.Equal(0, Run("explore", "--d", "3", "--seeds", "2", "--plot", png).ExitCode);
        PictureAssert.Png(png);
    }

    [Fact]
    public void Experiment_and_sgd_draw_the_histogram_and_heatmaps()
    {
        string runs = temp.File("runs.jsonl"), png = temp.File("x.png"), svg = temp.File("x.svg");
        Assert.Equal(0, Run(["experiment", .. TinySgd, "--runs", "2", "--out", runs, "--plot", png]).ExitCode);
        PictureAssert.Png(png);
        // sgd reads the same run file (no new runs) and types the raw end points.
        Assert.Equal(0, Run(["sgd", .. TinySgd, "--runs", "2", "--out", runs, "--plot", svg]).ExitCode);
        PictureAssert.Svg(svg);
    }

    [Fact]
    public void Sgd_refuses_a_plot_for_a_deep_model()
    {
        var line = AssertInvalidInput("sgd", "--d", "3", "--model", "deep(widths=3)", "--runs", "1", "--out", temp.File("deep.jsonl"), "--plot", temp.File("d.png"));
        Assert.Contains("two-layer", line);
        Assert.False(File.Exists(temp.File("deep.jsonl")));
    }

    [Theory]
    [InlineData("picture.jpg", "'.jpg'")]
    [InlineData("picture", "none")]
    [InlineData("a-file/picture.png", "which is a file")]
    public void A_bad_plot_file_is_one_error_line_before_any_work(string file, string expected)
    {
        string path = temp.File(file), runs = temp.File("never.jsonl");
        // A missing folder is created (that is what naming it means); a file where a folder should be cannot be.
        if (file.StartsWith("a-file/", StringComparison.Ordinal)) File.WriteAllText(temp.File("a-file"), "not a folder");
        // experiment and sgd would append runs to --out as they finish: no file means no run started.
        foreach (var command in new[] { "experiment", "sgd" })
        {
            Assert.Contains(expected, AssertInvalidInput([command, .. TinySgd, "--runs", "1", "--out", runs, "--plot", path]));
            Assert.False(File.Exists(runs), $"{command} started before refusing the plot file");
        }
        // The plot is checked before the other options are even interpreted: the bad --type would otherwise be the error.
        Assert.Contains("--plot", AssertInvalidInput("family", "--type", "T(d)", "--from", "6", "--to", "7", "--plot", path));
        Assert.Contains("--svg", AssertInvalidInput("family", "--type", "T(d)", "--from", "6", "--to", "7", "--svg", path));
        Assert.Contains("--plot", AssertInvalidInput("spectrum", "--point", "no-such-file.json", "--d", "3", "--plot", path));
        Assert.Contains("--plot", AssertInvalidInput("explore", "--d", "3", "--plot", path));
        Assert.Contains("--plot", AssertInvalidInput("lattice", "--d", "3", "--diagonal", "--plot", path));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Svg_dir_that_cannot_be_created_is_refused_before_any_run()
    {
        string blocker = temp.File("a-file");
        File.WriteAllText(blocker, "");
        string runs = temp.File("never.jsonl");
        Assert.Contains("--svg-dir", AssertInvalidInput(["experiment", .. TinySgd, "--runs", "1", "--out", runs, "--svg-dir", Path.Combine(blocker, "svg")]));
        Assert.False(File.Exists(runs));
    }

    [Fact]
    public void Checking_a_plot_file_leaves_no_file_behind()
    {
        string path = temp.File("probe.png");
        Assert.Equal(PictureFormat.Png, PlotFile.Parse(path).Format);
        Assert.False(File.Exists(path));
        Assert.Equal(PictureFormat.Svg, PlotFile.Parse(temp.File("UPPER.SVG")).Format);
        Assert.Equal(temp.File("f-3.png"), PlotFile.Parse(path).Numbered(3).Path.Replace("probe", "f"));
    }

    [Fact]
    public void Lattice_writes_dot_for_a_dot_file_and_the_same_text_as_the_dot_option()
    {
        string plot = temp.File("h.dot"), dot = temp.File("ref.dot");
        Assert.Equal(0, Run("lattice", "--d", "3", "--diagonal", "--plot", plot, "--dot", dot).ExitCode);
        Assert.Equal(File.ReadAllText(dot), File.ReadAllText(plot));
        Assert.StartsWith("digraph", File.ReadAllText(plot).TrimStart());
    }

    [Fact]
    public void Without_graphviz_a_picture_request_falls_back_to_dot_text()
    {
        string path = temp.File("hasse.png");
        var (written, rendered) = HasseDiagramPicture.Write("digraph g { a -> b }", path, graphviz: null);
        Assert.False(rendered);
        Assert.Equal(temp.File("hasse.dot"), written);
        Assert.Equal("digraph g { a -> b }", File.ReadAllText(written));
        Assert.False(File.Exists(path));
    }

    // A stand-in for Graphviz's dot (a shell script: the tests run where the tool ships, on Linux) that records its
    // arguments and copies standard input to the -o file, or fails like dot does on a syntax error.
    private string FakeGraphviz(bool fail)
    {
        string script = temp.File(fail ? "dot-fails" : "dot-copies");
        File.WriteAllText(script, fail
            ? "#!/bin/sh\necho 'Error: syntax error in line 1' >&2\nexit 1\n"
            : "#!/bin/sh\nprintf '%s %s\\n' \"$1\" \"$2\" > \"$3.args\"\ncat > \"$3\"\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    [Theory]
    [InlineData("hasse.png", "-Tpng -o")]
    [InlineData("hasse.svg", "-Tsvg -o")]
    public void Graphviz_gets_the_format_the_output_and_the_dot_text_on_stdin(string name, string arguments)
    {
        string path = temp.File(name);
        var (written, rendered) = HasseDiagramPicture.Write("digraph g { a -> b }", path, FakeGraphviz(fail: false));
        Assert.True(rendered);
        Assert.Equal(path, written);
        Assert.Equal("digraph g { a -> b }", File.ReadAllText(path));
        Assert.Equal(arguments, File.ReadAllText(path + ".args").Trim());
    }

    [Fact]
    public void A_graphviz_failure_is_reported_with_its_message()
    {
        var e = Assert.Throws<InvalidOperationException>(() => HasseDiagramPicture.Write("digraph {", temp.File("bad.png"), FakeGraphviz(fail: true)));
        Assert.Contains("syntax error", e.Message);
    }
}
