using Fazhi.Modules.Education.Exams.ImportResults;
using Fazhi.Modules.Education.Exams.ScheduleExam;
using Fazhi.Modules.Education.Excel;
using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Education.Publicity.RecordActivity;
using Fazhi.Modules.Education.Registers;
using Fazhi.Modules.Education.Registers.ImportRegister;
using Fazhi.Modules.Education.Study.AdoptPlan;
using Fazhi.Modules.Education.Trainings.RecordTraining;
using Fazhi.Modules.Organization;
using Fazhi.Modules.Organization.ManageUsers;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Education.Demo;

/// <summary>
/// The study, exam, training and 普法 records from which the four seed reports state their figures exactly:
/// 头营镇 2022 (中心组学法13次, 镇村干部学法12次, 专题研讨会4次, 法律讲堂2次; 55 activities and 6 in schools, 8006 份 →
/// “8000余份”, 5683 人次 → “5680余人次”, 60 张 标语, 66 of 67 村民小组 → 98.5%), 太霞乡 2022 (中心组学法6次, 3 officer trainings,
/// 2 法治巡讲 reaching 1004 → “1000余人”, 3 activities and 2 法治课 reaching 1206 → “1200余人次”, one 法治副校长), 河市镇 2024
/// (23 activities, 15004 份 → “15000余份”, 306 册 → “300余册”, 35 条, 2504 张 → “2500余张”, 10005 人次 → “10000余人次”) and 小江镇 2022 (423 禁毒 activities, 33 横幅, 19684 份 →
/// “19680余”, 15 school activities reaching 604 师生 → “600余”, 参学率 and 合格率 100%). Registers and rows are created through the
/// module's own aggregates and handlers (the Excel import handlers for the registers, as a clerk would load them), in
/// batches so that seeding stays fast; plus a village cadre login per township and this year's running records.
/// </summary>
internal sealed class EducationDemoSeeder : IStartupSeeder
{
    public int Order => 400;

    public bool IsDemoData => true;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高"];
    private static readonly string[] Given = ["建国", "春梅", "志强", "海燕", "立新", "晓东", "秀英", "文斌", "丽华", "国庆", "玉兰", "永红", "明辉", "红霞", "卫东", "淑芳", "振华", "桂英", "小军", "雪梅", "德胜", "翠兰", "学文", "凤英"];

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FazhiDbContext>();
        var townships = await db.Set<Township>().AsNoTracking().Include(t => t.Villages).ToListAsync(cancellationToken);
        var today = Platform.Time.ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        foreach (var (key, code, year) in new[] { ("touying", "990100103000", 2022), ("taixia", "990100102000", 2022), ("heshi", "990100104000", 2024), ("xiaojiang", "990100101000", 2022) })
        {
            var township = townships.Single(t => t.DivisionCode == code);
            var seed = new TownshipSeed(services, db, township, key, year, today);
            await seed.StaffAsync(cancellationToken);
            switch (key)
            {
                case "touying":
                    await seed.TouyingAsync(cancellationToken);
                    break;
                case "taixia":
                    await seed.TaixiaAsync(cancellationToken);
                    break;
                case "heshi":
                    await seed.HeshiAsync(cancellationToken);
                    break;
                default:
                    await seed.XiaojiangAsync(cancellationToken);
                    break;
            }

            await seed.ThisYearAsync(cancellationToken);
        }
    }

    private sealed class TownshipSeed(IServiceProvider services, FazhiDbContext db, Township township, string key, int year, DateOnly today)
    {
        private readonly Random _random = new(int.Parse(township.DivisionCode.AsSpan(4, 5), System.Globalization.CultureInfo.InvariantCulture) ^ year);
        private readonly List<StaffMember> _staff = [];

        private Actor Clerk => Actor.For($"{key}.clerk", $"{township.Name}法制员", township.Id, Roles.LegalClerk);

        private Village Village(int index) => township.Villages.OrderBy(v => v.DivisionCode).ElementAt(index % township.Villages.Count);

        /// <summary>A handler as of the day the step happened; one that reads no clock (the request carries its dates) is built as it is.</summary>
        private T Service<T>(DateOnly on) where T : notnull =>
            typeof(T).GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(TimeProvider)))
                ? new SeedClock().Set(on).Create<T>(services)
                : ActivatorUtilities.CreateInstance<T>(services);

        /// <summary>The register: the leadership (中心组), office staff, and three cadres per village, serving since 2020.</summary>
        public async Task StaffAsync(CancellationToken ct)
        {
            var since = new DateOnly(2020, 1, 2);
            var n = 0;
            string Name() => Surnames[(n * 7 + township.DivisionCode[7]) % Surnames.Length] + Given[(n++ * 5 + township.DivisionCode[8]) % Given.Length];
            var leaders = new[] { "党委书记", township.Kind == TownshipKind.Township ? "乡长" : "镇长", "党委副书记", "人大主席", "纪委书记", "组织委员", "宣传委员", "副" + (township.Kind == TownshipKind.Township ? "乡长" : "镇长") };
            foreach (var post in leaders)
            {
                _staff.Add(StaffMember.Register(township.Id, Name(), post, "领导班子", centralGroup: true, since));
            }

            foreach (var (unit, posts) in new[] { ("党政综合办公室", new[] { "主任", "科员", "科员" }), ("综合行政执法办公室", new[] { "主任", "执法队员", "执法队员", "执法队员" }), ("司法所", new[] { "所长", "科员" }), ("社会事务办公室", new[] { "主任", "科员" }) })
            {
                foreach (var post in posts)
                {
                    _staff.Add(StaffMember.Register(township.Id, Name(), post, unit, false, since));
                }
            }

            foreach (var village in township.Villages.OrderBy(v => v.DivisionCode))
            {
                foreach (var post in new[] { "党支部书记", "村委会主任", "文书" })
                {
                    _staff.Add(StaffMember.Register(township.Id, Name(), post, village.Name, false, since, village.Id));
                }
            }

            // One who left in 2021 and one who joined this year: registers count who served when, not who serves now.
            var left = StaffMember.Register(township.Id, Name(), "科员", "党政综合办公室", false, new DateOnly(2019, 3, 1));
            left.Leave(new DateOnly(2021, 6, 30), "调离");
            _staff.Add(left);
            _staff.Add(StaffMember.Register(township.Id, Name(), "科员", "社会事务办公室", false, today.AddMonths(-2)));
            db.AddRange(_staff);
            await db.SaveChangesAsync(ct);

            // The village cadre who records activities from the phone: a login linked to the register, for the first village.
            var users = ActivatorUtilities.CreateInstance<UserAdministration>(services);
            var cadre = _staff.First(s => s.VillageId == Village(0).Id);
            var user = await users.CreateAsync(new UserInput { UserName = $"{key}.cadre", DisplayName = $"{Village(0).Name}{cadre.Post}", Position = cadre.Post, Roles = [Roles.VillageCadre], TownshipId = township.Id },
                Organization.Demo.DemoOrganizationSeeder.DemoPassword);
            cadre.LinkLogin(user.Id);
            await db.SaveChangesAsync(ct);
        }

        private IEnumerable<StaffMember> CentralGroup => _staff.Where(s => s.IsCentralGroupMember && s.LeftOn is null && s.JoinedOn.Year <= year);

        private IEnumerable<StaffMember> Everyone(DateOnly on) => _staff.Where(s => s.IsServingOn(on));

        /// <summary>Sessions of a kind spread over the year (the 10th of each month onward), attendance against the register.</summary>
        private void Sessions(StudyKind kind, int count, string[] topics, bool everyone, double absence, decimal hours = 2)
        {
            for (var i = 0; i < count; i++)
            {
                var month = 1 + (i * 12 / count);
                var day = new DateOnly(year, month, Math.Min(28, 8 + (i % 3) * 6));
                var expected = everyone ? Everyone(day).ToList() : CentralGroup.Where(s => s.IsServingOn(day)).ToList();
                var marks = expected.Select(s => _random.NextDouble() < absence
                    ? new AttendanceMark(s, false, _random.Next(3) switch { 0 => "出差", 1 => "病假", _ => "下村开展工作" })
                    : new AttendanceMark(s, true, null)).ToList();
                db.Add(StudySession.Record(township.Id, kind, day, topics[i % topics.Length], kind == StudyKind.Lecture ? "法律顾问" : CentralGroup.First().Name,
                    "《中华人民共和国宪法》《中华人民共和国行政处罚法》等", hours, marks, $"{township.Name}法制员", today));
            }
        }

        private static readonly string[] CentralTopics =
        [
            "学习习近平法治思想", "学习《法治政府建设实施纲要（2021—2025年）》", "学习《中华人民共和国宪法》", "学习《中华人民共和国民法典》婚姻家庭编",
            "学习《中华人民共和国行政处罚法》", "学习《重大行政决策程序暂行条例》", "学习《中华人民共和国乡村振兴促进法》", "学习党的二十大报告关于全面依法治国的论述",
            "学习《信访工作条例》", "学习《中华人民共和国安全生产法》", "学习《中华人民共和国土地管理法》", "学习《中华人民共和国行政复议法》", "学习《法治社会建设实施纲要》",
        ];

        /// <summary>An activity through the aggregate's own rules, stamped on its day.</summary>
        private void Activity(DateOnly on, string theme, VenueKind venue, int village, string place, ActivityForm form, int people, int leaflets = 0, int books = 0, int banners = 0, int slogans = 0,
            IReadOnlyCollection<Guid>? groups = null, Guid? school = null, string? title = null)
        {
            var facts = new ActivityFacts(on, theme, title ?? "", venue, venue == VenueKind.Village ? Village(village).Id : null, school, place, form, people,
                new Dictionary<MaterialKind, int> { [MaterialKind.Leaflets] = leaflets, [MaterialKind.LawBooks] = books, [MaterialKind.Banners] = banners, [MaterialKind.Slogans] = slogans },
                groups ?? [], "司法所");
            db.Add(PublicityActivity.Record(township.Id, facts, true, school is not null, $"{township.Name}法制员", new SeedClock().Set(on).GetUtcNow(), today));
        }

        /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> uneven, realistic parts that add up exactly.</summary>
        private int[] Split(int total, int parts)
        {
            var weights = Enumerable.Range(0, parts).Select(_ => 0.5 + _random.NextDouble()).ToArray();
            var sum = weights.Sum();
            var result = weights.Select(w => (int)Math.Floor(total * w / sum)).ToArray();
            result[^1] += total - result.Sum();
            return result;
        }

        private static readonly (string Theme, int Month, int Day)[] Calendar =
        [
            ("anti-fraud", 1, 15), ("consumer-day", 3, 15), ("national-security-day", 4, 15), ("civil-code-month", 5, 12), ("anti-drug-day", 6, 26), ("safety-month", 6, 16),
            ("everyday", 7, 20), ("everyday", 8, 18), ("anti-fraud", 9, 22), ("fire-day", 11, 9), ("constitution-week", 12, 2), ("constitution-day", 12, 4),
        ];

        private async Task<ImportReport> ImportAsync(RegisterKind kind, IEnumerable<Dictionary<string, object?>> rows, CancellationToken ct)
        {
            using var sheet = new MemoryStream(Sheet.Write(rows, RegisterSheets.Columns(kind), "台账"));
            return await Service<ImportRegisterHandler>(today).HandleAsync(Clerk, kind, sheet, ct);
        }

        private async Task SchoolsAsync(IEnumerable<(string Name, SchoolKind Kind, int Village, string? Viceprincipal, string? Organ)> schools, CancellationToken ct) =>
            await ImportAsync(RegisterKind.Schools, schools.Select(s => new Dictionary<string, object?>
            {
                ["学校名称"] = s.Name, ["学校类型"] = EducationLabels.School(s.Kind), ["所在村（社区）"] = Village(s.Village).Name, ["法治副校长"] = s.Viceprincipal,
                ["法治副校长单位"] = s.Organ, ["聘任日期"] = s.Viceprincipal is null ? null : $"{year}-03-01", ["聘期届满"] = s.Viceprincipal is null ? null : $"{year + 2}-02-28",
            }), ct);

        private Task<List<School>> SchoolListAsync(CancellationToken ct) => db.Set<School>().Where(s => s.TownshipId == township.Id).OrderBy(s => s.Name).ToListAsync(ct);

        /// <summary>头营镇 2022 (seed 000).</summary>
        public async Task TouyingAsync(CancellationToken ct)
        {
            await Service<AdoptStudyPlanHandler>(new DateOnly(year, 1, 10)).HandleAsync(Clerk, year, new AdoptStudyPlanRequest($"{year}年度头营镇党委理论学习中心组学法计划", new DateOnly(year, 1, 10),
                [.. Enumerable.Range(1, 12).Select(m => new PlannedSession(m, StudyKind.CentralGroup, CentralTopics[m - 1]))]), ct);
            Sessions(StudyKind.CentralGroup, 13, CentralTopics, everyone: false, absence: 0.08);
            Sessions(StudyKind.CadreStudy, 12, ["“八五”普法学习：农村实用法律知识", "“八五”普法学习：《民法典》", "“八五”普法学习：《行政处罚法》《行政许可法》《行政强制法》"], everyone: true, absence: 0.1, hours: 1.5m);
            Sessions(StudyKind.Seminar, 4, ["学习贯彻习近平法治思想专题研讨", "依法行政与乡村治理专题研讨"], everyone: false, absence: 0.05, hours: 3);
            Sessions(StudyKind.Lecture, 2, ["法律讲堂：农村土地承包纠纷的法律适用", "法律讲堂：预防新型电信网络诈骗"], everyone: true, absence: 0.1);

            // 村民小组: 头营村 25, 马园村 21, 杨郎村 21 = 67; one group of 杨郎村 is not reached → 66/67 = 98.5%.
            var sizes = new[] { 25, 21, 21 };
            await ImportAsync(RegisterKind.VillageGroups, Enumerable.Range(0, 3).SelectMany(v => Enumerable.Range(1, sizes[v])
                .Select(g => new Dictionary<string, object?> { ["村（社区）"] = Village(v).Name, ["村民小组"] = $"{ChineseNumerals.Format(g)}组" })), ct);
            var yanglang = await db.Set<VillageGroup>().Where(g => g.VillageId == Village(2).Id).OrderBy(g => g.Order).Select(g => g.Id).ToListAsync(ct);
            var reachedInYanglang = yanglang.Take(20).ToList();
            await SchoolsAsync([("头营中心小学", SchoolKind.Primary, 0, "马志强", "原州区公安分局头营派出所"), ("头营中学", SchoolKind.Middle, 0, "杨海燕", "头营司法所"), ("马园小学", SchoolKind.Primary, 1, null, null)], ct);
            var schools = await SchoolListAsync(ct);

            // 55 activities for the public: leaflets 8006 (→ 8000余份), slogans 60 (张贴标语60张), reach 5683 with the schools'.
            var people = Split(5683 - 820, 55);
            var leaflets = Split(8006, 55);
            var slogans = Split(60, 20);
            for (var i = 0; i < 55; i++)
            {
                var (theme, month, day) = Calendar[i % Calendar.Length];
                var on = new DateOnly(year, month, Math.Min(28, day + (i / Calendar.Length)));
                var village = i % 3;
                var market = i % 5 == 4;
                Activity(on, theme, market ? VenueKind.Market : VenueKind.Village, village, market ? "头营镇集市" : "村文化广场", market ? ActivityForm.StallAndConsultation : ActivityForm.Lecture,
                    people[i], leaflets[i], slogans: i < 20 ? slogans[i] : 0, groups: !market && village == 2 ? reachedInYanglang : null,
                    title: i % 11 == 0 ? "反邪教、禁毒法律法规宣传" : null);
            }

            var pupils = Split(820, 6);
            for (var i = 0; i < 6; i++)
            {
                Activity(new DateOnly(year, 3 + i, 18), i % 2 == 0 ? "constitution-week" : "everyday", VenueKind.School, 0, "", ActivityForm.LawClass, pupils[i],
                    school: schools[i % 2].Id, title: "司法所、派出所、综合执法办公室进校园法治宣传");
            }

            await db.SaveChangesAsync(ct);
        }

        /// <summary>太霞乡 2022 (seed 001).</summary>
        public async Task TaixiaAsync(CancellationToken ct)
        {
            Sessions(StudyKind.CentralGroup, 6, CentralTopics, everyone: false, absence: 0.1);
            await db.SaveChangesAsync(ct);
            var trainings = Service<RecordTrainingHandler>(today);
            foreach (var (month, topic) in new[] { (3, "行政执法人员业务培训：行政处罚程序与案卷制作"), (6, "行政执法人员业务培训：执法全过程记录"), (10, "行政执法人员业务培训：《行政处罚法》重点条文解读") })
            {
                await trainings.HandleAsync(Clerk, new RecordTrainingRequest(new DateOnly(year, month, 16), topic, TrainingAudience.Officers, "县司法局", 3, 12), ct);
            }

            await trainings.HandleAsync(Clerk, new RecordTrainingRequest(new DateOnly(year, 4, 20), "法制巡讲：劳动法、婚姻法、继承法", TrainingAudience.Residents, "乡法律顾问", 2, 520), ct);
            await trainings.HandleAsync(Clerk, new RecordTrainingRequest(new DateOnly(year, 9, 14), "法制巡讲：合同法、妇女权益保障法", TrainingAudience.Residents, "乡法律顾问", 2, 484), ct);

            await SchoolsAsync([("太霞乡中心小学", SchoolKind.Primary, 0, "敬明辉", "南部县公安局太霞派出所")], ct);
            var school = (await SchoolListAsync(ct))[0];
            Activity(new DateOnly(year, 5, 20), "civil-code-month", VenueKind.Village, 0, "太霞村法治文化广场", ActivityForm.StallAndConsultation, 388, 1200, slogans: 20);
            Activity(new DateOnly(year, 6, 26), "anti-drug-day", VenueKind.Market, 0, "太霞场镇", ActivityForm.Leaflets, 296, 900, banners: 2);
            Activity(new DateOnly(year, 12, 4), "constitution-day", VenueKind.Village, 1, "石门村村委会", ActivityForm.Lecture, 170, 600);
            Activity(new DateOnly(year, 4, 12), "everyday", VenueKind.School, 0, "", ActivityForm.LawClass, 180, school: school.Id, title: "法制课：远离校园暴力");
            Activity(new DateOnly(year, 11, 8), "anti-drug-everyday", VenueKind.School, 0, "", ActivityForm.LawClass, 172, school: school.Id, title: "法制课：远离毒品，从我做起");
            await db.SaveChangesAsync(ct);
        }

        /// <summary>河市镇 2024 (seed 002).</summary>
        public async Task HeshiAsync(CancellationToken ct)
        {
            await ImportAsync(RegisterKind.DemonstrationVillages, [new() { ["村（社区）"] = Village(0).Name, ["命名级别"] = "省级", ["命名日期"] = "2021-12-20", ["命名文件"] = "省级民主法治示范村（社区）命名决定" }], ct);
            var people = Split(10005, 23);
            var leaflets = Split(15004, 23);
            var books = Split(306, 10);
            var banners = Split(35, 23);
            var slogans = Split(2504, 23);
            var themes = new[] { "civil-code-month", "civil-code-month", "civil-code-month", "constitution-week", "constitution-week", "constitution-day", "everyday", "national-security-day", "anti-drug-day", "anti-fraud" };
            for (var i = 0; i < 23; i++)
            {
                var theme = themes[i % themes.Length];
                var seedTheme = ThemeCalendar.Find(theme)!;
                var on = seedTheme.FromMonth == seedTheme.ToMonth && seedTheme.Days < 31 ? new DateOnly(year, seedTheme.FromMonth, seedTheme.FromDay) : new DateOnly(year, theme == "civil-code-month" ? 5 : 1 + i % 11, 6 + i);
                Activity(on, theme, i % 4 == 3 ? VenueKind.Market : VenueKind.Village, i % 3, i % 4 == 3 ? "河市镇集贸市场" : "村民活动中心", theme == "everyday" ? ActivityForm.DoorToDoor : ActivityForm.StallAndConsultation,
                    people[i], leaflets[i], i < 10 ? books[i] : 0, banners[i], slogans[i], title: theme == "everyday" ? "“法制进家庭”宣传" : null);
            }

            await db.SaveChangesAsync(ct);
        }

        /// <summary>小江镇 2022 (seed 004).</summary>
        public async Task XiaojiangAsync(CancellationToken ct)
        {
            Sessions(StudyKind.CentralGroup, 12, CentralTopics, everyone: false, absence: 0);
            Sessions(StudyKind.PreMeeting, 6, ["会前学法：《重大行政决策程序暂行条例》", "会前学法：《法治政府建设实施纲要（2021—2025年）》"], everyone: false, absence: 0, hours: 0.5m);
            Sessions(StudyKind.CadreStudy, 4, ["机关干部和村干部学法：《民法典》", "机关干部和村干部学法：《信访工作条例》"], everyone: true, absence: 0);
            await db.SaveChangesAsync(ct);

            // 学法考法: everyone serving sat the exam on the provincial platform and passed (合格率 100%).
            var exam = await Service<ScheduleExamHandler>(new DateOnly(year, 11, 10)).HandleAsync(Clerk, new ScheduleExamRequest($"{year}年度国家工作人员学法考法考试", new DateOnly(year, 11, 10), null), ct);
            var sheet = Sheet.Write(Everyone(new DateOnly(year, 11, 10)).Select((s, i) => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["序号"] = i + 1, ["姓名"] = s.Name, ["单位"] = s.Unit, ["考试成绩"] = 72 + _random.Next(27), ["考试状态"] = "已参考", ["缺考原因"] = "",
            }), Exams.ExamLedger.Columns, "成绩");
            using (var stream = new MemoryStream(sheet))
            {
                await Service<ImportExamResultsHandler>(new DateOnly(year, 11, 20)).HandleAsync(Clerk, exam.Id, stream, ct);
            }

            await SchoolsAsync([("小江镇中心小学", SchoolKind.Primary, 0, "黄国庆", "阳山县公安局小江派出所"), ("小江镇中学", SchoolKind.Middle, 0, "林雪梅", "小江司法所"), ("小江镇中心幼儿园", SchoolKind.Kindergarten, 0, null, null)], ct);
            var schools = await SchoolListAsync(ct);

            // 禁毒宣传“六进”: 423 activities; 33 LED 横幅; 宣传单张 19684 (→ 19680余).
            var people = Split(21150, 423);
            var leaflets = Split(19684, 423);
            for (var i = 0; i < 423; i++)
            {
                var on = new DateOnly(year, 1, 4).AddDays(i * 350 / 423);
                var (venue, place) = (i % 6) switch
                {
                    0 => (VenueKind.Village, "村委会"),
                    1 => (VenueKind.Market, "小江圩日集市"),
                    2 => (VenueKind.Other, "辖区企业"),
                    3 => (VenueKind.Village, "农户家中"),
                    4 => (VenueKind.Other, "娱乐场所"),
                    _ => (VenueKind.Online, "小江镇微信公众号"),
                };
                Activity(on, on.Month == 6 ? (on.Day == 26 ? "anti-drug-day" : "anti-drug-month") : "anti-drug-everyday", venue, i % 4, place,
                    venue == VenueKind.Online ? ActivityForm.OnlinePost : i % 6 == 3 ? ActivityForm.DoorToDoor : ActivityForm.Leaflets, people[i], leaflets[i], banners: i < 33 ? 1 : 0,
                    title: "禁毒宣传“六进”活动");
            }

            Activity(new DateOnly(year, 12, 4), "constitution-day", VenueKind.Village, 0, "小江村文化广场", ActivityForm.StallAndConsultation, 260, title: "“12·4”国家宪法日宣传活动");
            var pupils = Split(604, 15);
            for (var i = 0; i < 15; i++)
            {
                Activity(new DateOnly(year, 2 + (i % 10), 10 + i % 15), i % 3 == 0 ? "constitution-week" : "everyday", VenueKind.School, 0, "", ActivityForm.LawClass, pupils[i],
                    school: schools[i % schools.Count].Id, title: "中小学幼儿园法治宣传");
            }

            await db.SaveChangesAsync(ct);
        }

        /// <summary>This year's running records: a few activities recorded by the cadre through the phone step, and the plan's responsibility list.</summary>
        public async Task ThisYearAsync(CancellationToken ct)
        {
            var cadre = Actor.For($"{key}.cadre", $"{Village(0).Name}村干部", township.Id, Roles.VillageCadre);
            foreach (var back in new[] { 40, 12 })
            {
                var on = today.AddDays(-back);
                await Service<RecordActivityHandler>(on).HandleAsync(cadre, new RecordActivityRequest(on, ThemeCalendar.SuggestFor(on).Code, null, VenueKind.Village, Village(0).Id, null, "村委会",
                    ActivityForm.StallAndConsultation, 60 + back, 100 + back, 0, 1, 4, [], $"{Village(0).Name}村委会"), [], ct);
            }

            await ImportAsync(RegisterKind.Responsibilities, new[]
            {
                ("综合行政执法办公室", "结合执法办案开展以案释法", "《中华人民共和国行政处罚法》", "全年", true),
                ("司法所", "组织“12·4”国家宪法日和宪法宣传周活动", "《中华人民共和国宪法》", "12月", false),
                ("社会事务办公室", "民法典宣传月进村入户宣传", "《中华人民共和国民法典》", "5月", true),
                ("党政综合办公室", "组织领导干部学法和学法考试", "习近平法治思想", "全年", false),
            }.Select(r => new Dictionary<string, object?>
            {
                ["年度"] = today.Year, ["责任单位"] = r.Item1, ["普法内容"] = r.Item2, ["重点法律法规"] = r.Item3, ["完成时限"] = r.Item4,
                ["完成日期"] = r.Item5 ? Sheet.Day(today.AddDays(-30)) : null, ["完成情况"] = r.Item5 ? "已完成" : null,
            }), ct);
        }
    }
}
