using Clysm.Cli;

return Cli.Execute(args, Console.Out, Console.Error);
