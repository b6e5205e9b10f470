#!/usr/bin/env python3
"""Write tests/fixtures/audit/merkle_vectors.json: known answers for `src/audit/merkle.rs`.

An independent, deliberately plain implementation of the RFC 6962 §2.1 Merkle Tree Hash
(MTH), audit paths (PATH) and consistency proofs (PROOF/SUBPROOF), written straight from the
recursive definitions in the RFC with nothing but hashlib.  The Rust module uses a different
method (an iterative compact range, and the bit-twiddling verifiers of RFC 9162 §2.1.3.2 and
§2.1.4.2), so agreement between the two is evidence, not an echo.

Before writing anything the script checks itself against the values published with Certificate
Transparency's reference test suite (carried on in transparency-dev/merkle
`proof/verify_test.go`): the roots of the eight test leaves and their inclusion and
consistency proofs.  Those published values are copied into the fixture too.

Leaf scheme for the generated vectors: leaf i (0-based) has data = i as 8 bytes, big-endian
(Rust `u64::to_be_bytes`); its leaf hash is SHA-256(0x00 || data).

Run from the crate root:  python3 scripts/make_merkle_vectors.py
"""

import hashlib
import json
import os
import sys


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def leaf_hash(data: bytes) -> bytes:
    return sha256(b"\x00" + data)


def node_hash(left: bytes, right: bytes) -> bytes:
    return sha256(b"\x01" + left + right)


def split(n: int) -> int:
    """The largest power of two strictly smaller than n (n >= 2)."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(hashes: list) -> bytes:
    """MTH(D[n]) over leaf hashes, RFC 6962 §2.1, recursively."""
    n = len(hashes)
    if n == 0:
        return sha256(b"")
    if n == 1:
        return hashes[0]
    k = split(n)
    return node_hash(mth(hashes[:k]), mth(hashes[k:]))


def path(m: int, hashes: list) -> list:
    """PATH(m, D[n]), RFC 6962 §2.1.1."""
    n = len(hashes)
    if n <= 1:
        return []
    k = split(n)
    if m < k:
        return path(m, hashes[:k]) + [mth(hashes[k:])]
    return path(m - k, hashes[k:]) + [mth(hashes[:k])]


def subproof(m: int, hashes: list, b: bool) -> list:
    """SUBPROOF(m, D[n], b), RFC 6962 §2.1.2."""
    n = len(hashes)
    if m == n:
        return [] if b else [mth(hashes)]
    k = split(n)
    if m <= k:
        return subproof(m, hashes[:k], b) + [mth(hashes[k:])]
    return subproof(m - k, hashes[k:], False) + [mth(hashes[:k])]


def proof(m: int, hashes: list) -> list:
    """PROOF(m, D[n]); empty when m is 0 or m equals n."""
    if m == 0 or m == len(hashes):
        return []
    return subproof(m, hashes, True)


def hx(values):
    if isinstance(values, bytes):
        return values.hex()
    return [v.hex() for v in values]


# Certificate Transparency's reference leaves and published results.
CT_LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657",
             "606162636465666768696a6b6c6d6e6f"]
CT_ROOTS = [  # index i is the root of the first i + 1 leaves
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
CT_EMPTY_ROOT = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
# (0-based leaf index, tree size, audit path) — the published list uses 1-based leaf numbers.
CT_INCLUSION = [
    (0, 1, []),
    (0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
]
CT_CONSISTENCY = [  # (old size, new size, proof)
    (1, 1, []),
    (1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
    (6, 7, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
]


def check_published():
    hashes = [leaf_hash(bytes.fromhex(d)) for d in CT_LEAVES]
    assert mth([]).hex() == CT_EMPTY_ROOT, "empty root"
    for n in range(1, 9):
        assert mth(hashes[:n]).hex() == CT_ROOTS[n - 1], f"CT root for size {n}"
    for index, size, want in CT_INCLUSION:
        assert hx(path(index, hashes[:size])) == want, f"CT inclusion {index}/{size}"
    for old, new, want in CT_CONSISTENCY:
        assert hx(proof(old, hashes[:new])) == want, f"CT consistency {old}->{new}"


def leaf_data(i: int) -> bytes:
    return i.to_bytes(8, "big")


def mth_streaming(count: int) -> bytes:
    """MTH of `count` scheme leaves in O(log n) memory, for the large-tree known answer.

    Uses the fact that MTH(D[n]) is a right fold of the perfect subtrees of n's binary
    decomposition; checked against the recursive `mth` on every size up to 300 below.
    """
    stack = []  # (height, hash) of perfect subtrees, left to right
    for i in range(count):
        height, h = 0, leaf_hash(leaf_data(i))
        while stack and stack[-1][0] == height:
            _, left = stack.pop()
            height, h = height + 1, node_hash(left, h)
        stack.append((height, h))
    if not stack:
        return sha256(b"")
    h = stack[-1][1]
    for _, left in reversed(stack[:-1]):
        h = node_hash(left, h)
    return h


def main():
    check_published()

    max_size = 100
    hashes = [leaf_hash(leaf_data(i)) for i in range(max(max_size, 300))]
    for n in range(301):
        assert mth_streaming(n) == mth(hashes[:n]), f"streaming MTH disagrees at {n}"

    roots = [{"size": n, "root": mth(hashes[:n]).hex()} for n in range(max_size + 1)]

    inclusion = []
    for n in range(1, max_size + 1):
        for index in sorted({0, n // 2, n - 1}):
            inclusion.append({
                "size": n,
                "index": index,
                "leaf_hash": hashes[index].hex(),
                "proof": hx(path(index, hashes[:n])),
            })

    pairs = set()
    for n in range(0, 17):
        for m in range(0, n + 1):
            pairs.add((m, n))
    interesting = [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 37, 50, 63, 64, 65, 99, 100]
    for n in interesting:
        for m in [0] + interesting:
            if m <= n:
                pairs.add((m, n))
    consistency = [
        {"old_size": m, "new_size": n, "proof": hx(proof(m, hashes[:n]))}
        for m, n in sorted(pairs, key=lambda p: (p[1], p[0]))
    ]

    large = [{"size": n, "root": mth_streaming(n).hex()} for n in (65_537, 1_000_000)]

    fixture = {
        "about": "RFC 6962 known answers for src/audit/merkle.rs; written by "
                 "scripts/make_merkle_vectors.py, do not edit by hand",
        "leaf_scheme": "leaf i (0-based) has data = i as 8 bytes big-endian; "
                       "leaf hash = SHA-256(0x00 || data)",
        "empty_root": sha256(b"").hex(),
        "roots": roots,
        "inclusion": inclusion,
        "consistency": consistency,
        "large": large,
        "ct_reference": {
            "source": "Certificate Transparency reference tests "
                      "(transparency-dev/merkle proof/verify_test.go); indices are 0-based",
            "leaves": CT_LEAVES,
            "roots": [{"size": 0, "root": CT_EMPTY_ROOT}]
                     + [{"size": i + 1, "root": r} for i, r in enumerate(CT_ROOTS)],
            "inclusion": [{"index": i, "size": s, "proof": p} for i, s, p in CT_INCLUSION],
            "consistency": [{"old_size": m, "new_size": n, "proof": p}
                            for m, n, p in CT_CONSISTENCY],
        },
    }

    # One record per line: small diffs when the generator changes, still plain JSON.
    lines = ["{"]
    keys = list(fixture)
    for ki, key in enumerate(keys):
        value = fixture[key]
        comma = "," if ki + 1 < len(keys) else ""
        if isinstance(value, list):
            lines.append(f'  "{key}": [')
            for vi, item in enumerate(value):
                sep = "," if vi + 1 < len(value) else ""
                lines.append("    " + json.dumps(item, separators=(", ", ": ")) + sep)
            lines.append("  ]" + comma)
        elif isinstance(value, dict) and any(isinstance(v, list) for v in value.values()):
            lines.append(f'  "{key}": {{')
            sub = list(value)
            for si, sk in enumerate(sub):
                sv = value[sk]
                scomma = "," if si + 1 < len(sub) else ""
                if isinstance(sv, list):
                    lines.append(f'    "{sk}": [')
                    for vi, item in enumerate(sv):
                        sep = "," if vi + 1 < len(sv) else ""
                        lines.append("      " + json.dumps(item, separators=(", ", ": ")) + sep)
                    lines.append("    ]" + scomma)
                else:
                    lines.append(f'    "{sk}": {json.dumps(sv)}{scomma}')
            lines.append("  }" + comma)
        else:
            lines.append(f'  "{key}": {json.dumps(value, separators=(", ", ": "))}{comma}')
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # the hand layout must still be valid JSON

    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "tests", "fixtures", "audit", "merkle_vectors.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {os.path.relpath(out)}: {len(roots)} roots, {len(inclusion)} inclusion "
          f"proofs, {len(consistency)} consistency proofs, {len(large)} large roots",
          file=sys.stderr)


if __name__ == "__main__":
    main()
