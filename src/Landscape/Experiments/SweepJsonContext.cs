using System.Text.Json.Serialization;

namespace Landscape.Symmetry.Landscape;

/// <summary>
/// Source-generated JSON metadata for the lines of a sweep file (<see cref="SgdRunResult"/>), so that reading and
/// writing them needs no reflection: the shipped tool is compiled ahead of time (Native AOT), where the reflection
/// serializer fails. The naming matches <see cref="SgdSweep.JsonOptions"/>, whose resolver this is.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(SgdRunResult))]
internal sealed partial class SweepJsonContext : JsonSerializerContext;
