#!/usr/bin/env python3
"""Writes the multi-error self-assessments of standards-json's tests.

Each file is the bundled sample 01-excellent-primary.json with several mistakes at once; the
expected problems, one (code, pointer) pair per mistake, are written by hand beside each
mutation into multi-error/expected.tsv. Run from the repository root.
"""
import copy
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "standards-json/src/main/resources/io/github/ggw/standards/json/"
                      "reference/samples/01-excellent-primary.json")
OUT = os.path.join(ROOT, "standards-json/src/test/resources/multi-error")
ID_NUMBER = "11010519491231002X"  # valid check character (GB 11643-1999)

base = json.load(open(SAMPLE, encoding="utf-8"))
cases = []  # (file, text, [(code, pointer)])


def case(name, mutate, expected, raw=None):
    d = copy.deepcopy(base)
    mutate(d)
    text = raw(json.dumps(d, ensure_ascii=False, indent=2)) if raw else \
        json.dumps(d, ensure_ascii=False, indent=2)
    cases.append((name, text, expected))


def ev(d, i):
    return d["evidence"][i]


def m_issue(d):
    for i in (1, 2, 3):
        ev(d, i)["tier"] = "LEADER"
    ev(d, 10)["hours"] = "two"


case("three-tiers-and-hours.json", m_issue, [
    ("JSON_INVALID_VALUE", "/evidence/1/tier"), ("JSON_INVALID_VALUE", "/evidence/2/tier"),
    ("JSON_INVALID_VALUE", "/evidence/3/tier"), ("JSON_WRONG_TYPE", "/evidence/10/hours")])


def m_four_kinds(d):
    ev(d, 1)["tier"] = "LEADER"
    ev(d, 10)["hours"] = "two"
    ev(d, 0)["members"] = 2.5
    ev(d, 14)["date"] = "2022/03/15"


case("four-kinds.json", m_four_kinds, [
    ("JSON_INVALID_VALUE", "/evidence/1/tier"), ("JSON_WRONG_TYPE", "/evidence/10/hours"),
    ("JSON_INVALID_VALUE", "/evidence/0/members"), ("JSON_INVALID_VALUE", "/evidence/14/date")])


def m_missing(d):
    del d["unit"]["name"]
    del ev(d, 1)["joined"]
    del d["claims"][0]["narrative"]
    del d["year"]


case("missing-members.json", m_missing, [
    ("JSON_MISSING_PROPERTY", "/unit/name"), ("JSON_MISSING_PROPERTY", "/evidence/1/joined"),
    ("JSON_MISSING_PROPERTY", "/claims/0/narrative"), ("JSON_MISSING_PROPERTY", "/year")])


def m_unknown(d):
    d["foo"] = 1
    d["unit"]["extra"] = "x"
    ev(d, 0)["principal"] = "王校长"
    d["claims"][1]["note"] = {"a": [1]}
    d["year"] = "2022"


case("unknown-members.json", m_unknown, [
    ("JSON_UNKNOWN_PROPERTY", "/foo"), ("JSON_UNKNOWN_PROPERTY", "/unit/extra"),
    ("JSON_UNKNOWN_PROPERTY", "/evidence/0/principal"), ("JSON_UNKNOWN_PROPERTY", "/claims/1/note"),
    ("JSON_WRONG_TYPE", "/year")])


def m_types(d):
    ev(d, 5)["type"] = "meeting"
    del ev(d, 6)["type"]
    ev(d, 10)["attendees"] = "12"
    ev(d, 23)["type"] = 7


case("evidence-types.json", m_types, [
    # an unknown or missing type is reported at the object, as the fast path does
    ("JSON_INVALID_VALUE", "/evidence/5"), ("JSON_MISSING_PROPERTY", "/evidence/6"),
    ("JSON_WRONG_TYPE", "/evidence/10/attendees"), ("JSON_WRONG_TYPE", "/evidence/23/type")])


def m_flags_enums(d):
    ev(d, 0)["hasOffice"] = "yes"
    d["unit"]["type"] = "primary"
    ev(d, 14)["level"] = "COUNTY"
    ev(d, 14)["award"] = 3


case("flags-and-enums.json", m_flags_enums, [
    ("JSON_WRONG_TYPE", "/evidence/0/hasOffice"), ("JSON_INVALID_VALUE", "/unit/type"),
    ("JSON_INVALID_VALUE", "/evidence/14/level"), ("JSON_INVALID_VALUE", "/evidence/14/award")])


def m_dates(d):
    ev(d, 1)["joined"] = "2019-13-01"
    ev(d, 23)["activeFrom"] = "2020-9-1"
    ev(d, 10)["date"] = 20220215
    ev(d, 29)["since"] = "2021-02-30"


case("bad-dates.json", m_dates, [
    ("JSON_INVALID_VALUE", "/evidence/1/joined"), ("JSON_INVALID_VALUE", "/evidence/23/activeFrom"),
    ("JSON_WRONG_TYPE", "/evidence/10/date"), ("JSON_INVALID_VALUE", "/evidence/29/since")])


def m_parts(d):
    ev(d, 1)["tier"] = "LEADER"
    ev(d, 11)["hours"] = 30
    ev(d, 34)["sha256"] = "abc"
    ev(d, 31)["title"] = "题" * 201


case("binding-and-validation.json", m_parts, [
    # the parts that bind are checked with Bean Validation, as a document that binds would be
    ("JSON_INVALID_VALUE", "/evidence/1/tier"), ("CONSTRAINT_VIOLATED", "/evidence/11/hours"),
    ("CONSTRAINT_VIOLATED", "/evidence/34/sha256"), ("CONSTRAINT_VIOLATED", "/evidence/31/title")])


def m_personal(d):
    d["claims"][2]["narrative"] = "联系人身份证 " + ID_NUMBER
    ev(d, 10)["topic"] = "家长热线 13812345678"
    d["year"] = "x"
    ev(d, 2)["retiredTeacher"] = None


case("personal-data-and-binding.json", m_personal, [
    ("PERSONAL_DATA_IDENTITY_NUMBER", "/claims/2/narrative"),
    ("PERSONAL_DATA_MOBILE_NUMBER", "/evidence/10/topic"), ("JSON_WRONG_TYPE", "/year"),
    ("JSON_MISSING_PROPERTY", "/evidence/2/retiredTeacher")])


def m_refusals(d):
    ev(d, 0)["members"] = -9
    d["unit"]["name"] = "   "
    d["unit"]["district"] = "12"
    d["claims"][0]["code"] = "x..y"
    d["claims"][1]["points"] = -1


case("model-refusals.json", m_refusals, [
    # the model's own refusals: of a record at the record, of a value at the value
    ("JSON_INVALID_VALUE", "/evidence/0/members"), ("JSON_INVALID_VALUE", "/unit/district"),
    ("JSON_INVALID_VALUE", "/claims/0/code"), ("JSON_INVALID_VALUE", "/claims/1/points")])
# the blank name is not reported: the unit's district fails first, so the unit is not bound


def m_nulls(d):
    d["evidence"][3] = None
    d["claims"][4] = None
    d["unit"]["id"] = None
    ev(d, 0)["members"] = None


case("nulls.json", m_nulls, [
    ("JSON_MISSING_PROPERTY", "/evidence/3"), ("JSON_MISSING_PROPERTY", "/claims/4"),
    ("JSON_MISSING_PROPERTY", "/unit/id"), ("JSON_MISSING_PROPERTY", "/evidence/0/members")])


def m_containers(d):
    d["evidence"] = {"type": "organisation"}
    d["claims"][0] = "1.1=4"
    d["unit"] = ["WJ-PS-001"]


case("wrong-containers.json", m_containers, [
    ("JSON_WRONG_TYPE", "/evidence"), ("JSON_WRONG_TYPE", "/claims/0"),
    ("JSON_WRONG_TYPE", "/unit")])


def m_header(d):
    d["formatVersion"] = 2
    ev(d, 1)["tier"] = "LEADER"
    d["year"] = 1999
    d["standardId"] = "Changzhou Basic"


case("header-and-year.json", m_header, [
    ("JSON_UNSUPPORTED_FORMAT_VERSION", "/formatVersion"), ("JSON_INVALID_VALUE", "/evidence/1/tier"),
    ("CONSTRAINT_VIOLATED", "/year"), ("JSON_INVALID_VALUE", "/standardId")])


def m_numbers(d):
    ev(d, 10)["attendees"] = 12.0
    ev(d, 14)["participants"] = 1e3
    ev(d, 33)["count"] = 99999999999
    ev(d, 0)["annualFundingYuan"] = "6000"


case("numbers.json", m_numbers, [
    ("JSON_INVALID_VALUE", "/evidence/10/attendees"), ("JSON_INVALID_VALUE", "/evidence/14/participants"),
    ("JSON_INVALID_VALUE", "/evidence/33/count"), ("JSON_WRONG_TYPE", "/evidence/0/annualFundingYuan")])


def m_wrong_kind(d):
    d["kind"] = "standard"
    d["extra"] = 1
    ev(d, 1)["tier"] = "LEADER"


case("wrong-kind.json", m_wrong_kind, [
    # a document of another kind: its unknown and missing members are not listed
    ("JSON_WRONG_KIND", "/kind"), ("JSON_INVALID_VALUE", "/evidence/1/tier")])


def m_escaped(d):
    d["a/b"] = 1
    ev(d, 0)["x~y"] = 2
    ev(d, 1)["tier"] = "LEADER"


case("escaped-names.json", m_escaped, [
    ("JSON_UNKNOWN_PROPERTY", "/a~1b"), ("JSON_UNKNOWN_PROPERTY", "/evidence/0/x~0y"),
    ("JSON_INVALID_VALUE", "/evidence/1/tier")])


def m_syntax(d):
    ev(d, 1)["tier"] = "LEADER"


# a document that does not parse gets its one syntax problem, whatever else is wrong
case("syntax-and-binding.json", m_syntax, [("JSON_SYNTAX", "-")],
     raw=lambda t: t.replace('"formatVersion": 1,', '"formatVersion": 1,,', 1))


def m_many(d):
    elder = copy.deepcopy(ev(d, 1))
    elder["tier"] = "LEADER"
    d["evidence"] = []
    for i in range(250):
        e = copy.deepcopy(elder)
        e["elder"] = "E%03d" % i
        d["evidence"].append(e)


# 250 wrong tiers: the first 200 are reported, then PROBLEMS_TRUNCATED (250 - 200 = 50 more)
case("two-hundred-fifty.json", m_many,
     [("JSON_INVALID_VALUE", "/evidence/%d/tier" % i) for i in range(200)]
     + [("PROBLEMS_TRUNCATED", "")])

with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8") as tsv:
    tsv.write("# file\tcode\tpointer ('-' for none); written by tools/generate_multi_error.py\n")
    for name, text, expected in cases:
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        for code, pointer in expected:
            tsv.write("%s\t%s\t%s\n" % (name, code, pointer))
print(len(cases), "files")
