namespace Fazhi.Platform.Web;

/// <summary>
/// Bidirectional control characters (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates) reorder the text
/// that follows them: a title or file name holding U+202E shows "报告exe.pdf" for "报告\u202Efdp.exe", and a name can
/// swallow the columns after it in a list (issue 13 item 8). Chinese text never needs them, and right-to-left scripts are
/// shown correctly by the implicit algorithm without them, so they are removed from every text before it is stored
/// (<see cref="Data.FazhiDbContext"/>): no page, export, report or API answer can show one.
/// </summary>
public static class DisplayText
{
    public static bool IsBidiControl(int codePoint) => codePoint is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(BidiControls) < 0 ? text : string.Concat(text.Where(c => !IsBidiControl(c)));
    }

    private static readonly System.Buffers.SearchValues<char> BidiControls = System.Buffers.SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
