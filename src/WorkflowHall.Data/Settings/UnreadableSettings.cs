using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace WorkflowHall.Data.Settings;

/// <summary>Settings whose text does not read as their property's type (<c>Database:Provider=Oracle</c>, <c>Scheduler:TimerInterval=5s</c>).</summary>
internal static class UnreadableSettings
{
    public static void ThrowIfAny<T>(IConfigurationSection section)
    {
        var failures = new List<string>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var setting = section.GetSection(property.Name);
            if (!setting.Exists()) continue;
            try
            {
                setting.Get(property.PropertyType);
            }
            catch (InvalidOperationException)
            {
                failures.Add(Unreadable(setting, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType));
            }
        }
        if (failures.Count > 0) throw new OptionsValidationException(Options.DefaultName, typeof(T), failures);
    }

    private static string Unreadable(IConfigurationSection setting, Type type)
    {
        if (setting.Value is not { } text) return $"{setting.Path}: 这一节无法读取，请检查其中的值 / this part cannot be read; check the values in it";
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type);
            return $"{setting.Path}: \"{text}\" 不是可选的值（{string.Join("、", names)}）/ \"{text}\" is not one of {string.Join(", ", names)}";
        }
        var (zh, en) = Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean => ("true 或 false", "true or false"),
            TypeCode.Int32 or TypeCode.Int64 => ("整数", "a whole number"),
            TypeCode.Decimal or TypeCode.Double => ("数字", "a number"),
            _ when type == typeof(TimeSpan) => ("时间间隔（如 00:00:05 表示 5 秒）", "a time span (e.g. 00:00:05 for 5 seconds)"),
            _ => (type.Name, type.Name),
        };
        return $"{setting.Path}: \"{text}\" 不是{zh} / \"{text}\" is not {en}";
    }
}
