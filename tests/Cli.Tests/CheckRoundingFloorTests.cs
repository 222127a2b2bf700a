namespace Landscape.Symmetry.Cli.Tests;

/// <summary>
/// Softplus at tiny β with unequal output sums (k = 2 students against the 3 teacher rows of I_3) has a loss near
/// ½(log 2/β)²(Σa − Σu)² ≈ 2.4e15: its gradient is O(1) and right, but central differences of L round to about ε|L|/h.
/// The kit must not fail that true claim; it reports the check as not run and says why.
/// </summary>
public class CheckRoundingFloorTests
{
    [Fact]
    public void A_loss_too_large_for_central_differences_is_not_run_rather_than_failed()
    {
        var r = CliRunner.Run("check", "--d", "3", "--k", "2", "--activation", "softplus(beta=1e-8)", "--trials", "4", "--json");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        Assert.True(doc.RootElement.GetProperty("passed").GetBoolean());
        var gradient = doc.RootElement.GetProperty("properties").EnumerateArray()
            .Single(p => p.GetProperty("property").GetString() == "gradient vs finite differences");
        Assert.Equal("not run", gradient.GetProperty("status").GetString());
        Assert.Contains("rounds central differences", r.Stdout);
    }

    [Fact]
    public void An_ordinary_loss_still_runs_the_finite_difference_check()
    {
        var r = CliRunner.Run("check", "--d", "3", "--k", "2", "--activation", "softplus(beta=1)", "--trials", "4", "--json");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        var gradient = doc.RootElement.GetProperty("properties").EnumerateArray()
            .Single(p => p.GetProperty("property").GetString() == "gradient vs finite differences");
        Assert.Equal("pass", gradient.GetProperty("status").GetString());
    }
}
