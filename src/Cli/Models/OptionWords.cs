namespace Landscape.Symmetry.Cli.Models;

/// <summary>
/// Library errors name parameters and properties (<c>SurveyRequest.D</c>, <c>from</c>); a command says them as the options
/// its users type. One wrapper for every command that translates.
/// </summary>
internal static class OptionWords
{
    /// <summary>
    /// Runs <paramref name="call"/>; an <see cref="ArgumentException"/> it throws (and <paramref name="applies"/> accepts) is
    /// rethrown with its message passed through <paramref name="forUsers"/>, the original kept as the inner exception.
    /// </summary>
    public static T Run<T>(Func<T> call, Func<string, string> forUsers, Func<ArgumentException, bool>? applies = null)
    {
        try
        {
            return call();
        }
        catch (ArgumentException e) when (applies?.Invoke(e) ?? true)
        {
            throw new ArgumentException(forUsers(e.Message), e);
        }
    }
}
