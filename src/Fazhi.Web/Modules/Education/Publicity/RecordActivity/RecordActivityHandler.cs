using System.ComponentModel.DataAnnotations;
using Fazhi.Modules.Education.Model;
using Fazhi.Modules.Organization;
using Fazhi.Platform.Attachments;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fazhi.Modules.Education.Publicity.RecordActivity;

/// <summary>
/// 登记普法活动, short enough for a village cadre's phone: date, theme, where, how, how many people, what was handed
/// out. Theme and venue are checked by the activity's rules (not required attributes) so the refusal names the rule.
/// </summary>
public sealed record RecordActivityRequest(
    [Required(ErrorMessage = "请填写活动日期。")] DateOnly? HeldOn,
    [MaxLength(50)] string? ThemeCode,
    [MaxLength(200, ErrorMessage = "活动名称不超过 200 字。")] string? Title,
    VenueKind? Venue,
    Guid? VillageId,
    Guid? SchoolId,
    [MaxLength(200, ErrorMessage = "地点不超过 200 字。")] string? Place,
    [EnumDataType(typeof(ActivityForm), ErrorMessage = "请选择活动形式。")] ActivityForm Form,
    [Range(0, 1000000, ErrorMessage = "受教育人次应为 0 至 1000000。")] int PeopleReached,
    [Range(0, 10000000, ErrorMessage = "数量应为 0 至 10000000。")] int Leaflets,
    [Range(0, 10000000, ErrorMessage = "数量应为 0 至 10000000。")] int LawBooks,
    [Range(0, 10000000, ErrorMessage = "数量应为 0 至 10000000。")] int Banners,
    [Range(0, 10000000, ErrorMessage = "数量应为 0 至 10000000。")] int Slogans,
    IReadOnlyList<Guid>? Groups,
    [MaxLength(100, ErrorMessage = "组织单位不超过 100 字。")] string? Organizer)
{
    public static RecordActivityRequest Blank(DateOnly today, Guid? village) =>
        new(today, ThemeCalendar.SuggestFor(today).Code, null, village is null ? null : VenueKind.Village, village, null, null, ActivityForm.StallAndConsultation, 0, 0, 0, 0, 0, [], null);

    internal ActivityFacts Facts => new(HeldOn!.Value, ThemeCode, Title ?? "", Venue, VillageId, SchoolId, Place, Form, PeopleReached,
        new Dictionary<MaterialKind, int> { [MaterialKind.Leaflets] = Leaflets, [MaterialKind.LawBooks] = LawBooks, [MaterialKind.Banners] = Banners, [MaterialKind.Slogans] = Slogans },
        Groups ?? [], Organizer);
}

/// <summary>A photo as it arrived from the phone.</summary>
internal sealed record UploadedPhoto(string FileName, Stream Content);

internal sealed class RecordActivityHandler(FazhiDbContext db, IAttachments attachments, IOptions<EducationOptions> options, TimeProvider clock)
{
    public const string OwnerType = nameof(PublicityActivity);

    public async Task<PublicityActivity> HandleAsync(Actor actor, RecordActivityRequest request, IReadOnlyList<UploadedPhoto> photos, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(photos);
        WhoMayRule.Of<ActivitiesRecordedWhereTheyHappen>().Check(actor);
        var townshipId = actor.TownshipId!.Value;
        var villageKnown = request.VillageId is { } v && await db.Set<Village>().AnyAsync(x => x.Id == v && x.TownshipId == townshipId, ct);
        var schoolKnown = request.SchoolId is { } s && await db.Set<School>().AnyAsync(x => x.Id == s && x.TownshipId == townshipId, ct);
        var groups = request.Groups is { Count: > 0 } chosen && request.VillageId is { } village
            ? await db.Set<VillageGroup>().Where(g => chosen.Contains(g.Id) && g.VillageId == village).Select(g => g.Id).ToListAsync(ct)
            : [];
        var activity = PublicityActivity.Record(townshipId, request.Facts with { GroupsCovered = groups }, villageKnown, schoolKnown,
            actor.Name, clock.GetUtcNow(), Platform.Time.ChinaTime.Today(clock));
        db.Add(activity);
        await AttachAsync(db, attachments, activity, photos, options.Value, ct);
        await db.SaveChangesAsync(ct);
        return activity;
    }

    /// <summary>
    /// Stores the photos without their EXIF block (GPS, device) and publishes them with the activity; they are added to
    /// the same unit of work as the step, so an activity is never saved with half its photos.
    /// </summary>
    public static async Task AttachAsync(FazhiDbContext db, IAttachments attachments, PublicityActivity activity, IReadOnlyList<UploadedPhoto> photos, EducationOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(attachments);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(photos);
        ArgumentNullException.ThrowIfNull(options);
        var already = await db.Set<Attachment>().CountAsync(a => a.OwnerType == OwnerType && a.OwnerId == activity.Id, ct);
        Platform.ErrorHandling.BusinessRule.Check(new PhotosWithinLimit(already + photos.Count, options.MaxPhotosPerActivity));
        foreach (var photo in photos)
        {
            var (clean, name) = PhotoCleaner.Clean(photo.Content, photo.FileName, options.PhotoMaxEdge);
            using var stream = new MemoryStream(clean);
            var info = await attachments.AddAsync(activity.TownshipId, OwnerType, activity.Id, "活动照片", name, stream, ct);
            // Published with the activity: only photos that went through the cleaner are ever public.
            db.ChangeTracker.Entries<Attachment>().Single(e => e.Entity.Id == info.Id).Entity.IsPublic = activity.IsPublic;
        }
    }
}

internal sealed record PhotosWithinLimit(int Count, int Max) : Platform.ErrorHandling.IBusinessRule
{
    public bool IsBroken => Count > Max;

    public string Code => "education.activity.photos";

    public string Message => $"每次活动最多保存 {Max} 张照片（本次共 {Count} 张），请挑选有代表性的照片。";

    public string? Field => "Photos";
}
