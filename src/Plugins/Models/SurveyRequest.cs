using Landscape.Symmetry.Landscape;

namespace Landscape.Symmetry.Plugins;

/// <summary>
/// The main job's model as spec strings and sizes, resolved in one place (<see cref="Resolve"/>): Gaussian inputs with a
/// diagonal (block-scalar) teacher and covariance give a <see cref="SurveyModel"/> for <see cref="LandscapeSurvey"/> (a
/// pair kernel, the reduced model at any d); any other input distribution has no pair kernel and gives the identity-teacher
/// two-layer loss sampled by Monte Carlo for <see cref="MainTypeSearch"/> (the four main types in the full model, d ≤
/// <see cref="MaxSampledD"/>).
/// </summary>
/// <remarks>Error messages name the properties (<c>SurveyRequest.D</c>, …) so that a front end can say them in its own words.</remarks>
public sealed record SurveyRequest
{
    /// <summary>d when neither <see cref="D"/> nor a teacher or covariance fixes it.</summary>
    public const int DefaultD = 6;

    /// <summary>Largest d for inputs without a pair kernel: the full-model search costs O(d³) per Monte Carlo gradient.</summary>
    public const int MaxSampledD = 100;

    /// <summary>Monte Carlo samples of a distribution without a pair kernel when <see cref="Model"/> does not say (<c>two-layer(samples=N)</c> does).</summary>
    public const int DefaultSamples = 20_000;

    /// <summary>The model spec (<see cref="PluginRegistry.Model"/>); null: two-layer. A deep(...) spec is refused.</summary>
    public string? Model { get; init; }

    /// <summary>The activation spec; null: ReLU (or the model spec's).</summary>
    public string? Activation { get; init; }

    /// <summary>The input distribution spec; null: standard Gaussian. <c>gaussian(cov=FILE)</c> must be diagonal.</summary>
    public string? Distribution { get; init; }

    /// <summary>The teacher's diagonal as <c>blocks(n1,…;c1,…)</c>, <c>identity(d)</c> or a file (<see cref="DiagonalText.Teacher"/>); null: I_d.</summary>
    public string? Teacher { get; init; }

    /// <summary>The input variances as <c>blocks(n1,…;s1,…)</c> (<see cref="SurveyModel.ParseDiagonal"/>); null: I_d.</summary>
    public string? Covariance { get; init; }

    /// <summary>d; null: the teacher's or covariance's size, else <see cref="DefaultD"/>.</summary>
    public int? D { get; init; }

    /// <summary>k ≥ d hidden units; null: d (<see cref="SurveyModel.CheckHiddenUnits"/>).</summary>
    public int? K { get; init; }

    /// <summary>Whether the second layer a trains (Gaussian inputs only).</summary>
    public bool SecondLayerTrainable { get; init; }

    /// <summary>Whether the caller narrows the survey's types (named types or budgets), which only the survey has.</summary>
    public bool NarrowsTypes { get; init; }

    /// <summary>The model the request describes, with what was resolved on the way.</summary>
    /// <exception cref="ArgumentException">A spec is not understood, the model is deep, sizes disagree or are out of range, or a survey-only setting is given for inputs without a pair kernel.</exception>
    /// <exception cref="FormatException">A diagonal spec is malformed.</exception>
    public SurveyPlan Resolve()
    {
        if (Model is not null && PluginRegistry.Model(Model) is { Kind: ModelKind.Deep })
            throw new ArgumentException("The survey searches the isotropy types of the two-layer model (SurveyRequest.Model); a deep(...) model's critical " +
                                        "points are searched from a point (CriticalPointSearch), its Hessian spectrum read at a point (PointSpectrum) and its " +
                                        "symmetry checked by ContractKit.");
        var (spec, activation, distribution) = ModelRequest.Resolve(Model, Activation, Distribution);
        var teacher = Teacher is null ? null : DiagonalText.Teacher(Teacher);
        var variances = Covariance is null ? null : SurveyModel.ParseDiagonal(Covariance);
        if (distribution is CorrelatedGaussian correlated)
        {
            if (variances is not null)
                throw new ArgumentException("Give the input covariance once: SurveyRequest.Covariance or SurveyRequest.Distribution gaussian(cov=FILE).");
            variances = DiagonalText.Of(correlated.Covariance, "the covariance of SurveyRequest.Distribution");
            distribution = PluginRegistry.Distribution("gaussian");
        }
        int d = D ?? teacher?.Length ?? variances?.Length ?? DefaultD;
        if (d < 2 || d > SurveyModel.MaxD)
            throw new ArgumentException($"SurveyRequest.D must be between 2 and {SurveyModel.MaxD}; got {d}.");
        if (teacher is not null && teacher.Length != d) throw new ArgumentException($"The teacher has {teacher.Length} columns but SurveyRequest.D is {d}.");
        if (variances is not null && variances.Length != d) throw new ArgumentException($"The covariance has {variances.Length} entries but SurveyRequest.D is {d}.");
        int k = K ?? d;
        SurveyModel.CheckHiddenUnits(k, d);
        if (distribution is StandardGaussian)
            return new SurveyPlan(activation, distribution, variances is not null,
                SurveyModels.FromDiagonals(activation, teacher ?? Enumerable.Repeat(1.0, d).ToArray(), variances, SecondLayerTrainable, k - d), null);

        // No pair kernel: the full-model search of the four main types of V = I_d.
        if (k != d)
            throw new ArgumentException($"{distribution.Spec} inputs (Monte Carlo, full model) search the four main types, which need k = d; got k = {k}, d = {d}.");
        if (d > MaxSampledD)
            throw new ArgumentException($"SurveyRequest.D must be between 2 and {MaxSampledD} for {distribution.Spec} inputs (Monte Carlo, full model); got {d}.");
        if (teacher is not null || variances is not null || SecondLayerTrainable || NarrowsTypes)
            throw new ArgumentException("Each of SurveyRequest.Teacher, SurveyRequest.Covariance, SurveyRequest.SecondLayerTrainable, SurveyRequest.NarrowsTypes needs " +
                                        $"Gaussian inputs (a pair kernel); {distribution.Spec} inputs search the four main types of V = I_d.");
        var request = new ModelRequest
        {
            Spec = spec, Activation = activation, Distribution = distribution, D = d, K = d, Samples = Model is null ? DefaultSamples : null,
        };
        return new SurveyPlan(activation, distribution, false, null, new SampledSurvey(request, request.Objective().Model));
    }
}

/// <summary>What a <see cref="SurveyRequest"/> resolved to: exactly one of <see cref="Survey"/> and <see cref="Sampled"/>.</summary>
/// <param name="Activation">The activation given on its own (the model spec's, if it carries one, is in <see cref="SampledSurvey.Request"/>).</param>
/// <param name="Distribution">The input distribution (a diagonal <c>gaussian(cov=…)</c> becomes the standard Gaussian with the variances in the survey model).</param>
/// <param name="HasCovariance">True when input variances were given (<see cref="SurveyRequest.Covariance"/> or a diagonal <c>gaussian(cov=…)</c>).</param>
/// <param name="Survey">Gaussian inputs: the survey's model.</param>
/// <param name="Sampled">Inputs without a pair kernel: the Monte Carlo model of the main-type search.</param>
public sealed record SurveyPlan(Activation Activation, IInputDistribution Distribution, bool HasCovariance, SurveyModel? Survey, SampledSurvey? Sampled)
{
    /// <summary>
    /// Runs the plan either way: <see cref="LandscapeSurvey.Run"/> on <see cref="Survey"/> (progress per type, cancellable:
    /// what was found so far comes back marked cancelled), or <see cref="MainTypeSearch.Run"/> on <see cref="Sampled"/>
    /// with <see cref="SurveyOptions.StartsPerType"/> starts (no progress; cancelling it throws <see cref="OperationCanceledException"/>).
    /// </summary>
    /// <exception cref="ArgumentException">An option is out of range (messages name the <see cref="SurveyOptions"/> property).</exception>
    public SurveyOutcome Run(SurveyOptions options, IProgress<SurveyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Sampled is { } sampled)
        {
            return new SurveyOutcome(this, null, MainTypeSearch.Run(sampled.Model, options.StartsPerType, cancellationToken));
        }
        return new SurveyOutcome(this, LandscapeSurvey.Run(Survey!, options, progress, cancellationToken), null);
    }
}

/// <summary>What running a <see cref="SurveyPlan"/> found: exactly one of <see cref="Survey"/> and <see cref="Search"/>.</summary>
/// <param name="Plan">The plan that ran (its <see cref="SurveyPlan.Sampled"/> model is the one the search's points belong to).</param>
/// <param name="Survey">Gaussian inputs: the survey's result.</param>
/// <param name="Search">Inputs without a pair kernel: the main-type search's result.</param>
public sealed record SurveyOutcome(SurveyPlan Plan, SurveyResult? Survey, MainTypeSearchResult? Search)
{
    /// <summary>Whether the run was stopped early (only the survey can be; its points so far are kept).</summary>
    public bool Cancelled => Survey?.Cancelled ?? false;
}

/// <summary>The main-type search's model for inputs without a pair kernel: the request it was built from and the loss.</summary>
/// <param name="Request">The two-layer request (k = d, identity teacher, fixed second layer).</param>
/// <param name="Model">Its loss, sampled by Monte Carlo.</param>
public sealed record SampledSurvey(ModelRequest Request, IObjective Model);
