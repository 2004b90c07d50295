namespace Exchange.Hub.Tests.Outside.Linked;

/// <summary>
/// JSON-LD documents written for the specs, each exercising a part of expansion and toRdf: lists, language maps and
/// directions, numbers and booleans, a JSON literal of a bundled context, nested type- and property-scoped contexts,
/// a protected term overridden where the spec allows it, relative IRIs (dropped) and @base, keyword aliases, reverse
/// properties, index/id/type/graph containers, @nest, @included, named graphs, VC 1.1 with Data Integrity contexts,
/// @vocab/@none/@json coercions, @prefix, non-propagated contexts, RFC 3986 resolution against @base, many OB terms.
/// </summary>
internal static class JsonLdCases
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["list"] = """
            {
              "@context": {
                "@vocab": "http://ex.example/",
                "items": {
                  "@container": "@list"
                },
                "refs": {
                  "@id": "http://ex.example/refs",
                  "@type": "@id",
                  "@container": "@list"
                }
              },
              "@id": "http://ex.example/s",
              "items": [
                1,
                "a",
                {
                  "@id": "http://ex.example/o",
                  "name": "o"
                },
                [
                  2,
                  3
                ],
                {
                  "name": "blank in list"
                }
              ],
              "refs": [
                "http://ex.example/r1",
                "http://ex.example/r2"
              ],
              "relativeOutside": {
                "@id": "relative-ref"
              },
              "empty": {
                "@list": []
              },
              "single": {
                "@list": "one"
              }
            }
            """,
        ["language"] = """
            {
              "@context": {
                "@vocab": "http://ex.example/",
                "@language": "EN",
                "label": {
                  "@container": "@language"
                },
                "noLang": {
                  "@id": "http://ex.example/noLang",
                  "@language": null
                },
                "dir": {
                  "@id": "http://ex.example/dir",
                  "@direction": "rtl"
                },
                "de": {
                  "@id": "http://ex.example/de",
                  "@language": "de-AT"
                }
              },
              "@id": "http://ex.example/s",
              "label": {
                "de": "Hallo",
                "EN-GB": [
                  "Hello",
                  "Hi"
                ],
                "@none": "none",
                "fr": null
              },
              "name": "plain",
              "noLang": "nl",
              "dir": "text",
              "de": "Grüß Gott",
              "explicit": {
                "@value": "x",
                "@language": "LV"
              },
              "dirValue": {
                "@value": "y",
                "@language": "ar",
                "@direction": "rtl"
              },
              "multi": "line\nbreak \"quoted\" back\\slash"
            }
            """,
        ["numbers"] = """
            {
              "@context": {
                "@vocab": "http://ex.example/",
                "d": {
                  "@type": "http://www.w3.org/2001/XMLSchema#double"
                },
                "date": {
                  "@type": "http://www.w3.org/2001/XMLSchema#date"
                }
              },
              "@id": "http://ex.example/n",
              "i": 5,
              "f": 1.1,
              "big": 1e+21,
              "neg": -0.5,
              "z": 0,
              "t": true,
              "fl": false,
              "d": 3,
              "five": 5.0,
              "typed": {
                "@value": "x",
                "@type": "http://ex.example/dt"
              },
              "small": 0.000123,
              "huge": 12345678901234567890,
              "exp": 6.02e+23,
              "date": "2026-12-07",
              "typedNumber": {
                "@value": 7,
                "@type": "http://ex.example/num"
              },
              "typedBool": {
                "@value": true,
                "@type": "http://ex.example/b"
              },
              "negInt": -42,
              "third": 0.3333333333333333
            }
            """,
        ["json-literal"] = """
            {
              "@context": [
                "https://www.w3.org/ns/credentials/v2"
              ],
              "id": "https://schemas.example/1",
              "type": [
                "VerifiableCredential",
                "JsonSchemaCredential"
              ],
              "issuer": "https://issuer.example/",
              "validFrom": "2026-01-01T00:00:00Z",
              "credentialSubject": {
                "id": "https://schemas.example/1#schema",
                "type": "JsonSchema",
                "jsonSchema": {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "type": "object",
                  "z": [
                    true,
                    null,
                    "tab\tnewline\n\u0001é"
                  ],
                  "b": 1.5,
                  "a": {
                    "y": 1e+21,
                    "x": 100,
                    "w": 1e-06,
                    "v": 1e-07,
                    "u": 0
                  }
                }
              }
            }
            """,
        ["scoped"] = """
            {
              "@context": {
                "@vocab": "http://ex.example/",
                "Outer": {
                  "@id": "http://ex.example/Outer",
                  "@context": {
                    "inner": {
                      "@id": "http://ex.example/scoped-inner"
                    }
                  }
                },
                "Kept": {
                  "@id": "http://ex.example/Kept",
                  "@context": {
                    "@propagate": true,
                    "kept": "http://ex.example/kept-scoped"
                  }
                },
                "prop": {
                  "@id": "http://ex.example/prop",
                  "@context": {
                    "@vocab": "http://other.example/"
                  }
                }
              },
              "@id": "http://ex.example/root",
              "@type": "Outer",
              "inner": {
                "inner": "deep",
                "@type": "Kept",
                "kept": {
                  "kept": "still scoped"
                }
              },
              "prop": {
                "x": 1,
                "y": {
                  "z": 2,
                  "@context": {
                    "z": "http://third.example/z"
                  }
                }
              }
            }
            """,
        ["protected-override"] = """
            {
              "@context": [
                {
                  "@protected": true,
                  "@vocab": "http://ex.example/",
                  "p": "http://ex.example/p",
                  "wrap": {
                    "@id": "http://ex.example/wrap",
                    "@context": {
                      "p": "http://ex.example/overridden"
                    }
                  }
                },
                {
                  "p": "http://ex.example/p"
                }
              ],
              "@id": "http://ex.example/s",
              "p": "a",
              "wrap": {
                "p": "b"
              }
            }
            """,
        ["relative"] = """
            {
              "@context": {
                "@vocab": "http://ex.example/",
                "ref": {
                  "@type": "@id"
                }
              },
              "@graph": [
                {
                  "@id": "relative/s",
                  "name": "dropped subject",
                  "link": {
                    "@id": "http://ex.example/kept"
                  }
                },
                {
                  "@id": "http://ex.example/a",
                  "ref": "../b",
                  "other": {
                    "@id": "other"
                  },
                  "@type": "RelType",
                  "name": "kept"
                },
                {
                  "@context": {
                    "@base": "http://base.example/dir/"
                  },
                  "@id": "a/../b",
                  "ref": "#frag",
                  "up": {
                    "@id": "../up?q=1"
                  }
                },
                {
                  "@id": "_:x",
                  "name": "blank",
                  "http://ex.example/same": {
                    "@id": "_:x"
                  }
                }
              ]
            }
            """,
        ["keywords"] = """
            {
              "@context": {
                "@vocab": "http://ex.example/",
                "ex": "http://ex.example/",
                "identifier": "@id",
                "kind": "@type",
                "children": {
                  "@reverse": "http://ex.example/parent"
                },
                "byIndex": {
                  "@id": "http://ex.example/idx",
                  "@container": "@index"
                },
                "byProp": {
                  "@id": "http://ex.example/byProp",
                  "@container": "@index",
                  "@index": "category"
                },
                "byId": {
                  "@id": "http://ex.example/byId",
                  "@container": "@id"
                },
                "byType": {
                  "@id": "http://ex.example/byType",
                  "@container": "@type"
                },
                "g": {
                  "@id": "http://ex.example/g",
                  "@container": "@graph"
                },
                "gi": {
                  "@id": "http://ex.example/gi",
                  "@container": [
                    "@graph",
                    "@id"
                  ]
                },
                "meta": "@nest",
                "nested": {
                  "@id": "http://ex.example/nested",
                  "@nest": "meta"
                },
                "t2type": {
                  "@id": "http://ex.example/T2",
                  "@context": {
                    "name": "http://ex.example/t2name"
                  }
                }
              },
              "identifier": "http://ex.example/root",
              "kind": "ex:Thing",
              "children": [
                {
                  "identifier": "http://ex.example/c1"
                },
                {
                  "name": "anon child"
                }
              ],
              "byIndex": {
                "k1": {
                  "name": "one"
                },
                "k2": "two"
              },
              "byProp": {
                "cat-a": {
                  "name": "a"
                }
              },
              "byId": {
                "http://ex.example/i1": {
                  "name": "i1"
                },
                "@none": {
                  "name": "none"
                }
              },
              "byType": {
                "ex:T1": {
                  "name": "t1"
                },
                "t2type": {
                  "name": "t2"
                }
              },
              "g": {
                "name": "in graph"
              },
              "gi": {
                "http://ex.example/graph1": {
                  "name": "named"
                }
              },
              "meta": {
                "nested": "nested value"
              },
              "@included": [
                {
                  "identifier": "http://ex.example/inc",
                  "name": "included"
                }
              ],
              "set": {
                "@set": [
                  "s1",
                  "s2"
                ]
              },
              "@reverse": {
                "http://ex.example/knows": {
                  "identifier": "http://ex.example/friend"
                }
              },
              "dup": [
                "same",
                "same",
                {
                  "@value": "same"
                }
              ],
              "compact": {
                "@id": "ex:compact"
              }
            }
            """,
        ["graph"] = """
            {
              "@context": {
                "@vocab": "http://ex.example/"
              },
              "@id": "http://ex.example/g1",
              "@graph": [
                {
                  "@id": "http://ex.example/a",
                  "p": {
                    "@id": "http://ex.example/b",
                    "q": "r"
                  }
                },
                {
                  "name": "blank in named graph"
                }
              ],
              "name": "graph node"
            }
            """,
        ["v1-data-integrity"] = """
            {
              "@context": [
                "https://www.w3.org/2018/credentials/v1",
                "https://w3id.org/security/data-integrity/v2",
                "https://w3id.org/security/multikey/v1"
              ],
              "id": "urn:uuid:v1",
              "type": [
                "VerifiableCredential"
              ],
              "issuer": {
                "id": "did:example:issuer",
                "name": "Issuer"
              },
              "issuanceDate": "2026-01-01T00:00:00Z",
              "credentialSubject": {
                "id": "did:example:s"
              },
              "verificationMethod": {
                "id": "did:example:issuer#k",
                "type": "Multikey",
                "controller": "did:example:issuer",
                "publicKeyMultibase": "z6Mkabc"
              },
              "proof": {
                "type": "DataIntegrityProof",
                "cryptosuite": "eddsa-rdfc-2022",
                "created": "2026-01-01T00:00:00Z",
                "verificationMethod": "did:example:issuer#k",
                "proofPurpose": "assertionMethod",
                "proofValue": "z111"
              }
            }
            """,
        ["coercions-and-scopes"] = """
            {
              "@context": {
                "@vocab": "http://ex.example/",
                "ex": "http://ex.example/",
                "v": {
                  "@id": "http://ex.example/v",
                  "@type": "@vocab"
                },
                "n": {
                  "@id": "http://ex.example/n",
                  "@type": "@none"
                },
                "np": {
                  "@id": "http://np.example/",
                  "@prefix": false
                },
                "yp": {
                  "@id": "http://yp.example/x",
                  "@prefix": true
                },
                "ex:foo": {
                  "@type": "@id"
                },
                "nestedList": {
                  "@container": "@list"
                },
                "j": {
                  "@id": "http://ex.example/j",
                  "@type": "@json"
                },
                "T": {
                  "@id": "http://ex.example/T",
                  "@context": {
                    "@propagate": false,
                    "q": "http://ex.example/tq"
                  }
                },
                "dirLang": {
                  "@id": "http://ex.example/dl",
                  "@language": "en",
                  "@direction": "ltr"
                },
                "idg": {
                  "@id": "http://ex.example/idg",
                  "@container": [
                    "@graph",
                    "@index"
                  ]
                }
              },
              "@id": "_:b0",
              "v": [
                "Term",
                "ex:Other",
                "http://abs.example/x"
              ],
              "n": "plain",
              "np:local": "dropped?",
              "yp:suffix": "prefixed",
              "ex:foo": "http://ex.example/bar",
              "nestedList": [
                [
                  1,
                  2
                ],
                [
                  3
                ],
                []
              ],
              "j": [
                1,
                {
                  "b": null,
                  "a": [
                    false
                  ]
                }
              ],
              "j2": {
                "@value": null,
                "@type": "@json"
              },
              "typed": {
                "@type": "T",
                "q": "scoped",
                "child": {
                  "q": "reverted"
                }
              },
              "dirLang": "hello",
              "idg": {
                "i1": {
                  "name": "g1"
                },
                "@none": {
                  "name": "g2"
                }
              },
              "same": [
                "x",
                {
                  "@value": "x"
                },
                {
                  "@value": "x",
                  "@language": "en"
                },
                {
                  "@value": "x",
                  "@language": "EN"
                }
              ],
              "other": {
                "@id": "_:b1",
                "back": {
                  "@id": "_:b0"
                }
              },
              "emptyObj": {},
              "emptyArr": [],
              "nullv": null,
              "setIdx": {
                "@set": [
                  1
                ],
                "@index": "i"
              }
            }
            """,
        ["top-level-graph-and-defaults"] = """
            {
              "@context": [
                {
                  "@vocab": "http://ex.example/",
                  "@language": "lv",
                  "@direction": "rtl",
                  "@base": "http://base.example/a/b/c"
                },
                {
                  "@base": null
                }
              ],
              "@graph": [
                {
                  "@id": "http://ex.example/x",
                  "label": "sveiki",
                  "none": {
                    "@value": "n",
                    "@language": null
                  },
                  "ref": {
                    "@id": "rel"
                  }
                },
                "scalar",
                {
                  "@id": "http://ex.example/onlyid"
                },
                {
                  "@value": "free"
                }
              ]
            }
            """,
        ["base-resolution"] = """
            {
              "@context": {
                "@vocab": "http://ex.example/",
                "@base": "http://base.example/a/b/c?q#f",
                "r": {
                  "@type": "@id"
                }
              },
              "@id": "",
              "r": [
                "d",
                "./e",
                "../f",
                "../../../g",
                "/h",
                "?y",
                "#z",
                "//other.example/p",
                "g;x",
                ".",
                "..",
                "g?y/./x",
                "mailto:x@y"
              ]
            }
            """,
        ["ob3-many-terms"] = """
            {
              "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
              ],
              "id": "urn:uuid:1",
              "type": [
                "VerifiableCredential",
                "OpenBadgeCredential"
              ],
              "issuer": {
                "id": "https://i.example/",
                "type": "Profile",
                "name": "I",
                "image": {
                  "id": "https://i.example/img.png",
                  "type": "Image"
                }
              },
              "validFrom": "2026-01-01T00:00:00Z",
              "validUntil": "2027-01-01T00:00:00Z",
              "credentialSubject": {
                "type": "AchievementSubject",
                "identifier": [
                  {
                    "type": "IdentityObject",
                    "identityHash": "sha256$abc",
                    "identityType": "emailAddress",
                    "hashed": true,
                    "salt": "s"
                  }
                ],
                "achievement": {
                  "id": "urn:uuid:a",
                  "type": "Achievement",
                  "name": {
                    "@value": "Name",
                    "@language": "en"
                  },
                  "criteria": {
                    "id": "https://c.example/"
                  },
                  "tag": [
                    "a",
                    "b"
                  ],
                  "inLanguage": "lv",
                  "alignment": [
                    {
                      "type": "Alignment",
                      "targetName": "T",
                      "targetUrl": "https://t.example/",
                      "targetType": "ceasn:Competency"
                    }
                  ],
                  "creator": {
                    "id": "https://cr.example/",
                    "type": [
                      "Profile"
                    ]
                  }
                },
                "result": [
                  {
                    "type": [
                      "Result"
                    ],
                    "value": "A",
                    "resultDescription": "urn:uuid:rd",
                    "status": "Completed"
                  }
                ],
                "creditsEarned": 5,
                "activityStartDate": "2026-01-01T00:00:00Z"
              },
              "credentialStatus": {
                "id": "https://s.example/1#5",
                "type": "BitstringStatusListEntry",
                "statusPurpose": "revocation",
                "statusListIndex": "5",
                "statusListCredential": "https://s.example/1"
              },
              "credentialSchema": [
                {
                  "id": "https://schema.example/",
                  "type": "1EdTechJsonSchemaValidator2019"
                }
              ],
              "evidence": [
                {
                  "id": "https://e.example/",
                  "type": [
                    "Evidence"
                  ],
                  "narrative": "n"
                }
              ],
              "termsOfUse": {
                "type": "X",
                "x": 1
              },
              "refreshService": {
                "id": "https://r.example/",
                "type": "R"
              },
              "endorsement": [],
              "awardedDate": "2026-01-01T00:00:00Z",
              "unknownTop": {
                "a": 1
              }
            }
            """,
    };
}
