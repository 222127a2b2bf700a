using System.Collections.Immutable;
using System.Numerics;

namespace Landscape.Symmetry.Groups;

/// <summary>One step of <see cref="GroupSummary.Of"/>, reported as it starts.</summary>
/// <param name="Step">1-based number of the step.</param>
/// <param name="Steps">Number of steps.</param>
/// <param name="Stage">What the step computes, e.g. "order (stabilizer chain of degree 1000)".</param>
public sealed record GroupSummaryProgress(int Step, int Steps, string Stage);

/// <summary>
/// The basic facts about the group of a spec, each computed once and within documented bounds: what
/// <c>symmetry group</c> reports. Points are 0-based.
/// </summary>
public sealed record GroupSummary
{
    /// <summary>Block systems are searched (Atkinson, about n² unions per generator) up to this degree.</summary>
    public const int BlockSystemDegreeLimit = 2000;

    /// <summary>
    /// A spec whose order comes from a formula gets a stabilizer chain (for its base) only up to this
    /// degree: past it the chain of a deep iterated wreath product (a base of thousands of points, for
    /// 6144 points minutes and gigabytes) is the only slow part. Generated groups always need the chain
    /// for their order, bounded in memory by <see cref="SchreierSimsOptions.MaxStoredIntegers"/>.
    /// </summary>
    public const int SpecBaseDegreeLimit = 2000;

    /// <summary>Classes are listed (representatives and sizes) when there are at most this many.</summary>
    public const int ListedClassLimit = 1000;

    /// <summary>Listed classes are verified (<see cref="ConjugacyClasses.Verify"/>) up to this degree.</summary>
    public const int VerifiedDegreeLimit = 100;

    /// <summary>The spec.</summary>
    public required GroupSpec Spec { get; init; }

    /// <summary>The group built from it.</summary>
    public required PermutationGroup Group { get; init; }

    /// <summary>|G|.</summary>
    public required BigInteger Order { get; init; }

    /// <summary>Whether the group is transitive.</summary>
    public required bool Transitive { get; init; }

    /// <summary>Primitivity; null when not transitive.</summary>
    public required bool? Primitive { get; init; }

    /// <summary>Whether the group is Aₙ or Sₙ on all points.</summary>
    public required GiantKind Giant { get; init; }

    /// <summary>The number of conjugacy classes, or why it is unknown.</summary>
    public required ConjugacyClassCount ClassCount { get; init; }

    /// <summary>The classes (see <see cref="ConjugacyClasses.Of"/>), or null (<see cref="ClassesReason"/> says why).</summary>
    public required IReadOnlyList<ConjugacyClass>? Classes { get; init; }

    /// <summary>Why <see cref="Classes"/> is null; null otherwise.</summary>
    public required string? ClassesReason { get; init; }

    /// <summary>How the listed classes were checked; null when they were not.</summary>
    public required ConjugacyClassVerification? ClassCheck { get; init; }

    /// <summary>The base of the stabilizer chain, or null (<see cref="BaseReason"/> says why).</summary>
    public required ImmutableArray<int>? Base { get; init; }

    /// <summary>Why <see cref="Base"/> is null; null otherwise.</summary>
    public required string? BaseReason { get; init; }

    /// <summary>The minimal non-trivial block systems: empty when primitive, null when not transitive or above <see cref="BlockSystemDegreeLimit"/>.</summary>
    public required IReadOnlyList<BlockSystem>? BlockSystems { get; init; }

    /// <summary>
    /// Computes the summary, reporting each step to <paramref name="progress"/> as it starts.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="InvalidOperationException">The stabilizer chain would exceed its memory bound.</exception>
    public static GroupSummary Of(GroupSpec spec, IProgress<GroupSummaryProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        const int Steps = 5;
        void Step(int i, string stage)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new GroupSummaryProgress(i, Steps, stage));
        }

        Step(1, $"building the group on {spec.Degree} points");
        var group = spec.Build();
        bool generated = spec is GeneratedGroupSpec;
        var giant = group.Giant;
        bool chainWanted = giant == GiantKind.None && (generated || group.Degree <= SpecBaseDegreeLimit);
        Step(2, chainWanted ? $"order and stabilizer chain (degree {group.Degree})" : "order (by formula)");
        if (chainWanted) group.BuildStabilizerChain(cancellationToken);
        var order = group.Order;

        Step(3, "orbits, primitivity and block systems");
        bool transitive = group.IsTransitive;
        bool? primitive = transitive ? group.IsPrimitive : null;
        IReadOnlyList<BlockSystem>? blockSystems = null;
        if (transitive && group.Degree <= BlockSystemDegreeLimit)
            blockSystems = primitive == true ? Array.Empty<BlockSystem>() : group.MinimalBlockSystems();

        Step(4, "conjugacy classes");
        var count = generated ? ConjugacyClasses.Count(group, cancellationToken: cancellationToken) : spec.ConjugacyClassCount();
        IReadOnlyList<ConjugacyClass>? classes = null;
        string? classesReason;
        if (count.Count is not { } k) classesReason = "the number of classes is unknown";
        else if (k > ListedClassLimit) classesReason = $"more than {ListedClassLimit} classes";
        else if (!chainWanted && giant == GiantKind.None) classesReason = $"degree {group.Degree} is above {SpecBaseDegreeLimit}";
        else
        {
            try
            {
                classes = ConjugacyClasses.Of(group, cancellationToken: cancellationToken);
                classesReason = null;
            }
            catch (InvalidOperationException e)
            {
                classesReason = e.Message.TrimEnd('.');
            }
        }

        Step(5, "checking the classes");
        ConjugacyClassVerification? check = null;
        if (classes is not null && group.Degree <= VerifiedDegreeLimit)
            check = ConjugacyClasses.Verify(group, classes, cancellationToken);

        return new GroupSummary
        {
            Spec = spec,
            Group = group,
            Order = order,
            Transitive = transitive,
            Primitive = primitive,
            Giant = giant,
            ClassCount = count,
            Classes = classes,
            ClassesReason = classesReason,
            ClassCheck = check,
            Base = chainWanted ? group.StabilizerChain.Base : null,
            BaseReason = chainWanted ? null
                : giant != GiantKind.None ? "giant: order and membership need no stabilizer chain"
                : $"degree {group.Degree} is above {SpecBaseDegreeLimit}, the limit for a spec's stabilizer chain; the order is the spec's formula",
            BlockSystems = blockSystems,
        };
    }
}
