namespace Exchange.Hub.Credentials.Outside;

/// <summary>The outside formats a credential can be imported in (numbers as envelope.proto ContentType).</summary>
public enum OutsideFormat
{
    /// <summary>Open Badges 3.0 / CLR 2.0 / VC 2.0 with an embedded Data Integrity proof.</summary>
    VcJsonLd = 2,

    /// <summary>Open Badges 3.0 / CLR 2.0 / VC as a compact JWS: OB 3.0 / VC-JOSE layout or the older vc-claim layout.</summary>
    VcJwt = 3,

    /// <summary>European Digital Credential (ELM v3), JAdES-sealed.</summary>
    ElmJades = 4,

    /// <summary>EMREX ELMO XML with an enveloped XMLDSig signature.</summary>
    ElmoXml = 5,
}
