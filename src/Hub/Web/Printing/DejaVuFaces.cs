namespace Exchange.Hub.Web.Printing;

/// <summary>The bytes of the two DejaVu Sans faces the printouts embed.</summary>
public sealed record DejaVuFaces(byte[] Regular, byte[] Bold);
