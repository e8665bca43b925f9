using System.Globalization;
using System.Text;

namespace WorkflowHall.Domain.Certificates;

/// <summary>
/// A minimal JSON writer whose output never depends on a library's escaping choices: signatures
/// made today must verify after any framework upgrade. Callers write keys in ordinal order.
/// </summary>
internal sealed class CanonicalJson
{
    private readonly StringBuilder _text = new();
    private bool _needsComma;

    public void StartObject()
    {
        Separate();
        _text.Append('{');
        _needsComma = false;
    }

    public void EndObject()
    {
        _text.Append('}');
        _needsComma = true;
    }

    public void Name(string name)
    {
        Separate();
        String(name);
        _text.Append(':');
        _needsComma = false;
    }

    public void Property(string name, string? value)
    {
        Name(name);
        if (value is null)
        {
            _text.Append("null");
        }
        else
        {
            String(value);
        }

        _needsComma = true;
    }

    public byte[] ToUtf8() => Encoding.UTF8.GetBytes(_text.ToString());

    private void Separate()
    {
        if (_needsComma)
        {
            _text.Append(',');
        }
    }

    private void String(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    _text.Append("\\\"");
                    break;
                case '\\':
                    _text.Append("\\\\");
                    break;
                case < ' ':
                    _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    _text.Append(c);
                    break;
            }
        }

        _text.Append('"');
    }
}
