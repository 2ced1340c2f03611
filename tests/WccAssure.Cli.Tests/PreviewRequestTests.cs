using WccAssure.Preview;

namespace WccAssure.Cli.Tests;

/// <summary>What `wcc preview` refuses before it listens: each is bad usage, said in words.</summary>
public class PreviewRequestTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(65536)]
    public void A_port_outside_the_range_is_refused(int port)
    {
        var (folder, problem) = new PreviewRequest(
            Path.Combine(Wcc.Root, "assessments", "trafford", "2008-09"),
            port
        ).Target();
        Assert.Null(folder);
        Assert.Equal($"--port {port} is not a port number (0 to 65535)", problem);
    }

    [Fact]
    public void A_folder_holding_several_assessments_names_one_to_preview()
    {
        var path = Path.Combine(Wcc.Root, "assessments", "stockport");
        var (folder, problem) = new PreviewRequest(path).Target();
        Assert.Null(folder);
        Assert.StartsWith($"{path} holds 2 assessments; preview one of them, e.g. ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void One_assessment_is_the_folder_served()
    {
        var path = Path.Combine(Wcc.Root, "assessments", "trafford", "2008-09");
        var (folder, problem) = new PreviewRequest(path, 0).Target();
        Assert.Null(problem);
        Assert.Equal(path.Replace('\\', '/').TrimEnd('/'), folder!.Replace('\\', '/').TrimEnd('/'));
    }

    [Fact]
    public void A_folder_that_is_not_there_is_not_an_assessment_folder()
    {
        Assert.Equal(
            "no-such-folder is not an assessment folder",
            new PreviewRequest("no-such-folder").Target().Problem
        );
    }
}
