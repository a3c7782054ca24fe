using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Reports.Contracts;

namespace Fazhi.Modules.Education.Figures;

/// <summary>
/// The clauses of the seeds' sentences about study, exams and trainings (头营镇 “党委中心组理论学习学法13次，镇村干部
/// ‘八五’普法学习12次，召开专题研讨会4次，邀请法律顾问举办法律讲堂2次”, 太霞乡 “理论中心组集中学法6次”, 小江镇
/// “参学率和合格率达到100%”) as indicators of part 一.
/// </summary>
internal sealed class StudyIndicatorSource(EducationFigures figures) : IIndicatorSource
{
    public const string Module = "education.study";

    public async Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        (await figures.StudyAsync(townshipIds, year, cancellationToken)).ToDictionary(f => f.Key, f => Group(f.Value, year));

    public static IndicatorGroup Group(StudyYear f, int year)
    {
        ArgumentNullException.ThrowIfNull(f);
        var study = $"/workspace/education/study?Year={year}";
        var exams = $"/workspace/education/exams?Year={year}";
        var trainings = $"/workspace/education/trainings?Year={year}";
        int Of(StudyKind k) => f.Sessions.GetValueOrDefault(k);
        return new IndicatorGroup(Module, 30, "强化法治学习，提升依法行政能力", "本年度", [
            Indicator.Count("education.study.central-group", "党委理论学习中心组学法", "次", Of(StudyKind.CentralGroup), "组织党委理论学习中心组学法{0}", study),
            Indicator.Count("education.study.pre-meeting", "会前学法", "次", Of(StudyKind.PreMeeting), "会前学法{0}", study),
            Indicator.Count("education.study.cadre", "镇村干部集中学法", "次", Of(StudyKind.CadreStudy), "镇村干部集中学法{0}", study),
            Indicator.Count("education.study.thematic", "专题学法", "次", Of(StudyKind.Thematic), "专题学法{0}", study),
            Indicator.Count("education.study.seminar", "专题研讨", "次", Of(StudyKind.Seminar), "召开专题研讨会{0}", study),
            Indicator.Count("education.study.lecture", "法治讲座", "次", Of(StudyKind.Lecture), "举办法治讲座{0}", study),
            Indicator.Count("education.study.planned", "年度学法计划安排", "次", f.Planned, "年度学法计划安排学法{0}", $"/workspace/education/study/plan/{year}"),
            Indicator.Rate("education.study.attendance-rate", "参学率", f.Present, f.Expected, "参学率{0}", study),
            new Indicator("education.study.hours-per-person", "人均学法学时", "学时", f.StaffServed == 0 || f.PersonHours == 0 ? null : Math.Round(f.PersonHours / f.StaffServed, 1, MidpointRounding.AwayFromZero), "人均学法{0}", study),
            Indicator.Count("education.exams", "学法考试", "场", f.Exams, "组织学法考试{0}", exams),
            Indicator.Rate("education.exams.participation-rate", "学法考试参考率", f.ExamSat, f.ExamExpected, "参考率{0}", exams),
            Indicator.Rate("education.exams.pass-rate", "学法考试合格率", f.ExamPassed, f.ExamSat, "合格率{0}", exams),
            Indicator.Count("education.trainings", "法治培训", "场", f.Trainings, "开展法治培训{0}", trainings),
            Indicator.Count("education.trainings.participants", "法治培训人次", "人次", f.TrainingParticipants, "参训{0}", trainings),
            Indicator.Count("education.trainings.officers", "行政执法人员业务培训", "场", f.OfficerTrainings, "其中行政执法人员业务培训{0}", trainings),
            Indicator.Count("education.trainings.residents", "面向群众法治巡讲", "场", f.ResidentTrainings, "面向群众开展法治巡讲{0}", trainings),
            Approximate("education.trainings.residents-reached", "法治巡讲受益人次", "人次", f.ResidentParticipants, "受益", trainings),
        ]);
    }

    /// <summary>A count whose clause is written the seeds' way (8000余份); the value stays exact for the county.</summary>
    public static Indicator Approximate(string key, string label, string unit, int value, string words, string link) =>
        new(key, label, unit, value, words + Approximately.Write(value) + unit, link);
}

/// <summary>
/// The 普法 clauses (河市镇 “组织了23场法治宣传活动，发放各类法律法规宣传资料15000余份，送出法律书籍300余册，悬挂横幅35条，
/// 张贴标语2500余张，受教育人数达10000余人次”, 小江镇 “禁毒宣传活动423场……中小学幼儿园法治宣传15场次，覆盖师生600余人”,
/// 头营镇 “宣传覆盖率达到98.5%”) as indicators of part 一.
/// </summary>
internal sealed class PublicityIndicatorSource(EducationFigures figures) : IIndicatorSource
{
    public const string Module = "education.publicity";

    public async Task<IReadOnlyDictionary<Guid, IndicatorGroup>> ForTownshipsAsync(IReadOnlyCollection<Guid> townshipIds, int year, CancellationToken cancellationToken) =>
        (await figures.PublicityAsync(townshipIds, year, cancellationToken)).ToDictionary(f => f.Key, f => Group(f.Value, year));

    public static IndicatorGroup Group(PublicityYear f, int year)
    {
        ArgumentNullException.ThrowIfNull(f);
        var ledger = $"/workspace/education/activities?Year={year}";
        int Of(ThemeCategory c) => f.ByCategory.GetValueOrDefault(c);
        return new IndicatorGroup(Module, 35, "深入推进普法宣传，营造浓厚法治氛围", "本年度", [
            Indicator.Count("education.publicity.activities", "法治宣传活动（不含进校园）", "场", f.Activities, "开展法治宣传活动{0}", ledger),
            Indicator.Count("education.publicity.constitution", "宪法宣传活动", "场", Of(ThemeCategory.Constitution), "宪法宣传{0}", ledger + "&Category=Constitution"),
            Indicator.Count("education.publicity.civil-code", "民法典宣传活动", "场", Of(ThemeCategory.CivilCode), "民法典宣传{0}", ledger + "&Category=CivilCode"),
            Indicator.Count("education.publicity.national-security", "国家安全教育活动", "场", Of(ThemeCategory.NationalSecurity), "国家安全教育{0}", ledger + "&Category=NationalSecurity"),
            Indicator.Count("education.publicity.anti-drug", "禁毒宣传活动", "场", Of(ThemeCategory.AntiDrug), "禁毒宣传活动{0}", ledger + "&Category=AntiDrug"),
            Indicator.Count("education.publicity.schools", "进校园法治宣传", "场", f.SchoolActivities, "进中小学、幼儿园开展法治宣传{0}", ledger + "&Venue=School"),
            StudyIndicatorSource.Approximate("education.publicity.school-reached", "覆盖师生", "人次", f.SchoolReached, "覆盖师生", ledger + "&Venue=School"),
            StudyIndicatorSource.Approximate("education.publicity.leaflets", "发放宣传资料", "份", f.Leaflets, "发放各类宣传资料", ledger),
            StudyIndicatorSource.Approximate("education.publicity.law-books", "送出法律书籍", "册", f.LawBooks, "送出法律书籍", ledger),
            StudyIndicatorSource.Approximate("education.publicity.banners", "悬挂横幅", "条", f.Banners, "悬挂横幅", ledger),
            StudyIndicatorSource.Approximate("education.publicity.slogans", "张贴标语", "张", f.Slogans, "张贴标语", ledger),
            StudyIndicatorSource.Approximate("education.publicity.reached", "受教育人次", "人次", f.PeopleReached, "受教育", ledger),
            Indicator.Rate("education.publicity.coverage-rate", "宣传覆盖率（村民小组）", f.GroupsReached, f.Groups, "宣传覆盖率达到{0}", ledger),
            Indicator.Count("education.publicity.legal-literates", "“法律明白人”", "名", f.LegalLiterates, "培养“法律明白人”{0}", "/workspace/education/registers/legal-literates"),
            Indicator.Count("education.publicity.demonstration-villages", "民主法治示范村（社区）", "个", f.DemonstrationVillages, "建成民主法治示范村（社区）{0}", "/workspace/education/registers/demonstration-villages"),
            Indicator.Count("education.publicity.viceprincipals", "法治副校长", "名", f.SchoolsWithViceprincipal, "中小学配备法治副校长{0}", "/workspace/education/registers/schools"),
            Indicator.Rate("education.publicity.responsibilities-rate", "“谁执法谁普法”责任清单完成率", f.ResponsibilitiesDone, f.Responsibilities, "“谁执法谁普法”责任清单完成率{0}", $"/workspace/education/registers/responsibilities?Year={year}"),
        ]);
    }
}
