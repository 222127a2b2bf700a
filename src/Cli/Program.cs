using Landscape.Symmetry.Cli;

return SymmetryCli.Run(args, Console.Out, Console.Error);
