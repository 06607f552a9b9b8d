using Clysm.Runtime.Engine;
using Xunit;

namespace Clysm.Runtime.Tests.Engine;

public sealed class EngineFactoryTests
{
    [Fact]
    public void Engines_are_chosen_by_name_else_by_CLYSM_ENGINE_else_v8()
    {
        Assert.Equal(["v8", "wasmtime"], EngineFactory.Names);
        Assert.Equal("v8", EngineFactory.Resolve("V8 "));
        Assert.Equal("wasmtime", EngineFactory.Resolve("wasmtime"));
        var env = Environment.GetEnvironmentVariable(EngineFactory.Variable);
        Assert.Equal(string.IsNullOrWhiteSpace(env) ? "v8" : env.Trim().ToLowerInvariant(), EngineFactory.Resolve());
        var e = Assert.Throws<ArgumentException>(() => EngineFactory.Resolve("spidermonkey"));
        Assert.Equal("unknown engine \"spidermonkey\": use v8 or wasmtime", e.Message);
    }

    [Fact]
    public void Each_engine_is_created_with_its_name_and_version_or_says_why_not()
    {
        foreach (var (name, unavailable) in EngineFactory.Probe())
        {
            if (unavailable is not null)
            {
                Assert.Contains(name, unavailable);
                Assert.Throws<EngineUnavailableException>(() => EngineFactory.Create(name));
                continue;
            }
            using var engine = EngineFactory.Create(name);
            Assert.Equal(name, engine.Name);
            Assert.Matches(@"\d+\.\d+", engine.Version);
        }
        Assert.Contains("v8", EngineDataAttribute.Engines);
    }
}
