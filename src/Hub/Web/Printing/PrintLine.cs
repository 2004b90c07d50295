namespace Exchange.Hub.Web.Printing;

/// <summary>One labelled fact of a printout, e.g. "Workload" / "30 ECTS".</summary>
public sealed record PrintLine(string Label, string Value);
