using System.Text;
using CategoryMatch.Core.Audit;

namespace CategoryMatch.Tests.Audit;

public sealed class EntryCsvTests
{
    private static List<EntryCsvRow> Read(string text, bool bom = false) =>
        EntryCsv.Read((bom ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray());

    [Fact]
    public void AQuotedTextMaySpanLinesAndHoldCommasAndQuotes()
    {
        var rows = Read("id,program,filedCategory,text\n1,ru-cca,ru-cca:13,\"Голосовой бот,\nкоторый \"\"сам\"\" решает\"\n2,ru-cca,ru-cca:12,second\n");

        Assert.Equal("Голосовой бот,\nкоторый \"сам\" решает", rows[0].Entry!.Text);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void AByteOrderMarkIsSkippedAndColumnsMayComeInAnyOrder()
    {
        var rows = Read("text,filedCategory,id,program\r\nchatbot,ru-cca:13,7,ru-cca\r\n", bom: true);

        Assert.Equal(new AuditEntry("7", "chatbot", "ru-cca", "ru-cca:13"), rows.Single().Entry);
    }

    [Fact]
    public void AMalformedRowIsReportedWithItsLineAndTheOthersAreStillRead()
    {
        var rows = Read("id,program,filedCategory,text\n1,ru-cca,ru-cca:13,fine\n2,ru-cca,ru-cca:13,a \"bad\" quote\n3,ru-cca\n4,ru-cca,ru-cca:13,also fine\n");

        Assert.Equal([2, 3, 4, 5], rows.Select(r => r.Line));
        Assert.Contains("Line 3", rows[1].Problem!.Message);
        Assert.Contains("Line 4", rows[2].Problem!.Message);
        Assert.Equal("also fine", rows[3].Entry!.Text);
    }

    [Fact]
    public void AMissingColumnRejectsTheFileNamingTheColumn()
    {
        var e = Assert.Throws<EntryCsvException>(() => Read("id,program,text\n1,ru-cca,chatbot\n"));

        Assert.Contains("'filedCategory'", e.Message);
    }

    [Theory]
    [InlineData("id,program,filedCategory,text,text", "text")]
    [InlineData("id,Program,filedCategory,text,program ", "program")]
    [InlineData("id,program,filedcategory,text,FiledCategory", "filedCategory")]
    public void AColumnNamedTwiceRejectsTheFileNamingIt(string header, string column)
    {
        var e = Assert.Throws<EntryCsvException>(() => Read($"{header}\n1,ru-cca,ru-cca:13,first,second\n"));

        Assert.Contains($"'{column}' twice", e.Message);
    }

    [Fact]
    public void ExtraColumnsMayRepeatTheirNames()
    {
        var rows = Read("id,program,filedCategory,text,note,note\n1,ru-cca,ru-cca:13,chatbot,a,b\n");

        Assert.Equal("chatbot", rows.Single().Entry!.Text);
    }

    [Fact]
    public void BytesThatAreNotUtf8RejectTheFileNamingTheLine()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("id,program,filedCategory,text\n1,ru-cca,ru-cca:13,").Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();

        var e = Assert.Throws<EntryCsvException>(() => { EntryCsv.Read(bytes); });

        Assert.Contains("not valid UTF-8 (near line 2)", e.Message);
    }

    [Fact]
    public void MoreRowsThanAllowedRejectTheFileNamingTheLimit()
    {
        var text = "id,program,filedCategory,text\n" + string.Concat(Enumerable.Range(0, 4).Select(i => $"{i},ru-cca,ru-cca:13,chatbot\n"));

        var e = Assert.Throws<EntryCsvException>(() => { EntryCsv.Read(System.Text.Encoding.UTF8.GetBytes(text), maxRows: 3); });

        Assert.Equal(3, e.RowLimit);
    }
}
