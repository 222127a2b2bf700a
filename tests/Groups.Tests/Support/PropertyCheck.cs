using Microsoft.FSharp.Core;

namespace Landscape.Symmetry.Groups.Tests.Support;

/// <summary>Runs FsCheck properties from xunit facts with a fixed seed, so every run checks the same cases.</summary>
public static class PropertyCheck
{
    public static Config Config(int maxTest = 100, ulong seed = 20250101) =>
        FsCheck.Config.QuickThrowOnFailure
            .WithQuietOnSuccess(true)
            .WithMaxTest(maxTest)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

    /// <summary>Checks a property whose body asserts (throws on failure).</summary>
    public static void ForAll<T>(Arbitrary<T> arb, Action<T> body, int maxTest = 100, ulong seed = 20250101) =>
        Check.One(Config(maxTest, seed), Prop.ForAll(arb, body));

    /// <summary>Checks a boolean property.</summary>
    public static void ForAll<T>(Arbitrary<T> arb, Func<T, bool> body, int maxTest = 100, ulong seed = 20250101) =>
        Check.One(Config(maxTest, seed), Prop.ForAll(arb, body));
}
