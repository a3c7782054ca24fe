namespace Fazhi.Modules.Education.Model;

/// <summary>
/// The forms of leaders' and staff law study the seeds report: 党委（党组）理论学习中心组学法 (中心组学习规则 2017),
/// 会前学法 before executive meetings, 专题学法, 专题研讨, 法治讲座/法律讲堂 and 镇村干部集中学法.
/// </summary>
public enum StudyKind
{
    CentralGroup = 1,
    PreMeeting = 2,
    Thematic = 3,
    Seminar = 4,
    Lecture = 5,
    CadreStudy = 6,
}

/// <summary>Who a training is for: staff, enforcement officers, village cadres or residents (法治巡讲).</summary>
public enum TrainingAudience
{
    Staff = 1,
    Officers = 2,
    VillageCadres = 3,
    Residents = 4,
}

/// <summary>Where a 普法 activity took place (issue 15 §4: village, school, market, online).</summary>
public enum VenueKind
{
    Village = 1,
    School = 2,
    Market = 3,
    Online = 4,
    Other = 5,
}

/// <summary>How the activity reached people.</summary>
public enum ActivityForm
{
    StallAndConsultation = 1,
    Lecture = 2,
    LawClass = 3,
    Leaflets = 4,
    CaseExplanation = 5,
    Performance = 6,
    DoorToDoor = 7,
    OnlinePost = 8,
}

/// <summary>
/// What was handed out or put up, each in the unit clerks count it in (份, 册, 条, 张). The unit is part of the kind,
/// so that counts of one kind add up across activities and townships.
/// </summary>
internal enum MaterialKind
{
    Leaflets = 1,
    LawBooks = 2,
    Banners = 3,
    Slogans = 4,
}

/// <summary>The group of a national theme day or month, for the figures (“禁毒宣传活动423场”).</summary>
internal enum ThemeCategory
{
    Constitution = 1,
    CivilCode = 2,
    NationalSecurity = 3,
    AntiDrug = 4,
    Consumer = 5,
    Safety = 6,
    AntiFraud = 7,
    Everyday = 8,
}

internal enum SchoolKind
{
    Kindergarten = 1,
    Primary = 2,
    Middle = 3,
    Combined = 4,
}

/// <summary>民主法治示范村（社区）: the level that designated it.</summary>
internal enum DesignationLevel
{
    National = 1,
    Provincial = 2,
    City = 3,
    County = 4,
}

/// <summary>Whether a staff member took the exam (参考) or was absent (缺考).</summary>
internal enum ExamAttendance
{
    Sat = 1,
    Absent = 2,
}

internal static class EducationLabels
{
    public static string Kind(StudyKind kind) => kind switch
    {
        StudyKind.CentralGroup => "党委理论学习中心组学法",
        StudyKind.PreMeeting => "会前学法",
        StudyKind.Thematic => "专题学法",
        StudyKind.Seminar => "专题研讨",
        StudyKind.Lecture => "法治讲座",
        StudyKind.CadreStudy => "镇村干部集中学法",
        _ => kind.ToString(),
    };

    public static string Audience(TrainingAudience audience) => audience switch
    {
        TrainingAudience.Staff => "干部职工",
        TrainingAudience.Officers => "行政执法人员",
        TrainingAudience.VillageCadres => "村（社区）干部",
        TrainingAudience.Residents => "群众（法治巡讲）",
        _ => audience.ToString(),
    };

    public static string Venue(VenueKind venue) => venue switch
    {
        VenueKind.Village => "村（社区）",
        VenueKind.School => "学校",
        VenueKind.Market => "集市",
        VenueKind.Online => "线上",
        VenueKind.Other => "其他场所",
        _ => venue.ToString(),
    };

    public static string Form(ActivityForm form) => form switch
    {
        ActivityForm.StallAndConsultation => "摆摊设点、法律咨询",
        ActivityForm.Lecture => "法治宣讲",
        ActivityForm.LawClass => "法治课",
        ActivityForm.Leaflets => "发放宣传资料",
        ActivityForm.CaseExplanation => "以案释法",
        ActivityForm.Performance => "文艺演出",
        ActivityForm.DoorToDoor => "入户宣传",
        ActivityForm.OnlinePost => "线上推送",
        _ => form.ToString(),
    };

    public static string Material(MaterialKind kind) => kind switch
    {
        MaterialKind.Leaflets => "宣传资料",
        MaterialKind.LawBooks => "法律书籍",
        MaterialKind.Banners => "横幅",
        MaterialKind.Slogans => "标语",
        _ => kind.ToString(),
    };

    public static string Unit(MaterialKind kind) => kind switch
    {
        MaterialKind.Leaflets => "份",
        MaterialKind.LawBooks => "册",
        MaterialKind.Banners => "条",
        MaterialKind.Slogans => "张",
        _ => "",
    };

    public static string Category(ThemeCategory category) => category switch
    {
        ThemeCategory.Constitution => "宪法宣传",
        ThemeCategory.CivilCode => "民法典宣传",
        ThemeCategory.NationalSecurity => "国家安全教育",
        ThemeCategory.AntiDrug => "禁毒宣传",
        ThemeCategory.Consumer => "消费者权益保护宣传",
        ThemeCategory.Safety => "安全生产与消防宣传",
        ThemeCategory.AntiFraud => "反诈宣传",
        ThemeCategory.Everyday => "日常普法",
        _ => category.ToString(),
    };

    public static string School(SchoolKind kind) => kind switch
    {
        SchoolKind.Kindergarten => "幼儿园",
        SchoolKind.Primary => "小学",
        SchoolKind.Middle => "初级中学",
        SchoolKind.Combined => "九年一贯制学校",
        _ => kind.ToString(),
    };

    public static string Level(DesignationLevel level) => level switch
    {
        DesignationLevel.National => "全国",
        DesignationLevel.Provincial => "省级",
        DesignationLevel.City => "市级",
        DesignationLevel.County => "县级",
        _ => level.ToString(),
    };

    public static string Attendance(ExamAttendance attendance) => attendance switch
    {
        ExamAttendance.Sat => "已参考",
        ExamAttendance.Absent => "缺考",
        _ => attendance.ToString(),
    };
}
