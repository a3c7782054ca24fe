using Fazhi.Modules.Education.Rules;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Tenancy;

namespace Fazhi.Modules.Education.Model;

/// <summary>What a cadre says about an activity on the phone form or in a ledger row.</summary>
internal sealed record ActivityFacts(
    DateOnly HeldOn,
    string? ThemeCode,
    string Title,
    VenueKind? Venue,
    Guid? VillageId,
    Guid? SchoolId,
    string? Place,
    ActivityForm Form,
    int PeopleReached,
    IReadOnlyDictionary<MaterialKind, int> Materials,
    IReadOnlyCollection<Guid> GroupsCovered,
    string? Organizer);

/// <summary>
/// A 普法 activity (普法活动, glossary <c>PublicityActivity</c>): theme from the calendar, venue, form, materials by
/// kind and count, people reached (人次) and photos. Published on the township's portal with its photos, which are
/// stored without location metadata (EXIF stripped on upload). No person is named on it.
/// </summary>
internal sealed class PublicityActivity : IPublishable
{
    private PublicityActivity()
    {
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid TownshipId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public string ThemeCode { get; private set; } = "";

    public ThemeCategory Category { get; private set; }

    public string Title { get; private set; } = "";

    public VenueKind Venue { get; private set; }

    public Guid? VillageId { get; private set; }

    public Guid? SchoolId { get; private set; }

    /// <summary>Where, in words: 小江村文化广场, 江口圩日集市, 镇政府微信公众号.</summary>
    public string Place { get; private set; } = "";

    public ActivityForm Form { get; private set; }

    /// <summary>受教育人次; for a school, the teachers and pupils reached (师生).</summary>
    public int PeopleReached { get; private set; }

    public int Leaflets { get; private set; }

    public int LawBooks { get; private set; }

    public int Banners { get; private set; }

    public int Slogans { get; private set; }

    /// <summary>村民小组 reached; none listed means the whole village.</summary>
    public List<Guid> GroupsCovered { get; private set; } = [];

    public string Organizer { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsPublic { get; private set; }

    public int Material(MaterialKind kind) => kind switch
    {
        MaterialKind.Leaflets => Leaflets,
        MaterialKind.LawBooks => LawBooks,
        MaterialKind.Banners => Banners,
        MaterialKind.Slogans => Slogans,
        _ => 0,
    };

    /// <summary>Records the activity and publishes it on the portal (活动信息 is public; photos are stripped of EXIF).</summary>
    public static PublicityActivity Record(Guid townshipId, ActivityFacts facts, bool villageKnown, bool schoolKnown, string recordedBy, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var theme = ThemeCalendar.Find(facts.ThemeCode);
        BusinessRule.Check(new ActivityHasTheme(facts.ThemeCode));
        var (placeKnown, missing) = facts.Venue switch
        {
            VenueKind.Village => (villageKnown, "活动所在的村（社区）"),
            VenueKind.School => (schoolKnown, "活动所在的学校"),
            VenueKind.Market or VenueKind.Online or VenueKind.Other => (!string.IsNullOrWhiteSpace(facts.Place), facts.Venue == VenueKind.Online ? "线上平台名称" : "活动地点"),
            _ => (false, "活动地点"),
        };
        BusinessRule.Check(new ActivityHasVenue(facts.Venue, placeKnown, missing));
        BusinessRule.Check(new NotInTheFuture("活动", facts.HeldOn, today, "HeldOn"));
        BusinessRule.Check(new CountNotNegative("受教育人次", facts.PeopleReached, "PeopleReached"));
        foreach (var (kind, count) in facts.Materials)
        {
            BusinessRule.Check(new CountNotNegative(EducationLabels.Material(kind) + "数量", count, kind.ToString()));
        }

        return new PublicityActivity
        {
            TownshipId = townshipId,
            HeldOn = facts.HeldOn,
            ThemeCode = theme!.Code,
            Category = theme.Category,
            Title = string.IsNullOrWhiteSpace(facts.Title) ? theme.Name + "宣传活动" : facts.Title.Trim(),
            Venue = facts.Venue!.Value,
            VillageId = facts.Venue == VenueKind.Village ? facts.VillageId : null,
            SchoolId = facts.Venue == VenueKind.School ? facts.SchoolId : null,
            Place = facts.Place?.Trim() ?? "",
            Form = facts.Form,
            PeopleReached = facts.PeopleReached,
            Leaflets = facts.Materials.GetValueOrDefault(MaterialKind.Leaflets),
            LawBooks = facts.Materials.GetValueOrDefault(MaterialKind.LawBooks),
            Banners = facts.Materials.GetValueOrDefault(MaterialKind.Banners),
            Slogans = facts.Materials.GetValueOrDefault(MaterialKind.Slogans),
            GroupsCovered = facts.Venue == VenueKind.Village ? [.. facts.GroupsCovered] : [],
            Organizer = facts.Organizer?.Trim() ?? "",
            RecordedBy = recordedBy,
            RecordedAt = now,
            IsPublic = true,
        };
    }
}
