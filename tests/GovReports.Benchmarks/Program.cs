using BenchmarkDotNet.Running;
using GovReports.Benchmarks;

if (args.Length > 0 && args[0] == "batch")
    return BatchBenchmark.Run(args[1..]);
if (args.Length > 0 && args[0] == "batchfloor")
    return BatchFloor.Run(args[1..]);
if (args.Length > 0 && args[0] == "profile")
    return QuickProfile.Run(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
