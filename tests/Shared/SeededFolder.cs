namespace Fazhi.Tests.Shared;

/// <summary>
/// A test app's data folder made from the folder the demo was seeded into once per run (ADR 0038). Compiled into the
/// integration and the browser tests alike (linked, not a project: neither suite needs the other's references).
/// </summary>
internal static class SeededFolder
{
    /// <summary>Copies every file of <paramref name="from"/> into <paramref name="to"/>, keeping the folder structure.</summary>
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            // The shared-memory index of a closed SQLite database is rebuilt on open; a copied one would be stale.
            if (!file.EndsWith("-shm", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
            }
        }
    }
}
