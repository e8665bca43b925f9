
namespace WorkflowHall.Data.Demo;

/// <summary>Why the demo hall could not be loaded: the file, the entry in it, and what is wrong, in Chinese and English.</summary>
public sealed class DemoHallException(string file, string? entry, string messageZh, string messageEn)
    : Exception($"{file}{(entry is null ? "" : $" [{entry}]")}: {messageZh} / {messageEn}")
{
    public string File { get; } = file;
    public string? Entry { get; } = entry;
    public string MessageZh { get; } = messageZh;
    public string MessageEn { get; } = messageEn;
}
