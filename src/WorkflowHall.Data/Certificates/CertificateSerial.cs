using System.Security.Cryptography;
using System.Text;
using WorkflowHall.Domain.Identity;

namespace WorkflowHall.Data.Certificates;

/// <summary>
/// The serial (流水号) of a case's certificate: the case's date and daily serial (12 characters), then
/// 8 base-36 characters from SHA-256 of the matter's implementation code. The identifier names only
/// the type and the issuer, and two matters of one issuer may issue the same type with cases of the
/// same day and serial; the mark tells them apart (and the primary key refuses the improbable clash).
/// </summary>
internal static class CertificateSerial
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private const int MarkLength = 8;

    public static string For(CaseNumber caseNumber)
        => $"{caseNumber.Date:yyyyMMdd}{caseNumber.Serial:D4}{MatterMark(caseNumber.ImplementationCode)}";

    private static string MatterMark(string implementationCode)
    {
        var value = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(implementationCode)), 0);
        var mark = new char[MarkLength];
        for (var i = mark.Length - 1; i >= 0; i--)
        {
            mark[i] = Alphabet[(int)(value % 36)];
            value /= 36;
        }

        return new string(mark);
    }
}
