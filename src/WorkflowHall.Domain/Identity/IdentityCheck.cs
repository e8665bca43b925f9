using System.Diagnostics.CodeAnalysis;

namespace WorkflowHall.Domain.Identity;

/// <summary>The outcome of reading a number: either the parsed value or the reason it was refused.</summary>
public sealed class IdentityCheck<T>
    where T : class
{
    private IdentityCheck(T? value, IdentityError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public IdentityError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Value is not null;

    internal static IdentityCheck<T> Valid(T value) => new(value, null);

    internal static IdentityCheck<T> Invalid(IdentityError error) => new(null, error);

    /// <summary>Carries a refusal over to another result type (a wrapper reporting its part's error).</summary>
    internal IdentityCheck<TOther> FailAs<TOther>()
        where TOther : class
        => IdentityCheck<TOther>.Invalid(Error ?? throw new InvalidOperationException("The check passed."));
}
