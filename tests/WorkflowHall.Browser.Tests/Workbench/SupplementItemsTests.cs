using WorkflowHall.Web.Workbench;

namespace WorkflowHall.Browser.Tests.Workbench;

public class SupplementItemsTests
{
    [Fact]
    public void Ticked_materials_come_first_then_each_free_line_once_without_blanks()
    {
        var input = new CaseActionInput
        {
            Items = ["用火方案及防火措施", "野外用火申请表"],
            OtherItems = " 用火地点四至示意图 \r\n\r\n野外用火申请表\n村委会意见",
        };

        Assert.Equal(["用火方案及防火措施", "野外用火申请表", "用火地点四至示意图", "村委会意见"], WorkbenchActions.SupplementItems(input));
    }
}
