namespace Landscape.Symmetry.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Declared_symmetry_of_a_smooth_model_passes_with_exit_code_0()
    {
        var r = CliRunner.Run("check", "--d", "3", "--k", "2", "--activation", "erf", "--trials", "4");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        Assert.Contains("loss invariance", r.Stdout);
        Assert.DoesNotContain("FAIL", r.Stdout);
    }

    [Fact]
    public void Full_claim_against_teacher_I_plus_2I_fails_with_exit_code_1_and_a_counterexample()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "1 0 0 0\n0 1 0 0\n0 0 2 0\n0 0 0 2\n");
        try
        {
            var r = CliRunner.Run("check", "--teacher", file, "--k", "2", "--claim", "full", "--trials", "4", "--json");
            Assert.Equal(ExitCodes.Violation, r.ExitCode);
            using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
            Assert.False(doc.RootElement.GetProperty("passed").GetBoolean());
            var invariance = doc.RootElement.GetProperty("properties")[0];
            Assert.Equal("FAIL", invariance.GetProperty("status").GetString());
            Assert.Contains("L(g·x)", invariance.GetProperty("counterexample").GetProperty("explanation").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--activation", "softplus(beta=-1)")]
    [InlineData("--activation", "sigmoid")]
    [InlineData("--distribution", "uniform(2,1)")]
    [InlineData("--distribution", "gaussian(cov=/no/such/file)")]
    [InlineData("--model", "deep(widths=0-3)")]
    [InlineData("--claim", "S(3)")]
    public void Bad_specs_are_invalid_input(string option, string value)
    {
        CliRunner.AssertInvalidInput("check", "--d", "3", "--k", "2", option, value);
    }
}

public class CheckListTests
{
    [Fact]
    public void List_names_every_registered_plugin()
    {
        var r = CliRunner.Run("check", "--list");
        Assert.Equal(0, r.ExitCode);
        foreach (var name in new[] { "relu", "leaky-relu(alpha=0.01)", "softplus(beta=1)", "erf", "tanh", "gelu", "gaussian(cov=FILE)", "uniform(a,b)", "deep(" })
            Assert.Contains(name, r.Stdout);
    }
}
