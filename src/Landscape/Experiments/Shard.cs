using System.Globalization;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// One of n slices of a sweep, written <c>i/n</c> with 1 ≤ i ≤ n (so <c>1/4</c> is the first of four): the
/// seeds at positions p with p mod n = i − 1. Machines given 1/n … n/n cover every seed exactly once, with no
/// coordination beyond the numbers, which is what a batch scheduler's array index provides.
/// </summary>
/// <param name="Index">i, 1-based.</param>
/// <param name="Count">n.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The whole sweep (1/1).</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>Parses <c>i/n</c>.</summary>
    /// <exception cref="FormatException">Not of the form i/n with 1 ≤ i ≤ n.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2 ||
            !int.TryParse(parts[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int i) ||
            !int.TryParse(parts[1].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
            throw new FormatException($"A shard is written i/n, e.g. 2/8; got '{text}'.");
        if (n < 1 || i < 1 || i > n) throw new FormatException($"A shard i/n needs 1 ≤ i ≤ n; got '{text}'.");
        return new Shard(i, n);
    }

    /// <summary>The word that makes <see cref="Resolve"/> read the shard from a Slurm job array's environment.</summary>
    public const string SlurmWord = "slurm";

    /// <summary>
    /// <c>i/n</c> as <see cref="Parse"/>, or <c>slurm</c>: the shard of this task of a Slurm job array,
    /// i = SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN + 1 (MIN taken as 0 when unset) and n = SLURM_ARRAY_TASK_COUNT,
    /// so <c>sbatch --array=0-7</c> (or <c>1-8</c>) gives the shards 1/8 … 8/8.
    /// </summary>
    /// <param name="text">The option's text.</param>
    /// <param name="environment">Reads an environment variable (null when unset); <see cref="Environment.GetEnvironmentVariable(string)"/> by default.</param>
    /// <exception cref="FormatException">Not i/n, or a Slurm variable is missing or malformed, or the task is outside the array.</exception>
    public static Shard Resolve(string text, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!string.Equals(text.Trim(), SlurmWord, StringComparison.OrdinalIgnoreCase)) return Parse(text);
        environment ??= Environment.GetEnvironmentVariable;
        int id = Variable(environment, "SLURM_ARRAY_TASK_ID", required: true)!.Value;
        int count = Variable(environment, "SLURM_ARRAY_TASK_COUNT", required: true)!.Value;
        int min = Variable(environment, "SLURM_ARRAY_TASK_MIN", required: false) ?? 0;
        if (count < 1) throw new FormatException($"SLURM_ARRAY_TASK_COUNT must be at least 1; got {count}.");
        int index = id - min + 1;
        if (index < 1 || index > count)
            throw new FormatException($"SLURM_ARRAY_TASK_ID = {id} with SLURM_ARRAY_TASK_MIN = {min} is task {index} of SLURM_ARRAY_TASK_COUNT = {count}; " +
                "the Slurm shard needs a contiguous job array such as sbatch --array=0-7 or 1-8.");
        return new Shard(index, count);
    }

    private static int? Variable(Func<string, string?> environment, string name, bool required)
    {
        var value = environment(name);
        if (value is null)
        {
            if (required) throw new FormatException($"The Slurm shard needs {name}, which is not set: run inside an sbatch --array job, or give the shard as i/n.");
            return null;
        }
        if (!int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) || v < 0)
            throw new FormatException($"{name} must be a non-negative integer; got '{value}'.");
        return v;
    }

    /// <summary>The members of this shard, in order.</summary>
    public IEnumerable<T> Select<T>(IEnumerable<T> items) => items.Where((_, p) => p % Count == Index - 1);

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
