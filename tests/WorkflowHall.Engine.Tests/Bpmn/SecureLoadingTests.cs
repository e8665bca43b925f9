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
    public void A_file_nested_100000_deep_is_refused_at_the_first_element_past_the_depth_cap_naming_the_limit()
    {
        const int levels = 100_000;
        var xml = InlineBpmn.Process(
            string.Concat(Enumerable.Range(0, levels).Select(i => $"<bpmn:subProcess id=\"s{i}\">")) + string.Concat(Enumerable.Repeat("</bpmn:subProcess>", levels)));

        var result = BpmnReader.Read(xml);

        Assert.Null(result.Definition);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCode.DocumentTooDeep, problem.Code);
        // definitions (1) > process (2) > s0 (3): the first past 64 levels is s62.
        Assert.Equal("s62", problem.ElementId);
        Assert.Equal("subProcess", problem.ElementKind);
        Assert.Contains($"{BpmnReader.MaxDepth} 层的上限", problem.MessageZh);
        Assert.Contains("<bpmn:subProcess id=\"s62\">", problem.MessageZh);
        Assert.Contains($"the limit of {BpmnReader.MaxDepth} levels", problem.MessageEn);
        Assert.Contains("line 4", problem.MessageEn);
    }

    [Fact]
    public void Elements_nested_exactly_to_the_depth_cap_are_read_and_one_more_level_is_refused()
    {
        // definitions (1) > process (2) > extensionElements (3) > vendor elements from level 4 on.
        static string Nested(int deepest) => InlineBpmn.Process(
            "<bpmn:extensionElements>" + string.Concat(Enumerable.Repeat("<o:x xmlns:o=\"urn:other\">", deepest - 3)) + string.Concat(Enumerable.Repeat("</o:x>", deepest - 3))
            + "</bpmn:extensionElements>" + InlineBpmn.Start() + InlineBpmn.End() + InlineBpmn.Sequence("start", "end"));

        var atTheCap = BpmnReader.Read(Nested(BpmnReader.MaxDepth));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Nested(BpmnReader.MaxDepth + 1)));
        var past = BpmnReader.Read(stream);

        Assert.NotNull(atTheCap.Definition);
        Assert.DoesNotContain(atTheCap.Problems, p => p.Code == ProblemCode.DocumentTooDeep);
        Assert.Null(past.Definition);
        Assert.Equal(ProblemCode.DocumentTooDeep, Assert.Single(past.Problems).Code);
        Assert.Equal("x", past.Problems[0].ElementKind);
    }

    [Fact]
    public void A_file_with_more_elements_than_the_cap_is_refused_at_the_first_one_past_it_naming_the_limit()
    {
        var xml = InlineBpmn.Process(InlineBpmn.Start() + string.Concat(Enumerable.Range(0, BpmnReader.MaxElements + 10).Select(i => $"<bpmn:task id=\"t{i}\"/>")));

        var result = BpmnReader.Read(xml);

        Assert.Null(result.Definition);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ProblemCode.DocumentTooManyElements, problem.Code);
        // definitions, process and start are the first three elements.
        Assert.Equal($"t{BpmnReader.MaxElements - 3}", problem.ElementId);
        Assert.Contains($"{BpmnReader.MaxElements} 个元素的上限", problem.MessageZh);
        Assert.Contains($"the limit of {BpmnReader.MaxElements} elements", problem.MessageEn);
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
