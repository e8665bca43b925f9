using WorkflowHall.Engine.Bpmn;
using WorkflowHall.Engine.Validation;

namespace WorkflowHall.Engine.Tests.Bpmn;

public class SecureLoadingTests
{
    [Fact]
    public void An_external_entity_is_refused_without_reading_the_file_it_names()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE definitions [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="&xxe;"/></definitions>
            """;

        var result = BpmnReader.Read(xml);

        Assert.Null(result.Definition);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCode.ForbiddenDtd, problem.Code);
        Assert.DoesNotContain("TOP-SECRET", problem.MessageEn);
        File.Delete(secret);
    }

    [Fact]
    public void A_billion_laughs_file_is_refused_before_any_expansion()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" name="&lol9;"/></definitions>
            """;

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        var result = BpmnReader.Read(stream);

        Assert.Null(result.Definition);
        Assert.Equal(ProblemCode.ForbiddenDtd, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Malformed_xml_is_reported_with_its_line_and_position()
    {
        var xml = "<?xml version=\"1.0\"?>\n<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process id=\"p\">\n</bpmn:definitions>";

        var result = BpmnReader.Read(xml);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCode.MalformedXml, problem.Code);
        Assert.Contains("line 4", problem.MessageEn);
        Assert.Contains("第 4 行", problem.MessageZh);
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_without_parsing()
    {
        using var stream = new MemoryStream(new byte[BpmnReader.MaxDocumentSize + 1]);

        var result = BpmnReader.Read(stream);

        Assert.Equal(ProblemCode.DocumentTooLarge, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_document_whose_root_is_not_bpmn_definitions_is_not_bpmn()
    {
        var result = BpmnReader.Read("""<definitions xmlns="http://www.omg.org/spec/DMN/20180521/MODEL/"><decision id="d"/></definitions>""");

        Assert.Equal(ProblemCode.NotBpmn, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void A_file_in_latin1_read_from_a_stream_keeps_its_accented_names()
    {
        var xml = InlineBpmn.Process(InlineBpmn.Start() + """<bpmn:task id="t" name="Prüfung"/>""" + InlineBpmn.End() + InlineBpmn.Sequence("start", "t", "end"))
            .Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        using var stream = new MemoryStream(System.Text.Encoding.Latin1.GetBytes(xml.Replace("测试流程", "Test")));

        var result = BpmnReader.Read(stream);

        Assert.Equal("Prüfung", result.Definition!.Node("t").Name);
    }
}
