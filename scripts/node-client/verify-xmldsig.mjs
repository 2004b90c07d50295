// Verifies an enveloped XMLDSig (an ELMO transcript) with xml-crypto, an implementation independent of .NET's
// SignedXml, against the public key given as PEM (a certificate or SPKI) — never the key in KeyInfo.
// Usage: node verify-xmldsig.mjs <xml-file> <pem-file>   → exit 0 "verified", else exit 1 with the reason.
import { readFileSync } from "node:fs";
import { SignedXml } from "xml-crypto";
import { DOMParser } from "@xmldom/xmldom";

const [xmlFile, pemFile] = process.argv.slice(2);
if (!xmlFile || !pemFile) {
  console.error("usage: node verify-xmldsig.mjs <xml-file> <pem-file>");
  process.exit(1);
}

try {
  const xml = readFileSync(xmlFile, "utf8");
  const document = new DOMParser().parseFromString(xml, "text/xml");
  const signatures = document.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature");
  if (signatures.length !== 1) {
    throw new Error(`expected one ds:Signature, found ${signatures.length}`);
  }

  const verifier = new SignedXml({ publicCert: readFileSync(pemFile, "utf8"), getCertFromKeyInfo: () => null });
  verifier.loadSignature(signatures[0]);
  if (!verifier.checkSignature(xml)) {
    throw new Error("the signature does not verify");
  }

  // The reference must be the whole document, as the hub's policy demands.
  const uris = verifier.getReferences().map((r) => r.uri);
  if (uris.length !== 1 || uris[0] !== "") {
    throw new Error(`the signature covers ${JSON.stringify(uris)}, not the whole document`);
  }

  console.log("verified");
} catch (e) {
  console.error(String(e?.message ?? e).split("\n")[0]);
  process.exit(1);
}
