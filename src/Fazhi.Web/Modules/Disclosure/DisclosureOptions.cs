namespace Fazhi.Modules.Disclosure;

/// <summary>
/// Settings of 政务公开 (section <c>Fazhi:Disclosure</c>). The statutory periods of 第30–33条 are fixed in
/// <see cref="Model.DisclosurePeriods"/>; only what the regulation leaves to the organ is a setting.
/// </summary>
internal sealed class DisclosureOptions
{
    public const string Section = "Fazhi:Disclosure";

    /// <summary>第30条 asks for "合理的补正期限" without a number; 15 working days is a common local choice (unconfirmed).</summary>
    public int CorrectionPeriodWorkingDays { get; set; } = 15;
}
