#!/usr/bin/env python3
"""Citizen ID numbers (公民身份号码, GB 11643-1999).

    python3 idnumber.py make 341602 19520314 062   # region, birth date, 3-digit order (odd = male)
    python3 idnumber.py check [--province 34] NUMBER ...   # exit 1 if any number fails
    python3 idnumber.py scan [--province 34] FILE_OR_DIR ...  # check every "idNumber" in JSON files

--province PP also requires the region code (first 6 digits) to lie in that province.

Check digit (ISO 7064 MOD 11-2): weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over the first 17 digits,
remainder of the sum mod 11 indexes "10X98765432".
"""
import datetime
import json
import os
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def check_char(first17):
    if len(first17) != 17 or not first17.isdigit():
        raise ValueError(f"need 17 digits: {first17!r}")
    return CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def make(region6, birth8, order3):
    first17 = region6 + birth8 + order3
    problems_ = problems(first17 + check_char(first17)) if len(first17) == 17 else ["need 6 + 8 + 3 digits"]
    if problems_:
        raise ValueError("; ".join(problems_))
    return first17 + check_char(first17)


def problems(number, province=None):
    if not isinstance(number, str) or len(number) != 18:
        return ["length is not 18"]
    if not number[:17].isdigit() or number[17] not in "0123456789X":
        return ["not 17 digits + digit or X"]
    out = []
    try:
        datetime.datetime.strptime(number[6:14], "%Y%m%d")
    except ValueError:
        out.append(f"birth date {number[6:14]} is not a date")
    if province and not number.startswith(province):
        out.append(f"region {number[:6]} is outside province {province}")
    expected = check_char(number[:17])
    if expected != number[17]:
        out.append(f"check digit {number[17]} should be {expected}")
    return out


def walk(node, path):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "idNumber" and isinstance(v, str):
                yield f"{path}.{k}", v
            else:
                yield from walk(v, f"{path}.{k}")
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
    province = None
    if args[:1] == ["--province"] and len(args) >= 2:
        province, args = args[1], args[2:]
    if cmd == "make" and len(args) == 3:
        print(make(*args))
        return 0
    if cmd == "check" and args:
        failed = 0
        for n in args:
            p = problems(n, province)
            failed += bool(p)
            print(f"{'OK ' if not p else 'BAD'} {n} {'; '.join(p)}")
        return 1 if failed else 0
    if cmd == "scan" and args:
        failed = checked = 0
        for f in json_files(args):
            with open(f, encoding="utf-8") as fh:
                data = json.load(fh)
            for path, n in walk(data, os.path.basename(f)):
                checked += 1
                p = problems(n, province)
                if p:
                    failed += 1
                    print(f"BAD {path} = {n}: {'; '.join(p)}")
                else:
                    print(f"OK  {path} = {n}")
        print(f"ID number scan: {checked} checked, {failed} bad")
        return 1 if failed else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
