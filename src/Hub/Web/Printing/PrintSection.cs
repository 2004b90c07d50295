namespace Exchange.Hub.Web.Printing;

/// <summary>A headed block of running text of a printout (reasons, conditions, appeal); blank lines split paragraphs.</summary>
public sealed record PrintSection(string Heading, string Body);
