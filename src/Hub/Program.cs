using Exchange.Hub.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddExchangeHub();

var app = builder.Build();
app.MapExchangeHub();
app.Run();

/// <summary>Entry point; visible to tests that host the hub in-process.</summary>
public partial class Program;
