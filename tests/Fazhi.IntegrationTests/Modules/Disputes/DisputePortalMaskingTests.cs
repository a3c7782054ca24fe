using System.Net;
using System.Text.RegularExpressions;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Decisions;
using Fazhi.IntegrationTests.Platform.Tenancy;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Modules.Disputes;

/// <summary>
/// The public's side of the intake: a villager of 小江镇 brings a request on the portal (网上反映), the clerk answers it in
/// the workspace, and the villager looks it up with the receipt number and phone. Every public page on the way — the
/// form, the receipt, the lookup with the reply, the township's home, its columns and its search — is read as a visitor
/// and must not show her name, phone or ID number unmasked (个人信息保护法 第二十八条).
/// </summary>
public sealed partial class DisputePortalMaskingTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private const string Code = ForeignRecordRoutes.OwnTownship;
    private const string Name = "黄丽萍";
    private const string Phone = "13907581234";
    private static readonly string IdNumber = PersonalInfoMasker.CompleteIdNumber("44088219870315122");

    [Fact]
    public async Task PortalRequest_ReplyAndEveryPublicPage_ShowTheApplicantMasked()
    {
        var visitor = app.Anonymous();
        var townshipId = await app.WithDbAsync(db => db.Set<Township>().Where(t => t.DivisionCode == Code).Select(t => t.Id).SingleAsync());
        var village = await app.WithDbAsync(db => db.Set<Village>().Where(v => v.TownshipId == townshipId).OrderBy(v => v.Name).Select(v => new { v.Id, v.Name }).FirstAsync());
        var content = $"我是{village.Name}村民{Name}，身份证号{IdNumber}，联系电话{Phone}。村东头的灌溉水渠被邻居填平，影响我家三亩稻田灌溉，请镇里协调恢复。";

        // Bad input is answered beside the field, nothing is registered.
        var refused = await PostFormAsync(visitor, $"/t/{Code}/requests", new()
        {
            ["Input.Category"] = nameof(MatterCategory.HelpRequest), ["Input.Subject"] = "灌溉水渠被填平", ["Input.Content"] = content, ["Input.Name"] = Name, ["Input.Phone"] = "",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("请填写联系电话，凭受理编号和电话查询办理情况。");

        var submitted = await PostFormAsync(visitor, $"/t/{Code}/requests", new()
        {
            ["Input.Category"] = nameof(MatterCategory.HelpRequest), ["Input.Subject"] = "灌溉水渠被填平影响稻田灌溉", ["Input.Content"] = content,
            ["Input.VillageId"] = village.Id.ToString(), ["Input.Name"] = Name, ["Input.Phone"] = Phone,
        });
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        submitted.Headers.Location!.OriginalString.ShouldBe($"/t/{Code}/requests/lookup");
        var receiptPage = await PublicPageAsync(visitor, $"/t/{Code}/requests/lookup");
        var receipt = ReceiptPattern().Match(receiptPage).Groups[1].Value;
        receipt.ShouldNotBeEmpty(receiptPage);

        // The clerk finds it on the intake as an online matter with the requester in full, and answers it.
        var matter = await app.WithDbAsync(db => db.Set<Matter>().Where(m => m.ReceiptNumber == receipt && m.TownshipId == townshipId)
            .Select(m => new { m.Id, m.Channel, m.RequesterName, m.RequesterPhone, m.VillageName }).SingleAsync());
        matter.Channel.ShouldBe(MatterChannel.Online);
        matter.RequesterName.ShouldBe(Name);
        matter.VillageName.ShouldBe(village.Name);
        var clerk = await app.ClientForAsync(ForeignRecordRoutes.OwnClerk);
        var reply = $"{Name}您好：经镇农业农村办现场查看，已责成邻居于12月5日前恢复水渠，逾期未恢复的由村委会组织恢复。";
        (await clerk.SendAsync($"{DisputeRecords.Api}/matters/{matter.Id}/reply", new { text = reply, repliedOn = Taixia.Today(app).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), final = true }))
            .Ok();

        // Someone with the receipt number but not the phone learns nothing.
        var wrong = await LookUpAsync(visitor, receipt, "13800000000");
        wrong.ShouldContain("没有找到与该受理编号和联系电话相符的事项");
        wrong.ShouldNotContain("灌溉水渠");

        // The requester sees the reply, with herself masked.
        var found = await LookUpAsync(visitor, receipt, Phone);
        found.ShouldContain("已责成邻居于12月5日前恢复水渠");
        found.ShouldContain(PersonalInfoMasker.MaskName(Name));
        found.ShouldContain("网上");

        // Her subject searched on the portal finds nothing of hers: the intake is not a published column.
        (string Page, string Html)[] pages =
        [
            ("受理回执", receiptPage), ("查询结果", found),
            ($"/t/{Code}", await PublicPageAsync(visitor, $"/t/{Code}")),
            ($"/t/{Code}/requests", await PublicPageAsync(visitor, $"/t/{Code}/requests")),
            ("search", await PublicPageAsync(visitor, $"/t/{Code}/search?q={Uri.EscapeDataString("灌溉水渠")}")),
        ];
        foreach (var (page, html) in pages)
        {
            html.ShouldNotContain(Name, customMessage: page);
            html.ShouldNotContain(Phone, customMessage: page);
            html.ShouldNotContain(IdNumber, customMessage: page);
            PersonalInfoMasker.ContainsUnmaskedIdentifier(VisibleText(html)).ShouldBeFalse(page);
        }
    }

    private static async Task<string> LookUpAsync(HttpClient visitor, string receipt, string phone)
    {
        var response = await PostFormAsync(visitor, $"/t/{Code}/requests/lookup", new() { ["Input.ReceiptNumber"] = receipt, ["Input.Phone"] = phone });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await FazhiApp.AntiforgeryTokenAsync(client, path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static async Task<string> PublicPageAsync(HttpClient visitor, string path)
    {
        var response = await visitor.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The page's text without tags and attributes (the antiforgery token is a long run of letters and digits).</summary>
    private static string VisibleText(string html) => TagPattern().Replace(html, " ");

    [GeneratedRegex(@"受理编号 (\d{4}-\d{4,6})")]
    private static partial Regex ReceiptPattern();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex TagPattern();
}
