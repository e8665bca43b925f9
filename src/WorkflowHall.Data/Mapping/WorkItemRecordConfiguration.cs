using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowHall.Data.Records;
using static WorkflowHall.Data.HallDbContext;

namespace WorkflowHall.Data.Mapping;

internal sealed class WorkItemRecordConfiguration : IEntityTypeConfiguration<WorkItemRecord>
{
    public void Configure(EntityTypeBuilder<WorkItemRecord> builder)
    {
        builder.ToTable("work_items");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(Limits.Id * 2);
        // The inbox: open items of a post in a unit, by due time; and a person's own items.
        builder.HasIndex(x => new { x.CandidatePost, x.HandlingUnit, x.DueAt });
        builder.HasIndex(x => new { x.Assignee, x.DueAt });
        builder.HasIndex(x => x.InstanceId);
        // "Where is it stuck": open items by process step.
        builder.HasIndex(x => new { x.DefinitionKey, x.NodeId });
        // What the supervision sweep finds due by.
        builder.HasIndex(x => x.SuperviseAt);
    }
}
