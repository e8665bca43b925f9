using System.Globalization;

namespace WorkflowHall.Engine.Expressions;

/// <summary>
/// The value model: null, bool, decimal, string, <see cref="IReadOnlyList{T}"/> of object? and
/// string-keyed <see cref="IReadOnlyDictionary{TKey,TValue}"/>. Values from the caller are normalised
/// on read (any .NET number becomes a decimal), so the operators only ever meet these six kinds.
/// </summary>
internal static class ValueConversions
{
    public static bool TryNormalize(object? raw, out object? value)
    {
        value = raw;
        switch (raw)
        {
            case null or string or bool or decimal:
                return true;
            case int i:
                value = (decimal)i;
                return true;
            case long l:
                value = (decimal)l;
                return true;
            case double d:
                return TryFromFloatingPoint(d, out value);
            case float f:
                return TryFromFloatingPoint(f, out value);
            case short s:
                value = (decimal)s;
                return true;
            case byte b:
                value = (decimal)b;
                return true;
            case sbyte sb:
                value = (decimal)sb;
                return true;
            case ushort us:
                value = (decimal)us;
                return true;
            case uint ui:
                value = (decimal)ui;
                return true;
            case ulong ul:
                value = (decimal)ul;
                return true;
            case char c:
                value = c.ToString();
                return true;
            case IReadOnlyDictionary<string, object?> or IReadOnlyList<object?>:
                return true;
            default:
                return false;
        }
    }

    public static ExpressionValueType KindOf(object? value) => value switch
    {
        null => ExpressionValueType.Null,
        bool => ExpressionValueType.Boolean,
        decimal => ExpressionValueType.Number,
        string => ExpressionValueType.String,
        IReadOnlyList<object?> => ExpressionValueType.List,
        IReadOnlyDictionary<string, object?> => ExpressionValueType.Map,
        _ => ExpressionValueType.Any,
    };

    /// <summary><c>empty</c>: true for null, the empty string and empty lists and maps; false for anything else.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        IReadOnlyList<object?> list => list.Count == 0,
        IReadOnlyDictionary<string, object?> map => map.Count == 0,
        _ => false,
    };

    /// <summary>Numbers in text (string concatenation, messages) are culture-independent: "1.5", never "1,5".</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool TryFromFloatingPoint(double d, out object? value)
    {
        // NaN, infinities and magnitudes beyond decimal have no decimal counterpart.
        if (double.IsFinite(d) && Math.Abs(d) < 7.9e28)
        {
            value = (decimal)d;
            return true;
        }

        value = null;
        return false;
    }
}
