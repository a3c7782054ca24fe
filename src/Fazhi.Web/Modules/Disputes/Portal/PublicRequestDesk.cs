using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Data;
using Fazhi.Platform.Privacy;
using Fazhi.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Disputes.Portal;

/// <summary>What a person writes on the portal's 网上反映 form. Bound by the page, never an API body.</summary>
internal sealed class PublicRequestInput
{
    [EnumDataType(typeof(MatterCategory), ErrorMessage = "请选择诉求类别。")]
    public MatterCategory Category { get; set; } = MatterCategory.HelpRequest;

    [Required(ErrorMessage = "请用一句话写明反映的事项。")]
    [MaxLength(200, ErrorMessage = "事项摘要不超过 200 字。")]
    public string? Subject { get; set; }

    [Required(ErrorMessage = "请填写诉求内容。")]
    [MaxLength(4000, ErrorMessage = "诉求内容不超过 4000 字。")]
    public string? Content { get; set; }

    public Guid? VillageId { get; set; }

    [Required(ErrorMessage = "请填写您的姓名。")]
    [MaxLength(100, ErrorMessage = "姓名不超过 100 字。")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请填写联系电话，凭受理编号和电话查询办理情况。")]
    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")]
    public string? Phone { get; set; }
}

/// <summary>The two fields that let a requester, and only the requester, see how the matter stands.</summary>
internal sealed class RequestLookupInput
{
    [Required(ErrorMessage = "请填写受理编号。")]
    [RegularExpression(@"^\d{4}-\d{4,6}$", ErrorMessage = "受理编号形如 2026-0012。")]
    public string? ReceiptNumber { get; set; }

    [Required(ErrorMessage = "请填写反映时留下的联系电话。")]
    [RegularExpression(@"^[0-9\-+ ]{7,20}$", ErrorMessage = "请填写有效的联系电话。")]
    public string? Phone { get; set; }
}

/// <summary>A matter as its requester sees it on the portal: every name, phone and ID number masked.</summary>
internal sealed record PublicMatterView(
    string ReceiptNumber,
    string Channel,
    string Category,
    DateOnly ReceivedOn,
    string Status,
    string Requester,
    string? Phone,
    string Subject,
    string Content,
    string? Office,
    IReadOnlyList<PublicReplyView> Replies);

internal sealed record PublicReplyView(DateOnly On, string Text, bool IsFinal);

/// <summary>
/// The portal's side of the intake: a person registers a request online (渠道 网上, 信访工作条例 第二十一条 — 网上信访 is
/// entered into the same system as a visit) and later looks up its handling with the receipt number and phone. The
/// public is no signed-in user: each call acts as the system for the one township the division code names, and what it
/// shows goes through <see cref="PersonalInfoMasker"/> (个人信息保护法 第二十八条, 第五十一条).
/// </summary>
internal sealed class PublicRequestDesk(FazhiDbContext db, IntakeDesk intake)
{
    /// <summary>Who registered an online request, on the record and in the audit trail.</summary>
    public const string RegisteredBy = "门户网站（网上反映）";

    public Task<Township?> TownshipAsync(string code, CancellationToken ct) =>
        db.Set<Township>().AsNoTracking().SingleOrDefaultAsync(t => t.DivisionCode == code, ct);

    public Task<List<Village>> VillagesAsync(Guid townshipId, CancellationToken ct) =>
        db.AsTenantAsync(TenantContext.System, () =>
            db.Set<Village>().AsNoTracking().Where(v => v.TownshipId == townshipId).OrderBy(v => v.Name).ToListAsync(ct));

    /// <summary>Registers the request as a matter received today online and opens its answer period; returns its receipt number.</summary>
    public Task<string> SubmitAsync(Guid townshipId, PublicRequestInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.AsTenantAsync(TenantContext.System, async () =>
        {
            var requester = new RequesterDetails(input.Name!, input.Phone, null, null);
            var (matter, first) = await intake.RegisterAsync(townshipId,
                new MatterInput(MatterChannel.Online, input.Category, MatterTopic.Other, input.Subject!, input.Content!, requester, intake.Today, input.VillageId, null),
                RegisteredBy, openReplyPeriod: true, ct);
            await db.SaveChangesAsync(ct);
            // A repeat is answered under the first record: the requester looks that one up.
            return (first ?? matter).ReceiptNumber;
        });
    }

    /// <summary>The matter with this receipt number whose requester left this phone, masked; null when they do not match.</summary>
    public Task<PublicMatterView?> LookUpAsync(Guid townshipId, string receiptNumber, string phone, CancellationToken ct) =>
        db.AsTenantAsync(TenantContext.System, async () =>
        {
            var matter = await db.Set<Matter>().AsNoTracking()
                .SingleOrDefaultAsync(m => m.TownshipId == townshipId && m.ReceiptNumber == receiptNumber.Trim() && m.IsPublic, ct);
            if (matter is null || !SamePhone(matter.RequesterPhone, phone))
            {
                return null;
            }

            if (matter.LinkedToId is { } firstId
                && await db.Set<Matter>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == firstId && m.IsPublic, ct) is { } first)
            {
                matter = first;
            }

            return View(matter);
        });

    /// <summary>The phone the requester left, compared by its digits (the last 11: a leading +86 or spaces do not matter).</summary>
    public static bool SamePhone(string? stored, string presented)
    {
        static string Digits(string? s)
        {
            var digits = new string((s ?? "").Where(char.IsAsciiDigit).ToArray());
            return digits.Length > 11 ? digits[^11..] : digits;
        }

        var a = Digits(stored);
        return a.Length >= 7 && a == Digits(presented);
    }

    private static PublicMatterView View(Matter m)
    {
        string[] names = [m.RequesterName];
        return new PublicMatterView(
            m.ReceiptNumber,
            DisputeLabels.Channel(m.Channel),
            DisputeLabels.Category(m.Category),
            m.ReceivedOn,
            DisputeLabels.Status(m.Status),
            PersonalInfoMasker.MaskName(m.RequesterName),
            m.RequesterPhone is { } p ? PersonalInfoMasker.Mask(p) : null,
            PersonalInfoMasker.Mask(m.Subject, names),
            PersonalInfoMasker.Mask(m.Content, names),
            m.OfficeName,
            [.. m.Replies.OrderBy(r => r.RepliedOn).Select(r => new PublicReplyView(r.RepliedOn, PersonalInfoMasker.Mask(r.Text, names), r.IsFinal))]);
    }
}
