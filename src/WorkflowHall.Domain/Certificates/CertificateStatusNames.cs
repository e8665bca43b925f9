namespace WorkflowHall.Domain.Certificates;

public static class CertificateStatusNames
{
    public static string Chinese(this CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "有效",
        CertificateStatus.Changed => "变更",
        CertificateStatus.Revoked => "注销",
        CertificateStatus.Expired => "过期",
        _ => status.ToString(),
    };
}
