"""Writes the bundled sample self-assessments (fictional units). Run: python3 tools/generate_samples.py"""
import json, os
OUT=os.path.join(os.path.dirname(os.path.abspath(__file__)),"..","standards-json/src/main/resources/io/github/ggw/standards/json/")+"/"
Y=2022
def d(m,day=15): return f"{Y}-{m:02d}-{day:02d}"
def org(chair=True, members=9, elders=6, office=True, room=True, funding=6000, plan=True):
    return {"type":"organisation","chairIsUnitHead":chair,"members":members,"workingTeamElders":elders,"hasOffice":office,"hasActivityRoom":room,"annualFundingYuan":funding,"inAnnualPlan":plan}
def elders(core, backbone, participant, retired):
    out=[]; n=0
    for tier,count in (("CORE",core),("BACKBONE",backbone),("PARTICIPANT",participant)):
        for i in range(count):
            n+=1
            out.append({"type":"elder","elder":f"E{n:02d}","category":"TEACHER" if n<=retired else "VETERAN","tier":tier,"retiredTeacher":n<=retired,"joined":"2019-09-01"})
    return out
def trainings(n):
    return [{"type":"training","kind":"TRAINING" if i%2 else "STUDY","date":d(2+i),"hours":2,"attendees":12,"topic":"学习关心下一代工作重要指示精神"} for i in range(n)]
def act(kind, level="SCHOOL", award="NONE", month=4, participants=60, title="主题教育活动"):
    return {"type":"activity","kind":kind,"date":d(month),"level":level,"participants":participants,"award":award,"title":title}
def carrier(kind, sessions): return {"type":"care-carrier","kind":kind,"activeFrom":"2020-09-01","sessionsHeld":sessions}
def diff(kind,n): return {"type":"difficulty-support","kind":kind,"pupilsSupported":n}
def vuln(kind,n): return {"type":"vulnerability-support","kind":kind,"youthsHelped":n}
def mentor(kind,n): return {"type":"mentoring","kind":kind,"count":n,"since":"2021-09-01"}
def research(n): return [{"type":"research","kind":"SURVEY_REPORT" if i==0 else "PROPOSAL","date":d(6+i),"title":"青少年思想状况调研"} for i in range(n)]
def publicity(n): return {"type":"publicity","kind":"NEWSLETTER_ISSUE","date":d(11),"count":n}
def docs(plan=True, summary=True, minutes=4):
    out=[]
    if plan: out.append({"type":"document","kind":"PLAN","title":"关工委年度工作计划","date":d(1,20),"sha256":""})
    if summary: out.append({"type":"document","kind":"SUMMARY","title":"关工委年度工作总结","date":d(12,20),"sha256":""})
    for i in range(minutes): out.append({"type":"document","kind":"MINUTES","title":"关工委会议记录","date":d(2+2*i,10),"sha256":""})
    return out
def desig(kind, level, doc): return {"type":"designation","kind":kind,"level":level,"conferredOn":"2021-12-20","documentNumber":doc}
def incident(kind, raised="UNIT"): return {"type":"incident","kind":kind,"date":d(5,8),"raisedBy":raised,"description":"校内活动发生学生受伤事故，已按规定上报"}
def assessment(uid, name, utype, district, evidence, claims):
    return {"kind":"self-assessment","formatVersion":1,
            "unit":{"id":uid,"name":name,"type":utype,"district":district},
            "standardId":"changzhou-quality-basic","standardVersion":"2021.1","year":Y,
            "evidence":evidence,
            "claims":[{"code":c,"points":p,"narrative":n} for c,p,n in claims]}
def cl(pairs):  # pairs of (code, points) -> claims with a short narrative
    return [(c,p,"见佐证材料" if p else "") for c,p in pairs]
FOUR=["SPEECH_CONTEST","READING_ESSAY","RECITATION","SHORT_VIDEO"]
samples={}

# 1 excellent primary (Wujin 320412)
ev=[org()]+elders(3,3,3,8)+trainings(4)
ev+=[act(k, level="DISTRICT", award="THIRD_PRIZE" if i<3 else "NONE", month=3+i) for i,k in enumerate(FOUR)]
ev+=[act("RECITATION", level="CITY", award="FIRST_PRIZE", month=9, title="颂时代楷模朗诵比赛")]
ev+=[act("CAMPUS_VISIT", month=m, title="劳模进校园") for m in (4,5)]+[act("CULTURE_ACTION", month=6, title="文化塑造未来"), act("CAMPUS_VISIT", month=10, title="消防战士进校园")]
ev+=[carrier("TALK_ROOM",6),carrier("BUDDY_PAIRING",4),carrier("CARE_SHOP",2)]
ev+=[diff("LEARNING",6),diff("FAMILY_ECONOMIC",3),vuln("BEREAVED",2),mentor("BLUE_GREEN_PAIR",6),mentor("TEACHER_STUDIO",1)]
ev+=research(2)+[publicity(4)]+docs(minutes=4)
ev+=[desig("ADVANCED_COLLECTIVE","PROVINCE","苏关工委〔2021〕12号"),desig("REGULARISATION_QUALIFIED","CITY","常教关委〔2020〕3号")]
claims=cl([("1.1",4),("1.2",4),("1.3",4),("1.4.1",2),("1.4.2",2),("1.5",4),("2.1",8),("2.2",4),("2.3",4),("2.4",4),
 ("3.1",3.5),("3.2",4),("3.3",4),("3.4",4),("3.5",4),("4.1",5),("4.2",5),("4.3",5),("4.4",5),
 ("5.1",5),("5.2",4),("5.3",5),("5.4",4),("B1",2),("B2",1)])
samples["01-excellent-primary.json"]=assessment("WJ-PS-001","武进区星河实验小学（虚构）","PRIMARY","320412",ev,claims)

# 2 failing junior secondary (Tianning 320402)
ev=[org(chair=False, members=4, elders=2, office=True, room=False, funding=1000, plan=False)]+elders(0,1,2,1)+trainings(1)
ev+=[act("SPEECH_CONTEST", month=5)]+[carrier("TALK_ROOM",3)]+[mentor("BLUE_GREEN_PAIR",1)]+[publicity(1)]+docs(plan=True, summary=False, minutes=1)
claims=cl([("1.1",0),("1.2",0),("1.3",1.5),("1.4.1",0),("1.4.2",0),("1.5",1),("2.1",2),("2.2",0),("2.3",0),("2.4",1.5),
 ("3.1",1),("3.2",1),("3.3",0),("3.4",0),("3.5",2),("4.1",0),("4.2",1),("4.3",0),("4.4",1.5),
 ("5.1",0),("5.2",1),("5.3",1.5),("5.4",1),("B1",0),("B2",0)])
samples["02-failing-junior.json"]=assessment("TN-JS-014","天宁区青枫初级中学（虚构）","JUNIOR_SECONDARY","320402",ev,claims)

# 3 vetoed primary (Zhonglou 320404): high points, one safety incident
ev=[org()]+elders(3,2,2,7)+trainings(5)
ev+=[act(k, level="DISTRICT", award="SECOND_PRIZE" if i<3 else "NONE", month=3+i) for i,k in enumerate(FOUR)]
ev+=[act("CAMPUS_VISIT", month=m, title="法官进校园") for m in (4,5,6,9)]
ev+=[carrier("TALK_ROOM",5),carrier("BUDDY_PAIRING",5),carrier("CARE_SHOP",1)]
ev+=[diff("BEHAVIOURAL_PSYCHOLOGICAL",4),vuln("UNSUPERVISED",1),mentor("BLUE_GREEN_PAIR",5),mentor("PRINCIPAL_STUDIO",1)]
ev+=research(2)+[publicity(6)]+docs(minutes=5)+[incident("SAFETY_INCIDENT")]
claims=cl([("1.1",4),("1.2",4),("1.3",4),("1.4.1",2),("1.4.2",2),("1.5",4),("2.1",8),("2.2",4),("2.3",4),("2.4",3.5),
 ("3.1",4),("3.2",4),("3.3",4),("3.4",4),("3.5",4),("4.1",5),("4.2",4),("4.3",5),("4.4",4.5),
 ("5.1",5),("5.2",5),("5.3",5),("5.4",4),("B1",0),("B2",0)])
samples["03-vetoed-primary.json"]=assessment("ZL-PS-007","钟楼区梧桐小学（虚构）","PRIMARY","320404",ev,claims)

# 4 kindergarten on a band boundary (Xinbei 320411); 2.1 and 3.4 not applicable
ev=[org(funding=5000)]+elders(2,3,3,8)+trainings(4)
ev+=[act("LECTURE", level="DISTRICT", award="THIRD_PRIZE", month=4, title="老少同台讲故事"), act("CAMPUS_VISIT", month=5, title="消防战士进校园"),
     act("CAMPUS_VISIT", month=6, title="劳模进校园"), act("CULTURE_ACTION", month=10, title="文化塑造未来")]
ev+=[carrier("TALK_ROOM",3),carrier("BUDDY_PAIRING",2)]+[diff("FAMILY_ECONOMIC",2),mentor("BLUE_GREEN_PAIR",1)]
ev+=research(2)+[publicity(5)]+docs(minutes=3)
claims=cl([("1.1",4),("1.2",4),("1.3",4),("1.4.1",2),("1.4.2",2),("1.5",4),("2.2",2),("2.3",3),("2.4",2),
 ("3.1",3),("3.2",2.5),("3.3",2.5),("3.5",2),("4.1",3.5),("4.2",5),("4.3",0),("4.4",5),
 ("5.1",5),("5.2",5),("5.3",4.5),("5.4",5),("B1",0),("B2",0)])
samples["04-boundary-kindergarten.json"]=assessment("XB-KG-003","新北区春芽幼儿园（虚构）","KINDERGARTEN","320411",ev,claims)

# 5 vocational school claiming more than its evidence supports (Jintan 320413); 2.1 not applicable
ev=[org(elders=4, funding=3000)]+elders(1,2,2,3)+trainings(2)
ev+=[act("LECTURE", level="DISTRICT", award="THIRD_PRIZE", month=5, title="工匠进校园宣讲"), act("CAMPUS_VISIT", month=6, title="工匠进校园")]
ev+=[carrier("TALK_ROOM",4),carrier("BUDDY_PAIRING",2)]+[diff("FAMILY_ECONOMIC",5),vuln("OUT_OF_SCHOOL",1),mentor("BLUE_GREEN_PAIR",3)]
ev+=research(1)+[publicity(2)]+docs(minutes=2)
claims=cl([("1.1",4),("1.2",4),("1.3",4),("1.4.1",2),("1.4.2",2),("1.5",4),("2.2",4),("2.3",4),("2.4",3.5),
 ("3.1",3.5),("3.2",4),("3.3",4),("3.4",4),("3.5",4),("4.1",5),("4.2",5),("4.3",5),("4.4",4),
 ("5.1",5),("5.2",5),("5.3",5),("5.4",4),("B1",0),("B2",0)])
samples["05-overclaim-vocational.json"]=assessment("JT-VS-002","金坛区江南职业学校（虚构）","VOCATIONAL","320413",ev,claims)

# 6 good senior secondary, key indicator 1.1 not met, one piece of evidence from the year before (Liyang 320481)
ev=[org(chair=False)]+elders(2,3,4,6)+trainings(4)
ev+=[act(k, level="DISTRICT", award="THIRD_PRIZE" if i<2 else "NONE", month=3+i) for i,k in enumerate(FOUR[:3])]
ev+=[act("CAMPUS_VISIT", month=m, title="人民代表进校园") for m in (4,5,6,9)]
ev+=[carrier("TALK_ROOM",6),carrier("BUDDY_PAIRING",3),carrier("CARE_SHOP",1)]
ev+=[diff("LEARNING",5),vuln("UNSUPERVISED",2),mentor("BLUE_GREEN_PAIR",4)]
ev+=research(1)+[publicity(3)]+docs(minutes=4)
ev+=[{"type":"research","kind":"PROPOSAL","date":"2021-12-10","title":"2021年建言献策"}]
claims=cl([("1.1",0),("1.2",4),("1.3",4),("1.4.1",2),("1.4.2",2),("1.5",4),("2.1",6),("2.2",2),("2.3",4),("2.4",3),
 ("3.1",3.5),("3.2",4),("3.3",4),("3.4",4),("3.5",3),("4.1",3.5),("4.2",4),("4.3",0),("4.4",4),
 ("5.1",3),("5.2",3),("5.3",5),("5.4",4),("B1",0),("B2",0)])
samples["06-good-senior.json"]=assessment("LY-SS-021","溧阳市天目湖高级中学（虚构）","SENIOR_SECONDARY","320481",ev,claims)

os.makedirs(OUT+"samples",exist_ok=True)
for n,s in samples.items():
    open(OUT+"samples/"+n,"w",encoding="utf-8").write(json.dumps(s,ensure_ascii=False,indent=2)+"\n")
open(OUT+"samples/index.txt","w").write("# The bundled valid sample self-assessments, scored by 'standards score' with no arguments.\n"+"\n".join(samples)+"\n")

# invalid: several claim problems at once (kept apart from the default set)
bad=json.loads(json.dumps(samples["01-excellent-primary.json"]))
bad["unit"]={"id":"WJ-PS-099","name":"武进区错填小学（虚构）","type":"PRIMARY","district":"320412"}
bad["claims"]=[c for c in bad["claims"] if c["code"]!="1.5"]          # 1.5 missing
for c in bad["claims"]:
    if c["code"]=="1.3": c["points"]=4.5                              # above max 4
    if c["code"]=="2.4": c["points"]=1.25                             # off the 0.5 step
bad["claims"].append({"code":"9.9","points":1,"narrative":"不存在的指标"})  # unknown code
bad["claims"].append({"code":"3.2","points":4,"narrative":"重复填报"})     # duplicate
open(OUT+"samples-invalid/invalid-claims.json","w",encoding="utf-8").write(json.dumps(bad,ensure_ascii=False,indent=2)+"\n")
