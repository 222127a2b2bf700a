using System.Text.RegularExpressions;

namespace Landscape.Symmetry.Cli.Tests.Hostile;

/// <summary>
/// Malformed and extreme inputs across every command and file format, as a hostile but fair user types them. Each must
/// end the way the tool promises: exit code 2 with exactly one <c>error:</c> line on standard error, or (for the few
/// documented successes) exit code 0 with nothing on standard error — never a stack trace, and never NaN or Infinity
/// on standard output.
/// </summary>
public sealed class HostileInputTests(HostileFiles files) : IClassFixture<HostileFiles>
{
    private static readonly Regex NonFinite = new(@"(?<![\p{L}\p{N}_])(NaN|Infinity)(?![\p{L}\p{N}_])");

    // Options that keep an SGD command tiny when it would run.
    private static readonly string[] TinySgd = { "--batch", "20", "--max-steps", "20", "--check-every", "10", "--runs", "1", "--parallel", "1" };

    public static IEnumerable<object[]> Refused()
    {
        var cases = new List<string[]>();
        void Add(params string[] args) => cases.Add(args);

        // Every malformed matrix file through every option that reads a matrix file.
        foreach (var f in HostileFiles.BadMatrices)
        {
            string p = "{dir}/" + f;
            Add("isotropy", "--matrix", p);
            Add("isotropy", "--matrix", "{dir}/id2.json", "--second-layer", p);
            // A 1-D array is a documented point (one row, or a deep net's flat vector).
            if (f == "vec3.npy") continue;
            Add("loss", "--point", p);
            Add("spectrum", "--point", p);
            Add("critical", "--point", p, "--d", "2");
        }
        // Teacher and covariance files (the text formats as well), where the file is not a matrix.
        foreach (var f in new[] { "nan.npy", "three-d.npy", "fortran.npy", "truncated.npy", "empty.json", "rows-strings.json", "ragged.json",
                     "huge-number.json", "binary.json", "missing.json", "folder", "teacher-bad.txt", "teacher-ragged.txt", "deep.json" })
        {
            Add("loss", "--point", "random", "--teacher", "{dir}/" + f);
            Add("check", "--teacher", "{dir}/" + f, "--trials", "1");
        }
        foreach (var f in new[] { "cov-negative.txt", "cov-asymmetric.txt", "cov-nan.txt", "cov-ragged.txt", "teacher-bad.txt", "missing.json", "folder", "id3.json" })
            Add("loss", "--point", "random", "--d", "3", "--distribution", $"gaussian(cov={{dir}}/{f})");
        Add("sgd", "--d", "3", "--out", "{dir}/t1.jsonl", "--teacher", "{dir}/nan.npy");
        Add("experiment", "--d", "3", "--teacher", "{dir}/ragged.json");
        Add("loss", "--point", "random", "--d", "2", "--teacher", "{dir}/id3.json");

        // Devices as input files: bounded reads.
        Add("isotropy", "--matrix", "/dev/zero");
        Add("loss", "--point", "/dev/zero");
        Add("loss", "--point", "random", "--teacher", "/dev/zero");
        Add("loss", "--point", "random", "--distribution", "gaussian(cov=/dev/zero)");
        Add("isotropy", "--matrix", "/dev/null");

        // Output locations, checked before any work: a folder, a path through a file, a file system that refuses, an empty name.
        var outputs = new (string[] Command, string Option)[]
        {
            (["sgd", "--d", "2", .. TinySgd], "--out"),
            (["experiment", "--d", "2", .. TinySgd], "--out"),
            (["experiment", "--d", "2", .. TinySgd], "--svg-dir"),
            (["lattice", "--k", "2", "--d", "2"], "--dot"),
            (["family", "--type", "S(d)", "--from", "4", "--to", "5"], "--svg"),
            (["critical", "--d", "2"], "--out"),
        };
        foreach (var (command, option) in outputs)
        {
            bool folderOption = option == "--svg-dir";
            Add([.. command, option, folderOption ? "{dir}/plain-file" : "{dir}/folder"]);
            Add([.. command, option, "{dir}/plain-file/x.out"]);
            Add([.. command, option, "/proc/no-such-dir/x.out"]);
            Add([.. command, option, "/sys/x.out"]);
            Add([.. command, option, ""]);
        }
        // A kernel file opens for writing but fails on the first write (EIO): refused before any run.
        foreach (var command in new[] { "sgd", "experiment" })
            Add([command, "--d", "2", .. TinySgd, "--out", "/proc/version"]);

        // Sizes, counts and parameters outside their documented bounds.
        string[][] sgdBad =
        {
            ["--d", "0"], ["--d", "1001"], ["--d", "-3"], ["--d", "abc"], ["--d", "99999999999"], ["--k", "0"], ["--k", "1001"],
            ["--runs", "0"], ["--runs", "2000000000"], ["--runs", "-1"], ["--batch", "0"], ["--batch", "2000000000"], ["--batch", "-5"],
            ["--step", "0"], ["--step", "-1"], ["--step", "NaN"], ["--step", "Infinity"], ["--step", "x"], ["--max-steps", "0"],
            ["--max-steps", "-1"], ["--check-every", "0"], ["--parallel", "0"], ["--parallel", "100000000"], ["--first-seed", "-1"],
            ["--first-seed", "2147483640", "--runs", "10"], ["--shard", "0/0"], ["--shard", "3/2"], ["--shard", "abc"],
            ["--shard", "99999999999/1"], ["--shard", "1/0"],
        };
        foreach (var bad in sgdBad)
        {
            var d = bad.Contains("--d") ? Array.Empty<string>() : ["--d", "3"];
            Add(["sgd", .. d, "--out", "{dir}/never.jsonl", .. bad]);
        }
        Add("sgd", "--d", "1000", "--out", "{dir}/never.jsonl", "--batch", "100000");
        Add("sgd", "--d", "3", "--out", "{dir}/never.jsonl", "--model", "deep(widths=100000-100000)");
        Add("sgd", "--d", "3", "--out", "{dir}/never.jsonl", "--model", "two-layer(samples=2000000000)");
        Add("sgd", "--d", "3", "--out", "{dir}/never.jsonl", "--model", "deep(widths=4)", "--k", "3");
        Add("sgd", "--out", "{dir}/never.jsonl");
        foreach (var bad in new[] { ["--d", "0"], ["--d", "101"], ["--k", "0"], ["--k", "101"], ["--runs", "0"], ["--runs", "2000000000"],
                     ["--batch", "2000000000"], ["--tolerance", "0"], ["--tolerance", "-1"], ["--tolerance", "NaN"], ["--parallel", "0"],
                     ["--first-seed", "-7"], ["--step", "-0.1"], ["--max-steps", "0"], new[] { "--refine", "--distribution", "uniform(0,2)" } })
            Add(["experiment", .. bad]);
        foreach (var bad in new[] { ["--d", "0", "--k", "1"], ["--d", "100000", "--diagonal"], ["--d", "1000", "--diagonal"], ["--k", "0", "--d", "2"],
                     ["--k", "-1", "--d", "2"], ["--k", "3", "--d", "2", "--diagonal"], ["--d", "3"], ["--k", "10", "--d", "10"],
                     ["--k", "2000000000", "--d", "2000000000"], ["--k", "7", "--d", "7"], new[] { "--d", "x", "--k", "2" } })
            Add(["lattice", .. bad]);
        foreach (var bad in new[] { ["--d", "1"], ["--d", "1000000"], ["--d", "0"], ["--seeds", "0"], ["--seeds", "1001"], ["--k", "0"],
                     ["--activation", "softplus(beta=0)"], ["--activation", "softplus(beta=1e-320)"], new[] { "--distribution", "uniform(5,1)" } })
            Add(["explore", .. bad]);
        foreach (var bad in new[]
                 {
                     ["--type", "S(d)", "--from", "NaN", "--to", "5"], ["--type", "S(d)", "--from", "4", "--to", "Infinity"],
                     ["--type", "S(d)", "--from", "4", "--to", "5", "--step", "0"], ["--type", "S(d)", "--from", "4", "--to", "5", "--step", "-1"],
                     ["--type", "S(d)", "--from", "4", "--to", "5", "--starts", "0"], ["--type", "garbage", "--from", "4", "--to", "5"],
                     ["--type", "S(d-1) x S(1)", "--from", "0.5", "--to", "5"], ["--type", "S(d)", "--from", "4", "--to", "5", "--k-offset", "-1"],
                     ["--type", "S(d)", "--from", "4", "--to", "5", "--activation", "nope"], ["--type", "S(d)", "--from", "4", "--to", "5", "--fit", "3"],
                     ["--type", "S(d)", "--from", "4"], new[] { "--from", "4", "--to", "5" },
                 })
            Add(["family", .. bad]);
        foreach (var bad in new[] { ["--cluster-tolerance", "-1"], ["--cluster-tolerance", "NaN"], ["--cluster-tolerance", "1"], ["--method", "magic"],
                     ["--method", "isotypic", "--k", "2", "--d", "3"], ["--method", "block", "--k", "2", "--d", "3"], ["--d", "60", "--method", "dense"], ["--d", "1001"], new[] { "--k", "0" } })
            Add(["spectrum", "--point", "random", .. bad]);
        foreach (var bad in new[] { ["--d", "60"], ["--type", "S_3 x S_9", "--d", "4"], ["--type", "garbage", "--d", "4"], ["--type", "S_2 x S_2", "--d", "4", "--k", "3"],
                     ["--point", "identity", "--k", "2", "--d", "3"], new[] { "--d", "0" } })
            Add(["critical", .. bad]);
        foreach (var bad in new[] { ["--n", "0"], ["--n", "1001"], ["--n", "-5"], ["--n", "abc"], ["--n", "99999999999"], Array.Empty<string>() })
            Add(["maximal", .. bad]);
        foreach (var spec in new[] { "S(0)", "S(-1)", "Q(3)", "S(5", "S(5) x", "(1,2", "(1,2)(2,3", "(1,1)", "(0,1)", "S(3) wr", "A(0)", "Cells(0,3)", "", "S(99999999999)" })
            Add("group", spec);
        Add("group", "(1,2)", "--degree", "0");
        Add("group", "(1,2)", "--degree", "many");
        Add("group", "S(5)", "--degree", "6");
        foreach (var bad in new[] { ["--d", "0", "--subgroup", "S(1)"], ["--d", "3", "--subgroup", "garbage"], ["--d", "3", "--subgroup", "S(4)"],
                     ["--d", "3", "--subgroup", "S(3)", "--k", "0"], ["--d", "3", "--subgroup", "(1,2,9)"], new[] { "--subgroup", "S(3)" } })
            Add(["decompose", .. bad]);
        foreach (var bad in new[] { ["garbage", "S(3)"], ["S(3)"], ["S(3)", "S(4)"], new[] { "(1,2)", "(1,2,3)", "--degree", "-1" } })
            Add(["conjugate", .. bad]);
        foreach (var bad in new[] { ["--tolerance", "-1"], ["--tolerance", "NaN"], new[] { "--tolerance", "x" } })
            Add(["isotropy", "--matrix", "{dir}/id2.json", .. bad]);
        Add("isotropy", "--matrix", "{dir}/id3.json", "--diagonal", "--second-layer", "{dir}/vec3.npy", "--tolerance", "-0.5");
        Add("isotropy", "--matrix", "{dir}/id3.json", "--second-layer", "{dir}/id3.json");
        foreach (var bad in new[] { ["--trials", "0"], ["--trials", "-1"], ["--claim", "garbage"], ["--claim", "Cells(3,2)"], ["--seed", "x"],
                     new[] { "--claim", "(1,99)" } })
            Add(["check", .. bad]);

        // Spec strings.
        // Genuinely invalid sharpness: not a number, not positive, infinite, or so small that log(2)/beta is not a double.
        foreach (var a in new[] { "nope", "relu(", "relu)", "softplus(beta=0)", "softplus(beta=-1)", "softplus(beta=inf)", "softplus(beta=nan)",
                     "softplus(beta=-0)", "softplus(beta=1e-320)", "softplus(beta=1e309)", "softplus(beta=abc)", "softplus(beta=)",
                     "softplus(gamma=2)", "softplus(beta=1,beta=2)", "leaky-relu(alpha=nan)", "leaky-relu(alpha=1e308)", "RELU", "", "tanh(x=1)" })
            Add("loss", "--point", "random", "--d", "3", "--activation", a);
        // Losses that are beyond the double range, refused with the reason: (log 2/β)²(Σa − Σu)²/2 and a Hessian ≈ (log 2/β)².
        Add("loss", "--point", "random", "--d", "3", "--k", "2", "--activation", "softplus(beta=1e-300)");
        Add("loss", "--point", "random", "--d", "3", "--k", "2", "--activation", "softplus(beta=1e-300)", "--distribution", "uniform(-1,1)");
        Add("spectrum", "--point", "identity", "--d", "3", "--second-layer", "--activation", "softplus(beta=1e-300)");
        // Computations that use the full kernel E[σσ] (family) refuse softplus below beta = 0.1, where (log 2/β)² would swamp it.
        Add("family", "--type", "S(d)", "--from", "4", "--to", "5", "--activation", "softplus(beta=1e-8)");
        foreach (var dist in new[] { "cauchy", "uniform(1,1)", "uniform(5,1)", "uniform(nan,1)", "uniform(shift=1e308)", "uniform(shift=1e160)",
                     "uniform(-1e308,1e308)", "uniform(0,1e200)", "gaussian(cov=)", "gaussian(mean=1)", "uniform(", "" })
            Add("loss", "--point", "random", "--d", "3", "--distribution", dist);
        foreach (var model in new[] { "three-layer", "deep(widths=)", "deep(widths=0-3)", "deep(widths=a-b)", "two-layer(samples=1)",
                     "two-layer(samples=-5)", "deep(widths=4,activation=nope)", "two-layer(seed=x)", "deep(widths=4,bias=maybe)", "" })
            Add("loss", "--point", "random", "--d", "3", "--model", model);

        // Unknown options and commands: one error line however many there are.
        foreach (var command in new[] { "group", "explore", "decompose", "check", "loss", "critical", "spectrum", "sgd", "experiment", "isotropy",
                     "lattice", "maximal", "conjugate", "family" })
        {
            Add(command, "--no-such-option");
            Add(command, "--bogus", "1", "--bogus2", "--bogus3");
        }
        Add("frobnicate");
        Add("frobnicate", "--x", "--y");
        Add();
        return cases.Select(c => new object[] { c });
    }

    public static IEnumerable<object[]> Accepted()
    {
        var cases = new List<string[]>
        {
            new[] { "isotropy", "--matrix", "{dir}/bom.json" },
            new[] { "isotropy", "--matrix", "{dir}/utf16.json" },
            new[] { "isotropy", "--matrix", "{dir}/id3.npy" },
            new[] { "loss", "--point", "identity", "--teacher", "{dir}/id3.json" },
            new[] { "loss", "--point", "identity", "--teacher", "{dir}/id3.npy" },
            new[] { "loss", "--point", "identity", "--teacher", "{dir}/teacher3.txt" },
            new[] { "loss", "--point", "identity", "--teacher", "{dir}/bom.json" },
            new[] { "lattice", "--k", "2", "--d", "2", "--dot", "{dir}/new/nested/folder/lattice.dot" },
            new[] { "lattice", "--k", "2", "--d", "2", "--dot", "/dev/null" },
            new[] { "critical", "--point", "identity", "--d", "2", "--out", "{dir}/made/here/point.json", "--json" },
            new[] { "loss", "--point", "{dir}/vec3.npy" },
            new[] { "group", "S(5)" },
            new[] { "loss", "--point", "identity", "--d", "3", "--activation", "softplus(beta=0.1)" },
            new[] { "loss", "--point", "identity", "--d", "3", "--activation", "softplus(beta=1e-6)", "--distribution", "uniform(-1,1)", "--model", "two-layer(samples=2000)" },
            new[] { "loss", "--point", "identity", "--d", "3", "--activation", "softplus(beta=1e6)", "--distribution", "uniform(-1,1)", "--model", "two-layer(samples=2000)" },
            new[] { "loss", "--point", "random", "--d", "3", "--activation", "softplus(beta=1e-300)", "--distribution", "uniform(-1,1)", "--model", "two-layer(samples=2000)" },
            new[] { "loss", "--point", "random", "--d", "3", "--activation", "softplus(beta=1e308)", "--distribution", "uniform(-1,1)", "--model", "two-layer(samples=2000)" },
            new[] { "loss", "--point", "random", "--d", "3", "--k", "2", "--activation", "softplus(beta=1e-8)" },
            new[] { "loss", "--point", "identity", "--d", "3", "--second-layer", "--activation", "softplus(beta=1e-300)" },
            new[] { "explore", "--d", "3", "--seeds", "2", "--activation", "softplus(beta=1e-8)" },
        };
        // softplus at the edges of beta and across the old refusal thresholds (0.1 and 100 for the Gaussian kernel).
        foreach (var beta in new[] { "1e-307", "1e-300", "1e-8", "0.01", "0.1", "99.99", "100.01", "200", "1e6", "1e308" })
            cases.Add(new[] { "loss", "--point", "random", "--d", "3", "--activation", $"softplus(beta={beta})" });
        return cases.Select(c => new object[] { c });
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_with_one_error_line(string[] args)
    {
        var r = CliRunner.Run(files.Expand(args));
        string shown = string.Join(' ', args);
        Assert.True(r.ExitCode == ExitCodes.InvalidInput, $"'{shown}' exited {r.ExitCode}: {r.Stderr}");
        // Progress lines may precede it on standard error (critical), but exactly one line is the error.
        var lines = r.ErrorLines.Where(l => l.StartsWith("error", StringComparison.Ordinal)).ToArray();
        Assert.True(lines.Length == 1, $"'{shown}' wrote {lines.Length} error lines: {r.Stderr}");
        Assert.StartsWith("error: ", lines[0]);
        Assert.DoesNotContain("internal error", lines[0]);
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.False(NonFinite.IsMatch(r.Stdout), $"'{shown}' printed a non-finite number: {r.Stdout}");
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepted_without_errors(string[] args)
    {
        var r = CliRunner.Run(files.Expand(args));
        Assert.True(r.ExitCode == ExitCodes.Success, $"'{string.Join(' ', args)}' exited {r.ExitCode}: {r.Stderr}");
        Assert.Equal("", r.Stderr);
        Assert.False(NonFinite.IsMatch(r.Stdout), r.Stdout);
    }

    [Fact]
    public void The_suite_has_at_least_480_cases() => Assert.True(Refused().Count() + Accepted().Count() >= 480, $"{Refused().Count() + Accepted().Count()} cases");
}
