namespace Fazhi.Modules.County.Figures;

/// <summary>
/// Whether this instance computes the county's figures ahead (section <c>Fazhi:County</c>, key <c>WarmUpFigures</c>;
/// ADR 0039). On by default; a process that only measures or migrates turns it off.
/// </summary>
internal sealed class FiguresWarmUpOptions
{
    public const string Section = "Fazhi:County";

    public bool WarmUpFigures { get; set; } = true;
}
