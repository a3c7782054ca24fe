using Fazhi.Modules.Education.Model;
using Fazhi.Platform.ErrorHandling;

namespace Fazhi.Modules.Education.Rules;

// Rules of the study, exam and 普法 records. Most of this field is policy (八五普法规划, 中心组学习规则, 谁执法谁普法
// 意见) rather than statute: the rules below keep the records true — who attended is someone who served, an activity
// says what it was about and where — which is what the report's figures rest on.

/// <summary>Attendance is taken against the staff register: a name not on it (or not serving that day) cannot attend.</summary>
internal sealed record AttendeeMustBeOnRegister(string Who, bool OnRegister, DateOnly On) : IBusinessRule
{
    public bool IsBroken => !OnRegister;

    public string Code => "education.attendance.not-on-register";

    public string Message => $"“{Who}”不在本乡镇{On:yyyy年M月d日}在岗的干部职工名册中，不能登记参学（参学率按干部职工名册计算，《中国共产党党委（党组）理论学习中心组学习规则》要求如实记录出勤）。请先在名册中登记该人员。";

    public string? Field => "Attendance";
}

internal sealed record AttendeeListedOnce(string Who, bool Duplicate) : IBusinessRule
{
    public bool IsBroken => Duplicate;

    public string Code => "education.attendance.duplicate";

    public string Message => $"“{Who}”在本次出勤记录中出现了两次，请核对签到表。";

    public string? Field => "Attendance";
}

internal sealed record AbsenceStatesReason(string Who, bool Present, string? Reason) : IBusinessRule
{
    public bool IsBroken => !Present && string.IsNullOrWhiteSpace(Reason);

    public string Code => "education.attendance.absence-reason";

    public string Message => $"“{Who}”缺席，须写明缺席原因（如出差、病假、公务）；学习记录须如实反映出勤情况（《中国共产党党委（党组）理论学习中心组学习规则》）。";

    public string? Field => "Attendance";
}

internal sealed record SessionHasAttendance(int Count) : IBusinessRule
{
    public bool IsBroken => Count == 0;

    public string Code => "education.attendance.empty";

    public string Message => "请按干部职工名册登记应到人员的出勤情况（至少一人），参学率由此计算。";

    public string? Field => "Attendance";
}

internal sealed record NotInTheFuture(string What, DateOnly Date, DateOnly Today, string Field) : IBusinessRule
{
    public bool IsBroken => Date > Today;

    public string Code => "education.date.future";

    public string Message => $"{What}日期 {Date:yyyy-MM-dd} 晚于今天，只能登记已经开展的{What}。";

    string? IBusinessRule.Field => Field;
}

internal sealed record HoursWithinADay(decimal Hours, string Field) : IBusinessRule
{
    public bool IsBroken => Hours <= 0 || Hours > 24;

    public string Code => "education.hours.range";

    public string Message => "学时应大于 0 且不超过 24 小时（可填 0.5、1.5 等）。";

    string? IBusinessRule.Field => Field;
}

/// <summary>Every 普法 activity is organised around a theme from the calendar of national theme days and months.</summary>
internal sealed record ActivityHasTheme(string? ThemeCode) : IBusinessRule
{
    public bool IsBroken => ThemeCalendar.Find(ThemeCode) is null;

    public string Code => "education.activity.theme";

    public string Message => "请选择活动主题（国家宪法日、民法典宣传月、全民国家安全教育日、国际禁毒日……或日常普法）；普法活动按主题统计上报（“谁执法谁普法”普法责任制）。";

    public string? Field => "ThemeCode";
}

/// <summary>An activity says where it reached people: the village, school, market or online channel.</summary>
internal sealed record ActivityHasVenue(VenueKind? Venue, bool PlaceKnown, string Missing) : IBusinessRule
{
    public bool IsBroken => Venue is null || !PlaceKnown;

    public string Code => "education.activity.venue";

    public string Message => Venue is null
        ? "请选择活动地点类型（村（社区）、学校、集市、线上或其他场所）；宣传覆盖率按村统计。"
        : $"请填写{Missing}；宣传覆盖率按村（社区）统计，进校园活动按学校统计。";

    public string? Field => Venue is null ? "Venue" : Venue == VenueKind.Village ? "VillageId" : Venue == VenueKind.School ? "SchoolId" : "Place";
}

internal sealed record CountNotNegative(string What, int Count, string Field) : IBusinessRule
{
    public bool IsBroken => Count < 0;

    public string Code => "education.count.negative";

    public string Message => $"{What}不能为负数。";

    string? IBusinessRule.Field => Field;
}

internal sealed record StaffLeavesAfterJoining(DateOnly JoinedOn, DateOnly LeftOn) : IBusinessRule
{
    public bool IsBroken => LeftOn < JoinedOn;

    public string Code => "education.staff.left-before-joined";

    public string Message => $"离岗日期 {LeftOn:yyyy-MM-dd} 早于到岗日期 {JoinedOn:yyyy-MM-dd}。";

    public string? Field => "LeftOn";
}

internal sealed record ScoreWithinRange(decimal Score, decimal FullMarks) : IBusinessRule
{
    public bool IsBroken => Score < 0 || Score > FullMarks;

    public string Code => "education.exam.score-range";

    public string Message => $"成绩 {Score} 不在 0 至 {FullMarks} 分之间。";

    public string? Field => "Score";
}

internal sealed record ResponsibilityItemDoneOnce(string Duty, bool AlreadyDone) : IBusinessRule
{
    public bool IsBroken => AlreadyDone;

    public string Code => "education.responsibility.done";

    public string Message => $"普法责任清单事项“{Duty}”已销号，不能重复销号。";
}
