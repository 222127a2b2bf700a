global using FsCheck;
global using FsCheck.Fluent;
global using FsCheck.Xunit;
global using Landscape.Symmetry.Groups;
global using Landscape.Symmetry.Landscape;
global using Xunit;
