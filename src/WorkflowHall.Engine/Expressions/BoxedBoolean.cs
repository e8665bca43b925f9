namespace WorkflowHall.Engine.Expressions;

/// <summary>The two boxed booleans, shared so that conditions evaluate without allocating.</summary>
internal static class BoxedBoolean
{
    public static readonly object True = true;

    public static readonly object False = false;

    public static object Of(bool value) => value ? True : False;
}
