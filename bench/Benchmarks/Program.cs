using BenchmarkDotNet.Running;
using Landscape.Symmetry.Benchmarks;

// Run all: dotnet run -c Release --project bench/Benchmarks -- --filter '*'
// One timed dense-versus-block comparison: dotnet run -c Release --project bench/Benchmarks -- compare-spectra 50
if (args.Length == 2 && args[0] == "compare-spectra")
{
    SpectrumComparison.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}
// Orders from bare generators, one cold run per file: dotnet run -c Release --project bench/Benchmarks -- bare-orders bench/inputs/*.txt
if (args.Length >= 1 && args[0] == "bare-orders")
{
    BareGeneratorBenchmarks.TimePhases(args.Skip(1));
    return;
}
// Dense versus reduced Hessian spectrum at a ΔS_{D−1}×ΔS_1 critical point: ... -- compare-point-spectra 50
if (args.Length == 2 && args[0] == "compare-point-spectra")
{
    ReducedSpectrumComparison.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}
// A survey point as a file for whole-process spectrum timings: ... -- write-survey-point 1000 w1000.npy
if (args.Length == 3 && args[0] == "write-survey-point")
{
    SurveyPointFile.Write(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
    return;
}
// Population loss and SGD step against NumPy/PyTorch side by side: dotnet run -c Release --project bench/Benchmarks -- compare-steps
if (args.Length >= 1 && args[0] == "compare-steps")
{
    StepComparison.Run(args.Length > 1 ? args[1] : Path.Combine("bench", "python"));
    return;
}
// One deep SGD step against NumPy/PyTorch side by side: dotnet run -c Release --project bench/Benchmarks -- compare-deep-steps [20-20-20-20-1] [bench/python]
if (args.Length >= 1 && args[0] == "compare-deep-steps")
{
    DeepStepComparison.Run(args.Length > 1 ? args[1] : "20-20-20-20-1", args.Length > 2 ? args[2] : Path.Combine("bench", "python"));
    return;
}
// A deep SGD run checked by check, past its stopping rule: ... -- deep-trace 20-20-20-20-1 SEED CAP [PRINT_EVERY]
if (args.Length >= 4 && args[0] == "deep-trace")
{
    DeepConvergenceTrace.Run(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    return;
}
// Where the time of the population loss + gradient goes: dotnet run -c Release --project bench/Benchmarks -- population-phases 100
if (args.Length == 2 && args[0] == "population-phases")
{
    PopulationPhases.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}
// Where the time of one SGD step goes: dotnet run -c Release --project bench/Benchmarks -- sgd-phases
if (args.Length == 1 && args[0] == "sgd-phases")
{
    SgdPhases.Run();
    return;
}
// Where the time of isotropy on a generic d×d matrix goes, phase by phase: ... -- isotropy-phases 150
if (args.Length == 2 && args[0] == "isotropy-phases")
{
    IsotropyPhases.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
