using System.Net.Http.Headers;
using System.Text.Json;
using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Modules.Education;
using Fazhi.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.IntegrationTests.Platform.Tenancy;

/// <summary>
/// The record routes of the Education and Leadership modules, for <see cref="ForeignRecordRoutes.All"/>: each creates a
/// fresh 太霞乡 record through its API and gives a body with which the owner's call succeeds.
/// </summary>
public static class EducationForeignRecordRoutes
{
    private const string Api = EducationApi.Base;

    public static IReadOnlyDictionary<string, ForeignRecordRoute> All { get; } = new Dictionary<string, ForeignRecordRoute>(StringComparer.Ordinal)
    {
        ["PAGE /workspace/education/study/{id:guid}"] = Route(async app => $"/workspace/education/study/{await SessionAsync(app)}"),
        ["PAGE /workspace/education/exams/{id:guid}"] = Route(async app => $"/workspace/education/exams/{await ExamAsync(app)}"),
        ["PAGE /workspace/education/exams/{id:guid}/results"] = Route(async app => $"/workspace/education/exams/{await ExamAsync(app)}/results"),
        ["PAGE /workspace/education/activities/{id:guid}"] = Route(async app => $"/workspace/education/activities/{await ActivityAsync(app)}"),
        ["PAGE /workspace/education/activities/{id:guid}/photos"] = Route(async app => $"/workspace/education/activities/{await ActivityAsync(app)}/photos"),
        // An activity is public once recorded; what the portal route must never reach is an internal record of 太霞乡.
        ["PAGE /t/{code}/publicity/{id:guid}"] = new(RecordAccess.Public, async app => $"/t/{ForeignRecordRoutes.OtherTownship}/publicity/{await ActivityAsync(app)}")
        {
            UnpublishedPathFor = async app => $"/t/{ForeignRecordRoutes.OtherTownship}/publicity/{await SessionAsync(app)}",
        },
        ["GET /api/workspace/education/exams/{id:guid}"] = Route(async app => $"{Api}/exams/{await ExamAsync(app)}"),
        ["POST /api/workspace/education/exams/{id:guid}/results"] = Route(async app => $"{Api}/exams/{await ExamAsync(app)}/results", Sheet),
        ["GET /api/workspace/education/activities/{id:guid}"] = Route(async app => $"{Api}/activities/{await ActivityAsync(app)}"),
        ["POST /api/workspace/education/activities/{id:guid}/photos"] = Route(async app => $"{Api}/activities/{await ActivityAsync(app)}/photos", Photo),
        ["PAGE /workspace/leadership/plan/{year:int}/tasks/{taskId:guid}/done"] = Route(async app => $"/workspace/leadership/plan/2026/tasks/{await TaskAsync(app)}/done"),
        ["POST /api/workspace/leadership/plans/{year:int}/tasks/{taskId:guid}/done"] = Route(async app => $"/api/workspace/leadership/plans/2026/tasks/{await TaskAsync(app)}/done",
            () => Taixia.Json(new { doneOn = "2026-11-23", result = "已完成" })),
    };

    private static ForeignRecordRoute Route(Func<FazhiApp, Task<string>> path, Func<HttpContent>? body = null) => new(RecordAccess.Township, path, body);

    private static HttpContent Sheet()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(EducationApi.Workbook(["序号", "姓名", "单位", "考试成绩", "考试状态", "缺考原因"]));
        file.Headers.ContentType = new MediaTypeHeaderValue(EducationApi.Xlsx);
        form.Add(file, "file", "成绩.xlsx");
        return form;
    }

    private static HttpContent Photo()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(EducationApi.PhotoWithLocation());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "photos", "IMG_0002.JPG");
        return form;
    }

    private static async Task<Guid> ExamAsync(FazhiApp app) =>
        (await Taixia.PostAsync(app, "clerk", $"{Api}/exams", new { title = "太霞乡学法考试", heldOn = "2026-11-20" })).GetProperty("id").GetGuid();

    private static async Task<Guid> ActivityAsync(FazhiApp app)
    {
        var village = await app.WithDbAsync(db => db.Set<Village>().Where(v => v.TownshipId == db.Set<Township>().Single(t => t.DivisionCode == Taixia.Code).Id).Select(v => v.Id).FirstAsync());
        return (await Taixia.PostAsync(app, "clerk", $"{Api}/activities", new { heldOn = "2026-11-20", themeCode = "everyday", venue = 1, villageId = village, form = 2, peopleReached = 40 }))
            .GetProperty("id").GetGuid();
    }

    private static async Task<Guid> SessionAsync(FazhiApp app)
    {
        var client = await Taixia.ClientAsync(app);
        var staff = JsonDocument.Parse(await client.GetStringAsync($"{Api}/staff?on=2026-11-20")).RootElement;
        var member = staff[0].GetProperty("id").GetGuid();
        return (await Taixia.PostAsync(app, "clerk", $"{Api}/study-sessions", new
        {
            kind = 2, heldOn = "2026-11-20", topic = "会前学法", speaker = "乡长", hours = 0.5, attendance = new[] { new { staffMemberId = member, present = true } },
        })).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> TaskAsync(FazhiApp app)
    {
        var plan = await Taixia.PostAsync(app, "clerk", "/api/workspace/leadership/plans/2026/tasks", new { title = "组织宪法宣传周活动", owner = "司法所", dueOn = "2026-12-07" });
        return plan.GetProperty("tasks").EnumerateArray().Last().GetProperty("id").GetGuid();
    }
}
