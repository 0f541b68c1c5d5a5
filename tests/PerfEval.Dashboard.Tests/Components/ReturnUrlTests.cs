using PerfEval.Dashboard.Security;

namespace PerfEval.Dashboard.Tests.Components;

public sealed class ReturnUrlTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/flags?year=2023", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void OnlyPathsOfThisSiteAreFollowedAfterSigningIn(string? url, bool followed) =>
        Assert.Equal(followed, AccountEndpoints.IsLocal(url));
}
