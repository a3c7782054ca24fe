using System.Net;
using AngleSharp.Html.Parser;
using Fazhi.IntegrationTests.Infrastructure;

namespace Fazhi.IntegrationTests.Modules.Education;

/// <summary>
/// Each record of study and 普法 through the API and pages, and its refusals (issue 15 tests): attendance of someone not
/// on the staff register, an activity without a theme or a venue, an exam import with bad rows; photos reach the
/// portal without location metadata; the village cadre may record activities and nothing else.
/// </summary>
public sealed class EducationStepsTests(FazhiApp app) : IClassFixture<FazhiApp>
{
    private static async Task<List<(Guid Id, string Name)>> RegisterAsync(HttpClient client)
    {
        var staff = await client.GetJsonAsync($"{EducationApi.Base}/staff?on=2026-11-23");
        return [.. staff.EnumerateArray().Select(s => (s.GetProperty("id").GetGuid(), s.GetProperty("name").GetString()!))];
    }

    private static object Session(IEnumerable<object> attendance) => new
    {
        kind = 1, // 中心组学法
        heldOn = "2026-11-20",
        topic = "学习《中华人民共和国行政复议法》",
        speaker = "党委书记",
        materials = "行政复议法第一章至第三章",
        hours = 2,
        attendance,
    };

    [Fact]
    public async Task RecordStudySession_WithEveryoneOnTheRegister_CountsPresentAndAbsent()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var register = await RegisterAsync(clerk);

        var json = (await clerk.PostJsonAsync($"{EducationApi.Base}/study-sessions", Session([
            new { staffMemberId = register[0].Id, present = true },
            new { staffMemberId = register[1].Id, present = true },
            new { staffMemberId = register[2].Id, present = false, absenceReason = "出差" },
        ]))).Json;

        json.GetProperty("expected").GetInt32().ShouldBe(3);
        json.GetProperty("present").GetInt32().ShouldBe(2);
        var sessions = await clerk.GetJsonAsync($"{EducationApi.Base}/study-sessions?year=2026");
        sessions.EnumerateArray().ShouldContain(s => s.GetProperty("topic").GetString() == "学习《中华人民共和国行政复议法》");
    }

    [Fact]
    public async Task RecordStudySession_WithSomeoneNotOnTheRegister_IsRefusedAndNothingIsSaved()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var register = await RegisterAsync(clerk);
        var taixiaMember = (await RegisterAsync(await app.ClientForAsync("taixia.clerk")))[0];

        var stranger = await clerk.PostJsonAsync($"{EducationApi.Base}/study-sessions", Session([
            new { staffMemberId = register[0].Id, present = true },
            new { staffMemberId = Guid.NewGuid(), present = true },
        ]));
        var neighbour = await clerk.PostJsonAsync($"{EducationApi.Base}/study-sessions", Session([new { staffMemberId = taixiaMember.Id, present = true }]));

        stranger.ShouldBeRefusedBy("education.attendance.not-on-register");
        stranger.Json.GetProperty("detail").GetString()!.ShouldContain("干部职工名册");
        neighbour.ShouldBeRefusedBy("education.attendance.not-on-register");
        var sessions = await clerk.GetJsonAsync($"{EducationApi.Base}/study-sessions?year=2026");
        sessions.EnumerateArray().Count(s => s.GetProperty("heldOn").GetString() == "2026-11-20" && s.GetProperty("topic").GetString() == "学习《中华人民共和国行政复议法》")
            .ShouldBeLessThanOrEqualTo(1, "被拒绝的学法记录不应保存");
    }

    [Fact]
    public async Task RecordStudySession_AbsentWithoutReason_IsRefusedBesideTheAttendanceOnThePage()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var register = await RegisterAsync(clerk);
        var api = await clerk.PostJsonAsync($"{EducationApi.Base}/study-sessions", Session([new { staffMemberId = register[0].Id, present = false }]));
        api.ShouldBeRefusedBy("education.attendance.absence-reason");

        var token = await FazhiApp.AntiforgeryTokenAsync(clerk, "/workspace/education/study/new");
        var page = await clerk.PostAsync("/workspace/education/study/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Kind"] = "PreMeeting", ["HeldOn"] = "2026-11-20", ["Topic"] = "会前学法：行政复议法", ["Speaker"] = "司法所所长", ["Hours"] = "0.5",
            ["Attendance[0].StaffMemberId"] = register[0].Id.ToString(), ["Attendance[0].Present"] = "false", ["Attendance[0].AbsenceReason"] = "",
            ["__RequestVerificationToken"] = token,
        }));

        page.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        html.QuerySelector("span.field-error[data-valmsg-for='Attendance']")!.TextContent.ShouldContain("须写明缺席原因");
        html.QuerySelector("input[name='Topic']")!.GetAttribute("value").ShouldBe("会前学法：行政复议法");
    }

    private static object Activity(string? theme, int? venue, Guid? village) => new
    {
        heldOn = "2026-11-20",
        themeCode = theme,
        venue,
        villageId = village,
        form = 1, // 摆摊设点、法律咨询
        peopleReached = 85,
        leaflets = 120,
        lawBooks = 0,
        banners = 1,
        slogans = 6,
    };

    private async Task<Guid> VillageAsync(string township) =>
        await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Set<Fazhi.Modules.Organization.Village>().Where(v => v.TownshipId == db.Set<Fazhi.Modules.Organization.Township>().Single(t => t.DivisionCode == township).Id)
                .Select(v => v.Id)));

    [Fact]
    public async Task RecordActivity_WithoutThemeOrVenue_IsRefusedNamingTheRule()
    {
        var cadre = await app.ClientForAsync("xiaojiang.cadre");
        var village = await VillageAsync("990100101000");

        var noTheme = await cadre.PostJsonAsync($"{EducationApi.Base}/activities", Activity(null, 1, village));
        var noVenue = await cadre.PostJsonAsync($"{EducationApi.Base}/activities", Activity("constitution-day", null, null));
        var villageMissing = await cadre.PostJsonAsync($"{EducationApi.Base}/activities", Activity("constitution-day", 1, null));
        var ok = await cadre.PostJsonAsync($"{EducationApi.Base}/activities", Activity("constitution-day", 1, village));

        noTheme.ShouldBeRefusedBy("education.activity.theme");
        noTheme.Json.GetProperty("field").GetString().ShouldBe("themeCode");
        noVenue.ShouldBeRefusedBy("education.activity.venue");
        noVenue.Json.GetProperty("field").GetString().ShouldBe("venue");
        villageMissing.ShouldBeRefusedBy("education.activity.venue");
        villageMissing.Json.GetProperty("field").GetString().ShouldBe("villageId");
        ok.Status.ShouldBe(HttpStatusCode.OK, ok.Json.ToString());
        ok.Json.GetProperty("theme").GetString().ShouldBe("国家宪法日");
    }

    [Fact]
    public async Task VillageCadre_RecordsActivitiesButNotStudyOrExams()
    {
        var cadre = await app.ClientForAsync("xiaojiang.cadre");
        var register = await RegisterAsync(await app.ClientForAsync("xiaojiang.clerk"));

        var study = await cadre.PostJsonAsync($"{EducationApi.Base}/study-sessions", Session([new { staffMemberId = register[0].Id, present = true }]));
        var exam = await cadre.PostJsonAsync($"{EducationApi.Base}/exams", new { title = "考试", heldOn = "2026-11-20" });

        study.Status.ShouldBe(HttpStatusCode.Forbidden);
        exam.Status.ShouldBe(HttpStatusCode.Forbidden);
        exam.Json.GetProperty("detail").GetString()!.ShouldContain("法制员或领导");
    }

    [Fact]
    public async Task ImportExamResults_WithBadRows_SavesTheGoodOnesAndReportsEachBadRowWithItsReason()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var register = await RegisterAsync(clerk);
        var exam = (await clerk.PostJsonAsync($"{EducationApi.Base}/exams", new { title = "2026年度学法考法考试", heldOn = "2026-11-18" })).Json;
        var id = exam.GetProperty("id").GetGuid();
        exam.GetProperty("expected").GetInt32().ShouldBe(register.Count, "考试当日在岗人员为应考人数");
        var sheet = EducationApi.Workbook(["序号", "姓名", "单位", "考试成绩", "考试状态", "缺考原因"],
            [1, register[0].Name, "", 92, "已参考", ""],
            [2, "查无此人", "", 88, "已参考", ""],
            [3, register[1].Name, "", "八十", "已参考", ""],
            [4, register[2].Name, "", 120, "已参考", ""],
            [5, register[0].Name, "", 75, "已参考", ""],
            [6, register[3].Name, "", "", "缺考", "病假"],
            [7, register[4].Name, "", 58, "交白卷", ""]);

        var report = (await clerk.PostFileAsync($"{EducationApi.Base}/exams/{id}/results", "file", "成绩.xlsx", sheet, EducationApi.Xlsx)).Json;

        report.GetProperty("saved").GetInt32().ShouldBe(2);
        var errors = report.GetProperty("errors").EnumerateArray().ToDictionary(e => e.GetProperty("row").GetInt32(), e => e.GetProperty("reason").GetString()!);
        errors.Keys.Order().ShouldBe([3, 4, 5, 6, 8]);
        errors[3].ShouldContain("不在本乡镇");
        errors[4].ShouldContain("不是有效数字");
        errors[5].ShouldContain("0 至 100");
        errors[6].ShouldContain("重复");
        errors[8].ShouldContain("无法识别");
        var stored = await clerk.GetJsonAsync($"{EducationApi.Base}/exams/{id}");
        stored.GetProperty("sat").GetInt32().ShouldBe(1);
        stored.GetProperty("passRate").GetDecimal().ShouldBe(100m);
    }

    [Fact]
    public async Task ImportExamResults_WhenNotAWorkbook_SaysSoInsteadOfFailing()
    {
        var clerk = await app.ClientForAsync("xiaojiang.clerk");
        var id = (await clerk.PostJsonAsync($"{EducationApi.Base}/exams", new { title = "考试", heldOn = "2026-11-18" })).Json.GetProperty("id").GetGuid();

        var result = await clerk.PostFileAsync($"{EducationApi.Base}/exams/{id}/results", "file", "成绩.xlsx", "not a workbook"u8.ToArray(), EducationApi.Xlsx);

        result.Status.ShouldBe(HttpStatusCode.OK);
        result.Json.GetProperty("errors")[0].GetProperty("reason").GetString()!.ShouldContain("不是有效的 Excel");
    }

    [Fact]
    public async Task ActivityPhotos_OnThePortal_CarryNoLocationMetadata()
    {
        var cadre = await app.ClientForAsync("xiaojiang.cadre");
        var village = await VillageAsync("990100101000");
        var id = (await cadre.PostJsonAsync($"{EducationApi.Base}/activities", Activity("anti-fraud", 1, village))).Json.GetProperty("id").GetGuid();
        var original = EducationApi.PhotoWithLocation();
        EducationApi.HasExif(original).ShouldBeTrue("测试照片本身带有位置信息");

        var uploaded = await cadre.PostFileAsync($"{EducationApi.Base}/activities/{id}/photos", "photos", "IMG_0001.JPG", original, "image/jpeg");
        uploaded.Status.ShouldBe(HttpStatusCode.OK, uploaded.Json.ToString());

        var portal = await app.Anonymous().GetStringAsync($"/t/990100101000/publicity/{id}");
        var src = (await new HtmlParser().ParseDocumentAsync(portal)).QuerySelector(".photos img")!.GetAttribute("src")!;
        src.ShouldStartWith("/files/");
        var served = await app.Anonymous().GetByteArrayAsync(src);
        served[..2].ShouldBe(new byte[] { 0xFF, 0xD8 }, "仍是 JPEG 照片");
        EducationApi.HasExif(served).ShouldBeFalse("门户上的照片不应带 EXIF 或位置信息");
        portal.ShouldNotContain("法制员");
    }

    [Fact]
    public async Task PhoneForm_OfAVillageCadre_PreselectsTheirVillageAndTheThemeOfTheDay()
    {
        app.AdvanceClockTo(new DateOnly(2026, 12, 4));
        var cadre = await app.ClientForAsync("xiaojiang.cadre");

        var html = await new HtmlParser().ParseDocumentAsync(await cadre.GetStringAsync("/workspace/education/activities/new"));

        html.QuerySelector("select[name='ThemeCode'] option[selected]")!.TextContent.ShouldStartWith("国家宪法日");
        html.QuerySelector("select[name='VillageId'] option[selected]")!.TextContent.ShouldBe("小江村");
        html.QuerySelector("input[name='photos']")!.GetAttribute("capture").ShouldBe("environment");
        // The app clock only moves forward; the other tests of this class date their records before 4 December.
    }
}
