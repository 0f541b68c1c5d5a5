using PerfEval.Loading.Uploads;

namespace PerfEval.Loader.Tests.Uploads;

public sealed class UploadOriginalNameTests
{
    [Theory]
    [InlineData("20261207093015_a1b2c3d4_龙泉街道自评报告.docx", "龙泉街道自评报告.docx")]
    [InlineData("龙泉街道自评报告.docx", "龙泉街道自评报告.docx")]
    [InlineData("2026120709301_a1b2c3d4_short-stamp.docx", "2026120709301_a1b2c3d4_short-stamp.docx")]
    [InlineData("20261207093015_A1B2C3D4_upper-hex.docx", "20261207093015_A1B2C3D4_upper-hex.docx")]
    [InlineData("20261207093015_a1b2c3d4_", "20261207093015_a1b2c3d4_")]
    public void TheUploadStampIsTakenOffAndOtherNamesStayAsTheyAre(string stored, string original)
    {
        Assert.Equal(original, UploadInbox.OriginalName(stored));
    }

    [Fact]
    public async Task ANameTheInboxGivesAnUploadComesBackAsTheClientsName()
    {
        var data = Path.Combine(Path.GetTempPath(), "perfeval-upload-name-" + Guid.NewGuid().ToString("N"));
        try
        {
            var inbox = new UploadInbox(new PerfEval.Loading.LoaderOptions { DataFolder = data }, new UploadPolicy());
            using var content = new MemoryStream("2023年度龙泉街道自评报告"u8.ToArray());

            var result = await inbox.AcceptAsync("龙泉街道自评报告.txt", content, content.Length, CancellationToken.None);

            Assert.Equal("龙泉街道自评报告.txt", UploadInbox.OriginalName(Path.GetFileName(result.StoredPath!)));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
