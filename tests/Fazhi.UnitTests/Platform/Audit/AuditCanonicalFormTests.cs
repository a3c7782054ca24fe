using Fazhi.Platform.Audit;

namespace Fazhi.UnitTests.Platform.Audit;

public sealed class AuditCanonicalFormTests
{
    private static AuditEntry Sample(Func<AuditEntry, AuditEntry>? change = null)
    {
        var entry = new AuditEntry
        {
            Id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
            ChainKey = "11111111-2222-3333-4444-555555555555",
            Sequence = 7,
            PreviousHash = new string('a', 64),
            OccurredAt = new DateTimeOffset(2026, 11, 23, 9, 30, 15, 123, TimeSpan.FromHours(8)),
            UserId = Guid.Parse("9a9a9a9a-0000-0000-0000-000000000001"),
            UserName = "王法制员",
            Action = AuditAction.Modified,
            RecordType = "Township",
            RecordId = "11111111-2222-3333-4444-555555555555",
            TownshipId = Guid.Parse("11111111-2222-3333-4444-555555555555"),
            Changes = """[{"field":"Name","old":"小江镇","new":"大江镇","redacted":false}]""",
        };
        return change is null ? entry : change(entry);
    }

    private static AuditEntry Copy(AuditEntry e, string? chainKey = null, long? sequence = null, string? previousHash = null, DateTimeOffset? occurredAt = null,
        string? userName = null, AuditAction? action = null, string? recordType = null, string? recordId = null, string? changes = null, Guid? townshipId = null) =>
        new()
        {
            Id = e.Id,
            ChainKey = chainKey ?? e.ChainKey,
            Sequence = sequence ?? e.Sequence,
            PreviousHash = previousHash ?? e.PreviousHash,
            OccurredAt = occurredAt ?? e.OccurredAt,
            UserId = e.UserId,
            UserName = userName ?? e.UserName,
            Action = action ?? e.Action,
            RecordType = recordType ?? e.RecordType,
            RecordId = recordId ?? e.RecordId,
            TownshipId = townshipId ?? e.TownshipId,
            Changes = changes ?? e.Changes,
        };

    [Fact]
    public void Serialize_ListsEveryFieldInFixedOrderWithInstantInUtcMilliseconds()
    {
        var text = AuditCanonicalForm.Serialize(Sample());

        text.ShouldStartWith("[\"fazhi-audit-v1\",\"11111111-2222-3333-4444-555555555555\",7,\"" + new string('a', 64) + "\",\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"2026-11-23T01:30:15.123Z\"");
        text.ShouldContain("\"Modified\",\"Township\"");
    }

    [Fact]
    public void ComputeHash_IsStableAndLowerCaseHex()
    {
        var first = AuditCanonicalForm.ComputeHash(Sample());

        AuditCanonicalForm.ComputeHash(Sample()).ShouldBe(first);
        first.Length.ShouldBe(64);
        first.ShouldBe(first.ToLowerInvariant());
    }

    [Fact]
    public void ComputeHash_IsTheSameForTheSameInstantInAnotherOffset()
    {
        var original = Sample();
        var utc = Copy(original, occurredAt: original.OccurredAt.ToUniversalTime());

        AuditCanonicalForm.ComputeHash(utc).ShouldBe(AuditCanonicalForm.ComputeHash(original));
    }

    public static TheoryData<string> AlteredFields => ["chain", "sequence", "previous", "time", "user", "action", "type", "record", "changes", "township"];

    [Theory]
    [MemberData(nameof(AlteredFields))]
    public void ComputeHash_WhenAnyFieldIsAltered_Changes(string field)
    {
        var original = Sample();
        var altered = field switch
        {
            "chain" => Copy(original, chainKey: AuditChains.Platform),
            "sequence" => Copy(original, sequence: 8),
            "previous" => Copy(original, previousHash: new string('b', 64)),
            "time" => Copy(original, occurredAt: original.OccurredAt.AddMilliseconds(1)),
            "user" => Copy(original, userName: "李四"),
            "action" => Copy(original, action: AuditAction.Deleted),
            "type" => Copy(original, recordType: "County"),
            "record" => Copy(original, recordId: Guid.Empty.ToString()),
            "changes" => Copy(original, changes: original.Changes.Replace("大江镇", "小江镇", StringComparison.Ordinal)),
            _ => Copy(original, townshipId: Guid.NewGuid()),
        };

        AuditCanonicalForm.ComputeHash(altered).ShouldNotBe(AuditCanonicalForm.ComputeHash(original));
    }

    [Fact]
    public void TruncateToMilliseconds_DropsSubMillisecondTicksAndConvertsToUtc()
    {
        var instant = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567);

        var truncated = AuditCanonicalForm.TruncateToMilliseconds(instant);

        truncated.Offset.ShouldBe(TimeSpan.Zero);
        truncated.ShouldBe(new DateTimeOffset(2026, 11, 23, 1, 0, 0, 123, TimeSpan.Zero));
    }

    [Fact]
    public void Check_WhenEntryIsTheExpectedNextLink_FindsNothing()
    {
        var entry = Sample();
        entry.Hash = AuditCanonicalForm.ComputeHash(entry);

        AuditChainVerifier.Check(entry, 7, new string('a', 64)).ShouldBeNull();
    }

    [Fact]
    public void Check_WhenStoredHashDoesNotMatchContent_ReportsAlteredContent()
    {
        var entry = Sample();
        entry.Hash = new string('0', 64);

        AuditChainVerifier.Check(entry, 7, new string('a', 64))!.ShouldContain("内容哈希不符");
    }

    [Fact]
    public void Check_WhenSequenceSkips_ReportsTheGap()
    {
        var entry = Sample();
        entry.Hash = AuditCanonicalForm.ComputeHash(entry);

        AuditChainVerifier.Check(entry, 6, new string('a', 64))!.ShouldContain("序号不连续");
    }

    [Fact]
    public void Check_WhenPreviousHashDiffers_ReportsBrokenLink()
    {
        var entry = Sample();
        entry.Hash = AuditCanonicalForm.ComputeHash(entry);

        AuditChainVerifier.Check(entry, 7, new string('c', 64))!.ShouldContain("前序哈希");
    }
}
