namespace WorkflowHall.Data.Seeding;

/// <summary>Detours a case may take on its way: a supplement round, a return from review, a special procedure, the extension, and how far it gets before a withdrawal.</summary>
public readonly record struct CaseTwists(bool Supplement, bool Return, bool Procedure, bool Extension, int WithdrawAfter)
{
    public static readonly CaseTwists None = default;
}
