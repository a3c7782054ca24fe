using System.Text.Json;
using Fazhi.IntegrationTests.Modules.Decisions;

namespace Fazhi.IntegrationTests.Modules.Disclosure;

/// <summary>Intent methods over the disclosure API, as a clerk or leader would call it.</summary>
internal static class DisclosureApi
{
    public const string Base = "/api/workspace/disclosure/requests";

    /// <summary>An application handed in at the window on <paramref name="on"/> (received that day, 第31条第一项).</summary>
    public static async Task<JsonElement> RegisterInPersonAsync(HttpClient clerk, string on, string description = "镇2026年部门预算及“三公”经费预算说明") =>
        (await clerk.SendAsync(Base, new
        {
            channel = 2,
            applicantKind = 1,
            applicantName = "刘桂芳",
            identityNumber = "441823197608152447",
            phone = "13826651234",
            description,
            deliveryForm = 1,
            deliveryWay = 3,
            submittedOn = on,
        })).Ok();

    public static Guid Id(this JsonElement json) => json.GetProperty("id").GetGuid();

    public static DateOnly? Date(this JsonElement json, string property) =>
        json.GetProperty(property).ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(json.GetProperty(property).GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}
