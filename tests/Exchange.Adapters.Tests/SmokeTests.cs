namespace Exchange.Adapters.Tests;
