namespace Landscape.Symmetry.Groups;

/// <summary>Progress of an isotropy enumeration: classes found so far and how many have been expanded.</summary>
/// <param name="ClassesFound">Conjugacy classes of isotropy subgroups found so far.</param>
/// <param name="ClassesExpanded">Of these, the ones whose overgroups have been searched; the run ends when the two meet.</param>
public readonly record struct IsotropyEnumerationProgress(int ClassesFound, int ClassesExpanded);
