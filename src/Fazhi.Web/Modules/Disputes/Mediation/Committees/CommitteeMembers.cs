using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Model;

namespace Fazhi.Modules.Disputes.Mediation.Committees;

/// <summary>A member on the committee's election result (a blank row on the page form is ignored).</summary>
public sealed record CommitteeMemberRequest(
    [MaxLength(100, ErrorMessage = "姓名不超过 100 字。")] string? Name,
    [EnumDataType(typeof(Gender), ErrorMessage = "请选择性别。")] Gender Gender,
    [EnumDataType(typeof(MediatorRole), ErrorMessage = "请选择职务。")] MediatorRole Role,
    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")] string? Phone,
    bool IsLawyer,
    DateOnly? BirthDate)
{
    /// <summary>The page offers up to nine members (人民调解法 第九条: 三至九人).</summary>
    public const int Rows = 9;

    public static CommitteeMemberRequest Blank(int row) => new(null, row == 1 ? Gender.Female : Gender.Male, row == 0 ? MediatorRole.Chair : MediatorRole.Member, null, false, null);

    internal static IReadOnlyList<MediatorSpec> Specs(IEnumerable<CommitteeMemberRequest>? members) =>
        [.. (members ?? []).Where(m => !string.IsNullOrWhiteSpace(m.Name)).Select(m => new MediatorSpec(m.Name!, m.Gender, m.Role, m.Phone, m.IsLawyer, m.BirthDate))];

    internal static List<CommitteeMemberRequest> BlankRows(IEnumerable<Mediator>? current = null)
    {
        var rows = (current ?? []).Select(m => new CommitteeMemberRequest(m.Name, m.Gender, m.Role, m.Phone, m.IsLawyer, m.BirthDate)).ToList();
        while (rows.Count < Rows)
        {
            rows.Add(Blank(rows.Count));
        }

        return rows;
    }
}
