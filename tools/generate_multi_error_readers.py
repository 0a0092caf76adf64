#!/usr/bin/env python3
"""Writes standards-json/src/test/resources/multi-error-readers: documents of every JSON reader
other than the self-assessment's (standard, profile, registry, case file, action plan, work
points, designations, score report), each with four or more mistakes of different kinds, and
expected.tsv with the problems each must get (reader, code, pointer), written by hand beside each
mistake. Run from the repository root."""
import copy
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = os.path.join(ROOT, "standards-json/src/main/resources/io/github/ggw/standards/json/reference")
OUT = os.path.join(ROOT, "standards-json/src/test/resources/multi-error-readers")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


STANDARD = load(os.path.join(REF, "standards/changzhou-quality-basic-2021.1.json"))
PROFILE = load(os.path.join(ROOT, "standards-sheets/src/test/resources/io/github/ggw/standards/"
                                  "sheets/sheets/profile-sheet5-kindergarten.json"))
REGISTRY = load(os.path.join(REF, "registry/changzhou-registry.json"))
CASE = load(os.path.join(REF, "cases/WJ-PS-001-2022.case.json"))
ACTION = load(os.path.join(REF, "plans/wujin-action-plan-2020-2024.json"))
WORK = load(os.path.join(REF, "plans/wujin-work-points-2020.json"))
REPORT = load(os.path.join(ROOT, "standards-json/src/test/resources/io/github/ggw/standards/json/"
                                 "StandardsJsonFuzzTestInputs/readReport/report-01-excellent-primary.json"))
UNIT = REGISTRY["units"][0]["unit"]
DESIGNATIONS = {"kind": "designations", "formatVersion": 1, "designations": [
    {"unit": copy.deepcopy(UNIT), "kind": "QUALITY_PILOT", "year": 2021, "documentNumber": "常教关委〔2021〕2号"},
    {"unit": copy.deepcopy(UNIT), "kind": "QUALITY_CERTIFIED", "year": 2022, "documentNumber": "常教关委〔2022〕4号"}]}

cases = []


def case(name, reader, base, mutate, expected):
    d = copy.deepcopy(base)
    mutate(d)
    cases.append((name, reader, json.dumps(d, ensure_ascii=False, indent=2), expected))


def m_standard_four(d):
    d["effectiveFrom"] = "2021/01/01"                      # not YYYY-MM-DD
    d["applicableUnitTypes"][1] = "UNIVERSITY"             # not a unit type
    d["dimensions"][0]["maxPoints"] = "twenty"             # text for points
    d["ratingBands"][1]["lowerBound"] = "sixty"            # text for a bound


case("standard-four-kinds.json", "standard", STANDARD, m_standard_four, [
    ("JSON_INVALID_VALUE", "/effectiveFrom"),
    ("JSON_INVALID_VALUE", "/applicableUnitTypes/1"),
    ("JSON_WRONG_TYPE", "/dimensions/0/maxPoints"),
    ("JSON_WRONG_TYPE", "/ratingBands/1/lowerBound")])


def m_standard_missing(d):
    del d["title"]                                         # required
    d["claimStep"] = "half"                                # text for a decimal
    d["dimensions"][0]["children"][0]["code"] = "1..1"     # malformed item code
    d["rounding"] = "UP_HALF"                              # not a rounding mode


case("standard-missing-and-wrong.json", "standard", STANDARD, m_standard_missing, [
    ("JSON_MISSING_PROPERTY", "/title"),
    ("JSON_WRONG_TYPE", "/claimStep"),
    ("JSON_INVALID_VALUE", "/dimensions/0/children/0/code"),
    ("JSON_INVALID_VALUE", "/rounding")])


def m_standard_unknown(d):
    d["foo"] = 1                                           # unknown member
    d["dimensions"][1]["children"][0]["kind"] = "CORE"     # not a criterion kind
    d["dimensions"][0]["weight"] = "heavy"                 # text for a weight
    d["bonusCap"] = -1                                     # negative points
    d["formatVersion"] = 2                                 # unsupported


case("standard-unknown-and-header.json", "standard", STANDARD, m_standard_unknown, [
    ("JSON_UNKNOWN_PROPERTY", "/foo"),
    ("JSON_INVALID_VALUE", "/dimensions/1/children/0/kind"),
    ("JSON_WRONG_TYPE", "/dimensions/0/weight"),
    ("JSON_INVALID_VALUE", "/bonusCap"),
    ("JSON_UNSUPPORTED_FORMAT_VERSION", "/formatVersion")])


def m_standard_deep(d):
    d["dimensions"][2]["children"][1]["maxPoints"] = -2    # negative points, deep
    d["dimensions"][3]["title"] = "only Chinese"           # text for a bilingual object
    d["dimensions"][4]["children"] = {}                    # object for a list
    d["validUntil"] = 20251231                             # a number, not a date


case("standard-deep.json", "standard", STANDARD, m_standard_deep, [
    ("JSON_INVALID_VALUE", "/dimensions/2/children/1/maxPoints"),
    ("JSON_WRONG_TYPE", "/dimensions/3/title"),
    ("JSON_WRONG_TYPE", "/dimensions/4/children"),
    ("JSON_WRONG_TYPE", "/validUntil")])


def m_profile(d):
    d["unitType"] = "NURSERY"                              # not a unit type
    d["certificationThreshold"] = "ninety"                 # text for points
    d["base"] = "Sheet 5"                                  # malformed standard id
    d["exclude"][1] = "x..y"                               # malformed item code


case("profile-four-kinds.json", "profile", PROFILE, m_profile, [
    ("JSON_INVALID_VALUE", "/unitType"),
    ("JSON_WRONG_TYPE", "/certificationThreshold"),
    ("JSON_INVALID_VALUE", "/base"),
    ("JSON_INVALID_VALUE", "/exclude/1")])


def m_profile_missing(d):
    del d["version"]                                       # required
    d["ratingBands"][2]["rating"] = "FINE"                 # not a rating
    d["pointsChanges"][0]["points"] = "thirty"             # text for points
    d["extra"] = True                                      # unknown member


case("profile-missing-and-bands.json", "profile", PROFILE, m_profile_missing, [
    ("JSON_MISSING_PROPERTY", "/version"),
    ("JSON_INVALID_VALUE", "/ratingBands/2/rating"),
    ("JSON_WRONG_TYPE", "/pointsChanges/0/points"),
    ("JSON_UNKNOWN_PROPERTY", "/extra")])


def m_registry(d):
    d["units"][0]["unit"]["type"] = "SCHOOL"               # not a unit type
    d["actors"][0]["role"] = "BOSS"                        # not a role
    d["units"][1]["cityRun"] = "no"                        # text for a yes/no
    d["actors"][1]["staffOf"] = "WJ-PS-002"                # text for a list


case("registry-four-kinds.json", "registry", REGISTRY, m_registry, [
    ("JSON_INVALID_VALUE", "/units/0/unit/type"),
    ("JSON_INVALID_VALUE", "/actors/0/role"),
    ("JSON_WRONG_TYPE", "/units/1/cityRun"),
    ("JSON_WRONG_TYPE", "/actors/1/staffOf")])


def m_registry_missing(d):
    del d["actors"]                                        # required
    d["units"][2]["unit"]["district"] = "12"               # malformed district code
    d["units"][3] = None                                   # null element
    d["formatVersion"] = "1"                               # text for the version


case("registry-missing-and-null.json", "registry", REGISTRY, m_registry_missing, [
    ("JSON_MISSING_PROPERTY", "/actors"),
    ("JSON_INVALID_VALUE", "/units/2/unit/district"),
    ("JSON_MISSING_PROPERTY", "/units/3"),
    ("JSON_WRONG_TYPE", "/formatVersion")])


def m_case(d):
    d["status"] = "DONE"                                   # not a case status
    d["auditTrail"][0]["at"] = "yesterday"                 # not a time
    d["auditTrail"][1]["sequence"] = "two"                 # text for a whole number
    d["submissions"][0]["assessment"]["year"] = "2022"     # text for the year, inside


case("case-four-kinds.json", "case file", CASE, m_case, [
    ("JSON_INVALID_VALUE", "/status"),
    ("JSON_INVALID_VALUE", "/auditTrail/0/at"),
    ("JSON_WRONG_TYPE", "/auditTrail/1/sequence"),
    ("JSON_WRONG_TYPE", "/submissions/0/assessment/year"),
    # the committed file was written from a case file of the first, unsigned format, which the
    # reader also refuses as unsigned
    ("CASE_FILE_UNSIGNED", "/formatVersion")])


def m_case_assessment(d):
    a = d["submissions"][0]["assessment"]
    tiers = [e for e in a["evidence"] if e["type"] == "elder"]
    tiers[0]["tier"] = "LEADER"                            # not a tier, inside
    tiers[1]["tier"] = "HELPER"                            # not a tier, inside
    a["unit"]["type"] = "SCHOOL"                           # not a unit type, inside
    d["auditTrail"][0]["revision"] = "one"                 # text for a whole number


def elder_pointers(base):
    a = base["submissions"][0]["assessment"]
    idx = [i for i, e in enumerate(a["evidence"]) if e["type"] == "elder"]
    return idx[0], idx[1]


E0, E1 = elder_pointers(CASE)
case("case-embedded-assessment.json", "case file", CASE, m_case_assessment, [
    ("JSON_INVALID_VALUE", "/submissions/0/assessment/evidence/%d/tier" % E0),
    ("JSON_INVALID_VALUE", "/submissions/0/assessment/evidence/%d/tier" % E1),
    ("JSON_INVALID_VALUE", "/submissions/0/assessment/unit/type"),
    ("JSON_WRONG_TYPE", "/auditTrail/0/revision"),
    ("CASE_FILE_UNSIGNED", "/formatVersion")])


def m_action(d):
    d["targets"][0]["metric"] = "PILOTS"                   # not a metric
    d["targets"][1]["value"] = "four"                      # text for a number
    d["phases"][0]["kind"] = "START"                       # not a phase kind
    d["district"] = 320412                                 # number for a code


case("action-plan-four-kinds.json", "action plan", ACTION, m_action, [
    ("JSON_INVALID_VALUE", "/targets/0/metric"),
    ("JSON_WRONG_TYPE", "/targets/1/value"),
    ("JSON_INVALID_VALUE", "/phases/0/kind"),
    ("JSON_WRONG_TYPE", "/district")])


def m_action_missing(d):
    del d["goal"]                                          # required
    d["targets"][2]["year"] = 2021.5                       # fraction for a year
    d["targets"][3]["comparator"] = "ABOUT"                # not a comparison
    d["id"] = "Wujin Plan"                                 # malformed plan id


case("action-plan-missing-and-values.json", "action plan", ACTION, m_action_missing, [
    ("JSON_MISSING_PROPERTY", "/goal"),
    ("JSON_INVALID_VALUE", "/targets/2/year"),
    ("JSON_INVALID_VALUE", "/targets/3/comparator"),
    ("JSON_INVALID_VALUE", "/id")])


def m_work(d):
    d["year"] = "2020"                                     # text for a year
    d["sections"][0]["number"] = "one"                     # text for a number
    d["sections"][1]["items"][0]["type"] = "READ"          # not an item type
    d["title"] = "工作要点"                                 # text for a bilingual object


case("work-points-four-kinds.json", "work plan", WORK, m_work, [
    ("JSON_WRONG_TYPE", "/year"),
    ("JSON_WRONG_TYPE", "/sections/0/number"),
    ("JSON_INVALID_VALUE", "/sections/1/items/0/type"),
    ("JSON_WRONG_TYPE", "/title")])


def m_designations(d):
    d["designations"][0]["kind"] = "GOLD"                  # not a designation kind
    d["designations"][1]["year"] = "2022"                  # text for a year
    d["designations"][0]["unit"]["district"] = "9999"      # malformed district code
    d["designations"].append(None)                         # null element
    d["note"] = "x"                                        # unknown member


case("designations-four-kinds.json", "designations", DESIGNATIONS, m_designations, [
    ("JSON_INVALID_VALUE", "/designations/0/kind"),
    ("JSON_WRONG_TYPE", "/designations/1/year"),
    ("JSON_INVALID_VALUE", "/designations/0/unit/district"),
    ("JSON_MISSING_PROPERTY", "/designations/2"),
    ("JSON_UNKNOWN_PROPERTY", "/note")])


def m_report(d):
    r = d["report"]
    r["year"] = "2022"                                     # text for a year
    r["rating"] = "TOP"                                    # not a rating
    r["total"] = -1                                        # negative points
    r["unit"]["type"] = "SCHOOL"                           # not a unit type


case("report-four-kinds.json", "report", REPORT, m_report, [
    ("JSON_WRONG_TYPE", "/report/year"),
    ("JSON_INVALID_VALUE", "/report/rating"),
    ("JSON_INVALID_VALUE", "/report/total"),
    ("JSON_INVALID_VALUE", "/report/unit/type")])

os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8") as tsv:
    tsv.write("# file\treader\tcode\tpointer; written by tools/generate_multi_error_readers.py\n")
    for name, reader, text, expected in cases:
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        for code, pointer in expected:
            tsv.write("%s\t%s\t%s\t%s\n" % (name, reader, code, pointer))
