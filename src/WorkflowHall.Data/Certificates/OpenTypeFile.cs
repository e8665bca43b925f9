using System.Buffers.Binary;
using System.Text;

namespace WorkflowHall.Data.Certificates;

/// <summary>
/// The little of the OpenType format the certificate PDF needs: cutting one face out of a font
/// collection (.ttc), which PDFsharp cannot read (its collection number "must be zero"), and reading
/// a face's family name.
/// </summary>
internal static class OpenTypeFile
{
    private const uint CollectionTag = 0x74746366; // "ttcf"

    private const int OffsetTableSize = 12;

    private const int TableRecordSize = 16;

    public static bool IsCollection(ReadOnlySpan<byte> font)
        => font.Length >= 12 && BinaryPrimitives.ReadUInt32BigEndian(font) == CollectionTag;

    public static int FaceCount(ReadOnlySpan<byte> font)
        => IsCollection(font) ? checked((int)BinaryPrimitives.ReadUInt32BigEndian(font[8..])) : 1;

    /// <summary>
    /// Face <paramref name="index"/> of a collection as a standalone font file: its offset table and
    /// table records, then its tables copied and 4-byte aligned. A single font is returned as it is.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a font, or the collection has no such face.</exception>
    public static byte[] ExtractFace(byte[] font, int index)
    {
        if (!IsCollection(font))
        {
            if (index != 0)
            {
                throw new InvalidDataException($"The font is a single face, not a collection; face {index} does not exist.");
            }

            CheckSfnt(font, 0);
            return font;
        }

        var count = FaceCount(font);
        if (index < 0 || index >= count)
        {
            throw new InvalidDataException($"The font collection has {count} faces (0 to {count - 1}); face {index} does not exist.");
        }

        var faceOffset = checked((int)ReadUInt32(font, 12 + 4 * index));
        CheckSfnt(font, faceOffset);
        var tableCount = ReadUInt16(font, faceOffset + 4);
        var records = Enumerable.Range(0, tableCount)
            .Select(i => faceOffset + OffsetTableSize + i * TableRecordSize)
            .Select(at => (Record: at, Offset: checked((int)ReadUInt32(font, at + 8)), Length: checked((int)ReadUInt32(font, at + 12))))
            .ToArray();

        var headerSize = OffsetTableSize + tableCount * TableRecordSize;
        var size = headerSize + records.Sum(r => Align(r.Length));
        var face = new byte[size];
        font.AsSpan(faceOffset, headerSize).CopyTo(face);
        var next = headerSize;
        for (var i = 0; i < records.Length; i++)
        {
            var (_, offset, length) = records[i];
            if (offset < 0 || length < 0 || offset + length > font.Length)
            {
                throw new InvalidDataException($"Table {i} of face {index} lies outside the font file.");
            }

            font.AsSpan(offset, length).CopyTo(face.AsSpan(next));
            BinaryPrimitives.WriteUInt32BigEndian(face.AsSpan(OffsetTableSize + i * TableRecordSize + 8), (uint)next);
            next += Align(length);
        }

        return face;
    }

    /// <summary>The family name (name id 1) of a single face, in English when the font has it, else the first one given.</summary>
    public static string? FamilyName(byte[] face)
    {
        var table = FindTable(face, "name");
        if (table is not { } name)
        {
            return null;
        }

        var count = ReadUInt16(face, name.Offset + 2);
        var strings = name.Offset + ReadUInt16(face, name.Offset + 4);
        string? first = null;
        for (var i = 0; i < count; i++)
        {
            var at = name.Offset + 6 + i * 12;
            var (platform, encoding, language, nameId) = (ReadUInt16(face, at), ReadUInt16(face, at + 2), ReadUInt16(face, at + 4), ReadUInt16(face, at + 6));
            if (nameId != 1 || platform != 3 || encoding is not (0 or 1))
            {
                continue;
            }

            var text = Encoding.BigEndianUnicode.GetString(face, strings + ReadUInt16(face, at + 10), ReadUInt16(face, at + 8));
            if (language == 0x0409)
            {
                return text;
            }

            first ??= text;
        }

        return first;
    }

    private static (int Offset, int Length)? FindTable(byte[] face, string tag)
    {
        var wanted = BinaryPrimitives.ReadUInt32BigEndian(Encoding.ASCII.GetBytes(tag));
        var tableCount = ReadUInt16(face, 4);
        for (var i = 0; i < tableCount; i++)
        {
            var at = OffsetTableSize + i * TableRecordSize;
            if (ReadUInt32(face, at) == wanted)
            {
                return (checked((int)ReadUInt32(face, at + 8)), checked((int)ReadUInt32(face, at + 12)));
            }
        }

        return null;
    }

    private static void CheckSfnt(byte[] font, int offset)
    {
        var version = font.Length >= offset + OffsetTableSize ? ReadUInt32(font, offset) : 0;
        if (version is not (0x00010000 or 0x4F54544F /* OTTO */ or 0x74727565 /* true */))
        {
            throw new InvalidDataException("The file is not a TrueType or OpenType font.");
        }
    }

    private static int Align(int length) => (length + 3) & ~3;

    private static ushort ReadUInt16(byte[] data, int at) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at));

    private static uint ReadUInt32(byte[] data, int at) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
}
