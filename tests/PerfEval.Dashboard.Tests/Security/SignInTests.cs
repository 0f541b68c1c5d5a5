using System.Net;
using PerfEval.Dashboard.Tests.Fixtures;
using PerfEval.Warehouse.Users;

namespace PerfEval.Dashboard.Tests.Security;

[Collection(DashboardCollection.Name)]
public sealed class SignInTests(DashboardServer server)
{
    public static TheoryData<string> Protected =>
    [
        "", "?year=2023", "units", "units/u-demo-04", "compare", "flags", "reports", "reports/c2a721f8483027a9", "loads", "audit",
        "export/reports.csv", "export/units.xlsx", "reports/c2a721f8483027a9/original", "briefing", "nothing-here",
    ];

    [Theory]
    [MemberData(nameof(Protected))]
    public async Task AnAnonymousRequestIsSentToTheLoginPage(string path)
    {
        using var client = NoRedirectClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(server.BaseUrl + "login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("loads/upload")]
    [InlineData("loads/scan")]
    public async Task AnAnonymousPostIsSentToTheLoginPage(string path)
    {
        using var client = NoRedirectClient();
        using var response = await client.PostAsync(path, new FormUrlEncodedContent([new("reason", "x")]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLoginPageAndHealthzAreOpenToEveryone()
    {
        using var client = NoRedirectClient();
        Assert.Equal("ok", await client.GetStringAsync("healthz"));
        var login = await client.GetStringAsync("login");
        Assert.Contains("name=\"__RequestVerificationToken\"", login, StringComparison.Ordinal);
        Assert.DoesNotContain("主导航", login, StringComparison.Ordinal); // no navigation before signing in
    }

    [Fact]
    public async Task SigningInReturnsToTheRequestedPageAndShowsTheUser()
    {
        var (page, problems) = await server.NewAnonymousPageAsync();
        await page.GotoAsync(server.BaseUrl + "flags?year=2023");
        Assert.Contains("/login?ReturnUrl=", page.Url, StringComparison.Ordinal);
        await server.SubmitLoginAsync(page, DashboardServer.Analyst.Name, DashboardServer.Analyst.Password);
        await page.WaitForURLAsync(server.BaseUrl + "flags?year=2023");
        Assert.Equal("analyst（分析员）", (await page.Locator("#signed-in-user").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("nav a[href=audit]").CountAsync()); // the audit log is the 管理员's

        await page.ClickAsync("form[action='account/logout'] button");
        await page.WaitForURLAsync(server.BaseUrl + "login");
        await page.GotoAsync(server.BaseUrl + "flags");
        Assert.Contains("/login?ReturnUrl=", page.Url, StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task AWrongPasswordSaysSoAndTheFifthFailureLocksTheNameForFifteenMinutes()
    {
        await server.Users.AddAsync("throttled", "right-password-1", Roles.Analyst);
        var (page, _) = await server.NewAnonymousPageAsync();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await server.SubmitLoginAsync(page, "throttled", "wrong-password-" + attempt);
            Assert.Equal("用户名或密码错误。", (await page.Locator("#login-error").InnerTextAsync()).Trim());
            Assert.Equal("throttled", await page.Locator("input[name=userName]").InputValueAsync());
        }
        await server.SubmitLoginAsync(page, "throttled", "wrong-password-5");
        var locked = "登录失败次数过多，该用户已锁定 15 分钟，请稍后再试。";
        Assert.Equal(locked, (await page.Locator("#login-error").InnerTextAsync()).Trim());

        // The sixth attempt, even with the right password, is refused while the lock lasts.
        await server.SubmitLoginAsync(page, "throttled", "right-password-1");
        Assert.Equal(locked, (await page.Locator("#login-error").InnerTextAsync()).Trim());
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownUserGetsTheSameMessageAsAWrongPassword()
    {
        var (page, _) = await server.NewAnonymousPageAsync();
        await server.SubmitLoginAsync(page, "nobody-at-all", "some-password");
        Assert.Equal("用户名或密码错误。", (await page.Locator("#login-error").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task AnAnalystCannotUploadOrScanButReadsTheLoadsPage()
    {
        var (page, _) = await server.NewPageAsync(DashboardServer.Analyst);
        var upload = await page.APIRequest.PostAsync(server.BaseUrl + "loads/upload", new() { Multipart = MultipartWithFile(page) });
        Assert.Equal(403, upload.Status);
        var scan = await page.APIRequest.PostAsync(server.BaseUrl + "loads/scan", new() { Form = FormWith(page, ("reason", "test")) });
        Assert.Equal(403, scan.Status);

        await page.GotoAsync(server.BaseUrl + "loads");
        Assert.Equal(0, await page.Locator("form[action='loads/upload'], form[action='loads/scan']").CountAsync());
        Assert.True(await page.Locator("#load-history tbody tr").CountAsync() > 0);

        var (admin, _) = await server.NewPageAsync();
        await admin.GotoAsync(server.BaseUrl + "loads");
        Assert.Equal(2, await admin.Locator("form[action='loads/upload'], form[action='loads/scan']").CountAsync());
    }

    [Fact]
    public async Task EveryPostFormOfEveryPageCarriesAnAntiforgeryToken()
    {
        var (page, _) = await server.NewPageAsync();
        var forms = 0;
        foreach (var path in new[] { "", "units", "units/u-demo-04", "compare", "flags", "reports", "reports/c2a721f8483027a9", "loads", "audit" })
        {
            await page.GotoAsync(server.BaseUrl + path);
            var posts = await page.Locator("form[method=post]").CountAsync();
            Assert.Equal(posts, await page.Locator("form[method=post]:has(input[name=__RequestVerificationToken])").CountAsync());
            forms += posts;
        }
        Assert.Equal(9 + 2, forms); // the sign-out form on each page and the two forms of 导入
        var (anonymous, _) = await server.NewAnonymousPageAsync();
        await anonymous.GotoAsync(server.BaseUrl + "login");
        Assert.Equal(1, await anonymous.Locator("form[method=post]:has(input[name=__RequestVerificationToken])").CountAsync());
    }

    [Fact]
    public async Task AFormPostWithoutTheAntiforgeryTokenIsRejected()
    {
        var (anonymous, _) = await server.NewAnonymousPageAsync();
        var login = await anonymous.APIRequest.PostAsync(server.BaseUrl + "account/login", new()
        {
            Form = FormWith(anonymous, ("userName", DashboardServer.Analyst.Name), ("password", DashboardServer.Analyst.Password)),
            MaxRedirects = 0,
        });
        Assert.Equal(400, login.Status);
        await anonymous.GotoAsync(server.BaseUrl + "units");
        Assert.Contains("/login", anonymous.Url, StringComparison.Ordinal); // not signed in

        var (page, _) = await server.NewPageAsync(DashboardServer.Analyst);
        var logout = await page.APIRequest.PostAsync(server.BaseUrl + "account/logout", new() { Form = FormWith(page), MaxRedirects = 0 });
        Assert.Equal(400, logout.Status);
        await page.GotoAsync(server.BaseUrl + "units");
        Assert.EndsWith("/units", page.Url, StringComparison.Ordinal); // still signed in

        var (admin, _) = await server.NewPageAsync();
        var scan = await admin.APIRequest.PostAsync(server.BaseUrl + "loads/scan", new() { Form = FormWith(admin, ("reason", "no token")), MaxRedirects = 0 });
        Assert.Equal(400, scan.Status);
    }

    [Fact]
    public async Task SignInsAndExportsAppearInTheAuditLog()
    {
        // A sign-in of its own, so the row is this test's.
        var (page, _) = await server.NewAnonymousPageAsync();
        await server.SubmitLoginAsync(page, DashboardServer.UnitUser.Name, DashboardServer.UnitUser.Password);
        await page.WaitForURLAsync(server.BaseUrl);
        var export = await page.APIRequest.GetAsync(server.BaseUrl + "export/flags.csv?severity=warning");
        Assert.Equal(200, export.Status);
        var (stranger, _) = await server.NewAnonymousPageAsync();
        await server.SubmitLoginAsync(stranger, "luosong", "not-the-password");

        var (admin, problems) = await server.NewPageAsync();
        await admin.GotoAsync(server.BaseUrl + "audit?action=export");
        var exports = admin.Locator("#audit-log tbody tr", new() { HasText = "luosong" });
        Assert.Contains("flags.csv?severity=warning", await exports.First.InnerTextAsync(), StringComparison.Ordinal);
        await admin.GotoAsync(server.BaseUrl + "audit");
        Assert.True(await admin.Locator("#audit-log tbody tr", new() { HasText = "luosong" }).Locator("td[data-action=login]").CountAsync() >= 1);
        Assert.True(await admin.Locator("#audit-log tbody tr", new() { HasText = "luosong" }).Locator("td[data-action=login_failed]").CountAsync() >= 1);
        Assert.Empty(problems);

        var (analyst, _) = await server.NewPageAsync(DashboardServer.Analyst);
        var forbidden = await analyst.GotoAsync(server.BaseUrl + "audit");
        Assert.Equal(403, forbidden!.Status);
        Assert.Contains("管理员", await analyst.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static Microsoft.Playwright.IFormData FormWith(Microsoft.Playwright.IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }
        return form;
    }

    private static Microsoft.Playwright.IFormData MultipartWithFile(Microsoft.Playwright.IPage page)
    {
        var form = page.APIRequest.CreateFormData();
        form.Set("files", new Microsoft.Playwright.FilePayload { Name = "报告.txt", MimeType = "text/plain", Buffer = "某街道2023年度绩效自评报告"u8.ToArray() });
        return form;
    }

    private HttpClient NoRedirectClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }, disposeHandler: true) { BaseAddress = new Uri(server.BaseUrl) };

    [Theory]
    [InlineData("removed")]
    [InlineData("password reset")]
    public async Task ASessionEndsAtItsNextRequestOnceTheUserIsRemovedOrItsPasswordReset(string change)
    {
        var name = "session-" + change.Replace(' ', '-');
        await server.Users.AddAsync(name, "first-password-1", Roles.Analyst);
        var (page, _) = await server.NewAnonymousPageAsync();
        await server.SubmitLoginAsync(page, name, "first-password-1");
        await page.WaitForURLAsync(server.BaseUrl);
        await page.GotoAsync(server.BaseUrl + "flags");
        Assert.Equal(server.BaseUrl + "flags", page.Url);

        if (change == "removed")
        {
            Assert.True(await server.Users.RemoveAsync(name));
        }
        else
        {
            await server.Users.SetPasswordAsync(name, "second-password-2");
        }
        await page.GotoAsync(server.BaseUrl + "flags");

        Assert.Contains("/login?ReturnUrl=", page.Url, StringComparison.Ordinal);
    }
}
