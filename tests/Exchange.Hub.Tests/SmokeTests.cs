namespace Exchange.Hub.Tests;
