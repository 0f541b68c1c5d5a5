using PerfEval.Dashboard.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDashboard(builder.Configuration);
var app = builder.Build();
app.MapDashboard();
await app.RunAsync();
