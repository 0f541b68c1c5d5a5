using PerfEval.Loader.Cli;

return await CommandLine.RunAsync(args);
