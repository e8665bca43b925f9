using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace WorkflowHall.Web.Accounts;

/// <summary>
/// Keeps the Data Protection key ring (which protects the login cookie and antiforgery tokens) in the
/// hall's database, so every web node behind the load balancer reads and writes the same keys: a form
/// rendered by one node posts to another. The package that does this is not served here; this is its
/// few lines. Every read returns every stored key, so a payload protected with any of them opens on any node.
/// </summary>
internal sealed class DatabaseXmlRepository(IDbContextFactory<AccountsDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKeyRecord { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
