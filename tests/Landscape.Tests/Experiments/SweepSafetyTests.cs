using System.Text;

namespace Landscape.Symmetry.Landscape.Tests.Experiments;

public sealed class SweepSafetyTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "landscape-sweep-" + Guid.NewGuid().ToString("N"));

    public SweepSafetyTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static readonly SgdProtocol Tiny = new() { BatchSize = 20, StepSize = 0.05, CheckEvery = 20, Patience = 2, MaxSteps = 60 };

    private static SgdProblem Problem(int k = 2, int d = 3) => SgdProblem.Gaussian(TwoLayerPopulationLoss.IdentityTeacher(k, d), Relu.Instance);

    private string File(string name) => Path.Combine(dir, name);

    public static TheoryData<string, SgdProtocol> ChangedSettings => new()
    {
        { "step", Tiny with { StepSize = 0.04 } },
        { "batch", Tiny with { BatchSize = 21 } },
        { "maxSteps", Tiny with { MaxSteps = 61 } },
        { "checkEvery", Tiny with { CheckEvery = 10 } },
        { "patience", Tiny with { Patience = 3 } },
        { "relativeImprovement", Tiny with { RelativeImprovement = 0.02 } },
    };

    [Theory]
    [MemberData(nameof(ChangedSettings))]
    public void A_resume_with_another_setting_is_refused_naming_it(string setting, SgdProtocol changed)
    {
        var path = File("runs.jsonl");
        SgdSweep.Run(Problem(), Tiny, [0, 1], path, maxParallelism: 1);
        var before = System.IO.File.ReadAllBytes(path);
        var e = Assert.Throws<InvalidOperationException>(() => SgdSweep.Run(Problem(), changed, [0, 1, 2], path, maxParallelism: 1));
        Assert.Contains(setting, e.Message);
        Assert.Equal(before, System.IO.File.ReadAllBytes(path)); // nothing touched
        // The same settings resume.
        var again = SgdSweep.Run(Problem(), Tiny, [0, 1, 2], path, maxParallelism: 1);
        Assert.Equal([0, 1], again.Skipped.Order());
        Assert.Equal([2], again.NewResults.Select(r => r.Seed));
    }

    [Fact]
    public void Another_teacher_of_the_same_shape_is_refused()
    {
        var path = File("teacher.jsonl");
        SgdSweep.Run(Problem(3, 3), Tiny, [0], path, maxParallelism: 1);
        var v = new double[3, 3];
        for (int i = 0; i < 3; i++) v[i, i] = i == 2 ? 2 : 1;
        var other = SgdProblem.Gaussian(new TwoLayerPopulationLoss(ReluGaussianKernel.Instance, v, null, 3), Relu.Instance);
        var e = Assert.Throws<InvalidOperationException>(() => SgdSweep.Run(other, Tiny, [1], path, maxParallelism: 1));
        Assert.Contains("teacher", e.Message);
        Assert.NotEqual(Problem(3, 3).TeacherDigest, other.TeacherDigest);
    }

    [Fact]
    public void Another_protocol_is_refused()
    {
        var path = File("protocol.jsonl");
        SgdSweep.Run(Problem(), Tiny, [0], path, maxParallelism: 1);
        var e = Assert.Throws<InvalidOperationException>(() =>
            SgdSweep.Run(Problem(), SweepPlan.Gd(new GdProtocol { MaxSteps = 5 }, analyze: false), [1], path, maxParallelism: 1));
        Assert.Contains("protocol", e.Message);
    }

    [Fact]
    public void Lines_without_recorded_settings_are_refused()
    {
        var path = File("old.jsonl");
        System.IO.File.WriteAllText(path, "{\"seed\":0,\"k\":2,\"d\":3,\"secondLayer\":false,\"steps\":5,\"loss\":0.1,\"gradientNorm\":0.1,\"stop\":\"max-steps\",\"parameters\":[1,2,3,4,5,6]}\n");
        var e = Assert.Throws<InvalidOperationException>(() => SgdSweep.Run(Problem(), Tiny, [1], path, maxParallelism: 1));
        Assert.Contains("not recorded", e.Message);
    }

    [Fact]
    public void A_second_writer_is_refused_at_once_naming_the_lock()
    {
        var path = File("locked.jsonl");
        using (var holder = SweepFile.Open(path))
        {
            var e = Assert.Throws<InvalidOperationException>(() => SgdSweep.Run(Problem(), Tiny, [0], path, maxParallelism: 1));
            Assert.Contains("locked", e.Message);
            Assert.Contains(path, e.Message);
        }
        // Released with the holder: the sweep now runs.
        Assert.Single(SgdSweep.Run(Problem(), Tiny, [0], path, maxParallelism: 1).NewResults);
    }

    [Fact]
    public void A_torn_last_line_is_cut_off_and_its_seed_rerun()
    {
        var path = File("torn.jsonl");
        SgdSweep.Run(Problem(), Tiny, [0, 1], path, maxParallelism: 1);
        var whole = System.IO.File.ReadAllText(path);
        System.IO.File.AppendAllText(path, whole.Split('\n')[0][..40]); // a write cut by a kill
        using (var file = SweepFile.Open(path))
        {
            Assert.True(file.Repaired);
            Assert.Equal(2, file.Results.Count);
        }
        Assert.Equal(whole, System.IO.File.ReadAllText(path));
        SgdSweep.Run(Problem(), Tiny, [0, 1, 2], path, maxParallelism: 1);
        var lines = System.IO.File.ReadAllLines(path);
        Assert.Equal(3, lines.Length);
        Assert.Equal([0, 1, 2], SgdSweep.ReadResults(path).Select(r => r.Seed).Order());
    }

    [Fact]
    public void A_whole_last_line_without_its_newline_is_kept()
    {
        var path = File("nonewline.jsonl");
        SgdSweep.Run(Problem(), Tiny, [0, 1], path, maxParallelism: 1);
        var text = System.IO.File.ReadAllText(path);
        System.IO.File.WriteAllText(path, text.TrimEnd('\n'));
        var r = SgdSweep.Run(Problem(), Tiny, [0, 1, 2], path, maxParallelism: 1);
        Assert.Equal(2, r.Skipped.Count);
        Assert.Equal(3, System.IO.File.ReadAllLines(path).Length);
    }

    [Theory]
    [InlineData("{\"rows\":[[1,2],[3,4]]}\n")]
    [InlineData("hello\n")]
    public void A_foreign_file_is_refused_and_left_alone(string content)
    {
        var path = File("foreign.json");
        System.IO.File.WriteAllText(path, content);
        var e = Assert.Throws<InvalidOperationException>(() => SgdSweep.Run(Problem(), Tiny, [0], path, maxParallelism: 1));
        Assert.Contains("not a sweep result line", e.Message);
        Assert.Equal(content, System.IO.File.ReadAllText(path));
    }

    [Fact]
    public void Output_locations_are_checked_before_any_run_and_folders_created()
    {
        var nested = Path.Combine(dir, "a", "b", "runs.jsonl");
        SgdSweep.Run(Problem(), Tiny, [0], nested, maxParallelism: 1);
        Assert.True(System.IO.File.Exists(nested));
        var folder = Assert.Throws<InvalidOperationException>(() => SgdSweep.Run(Problem(), Tiny, [0], dir, maxParallelism: 1));
        Assert.Contains("is a folder", folder.Message);
        var underFile = Assert.Throws<InvalidOperationException>(() => SgdSweep.Run(Problem(), Tiny, [0], Path.Combine(nested, "x.jsonl"), maxParallelism: 1));
        Assert.Contains("is a file", underFile.Message);
    }

    [Fact]
    public void Every_line_records_its_settings_and_time()
    {
        var path = File("settings.jsonl");
        SgdSweep.Run(Problem(), SweepPlan.Sgd(Tiny), [0], path, maxParallelism: 1);
        var line = SgdSweep.ReadResults(path).Single();
        Assert.Equal("sgd", line.Protocol);
        Assert.Equal("0.05", line.Settings!["step"]);
        Assert.Equal("20", line.Settings["batch"]);
        Assert.Equal("60", line.Settings["maxSteps"]);
        Assert.Equal("20", line.Settings["checkEvery"]);
        Assert.StartsWith("sha256:", line.Settings["teacher"]);
        Assert.True(line.Seconds > 0);
        var speed = SweepSpeed.Of([line]);
        Assert.Equal(line.Steps / line.Seconds!.Value, speed.StepsPerSecond!.Value, 9);
    }

    [Fact]
    public void Refined_points_are_kept_beside_the_raw_ones()
    {
        var path = File("refined.jsonl");
        SgdSweep.Run(Problem(3, 3), SweepPlan.Sgd(Tiny with { MaxSteps = 200 }, refine: true), [4], path, maxParallelism: 1);
        var line = SgdSweep.ReadResults(path).Single();
        var model = TwoLayerPopulationLoss.IdentityTeacher(3, 3);
        Assert.Equal(model.Value(line.Parameters), line.Loss); // raw fields stay raw
        Assert.NotNull(line.Refined);
        Assert.Equal(model.Value(line.Refined!.Parameters!), line.Refined.Loss, 1e-14);
        Assert.True(line.Refined.GradientNorm <= 1e-8);
        Assert.Equal(9, line.Refined.Eigenvalues.Length);
        Assert.NotNull(line.Refined.Isotropy);
    }

    [Fact]
    public void Tallies_report_lost_and_duplicated_seeds_and_refuse_mixed_sweeps()
    {
        string a = File("a.jsonl"), b = File("b.jsonl"), c = File("c.jsonl");
        var seeds = Enumerable.Range(0, 6).ToArray();
        SgdSweep.Run(Problem(), Tiny, seeds, a, Shard.Parse("1/2"), maxParallelism: 1);
        SgdSweep.Run(Problem(), Tiny, [1, 2], b, maxParallelism: 1); // seed 2 twice; 3 and 5 missing
        var tally = SweepTally.Of([a, b], seeds);
        Assert.Equal([3, 5], tally.Lost);
        Assert.Equal([2], tally.Duplicated);
        Assert.Equal([0, 1, 2, 4], tally.Results.Select(r => r.Seed));
        SgdSweep.Run(Problem(), Tiny with { StepSize = 0.02 }, [7], c, maxParallelism: 1);
        var e = Assert.Throws<InvalidOperationException>(() => SweepTally.Of([a, c], null));
        Assert.Contains("different sweeps", e.Message);
        Assert.Throws<InvalidOperationException>(() => SweepTally.Of([File("missing.jsonl")], null));
    }

    [Theory]
    [InlineData("3", "8", null, 4, 8)]
    [InlineData("1", "8", "1", 1, 8)]
    [InlineData("0", "1", null, 1, 1)]
    public void Slurm_variables_give_the_shard(string id, string count, string? min, int index, int n)
    {
        var env = new Dictionary<string, string?> { ["SLURM_ARRAY_TASK_ID"] = id, ["SLURM_ARRAY_TASK_COUNT"] = count, ["SLURM_ARRAY_TASK_MIN"] = min };
        Assert.Equal(new Shard(index, n), Shard.Resolve("slurm", name => env.GetValueOrDefault(name)));
    }

    [Theory]
    [InlineData(null, "4", "SLURM_ARRAY_TASK_ID")]
    [InlineData("2", null, "SLURM_ARRAY_TASK_COUNT")]
    [InlineData("x", "4", "SLURM_ARRAY_TASK_ID")]
    [InlineData("2", "-4", "SLURM_ARRAY_TASK_COUNT")]
    [InlineData("9", "4", "task 10 of")]
    public void Missing_or_malformed_Slurm_variables_are_refused(string? id, string? count, string expected)
    {
        var env = new Dictionary<string, string?> { ["SLURM_ARRAY_TASK_ID"] = id, ["SLURM_ARRAY_TASK_COUNT"] = count };
        var e = Assert.Throws<FormatException>(() => Shard.Resolve("slurm", name => env.GetValueOrDefault(name)));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_file_that_refuses_writes_is_refused_when_opened_not_after_the_runs()
    {
        // A kernel file reports length 0 and fails on write (EIO); an empty regular file opens and stays empty.
        const string kernelFile = "/proc/version";
        Assert.True(System.IO.File.Exists(kernelFile) || !OperatingSystem.IsLinux(), "a Linux machine has /proc/version");
        if (System.IO.File.Exists(kernelFile))
        {
            var e = Assert.Throws<InvalidOperationException>(() => SweepFile.Open(kernelFile));
            Assert.Contains("Cannot write the sweep file", e.Message);
        }
        string empty = File("empty.jsonl");
        System.IO.File.WriteAllBytes(empty, []);
        using (var file = SweepFile.Open(empty)) Assert.Empty(file.Results);
        Assert.Equal(0, new FileInfo(empty).Length);
    }
}
