namespace Landscape.Symmetry.Cli.Output;

/// <summary>The JSON output of <c>symmetry conjugate</c>.</summary>
internal sealed record ConjugateReport(string H, string K, int Degree, string Within, bool Conjugate, string? Conjugator, string? Reason);
