using Bogus;
using WorkflowHall.Data.Seeding;

namespace WorkflowHall.Cli.Seeding;

/// <summary>A village applicants may live in, with the region code their ID numbers and credit codes carry.</summary>
internal sealed record SeedVillage(string Code, string Name, string Town, string County, string RegionCode);

/// <summary>
/// Generated applicants with Bogus (<c>zh_CN</c>): citizens and some enterprises, living in the demo hall's
/// villages — nine in ten in <c>primaryCounty</c> (谯城区, whose departments handle the county matters) —
/// each with a valid number no one else has.
/// </summary>
internal sealed class ApplicantFaker(IReadOnlyList<SeedVillage> villages, string primaryCounty, DateOnly today, int seed)
{
    public const double EnterpriseShare = 0.15;

    private static readonly string[] TradeNames = ["鑫源", "恒达", "华强", "瑞丰", "金盛", "宏图", "永安", "德润", "兴旺", "广聚", "福满", "康泰", "佳和", "明远"];
    private static readonly string[] Trades = ["商贸", "餐饮", "建筑工程", "化工贸易", "食品", "物流", "农业科技", "建材", "药业", "酒业"];
    private static readonly char[] MobilePrefixes = ['3', '5', '7', '8', '9'];

    /// <param name="userNamePrefix">Makes user names unique across seed runs on one database (e.g. <c>seed1.</c>).</param>
    /// <param name="taken">Numbers already in the database, which the new applicants must not repeat.</param>
    public IReadOnlyList<SeedApplicant> Generate(int count, string userNamePrefix, ISet<string> taken)
    {
        var faker = new Faker("zh_CN") { Random = new Randomizer(seed) };
        var primary = villages.Where(v => v.County == primaryCounty).DefaultIfEmpty(villages[0]).ToArray();
        var others = villages.Except(primary).ToArray();
        var alphabet = IdentityNumbers.Alphabet.ToCharArray();
        var applicants = new List<SeedApplicant>(count);
        for (var i = 0; i < count; i++)
        {
            var village = others.Length == 0 || faker.Random.Double() < 0.9 ? faker.PickRandom(primary) : faker.PickRandom(others);
            var phone = "1" + faker.PickRandom(MobilePrefixes) + faker.Random.ReplaceNumbers("#########");
            var address = $"{village.Town}{village.Name}{faker.Address.StreetName()}{faker.Random.Int(1, 220)}号";
            string name, number, kind;
            if (faker.Random.Double() < EnterpriseShare)
            {
                kind = SeedApplicant.Enterprise;
                name = $"亳州市{faker.PickRandom(TradeNames)}{faker.PickRandom(Trades)}有限公司";
                do number = IdentityNumbers.CreditCode(village.RegionCode, new string(Enumerable.Range(0, 6).Select(_ => faker.PickRandom(alphabet)).ToArray()));
                while (!taken.Add(number));
            }
            else
            {
                kind = SeedApplicant.Person;
                name = faker.Name.LastName() + faker.Name.FirstName();
                do number = IdentityNumbers.CitizenId(village.RegionCode, today.AddYears(-18).AddDays(-faker.Random.Int(0, 365 * 67)), faker.Random.Int(1, 999));
                while (!taken.Add(number));
            }
            applicants.Add(new SeedApplicant($"{userNamePrefix}{(kind == SeedApplicant.Person ? "p" : "e")}{i + 1:D7}", name, kind, number, phone, village.Code, address));
        }
        return applicants;
    }
}
