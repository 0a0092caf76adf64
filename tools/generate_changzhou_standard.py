"""Prints the bundled, MODELLED Changzhou reference standard as JSON.
Run: python3 tools/generate_changzhou_standard.py > standards-json/src/main/resources/io/github/ggw/standards/json/reference/standards/changzhou-quality-basic-2021.1.json"""
import json
SEED="《2020年常州市武进区教育局关工委工作要点》"
STD="《常州市中小学（幼儿园）关工委优质化建设基本标准》（模拟）"
def src(clause, note="", doc=SEED, status="MODELLED"):
    return {"document": doc, "clause": clause, "status": status, "note": note}
NOTE="Points and rule modelled on the public pattern of the city basic standard; the official sheet is not public."
def m(name, **params):
    d={"name": name}
    if params: d["parameters"]=params
    return d
def aon(measure, bound=1, cmp="AT_LEAST"):
    return {"type":"all-or-nothing","condition":{"measure":measure,"comparison":cmp,"bound":bound}}
def ladder(measure, rungs):
    return {"type":"threshold-ladder","measure":measure,"rungs":[{"atLeast":a,"points":p} for a,p in rungs]}
def per(measure, each):
    return {"type":"per-occurrence","measure":measure,"pointsEach":each}
def judge(step=0.5):
    return {"type":"judgement","step":step}
def leaf(code, zh, en, req_zh, req_en, pts, rule, clause, kind=None, na=None):
    d={"code":code,"title":{"zh":zh,"en":en},"requirement":{"zh":req_zh,"en":req_en},"maxPoints":pts,"rule":rule,"source":src(clause, NOTE)}
    if kind: d["kind"]=kind
    if na: d["notApplicableTo"]=na
    return d
def node(code, zh, en, pts, children, clause, weight=None):
    d={"code":code,"title":{"zh":zh,"en":en},"maxPoints":pts,"source":src(clause, NOTE),"children":children}
    if weight is not None: d["weight"]=weight
    return d
FOUR=["SPEECH_CONTEST","READING_ESSAY","RECITATION","SHORT_VIDEO"]
dims=[
 node("1","组织领导","Organisation and leadership",20,[
   leaf("1.1","主要领导任关工委主任","Chair is the unit head","学校党组织或行政主要领导担任关工委主任","The party or administrative head of the unit chairs the committee",4,aon(m("organisation.chairIsUnitHead")),"§一.2",kind="KEY"),
   leaf("1.2","纳入学校年度计划","In the annual plan","关工委工作纳入学校年度工作计划，制定五年行动计划并逐年落实","Committee work is in the unit's annual plan; the five-year action plan is carried out year by year",4,aon(m("organisation.inAnnualPlan")),"§一.4"),
   leaf("1.3","工作团队","Working team","工作团队五老人数：6人及以上得4分，4至5人得3分，2至3人得1.5分","Elders in the working team: 6 or more earn 4, 4 to 5 earn 3, 2 to 3 earn 1.5",4,ladder(m("organisation.workingTeamElders"),[(6,4),(4,3),(2,1.5)]),"§一.2, §二.3"),
   node("1.4","阵地与经费","Premises and funding",4,[
     leaf("1.4.1","办公室与活动室","Office and activity room","有固定的办公室和活动室","A fixed office and activity room",2,aon(m("organisation.hasOfficeAndRoom")),"§四"),
     leaf("1.4.2","年度经费","Annual funding","年度经费5000元及以上得2分，2000元及以上得1分","Annual funding of 5,000 yuan or more earns 2, 2,000 or more earns 1",2,ladder(m("organisation.fundingYuan"),[(5000,2),(2000,1)]),"§四"),
   ],"§四"),
   leaf("1.5","学习培训","Study and training","每举办一次学习或培训得1分，最高4分","1 point per study or training session, at most 4",4,per(m("trainings.count"),1),"§一.1–3, §四.1"),
 ],"§一", weight=20),
 node("2","思想道德教育","Moral education",20,[
   leaf("2.1","四项主题教育活动","The four themed activities","开展“梦圆小康”演讲、读书征文、朗诵、科技短视频四项活动，每开展一项得2分","Each of the four themed activities held (speech, reading essay, recitation, short video) earns 2",8,per(m("activities.distinctKinds",activityKinds=FOUR),2),"§二.1",na=["KINDERGARTEN","VOCATIONAL"]),
   leaf("2.2","区级及以上获奖","Awards at district level or above","区级及以上三等奖及以上获奖：3项及以上得4分，1至2项得2分","Awards of third prize or better at district level or above: 3 or more earn 4, 1 to 2 earn 2",4,ladder(m("activities.count",minLevel="DISTRICT",minAward="THIRD_PRIZE"),[(3,4),(1,2)]),"§二.1–2"),
   leaf("2.3","文化塑造未来与进校园","Culture action and campus visits","“文化塑造未来”行动及各类“进校园”活动，每次1分，最高4分","1 point per culture action or campus visit, at most 4",4,per(m("activities.count",activityKinds=["CAMPUS_VISIT","CULTURE_ACTION"]),1),"§二.4, §三.2"),
   leaf("2.4","精品教育项目","Flagship education projects","五老宣讲出精品、出成果，选送精品教育项目（酌情评分）","Elders' lectures of quality; flagship projects submitted (judgement)",4,judge(),"§二.3"),
 ],"§二", weight=25),
 node("3","关爱帮扶","Care and support",20,[
   leaf("3.1","需求菜单与资源菜单对接","Needs and resources matched","更新“需求菜单”“资源菜单”并做好对接（酌情评分）","Needs and resource menus kept current and matched (judgement)",4,judge(),"§三.1"),
   leaf("3.2","关爱载体","Care carriers","谈心屋、爱心结对、关爱超市：3类得4分，2类得2.5分，1类得1分","Talk room, buddy pairing, care shop: 3 kinds earn 4, 2 earn 2.5, 1 earns 1",4,ladder(m("careCarriers.count"),[(3,4),(2,2.5),(1,1)]),"§三.3"),
   leaf("3.3","三困生帮教","Support for pupils in difficulty","扣分制：无三困生帮教记录扣2分；关爱载体活动少于8次，每少1次扣0.5分，扣完为止","Deduction: no support record deducts 2; fewer than 8 care carrier sessions deducts 0.5 for each missing, floor 0",4,{"type":"deduction","deficiencies":[
      {"code":"D1","reason":{"zh":"无三困生帮教记录","en":"no support of pupils in difficulty recorded"},"measure":m("support.pupils"),"comparison":"AT_LEAST","bound":1,"pointsEach":2},
      {"code":"D2","reason":{"zh":"关爱载体活动不足8次","en":"fewer than 8 care carrier sessions"},"measure":m("careCarriers.sessions"),"comparison":"AT_LEAST","bound":8,"pointsEach":0.5}]},"§三.3"),
   leaf("3.4","五失青少年帮扶","Help for the five-lost youth","做好失足、失管、失学、失教、失亲青少年帮扶工作","Help offending, unsupervised, out-of-school, neglected and bereaved youth",4,aon(m("support.vulnerableYouths")),"§三.4",na=["KINDERGARTEN"]),
   leaf("3.5","青蓝工程","Blue-green mentoring","青蓝工程结对：5对及以上得4分，3至4对得3分，1至2对得2分","Blue-green pairs: 5 or more earn 4, 3 to 4 earn 3, 1 to 2 earn 2",4,ladder(m("mentoring.count",mentoringKinds=["BLUE_GREEN_PAIR"]),[(5,4),(3,3),(1,2)]),"§三.3"),
 ],"§三", weight=25),
 node("4","队伍建设","Team building",20,[
   leaf("4.1","核心层","Core tier","核心层五老：3人及以上得5分，2人得3.5分，1人得2分","Core-tier elders: 3 or more earn 5, 2 earn 3.5, 1 earns 2",5,ladder(m("elders.count",tiers=["CORE"]),[(3,5),(2,3.5),(1,2)]),"§四.2"),
   leaf("4.2","退休教师参与","Retired teachers taking part","在册退休教师：8人及以上得5分，5人及以上得4分，3人及以上得2.5分，1人及以上得1分","Retired teachers on the roster: 8 or more earn 5, 5 earn 4, 3 earn 2.5, 1 earns 1",5,ladder(m("elders.retiredTeachers"),[(8,5),(5,4),(3,2.5),(1,1)]),"§四.2"),
   leaf("4.3","名校长名教师工作室","Studios of renowned principals and teachers","建立名校长或名教师工作室","A studio of a renowned principal or teacher is set up",5,aon(m("mentoring.count",mentoringKinds=["PRINCIPAL_STUDIO","TEACHER_STUDIO"])),"§三.2"),
   leaf("4.4","三层队伍建设","Three-tier team","提升核心层、巩固骨干层、扩大参与层（酌情评分）","Core raised, backbone consolidated, participants widened (judgement)",5,judge(),"§四.2"),
 ],"§四.2", weight=15),
 node("5","调研宣传与创新","Research, publicity and innovation",20,[
   leaf("5.1","调查研究","Research","调研报告或建言献策：2项及以上得5分，1项得3分","Survey reports or proposals: 2 or more earn 5, 1 earns 3",5,ladder(m("research.count"),[(2,5),(1,3)]),"§四.1"),
   leaf("5.2","舆论宣传","Publicity","《工作简报》及工作动态报道，每期（篇）1分，最高5分","1 point per newsletter issue or news report, at most 5",5,per(m("publicity.count"),1),"§四.3"),
   leaf("5.3","工作档案","Records","扣分制：无年度计划扣2分，无年度总结扣2分，会议记录少于4次每少1次扣0.5分","Deduction: no annual plan deducts 2, no annual summary deducts 2, fewer than 4 minutes deducts 0.5 for each missing",5,{"type":"deduction","deficiencies":[
      {"code":"D1","reason":{"zh":"无年度工作计划","en":"no annual work plan"},"measure":m("documents.count",documentKinds=["PLAN"]),"comparison":"AT_LEAST","bound":1,"pointsEach":2},
      {"code":"D2","reason":{"zh":"无年度工作总结","en":"no annual summary"},"measure":m("documents.count",documentKinds=["SUMMARY"]),"comparison":"AT_LEAST","bound":1,"pointsEach":2},
      {"code":"D3","reason":{"zh":"会议记录不足4次","en":"fewer than 4 minutes"},"measure":m("documents.count",documentKinds=["MINUTES"]),"comparison":"AT_LEAST","bound":4,"pointsEach":0.5}]},"§四"),
   leaf("5.4","创新特色","Innovation","结合学校特点创新工作思路（酌情评分）","New ways of working that fit the school (judgement)",5,judge(),"§三.3, §四"),
 ],"§四.1, §四.3", weight=15),
 leaf("B1","省级及以上先进集体","Provincial advanced collective","获省级及以上关心下一代工作先进集体称号加2分","A provincial or higher advanced-collective title adds 2",2,aon(m("designations.count",designationKinds=["ADVANCED_COLLECTIVE"],minLevel="PROVINCE")),"bonus: a provincial title adds points (pattern)",kind="BONUS"),
 leaf("B2","市级及以上一等奖","First prizes at city level or above","市级及以上一等奖每项加1分，最高2分","1 per first prize at city level or above, at most 2",2,per(m("activities.count",minLevel="CITY",minAward="FIRST_PRIZE"),1),"§二.1",kind="BONUS"),
 leaf("V1","安全责任事故或严重违纪","Safety incident or serious violation","发生安全责任事故或严重违纪违规，一票否决","A safety incident or serious violation vetoes",0,{"type":"veto","triggeredWhen":{"measure":m("incidents.count",incidentKinds=["SAFETY_INCIDENT","SERIOUS_VIOLATION"]),"comparison":"AT_LEAST","bound":1}},"vetoes (一票否决)",kind="VETO"),
 leaf("V2","弄虚作假","Concealment","材料弄虚作假或瞒报，一票否决","Falsified material or concealment vetoes",0,{"type":"veto","triggeredWhen":{"measure":m("incidents.count",incidentKinds=["CONCEALMENT"]),"comparison":"AT_LEAST","bound":1}},"vetoes (一票否决)",kind="VETO"),
]
for d in dims:
    if d["code"].startswith("B") or d["code"].startswith("V"):
        d["source"]["document"]="docs/scoring.md (modelled)"
std={"kind":"standard","formatVersion":1,"id":"changzhou-quality-basic","version":"2021.1",
 "title":{"zh":"常州市中小学（幼儿园）关工委优质化建设基本标准（模拟评分表）","en":"Changzhou basic standard for the quality building of school youth-care committees (modelled sheet)"},
 "issuer":{"zh":"常州市教育局关工委（模拟）","en":"Changzhou Education Bureau youth-care committee (modelled)"},
 "effectiveFrom":"2021-01-01","validUntil":"2024-12-31",
 "applicableUnitTypes":["KINDERGARTEN","PRIMARY","JUNIOR_SECONDARY","SENIOR_SECONDARY","VOCATIONAL"],
 "precision":0.1,"rounding":"HALF_UP","claimStep":0.5,"notApplicableMode":"RESCALE",
 "bonusCap":3,"certificationThreshold":90,
 "ratingBands":[{"rating":"FAIL","lowerBound":0},{"rating":"PASS","lowerBound":60},{"rating":"GOOD","lowerBound":75},{"rating":"EXCELLENT","lowerBound":90}],
 "source":src("whole sheet","MODELLED: the official text of the Changzhou basic standard is not public. This sheet follows the public pattern (five 20-point blocks, weighted composite, bonus, veto, self-score of 90 to apply) and the clauses of the Wujin 2020 work points; every point value is modelled. Swap in the official sheet as data.",doc=STD),
 "dimensions":dims}
print(json.dumps(std,ensure_ascii=False,indent=2))
