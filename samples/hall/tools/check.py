#!/usr/bin/env python3
"""Cross-checks the demo hall data in samples/hall (run from anywhere):

    python3 samples/hall/tools/check.py

Checks every USCC and ID number (see uscc.py, idnumber.py), that every reference between the files
resolves (unit parents, posts, people's posts and units, matters' units and workflows, the posts and
unit rules the workflows use), and the guide rules a loader relies on (promised limit <= statutory,
code formats). Exit 1 on any problem.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
HALL = os.path.dirname(HERE)
REPO = os.path.dirname(os.path.dirname(HALL))
sys.dont_write_bytecode = True  # keep __pycache__ out of the samples folder
sys.path.insert(0, HERE)
import idnumber  # noqa: E402
import uscc  # noqa: E402

HALL_NS = "https://workflowhall.org/schema/bpmn/hall/1.0"
BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
problems = []


def load(name):
    with open(os.path.join(HALL, name), encoding="utf-8") as f:
        return json.load(f)


def bad(msg):
    problems.append(msg)


units = {u["code"]: u for u in load("organisations.json")["units"]}
posts = {p["code"] for p in load("posts.json")["posts"]}
people = load("people.json")["people"]
matters = {}
for f in sorted(os.listdir(os.path.join(HALL, "matters"))):
    with open(os.path.join(HALL, "matters", f), encoding="utf-8") as fh:
        m = json.load(fh)
    if m["code"] + ".json" != f:
        bad(f"matters/{f}: code {m['code']} does not match the file name")
    matters[m["code"]] = m

# --- workflows: hall/workflows plus the shipped workflows/ folder ---
workflows = {}
for folder in (os.path.join(REPO, "workflows"), os.path.join(HALL, "workflows")):
    for f in sorted(os.listdir(folder)):
        if f.endswith(".bpmn"):
            root = ET.parse(os.path.join(folder, f)).getroot()
            for proc in root.iter(f"{{{BPMN_NS}}}process"):
                steps = []
                for task in proc.iter(f"{{{BPMN_NS}}}userTask"):
                    steps.append((task.get("id"), task.get(f"{{{HALL_NS}}}post"), task.get(f"{{{HALL_NS}}}unit") or "handling"))
                workflows[proc.get("id")] = steps

# --- organisations ---
for code, u in units.items():
    if u["parent"] is not None and u["parent"] not in units:
        bad(f"unit {code}: parent {u['parent']} is not a unit")
    if u["level"] not in ("province", "city", "county", "town", "village"):
        bad(f"unit {code}: level {u['level']}")
    if u["kind"] not in ("region", "department", "servicePoint"):
        bad(f"unit {code}: kind {u['kind']}")
    if not re.fullmatch(r"\d{6}", u["regionCode"]):
        bad(f"unit {code}: regionCode {u['regionCode']}")
    if u["kind"] != "region" and not u.get("uscc"):
        bad(f"unit {code}: a {u['kind']} needs a uscc")

# --- people ---
names = set()
for p in people:
    if p["userName"] in names:
        bad(f"person {p['userName']}: duplicate userName")
    names.add(p["userName"])
    if not re.fullmatch(r"[a-z][a-z0-9.]*", p["userName"]):
        bad(f"person {p['userName']}: userName is not lower-case ascii")
    for ref in ("unit", "village"):
        if ref in p and p[ref] not in units:
            bad(f"person {p['userName']}: {ref} {p[ref]} is not a unit")
    if "village" in p and units[p["village"]]["level"] != "village":
        bad(f"person {p['userName']}: {p['village']} is not a village")
    for pp in p.get("posts", []):
        if pp["post"] not in posts:
            bad(f"person {p['userName']}: post {pp['post']} is not in posts.json")
        if pp["unit"] not in units:
            bad(f"person {p['userName']}: unit {pp['unit']} is not a unit")
holders = {(pp["post"], pp["unit"]) for p in people for pp in p.get("posts", [])}

# --- workflows use known posts ---
for key, steps in workflows.items():
    for step, post, rule in steps:
        if post and post not in posts:
            bad(f"workflow {key}: step {step} uses post {post} that is not in posts.json")

# --- matters ---
def resolve(m, rule, village):
    cu = m["caseUnits"]
    handling = cu["handling"] if cu["handling"] != "applicant-town" else units[village]["parent"]
    if rule == "handling":
        return handling
    if rule == "parent":
        return cu.get("parent") or units[handling]["parent"]
    return village  # applicant-village


villages = [u for u in units.values() if u["level"] == "village"]
for code, m in matters.items():
    where = f"matter {code}"
    if not re.fullmatch(r"\d{2}\d{5}\d{3}", m["catalogCode"]) or m["catalogCode"][:2] != m["matterType"]:
        bad(f"{where}: catalogCode {m['catalogCode']} is not matter type + 5 + 3 digits")
    if m["implementationCode"][:18] != m["implementingBody"]["uscc"] or len(m["implementationCode"]) != 31:
        bad(f"{where}: implementationCode is not the implementing body's USCC + 13 chars")
    if units.get(m["implementingBody"]["unit"], {}).get("uscc") != m["implementingBody"]["uscc"]:
        bad(f"{where}: implementingBody uscc differs from organisations.json")
    if m["promisedLimit"]["amount"] > m["statutoryLimit"]["amount"]:
        bad(f"{where}: promised limit exceeds the statutory limit")
    if m["caseType"] not in (1, 2):
        bad(f"{where}: caseType {m['caseType']}")
    if m["workflowKey"] not in workflows:
        bad(f"{where}: workflow {m['workflowKey']} not found")
        continue
    cu = m["caseUnits"]
    for ref in ("handling", "parent"):
        if ref in cu and cu[ref] != "applicant-town" and cu[ref] not in units:
            bad(f"{where}: caseUnits.{ref} {cu[ref]} is not a unit")
    # every step of the workflow has a holder of its post in the unit it resolves to
    # (for applicant-relative rules: in at least one village of the implementing county)
    county = m["implementingBody"]["unit"]
    while units[county]["kind"] != "region" or units[county]["level"] not in ("county", "city"):
        county = units[county]["parent"]
    local = [v["code"] for v in villages if units[v["parent"]]["parent"] == county] or [None]
    for step, post, rule in workflows[m["workflowKey"]]:
        if not post:
            continue
        needs_village = rule == "applicant-village" or cu["handling"] == "applicant-town"
        options = local if needs_village else [None]
        found = [v for v in options if (post, resolve(m, rule, v)) in holders]
        if needs_village and len(found) != len(options):
            missing = sorted(set(options) - set(found))
            bad(f"{where}: step {step} ({post}, {rule}) has no holder for applicants from {', '.join(missing)}")
        elif not found:
            bad(f"{where}: step {step} ({post}, {rule}) has no holder in {resolve(m, rule, None)}")
    for mt in m["materials"]:
        if "certificateTypeCode" in mt and len(mt["certificateTypeCode"]) != 21:
            bad(f"{where}: material {mt['name']}: certificateTypeCode is not 21 chars")
    if m["result"].get("certificateTypeCode") and len(m["result"]["certificateTypeCode"]) != 21:
        bad(f"{where}: result certificateTypeCode is not 21 chars")

print(f"data: {len(units)} units, {len(posts)} posts, {len(people)} people, {len(matters)} matters, {len(workflows)} workflows")
rc_uscc = uscc.main(["uscc.py", "scan", HALL])
rc_id = idnumber.main(["idnumber.py", "scan", "--province", "34", HALL])
for p in problems:
    print("PROBLEM", p)
print(f"references: {len(problems)} problems")
sys.exit(1 if problems or rc_uscc or rc_id else 0)
