global using System.Numerics;
global using FsCheck;
global using FsCheck.Fluent;
global using Landscape.Symmetry.Groups.Tests.Naive;
global using Landscape.Symmetry.Groups.Tests.Support;
global using FsCheck.Xunit;
global using Xunit;
