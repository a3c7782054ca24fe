using Fazhi.Platform.Auth;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Education;

// Who keeps which record. The registers, the study record and the exams are the 司法所/党政办's ledgers (法制员) under
// the leadership; 普法 activities are recorded where they happen: by village cadres, officers (谁执法谁普法) and the
// legal advisor who gave the lecture, as well as the clerk.

/// <summary>The 干部职工名册 and the village registers are kept by the legal clerk or a leader.</summary>
internal sealed class RegistersKeptByClerkOrLeader() : WhoMayRule(
    "education.registers.who", "干部职工名册和普法台账由法制员或领导维护。", Roles.LegalClerk, Roles.Leader);

/// <summary>Study sessions, plans and exams are recorded by the clerk or a leader (中心组学习规则: the committee keeps its study record).</summary>
internal sealed class StudyRecordedByClerkOrLeader() : WhoMayRule(
    "education.study.who", "学法记录、学法计划和学法考试由法制员或领导登记（《中国共产党党委（党组）理论学习中心组学习规则》：学习情况如实记录）。", Roles.LegalClerk, Roles.Leader);

/// <summary>Trainings are recorded by the clerk, a leader or the enforcement office that organised them.</summary>
internal sealed class TrainingsRecordedByOrganisers() : WhoMayRule(
    "education.trainings.who", "法治培训由法制员、领导或组织培训的执法人员登记。", Roles.LegalClerk, Roles.Leader, Roles.EnforcementOfficer);

/// <summary>
/// 谁执法谁普法: every township office and the village cadres carry out 普法 and record what they did; the legal
/// advisor records the lectures given.
/// </summary>
internal sealed class ActivitiesRecordedWhereTheyHappen() : WhoMayRule(
    "education.activities.who", "普法活动由开展活动的村（社区）干部、执法人员、法律顾问、法制员或领导登记（“谁执法谁普法”普法责任制）。",
    Roles.VillageCadre, Roles.LegalClerk, Roles.Leader, Roles.EnforcementOfficer, Roles.LegalAdvisor);

/// <summary>The 普法 plan and responsibility list are adopted by the leadership and kept by the clerk; offices check off their duties.</summary>
internal sealed class PublicityPlanKeptByClerkOrLeader() : WhoMayRule(
    "education.publicity-plan.who", "年度普法计划和“谁执法谁普法”责任清单由法制员或领导制定、导入。", Roles.LegalClerk, Roles.Leader);

internal sealed class ResponsibilityCheckedOffByOffices() : WhoMayRule(
    "education.responsibility.who", "普法责任清单事项由责任单位（执法人员）、法制员或领导销号。", Roles.LegalClerk, Roles.Leader, Roles.EnforcementOfficer);
