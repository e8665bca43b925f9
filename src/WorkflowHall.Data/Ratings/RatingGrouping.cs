namespace WorkflowHall.Data.Ratings;

/// <summary>What rating figures are published per: the matter (by implementation code) or the handling unit.</summary>
public enum RatingGrouping
{
    Matter,
    Unit,
}
