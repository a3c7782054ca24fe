using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Fazhi.IntegrationTests.Modules.Enforcement;

/// <summary>The enforcement API as the township's staff call it, in the words of the procedure.</summary>
internal static class EnforcementApi
{
    public const string Base = "/api/workspace/enforcement";

    public static async Task<(HttpStatusCode Status, JsonElement Json)> SendAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(Base + path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<JsonElement> ReadAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(Base + path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static JsonElement ShouldSucceed(this (HttpStatusCode Status, JsonElement Json) result)
    {
        ((int)result.Status).ShouldBeInRange(200, 299, result.Json.ToString());
        return result.Json;
    }

    /// <summary>A 409 ProblemDetails carrying the rule's code and a Chinese message that names its legal basis.</summary>
    public static string ShouldBeRefusedBy(this (HttpStatusCode Status, JsonElement Json) result, string ruleCode)
    {
        result.Status.ShouldBe(HttpStatusCode.Conflict, result.Json.ToString());
        result.Json.GetProperty("code").GetString().ShouldBe(ruleCode);
        var detail = result.Json.GetProperty("detail").GetString()!;
        detail.ShouldMatch("[\u4e00-\u9fff]");
        return detail;
    }

    /// <summary>A 403 ProblemDetails: the person is outside the step's rule of who may take it (ADR 0010), told why in Chinese.</summary>
    public static string ShouldBeForbiddenBy(this (HttpStatusCode Status, JsonElement Json) result, string ruleCode)
    {
        result.Status.ShouldBe(HttpStatusCode.Forbidden, result.Json.ToString());
        result.Json.GetProperty("code").GetString().ShouldBe(ruleCode);
        var detail = result.Json.GetProperty("detail").GetString()!;
        detail.ShouldMatch("[\u4e00-\u9fff]");
        return detail;
    }

    /// <summary>Officers who may enforce today, from the registry the clerk sees.</summary>
    public static async Task<List<Guid>> CertifiedOfficersAsync(HttpClient clerk) =>
        [.. (await clerk.ReadAsync("/officers")).EnumerateArray().Where(o => o.GetProperty("mayEnforce").GetBoolean()).Select(o => o.GetProperty("id").GetGuid())];

    public static async Task<JsonElement> PowerAsync(HttpClient clerk, string nameContains) =>
        (await clerk.ReadAsync("/powers")).EnumerateArray().First(p => p.GetProperty("name").GetString()!.Contains(nameContains, StringComparison.Ordinal));

    public static object NewCase(Guid powerId, IEnumerable<Guid> officers, DateOnly filedOn, string partyName = "张建国", bool isMajor = true,
        string idNumber = "44182319800101123X", string phone = "13827631234", bool isComplex = false) => new
    {
        source = 1,
        powerItemId = powerId,
        title = "未经批准在村庄规划区擅自搭建建筑物",
        partyKind = 1,
        partyName,
        partyIdNumber = idNumber,
        partyPhone = phone,
        partyAddress = "阳山县小江镇江口村委会五组8号",
        facts = $"当事人{partyName}未取得乡村建设规划许可证，在江口村擅自搭建砖混结构建筑物约80平方米。",
        officerIds = officers.ToList(),
        isMajor,
        isComplex,
        filedOn,
    };

    /// <summary>The deadlines of one case on the 待办与预警 board (by its case number), as the board's API lists them.</summary>
    public static async Task<List<JsonElement>> BoardDeadlinesAsync(HttpClient client, string caseNumber)
    {
        var response = await client.GetAsync($"/api/workspace/deadlines?q={Uri.EscapeDataString(caseNumber)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return [.. json.GetProperty("items").EnumerateArray()];
    }

    public static object Checklist(bool archived = true) => new
    {
        checklist = new { subjectQualified = true, procedureLawful = true, factsClear = true, evidenceSufficient = true, lawCorrectlyApplied = true, archived },
    };
}
