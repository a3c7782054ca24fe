using System.Globalization;
using Fazhi.Modules.Disputes.Intake;
using Fazhi.Modules.Disputes.Mediation.Cases.Ledger;
using Fazhi.Modules.Disputes.Mediation.Committees;
using Fazhi.Modules.Disputes.Model;
using Fazhi.Platform.Auth;
using Fazhi.Platform.Data;
using Fazhi.Platform.Deadlines;
using Fazhi.Platform.ErrorHandling;
using Fazhi.Platform.Procedures;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace Fazhi.Modules.Disputes.Mediation.Cases.Import;

internal sealed record ImportCasesResult(int Rows, int Agreed, int Written, int Oral, int Ended, int Open);

internal sealed record CaseSheetRefused(IReadOnlyList<string> Problems) : IBusinessRule
{
    public bool IsBroken => Problems.Count > 0;

    public string Code => "disputes.mediation.sheet-invalid";

    public string Message => "调解台账未导入（一条也未导入），请修改后重新导入：" + string.Join("；", Problems.Take(10)) + (Problems.Count > 10 ? $"；另有{Problems.Count - 10}处有误" : "") + "。";

    public string? Field => "file";
}

internal sealed class CasesImportedByClerkOrLeader() : WhoMayRule(
    "disputes.mediation.import.who", "历史人民调解台账由法制员（司法所）或领导导入。", Roles.LegalClerk, Roles.Leader);

/// <summary>
/// 导入历史调解台账: the Excel ledger clerks kept before Fazhi (the columns <see cref="CaseLedger.Columns"/> export), one row
/// per case, carried through the same steps as a case mediated here — accepted, mediators assigned, the written
/// agreement signed and sealed on its effective day (the signed original stays in the committee's archive, 第二十七条)
/// or the oral agreement recorded, or the case ended; its performance recorded. A written agreement without an
/// effective date is imported as not yet effective. Every row is checked first; nothing is saved if one is wrong.
/// </summary>
internal sealed class ImportCasesHandler(FazhiDbContext db, CaseQueries cases, CommitteeQueries committees, IntakeDesk intake, TownshipDirectory directory,
    CaseOutcomes outcomes, IDeadlines deadlines, IOptions<DisputesOptions> options)
{
    public const int MaxRows = 2000;

    public async Task<ImportCasesResult> HandleAsync(Actor actor, Stream xlsx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        WhoMayRule.Of<CasesImportedByClerkOrLeader>().Check(actor);
        var townshipId = actor.TownshipId ?? throw new InvalidOperationException("Only township staff import ledgers.");
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = [.. xlsx.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Take(MaxRows + 1)];
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or NotSupportedException or ArgumentException or System.Xml.XmlException)
        {
            throw new BusinessRuleException("disputes.mediation.sheet-invalid", "文件不是有效的 Excel 工作簿（.xlsx），请使用导出的台账格式。", "file");
        }

        BusinessRule.Check(new CaseSheetRefused(rows.Count > MaxRows ? [$"一次最多导入 {MaxRows} 件"] : []));
        var all = await committees.AllAsync(ct);
        var problems = new List<string>();
        var parsed = new List<(int Row, CaseRow Case)>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (CaseRow.Read(rows[i], all, intake.Today, out var row, out var problem))
            {
                parsed.Add((i + 2, row!));
            }
            else if (problem is not null)
            {
                problems.Add($"第{i + 2}行：{problem}");
            }
        }

        BusinessRule.Check(new CaseSheetRefused(problems));
        var shortName = await directory.ShortNameAsync(townshipId, ct);
        var by = IntakeDesk.By(actor);
        int agreed = 0, written = 0, oral = 0, ended = 0, open = 0;
        foreach (var (number, row) in parsed)
        {
            try
            {
                var kind = await ImportAsync(townshipId, shortName, row, by, ct);
                agreed += kind is RowOutcome.Written or RowOutcome.Oral ? 1 : 0;
                written += kind == RowOutcome.Written ? 1 : 0;
                oral += kind == RowOutcome.Oral ? 1 : 0;
                ended += kind == RowOutcome.Ended ? 1 : 0;
                open += kind == RowOutcome.Open ? 1 : 0;
            }
            catch (BusinessRuleException e)
            {
                db.ChangeTracker.Clear();
                throw new BusinessRuleException(e.Code, $"调解台账未导入（一条也未导入）：第{number}行：{e.Message}", "file");
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportCasesResult(parsed.Count, agreed, written, oral, ended, open);
    }

    private enum RowOutcome
    {
        Written,
        Oral,
        Ended,
        Open,
        Pending,
    }

    private async Task<RowOutcome> ImportAsync(Guid townshipId, string shortName, CaseRow row, string by, CancellationToken ct)
    {
        var applicant = row.Parties.First(p => p.Side == PartySide.Applicant);
        var (matter, _) = await intake.RegisterAsync(townshipId, new MatterInput(MatterChannel.Visit, MatterCategory.Dispute, row.Topic, row.Summary, row.Facts,
            new RequesterDetails(applicant.Name, applicant.Phone, null, applicant.Address), row.AcceptedOn, null, null), by, openReplyPeriod: false, ct);
        var c = MediationCase.Accept(townshipId, matter.Id, row.Committee, await cases.NextSequenceAsync(townshipId, row.AcceptedOn.Year, ct), shortName, row.Start, row.Start == MediationStart.Referral ? "人民法院" : null,
            row.AcceptedOn, row.Topic, row.Summary, row.Facts, row.Amount, row.Parties, intake.Today);
        db.Add(c);
        await intake.TakeUpAsync(matter, MatterProcedure.Mediation, c.Id, ct);
        c.AssignMediators(row.Committee, row.MediatorIds, row.AcceptedOn);
        switch (row.Outcome)
        {
            case "调解成功" when row.Form == AgreementForm.Oral:
                c.RecordOralAgreement(row.Terms, row.EffectiveOn!.Value, row.PerformanceDueOn);
                await outcomes.AgreementTookEffectAsync(c, by, deadlinesOpen: false, ct);
                RecordPerformance(c, row);
                return RowOutcome.Oral;
            case "调解成功":
                c.RecordWrittenAgreement(row.Terms, "按协议约定履行", row.PerformanceDueOn ?? row.EffectiveOn ?? row.AcceptedOn, row.EffectiveOn ?? row.AcceptedOn);
                if (row.EffectiveOn is not { } effective)
                {
                    await deadlines.OpenAsync(DisputeDeadlines.MediationGuideline(options.Value), townshipId, CaseOutcomes.SubjectOf(c), row.AcceptedOn, ct);
                    return RowOutcome.Pending;
                }

                c.Sign(c.Parties.ToDictionary(p => p.Id, _ => effective), c.Mediators[0].Name, effective, effective);
                await outcomes.AgreementTookEffectAsync(c, by, deadlinesOpen: false, ct);
                RecordPerformance(c, row);
                return RowOutcome.Written;
            case "调解不成":
                c.Terminate(row.EndedOn!.Value, "双方分歧较大，调解不成", "已告知当事人可以依法申请仲裁或者向人民法院提起诉讼。");
                await outcomes.EndedWithoutAgreementAsync(c, by, deadlinesOpen: false, ct);
                return RowOutcome.Ended;
            case "当事人拒绝调解":
                c.Refuse(c.Parties.First(p => p.Side == PartySide.Respondent).Name, row.EndedOn!.Value, "明确表示不同意调解");
                await outcomes.EndedWithoutAgreementAsync(c, by, deadlinesOpen: false, ct);
                return RowOutcome.Ended;
            default:
                await deadlines.OpenAsync(DisputeDeadlines.MediationGuideline(options.Value), townshipId, CaseOutcomes.SubjectOf(c), row.AcceptedOn, ct);
                return RowOutcome.Open;
        }
    }

    private static void RecordPerformance(MediationCase c, CaseRow row)
    {
        if (row.Performance is { } performance)
        {
            c.RecordPerformance(row.EndedOn ?? c.AgreementEffectiveOn!.Value, performance, null);
        }
    }

    /// <summary>One row of the historical ledger, checked.</summary>
    private sealed record CaseRow(DateOnly AcceptedOn, MediationCommittee Committee, MediationStart Start, MatterTopic Topic, string Summary, string Facts,
        IReadOnlyList<PartySpec> Parties, decimal Amount, IReadOnlyList<Guid> MediatorIds, string Outcome, AgreementForm? Form, DateOnly? EffectiveOn,
        DateOnly? PerformanceDueOn, PerformanceStatus? Performance, DateOnly? EndedOn, string Terms)
    {
        public static bool Read(IDictionary<string, object?> cells, IReadOnlyList<MediationCommittee> committees, DateOnly today, out CaseRow? row, out string? problem)
        {
            row = null;
            problem = null;
            string Text(string column) => cells.TryGetValue(column, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture)?.Trim() ?? "" : "";
            if (Text("案由").Length == 0 && Text("申请人").Length == 0)
            {
                return false;
            }

            var reasons = new List<string>();
            var accepted = Day(cells, "受理日期");
            if (accepted is null || accepted > today)
            {
                reasons.Add("受理日期为空、无法识别或晚于今天");
            }

            var committee = committees.FirstOrDefault(c => c.Name == Text("调解委员会"));
            if (committee is null)
            {
                reasons.Add($"调解委员会“{Text("调解委员会")}”未登记");
            }

            var topic = Enum.GetValues<MatterTopic>().Cast<MatterTopic?>().FirstOrDefault(t => DisputeLabels.Topic(t!.Value) == Text("纠纷类型")) ?? MatterTopic.Other;
            var start = Enum.GetValues<MediationStart>().Cast<MediationStart?>().FirstOrDefault(s => DisputeLabels.Start(s!.Value) == Text("启动方式")) ?? MediationStart.Application;
            var applicants = Names(Text("申请人"));
            var respondents = Names(Text("被申请人"));
            if (applicants.Count == 0 || respondents.Count == 0)
            {
                reasons.Add("申请人和被申请人均须填写");
            }

            var amountText = Text("涉案金额（元）");
            decimal amount = 0;
            if (amountText.Length > 0 && (!decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out amount) || amount < 0))
            {
                reasons.Add("涉案金额（元）应为非负数");
            }

            var mediatorIds = new List<Guid>();
            foreach (var name in Names(Text("调解员")))
            {
                var mediator = committee?.Mediators.FirstOrDefault(m => m.Name == name && accepted is { } on && m.ServesOn(on));
                if (mediator is null)
                {
                    reasons.Add($"调解员“{name}”不是该调解委员会在受理之日在任的调解员");
                }
                else
                {
                    mediatorIds.Add(mediator.Id);
                }
            }

            if (mediatorIds.Count == 0 && !reasons.Any(r => r.StartsWith("调解员", StringComparison.Ordinal)))
            {
                reasons.Add("调解员为空");
            }

            var outcome = Text("调解结果");
            AgreementForm? form = Text("协议形式") switch { "书面" => AgreementForm.Written, "口头" => AgreementForm.Oral, _ => null };
            var effective = Day(cells, "协议生效日期");
            var ended = Day(cells, "终结日期");
            if (outcome == "调解成功" && form is null)
            {
                reasons.Add("调解成功的须填写协议形式（书面或口头）");
            }

            if (outcome == "调解成功" && form == AgreementForm.Oral && effective is null)
            {
                reasons.Add("口头协议须填写协议生效日期（达成之日）");
            }

            if (outcome is "调解不成" or "当事人拒绝调解" && ended is null)
            {
                reasons.Add("调解不成或拒绝调解的须填写终结日期");
            }

            if (outcome is not ("调解成功" or "调解不成" or "当事人拒绝调解" or "调解中" or ""))
            {
                reasons.Add($"调解结果“{outcome}”无法识别（调解成功、调解不成、当事人拒绝调解、调解中）");
            }

            var performance = Enum.GetValues<PerformanceStatus>().Cast<PerformanceStatus?>().FirstOrDefault(p => DisputeLabels.Performance(p!.Value) == Text("履行情况"));
            if (reasons.Count > 0)
            {
                problem = string.Join("，", reasons);
                return false;
            }

            var parties = applicants.Select(n => new PartySpec(n, PartyKind.NaturalPerson, PartySide.Applicant, null, null, null))
                .Concat(respondents.Select(n => new PartySpec(n, PartyKind.NaturalPerson, PartySide.Respondent, null, null, null))).ToList();
            row = new CaseRow(accepted!.Value, committee!, start, topic, Text("案由"), Text("纠纷简要情况").Length > 0 ? Text("纠纷简要情况") : Text("案由"), parties, amount, mediatorIds,
                outcome, form, effective, Day(cells, "履行期限"), performance, ended, Text("协议内容").Length > 0 ? Text("协议内容") : $"双方就{Text("案由")}达成协议，按约定履行。");
            return true;
        }

        private static List<string> Names(string text) =>
            [.. text.Split(['、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

        private static DateOnly? Day(IDictionary<string, object?> cells, string column) =>
            cells.TryGetValue(column, out var value) ? value switch
            {
                DateTime dt => DateOnly.FromDateTime(dt),
                _ when DateOnly.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
                _ => null,
            } : null;
    }
}
