"""Writes the JSON Schemas (draft 2020-12) of the self-assessment and score-report formats.

Enumerations are read from the Java sources, so the schemas follow the model; a test checks
that the enumerations in the schemas equal the Java enums.
Run: python3 tools/generate_schemas.py
"""
import json, os, re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MODEL = os.path.join(ROOT, "standards-model/src/main/java/io/github/ggw/standards/model/")
RULES = os.path.join(ROOT, "standards-rules/src/main/java/io/github/ggw/standards/rules/")
OUT = os.path.join(ROOT, "standards-json/src/main/resources/io/github/ggw/standards/json/schemas/")
BASE = "https://ggw.github.io/standards/schemas/"


def enum(path):
    src = open(path, encoding="utf-8").read()
    body = src[src.index("{", src.index(" enum ")) + 1:]
    body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
    body = re.sub(r"//[^\n]*", "", body)
    body = body.split(";")[0]
    body = re.sub(r"\([^)]*\)", "", body)
    return [m for m in re.findall(r"\b([A-Z][A-Z0-9_]*)\b", body)]


def e(name, pkg="evidence"):
    return {"enum": enum(os.path.join(MODEL, pkg, name + ".java") if pkg else os.path.join(MODEL, name + ".java"))}


DATE = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
POINTS = {"type": "number", "minimum": 0}
COUNT = {"type": "integer", "minimum": 0}


def count(maximum):
    return {"type": "integer", "minimum": 0, "maximum": maximum}


def text(maximum):
    return {"type": "string", "minLength": 1, "maxLength": maximum}


def obj(props, required=None):
    return {"type": "object", "additionalProperties": False,
            "required": list(props) if required is None else required, "properties": props}


def evidence(type_name, props):
    p = {"type": {"const": type_name}}
    p.update(props)
    return obj(p)


EVIDENCE = [
    evidence("organisation", {"chairIsUnitHead": {"type": "boolean"}, "members": count(500),
                              "workingTeamElders": count(500), "hasOffice": {"type": "boolean"},
                              "hasActivityRoom": {"type": "boolean"},
                              "annualFundingYuan": {"type": "number", "minimum": 0, "maximum": 100000000},
                              "inAnnualPlan": {"type": "boolean"}}),
    evidence("elder", {"elder": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_-]{0,23}$"},
                       "category": e("ElderCategory"), "tier": e("Tier"),
                       "retiredTeacher": {"type": "boolean"}, "joined": DATE}),
    evidence("training", {"kind": e("TrainingKind"), "date": DATE,
                          "hours": {"type": "number", "exclusiveMinimum": 0, "maximum": 24},
                          "attendees": count(10000), "topic": text(200)}),
    evidence("activity", {"kind": e("ActivityKind"), "date": DATE, "level": e("Level"),
                          "participants": count(100000), "award": e("Award"), "title": text(200)}),
    evidence("care-carrier", {"kind": e("CareCarrierKind"), "activeFrom": DATE, "sessionsHeld": count(10000)}),
    evidence("difficulty-support", {"kind": e("DifficultyKind"), "pupilsSupported": count(100000)}),
    evidence("vulnerability-support", {"kind": e("VulnerabilityKind"), "youthsHelped": count(100000)}),
    evidence("mentoring", {"kind": e("MentoringKind"), "count": count(10000), "since": DATE}),
    evidence("research", {"kind": e("ResearchKind"), "date": DATE, "title": text(200)}),
    evidence("publicity", {"kind": e("PublicityKind"), "date": DATE, "count": count(10000)}),
    evidence("document", {"kind": e("DocumentKind"), "title": text(200), "date": DATE,
                          "sha256": {"type": "string", "pattern": "^([0-9a-f]{64})?$"}}),
    evidence("designation", {"kind": e("DesignationKind"), "level": e("Level"), "conferredOn": DATE,
                             "documentNumber": text(60)}),
    evidence("incident", {"kind": e("IncidentKind"), "date": DATE, "raisedBy": e("IncidentSource"),
                          "description": text(500)}),
]

UNIT = obj({"id": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"},
            "name": text(100), "type": e("UnitType", None),
            "district": {"type": "string", "pattern": "^[1-8][0-9]{5}$"}})
CODE = {"type": "string", "pattern": "^[A-Za-z0-9]{1,8}(\\.[A-Za-z0-9]{1,8}){0,7}$", "maxLength": 32}
STANDARD_ID = {"type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$"}
STANDARD_VERSION = {"type": "string", "pattern": "^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$"}

assessment = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": BASE + "self-assessment-1.schema.json",
    "title": "Self-assessment (自查自评), format version 1",
    "description": "A unit's evidence and claimed points for one standard version and year. "
                   "Checks that need the standard (claims per item, steps, maxima, years) are the scorer's.",
    **obj({"kind": {"const": "self-assessment"}, "formatVersion": {"const": 1},
           "unit": {"$ref": "#/$defs/unit"}, "standardId": STANDARD_ID,
           "standardVersion": STANDARD_VERSION,
           "year": {"type": "integer", "minimum": 2000, "maximum": 2100},
           "evidence": {"type": "array", "maxItems": 10000, "items": {"$ref": "#/$defs/evidence"}},
           "claims": {"type": "array", "maxItems": 2000, "items": {"$ref": "#/$defs/claim"}}}),
    "$defs": {
        "unit": UNIT,
        "claim": obj({"code": CODE, "points": POINTS, "narrative": {"type": "string", "maxLength": 2000}}),
        "evidence": {"oneOf": EVIDENCE},
    },
}

LOCALIZED = {"$ref": "#/$defs/localizedText"}
PROBLEM = obj({"code": e("ProblemCode", "problem"), "severity": e("Severity", "problem"),
               "location": obj({"pointer": {"type": "string"}, "line": {"type": "integer", "minimum": 1},
                                "column": {"type": "integer", "minimum": 1}, "criterion": CODE}, []),
               "offendingValue": {"type": "string", "maxLength": 61},
               "messageZh": {"type": "string"}, "messageEn": {"type": "string"}},
              ["code", "severity", "location", "messageZh", "messageEn"])
MEASURE_VALUE = obj({"measure": obj({"name": {"type": "string"}, "parameters": {"type": "object"}}, ["name", "parameters"]),
                     "label": LOCALIZED, "value": {"type": "number", "minimum": 0},
                     "type": {"enum": enum(os.path.join(RULES, "MeasureType.java"))}, "unit": LOCALIZED})
ITEM = obj({"code": CODE, "title": LOCALIZED, "kind": e("CriterionKind", None),
            "depth": {"type": "integer", "minimum": 0}, "maxPoints": POINTS, "awarded": POINTS,
            "source": {"enum": enum(os.path.join(RULES, "FigureSource.java"))}, "claimed": POINTS,
            "claimComparison": {"enum": enum(os.path.join(RULES, "ClaimComparison.java"))},
            "rule": LOCALIZED, "measures": {"type": "array", "items": {"$ref": "#/$defs/measureValue"}},
            "lost": {"type": "array", "items": obj({"points": POINTS, "reason": LOCALIZED,
                                                    "reasonCode": {"type": "string"},
                                                    "measures": {"type": "array", "items": {"$ref": "#/$defs/measureValue"}}},
                                                   ["points", "reason", "measures"])}},
           ["code", "title", "kind", "depth", "maxPoints", "awarded", "source", "claimComparison",
            "measures", "lost"])
DIMENSION = obj({"code": CODE, "title": LOCALIZED, "score": POINTS, "applicableMax": POINTS,
                 "maxPoints": POINTS, "weight": {"type": "number", "exclusiveMinimum": 0},
                 "contribution": {"type": "number", "minimum": 0}},
                ["code", "title", "score", "applicableMax", "maxPoints", "contribution"])
REPORT = obj({
    "unit": {"$ref": "#/$defs/unit"}, "standardId": STANDARD_ID, "standardVersion": STANDARD_VERSION,
    "year": {"type": "integer", "minimum": 2000, "maximum": 2100},
    "notApplicableMode": e("NotApplicableMode", None),
    "items": {"type": "array", "items": {"$ref": "#/$defs/item"}},
    "dimensions": {"type": "array", "items": {"$ref": "#/$defs/dimension"}},
    "composite": {"type": "number", "minimum": 0}, "bonus": POINTS, "total": POINTS,
    "roundedTotal": POINTS, "nominalMax": POINTS, "maximumTotal": POINTS, "rating": e("Rating", None),
    "vetoes": {"type": "array", "items": obj({"code": CODE, "reason": LOCALIZED,
                                              "effect": e("VetoEffect", "rule"),
                                              "measures": {"type": "array", "items": {"$ref": "#/$defs/measureValue"}}},
                                             ["reason", "measures"])},
    "eligibility": obj({"eligible": {"type": "boolean"}, "threshold": POINTS,
                        "reasons": {"type": "array", "items": LOCALIZED}}),
    "claimedSum": POINTS,
    "gaps": {"type": "array", "items": obj({"code": CODE, "title": LOCALIZED, "lost": POINTS})},
    "warnings": {"type": "array", "items": {"$ref": "#/$defs/problem"}}})

report = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": BASE + "score-report-1.schema.json",
    "title": "Score report (评分报告), format version 1",
    "description": "One scored self-assessment: every line with its points, rule, measure values and "
                   "reasons for lost points; subtotals; bonus; vetoes; the total rounded once; rating; eligibility.",
    **obj({"kind": {"const": "score-report"}, "formatVersion": {"const": 1}, "report": {"$ref": "#/$defs/report"}}),
    "$defs": {"report": REPORT, "unit": UNIT, "item": ITEM, "dimension": DIMENSION,
              "measureValue": MEASURE_VALUE, "problem": PROBLEM,
              "localizedText": obj({"zh": text(2000), "en": text(2000)})},
}

for name, schema in (("self-assessment-1.schema.json", assessment), ("score-report-1.schema.json", report)):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
