using MailKit.Security;

namespace Fazhi.Platform.Notifications.Digest;

/// <summary>
/// The daily e-mail digest (section <c>Fazhi:Notifications:Digest</c>, docs/operations.md). Off by default: a county
/// turns it on once it has an SMTP server the platform may send through.
/// </summary>
public sealed class DigestOptions
{
    public bool Enabled { get; set; }

    /// <summary>Beijing hour (0–23) from which the day's digests go out; a run before it sends nothing.</summary>
    public int Hour { get; set; } = 8;

    public string SmtpHost { get; set; } = "";

    public int SmtpPort { get; set; } = 25;

    /// <summary>How the connection is secured: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable (MailKit).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    /// <summary>Account on the SMTP server, if it asks for one.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender's address, e.g. <c>fazhi@example.gov.cn</c>.</summary>
    public string Sender { get; set; } = "";

    public string SenderName { get; set; } = "法治政府建设工作台";

    /// <summary>The address people open the workspace at, for the links in the mail (e.g. <c>https://fazhi.example.gov.cn</c>).</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>How often the job looks for digests still to send today.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}
