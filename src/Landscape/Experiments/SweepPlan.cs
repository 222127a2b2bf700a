using System.Globalization;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// What each seed of a sweep runs — the SGD protocol (<see cref="SgdProtocol"/>, optionally refined) or Safran–Shamir's
/// gradient descent (<see cref="GdProtocol"/>) — and the settings that change its numbers, recorded in every result line.
/// </summary>
public abstract class SweepPlan
{
    private protected SweepPlan()
    {
    }

    /// <summary>The protocol's name written in every line: "sgd" or "gd".</summary>
    public abstract string Protocol { get; }

    /// <summary>
    /// Every setting that changes results, as text: the protocol's numbers (round-trip formatted) and the teacher's
    /// digest (<see cref="SgdProblem.TeacherDigest"/>). Refinement is not one: it adds a <c>refined</c> field beside the
    /// raw run and leaves the run's own numbers alone, so a sweep may be resumed with or without it. Two sweeps with equal
    /// settings, model and specs produce the same line for the same seed (up to the wall time).
    /// </summary>
    public SortedDictionary<string, string> Settings(SgdProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var s = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["protocol"] = Protocol,
            ["teacher"] = problem.TeacherDigest ?? "model",
        };
        AddSettings(s);
        return s;
    }

    private protected abstract void AddSettings(SortedDictionary<string, string> settings);

    /// <summary>Runs one seed.</summary>
    public abstract SgdRunResult RunOne(SgdProblem problem, int seed, CancellationToken cancellationToken);

    /// <summary>Throws unless the plan can run <paramref name="problem"/>.</summary>
    public virtual void Check(SgdProblem problem) => ArgumentNullException.ThrowIfNull(problem);

    private protected static string Text(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private protected static string Text(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>The SGD protocol; with <paramref name="refine"/> each end point is also refined (<see cref="EndPointReport.Refine"/>) into <c>refined</c>.</summary>
    public static SweepPlan Sgd(SgdProtocol protocol, bool refine = false) => new SgdPlan(protocol, refine);

    /// <summary>Safran–Shamir's gradient descent; with <paramref name="analyze"/> each converged end point is classified and typed into <c>endPoint</c>.</summary>
    public static SweepPlan Gd(GdProtocol protocol, bool analyze = true) => new GdPlan(protocol, analyze);

    private sealed class SgdPlan : SweepPlan
    {
        private readonly SgdProtocol protocol;
        private readonly bool refine;

        public SgdPlan(SgdProtocol protocol, bool refine)
        {
            ArgumentNullException.ThrowIfNull(protocol);
            protocol.Validate();
            this.protocol = protocol;
            this.refine = refine;
        }

        public override string Protocol => "sgd";

        private protected override void AddSettings(SortedDictionary<string, string> s)
        {
            s["step"] = Text(protocol.StepSize);
            s["batch"] = Text(protocol.BatchSize);
            s["maxSteps"] = Text(protocol.MaxSteps);
            s["checkEvery"] = Text(protocol.CheckEvery);
            s["patience"] = Text(protocol.Patience);
            s["relativeImprovement"] = Text(protocol.RelativeImprovement);
        }

        public override void Check(SgdProblem problem)
        {
            base.Check(problem);
            if (refine && problem.Layout.Dimension > EndPointReport.MaxDimension)
                throw new ArgumentException($"Refinement needs at most {EndPointReport.MaxDimension} parameters; this model has {problem.Layout.Dimension}.");
        }

        public override SgdRunResult RunOne(SgdProblem problem, int seed, CancellationToken cancellationToken)
        {
            var r = SgdRun.Run(problem, protocol, seed, cancellationToken);
            if (!refine || r.Parameters.Length == 0) return r;
            return r with { Refined = EndPointReport.Refine(problem.Objective, r.Parameters, problem.HiddenUnits is not null, cancellationToken) };
        }
    }

    private sealed class GdPlan : SweepPlan
    {
        private readonly GdProtocol protocol;
        private readonly bool analyze;

        public GdPlan(GdProtocol protocol, bool analyze)
        {
            ArgumentNullException.ThrowIfNull(protocol);
            protocol.Validate();
            this.protocol = protocol;
            this.analyze = analyze;
        }

        public override string Protocol => "gd";

        private protected override void AddSettings(SortedDictionary<string, string> s)
        {
            s["step"] = Text(protocol.StepSize);
            s["gradientTolerance"] = Text(protocol.GradientTolerance);
            s["spuriousLoss"] = Text(protocol.SpuriousLoss);
            s["maxSteps"] = Text(protocol.MaxSteps);
        }

        public override void Check(SgdProblem problem)
        {
            base.Check(problem);
            if (problem.HiddenUnits is null)
                throw new ArgumentException($"The gd protocol (Safran–Shamir) trains two-layer models; got {problem.ModelSpec}. Use the sgd protocol.");
        }

        public override SgdRunResult RunOne(SgdProblem problem, int seed, CancellationToken cancellationToken) =>
            GradientDescentRun.Run(problem, protocol, seed, analyze, cancellationToken);
    }
}
