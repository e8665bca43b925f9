#!/usr/bin/env python3
"""Unified social credit codes (统一社会信用代码, GB 32100-2015) and the organisation codes inside them
(组织机构代码, GB 11714-1997).

    python3 uscc.py make 11 341602 00305142     # category+type, region, 8-char organisation-code body
    python3 uscc.py orgcode 00305142            # 9-char organisation code with its check char
    python3 uscc.py check 11100000000013338W ... # exit 1 if any code fails
    python3 uscc.py scan FILE_OR_DIR ...        # check every USCC in JSON files (see SCAN_KEYS)

An 18-char USCC is: 1 registration-authority char, 1 type char, 6-digit region code (GB/T 2260),
9-char organisation code (8 body chars + GB 11714 check char), 1 GB 32100 check char.
"""
import json
import os
import sys

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"          # 31 chars: no I, O, S, V, Z
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_value(ch):
    """GB 11714: digits are 0-9, letters A-Z are 10-35."""
    if ch.isdigit():
        return int(ch)
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    raise ValueError(f"bad organisation-code char {ch!r}")


def org_check_char(body8):
    if len(body8) != 8:
        raise ValueError(f"organisation-code body must be 8 chars: {body8!r}")
    c9 = 11 - sum(org_value(c) * w for c, w in zip(body8, ORG_WEIGHTS)) % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def uscc_check_char(first17):
    if len(first17) != 17:
        raise ValueError(f"need 17 chars: {first17!r}")
    total = 0
    for c, w in zip(first17, USCC_WEIGHTS):
        if c not in USCC_CHARS:
            raise ValueError(f"char {c!r} not allowed in a USCC")
        total += USCC_CHARS.index(c) * w
    c18 = 31 - total % 31
    return USCC_CHARS[0 if c18 == 31 else c18]


def make(category_type, region6, body8):
    if len(category_type) != 2 or len(region6) != 6 or not region6.isdigit():
        raise ValueError("category+type is 2 chars, region is 6 digits")
    first17 = category_type + region6 + body8 + org_check_char(body8)
    return first17 + uscc_check_char(first17)


def problems(code):
    """Empty list when the code is a valid USCC."""
    if not isinstance(code, str) or len(code) != 18:
        return [f"length {len(code) if isinstance(code, str) else '-'} (need 18)"]
    out = []
    bad = [c for c in code if c not in USCC_CHARS]
    if bad:
        return [f"chars not allowed: {''.join(bad)}"]
    if not code[2:8].isdigit():
        out.append("region code (positions 3-8) is not 6 digits")
    try:
        if org_check_char(code[8:16]) != code[16]:
            out.append(f"organisation-code check char {code[16]} should be {org_check_char(code[8:16])}")
    except ValueError as e:
        out.append(str(e))
    if uscc_check_char(code[:17]) != code[17]:
        out.append(f"check char {code[17]} should be {uscc_check_char(code[:17])}")
    return out


# JSON keys whose whole value is a USCC, and keys whose first 18 chars are one.
SCAN_KEYS = {"uscc"}
SCAN_PREFIX_KEYS = {"implementationCode", "certificateTypeCode"}


def walk(node, path):
    if isinstance(node, dict):
        for k, v in node.items():
            here = f"{path}.{k}"
            if isinstance(v, str) and v and k in SCAN_KEYS:
                yield here, v, v
            elif isinstance(v, str) and v and k in SCAN_PREFIX_KEYS:
                yield here, v, v[:18]
            else:
                yield from walk(v, here)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}[{i}]")


def json_files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, files in os.walk(p):
                for f in sorted(files):
                    if f.endswith(".json"):
                        yield os.path.join(root, f)
        else:
            yield p


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    cmd, args = argv[1], argv[2:]
    if cmd == "make" and len(args) == 3:
        print(make(*args))
        return 0
    if cmd == "orgcode" and len(args) == 1:
        print(args[0] + org_check_char(args[0]))
        return 0
    if cmd == "check" and args:
        failed = 0
        for code in args:
            p = problems(code)
            failed += bool(p)
            print(f"{'OK ' if not p else 'BAD'} {code} {'; '.join(p)}")
        return 1 if failed else 0
    if cmd == "scan" and args:
        failed = checked = 0
        for f in json_files(args):
            with open(f, encoding="utf-8") as fh:
                data = json.load(fh)
            for path, value, code in walk(data, os.path.basename(f)):
                checked += 1
                p = problems(code)
                if p:
                    failed += 1
                    print(f"BAD {path} = {value}: {'; '.join(p)}")
        print(f"USCC scan: {checked} checked, {failed} bad")
        return 1 if failed else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
