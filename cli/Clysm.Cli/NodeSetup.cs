using Clysm.Conformance.Running;
using Clysm.Runtime.Engine.V8;

namespace Clysm.Cli;

/// <summary>Before a command runs modules on V8: a usable Node, installed into the per-user cache on first
/// use when none is found, saying so on stderr.</summary>
internal static class NodeSetup
{
    public static void EnsureFor(EngineSet engines, Terminal t)
    {
        if (engines.Names.Contains("v8")) NodeInstaller.EnsureNode(line => t.Err.WriteLine("clysm-conformance: " + line));
    }
}
