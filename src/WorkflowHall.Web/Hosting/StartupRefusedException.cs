namespace WorkflowHall.Web.Hosting;

/// <summary>
/// The hall cannot start until its operator does something, and the message says what (in Chinese and English).
/// The host logs it when start-up fails; it prints as that message alone, since a stack trace would only bury
/// the one line the operator needs. <c>Program</c> then exits with 1.
/// </summary>
internal sealed class StartupRefusedException(string messageZh, string messageEn) : Exception($"{messageZh} / {messageEn}")
{
    public override string ToString() => Message;
}
