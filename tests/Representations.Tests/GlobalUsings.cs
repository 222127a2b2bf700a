global using System.Numerics;
global using FsCheck;
global using FsCheck.Fluent;
global using Landscape.Symmetry.Groups;
global using Xunit;
