using PerfEval.Dashboard.Hosting;
using PerfEval.Loading;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDashboard(builder.Configuration);
// The dashboard's process is the warehouse's single writer, so the scheduled loader runs here.
builder.Services.AddLoader(builder.Configuration.ReadLoaderOptions());
var app = builder.Build();
app.MapDashboard();
app.MapLoadEndpoints();
await app.RunAsync();
