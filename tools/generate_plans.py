"""Writes the bundled planning data. Run: python3 tools/generate_plans.py

- plans/wujin-work-points-2020.json: the Wujin district education bureau's 2020 work points (the
  seed), every section and every numbered item (4, 4, 4 and 3 items), in the project's own words,
  with the seed's quoted programme names and each item's clause as source. The indicators each item
  serves are the project's mapping onto the modelled Changzhou sheet 2021.1.
- plans/wujin-action-plan-2020-2024.json: a MODELLED five-year action plan (seed §一.4 asks for it;
  the district's plan is not public).
"""
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                   "standards-json/src/main/resources/io/github/ggw/standards/json/reference/plans") + "/"
DOC = "《2020年常州市武进区教育局关工委工作要点》"
ITEM_NOTE = "Summary in the project's own words; programme names quoted from the source; the indicators served are the project's mapping onto the modelled Changzhou sheet 2021.1."

def t(zh, en): return {"zh": zh, "en": en}
def prog(kind, zh, en): return {"kind": kind, "title": t(zh, en)}
def src(clause, status="OFFICIAL", note=ITEM_NOTE, doc=DOC):
    return {"document": doc, "clause": clause, "status": status, "note": note}

NUM = "一二三四"
def item(sec, n, typ, zh, en, indicators, programmes=()):
    return {"number": n, "type": typ, "title": t(zh, en), "programmes": list(programmes),
            "indicators": indicators, "source": src(f"§{NUM[sec-1]}.{n}")}

sections = [
  {"number": 1, "title": t("提高政治站位，扎实推进关工委优质化建设", "Raise political standing and push quality building forward"),
   "items": [
     item(1, 1, "STUDY", "学习十九届四中全会精神和关心下一代工作重要指示，贯彻《新时代爱国主义教育实施纲要》，学以致用",
          "Study the Fourth Plenum and the instructions on work for the next generation, implement the Outline for Patriotic Education in the New Era, and turn study into measures",
          ["1.5"]),
     item(1, 2, "ORGANISATION", "抓好领导班子建设，随人事变动及时调整组织机构，分层次培训工作团队和骨干",
          "Build the leadership, adjust the committee's structure as staff change, and train the working team and backbone members at several levels",
          ["1.1", "1.3", "1.5"]),
     item(1, 3, "TRAINING", "组织新成员学习市局关工委编印的《关工委工作重要文件汇编》，熟悉关工委业务",
          "Have new members study the city committee's Compilation of Key Documents and learn the committee's work",
          ["1.5"]),
     item(1, 4, "ORGANISATION", "学习市局推进优质化建设的意见和基本标准，制定2020—2024五年行动计划，细化目标、逐年落实、分阶段考核",
          "Study the city bureau's opinions and basic standard for quality building and draw up the five-year action plan 2020-2024: refine the targets, carry them out year by year, assess them in stages",
          ["1.2", "5.3"]),
   ]},
  {"number": 2, "title": t("加强思想道德建设，开展社会主义核心价值观教育", "Strengthen moral education in the core socialist values"),
   "preamble": t("继续开展系列教育实践活动，帮助青少年扣好人生第一粒扣子；结合省、市要点开展以下活动",
                 "Continue the series of educational practice so that young people fasten the first button of life right; the activities below follow the provincial and city work points"),
   "programmes": [prog("THEMED_CAMPAIGN", "“爱学习，爱劳动，爱祖国——老少共筑中国梦”系列教育实践活动",
                       "Series: love learning, love labour, love the motherland - old and young build the Chinese dream")],
   "items": [
     item(2, 1, "THEMED_ACTIVITY", "按省教育关工委要求开展主题教育活动，含四项比赛与征文",
          "Hold the provincial theme education activity with its four competitions", ["2.1", "2.2", "B2"],
          [prog("THEMED_CAMPAIGN", "“爱党爱国爱学习，立德立行共圆中国梦”主题教育活动", "Theme education: love the Party, the country and learning"),
           prog("THEMED_COMPETITION", "“梦圆小康”老少同台演讲比赛", "Speech contest, old and young on one stage: the dream of moderate prosperity"),
           prog("THEMED_COMPETITION", "“小康大美”和“小康之路”读书征文活动", "Reading essays: the beauty and the road of moderate prosperity"),
           prog("THEMED_COMPETITION", "“颂时代楷模、赞中国精神”老少同台讲中国故事朗诵比赛", "Recitation contest: praising the models of the times and the Chinese spirit"),
           prog("THEMED_COMPETITION", "“我的中国梦”中小学校园科技短视频创作比赛", "Short science video contest for schools: my Chinese dream")]),
     item(2, 2, "THEMED_ACTIVITY", "结合新冠肺炎防控宣传制度优势与团结精神，引导青少年坚定“四个自信”，参加省、市演讲比赛相关活动",
          "Use the fight against COVID-19 to show the strengths of the system and the nation's unity, build pupils' four confidences, and join the provincial and city speech contest",
          ["2.1", "2.2"],
          [prog("THEMED_COMPETITION", "“梦圆小康”老少同台演讲比赛", "Speech contest, old and young on one stage: the dream of moderate prosperity")]),
     item(2, 3, "TEAM_BUILDING", "充实“五老”队伍，了解青少年思想与需求，打磨讲课精品，选送优秀项目参加省级案例评选",
          "Enlarge the five elders' team, learn what young people think and need, polish the lectures, and enter good projects in the provincial case selection",
          ["1.3", "2.4", "4.2"],
          [prog("CASE_SELECTION", "社会主义核心价值观“精品教育项目”案例评选", "Selection of flagship education projects in the core socialist values")]),
     item(2, 4, "THEMED_ACTIVITY", "参加市关工委启动的行动计划，借助本地人文资源以红色、传统和先进文化育人",
          "Join the city committee's action plan and educate through revolutionary, traditional and advanced culture with local resources",
          ["2.3"],
          [prog("THEMED_CAMPAIGN", "“文化塑造未来”行动计划", "Action plan: culture shapes the future")]),
   ]},
  {"number": 3, "title": t("落实立德树人根本任务，助力青少年健康成长", "Foster virtue through education and help young people grow up healthy"),
   "preamble": t("用好关工委各工作平台，为青少年学生和青年教职工做好事、办实事、解难事",
                 "Use every platform of the committee to do good and practical things for pupils and young staff and to solve their difficulties"),
   "items": [
     item(3, 1, "CARE_CARRIER", "更新学生和青年教职工的需求菜单、退休教师队伍的资源菜单，做好两个菜单的对接",
          "Keep the needs menu of pupils and young staff and the resource menu of retired teachers up to date, and match the two",
          ["3.1"],
          [prog("SERVICE_MENU", "“需求菜单”", "Needs menu"), prog("SERVICE_MENU", "“资源菜单”", "Resource menu")]),
     item(3, 2, "MENTORING", "推进院士回母校、工匠进校园、名校长下乡，建好名校长和名教师工作室，拓展校外与校友资源开展进校园活动",
          "Continue academicians' visits, craftsmen on campus and renowned principals in the countryside; run the studios of renowned principals and teachers; widen outside and alumni resources for campus visits",
          ["2.3", "4.3"],
          [prog("CAMPUS_VISIT", "院士回母校", "Academicians back to their old schools"),
           prog("CAMPUS_VISIT", "“工匠”进校园", "Craftsmen on campus"),
           prog("CAMPUS_VISIT", "名校长下乡", "Renowned principals in the countryside"),
           prog("STUDIO", "“名校长工作室”", "Studio of a renowned principal"),
           prog("STUDIO", "“名教师工作室”", "Studio of a renowned teacher"),
           prog("CAMPUS_VISIT", "“抗疫英雄进校园”", "Heroes of the fight against the epidemic on campus"),
           prog("CAMPUS_VISIT", "“劳模进校园”", "Model workers on campus"),
           prog("CAMPUS_VISIT", "“人民代表进校园”", "People's deputies on campus"),
           prog("CAMPUS_VISIT", "“消防战士进校园”", "Firefighters on campus"),
           prog("CAMPUS_VISIT", "“法官进校园”", "Judges on campus")]),
     item(3, 3, "CARE_CARRIER", "借助谈心屋、爱心结对、关爱超市做好思想教育、心理咨询和三困生帮教；以青蓝工程和老教师进校园关心青年教师",
          "Through talk rooms, buddy pairing and care shops give moral education, counselling and support to pupils in difficulty; care for young teachers through the blue-green project and retired teachers on campus",
          ["3.2", "3.3", "3.5"],
          [prog("CARE_CARRIER", "“谈心屋”", "Talk room"),
           prog("CARE_CARRIER", "“爱心结对”", "Buddy pairing"),
           prog("CARE_CARRIER", "“关爱超市”", "Care shop"),
           prog("SUPPORT_CATEGORY", "“三困生”帮教", "Support of pupils with learning, behavioural or family difficulties"),
           prog("MENTORING_PROJECT", "“青蓝工程”", "Blue-green mentoring project"),
           prog("CAMPUS_VISIT", "“老教师进校园”", "Retired teachers on campus")]),
     item(3, 4, "DIFFICULTY_SUPPORT", "借脱贫攻坚决胜年为相对贫困学生送温暖，在生活、思想、情感和学业上帮扶五失青少年",
          "In the decisive year against poverty, bring warmth to pupils in relative poverty and help vulnerable young people of the five-lost categories in life, thought, feeling and study",
          ["3.4"],
          [prog("SUPPORT_CATEGORY", "失足", "Offending"), prog("SUPPORT_CATEGORY", "失管", "Unsupervised"),
           prog("SUPPORT_CATEGORY", "失学", "Out of school"), prog("SUPPORT_CATEGORY", "失教", "Neglected education"),
           prog("SUPPORT_CATEGORY", "失亲", "Bereaved")]),
   ]},
  {"number": 4, "title": t("加强关工委自身建设，不断提升工作水平", "Build up the committee itself and raise the level of its work"),
   "preamble": t("按学习型、服务型、调研型、创新型的目标改进关工委工作",
                 "Improve the committee's work towards a learning, serving, researching and innovating committee"),
   "items": [
     item(4, 1, "RESEARCH", "组织骨干学习方针政策，研究青少年思想行为特点，围绕教育热点难点开展调研、建言献策",
          "Have backbone members study the policies, study how young people think and behave, and research hot and hard issues of education to make proposals",
          ["1.5", "5.1"]),
     item(4, 2, "TEAM_BUILDING", "依托区退离休教师协会发挥老教师作用，提升核心层、巩固骨干层、扩大参与层，动员更多老教师参与",
          "Through the district retired teachers' association raise the core tier, consolidate the backbone tier, widen the participant tier, and bring more retired teachers in",
          ["4.1", "4.2", "4.4"]),
     item(4, 3, "PUBLICITY", "多渠道报道关工委工作、宣传五老精神，继续与退教协会联合办好简报",
          "Report the committee's work through many channels, publicise the five elders' spirit, and keep publishing the newsletter with the retired teachers' association",
          ["5.2"],
          [prog("NEWSLETTER", "《工作简报》", "Work Newsletter")]),
   ]},
]
work = {"kind": "work-plan", "formatVersion": 1, "year": 2020,
        "title": t("2020年常州市武进区教育局关工委工作要点", "Work points 2020 of the youth-care committee of the Wujin District Education Bureau, Changzhou"),
        "issuer": t("常州市武进区教育局关工委", "Youth-care committee of the Wujin District Education Bureau"),
        "preamble": t("以启动优质化建设为抓手，围绕社会主义核心价值观教育主线、落实立德树人根本任务，巩固和提升常态化建设水平",
                      "Start quality building and, centred on education in the core socialist values and on fostering virtue, consolidate and raise the regularised work"),
        "sections": sections,
        "source": src("whole text", note="Sections, numbered items, clause numbers and quoted programme names follow the official text; titles and preambles are the project's own summaries; the indicators served are the project's mapping onto the modelled Changzhou sheet 2021.1.")}

PLAN_NOTE = ("MODELLED: seed §一.4 asks the district to write a five-year action plan (2020-2024), refine its targets, carry them out year "
             "by year and assess them in stages, but the plan itself is not public. Phases, targets and milestones are modelled on that "
             "clause and on the city's published pattern (pilot schools named in 2021, certified in 2022). Swap in the official plan as data.")
def psrc(clause="§一.4"): return src(clause, "MODELLED", PLAN_NOTE)
def target(tid, year, metric, value, unit, comparator="AT_LEAST", band=None, unitType=None):
    d = {"id": tid, "year": year, "metric": metric}
    if unitType: d["unitType"] = unitType
    d.update({"comparator": comparator, "value": value, "unit": unit})
    if band: d["band"] = band
    d["source"] = psrc()
    return d
plan = {"kind": "action-plan", "formatVersion": 1, "id": "wujin-quality-2020-2024",
        "title": t("武进区教育关工委优质化建设五年行动计划（2020—2024）（模拟）", "Wujin five-year action plan for the quality building of school youth-care committees, 2020-2024 (modelled)"),
        "issuer": t("常州市武进区教育局关工委", "Youth-care committee of the Wujin District Education Bureau"),
        "district": "320412", "period": {"firstYear": 2020, "lastYear": 2024},
        "goal": t("到2024年，全区学校关工委普遍达到优质化建设基本标准，半数以上认定为优质化达标校",
                  "By 2024 the district's school committees generally meet the basic standard, and at least half are certified"),
        "phases": [
          {"kind": "LAUNCH", "title": t("学习标准，制定计划，部署启动", "Study the standard, write the plan, launch"), "years": {"firstYear": 2020, "lastYear": 2020}},
          {"kind": "PILOT", "title": t("试点校先行建设并参加评估", "Pilot schools build first and are assessed"), "years": {"firstYear": 2021, "lastYear": 2022}},
          {"kind": "ROLL_OUT", "title": t("全区学校全面推进", "Every school of the district takes part"), "years": {"firstYear": 2023, "lastYear": 2023}},
          {"kind": "ACCEPTANCE", "title": t("总结验收，申报认定", "Final review and applications for certification"), "years": {"firstYear": 2024, "lastYear": 2024}},
        ],
        "targets": [
          target("T2021-1", 2021, "PILOT_UNITS", 4, "UNITS"),
          target("T2021-2", 2021, "UNITS_ASSESSED", 4, "UNITS"),
          target("T2022-1", 2022, "MEAN_SCORE", 80, "POINTS"),
          target("T2022-2", 2022, "SHARE_AT_OR_ABOVE_BAND", 60, "PERCENT", band="GOOD"),
          target("T2022-3", 2022, "CERTIFIED_UNITS", 2, "UNITS"),
          target("T2023-1", 2023, "SHARE_CERTIFIED", 30, "PERCENT"),
          target("T2023-2", 2023, "SHARE_ELIGIBLE", 50, "PERCENT"),
          target("T2023-3", 2023, "SHARE_AT_OR_ABOVE_BAND", 90, "PERCENT", band="PASS", unitType="PRIMARY"),
          target("T2024-1", 2024, "SHARE_CERTIFIED", 50, "PERCENT"),
          target("T2024-2", 2024, "SHARE_AT_OR_ABOVE_BAND", 40, "PERCENT", band="EXCELLENT"),
          target("T2024-3", 2024, "MEAN_SCORE", 85, "POINTS"),
        ],
        "assessments": [
          {"year": 2022, "title": t("中期考核：达到良好（75分）", "Mid-term assessment: good (75 points)"),
           "standardId": "changzhou-quality-basic", "standardVersion": "2021.1", "threshold": 75, "source": psrc()},
          {"year": 2024, "title": t("终期验收：达到认定线（90分）", "Final assessment: the certification line (90 points)"),
           "standardId": "changzhou-quality-basic", "standardVersion": "2021.1", "threshold": 90, "source": psrc()},
        ],
        "source": src("§一.4", "MODELLED", PLAN_NOTE)}

for name, doc in (("wujin-work-points-2020.json", work), ("wujin-action-plan-2020-2024.json", plan)):
    with open(OUT + name, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
print("items per section:", [len(s["items"]) for s in sections])
