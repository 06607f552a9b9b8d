using System.Text.Json.Nodes;
using Clysm.Conformance.Gate;
using Clysm.Conformance.Tests.Support;
using Xunit;

namespace Clysm.Conformance.Tests.Gate;

public class ExpectationsFileTests
{
    [Fact]
    public void A_valid_file_round_trips_through_save_and_load()
    {
        using var dir = TestPaths.Temp();
        var file = Synthetic.ExpFile(Synthetic.Entry("conses.nth", "compile-error", "NTH not implemented", "https://example.org/issues/12"),
                                  Synthetic.Entry("conses.list*", "skip", "no LIST* yet"));
        Expectations.Save(dir.File("stage1.json"), file);
        var back = Expectations.Load(dir.File("stage1.json"));
        Assert.Equal("stage1", back.Stage);
        Assert.Equal(file.Entries, back.Entries);
        Assert.DoesNotContain("\"link\": null", File.ReadAllText(dir.File("stage1.json")));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp-*"));
    }

    [Fact]
    public void A_schema_violation_names_the_file_line_and_json_path()
    {
        const string json = """
            {
              "stage": "stage1",
              "entries": [
                { "id": "conses.car", "expect": "fail", "reason": "x" },
                { "id": "conses.cdr", "expect": "broken", "reason": "y" }
              ]
            }
            """;
        var e = Assert.Throws<ExpectationsFormatException>(() => Expectations.Parse(json, "expectations/stage1.json"));
        Assert.Equal("expectations/stage1.json", e.File);
        Assert.Equal(5, e.Line);
        Assert.Equal("/entries/1/expect", e.Pointer);
        Assert.StartsWith("expectations/stage1.json:5:", e.Message);
        Assert.Contains("/entries/1/expect", e.Message);
    }

    [Fact]
    public void A_missing_reason_and_an_unknown_field_are_rejected()
    {
        var missing = Assert.Throws<ExpectationsFormatException>(() =>
            Expectations.Parse("""{"stage":"stage1","entries":[{"id":"a.b","expect":"fail"}]}""", "f.json"));
        Assert.Contains("reason", missing.Problem);
        Assert.Equal("/entries/0", missing.Pointer);
        Assert.Equal((1, 30), (missing.Line, missing.Column));   // the entry's object: the field is not there
        var unknown = Assert.Throws<ExpectationsFormatException>(() =>
            Expectations.Parse("""{"stage":"stage1","entries":[],"extra":1}""", "f.json"));
        Assert.Contains("extra", unknown.Problem);
    }

    [Fact]
    public void Bad_json_and_duplicate_ids_are_errors_with_a_line()
    {
        var bad = Assert.Throws<ExpectationsFormatException>(() => Expectations.Parse("{\n  \"stage\": \"stage1\",\n  \"entries\": [,]\n}", "f.json"));
        Assert.Equal(3, bad.Line);
        Assert.Contains("not valid JSON", bad.Problem);

        const string dup = "{\"stage\":\"stage1\",\"entries\":[\n{\"id\":\"a.b\",\"expect\":\"fail\",\"reason\":\"r\"},\n{\"id\":\"a.b\",\"expect\":\"skip\",\"reason\":\"r\"}]}";
        var d = Assert.Throws<ExpectationsFormatException>(() => Expectations.Parse(dup, "f.json"));
        Assert.Equal(3, d.Line);
        Assert.Contains("duplicate id a.b", d.Message);
    }

    [Fact]
    public void Stage_names_match_every_version_or_one_exact_version()
    {
        Assert.True(Synthetic.ExpFile().AppliesTo("stage1-v0.3"));
        Assert.False(Synthetic.ExpFile().AppliesTo("stage10-v0.3"));
        Assert.False((Synthetic.ExpFile() with { Stage = "stage1-v0.2" }).AppliesTo("stage1-v0.3"));
        Assert.True((Synthetic.ExpFile() with { Stage = "stage1-v0.3" }).AppliesTo("stage1-v0.3"));
    }

    [Fact]
    public void The_schema_in_use_is_the_one_under_schemas()
    {
        var onDisk = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Root, "schemas", "expectations.schema.json")));
        var inUse = JsonNode.Parse(Clysm.Conformance.Schema.SchemaValidator.Text("expectations.schema.json"));
        Assert.True(JsonNode.DeepEquals(onDisk, inUse), "the embedded expectations schema differs from schemas/expectations.schema.json");
    }
}
