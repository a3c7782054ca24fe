using Fazhi.Modules.Education.Model;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Education;

/// <summary>Chinese names of the study, exam and 普法 records and fields, for the audit log and record histories.</summary>
internal static class EducationDisplayLabels
{
    public static IServiceCollection AddEducationDisplayLabels(this IServiceCollection services)
    {
        services.AddModuleLabel("education", "学法普法");
        services.AddRecordLabels<StaffMember>("干部职工", new Dictionary<string, string>
        {
            [nameof(StaffMember.Name)] = "姓名", [nameof(StaffMember.Post)] = "职务", [nameof(StaffMember.Unit)] = "所在单位",
            [nameof(StaffMember.IsCentralGroupMember)] = "中心组成员", [nameof(StaffMember.VillageId)] = "所在村（社区）", [nameof(StaffMember.UserId)] = "登录账号",
            [nameof(StaffMember.JoinedOn)] = "到岗日期", [nameof(StaffMember.LeftOn)] = "离岗日期", [nameof(StaffMember.LeftReason)] = "离岗原因",
        });
        services.AddRecordLabels<StudySession>("学法记录", new Dictionary<string, string>
        {
            [nameof(StudySession.Kind)] = "学法形式", [nameof(StudySession.HeldOn)] = "学习日期", [nameof(StudySession.Topic)] = "学习主题",
            [nameof(StudySession.Speaker)] = "主讲人", [nameof(StudySession.Materials)] = "学习内容", [nameof(StudySession.Hours)] = "学时", [nameof(StudySession.RecordedBy)] = "登记人",
        });
        services.AddRecordLabels<SessionAttendance>("学法出勤", new Dictionary<string, string>
        {
            [nameof(SessionAttendance.SessionId)] = "学法记录", [nameof(SessionAttendance.StaffMemberId)] = "人员", [nameof(SessionAttendance.StaffName)] = "姓名",
            [nameof(SessionAttendance.Present)] = "出席", [nameof(SessionAttendance.AbsenceReason)] = "缺席原因",
        });
        services.AddRecordLabels<StudyPlan>("年度学法计划", new Dictionary<string, string> { [nameof(StudyPlan.AdoptedOn)] = "印发日期" });
        services.AddRecordLabels<StudyPlanItem>("计划学法", new Dictionary<string, string>
        {
            [nameof(StudyPlanItem.PlanId)] = "学法计划", [nameof(StudyPlanItem.Month)] = "月份", [nameof(StudyPlanItem.Kind)] = "学法形式", [nameof(StudyPlanItem.Topic)] = "学习主题",
        });
        services.AddRecordLabels<LegalExam>("学法考试", new Dictionary<string, string>
        {
            [nameof(LegalExam.HeldOn)] = "考试日期", [nameof(LegalExam.PassMark)] = "合格分数线", [nameof(LegalExam.FullMarks)] = "满分", [nameof(LegalExam.Expected)] = "应考人数",
        });
        services.AddRecordLabels<ExamResult>("考试成绩", new Dictionary<string, string>
        {
            [nameof(ExamResult.ExamId)] = "考试", [nameof(ExamResult.StaffMemberId)] = "人员", [nameof(ExamResult.StaffName)] = "姓名", [nameof(ExamResult.Unit)] = "单位",
            [nameof(ExamResult.Attendance)] = "考试状态", [nameof(ExamResult.Score)] = "成绩", [nameof(ExamResult.AbsenceReason)] = "缺考原因",
        });
        services.AddRecordLabels<Training>("法治培训", new Dictionary<string, string>
        {
            [nameof(Training.HeldOn)] = "培训日期", [nameof(Training.Topic)] = "培训主题", [nameof(Training.Audience)] = "培训对象", [nameof(Training.Trainer)] = "授课人",
            [nameof(Training.Hours)] = "学时", [nameof(Training.Participants)] = "参训人次", [nameof(Training.RecordedBy)] = "登记人",
        });
        services.AddRecordLabels<PublicityActivity>("普法活动", new Dictionary<string, string>
        {
            [nameof(PublicityActivity.HeldOn)] = "活动日期", [nameof(PublicityActivity.ThemeCode)] = "活动主题", [nameof(PublicityActivity.Category)] = "主题类别",
            [nameof(PublicityActivity.Venue)] = "地点类型", [nameof(PublicityActivity.VillageId)] = "村（社区）", [nameof(PublicityActivity.SchoolId)] = "学校", [nameof(PublicityActivity.Place)] = "具体地点",
            [nameof(PublicityActivity.Form)] = "活动形式", [nameof(PublicityActivity.PeopleReached)] = "受教育人次", [nameof(PublicityActivity.Leaflets)] = "宣传资料（份）",
            [nameof(PublicityActivity.LawBooks)] = "法律书籍（册）", [nameof(PublicityActivity.Banners)] = "横幅（条）", [nameof(PublicityActivity.Slogans)] = "标语（张）",
            [nameof(PublicityActivity.GroupsCovered)] = "覆盖村民小组", [nameof(PublicityActivity.Organizer)] = "组织单位", [nameof(PublicityActivity.RecordedBy)] = "登记人",
            [nameof(PublicityActivity.RecordedAt)] = "登记时间",
        });
        services.AddRecordLabels<School>("学校", new Dictionary<string, string>
        {
            [nameof(School.Kind)] = "学校类型", [nameof(School.VillageId)] = "所在村（社区）", [nameof(School.ViceprincipalName)] = "法治副校长",
            [nameof(School.ViceprincipalOrgan)] = "法治副校长单位", [nameof(School.AppointedOn)] = "聘任日期", [nameof(School.TermEndsOn)] = "聘期届满",
        });
        services.AddRecordLabels<LegalLiterateResident>("法律明白人", new Dictionary<string, string>
        {
            [nameof(LegalLiterateResident.VillageId)] = "村（社区）", [nameof(LegalLiterateResident.Role)] = "身份",
            [nameof(LegalLiterateResident.JoinedOn)] = "确认日期", [nameof(LegalLiterateResident.LeftOn)] = "退出日期",
        });
        services.AddRecordLabels<DemonstrationVillage>("民主法治示范村", new Dictionary<string, string>
        {
            [nameof(DemonstrationVillage.VillageId)] = "村（社区）", [nameof(DemonstrationVillage.Level)] = "命名级别", [nameof(DemonstrationVillage.DesignatedOn)] = "命名日期",
            [nameof(DemonstrationVillage.Reference)] = "命名文件", [nameof(DemonstrationVillage.WithdrawnOn)] = "撤销日期",
        });
        services.AddRecordLabels<VillageGroup>("村民小组", new Dictionary<string, string>
        {
            [nameof(VillageGroup.VillageId)] = "村（社区）",
            [nameof(VillageGroup.ValidFrom)] = "设立日期",
            [nameof(VillageGroup.ValidTo)] = "撤销（合并）日期",
        });
        services.AddRecordLabels<PublicityPlan>("年度普法计划", new Dictionary<string, string> { [nameof(PublicityPlan.AdoptedOn)] = "印发日期" });
        services.AddRecordLabels<ResponsibilityItem>("普法责任清单事项", new Dictionary<string, string>
        {
            [nameof(ResponsibilityItem.PlanId)] = "普法计划", [nameof(ResponsibilityItem.Office)] = "责任单位", [nameof(ResponsibilityItem.Duty)] = "普法内容",
            [nameof(ResponsibilityItem.Laws)] = "重点法律法规", [nameof(ResponsibilityItem.Timing)] = "完成时限", [nameof(ResponsibilityItem.DoneOn)] = "完成日期", [nameof(ResponsibilityItem.DoneNote)] = "完成情况",
        });
        services.AddEnumLabels<StudyKind>(EducationLabels.Kind);
        services.AddEnumLabels<TrainingAudience>(EducationLabels.Audience);
        services.AddEnumLabels<VenueKind>(EducationLabels.Venue);
        services.AddEnumLabels<ActivityForm>(EducationLabels.Form);
        services.AddEnumLabels<ThemeCategory>(EducationLabels.Category);
        services.AddEnumLabels<SchoolKind>(EducationLabels.School);
        services.AddEnumLabels<DesignationLevel>(EducationLabels.Level);
        services.AddEnumLabels<ExamAttendance>(EducationLabels.Attendance);
        return services;
    }
}
