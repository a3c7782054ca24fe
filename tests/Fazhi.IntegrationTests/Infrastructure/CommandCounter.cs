using Fazhi.Tests.Shared;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>
/// Counts EF Core's executed commands on the flow of one request (issue 11 item 7, lean read paths): the test server
/// keeps the client's execution context, so commands of the background sweep, which run on their own flow, are not
/// counted. The flow's tally belongs to this counter alone, so test classes counting at the same time (each with its
/// own counter, all listening to the one process-wide EF Core listener) never count each other's commands or twice.
/// </summary>
internal sealed class CommandCounter : IDisposable
{
    private readonly CommandTally _tally = new();

    public CommandCounter(FazhiApp app) => app.Server.PreserveExecutionContext = true;

    /// <summary>The commands that <paramref name="request"/> ran; the request must succeed.</summary>
    public Task<int> CountAsync(Func<Task<HttpResponseMessage>> request) =>
        _tally.CountAsync(async () => (await request()).EnsureSuccessStatusCode());

    /// <summary>The commands that <paramref name="work"/> ran in a service scope of the test (an indicator source called directly).</summary>
    public Task<int> CountWorkAsync(Func<Task> work) => _tally.CountAsync(work);

    public void Dispose() => _tally.Dispose();
}
