namespace Landscape.Symmetry.Groups;

/// <summary>
/// A group spec that cannot be parsed. The message quotes the spec and names the offending text
/// with its 1-based position; <see cref="Position"/> holds the same place 0-based.
/// </summary>
public sealed class GroupSpecException : FormatException
{
    /// <summary>Creates the exception for a spec and the 0-based position of the offending text.</summary>
    /// <param name="spec">The spec as the user wrote it.</param>
    /// <param name="position">0-based index into <paramref name="spec"/>; its length for "at the end".</param>
    /// <param name="message">The full message shown to the user.</param>
    /// <param name="innerException">The error this one wraps, such as a cycle-notation error.</param>
    public GroupSpecException(string spec, int position, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (position < 0 || position > spec.Length)
            throw new ArgumentOutOfRangeException(nameof(position), position, $"The position must lie in 0..{spec.Length}.");
        Spec = spec;
        Position = position;
    }

    /// <summary>The spec that failed to parse.</summary>
    public string Spec { get; }

    /// <summary>0-based index of the offending text in <see cref="Spec"/> (the spec's length when the text ended too soon).</summary>
    public int Position { get; }
}
