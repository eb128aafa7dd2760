using BenchmarkDotNet.Running;
using Chorus.Bench;

// `chart OUT.png`: the methods table and chart of the README; anything else goes to BenchmarkDotNet
// (the hot stages, one benchmark each). Whole-pipeline throughput is `chorus bench DATASET`.
if (args.Length >= 1 && args[0] == "chart")
    return MethodsChart.Run(args.Length > 1 ? args[1] : "docs/methods.png");
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args);
return 0;
