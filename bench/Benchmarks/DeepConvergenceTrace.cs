using System.Diagnostics;
using System.Globalization;
using Landscape.Symmetry.Landscape;
using Landscape.Symmetry.Plugins;

namespace Landscape.Symmetry.Benchmarks;

/// <summary>
/// How a deep SGD run evolves under the papers' protocol and when its stopping rule fires: the run of
/// <see cref="SgdRun.Run(SgdProblem, SgdProtocol, int, CancellationToken)"/> for one seed (the same generator, batches
/// and updates, so the same parameters step for step), printed at every check — the loss and gradient norm on the
/// model's fixed sample, the norm's standard error over that sample (the floor sampling puts under it), and the
/// rule's state — and continued past the point where the rule fires, up to a cap, to see what stopping there missed.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project bench/Benchmarks -- deep-trace 20-20-20-20-1 SEED CAP [PRINT_EVERY]</c>.
/// The rule is the protocol's (<see cref="SgdProtocol"/> defaults: check every 1000 steps, stop after 20 checks
/// without a 1% drop of the best norm), replayed here on the printed norms.
/// </remarks>
public static class DeepConvergenceTrace
{
    public static void Run(string widthsSpec, int seed, int cap, int printEvery)
    {
        var widths = widthsSpec.Split('-').Select(int.Parse).ToArray();
        var problem = DeepStepComparison.DeepProblem(widths);
        var loss = (DeepNetworkLoss)problem.Objective;
        var protocol = new SgdProtocol();
        var source = problem.Gradient;
        var rng = new Random(seed);
        var x = source.Initialize(rng);
        var grad = new double[x.Length];
        var popGrad = new double[x.Length];
        double best = double.PositiveInfinity;
        int sinceBest = 0;
        int? firedAt = null;
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"# deep-trace widths {widthsSpec} seed {seed} cap {cap}; batch {protocol.BatchSize}, step {protocol.StepSize}, check every {protocol.CheckEvery}, patience {protocol.Patience}, improvement {protocol.RelativeImprovement}");
        Console.WriteLine("# step loss gradnorm gradnorm-stderr best checks-since-best seconds");
        for (int step = 1; step <= cap; step++)
        {
            source.BatchGradient(x, protocol.BatchSize, rng, grad);
            for (int t = 0; t < x.Length; t++) x[t] -= protocol.StepSize * grad[t];
            if (step % protocol.CheckEvery != 0) continue;
            double value = loss.Gradient(x, popGrad);
            double norm = Math.Sqrt(popGrad.Sum(v => v * v));
            // The protocol's rule (SgdRun): a check counts as progress when the norm falls below 99% of the best so far.
            if (norm < (1 - protocol.RelativeImprovement) * best) { best = norm; sinceBest = 0; }
            else if (++sinceBest >= protocol.Patience && firedAt is null)
            {
                firedAt = step;
                Console.WriteLine($"# the stopping rule fires at step {step}: loss {value:E4}, gradient norm {norm:E4}");
            }
            if (step % printEvery == 0 || step == cap)
            {
                double floor = Math.Sqrt(loss.GradientStandardError(x).Sum(v => v * v));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{step} {value:E4} {norm:E4} {floor:E4} {best:E4} {sinceBest} {clock.Elapsed.TotalSeconds:F0}"));
            }
        }
        Console.WriteLine(firedAt is { } s ? $"# fired at step {s}" : $"# the rule did not fire within {cap} steps");
    }
}
