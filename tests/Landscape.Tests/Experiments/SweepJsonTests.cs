using System.Text.Json;

namespace Landscape.Symmetry.Landscape.Tests.Experiments;

/// <summary>
/// Sweep lines are written and read through source-generated metadata (<see cref="SgdSweep.JsonOptions"/>), which the
/// Native AOT tool needs; the oracle is the reflection serializer with the same naming, which wrote them before.
/// </summary>
public sealed class SweepJsonTests
{
    private static readonly JsonSerializerOptions Reflection = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = false };

    private static SgdRunResult Full() => new()
    {
        Seed = 7, K = 3, D = 2, SecondLayer = true, Steps = 1200, Loss = 1.25e-9, GradientNorm = null, Stop = "gradient-norm",
        Parameters = [0.5, -1.0 / 3, 2e-12], Activation = "erf", Distribution = "gaussian", Model = "two-layer", Protocol = "gd",
        Settings = new SortedDictionary<string, string> { ["step"] = "0.1", ["batch"] = "1000" }, Seconds = 0.25, Spurious = false,
        EndPoint = new EndPointReport
        {
            Loss = 1e-3, GradientNorm = 1e-10, Classification = "minimum", Index = 0, SmallestEigenvalue = 0.01,
            Eigenvalues = [0.01, 0.5], Isotropy = "ΔS_2×ΔS_1", Parameters = null,
        },
    };

    private static SgdRunResult Minimal() => new()
    {
        Seed = 0, D = 1, SecondLayer = false, Steps = 0, Loss = null, GradientNorm = 0.5, Stop = "max-steps", Parameters = [],
    };

    [Fact]
    public void Lines_are_written_as_the_reflection_serializer_wrote_them()
    {
        foreach (var result in new[] { Full(), Minimal() })
            Assert.Equal(JsonSerializer.Serialize(result, Reflection), JsonSerializer.Serialize(result, SgdSweep.JsonOptions));
    }

    [Fact]
    public void Lines_read_back_to_the_same_result()
    {
        foreach (var result in new[] { Full(), Minimal() })
        {
            var line = JsonSerializer.Serialize(result, Reflection);
            var back = JsonSerializer.Deserialize<SgdRunResult>(line, SgdSweep.JsonOptions)!;
            Assert.Equal(line, JsonSerializer.Serialize(back, Reflection));
        }
    }
}
