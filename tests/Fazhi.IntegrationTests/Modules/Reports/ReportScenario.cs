using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Reports;

/// <summary>The steps of the annual report as a user takes them in the browser: forms posted with their antiforgery token.</summary>
internal static class ReportScenario
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pagePath, string handler, Dictionary<string, string>? fields = null)
    {
        var token = await FazhiApp.AntiforgeryTokenAsync(client, pagePath);
        var form = new Dictionary<string, string>(fields ?? [], StringComparer.Ordinal) { ["__RequestVerificationToken"] = token };
        var url = handler.Length == 0 ? pagePath : $"{pagePath}?handler={handler}";
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> DraftAsync(HttpClient clerk, int year) =>
        PostAsync(clerk, "/workspace/reports", "", new() { ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>Saves a version with all five parts written, as staff complete the draft.</summary>
    public static async Task<HttpResponseMessage> CompleteAsync(HttpClient clerk, int year, string achievements)
    {
        var edit = $"/workspace/reports/{year}/edit";
        var page = new HtmlParser().ParseDocument(await clerk.GetStringAsync(edit));
        string Value(string name) => page.QuerySelector($"[name='{name}']") is { } e ? (e.GetAttribute("value") ?? e.TextContent) : "";
        return await PostAsync(clerk, edit, "", new()
        {
            ["Form.Title"] = Value("Form.Title"),
            ["Form.Preamble"] = Value("Form.Preamble"),
            ["Form.Achievements"] = achievements,
            ["Form.Shortcomings"] = "执法力量较为薄弱。",
            ["Form.LeaderDuties"] = "党委书记切实履行第一责任人职责。",
            ["Form.NextYearPlan"] = "（一）加强执法队伍建设\n落实持证上岗。",
            ["Form.OtherMatters"] = "无。",
            ["Form.Issuer"] = Value("Form.Issuer"),
            ["Form.IssuedOn"] = Value("Form.IssuedOn"),
            ["Form.Note"] = "补全五部分",
        });
    }

    public static async Task<string> TextAsync(HttpClient client, string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path)).Body!.TextContent;
}
