using System.Text.Json;

namespace Clysm.Conformance.Tests.Support;

/// <summary>JSON text as the document the validators take.</summary>
public static class JsonText
{
    public static JsonElement Element(string json)
    {
        using var d = JsonDocument.Parse(json);
        return d.RootElement.Clone();
    }
}
