using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Fazhi.Platform.Notifications.Digest;

/// <summary>Hands digests to the configured SMTP server through MailKit, one connection per run.</summary>
internal sealed class DigestMailer(IOptions<DigestOptions> options) : IAsyncDisposable
{
    private SmtpClient? _client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (_client is not { IsConnected: true })
        {
            _client?.Dispose();
            _client = new SmtpClient();
            await _client.ConnectAsync(o.SmtpHost, o.SmtpPort, o.Security, cancellationToken);
            if (!string.IsNullOrEmpty(o.UserName))
            {
                await _client.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
            }
        }

        await _client.SendAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { IsConnected: true })
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or MailKit.ProtocolException or MailKit.CommandException)
            {
                // The mails were accepted already; a server that drops the line on QUIT changes nothing.
            }
        }

        _client?.Dispose();
    }
}
