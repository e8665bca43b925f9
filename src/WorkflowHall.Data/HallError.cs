namespace WorkflowHall.Data;

/// <summary>Why the hall refused a request, precisely, in Chinese and English. Nothing was changed.</summary>
public sealed record HallError(string Code, string MessageZh, string MessageEn)
{
    /// <summary>The field or element the error concerns, when there is one.</summary>
    public string? Target { get; init; }

    public override string ToString() => $"{Code}: {MessageZh} / {MessageEn}";
}

/// <summary>A value or the reason there is none.</summary>
public readonly record struct HallResult<T>(T? Value, HallError? Error)
{
    public bool Succeeded => Error is null;

    public static implicit operator HallResult<T>(T value) => new(value, null);

    public static implicit operator HallResult<T>(HallError error) => new(default, error);
}
