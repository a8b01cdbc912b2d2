"""Rules that must hold on any report of the genre, shown on invented sentences.

The names are invented (雪峰, 云岭, 雪岭省, 青溪 …) except the divisions of China and
rivers, which come from reference data and the tagger.  Each junk kind the review
of unseen reports found has a negative case.
"""

import pytest

from kg.pipeline import SPAN_KEY, parse_text
from kg.spans import span_name

HEADER = "2031年雪岭省政府工作报告\n各位代表：\n二、2031年工作安排\n"


def spans_in_report_of(jurisdiction: str, text: str) -> dict[str, str]:
    """The spans of ``text`` in the 2031 report of a real jurisdiction (黑龙江省, 格尔木市): what
    the rules read at home and elsewhere."""
    doc = parse_text(f"2031年{jurisdiction}政府工作报告\n各位代表：\n二、2031年工作安排\n{text}")
    return {s.text: s.label_ for s in doc.spans[SPAN_KEY] if s.start_char >= doc.text.index(text)}


def spans(text: str) -> dict[str, str]:
    doc = parse_text(HEADER + text)
    return {s.text: s.label_ for s in doc.spans[SPAN_KEY] if s.start_char >= len(HEADER)}


@pytest.mark.parametrize("sentence, surface, label", [
    # companies and bodies the tagger names, short forms included
    ("支持雪峰集团、云岭股份、青禾科技做大做强。", "青禾科技", "Enterprise"),
    ("支持雪岭大学、青峰实验室建设。", "雪岭大学", "Organization"),
    # companies listed before the kind they share, by their short forms
    ("峰禾、岭通、雪杉等一批龙头企业向强而跃。", "岭通", "Enterprise"),
    # an item of a list whose other items are named projects is a project too
    ("推动雪峰风电整机、岭通智慧产业园、青禾产业园等投运增效。", "雪峰风电整机", "EnergyProject"),
    ("岭通MALL、雪峰广场等建成开放。", "岭通MALL", "Project"),
    ("岭通MALL、雪峰购物广场全面竣工。", "岭通MALL", "Project"),
    ("松原石化园区、辽源高新区、数字绿谷入选首批国家级零碳园区建设名单。", "数字绿谷", "Project"),
    # a short qualifier in brackets after the first route listed stays in its name
    ("雪岭（扩建）、峰通、青禾等高速公路建成通车。", "雪岭（扩建）", "Road"),
    # routes listed before their shared head, the last two joined by 和
    ("启动雪岭线、峰通和青禾扩能等铁路项目。", "青禾扩能", "Railway"),
    # sites listed before the rating they reach are scenic areas
    ("雪峰府城、青禾梯田、岭通双龙成功创建国家5A级旅游景区。", "青禾梯田", "ScenicArea"),
    ("推动雪峰九曲湾、青禾使鹿部落创建国家5A级景区。", "青禾使鹿部落", "ScenicArea"),
    # heads of buildings, botanic gardens and test sites
    ("雪峰写字楼完成室内外装修。", "雪峰写字楼", "Project"),
    # heads of works: a hospital's wards, a road's link, an interchange, a second bridge
    ("雪峰市立医院门诊楼投入使用。", "雪峰市立医院门诊楼", "Project"),
    ("建成青禾纪念馆、雪峰城市规划展示馆和岭通综合大楼。", "雪峰城市规划展示馆", "PublicServiceFacility"),
    ("建成青禾纪念馆、雪峰城市规划展示馆和岭通综合大楼。", "岭通综合大楼", "Project"),
    ("加快雪峰高速青禾连接线、岭通高速雪峰互通立交改造。", "雪峰高速青禾连接线", "Road"),
    ("加快雪峰高速青禾连接线、岭通高速雪峰互通立交改造。", "岭通高速雪峰互通立交", "Project"),
    ("雪峰长江公路二桥建成通车。", "雪峰长江公路二桥", "Project"),
    ("开工建设雪峰长江隧道。", "雪峰长江隧道", "Project"),
    # roads listed before their kind, described as the backbone (骨干道路)
    ("完成南湖大道、长风西路等骨干道路改造。", "南湖大道", "Road"),
    # meetings: a plenum widened (扩大), a named forum of a year
    ("落实市委十二届十一次全体（扩大）会议部署。", "市委十二届十一次全体（扩大）会议", "Event"),
    ("成功举办2031世界雪商青禾恳谈会。", "2031世界雪商青禾恳谈会", "Event"),
    ("争创青禾国家植物园。", "青禾国家植物园", "ScenicArea"),
    ("加快国家海洋综合试验场建设。", "国家海洋综合试验场", "Project"),
    # a named region makes a modifier specific, as a division does (长三角协同创新专项)
    ("实施长三角协同创新专项。", "长三角协同创新专项", "Program"),
    # a phase of it makes a project of common words one project
    ("城市绿廊一期项目进展顺利。", "城市绿廊一期项目", "Project"),
    # a Latin letter opens a programme's name, though the tagger calls it a function word
    ("实施雪岭农家乐、S级滑雪场提升工程。", "S级滑雪场提升工程", "Program"),
    # 现代 (a time word to the tagger) opens a programme's name; a campaign verb used as a noun
    # stays inside it (消费拓展|行动); an implementation plan is a plan
    ("实施现代海洋产业三年行动。", "现代海洋产业三年行动", "Program"),
    ("实施入境消费拓展行动。", "入境消费拓展行动", "Program"),
    ("落实全民健身实施计划，办好省运动会。", "全民健身实施计划", "Plan"),
    # a designated zone of the whole province is a title it holds, no place
    ("建设全国首个交通强国省域示范区。", "交通强国省域示范区", "Program"),
    # a quoted name before a system, a large model or a "brain" names a digital platform
    ("用好“一表通”系统。", "一表通", "Project"),
    ("持续升级“入岭游”大模型。", "入岭游", "Project"),
    ("“雪峰农云”数字乡村大脑上线。", "雪峰农云", "Project"),
    # items listed before a kind of platform are projects; before 平台经济企业 companies (the
    # longest kind that closes the list)
    ("乳业技术创新中心、稀土功能材料创新中心、雪峰农高区等一批国家级创新平台获批落地。", "乳业技术创新中心", "Project"),
    ("支持岭通账户、雪峰云、青禾数科等平台经济企业发展。", "雪峰云", "Enterprise"),
    # 服务保障 is the verb before a list, no part of its first name
    ("服务保障中国雪峰、中国青禾等一批中央企业迁入新区。", "中国雪峰", "Enterprise"),
    # a kind of events joined to a named one is no part of its name
    ("精心筹办雪峰田径锦标赛等国际赛事和兰州马拉松等群众体育活动。", "兰州马拉松", "Event"),
    # 修订 and 推出 take a plan, they open no name of it
    ("推动修订优化营商环境条例，健全推进机制。", "优化营商环境条例", "Plan"),
    ("推出基础教育资源优化配置实施方案。", "基础教育资源优化配置实施方案", "Plan"),
    # a double dash sets a name apart from the description before it
    ("国内首个风光火储一体化工程——雪峰到青禾特高压直流工程投运。", "雪峰到青禾特高压直流工程", "EnergyProject"),
    # a quote in the first of two aims makes them two names
    ("开展“雪峰文艺高峰计划”项目遴选和新大众文艺工程。", "新大众文艺工程", "Program"),
    # a laboratory named after a place
    ("兰州实验室获批全面展开建设。", "兰州实验室", "Organization"),
    # 打好 takes a campaign (the tagger reads 打|好: a verb and its complement); Olympic games
    # and free-trade ports named by their heads
    ("坚决打好雪峰污染防治攻坚战。", "雪峰污染防治攻坚战", "Program"),
    ("北京冬奥会筹办工作扎实推进。", "北京冬奥会", "Event"),
    ("海南自由贸易港建设蓬勃展开。", "海南自由贸易港", "Region"),
    # a word of the tagger that the head ends is the name, not a word cut by the head
    ("全面推行新一轮林长制。", "新一轮林长制", "Program"),
    ("超额完成新一轮百万亩造林绿化工程。", "新一轮百万亩造林绿化工程", "Program"),
    # a quoted craft, reactor or train of a numbered line is one thing built
    ("“雪峰一号”组网卫星增至144颗。", "雪峰一号", "Project"),
    ("推出“青禾1号”旅游列车。", "青禾1号", "Project"),
    # bays listed before the kind they share
    ("深化雪峰澳、青禾湾等重点海湾综合整治。", "雪峰澳", "Region"),
    # an item of a list of named meetings is a meeting too
    ("连续成功举办雪峰论坛、雪峰青年荟、云岭文化论坛等活动。", "雪峰青年荟", "Event"),
    # a science city or a university town is a zone, a place
    ("支持雪峰科学城、青禾大学城建设。", "青禾大学城", "Region"),
    ("推动雪峰科学城高端科学仪器装备产业发展。", "雪峰科学城", "Region"),
    # hotels, a grand theatre, a care home and an office block are named by their heads
    ("确保峰禾酒店、青岭国际酒店投入运营。", "青岭国际酒店", "Project"),
    ("做好雪峰大剧院的管理和运营。", "雪峰大剧院", "PublicServiceFacility"),
    ("确保雪峰养护院投入使用。", "雪峰养护院", "PublicServiceFacility"),
    ("确保东海写字楼、青峰局综合楼年内投入使用。", "青峰局综合楼", "Project"),
    # two roads joined by 和 inside a list are two roads
    ("集中对雪峰路、青禾路和岭通大街等道路进行改造。", "岭通大街", "Road"),
    # a meeting to exchange experience, named by its field; a technical one of no name is none
    ("承办了全国雪峰精神文明建设经验交流会，开展技术交流会。", "全国雪峰精神文明建设经验交流会", "Event"),
    # a festival or an arts season named by a place before its head
    ("高水平举办中国青禾故里寻根节、雪峰长江文化艺术季等活动。", "中国青禾故里寻根节", "Event"),
    ("高水平举办中国青禾故里寻根节、雪峰长江文化艺术季等活动。", "雪峰长江文化艺术季", "Event"),
    # a river, a bay opening with a numeral; a bay by its ending; a film festival
    ("雪江水质优良，九峰江水质稳定。", "九峰江", "River"),
    ("深化三禾湾、青峰湾等重点海湾综合整治。", "三禾湾", "Region"),
    ("成功举办雪峰百花电影节。", "雪峰百花电影节", "Event"),
    # a bracketed stretch after a park or a bridge is part of the name the report gives
    ("推进峰禾大桥（雪岭段）建设。", "峰禾大桥（雪岭段）", "Project"),
    # a fishing ban on a river after 实施好 (好 is the verb's), a fund named by a region
    ("实施好雪峰江十年禁渔。", "雪峰江十年禁渔", "Program"),
    ("参与组建长三角创业投资引导基金。", "长三角创业投资引导基金", "Program"),
    # a list closed by a count of ten thousands and a description of amount
    ("雪峰存储二期、青禾岚图、岭通时代等1.1万个重大产业项目投产达效。", "青禾岚图", "Project"),
    ("推进雪峰水运新通道、青禾存储三期等1.22万个亿元以上新建续建项目建设。", "青禾存储三期", "Project"),
    # streets counted before the head of a list of roads, a street named by a word (学府路) too
    ("完成对雪峰三路、学府路和青禾大街3条主干道路的改造。", "雪峰三路", "Road"),
    ("完成对雪峰三路、学府路和青禾大街3条主干道路的改造。", "学府路", "Road"),
    # projects listed before a kind of projects (城市建设项目, 产业项目)
    ("峰禾湾、青禾国际等重点城市建设项目进展顺利。", "青禾国际", "Project"),
    ("雪岭山谷、岭通智造等产业项目加快建设。", "岭通智造", "Project"),
    # works listed before 等 and a head of major works
    ("青禾引水、峰禾调水等重点工程加快建设。", "峰禾调水", "Project"),
    ("办成了一批大事，峰禾调水等一批重大工程加快建设。", "峰禾调水", "Project"),
    # a quote set up (设立) is a programme
    ("设立“雪峰冰雪周”，丰富学生课余生活。", "雪峰冰雪周", "Program"),
    # a quoted name before a short kind of model, show or brand
    ("推广“雪峰里”社区养老模式。", "雪峰里", "Program"),
    ("“雪峰戏相逢”等惠民演出广受好评。", "雪峰戏相逢", "Event"),
    ("“青禾缘”、“岭通佳话”等特色民间外交品牌越擦越亮。", "岭通佳话", "Program"),
    # a quoted numbered congress is the congress; two plenums with the bracketed 扩大 joined by 和
    ("为“二十一大”召开营造良好的氛围。", "二十一大", "Event"),
    ("贯彻落实市五届二次全委（扩大）会议和区十六届四次全委（扩大）会议精神。", "市五届二次全委（扩大）会议", "Event"),
    ("贯彻落实市五届二次全委（扩大）会议和区十六届四次全委（扩大）会议精神。", "区十六届四次全委（扩大）会议", "Event"),
    # a plan after the verb that takes it keeps its aim, verbs and all; 好 after a verb is the verb's
    ("制定优化雪峰营商环境中长期规划。", "优化雪峰营商环境中长期规划", "Plan"),
    ("推动出台高质量充分就业促进条例。", "高质量充分就业促进条例", "Plan"),
    ("落实好雪峰经济促进法。", "雪峰经济促进法", "Plan"),
    # coal mines by their head; the safety of mines, small mines are no mine
    ("峰禾煤矿扩能改造、顺禾煤矿改造复产全面完成，加强煤矿安全生产，关闭小煤矿。", "顺禾煤矿", "IndustrialProject"),
    # pedestrian and folk-custom streets by their heads; a street of a kind is none
    ("打造峰禾城步行街，推进雪峰民族风情街建设，建设特色美食街。", "峰禾城步行街", "Project"),
    ("打造峰禾城步行街，推进雪峰民族风情街建设，建设特色美食街。", "雪峰民族风情街", "Project"),
    # a law in 《》, a hotline by its number
    ("全面贯彻落实新《雪峰河保护法》。", "雪峰河保护法", "Plan"),
    ("优化96123雪峰服务热线，开通服务热线。", "96123雪峰服务热线", "Project"),
    # the preliminary work on a plant is no part of its name
    ("加快推进雪峰700万吨露天矿前期工作。", "雪峰700万吨露天矿", "IndustrialProject"),
    # a bare 万 before a measure opens a name (万家福), it counts nothing
    ("确保万家福农贸批发市场年内投入运营。", "万家福农贸批发市场", "Project"),
    # a law named unbracketed after a verb that takes one is a plan
    ("认真执行雪岭省预算法。", "雪岭省预算法", "Plan"),
    ("贯彻新修订的雪岭省通用语言文字法。", "雪岭省通用语言文字法", "Plan"),
    # power one province sends another names one line, and its stretch in a province
    ("推动甘电入湘特高压工程湖南段全线贯通。", "甘电入湘特高压工程湖南段", "EnergyProject"),
    # roads by their number, alone or with the word of an expressway
    ("雪岭高铁、G331通车。", "G331", "Road"),
    ("G15高速扩容改造。", "G15高速", "Road"),
    ("新增5条生产线，改造G331线。", "G331线", "Road"),
    # works with their budget stated before them are one project, however common their name
    ("投资3.3亿元的机场快速路建成通车。", "机场快速路", "Project"),
    ("投资836万元的雪峰养老院、550万元青禾社区文体馆项目基本完工。", "雪峰养老院", "PublicServiceFacility"),
    ("投资2599万元的云—禾农村公路通车。", "云—禾农村公路", "Road"),
    # a function word jieba cuts out of a name the tagger reads whole stays in it (拆炉|并|网)
    ("全面实施拆岭并网工程。", "拆岭并网工程", "Program"),
    # a number read digit by digit names a thing; a count, a year or an amount does not
    ("做好七三五建材专业市场搬迁入园。", "七三五建材专业市场", "Project"),
    # the country's own bodies by 全国 (全国工商联)
    ("全国工商联营商环境评价企业家满意度不断提升。", "全国工商联", "Organization"),
    # the jurisdiction's party committee by its level word, as its congress and government
    ("在省委坚强领导下，全省上下团结奋斗。", "省委", "Organization"),
    # projects of a kind the list names (等城市商贸综合体项目)
    ("推进雪多利等城市商贸综合体项目前期工作。", "雪多利", "Project"),
    # a stream named by a number read digit by digit
    ("实施735小河改造，新增300多条河道。", "735小河", "River"),
    # a town's new town area; with no town named, none
    ("推进青溪镇新镇区建设，完善新镇区功能。", "青溪镇新镇区", "Region"),
    # a district of a foreign city, right after it, whole where the tagger cuts it in two
    ("与蒙古国乌兰巴托市雪杉海峰区缔结国际友城关系。", "雪杉海峰区", "Place"),
    # the one platform a jurisdiction runs, by its level word and a field
    ("发挥省融资信用征信服务平台作用。", "省融资信用征信服务平台", "DigitalPlatform"),
    # parks listed before 等公园
    ("建设开放雪峰岛等公园。", "雪峰岛", "PublicServiceFacility"),
    # a package of measures named by its count of articles is a plan
    ("实施优化雪岭营商环境21条升级举措。", "优化雪岭营商环境21条升级举措", "Plan"),
    ("迭代升级我省“雪岭民营经济32条”。", "雪岭民营经济32条", "Plan"),
    # a shipping line named in quotes before 航线
    ("“雪港一航海上快线”航线启运。", "雪港一航海上快线", "Project"),
    # a quoted name ending in 项目 is a project, whatever verb takes it
    ("有力推进“雪峰117项目”全面复建。", "雪峰117项目", "Project"),
    # what a list says starts production or operation is works, though no item is known
    ("岭峰二线、峰禾储能等投运增效。", "岭峰二线", "Project"),
    # an estate listed before a count of urban renewal projects
    ("新开工雪江新里等8个更新项目。", "雪江新里", "Project"),
    # a short quoted name that opens its clause, with a verb right after it, is a programme or brand
    ("经济平稳运行，“青禾之夜”持续火爆。", "青禾之夜", "Program"),
    # one project before 等 and a head of projects
    ("岭通水院等标志性项目建成投运。", "岭通水院", "Project"),
    # a word of the language listed among companies' names is one of them (远航)
    ("依托峰禾、岭通、远航、雪杉等头部企业，做强信息产业。", "远航", "Enterprise"),
    ("引导峰禾、鼎盛等传统工业企业实施退城进园。", "鼎盛", "Enterprise"),
    ("支持雪岭大学、青峰实验室建设。", "青峰实验室", "Organization"),
    # prefecture short forms anywhere in China, rivers by the tagger
    ("推进安阳、新乡、开封协同发展。", "新乡", "Prefecture"),
    ("保护淮河、海河生态。", "淮河", "River"),
    # two aims joined before a programme's head, the first a kind of site (农村公路), are one name;
    # a named site first makes two names
    ("实施新一轮农村公路及村庄道路提升行动。", "新一轮农村公路及村庄道路提升行动", "Program"),
    ("推进青溪景区和雪峰绿化工程。", "青溪景区", "ScenicArea"),
    # a programme entered (入选) is named after the verb
    ("两院院士增至123位，入选国家重大人才工程人数位居全国前列。", "国家重大人才工程", "Program"),
    # 为 inside a company's name (华为) is no copula
    ("华为云平台上线运行。", "华为云平台", "DigitalPlatform"),
    # a word the tagger reads as a time may open a programme's name (未来产业)
    ("开展未来产业培育发展行动，科学布局金属新材料。", "未来产业培育发展行动", "Program"),
    # companies named by their trade (酒业, 乳业, 药业, 矿业); a trade before a meeting names none
    ("推进青禾乳业扩能。", "青禾乳业", "Enterprise"),
    # games named by their abbreviation (全运会, 残运会)
    ("我省体育健儿在亚冬会、全运会上勇创佳绩。", "全运会", "Event"),
    # a programme's aim may end in verbs (培育壮大工程): they stay in its name
    ("深入实施未来产业培育壮大工程。", "未来产业培育壮大工程", "Program"),
    # a programme followed by what is said of it in two words (总体|任务)
    ("高质量完成国有企业改革深化提升行动总体任务。", "国有企业改革深化提升行动", "Program"),
    # a division's name that is a common word (安居, a district of Sichuan) makes no 工程 a site
    ("统筹实施城乡安居工程，推进房屋安全提升。", "城乡安居工程", "Program"),
    # bridges named by the place and the line they carry
    ("黑河公路大桥、同江铁路大桥开通运营。", "同江铁路大桥", "Project"),
    # laboratories named by their field, with their level or without
    ("完成园区主体工程，高标准建设深空探测实验室，加强人工智能。", "深空探测实验室", "Organization"),
    ("新建陆相页岩油全国重点实验室。", "陆相页岩油全国重点实验室", "Organization"),
    ("推进生物育种雪岭省实验室建设。", "生物育种雪岭省实验室", "Organization"),
    # stations, ship locks, bonded zones and science cities, by their heads
    ("高速公路通车总里程突破7000公里，合新高铁安徽段、合肥西站建成运营。", "合肥西站", "Railway"),
    ("推进阜阳复线船闸、沱浍河航道整治工程等建设。", "阜阳复线船闸", "Port"),
    ("蚌埠综合保税区封关运行。", "蚌埠综合保税区", "Port"),
    ("制定合肥滨湖科学城实体化改革实施方案。", "合肥滨湖科学城", "Region"),
    # the company that opens a site's name is named too
    ("五星级酒店建设实现破题，青禾银行培训中心开工建设。", "青禾银行", "Enterprise"),
    # a gala's branch venue (分会场) is its event; 加力 is a predicate
    ("放大央视春晚合肥分会场影响力。", "央视春晚合肥分会场", "Event"),
    ("开工建设牡敦高铁等重大项目，加力建设佳同铁路、富加铁路、鹤岗机场等项目。", "佳同铁路", "Railway"),
    # 环 before a lake the tagger runs into its name: around the lake, the lake is named
    ("环巢湖十大湿地全面建成。", "巢湖", "Lake"),
    # ... but a campaign named by such a count is a programme
    ("实施“三提升”行动。", "“三提升”行动", "Program"),
    # a flight route between two named ends is one
    ("开通哈尔滨至莫斯科国际客运航线。", "哈尔滨至莫斯科国际客运航线", "Project"),
    # a list of a kind followed by the work done on them still names them (等酒店的开工)
    ("抓好喜来登、锦江国际等酒店的开工。", "锦江国际", "Enterprise"),
    # 扶持 is a predicate: it opens no company's name
    ("引导扶持三角地商厦、第二百货等企业引进合作伙伴。", "三角地商厦", "Enterprise"),
    # a place's ending the tagger cuts off is its own (丹江口|库区); 好 after a verb is no part of it
    ("深化丹江口库区及上游流域水环境综合治理。", "丹江口库区", "Region"),
    # one company listed before a kind of company is named
    ("积极引进广东来裕等知名物流企业入驻。", "广东来裕", "Enterprise"),
    # a kind of bank right before the head may be one bank's name (农村商业银行)
    ("支持青溪农村商业银行改革。", "青溪农村商业银行", "Enterprise"),
    # heritage sites: tombs, former residences, old towns
    ("加强文物保护，做好谢尔塔拉墓地二次发掘，启动成德公故居修缮工程。", "成德公故居", "Locality"),
    # plans named by what they carry out (实施方案, 建设方案, 工作方案, 实施办法)
    ("坚持下好创新先手棋，制定雪峰科学城实体化改革实施方案。", "雪峰科学城实体化改革实施方案", "Plan"),
    ("推动出台民营经济促进法实施办法，依法平等保护民营企业产权。", "民营经济促进法实施办法", "Plan"),
    # a quoted brand, the word 品牌 or IP perhaps after a short kind of it
    ("擦亮“行走雪岭·读懂中国”文旅品牌。", "行走雪岭·读懂中国", "Program"),
    ("创新“老家雪岭”文化IP宣传推广。", "老家雪岭", "Program"),
    ("打响“青溪古镇”等旅游品牌。", "青溪古镇", "Program"),
    # ... even named with common words (饮马|河): only a plain place of common words is a kind
    ("全面推进饮马河治理保护。", "饮马河", "River"),
    # a generic head made specific by a place
    ("推进白河县雪松光伏基地建设。", "白河县雪松光伏基地", "EnergyProject"),
    # a site 工程 after a verb with its complement (实施好)
    ("实施好阿勒泰生态综合治理工程。", "阿勒泰生态综合治理工程", "EcologicalProject"),
    # schools, named by their number too; a verb the tagger ran into a name is dropped
    ("新建第五中学、第二幼儿园。", "第五中学", "Organization"),
    ("改扩建阿勒泰路中学。", "阿勒泰路中学", "Organization"),
    # a district's sites: markets, squares, estates, waterworks
    ("建成阿勒泰建材专业市场。", "阿勒泰建材专业市场", "Project"),
    # a 工程 with nothing specific in it is a programme
    ("实施城乡居民增收工程。", "城乡居民增收工程", "Program"),
    # ... and so does a coinage of two characters
    ("深入实施探星工程。", "探星工程", "Program"),
    # campaigns named 大会战, systems of officials named …长制
    ("继续实施雪峰绿色找矿大会战。", "雪峰绿色找矿大会战", "Program"),
    ("深化落实林草长制、田长制。", "林草长制", "Program"),
    # a campaign verb inside the span ends the clause before the name
    ("雪岭市开展乡村数字治理专项行动。", "乡村数字治理专项行动", "Program"),
    # ... unless what follows it is no modifier of its own (建设 inside the name)
    ("实施雪峰平台经济强省建设三年行动。", "雪峰平台经济强省建设三年行动", "Program"),
    # a count inside one word of the tagger stays in the name; a heading's number does not
    ("扎实开展深入贯彻雪岭八项规定精神学习教育。", "深入贯彻雪岭八项规定精神学习教育", "Program"),
    ("（五）从严从实开展雪峰作风建设学习教育。", "雪峰作风建设学习教育", "Program"),
    # a 工程 is a site when a place is in its name, a programme when a quoted code is
    ("推进伊犁河两岸及城市重点区域亮化照明工程。", "伊犁河两岸及城市重点区域亮化照明工程", "Project"),
    ("实施“235”人才强省体系建设工程。", "“235”人才强省体系建设工程", "Program"),
    # ... and a site when the site it is built at is named
    ("推进污水处理厂二期工程建设。", "污水处理厂二期工程", "PublicServiceFacility"),
    # a campaign verb inside a 工程's span ends the clause before it
    ("联动实施山水林田保护工程。", "山水林田保护工程", "Program"),
    # ... but a programme when its aim ends the name, place or not
    ("实施敦煌市文旅服务能力提升工程。", "敦煌市文旅服务能力提升工程", "Program"),
    # two aims joined before 工程 name one programme
    ("实施牧户电网延伸和新能源通电升级改造工程。", "牧户电网延伸和新能源通电升级改造工程", "Program"),
    # programs keep the verbs inside their names, not those before them
    ("深入开展雪峰优化提升行动。", "雪峰优化提升行动", "Program"),
    # a quoted phrase a campaign verb takes, ending its clause, names a campaign
    ("深入推进“万企进雪岭”，持续优化营商环境。", "万企进雪岭", "Program"),
    # a quality of a place names a programme
    ("建设平安阿勒泰、法治阿勒泰。", "法治阿勒泰", "Program"),
    ("推进美丽阿勒泰建设。", "美丽阿勒泰", "Program"),
    # a quoted 工程 is a programme; a quoted list before 攻坚行动 names one campaign
    ("实施新时代“雪岭登峰工程”。", "雪岭登峰工程", "Program"),
    ("扎实开展“腾云换鸟、雪岭涅槃”攻坚行动。", "“腾云换鸟、雪岭涅槃”攻坚行动", "Program"),
    # a quoted 计划 keeps its head: “某某”计划
    ("扩大“雪岭饮用奶”计划覆盖面。", "“雪岭饮用奶”计划", "Program"),
    # a quoted brand or mode of work is a programme
    ("擦亮“雪岭好物”品牌。", "雪岭好物", "Program"),
    # a plan named after a quoted campaign keeps its quotes whole
    ("全面完成“雪岭清风”三年行动计划。", "“雪岭清风”三年行动计划", "Plan"),
    # a 计划 with its subject is a programme; a plan's 行动计划 stays a plan
    ("实施各族青少年交流计划。", "各族青少年交流计划", "Program"),
    # a reform needs a specific modifier
    ("推进雪岭市要素市场化配置综合改革。", "雪岭市要素市场化配置综合改革", "Program"),
    # meetings: the name starts after the predicate, 党的 stays with its congress
    ("按照省委十一届十一次全会部署推进工作。", "省委十一届十一次全会", "Event"),
    ("举办第十届雪峰沙漠论坛。", "第十届雪峰沙漠论坛", "Event"),
    ("学习贯彻党的二十大精神。", "党的二十大", "Event"),
    ("办好自治区第十六届运动会。", "自治区第十六届运动会", "Event"),
    ("雪峰市举办2031年全国冬季运动会。", "2031年全国冬季运动会", "Event"),
    # a company's name joins no two things
    ("峰禾公司与雪杉集团实现强强联合。", "雪杉集团", "Enterprise"),
    # a list before any kind of company or hotel names companies
    ("集聚了峰禾、雪杉等一批世界一流企业。", "雪杉", "Enterprise"),
    ("峰禾宾馆、雪杉大厦等一批星级酒店相继竣工。", "雪杉大厦", "Enterprise"),
    # a word placing a name in its area is no part of it
    ("年内完成主城区雪峰大街、云岭路等道路建设。", "雪峰大街", "Road"),
    # a jurisdiction's congress and conference by their level word
    ("在省人大、省政协监督支持下推进工作。", "省政协", "Organization"),
    ("在省人大、省政协监督支持下推进工作。", "省人大", "Organization"),
    # a new building or campus of an institution is a project of its own
    ("推进云岭县博物馆新馆、雪峰市第一医院北院区建设。", "云岭县博物馆新馆", "PublicServiceFacility"),
    ("推进云岭县博物馆新馆、雪峰市第一医院北院区建设。", "雪峰市第一医院北院区", "PublicServiceFacility"),
    # a site's rating is no part of its name
    ("乌兰河大峡谷5A级景区获批。", "乌兰河大峡谷", "ScenicArea"),
    # a road port is a port
    ("在满洲里公路口岸开展试点。", "满洲里公路口岸", "Port"),
    # a 项目 is named by its place or company
    ("加快云岭县风电三期项目建设。", "云岭县风电三期项目", "EnergyProject"),
    # hospitals and health centres are institutions
    ("扩建云岭县人民医院，新建胜岭社区卫生服务中心。", "云岭县人民医院", "Organization"),
    ("扩建云岭县人民医院，新建胜岭社区卫生服务中心。", "胜岭社区卫生服务中心", "Organization"),
    ("雪峰市疾控中心新址建成投用，成立省冰雪运动管理中心。", "雪峰市疾控中心", "Organization"),
    ("雪峰市疾控中心新址建成投用，成立省冰雪运动管理中心。", "省冰雪运动管理中心", "Organization"),
    ("高水平建设云岭文化研究中心，推动哲学社会科学繁荣发展。", "云岭文化研究中心", "Organization"),
    # streets listed before the roads they are counted as, the verbs before them dropped
    ("新建、改造雪峰大街、云岭路、青溪专用线等12条道路。", "云岭路", "Road"),
    ("新建、改造雪峰大街、云岭路、青溪专用线等12条道路。", "雪峰大街", "Road"),
    # an event keeps its host city before the ordinal, and its two subjects joined
    ("成功举办杭州第9届冬运会、雪峰经贸和文化论坛。", "杭州第9届冬运会", "Event"),
    ("成功举办杭州第9届冬运会、雪峰经贸和文化论坛。", "雪峰经贸和文化论坛", "Event"),
    ("学习贯彻党的二十大和二十届历次全会精神。", "党的二十大", "Event"),
    # a head written once after a list of short names belongs to each; a name with an ending is whole
    ("雪峰、云岭、青溪遗址入选国家考古遗址公园。", "雪峰", "Locality"),
    ("雪峰、云岭、青溪遗址入选国家考古遗址公园。", "云岭", "Locality"),
    ("峰禾古城、雪杉古港、青溪遗址入选名录。", "雪杉古港", "Locality"),
    # ... and so does an ending after a count and a kind (等三处文化遗址)
    ("峰禾、雪杉、青溪等三处文化遗址被列入名录。", "雪杉", "Locality"),
    # a head shared by listed items belongs to each one's name
    ("加快南信合、雪商等高铁建设。", "雪商", "Railway"),
    # metropolitan areas, corridors and nationally designated zones are places
    ("提升优化杭州都市圈、宁波都市圈。", "宁波都市圈", "Region"),
    ("共建雪岭湾科技创新带。", "雪岭湾科技创新带", "Region"),
    ("深化国家雪岭要素综合试验区建设。", "国家雪岭要素综合试验区", "Region"),
    # zones are places; titles keep their draft note
    ("建设雪岭国家数字经济创新发展试验区。", "雪岭国家数字经济创新发展试验区", "Region"),
    ("审议《雪岭省国土空间规划纲要（草案）》。", "雪岭省国土空间规划纲要（草案）", "Plan"),
    # a numbered congress before a word the tagger runs on (大和) keeps its head
    ("深入贯彻党的二十大和二十届历次全会精神。", "党的二十大", "Event"),
    # a named region and the strategy for it is a programme
    ("推动京津冀协同发展。", "京津冀协同发展", "Program"),
    ("推进黄河流域生态保护和高质量发展。", "黄河流域生态保护和高质量发展", "Program"),
    # fairs and games named by a short form before their head
    ("办好峰洽会、雪博会。", "峰洽会", "Event"),
    ("筹办第9届雪冬会。", "第9届雪冬会", "Event"),
    # laws and regulations named without a title's brackets
    ("落实雪峰文化遗产保护条例。", "雪峰文化遗产保护条例", "Plan"),
    # a company named with its seat is the company
    ("支持雪峰集团、云岭能源总部等疏解项目迁驻运营。", "云岭能源", "Enterprise"),
    # a listed site ending in its head is a project even when its modifier is a common word
    ("推进发达广场、雪杉湾港区等项目。", "发达广场", "Project"),
    # a port named by its city or two
    ("加快唐山港、宁波舟山港建设。", "宁波舟山港", "Port"),
    # reservoirs, cultural belts and economic zones by their heads
    ("加快白河县雪峰水库建设。", "白河县雪峰水库", "Project"),
    ("建设敦煌市临空经济区。", "敦煌市临空经济区", "Region"),
    # a stage of works on a building names the building
    ("雪峰写字楼土建工程全面完工。", "雪峰写字楼", "Project"),
    # a programme's target (目标, 阶段性目标任务) speaks of the programme named before it
    ("完成湖泊治理攻坚战阶段性目标任务，完成技能扩招三年行动目标。", "技能扩招三年行动", "Program"),
    ("完成湖泊治理攻坚战阶段性目标任务，完成技能扩招三年行动目标。", "湖泊治理攻坚战", "Program"),
    # two editions joined by 和 are two events; seasons and weeks of the genre are events
    ("成功举办首届峰城边塞文化旅游季和2031峰城古城国际灯光节。", "首届峰城边塞文化旅游季", "Event"),
    ("成功举办首届峰城边塞文化旅游季和2031峰城古城国际灯光节。", "2031峰城古城国际灯光节", "Event"),
    ("办好第三届雪峰青年创新周、2031西山科技金融峰会。", "第三届雪峰青年创新周", "Event"),
    # a centre founded (成立) is a body, one built a building
    ("成立雪峰市民营经济服务中心，建立挂钩联系制度。", "雪峰市民营经济服务中心", "Organization"),
    ("建成雪峰市民营经济服务中心。", "雪峰市民营经济服务中心", "PublicServiceFacility"),
    # two bodies joined by 与 are each named by their head
    ("雪峰市妇幼保健院与青禾大学附属协和医院合作共建。", "青禾大学附属协和医院", "Organization"),
    ("雪峰市妇幼保健院与青禾大学附属协和医院合作共建。", "雪峰市妇幼保健院", "Organization"),
    # a pilot started (启动) is named after the verb
    ("峰禾街道启动老旧小区综合整治试点。", "老旧小区综合整治试点", "Program"),
    # 和县 is a county, but after a closing mark a conjunction and the report's own level
    ("根据《雪岭县国民经济和社会发展第十三个五年规划纲要》和县第十三次党代会部署，推进工作。", "县第十三次党代会", "Event"),
    # grid works by their voltage and substation are one site
    ("220千伏峰禾输变电工程、110千伏岭通输变电工程建成投运。", "220千伏峰禾输变电工程", "Project"),
    # an expressway by its short name (甲乙高速) is a road, though the tagger reads a place
    ("宝坪高速宝鸡至凤县段加快建设。", "宝坪高速", "Road"),
    # an aim's works on a named river reach or scenic area are one site; on a kind of area a programme
    ("实施黄河银川段堤防提升工程，加固堤防42公里。", "黄河银川段堤防提升工程", "Project"),
    ("青峰沟景区提升工程加快推进。", "青峰沟景区提升工程", "Project"),
    ("推进A级旅游景区提升工程。", "A级旅游景区提升工程", "Program"),
    # so are an aim's works on one built site; on a field the programme grows they are a programme
    ("实施都兰县革命纪念馆提升工程。", "都兰县革命纪念馆提升工程", "Project"),
    ("完成敦煌古城保护提升工程。", "敦煌古城保护提升工程", "Project"),
    ("实施雪峰市数字经济产业集群培育工程。", "雪峰市数字经济产业集群培育工程", "Program"),
    # a business district (商圈) is a place
    ("推进峰禾街商圈、江北商圈改造提升。", "峰禾街商圈", "Locality"),
    # fishing and cruise ports, talent flats, resettlement housing and start-up areas are sites
    ("凤凰岛国际邮轮港二期完成主体工程，崖州中心渔港建成使用。", "凤凰岛国际邮轮港二期", "Port"),
    ("凤凰岛国际邮轮港二期完成主体工程，崖州中心渔港建成使用。", "崖州中心渔港", "Port"),
    ("建成海棠湾人才公寓一期（1500套），推进雪峰湾安居房二期建设。", "海棠湾人才公寓一期", "Project"),
    ("推动雪峰科技城启动区二期开工。", "雪峰科技城启动区二期", "Project"),
    # an area built in phases: the area, and the phase its works
    ("推动崖州湾大学城一期开工。", "崖州湾大学城一期", "Project"),
    # a 工程 built in phases (某某工程|二期) is works on the ground
    ("推进城乡供水一体化工程二期建设。", "城乡供水一体化工程二期", "Project"),
    # a phase after a company before a capacity is the plant's, not the company's
    ("推动峰辉硅业二期年产3万吨单晶硅棒项目开工。", "峰辉硅业", "Enterprise"),
    # a conjunction inside a body's field (某某科学与工程研究所) joins no two names
    ("中国科学院雪峰科学与工程研究所落户峰城。", "中国科学院雪峰科学与工程研究所", "Organization"),
    # a city's brain (城市大脑) is its data platform; ski resorts and transport hub stations are sites
    ("银川城市大脑一期建成。", "银川城市大脑一期", "DigitalPlatform"),
    ("松花湖滑雪场完成改造，峰城县城东客运枢纽站建成投用。", "松花湖滑雪场", "ScenicArea"),
    # a ring road by its number (东四环) is a road, though the tagger reads a place
    ("实施疏堵工程，东四环、西北四环大修及环境提升顺利完工。", "东四环", "Road"),
    # a pilot rolled out (推开) is named after the verb
    ("在雪峰县推开集体林权制度改革试点。", "集体林权制度改革试点", "Program"),
    ("岭通大道完成路基工程，雪杉路路面工程开工。", "岭通大道", "Road"),
    # plenums listed under one term are one event; a joint meeting (暨) is one
    ("落实雪岭省委十一届九次、十次全会部署。", "雪岭省委十一届九次、十次全会", "Event"),
    ("按照雪岭省委十一届十一次全会暨全省经济工作会议部署。", "雪岭省委十一届十一次全会暨全省经济工作会议", "Event"),
    # ... but two games joined by 暨 stay two
    ("办好第十五届雪岭省运会暨第九届残运会。", "第九届残运会", "Event"),
    # a city joining a programme is no part of its name; the state's pilot is one programme
    ("雪峰市入选国家生态产品价值实现机制试点。", "国家生态产品价值实现机制试点", "Program"),
    # water transfer works are sites, named by where the water goes
    ("推进引峰入雪工程，南水北调中线工程水质稳定。", "引峰入雪工程", "Project"),
    # a district's communities by their head
    ("峰禾社区荣获示范称号。", "峰禾社区", "Locality"),
    # streets named after a place
    ("新建敦煌路、玉门路。", "玉门路", "Road"),
    # a programme's name ends before a noun that speaks of it (任务, 相关工作)
    ("全面完成雪峰安全治本攻坚三年行动任务。", "雪峰安全治本攻坚三年行动", "Program"),
    # a quoted count before 项目 names the programme the projects belong to
    ("206个“三新”项目开工建设。", "三新", "Program"),
    # one facility of the state, named by its field
    ("建设国家深海装备产业创新中心。", "国家深海装备产业创新中心", "PublicServiceFacility"),
    # a verb of the aim after a campaign verb opens the programme's name
    ("持续开展规范涉企执法专项行动。", "规范涉企执法专项行动", "Program"),
    # parks are built: a public facility, a national cultural park too; a national park is a reserve
    ("加快建设雪峰国家文化公园（峰禾段），建成青溪沿河公园。", "雪峰国家文化公园（峰禾段）", "PublicServiceFacility"),
    ("加快建设雪峰国家文化公园（峰禾段），建成青溪沿河公园。", "青溪沿河公园", "PublicServiceFacility"),
    ("推进雪峰国家公园建设。", "雪峰国家公园", "ProtectedArea"),
    # a city's metro lines by their numbers, phases and sections, with the city that opens them
    ("地铁4号线北段、7号线一期南段、Z4线一期北段建成通车。", "7号线一期南段", "Railway"),
    ("地铁4号线北段、7号线一期南段、Z4线一期北段建成通车。", "Z4线一期北段", "Railway"),
    ("建成地铁8号线一期及延伸线。", "地铁8号线一期及延伸线", "Railway"),
    ("太原地铁1号线开通运营。", "太原地铁1号线", "Railway"),
    # business districts, science and industry towns, new towns, by their heads
    ("西站同城商务区建设提速，南站科技商务区加快建设。", "南站科技商务区", "Region"),
    ("推动雪峰科技城、云岭产业新城、青溪健康城建设。", "云岭产业新城", "IndustrialPark"),
    ("加快东山新城建设。", "东山新城", "Region"),
    # industrial districts, eco-cities and named blocks by their heads
    ("绿色石化产业以雪峰市工业区为重要承载地。", "雪峰市工业区", "IndustrialPark"),
    ("中新雪岭生态城获评绿色智慧城市。", "中新雪岭生态城", "Region"),
    ("峰禾MSD、天美艺术街区等焕新亮相。", "天美艺术街区", "Project"),
    # a 工程 with no place in its name is a site when a phase of it is named or it is being built
    ("峰禾褐煤提质一期工程完工。", "峰禾褐煤提质一期工程", "Project"),
    ("污泥处置工程开工建设。", "污泥处置工程", "Project"),
    ("城乡居民增收工程深入实施。", "城乡居民增收工程", "Program"),
    # a word of time before a name is no part of it, whatever the tagger reads it as
    ("确保年内峰禾路中学、雪杉幼儿园投入使用。", "峰禾路中学", "Organization"),
    # plenary and enlarged meetings of a party committee
    ("按照区委十四届七次全委会议部署，落实区委十四届五次全委扩大会议精神。", "区委十四届七次全委会议", "Event"),
    ("按照区委十四届七次全委会议部署，落实区委十四届五次全委扩大会议精神。", "区委十四届五次全委扩大会议", "Event"),
    # a bridge the tagger reads as a place is a work built
    ("农林桥、呼达罕桥竣工通车。", "呼达罕桥", "Project"),
    # a programme completed, a plan pushed: the verb is no part of the name
    ("顺利完成雪峰改革深化提升行动，峰禾等重组优化。", "雪峰改革深化提升行动", "Program"),
    ("推动雪峰强省建设三年行动计划落地。", "雪峰强省建设三年行动计划", "Plan"),
    # a plant by units times capacity, its operator by a two-character short form
    ("推进峰电2×35万千瓦热电联产。", "峰电2×35万千瓦热电联产", "IndustrialProject"),
    ("推进峰电2×35万千瓦热电联产。", "峰电", "Enterprise"),
    # an industrial cluster named by its city or a company; a programme growing clusters stays one
    ("哈尔滨航空集群列入国家先进制造业集群。", "哈尔滨航空集群", "IndustrialPark"),
    ("深入实施先进制造业集群培育壮大工程。", "先进制造业集群培育壮大工程", "Program"),
    # one road listed before 等道路, after the verbs of its renewal
    ("更新改造青禾路等道路80条、桥梁10座。", "青禾路", "Road"),
    # a company listed before companies counted in 户
    ("峰禾睿等5户企业入选名单。", "峰禾睿", "Enterprise"),
    # fairs, salons, round tables, marathons and shopping seasons named by their place or edition
    ("举办第十五届中俄雪峰大集、雪岭马拉松、峰禾国际消费季。", "第十五届中俄雪峰大集", "Event"),
    ("举办第十五届中俄雪峰大集、雪峰市马拉松。", "雪峰市马拉松", "Event"),
    ("举办“海客圆桌会”。", "海客圆桌会", "Event"),
    ("办好第三届雪峰未来之城场景汇。", "第三届雪峰未来之城场景汇", "Event"),
    # port areas by their head; a new round opens a plan, not the site in it
    ("推动雪峰市航空港区高质量发展。", "雪峰市航空港区", "Port"),
    ("编制好新一轮雪峰市航空港区发展规划。", "雪峰市航空港区", "Port"),
    # communities listed before 等8个社区, whatever the tagger reads them as
    ("解决青禾、天润等8个社区办公用房问题。", "天润", "Locality"),
    # companies listed before their kind and what they have (等平台经济企业|营收)
    ("峰禾云、岭通数科等平台经济企业营收快速增长。", "岭通数科", "Enterprise"),
    # science parks and innovation parks by their heads
    ("雪峰市高教科创园蓬勃发展，青溪市创新园正式启用。", "雪峰市高教科创园", "IndustrialPark"),
    ("雪峰市高教科创园蓬勃发展，青溪市创新园正式启用。", "青溪市创新园", "IndustrialPark"),
    # the end of a level cut off before a name (省级及以上) is no part of it
    ("开展省级及以上雪峰开发区改造行动。", "雪峰开发区改造行动", "Program"),
    ("做好“六稳”工作和“雪峰服务规范年”工作。", "六稳", "Program"),
    ("做好“六稳”工作和“雪峰服务规范年”工作。", "雪峰服务规范年", "Program"),
    # a quoted name ending in a meeting's head is an event, whatever kind follows it
    ("做优做强“雪峰圆桌会”、“理解雪岭”课程等品牌。", "雪峰圆桌会", "Event"),
    # a ministry that jieba's dictionary holds as a common word is still a body
    ("义务教育均衡发展通过教育部评估验收。", "教育部", "Organization"),
    # consulates and embassies by their heads
    ("雪峰国驻青溪市领事馆正式开馆。", "雪峰国驻青溪市领事馆", "Organization"),
    # areas of a free-trade zone (片区), ring lines (环线), campaigns of a year (年活动)
    ("绥芬河片区国际运输开通。", "绥芬河片区", "Region"),
    ("推动雪峰市都市圈环线交工投用。", "雪峰市都市圈环线", "Road"),
    ("深入开展立体化治安防控体系建设推进年活动。", "立体化治安防控体系建设推进年活动", "Program"),
    # a pilot of the whole jurisdiction is one pilot, with no place name written
    ("高质量完成二轮土地承包到期延包整省试点工作。", "二轮土地承包到期延包整省试点", "Program"),
    # a digital platform in a 工程's aim makes no site of it
    ("培育数字经济核心产业，实施工业互联网创新工程。", "工业互联网创新工程", "Program"),
    # 等 inside a word (高等教育, 高等级) marks no list in a name
    ("实施高等教育学科专业设置调整优化行动。", "高等教育学科专业设置调整优化行动", "Program"),
    # a quoted campaign of four characters or more that a campaign verb takes, a noun phrase after it
    ("推进“阳光雪峰”小区治理新模式。", "阳光雪峰", "Program"),
    # a street the tagger names by its ending
    ("青禾路建成通车，规划展厅投入使用。", "青禾路", "Road"),
    # city circles, old revolutionary base areas and development areas by their heads
    ("推动产业转移集聚区提质增效，提升阜阳城市圈发展能级。", "阜阳城市圈", "Region"),
    ("提升阜阳城市圈能级，加快大别山革命老区振兴，建设黄梅戏文化传承发展区。", "大别山革命老区", "Region"),
    # memorial parks and landscape areas by their heads
    ("推动雪峰抗战海拉尔纪念园二期工程，启动西山生态景观区规划。", "雪峰抗战海拉尔纪念园", "ScenicArea"),
    ("推动雪峰抗战海拉尔纪念园二期工程，启动西山生态景观区规划。", "西山生态景观区", "ScenicArea"),
    # a plan whose aim ends in a verbal noun keeps it (保护利用|规划)
    ("加快推进雪峰水域岸线保护利用规划、岸线确权工作。", "雪峰水域岸线保护利用规划", "Plan"),
    # airports named 航空港 (not the port area 航空港区), inspection teams
    ("雪峰市航空港年旅客吞吐量突破233万人次，推动雪峰市航空港区发展。", "雪峰市航空港", "Airport"),
    ("雪峰市航空港年旅客吞吐量突破233万人次，推动雪峰市航空港区发展。", "雪峰市航空港区", "Port"),
    ("落实自治区党委第三巡视组反馈意见整改。", "自治区党委第三巡视组", "Organization"),
    # the last item of a list before a shared head is named with it, as the others are
    ("启动峰禾、雪杉、岔泥保护区生态保护修复。", "岔泥保护区", "ProtectedArea"),
    # an event's division in brackets is part of its name
    ("雪峰女足勇夺2031雪岭足协杯（女子）冠军。", "2031雪岭足协杯（女子）", "Event"),
    # a community that opens a quoted programme's name is named too
    ("推广“东门社区工作法”，抓好社区工作。", "东门社区", "Locality"),
    ("推广“峰禾社区工作法”，抓好社区工作。", "峰禾社区工作法", "Program"),
    # items listed and counted before the kind they share (甲、乙两个市民广场)
    ("峰禾、雪杉路两个市民广场投入使用。", "峰禾", "Project"),
    ("华汇、青禾街两个地下商城投入使用。", "青禾街", "Project"),
    # a road of common words in a list of roads is a road (胜利三路)
    ("完成对雪峰大街、西大街、胜利三路等主干道路的综合改造。", "胜利三路", "Road"),
    # works listed before 等新项目
    ("峰禾二期、雪杉船舶修造等新项目加快推进。", "雪杉船舶修造", "Project"),
    # companies listed as the subject of what they do, one of them known to be a company
    ("雪峰集团、青禾信息、岭通生物等快速成长。", "岭通生物", "Enterprise"),
    # companies listed before a kind of company by ownership (外企, 央企, 民企), a description first
    ("峰禾诺德、岭通等重点外企深化布局。", "岭通", "Enterprise"),
    # roads listed before an important kind of road, after the verbs of their repair
    ("维修改造雪峰大道、青禾路等58条重要道路。", "雪峰大道", "Road"),
    # … with the adverb before that verb (开展|深入贯彻某某学习教育)
    ("扎实开展深入贯彻雪峰规定精神学习教育，持续深化纠治。", "深入贯彻雪峰规定精神学习教育", "Program"),
    # … in an item of a list the campaign verb takes
    ("扎实开展党纪学习教育、深入贯彻雪峰规定精神学习教育，推动作风转变。", "深入贯彻雪峰规定精神学习教育", "Program"),
    # … and opens it where the programme is the subject of the clause
    ("规范雪峰执法专项行动扎实开展，检查数量下降。", "规范雪峰执法专项行动", "Program"),
    ("峰禾改革和规范雪峰执法专项行动深入推进。", "规范雪峰执法专项行动", "Program"),
    # belts, ports and reservoirs listed before their shared head
    ("推进峰禾、雪杉等产业带建设。", "雪杉", "Project"),
    ("实施敦煌、玉门、雪杉等重点口岸提升工程。", "玉门", "Port"),
    # leagues by their quoted short form (“某超”, “某BA”)
    ("举办“雪超”、“雪BA”等赛事。", "雪BA", "Event"),
    # an action plan keeps the verbs of its aim, after the verb that takes it
    ("制定我省融入服务雪岭统一大市场建设行动方案。", "融入服务雪岭统一大市场建设行动方案", "Plan"),
    # reserves listed before their shared head; resorts and tourist areas by their heads
    ("启动峰禾、雪杉、云岭保护区生态保护修复。", "雪杉", "ProtectedArea"),
    ("敦煌市雪峰旅游区晋升为国家5A级景区。", "敦煌市雪峰旅游区", "ScenicArea"),
    # an event keeps the year of its edition, and starts at a bare year after a verb
    ("承办2031年全国雪峰日主场活动。", "2031年全国雪峰日主场活动", "Event"),
    ("雪峰女足勇夺2030峰禾杯冠军。", "2030峰禾杯", "Event"),
    ("举办雪岭天文学会2030年度学术年会。", "雪岭天文学会2030年度学术年会", "Event"),
    # a city's development clusters (组团) by their head
    ("峰禾组团城市框架初步形成。", "峰禾组团", "Locality"),
    # a system opened by a quoted code is a programme, from its code
    ("迭代完善“242”雪峰治理体系。", "“242”雪峰治理体系", "Program"),
    # a campaign verb the tagger reads as a noun (信用建设) does not end the clause
    ("全国雪峰主体信用建设综合改革试点获批。", "全国雪峰主体信用建设综合改革试点", "Program"),
    # a quoted experience to follow is a programme
    ("坚持和发展新时代“雪峰经验”，推进信访工作。", "雪峰经验", "Program"),
    # a jurisdiction's government by its level word or its division
    ("省政府出台支持措施，敦煌市人民政府组织实施。", "省政府", "Organization"),
    # a state's title with no place in it is a programme places are admitted to
    ("争创国家智能农机创新示范区。", "国家智能农机创新示范区", "Program"),
    # a run of quotes is typed by the word after the last: each quote is a programme
    ("深化“峰禾岭通”“雪溪青岭”等改革。", "峰禾岭通", "Program"),
    # a quoted reform whose items are rolled out (重点事项)
    ("推出“高效办好雪峰事”重点事项30个。", "高效办好雪峰事", "Program"),
    # projects listed before a described head (等一批“某某”标志性项目)
    ("峰禾能源大安、岭通电气洮南等一批“绿电氢氨醇”标志性项目建成投产。", "岭通电气洮南", "Project"),
    # ... or before the kind they share (等大型商业综合体)
    ("峰禾天地、岭通国贸中心等大型商业综合体投入运营。", "峰禾天地", "Project"),
    # the area a programme covered is no part of its name
    ("完成3万亩退耕还林工程的补植任务。", "退耕还林工程", "Program"),
    # a quoted scheme whose projects are counted is a programme
    ("部署实施“峰禾双领”项目400项以上。", "峰禾双领", "Program"),
    # a quoted layout of a network, counted sites, counted lakes
    ("建成雪岭“七横一纵”电网主网架。", "七横一纵", "Project"),
    ("推进“三基地两中心”建设。", "三基地两中心", "Project"),
    ("“两个雪峰基地”初具规模。", "两个雪峰基地", "Project"),
    ("“一湖两海”水质持续改善。", "一湖两海", "Place"),
    # ... but one kind counted is a programme's target
    ("加快推进“四个示范县”和“六个园区”建设。", "六个园区", "Program"),
    # a listed project that ends in a noun of work is a programme, unless it names a place
    ("继续推进峰禾林、雪溪坡面治理等专项生态治理项目。", "雪溪坡面治理", "Program"),
    ("继续推进雪峰县河道治理、峰禾林等专项生态治理项目。", "雪峰县河道治理", "EcologicalProject"),
    # the macro-regions of the country and its neighbourhood, from the reference data
    ("深化与东北亚国家合作，推动东北全面振兴。", "东北亚", "Region"),
    ("深化与东北亚国家合作，推动东北全面振兴。", "东北全面振兴", "Program"),  # 东北 qualifies it: no place of its own
    # a bank by its trade word (农商行), with the province's name in it
    ("吉林农商行正式挂牌运营。", "吉林农商行", "Enterprise"),
    # the cooperation of two provinces by their abbreviations
    ("深化闽宁协作，加强京津合作。", "闽宁协作", "Program"),
    # 促进 before a site is a predicate, not part of its name
    ("促进雪岭中亚班列高质量发展。", "雪岭中亚班列", "Railway"),
    # a predicate's complement of result (打造成) is no part of the name after it
    ("把雪峰打造成雪岭合作先导区的核心区。", "雪岭合作先导区", "Region"),
    # games of the province by its level word, races around a lake (环某某湖), listed events
    ("办好省第十七届运动会、环雪峰湖国际自行车赛等赛事。", "省第十七届运动会", "Event"),
    ("办好省第十七届运动会、环雪峰湖国际自行车赛等赛事。", "环雪峰湖国际自行车赛", "Event"),
    # a quoted programme ending in 计划, alone or in a run
    ("深入实施“雪峰英才计划”“雪峰俊才支持计划”，提高质效。", "雪峰俊才支持计划", "Program"),
    # a quoted code names its programme or plan with the word after it
    ("深化实施“1269”行动计划。", "“1269”行动计划", "Plan"),
    ("纵深开展雪峰高质量发展“2653”行动，持续提升能力。", "“2653”行动", "Program"),
    # a verb that opens a word of the dictionary (开发 of 开发区) is not dropped from a name
    ("开展开发区用地质效提升攻坚行动，探索打造一批专业园区。", "开发区用地质效提升攻坚行动", "Program"),
    # a system opened by a quoted name is a programme, named from the quote
    ("完善“文韵雪峰”公共文化服务体系。", "“文韵雪峰”公共文化服务体系", "Program"),
    # a quoted way of working (工作法) is a programme
    ("推广“峰禾社区工作法”，抓好社区工作。", "峰禾社区工作法", "Program"),
    ("推广“峰禾社区”工作法。", "“峰禾社区”工作法", "Program"),
    # a foreign city the tagger runs into its country's name is read without it
    ("与蒙古国乔巴山市等国际友城关系持续巩固。", "乔巴山市", "Place"),
    ("扎实推进“百项改造提升”。", "百项改造提升", "Program"),
    # a zone title named after the whole country is a programme
    ("携手京津共建美丽中国先行区。", "美丽中国先行区", "Program"),
    # quoted corridors and platforms are built works
    ("加快打造“雪峰氢走廊”“雪峰空中走廊”。", "雪峰空中走廊", "Project"),
    ("提升“峰禾聚”平台研发成果转化力度。", "峰禾聚", "Project"),
    # meetings on site, exhibitions, festivals of the steppe, events listed before 系列活动
    ("雪岭省健康促进区现场会成功召开。", "雪岭省健康促进区现场会", "Event"),
    ("继续举办好峰禾草原音乐那达慕等有影响力的音乐节庆活动。", "峰禾草原音乐那达慕", "Event"),
    ("成功举办了青少年友好交流、峰禾友城油画展等系列活动。", "峰禾友城油画展", "Event"),
    # homes for the aged and other public buildings by their heads
    ("重点推进哈克区域敬老院建设。", "哈克区域敬老院", "PublicServiceFacility"),
    # rules and regulations in title marks are plans (制度, 规定)
    ("出台《雪峰重大决策出台前报告工作制度》《雪峰区政府列席会议规定》。", "雪峰区政府列席会议规定", "Plan"),
    # a plan followed by the verb done to it (规划编制) is the plan
    ("完成雪峰湖流域生态治理规划编制。", "雪峰湖流域生态治理规划", "Plan"),
    # a kind closing a list before the work done on it; works counted by 项 under a kind of
    # 工程 described; campuses listed before their kind
    ("推进青苑、北峰等大尺度郊野公园建设。", "北峰", "PublicServiceFacility"),
    ("实施雪坎等30项市级疏堵工程。", "雪坎", "Project"),
    ("推动峰禾平原水资源配置、雪岭湖区水安全能力提升等战略性工程纳入国家盘子。",
     "雪岭湖区水安全能力提升", "Project"),
    ("加快建设雪峰工业大学青禾校区等市属高校新校区。", "雪峰工业大学青禾校区", "PublicServiceFacility"),
    # a quoted count of one-character sites, with the river they are built along, and a
    # network with its rings are works; a count of anything else is a programme
    ("“四校两院”服务能力不断提升，“三园一河”启动区建成。", "四校两院", "Project"),
    ("“四校两院”服务能力不断提升，“三园一河”启动区建成。", "三园一河", "Project"),
    ("提升“六站三场”接驳服务。", "六站三场", "Project"),
    ("“七纵三横两环”高速公路骨架网基本形成。", "七纵三横两环", "Project"),
    ("推行“一县一策”帮扶。", "一县一策", "Program"),
    # facilities listed before a described kind of 装置; a list closed by a count of more than
    ("加快雪峰探测、峰禾橇等大科学装置预研建设。", "峰禾橇", "Project"),
    ("推进雪峰存储二期、青禾岚图等1200多个重大项目建设。", "青禾岚图", "Project"),
    # a phase or a terminal the tagger runs into an airport's name is the airport's works
    ("今年工作很多。加快建设峰城机场二期。", "峰城机场二期", "Airport"),
    ("今年工作很多。雪岭机场航站楼投用。", "雪岭机场航站楼", "Airport"),
    ("今年工作很多。推动青州长乐国际机场二期、雪岭翔安国际机场通航。", "青州长乐国际机场二期", "Airport"),
    ("今年工作很多。加快建设济源机场二期。", "济源机场二期", "Airport"),
    # a long reform or pilot a campaign verb takes is the state's programme, named or not
    ("今年工作很多。推进财务科学管理综合试点。", "财务科学管理综合试点", "Program"),
    ("今年工作很多。推进数字政务一体化综合改革。", "数字政务一体化综合改革", "Program"),
    # a plan taken by a plan verb: an adverb inside its aim, a regulation of one word, the
    # outline of an action and a plan of reform
    ("今年工作很多。出台实施乡村全面振兴规划。", "乡村全面振兴规划", "Plan"),
    ("今年工作很多。推动出台数据条例。", "数据条例", "Plan"),
    ("今年工作很多。制定促进共同富裕行动纲要。", "促进共同富裕行动纲要", "Plan"),
    ("今年工作很多。争取雪峰新区政策集成改革方案获批。", "雪峰新区政策集成改革方案", "Plan"),
    # an event's short form before a conjunction is an event of its own, not a part of the next
    ("今年工作很多。办好雪贸会及首届雪峰国际消费品博览会等重大展会。", "首届雪峰国际消费品博览会", "Event"),
    ("今年工作很多。实施社会和经济效益提升工程。", "社会和经济效益提升工程", "Program"),  # 社会 is a word
    # a division's name the tagger reads as a verb there (惠民 of 文化惠民) makes no site
    ("今年工作很多。创新实施文化惠民工程。", "文化惠民工程", "Program"),
    # a pipeline between two cities, open-pit mines listed, projects of foreign investment
    ("今年工作很多。规划建设包头至大同输氢管道。", "包头至大同输氢管道", "EnergyProject"),
    ("今年工作很多。持续推进雪峰西露天矿、青禾海州露天矿等矿坑综合治理。", "青禾海州露天矿", "IndustrialProject"),
    ("今年工作很多。雪峰阿美、青禾宝马全新动力电池等重大外资项目落地。", "青禾宝马全新动力电池", "Project"),
    # a campaign of annihilation (歼灭战) on a named desert is a programme, as an 攻坚战 is
    ("今年工作很多。雪峰沙地歼灭战取得阶段性成效。", "雪峰沙地歼灭战", "Program"),
    # a facility of the state named by a field of three characters, or after 全国; the country's
    # market to build is a programme, no marketplace
    ("今年工作很多。国家氢计量中心加快建设。", "国家氢计量中心", "PublicServiceFacility"),
    ("今年工作很多。全国高校区域技术转化中心投入运行。", "全国高校区域技术转化中心", "PublicServiceFacility"),
    ("今年工作很多。深度融入全国统一数据大市场。", "全国统一数据大市场", "Program"),
    # a trade-in programme is named by what is traded in (以旧换新 as a programme's head)
    ("今年工作很多。扩围实施家电以旧换新。", "家电以旧换新", "Program"),
    # 首届 opens an event's name as 第N届 does, the company hosting it before it
    ("今年工作很多。雪峰集团首届青禾创作者大会在我省举办。", "首届青禾创作者大会", "Event"),
    # the places a section of a road or a line runs between
    ("今年工作很多。改扩建京沪高速雪沂至峰都段。", "峰都", "Locality"),
    ("今年工作很多。投资4300万元的雪峰桥至青禾桥段工程整体完工。", "青禾桥", "Locality"),
    ("今年工作很多。重点推进贺兰山至雪岭山段沿黄岸线治理。", "雪岭山", "Mountain"),
    # a metro line numbered after a letter, three digits long
    ("今年工作很多。推动轨道交通M203线规划建设。", "轨道交通M203线", "Railway"),
    # a company the tagger names by a city and one word, the subject of a verb
    ("今年工作很多。鄂州科技获“中国工业大奖”。", "鄂州科技", "Enterprise"),
    # an action a campaign verb takes, named by a field of work of the genre
    ("深入实施城市建设行动。", "城市建设行动", "Program"),
])
def test_names_of_the_genre(sentence, surface, label):
    assert spans(sentence).get(surface) == label, spans(sentence)


@pytest.mark.parametrize("sentence, junk", [
    # generic head-noun phrases
    ("建设综治中心和科技创新平台，新建抽水蓄能电站。", None),
    ("深化科技体制改革。", None),
    # spans that start with a verb or run over a clause
    ("上线运行政务服务平台。", None),
    ("按照省委十一届十一次全会部署推进工作。", "按照省委十一届十一次全会"),
    # slogans and formulas
    ("增强“四个意识”，做到“两个维护”。", None),
    ("建设“两个基地”，打造“六大高地”。", None),
    # quantities and clauses typed as entities
    ("原盐产量达到100万吨以上，全年生产原盐750万吨左右。", None),
    ("全年生产钾肥750万吨左右。", None),
    ("完成395台燃煤锅炉超低排放改造，压减2812万吨钢铁产能。", None),
    # generic phrases the tagger takes for names
    ("推进海绵城市建设，做强新能源汽车产业。", None),
    ("支持国有、民营等企业发展。", None),
    ("推进新型基础设施等重大项目建设。", None),
    ("发展成就显著，加强消费券、“票根”跨领域联动。", None),
    ("新材料、新能源等投产见效，水泥、钢铁等投产。", None),
    ("出台20条措施，打通53条断头路，开通航线483条。", None),
    ("提升市场化要素平台功能，建设3个省级数据共享平台，新建省数据平台。", None),
    ("新增300多条河道，治理2000条河，清理100个湖。", None),
    # the tagger's place that is the head and one character more names nothing (综合运输|大通道)
    ("积极构建承东启西、沟通南北的综合运输大通道。", None),
    ("建成2025年产业园，新增300家专业市场，改善7000多所学校条件，选送1000场戏曲进社区。", None),
    ("走出一条新路—高质量发展之路，坚持走好绿色发展之路—这是必由之路。", None),
    ("完成投资100亿元，投资3500万元的供水管网改造完成，投资1.3亿元的项目全部开工。", None),
    ("严格执法，创新工作方法，落实依法治省要求。", None),
    ("新增3万家市场主体，培育百家龙头企业。", None),
    ("推进一期项目建设，实施3个园区二期项目。", None),
    ("实施科技创新专项，布局20个左右重大专项，推进40项省科技重大专项。", None),
    ("新建写字楼和商业街，完善体育场馆和文体馆。", None),
    ("推动创建更多5A级旅游景区，做好国家4A级旅游景区申报。", None),
    ("培育上市公司，吸引跨国公司，发挥行业协会作用。", None),
    ("建设综合试验区和城市群。", None),
    ("建设平安校园，提高健康水平。", None),
    ("落实投资计划。", None),
    ("规范农贸市场，建设文化广场。", None),
    ("改善乡村学校和公办幼儿园办学条件。", None),
    # a 工程 whose aim is a bare verb, an ordinal or under four characters
    ("加大民生工程投入，推进提升工程和二期工程。", None),
    # a head inside a longer word (市场 of 市场化)
    ("推进雪岭市要素市场化配置综合改革。", "雪岭市要素市场"),
    # two names joined by a conjunction stay two (the first ends in a head or a quote)
    ("建设雪峰景区和东山组团绿化工程。", "雪峰景区和东山组团绿化工程"),
    ("实施“百项提升”和“百项攻坚”工程。", "“百项提升”和“百项攻坚”工程"),
    # the kind a list shares is no name of its own
    ("推动雪峰、云岭等国家级战略性新兴产业集群发展。", "国家级战略性新兴产业集群"),
    # 企业 inside a clause after the list is no kind the list names
    ("打通排污许可、达标排放、信息披露等面向企业的政策链。", None),
    # counted pieces of a formula (两个…, 五张…, 两篇…)
    ("坚持“五个更加注重”，做好“两篇大文章”，用好“五张榜单”。", None),
    # what a clause rejects is no programme
    ("坚决防止“面子工程”“政绩工程”。", None),
    # listed clauses are no projects
    ("推进保障和改善民生、具有全局性的基础设施建设等重大项目。", None),
    # ... not by a quote or a code
    ("推进“千项百亿”重大项目，落实PPP存量项目。", None),
    # a name whose bracket does not close is cut, not a name
    ("完善老年大学（学校体系。", None),
    # ... nor a rating alone a site
    ("敦煌市雪峰石林创建国家5A级旅游景区。", "国家5A级旅游景区"),
    # a campaign verb taking a one-word head names nothing (开展试点, 推进计划)
    ("在敦煌市开展试点，分区域制定推进计划。", "敦煌市开展试点"),
    # kinds of plan, and a plan's kind that describes what follows it
    ("统筹发展规划、空间规划、专项规划。", None),
    ("全面构建省市县乡“多规合一”国土空间规划体系。", None),
    # a head inside a longer word (赛 of 赛道) names no event
    ("抢占雪峰智能新赛道，办好第三届雪岭冰雪大赛。", "雪峰智能新赛"),
    # a site promoted to a rating is named on its own, not with the verb
    ("峰禾湖景区、雪杉湾旅游区晋升为国家5A级景区。", "雪杉湾旅游区晋升为国家"),
    # a region alone, and a head inside an unclosed quote, name no programme or event
    ("京津冀地区水质改善，办好第20届“峰洽会”雪峰分会。", "第20届“峰洽会"),
    # industries and kinds of work listed as projects are no projects
    ("建设一批化工新材料、专用化学品等项目，民间资本参与海上风电、核电等重大项目。", None),
    # 港 after no division names no port
    ("发展临港产业，打造现代化大港和高端港。", "现代化大港"),
    # ... and a stage alone names nothing
    ("推进主体工程和土建工程建设。", None),
    # ... nor what a road's works did before its stage (完成|路基工程)
    ("岭通大道西段完成路基工程。", "岭通大道西段完成"),
    # strategic results and opportunities (战略成果, 战略机遇) are no strategy
    ("疫情防控取得重大战略成果，用好重大战略机遇期，把握好共同富裕这个战略目标。", None),
    # a year before an event's name is its edition, no number of a place or part of a site
    ("办好第三届雪峰青年创新周、2031西山科技金融峰会。", "2031西山"),
    ("成功举办首届峰城边塞文化旅游季和2031峰城古城国际灯光节。", "2031峰城古城"),
    # storms named in quotes (“甲”“乙”强台风, “甲”台风) are no programmes
    ("面对“雪岚娜”“峰影丽”强台风影响，全力救灾。“雪岚娜”“峰影丽”台风过后，迅速恢复生产。", None),
    # ... and by their voltage alone a grade of works, none named
    ("加快500千伏输变电工程建设。", None),
    # a limit (以内) after an amount is a quantity, no plant
    ("磷矿开采总量控制在1100万吨以内。", None),
    # a ski resort's rating (S级) names no resort
    ("实施A级旅游景区、S级滑雪场提升工程。", "S级滑雪场"),
    # a site's name inside a company's (某省港|屿特钢有限公司) is no port
    ("福建港屿特钢有限公司年产60万吨不锈钢冷轧项目建成试产。", "福建港"),
    # contracted works abroad (对外承包工程) are a field of trade, no works
    ("对外承包工程完成营业额居全国前列。", None),
    # sites counted (32个, 三个) are many of a kind, none named
    ("推进32个城中村改造项目，全长1.3万公里的三个一号旅游公路全线贯通。", None),
    # an industry of 工程 (工程装备, 工程机械) is no works
    ("累计引进海洋工程装备、雪峰工程机械等项目27个。", "累计引进海洋工程"),
    # a head inside a name the tagger marks (工程 of 中国工程院) is part of that name
    ("雪岭有3人当选中国工程院院士。", "3人当选中国工程"),
    # a rate before a capacity (年产, 日产) is no part of the operator's name
    ("关停云岭水泥有限公司日产500吨熟料生产线。", "云岭水泥有限公司日产"),
    # troops stationed in a place, thanked at the end, and the work of 港澳台 are no bodies
    ("向驻雪人民解放军、武警部队官兵表示感谢。", "雪人民解放军"),
    ("向中央驻浙单位、驻浙人民解放军表示感谢，推进驻马店建设。", "浙人民解放军"),
    ("向关心支持雪岭发展的港澳台同胞表示感谢。", "港澳台"),
    # the kind listed programmes share, and pilots counted, are no programme
    ("深化敦煌市科创金融、玉门市普惠金融等国家级区域金融改革试点。", "国家级区域金融改革试点"),
    ("成功争取一批国家重大政策改革试点。", None),
    # common words before 乡 or 镇, where the province has no town so named, are no town
    ("持续推进文明乡风建设，治理雪峰河。", "文明乡"),
    ("加快现代农业产业园、产业强镇建设，治理雪峰河。", "产业强镇"),
    # a tagged name opening inside a word of the dictionary (理顺|盟市, 担负起|党中央) is cut
    ("进一步理顺盟市与旗县两级财政事权，治理雪峰河。", "顺盟市"),
    ("切实担负起党中央赋予河南的重大使命。", "起党中央"),
    # a kind of town or county, where none is so named at home
    ("建设中心镇，治理雪峰河。", "中心镇"),
    # 路 after no place names no street
    ("推进一带一路建设，走出新路子，完善路网，拓宽思路。", None),
    # a modifier the tagger cut out of a word (制造|业园区), or a kind of body (国家实验室), names nothing
    ("推进制造业园区优化整合，争创国家实验室基地。", None),
    # a programme's head describing the noun after it names no programme
    ("加快敦煌市零售业创新提升试点城市建设，推进玉门市改革发展历程。", "敦煌市零售业创新提升试点"),
    # ... but counted they are many facilities, none named
    ("落户4个国家区域医疗中心。", None),
    # a listed head followed by another head is not the shared one
    ("建成运营峰禾、雪杉口岸互贸区。", "运营峰禾口岸"),
    # a kind of resort after a rating names nothing
    ("推动景区创建国家级旅游度假区。", None),
    # an action plan stops at a function word; a count before 路 and 智慧 before a head name nothing
    ("落地一批省级重点改革任务和峰禾五市两年行动方案。", "落地一批省级重点改革任务和峰禾五市两年行动方案"),
    ("建设百乡千村万里路，推进智慧社区建设。", None),
    # verbs of being rated or shown (亮相, 位列, 被评为) end a clause before a name
    ("峰禾集团重组整合被评为全国国企改革样板，典型案例亮相联合国气候变化大会。", "典型案例亮相联合国气候变化大会"),
    ("雪岭博物院位列国家一级博物馆。", "雪岭博物院位列国家一级博物馆"),
    # ... not the report it gives
    ("提请审议省政府工作报告。", None),
    # a title counted is held by many places, none named
    ("新增5个国家智能农机创新示范区，国家草原保护示范区12个。", None),
    # place names inside other words
    ("确保社会长治久安，提高适应城市发展的能力。", None),
    # the report's own congress session
    ("提请大会审议，经第十四届人民代表大会第四次会议批准。", None),
    # a run of quotes with no word after it that types it names nothing
    ("把握“峰之大者”“岭之要事”。", None),
    # a description (标志性) before a kind that is no head of a list does not make one
    ("峰禾、岭通等标志性成果不断涌现。", None),
    # kinds of park by their aim (零碳, 中试), and works counted, name none
    ("支持零碳园区存量负荷绿电直连，鼓励更多园区创建零碳园区。", None),
    ("依托高校打造一批概念验证、中试服务平台。", None),
    ("建成20个500千伏雪峰输变电工程。", None),
    # 落细 and 结束 are predicates, no part of a name
    ("落实落细民生工程。", None),
    ("通化、白山结束不通高铁历史。", "白山结束不通高铁"),
    # a compass point of a place (东北部) is no region; a division across two words is none
    ("雪岭省东北部山区降水偏多。", None),
    ("加强太行山东北部生态综合治理。", "山东"),  # 太行山 is the mountain (jieba's dictionary)
    # ... not one abbreviation twice, nor inside a longer word
    ("新中合作不断深化，川川协作。", None),
    # 锚定 and 形成 are predicates; a phrase opened by a preposition is no town
    ("锚定省委确定的目标任务。", "锚定省委"),
    ("加快形成以城带乡、城乡一体的发展格局。", None),
    # a city's name inside a common word of the dictionary (海口 of 出海口) is no mention
    ("雪峰机场成为内陆“空中出海口”。", "海口"),
    # kinds of activity listed before 赛事活动 are no events
    ("精心组织演唱会、音乐节和“雪超”等赛事活动。", "精心组织演唱会"),
    # a kind of company (国有…公司, 高风险银行) is none
    ("高风险银行机构全面清零，推进国有融资平台公司转型升级。", None),
    ("多渠道补充中小银行资本金，推动大型商业银行、政策性银行发挥作用，规范金融控股公司。", None),
    # a level makes a kind (省级政府投资基金)
    ("将8个公司运营的16支省级政府投资基金整合为产业、科创2支基金。", None),
    ("建设乡镇敬老院和公办养老院。", None),
    # places in a programme counted are no programme
    ("增加5000个普通高中招生计划。", None),
    # ... not with the work done under it
    ("认真落实“1571”工作部署。", None),
    ("健全“民呼我为”工作体系。", None),
    # quoted counts of duties (件, 项) are formulas; a hundred of them is a campaign
    ("狠抓“三件大事”和“五项重点工作”不放松。", None),
    # a head after a word of place (中, 上) is a verb: 在学习中行动, 政治上行动上
    ("在行动中学习、在学习中行动，做到思想上政治上行动上同党中央保持高度一致。", "学习中行动"),
    # a quoted watchword followed by a principle, a duty or a problem is a formula of conduct
    ("严格落实“四水四定”原则，压紧压实“三管三必须”责任。", None),
    ("严格落实“三重一大”决策机制，推进“一地多补”问题整改。", None),
    ("坚持“立足防、超前治、科学救、注重建”工作方针，按照“精兵简政、放权赋能”改革方向加快转变。", None),
    # the role a place plays (以某某为中心) and parks counted (3家高新区) name no site
    ("推进以兰州都市圈为中心的城市群发展。", "兰州都市圈为中心"),
    ("雪峰、青溪3家高新区位列全国50强。", None),
    # companies of a kind (上市公司, 跨国公司 after anything), a generic grade (高水平医院)
    ("科创板、北交所上市公司数量居全国第一，招引更多跨国公司地区总部。", "北交所上市公司"),
    ("高水平医院加力建设。", None),
    # a programme's kind after a verb that rejects it (坚决反对) is work to avoid
    ("坚决反对政绩工程、形象工程。", None),
    ("举办国际矿业大会。", "国际矿业"),
    ("制定一体推进的实施方案。", None),
    # laboratories of a level counted or built by someone, and a system of them, are no laboratory
    ("全国重点实验室从15家跃升到38家，新建3个省实验室，争创国家实验室。", None),
    ("西湖大学牵头建设全国重点实验室、实现省属高校零的突破。", "西湖大学牵头建设全国重点实验室"),
    ("构建开放型汽车生态实验室体系。", None),
    # amounts of work (lengths, counted units) listed or counted are no projects
    ("新建5条主干道路、2台热水锅炉、12公里热力主管网、10公里供水管网等项目。", None),
    ("完成200套结转公租房建设任务。", None),
    ("投资550万元雪峰县文体馆项目基本完工。", "550万元雪峰县文体馆项目"),
    # a site right after the verb that builds it has no name; two things joined are no laboratory
    ("支持营口片区建设陆港枢纽产业园。", "营口片区建设陆港"),
    ("推动产业集群与实验室群、中试平台发展。", None),
    # kinds of clinic and kindergarten; a place the tagger runs into a river's section
    ("为1000家社区卫生服务中心、乡镇卫生院配备终端，普惠性幼儿园覆盖率达到93%以上。", None),
    ("开工长江池州段河道治理。", "长江池州"),
    # a company settling in a park is no part of the park's name; plants counted are no project
    ("雪峰4S店入驻青禾国际汽车产业园。", "雪峰4S店入驻青禾国际汽车产业园"),
    ("重点实施5个奶牛规模养殖场、350万株花卉种植等项目建设。", None),
    # a rejecting verb takes every quote of the run after it
    ("不搞“形象工程”、“政绩工程”，久久为功。", None),
    # a city's title (国家中心城市) names no centre; flights to a region no route
    ("加快雪峰国家中心城市建设。", None),
    ("积极巩固俄蒙航线，拓展东南亚航线。", "东南亚航线"),
    # a quoted count of results sums up a year, naming no programme
    ("对外贸易实现规模、增速、质量“三提升”，粮食实现“十连丰”。", None),
    ("引进外资等企业。", None),
    ("守护好黄河青海流域的外围屏障。", "青海流域"),
    # a market to sell in (国际市场, 新兴市场) is no marketplace; 民办 is a generic grade
    ("拓展雪岭特色产品国际市场，开拓新兴市场。", "雪岭特色产品国际市场"),
    ("普惠性民办幼儿园覆盖率提高。", None),
    # a kind of government to build (清廉政府) is no body; a level's or a city's government is
    ("建设清廉政府、法治政府和数字政府。", None),
    # companies counted inside the span (80余家…公司) are none
    ("推动80余家央企二三级公司落户。", None),
    # a grade of the world (世界一流) makes a kind of university
    ("建设世界一流大学和优势学科。", None),
    # a company's head inside a quoted slogan, kinds of bank and of company
    ("推动农商行、村镇银行改革重组，推进城投公司转型。", None),
    ("打造济宁4大机器人产业基地。", "济宁4大机器人产业基地"),
    ("全面打响“好品雪岭 商行天下”品牌。", "好品雪岭 商行"),
    # a place the tagger marks that is made of common words only is a kind of place
    ("加快山区海岛县高质量发展。", None),
    ("建设生态宜居美丽乡村。", None),
    ("加强文物古迹、名城名镇、历史文化街区保护。", None),
    ("宜居村庄整治建设基本实现全覆盖。", None),
    # production lines counted: no metro line (G331线 is a road by its number)
    ("新增5条生产线，改造G331线。", "5条生产线"),
    # a site promoted or awarded: the name ends before the verb, and a level is no place
    ("雪峰国际物流园区晋升为自治区级物流园区。", "雪峰国际物流园区晋升为自治区级物流园区"),
    ("雪峰国际物流园区晋升为自治区级物流园区。", "自治区级物流园区"),
    ("峰禾社区卫生服务中心被授予国家级示范中心称号。", "峰禾社区卫生服务中心被授予国家级示范中心"),
    # a title of the state or a coded cluster is no cluster named by a place
    ("现代煤化工入选国家先进制造业集群。", None),
    # verbs before a programme's head that goes on into a phrase (战略|引领) name no programme
    ("更加注重强化战略引领，突出战略导向。", None),
    # the work done under a quoted phrase names no programme, unless it counts or ends in a kind
    ("做好政府规章“立改废”工作，健全“天罗地网”工作体系。", None),
    # sites counted before a shared head are no names
    ("建成运输机场3座、通用机场8座。", None),
    # an action named by one word of the language only (参保) is no named programme
    ("实施高质量参保行动，支持灵活就业人员参保。", None),
    # a numbered budget line or spirit (“三公经费”, “三北精神”) is a formula, no programme
    ("全区“三公经费”较上年下降，大力弘扬“三北精神”。", None),
    # a quoted pairing of fields, or a quote a preposition follows, is no campaign
    ("统筹推进“文化+科技”融合，推动“雪峰青禾”向纵深发展。", None),
    # a word of the language before 路 names no street
    ("走好新时代长征路，修复坑洼路。", None),
    # a verb before 规划 is the predicate, no aim of a plan
    ("推进前期的要抓紧完成规划、土地等报批手续，把握时序节奏,推动规划落地。", None),
    # a clause before a shared head names nothing
    ("通化、白山结束不通高铁历史。", "白山结束不通高铁"),
    # a count of two things that are no sites (两个方面), or what is built for them
    ("抓好质量和效益两个方面，启动正阳和建设2个办事处文体活动中心项目。", None),
    # a system of works is no programme of works
    ("完善雨水情监测预报体系、水旱灾害防御工程体系。", None),
    # a kind of gathering with no name: a fair of goods, a salon, a round-table system
    ("参与展会、推介会、商品大集等活动，开展政商沙龙，用好外资企业圆桌会议制度。", None),
    # the clause of 以…为重点 before a programme's head names no programme
    ("以应对人口老龄化、少子化为重点完善人口发展战略。", None),
    # a quoted word of the language that opens with a numeral counts nothing
    ("优化政务服务“一站式”功能，“一对一”结对子。", None),
    # a town's ending inside a quoted formula, with no town so named at home
    ("建立“村收镇运区处理”的保洁机制。", None),
    # a road that gives a school or a station its name is no mention of the road
    ("推进青溪路中学扩建。", "青溪路"),
    ("实施了雪峰公路客运总站建设。", "雪峰公路"),
    # aims listed in a quote before the model they make
    ("推动形成“内需主导、消费拉动”增长模式。", None),
    # a count of no number before a kind, a verb of admission, 乡 opening a word (乡风)
    ("争创更多国家级零碳园区。", None),
    ("大力倡导文明乡风。", None),
    # funds of a level or a kind, counted or not, name no fund
    ("将16支省级政府投资基金整合为2支基金，在省产业基金下设立科创子基金。", None),
    # formulas of the genre, however the tagger reads them
    ("坚持全面从严治党，践行绿水青山就是金山银山理念，冰天雪地也是金山银山。", None),
    # a bare head listed with kinds of works
    ("民间资本参与海上风电、电站等重大项目。", None),
    # counts of lakes and rivers, however the tagger reads them
    ("治理三大湖、两条河，改善三江水质。", None),
    # hotels of a rating or a kind
    ("发展星级酒店、精品酒店。", None),
    # a list before what they do with no company known in it, a list of places
    ("青禾信息、岭通生物等快速成长。", None),
    # a new town, an industrial district and a historic block with no name
    ("建设新城，改造老城。", None),
    ("保护历史文化街区，整治老旧工业区。", None),
    # a verb opening a clause with nothing said of the programme after it is the predicate
    ("规范峰禾执法专项行动，加强监管。", "规范峰禾执法专项行动"),
    # a kind closing a list before a noun it describes; 工程 with no word of what the works are
    ("大力推进专家工作站、重点实验室、技术研究中心等平台科研工作。", None),
    # a kind whose phrase holds a head of a list (国家|重大工程) is read by the head, not as a kind
    ("今年工作很多。一批成果应用于雪峰采样、青禾深潜等国家重大工程。", None),
    ("雪峰物流二期、青禾大桥加固等工程按期实施。", "青禾大桥加固"),
    # nor a kind of park or platform one (合作 of 经贸合作园区), though the division itself is one
    ("今年工作很多。推进境外经贸合作园区建设，打造合作平台。", None),
    ("今年工作很多。新兴产业创新中心、制造业创新中心达到8家。", None),
    # the country's slogan, the plenums of a term taken together, the kind of plan for land
    ("今年工作很多。加快建设美丽中国，全面贯彻二十届历次全会精神，完成国土空间规划编制。", None),
    # a field of the state that is one word (实验室), or a level (全国性): a kind, no facility
    ("今年工作很多。积极争创国家实验室基地，支持雪峰建设全国性综合交通枢纽。", None),
    # a regulation of one word with no verb taking it is a kind of regulation
    ("今年工作很多。数据条例很多。", None),
    # reforms of a kind of system, of two things, counted or of a level are work, no programme
    ("今年工作很多。深化园区管理体制改革。", None),
    ("今年工作很多。推进财务科学管理价格改革。", None),
    ("今年工作很多。推进公用事业和公共服务一体化综合改革。", None),
    ("今年工作很多。推进省级财务科学管理综合试点。", None),
    ("今年工作很多。实施100项重大科技专项。", None),
    # a city and a word before a noun they describe: the city's brand or field, no company
    ("今年工作很多。鄂州科技品牌影响力提升。", None),
    # a field of work before 行动 with no campaign verb taking it, or a word of the language
    ("城市建设行动成效明显，实施建设行动。", None),
    # inclusive childcare, a kind of service the tagger takes for a company
    ("今年工作很多。统筹发展普惠托育和托幼一体化服务，普惠托位占比提高到68%。", None),
])
def test_junk_of_the_genre_is_no_entity(sentence, junk):
    found = spans(sentence)
    if junk is None:
        assert found == {}
    else:
        assert junk not in found and found


def test_a_listed_project_is_not_read_from_inside_its_amount():
    assert spans("实施青溪镇1.6万吨蔬菜仓储等项目。") == {"青溪镇": "Place"}


def test_a_list_lends_its_class_only_from_names_of_one_class():
    assert "雪峰风电整机" not in spans("雪峰风电整机、岭通智慧产业园、青禾集团等投运增效。")
    # the tagger's guess of an organisation (青禾研究院) names it but does not make the list mixed
    assert spans("雪峰风电整机、岭通智慧产业园、青禾研究院等投运增效。")["雪峰风电整机"] == "EnergyProject"
    # kinds counted after the list, work done, a seat: no names however named the others are
    assert "社区健身园" not in spans("新建雪峰体育公园、社区健身园等1100余处。")
    assert "主要街区亮化" not in spans("伊敏河沿岸景观改造工程、主要街区亮化、雪峰广场等全面完工。")
    # a word of the language listed with a kind of site, not a company's short form
    assert "煤矿" not in spans("推进危化品重大危险源、煤矿等企业安全风险监测预警全覆盖。")
    # a list read up to its verb lends from two names, not one
    assert "数字绿谷" not in spans("松原石化园区、数字绿谷入选首批国家级零碳园区建设名单。")
    # a stretch belongs to a line, not to works of no name
    assert "特高压工程湖南段" not in spans("推进特高压工程湖南段建设。")
    # a number that opens a longer name, or a summit's, is no road of its own
    found = spans("开工G334文旅大通道改造升级项目，办好G20峰会，推广5G应用。")
    assert "G334" not in found and "G20" not in found and "5G" not in found
    # the committee's secretary, standing committee and departments are no mention of the committee
    assert "省委" not in spans("省委书记调研，省委常委会议召开，省委组织部部署。")
    # a list of fields (等领域)
    assert "雪峰新材料" not in spans("深化雪峰新材料、青禾产业园、岭通产业园等领域合作。")
    # bodies lend nothing: a list of them is one of spheres of work
    assert spans("支持工会、共青团、妇女儿童、慈善等事业发展。") == {"共青团": "Organization"}
    # the years a list is built in are no part of it
    assert "2032年" not in spans("2032年、2033年分别建成雪峰、青禾广场。")


def test_a_province_in_brackets_after_a_centre_makes_it_one():
    """国家某某中心（某省）: the centre the province hosts is one centre, named with its bracket;
    a bracket a noun goes on after (美丽某江（某省）经济带) is inside a longer name."""
    found = spans_in_report_of("福建省", "高质量建设国家碳计量中心（福建），推进美丽雪江（福建）经济带建设。")
    assert found["国家碳计量中心（福建）"] == "PublicServiceFacility"
    assert not any(name.endswith("（福建）") for name in found if name.startswith("美丽"))


def test_another_city_s_district_is_no_mention_in_a_county_s_report():
    """新城区 is a district of 呼和浩特: a mention in that city's report, a new town area in the
    report of a district of another city of the same province."""
    body = "二、2031年工作安排\n" + "各项工作稳步推进。" * 40 + "新城区建设要全面加快。"
    at_home = parse_text("2031年呼和浩特市人民政府工作报告\n各位代表：\n" + body)
    elsewhere = parse_text("2031年呼伦贝尔市海拉尔区人民政府工作报告\n各位代表：\n" + body)
    assert "新城区" in {s.text for s in at_home.spans[SPAN_KEY]}
    assert "新城区" not in {s.text for s in elsewhere.spans[SPAN_KEY]}


def test_a_superlative_describes_a_site_it_does_not_name():
    """全球最大某某基地 describes one site without naming it; 亚洲最大专业货运机场某某国际机场
    names the airport after its description."""
    assert spans("亚洲最大专业货运机场雪峰国际机场建成投运，全球最大烷烃一体化生产基地投产。") == {
        "雪峰国际机场": "Airport"}


def test_the_jurisdiction_s_level_word_names_the_institution_it_runs():
    """区医院 in a district's report, 省博物馆 in a province's: the one the jurisdiction runs;
    县医院 in a district's report and 市图书馆 in a province's are any county's or city's."""
    assert spans_in_report_of("呼伦贝尔市海拉尔区", "确保区医院晋升为二级甲等综合医院，建设县医院。") == {
        "区医院": "Organization"}
    found = spans_in_report_of("江西省", "省博物馆“雪峰厅”揭牌，市图书馆开放。")
    assert found["省博物馆"] == "Organization" and "市图书馆" not in found


def test_the_troops_stationed_in_the_province_are_thanked_not_named():
    """向驻皖人民解放军指战员致敬: 驻 and the province's one-character name before the troops."""
    assert spans_in_report_of("安徽省", "向驻皖人民解放军指战员致以崇高的敬意。") == {}


def test_a_meeting_s_theme_is_no_site():
    """某某数据中心|大会: what the meeting is about, no data centre."""
    assert spans("办好2031全球工业互联网大会、雪峰国际数据中心大会等经贸活动。") == {
        "2031全球工业互联网大会": "Event", "雪峰国际数据中心大会": "Event"}


def test_a_city_entering_a_ranking_names_no_cluster():
    """甲市入围全球百强创新集群: the verb of admission ends the cities' part, no cluster is named."""
    assert spans_in_report_of("江西省", "南昌、九江入围全球百强创新集群。") == {"南昌": "Prefecture", "九江": "Prefecture"}


def test_a_festival_s_head_inside_a_word_names_no_festival():
    """节 ends a verb (拔节), a step (环节) and a holiday (春节): no festival is named."""
    assert spans("这五年，雪峰新区拔节生长，抓住关键环节，过好春节。") == {"雪峰新区": "Region"}


def test_a_conjunction_jieba_glues_to_a_name_ends_it():
    """商贸|街及|酒店: the 及 parts the street from a kind of building, whatever jieba's tokens."""
    assert "雪峰商贸街及酒店" not in spans("建材城、雪峰商贸街及酒店等配套项目按期开工。")


def test_a_list_starts_after_a_list_that_deng_closed_before_it():
    """支持甲、乙等市推进|丙、丁等项目: the places closed by 等 and the verb after them open no
    item of the projects' list, and one item left is no list of a shared head."""
    found = spans("支持雪峰、青禾、岭通等市推进火箭、卫星制造等重大项目。")
    assert not any("推进" in name for name in found)
    assert "文化遗址" not in spans("雪峰、青禾、岭通等三处文化遗址列入名录。")


def test_a_home_unit_whose_short_form_is_a_common_word_is_read_where_the_tagger_sees_a_place():
    # jieba's dictionary holds 房山 and 平谷 as common nouns; the tagger reads them as places,
    # alone and before the section of a line (红庙至平谷段)
    found = spans_in_report_of("北京市", "房山发展良好，轨道交通22号线红庙至平谷段基本具备开通条件。")
    assert found.get("房山") == found.get("平谷") == "CountyLevelDivision", found
    assert spans_in_report_of("湖北省", "公安、检察院依法打击犯罪。") == {}  # 公安县's short form, the word
    assert spans_in_report_of("浙江省", "房山发展良好。").get("房山") != "CountyLevelDivision"  # away from home


def test_a_home_unit_whose_short_form_sorts_a_noun_is_read_only_where_the_tagger_sees_a_place():
    # jieba's dictionary holds 大兴 as a distinguishing word (大兴…之风: to foster a way of
    # working); the tagger reads it here as an organisation, so it is no district
    found = spans_in_report_of("北京市", "大兴调查研究之风，做到察实情、出实招。")
    assert "大兴" not in found, found
    assert spans_in_report_of("北京市", "大兴区加快建设临空经济区。").get("大兴区") == "CountyLevelDivision"


def test_a_street_named_after_a_division_and_its_phase_are_the_street():
    # 文昌 and 银海 are divisions: the street after them is no division run into a word
    found = spans("文昌大道建成通车，推进银海大道建设，推进长河大道二期建设。")
    assert found.get("文昌大道") == found.get("银海大道") == found.get("长河大道二期") == "Road", found
    assert "湛江市区" not in spans("推进湛江市区建设。")


def test_the_phase_after_a_company_s_short_form_is_the_works_of_its_plant():
    # 岚润石化一期 is built and goes into production: a project of the company 岚润石化; a
    # phase the works go on after (一期|扩建进度加快) is no project of its own
    found = spans("岚润石化一期全面投产，推进岚润石化二期和三期建设。")
    assert found.get("岚润石化一期") == found.get("岚润石化二期") == "Project", found
    assert found.get("岚润石化") == "Enterprise", found
    assert "岚润石化一期" not in spans("岚润石化一期扩建进度加快。")


def test_a_route_s_ends_are_places_not_its_number_kind_or_the_next_route():
    found = spans("开工建设青岚至白石铁路、雪峰高速青岚段改扩建工程。")
    assert found.get("青岚至白石铁路") == "Railway" and found.get("白石") == "Locality", found
    assert "白石铁路" not in found  # the first route bears its own head, not the next one's
    found = spans("G9012线青岚至白石高速公路建成通车，全力推进青岚北至白石高速铁路建设。")
    assert found.get("青岚") == "Locality" and "G9012线青岚" not in found, found
    assert "青岚北至白石高速" not in found and found.get("青岚北至白石高速铁路") == "Railway", found
    found = spans("开工建设青岚城区至白石国际机场快速通道、白石站至县城快速通道。")
    assert found.get("白石国际机场") == "Airport" and found.get("青岚") == "Locality", found
    assert not {"县城", "青岚城区", "青岚城区至白石国际机场"} & found.keys(), found
    found = spans("启动青岚至白石旅游环线公路建设。")
    assert found.get("白石") == "Locality" and "白石旅游环线" not in found, found


def test_a_street_s_name_starts_where_the_tagger_s_word_does():
    # 山西 is a province: the street is 雪山西路, and 江川路 names the subdistrict 江川路街道 only
    found = spans("推进雪山西路改造工程，江川路街道完成社区改造。")
    assert "山西路" not in found and "江川路" not in found, found


def test_a_plan_is_no_verb_of_planning_and_not_what_enters_it():
    found = spans("在青岚光电产业园区规划建设光热装备制造园，推动青白城际铁路纳入国家规划。")
    assert not any(name.endswith("规划") for name in found), found
    assert spans("推动青白枢纽纳入国家中长期铁路网规划。").get("国家中长期铁路网规划") == "Plan"


def test_a_conjunction_after_a_place_the_tagger_reads_whole_parts_two_names():
    found = spans("推进青岚快速路与白石高速公路互通改造，支持雪峰山风景名胜区与听音湖片区融合发展。")
    assert not any("与" in name for name in found), found
    assert "雪岭湿地保护与修复工程" in spans("实施雪岭湿地保护与修复工程。")  # two aims of one work
    assert "青岚运河与白石航道连通工程" in spans("开工建设青岚运河与白石航道连通工程。")  # a work joining both


def test_a_verb_of_joining_a_rank_or_sharing_a_building_ends_a_name():
    found = spans("青岚高新区跻身全国高新区前列，与青岚大学附属医院共建远程医疗中心。")
    assert not any("跻身" in name or "共建" in name for name in found), found


@pytest.mark.parametrize("sentence, verb", [
    ("青岚港完成破产重整，港口生产经营恢复。", "完成"),  # the company before its verb
    ("加快青岚文化旅游集团有限公司整合国有景区资源。", "整合"),  # what the company does to the site
    ("把中央关于甘肃祁连山国家级自然保护区生态环境问题的决策部署落到实处。", "关于"),  # a real reserve the tagger cuts
    ("国道209青岚至白石段完成一级公路改造。", "完成"),  # a clause, no route
    ("让青岚河、白石河、雪峰河长流常清。", "让"),
])
def test_a_verb_or_preposition_before_or_inside_a_name_is_no_part_of_it(sentence, verb):
    found = spans(sentence)
    assert not any(verb in name for name in found), found


def test_a_quarter_of_the_country_that_qualifies_a_name_is_no_place():
    found = spans("坚决筑牢西南生态安全屏障，建设华东国际快递分拨中心。")
    assert "西南" not in found and "华东" not in found, found
    found = spans("深化与西南地区、华东和华南的合作。")
    assert found.get("西南地区") == found.get("华东") == found.get("华南") == "Region", found


def test_a_rating_of_the_state_and_a_preliminary_stage_are_no_part_of_a_site_s_name():
    found = spans("推动青岚湖国家5A级旅游景区创建，推进白石抽水蓄能电站前期工程。")
    assert "青岚湖" in found and not any(name.endswith("国家") for name in found), found
    assert "白石抽水蓄能电站" in found and "白石抽水蓄能电站前期工程" not in found, found


def test_a_national_or_provincial_road_by_its_number_with_or_without_its_line():
    # a stretch in a real county (洪湖 ends as a lake's name does)
    found = spans("加快国道347洪湖段、省道201德令哈段、国道G109线格尔木段建设。")
    assert {"国道347洪湖段", "省道201德令哈段", "国道G109线格尔木段"} <= found.keys(), found
    assert not any(name[0].isdigit() for name in found), found  # no 347洪湖 read as a numbered lake


def test_the_bourse_a_company_lists_on_is_no_company():
    found = spans("青岚特钢股份有限公司在深圳证券交易所成功上市。")
    assert found.get("深圳证券交易所") == "Organization", found
    assert spans("雪峰股份、青禾科技成功上市。").get("青禾科技") == "Enterprise"


def test_a_city_district_of_the_home_province_is_read_where_the_tagger_sees_a_place():
    # a province's report names its cities' districts by their short forms (文登 of 威海); a
    # district named like a landform (西湖) or running into one (某某|平原) is the landform
    found = spans_in_report_of("山东省", "支持平邑金银花、文登西洋参等特色产业发展，提速庆云至章丘等续建项目。")
    assert found.get("文登") == found.get("章丘") == "CountyLevelDivision", found
    assert spans_in_report_of("浙江省", "西湖龙井茶入围国家培育名单。").get("西湖") != "CountyLevelDivision"
    assert "江汉" not in spans_in_report_of("湖北省", "推动江汉平原水资源配置工程纳入国家盘子。")
    assert "文登" not in spans_in_report_of("江西省", "支持文登西洋参等特色产业发展。")  # another province's district


def test_a_river_s_basin_is_the_river_and_a_known_region_s_area_the_region():
    # annotators list the river of 某某河流域 and the region of 珠三角地区; a basin the feature
    # table names as one (黄河流域) stays whole
    found = spans("推进青牛河、白鹿河流域综合治理，深化与珠三角地区产业合作，保护黄河流域生态。")
    assert found == {"青牛河": "River", "白鹿河": "River", "珠三角": "Region", "黄河流域": "Region"}, found
    assert spans("推进白鹿河流域综合治理。") == {"白鹿河": "River"}


def test_the_digits_of_a_road_s_code_name_no_stream_or_lake():
    # G205芜湖段: the tagger reads 205芜湖 as a place, a lake by its last character (芜湖 and
    # 鞍山 are divisions of the reference data, here in another province's report)
    found = spans("G205芜湖段改建工程建成通车，推进国道G202鞍山段改扩建，实施626小河改造。")
    assert not [name for name in found if name[0].isdigit() and name != "626小河"], found
    assert found.get("626小河") == "River"


def test_a_department_is_read_by_its_level_word_and_field_where_the_tagger_cuts_it():
    found = spans("市营商环境建设局受理投诉案件1864件。组建市数据资源管理局。省农业农村厅加强监管。")
    assert {name: cls for name, cls in found.items() if cls == "Organization"} == {
        "市营商环境建设局": "Organization", "市数据资源管理局": "Organization", "省农业农村厅": "Organization"}, found
    assert "市营商环境建设" not in found
    assert spans("全省公安局系统开展活动。") == {}


def test_a_conjunction_before_a_body_opens_no_county_nor_body():
    # 和政 is a county of 甘肃: across 和|政协 in that province's report it is no place
    assert spans_in_report_of("甘肃省", "坚持依法行政，自觉接受人大的法律监督和政协的民主监督。") == {}
    assert spans_in_report_of("甘肃省", "推进和政县、临夏县协同发展。") == {
        "和政县": "CountyLevelDivision", "临夏县": "CountyLevelDivision"}


def test_the_deadline_before_a_name_is_no_part_of_it():
    found = spans("确保8月底前青川国际会展中心、青川大剧院全面建成交付使用。")
    assert found == {"青川国际会展中心": "PublicServiceFacility", "青川大剧院": "PublicServiceFacility"}, found


def test_a_campus_names_its_body_and_no_place_before_its_ending():
    found = spans("雪峰职业技术学院白鹿校区一期投入使用，市人民医院新城院区建成，推进雪峰科技学院新校区二期建设。")
    assert found == {"雪峰职业技术学院": "Organization", "雪峰职业技术学院白鹿校区一期": "PublicServiceFacility",
                     "市人民医院": "Organization", "市人民医院新城院区": "PublicServiceFacility",
                     "雪峰科技学院": "Organization", "雪峰科技学院新校区二期": "PublicServiceFacility"}, found


def test_a_town_listed_beside_a_town_of_the_data_is_a_town_whatever_its_words():
    # 茅台镇 and 土城镇 are towns of 遵义 in the town data; 二合 is two common words
    found = spans_in_report_of("遵义市", "茅台镇、二合镇、土城镇酿酒环境综合整治全面完成。")
    assert found == {"茅台镇": "Town", "二合镇": "Town", "土城镇": "Town"}, found
    found = spans_in_report_of("银川市", "贺兰县洪广镇、西夏区镇北堡镇入选全国农业产业强镇。")
    assert "西夏区镇" not in found and found.get("镇北堡镇") == "Town", found


def test_the_verb_after_the_city_holding_a_title_opens_no_title():
    # 赣闽粤: three provinces by their one-character abbreviations (reference data)
    found = spans("支持瑞金市建设赣闽粤原中央苏区中心城市。")
    assert found.get("赣闽粤原中央苏区中心城市") == "Program" and not any(n.startswith("建设") for n in found), found


def test_a_head_that_opens_a_compound_of_the_language_names_no_programme():
    assert "Program" not in spans("为描绘好新时代雪岭改革发展新画卷作出更大贡献！").values()
    assert spans("深化雪岭国资国企改革。").get("雪岭国资国企改革") == "Program"


def test_a_university_or_company_named_after_a_place_does_not_mention_it():
    found = spans("与西安交通大学、华南理工大学共建研究院，福建青禾鞋业集团有限公司率先满产。")
    assert not {"西安", "西安市", "华南", "福建", "福建省"} & set(found), found
    assert spans("推进西安、福建两地合作。").keys() >= {"西安", "福建"}


def test_a_company_s_rated_project_is_a_project_whatever_its_product_s_last_word():
    found = spans("青禾农业发展有限公司年产10万吨优质稻米加工项目投产，白鹿石材有限公司年产30万平方米花岗岩板材项目建成，"
                  "雪峰光电科技有限公司100兆瓦光伏并网发电项目全容量并网。")
    assert {n for n, c in found.items() if c == "IndustrialProject"} == {
        "青禾农业发展有限公司年产10万吨优质稻米加工项目", "白鹿石材有限公司年产30万平方米花岗岩板材项目",
        "雪峰光电科技有限公司100兆瓦光伏并网发电项目"}, found


def test_areas_counts_and_clauses_after_a_capacity_name_no_plant():
    found = spans("确保青禾广场5.7万平方米主力店正式运营，高质量完成15件民生实事，白鹿700万吨露天矿完成项目核准。")
    assert not [n for n in found if "主力店" in n or "民生实事" in n or n.endswith("完成项目")], found
    found = spans_in_report_of("张掖市", "高台县罗城50兆瓦光伏发电项目建成并网。")
    assert found.get("高台县罗城50兆瓦光伏发电项目") == "EnergyProject" and "高台县罗城" not in found, found


def test_an_unknown_word_the_tagger_reads_as_a_verb_opens_a_company_s_plant():
    # 亘禾 is in no dictionary: a company's short form, though the tagger may call it a verb
    found = spans("大唐700万吨露天矿完成项目核准、亘禾200万吨褐煤提质项目主体完工，做强白鹿产业园。")
    assert found.get("亘禾200万吨褐煤提质项目") == "IndustrialProject" and "做强白鹿产业园" not in found, found


def test_ecological_works_on_a_lake_mention_the_lake():
    found = spans("青禾湖生态保护修复工程完工。")
    assert found == {"青禾湖": "Lake", "青禾湖生态保护修复工程": "EcologicalProject"}, found


def test_a_rated_capacity_names_a_plant_with_no_operator_before_it():
    found = spans("支持白鹿机器人建设年产3万台工业机器人智能工厂，完成2台热水锅炉改造。")
    assert found.get("年产3万台工业机器人智能工厂") == "IndustrialProject" and not any("锅炉" in n for n in found), found


def test_the_stretch_of_a_road_by_its_direction_is_built_and_named():
    # the tagger reads 高速公路东段 as one place: the head of the road is still read
    found = spans_in_report_of("鞍山市", "开工建设鞍山绕城高速公路东段，推进鞍山段改扩建。")
    assert found.get("鞍山绕城高速公路东段") == "Road", found


def test_two_works_joined_by_and_are_two_names_each_by_its_head():
    found = spans("建成青禾路跨线桥和白鹿大道快速化改造工程，县妇幼保健院与雪峰医科大学附属协和医院建立医联体。")
    assert {"青禾路跨线桥", "白鹿大道快速化改造工程", "雪峰医科大学附属协和医院"} <= found.keys(), found
    assert not any("和白鹿" in n or "与雪峰" in n for n in found), found


def test_the_service_building_of_a_scenic_area_or_airport_names_the_whole_too():
    found = spans("青禾山白鹿泉景区游客服务中心扩建工程完工，雪峰机场航站楼扩建工程开工。")
    assert found.get("青禾山白鹿泉景区") == "ScenicArea" and found.get("雪峰机场") == "Airport", found


def test_the_preposition_before_a_list_and_the_verb_before_a_route_are_no_part_of_a_name():
    found = spans("加强与青禾湖、白鹿峡等景区的线路串联，开通雪峰至青川公路货运直通线路。")
    assert {"青禾湖", "白鹿峡", "雪峰至青川公路"} <= found.keys(), found
    assert not any(n.startswith(("与", "开通")) for n in found), found


def test_the_deng_of_a_word_of_the_language_closes_no_list():
    found = spans("青禾幼儿师范高等专科学校新校区投入使用。")
    assert found.get("青禾幼儿师范高等专科学校") == "Organization" and "青禾幼儿师范高" not in found, found


def test_small_words_of_the_genre_end_names_where_they_should():
    found = spans("青禾茶业有限公司年产2000吨抹茶生产线在白鹿县建成，串联青禾谷、白鹿峡等景区，"
                  "国务院扶贫开发领导小组考核。")
    assert found.get("青禾茶业有限公司年产2000吨抹茶生产线") == "IndustrialProject", found
    assert "青禾谷" in found and not any(n.startswith("串联") or "在白鹿" in n for n in found), found
    assert found.get("国务院扶贫开发领导小组") == "Organization", found


def test_the_items_of_a_list_of_industry_clusters_are_no_companies():
    found = spans("青禾纺织、白鹿有色金属、雪峰食品饮料等产业集群加快转型。")
    assert "Enterprise" not in found.values(), found
    assert spans("青禾工业区、白鹿新材料产业园等产业园区功能不断完善。").keys() >= {"青禾工业区", "白鹿新材料产业园"}


def test_scenic_belts_along_a_river_are_works_and_a_grand_ceremony_an_event():
    found = spans("加快青禾江风光带三期建设，白鹿河生态景观带全线贯通，成功举办第三届雪峰祭祖大典。")
    assert found.get("青禾江风光带三期") == "Project" and found.get("白鹿河生态景观带") == "EcologicalProject", found
    assert found.get("第三届雪峰祭祖大典") == "Event", found


def test_a_street_s_extension_by_its_direction_is_works_on_a_road():
    found = spans("青禾大道东延、白鹿路北延等8条道路建成通车，雪峰街西延段开工，实施城市道路东延。")
    assert {n: c for n, c in found.items()} == {"青禾大道东延": "Road", "白鹿路北延": "Road", "雪峰街西延段": "Road"}, found


def test_heads_of_trade_cities_incubators_and_green_corridors_and_a_road_s_bypass():
    found = spans_in_report_of("伊宁市", "青禾国际商贸城一期开业运营，白鹿河滨河生态长廊一期建成开放，推进国道218线伊宁过境段改造，"
                                        "推进边合区创新创业孵化园建设。")
    assert found.get("青禾国际商贸城一期") == "Project" and found.get("白鹿河滨河生态长廊一期") == "EcologicalProject", found
    assert found.get("国道218线伊宁过境段") == "Road" and found.get("边合区创新创业孵化园") == "IndustrialPark", found


def test_a_short_form_s_bracket_ends_the_name_before_a_head():
    found = spans("青禾边境经济合作区（以下简称青合区）主平台作用凸显。")
    assert not any("（" in n for n in found), found


def test_works_that_improve_one_road_are_a_project_and_a_kind_of_road_a_programme():
    found = spans("加快青禾大道南段提升工程建设，实施道路提升工程。")
    assert found == {"青禾大道南段提升工程": "Project", "道路提升工程": "Program"}, found


def test_a_division_is_not_read_across_two_words():
    """更新和 holds 新和 (a county of Xinjiang) across 更新|和: no specific modifier, so a programme."""
    assert spans("实施设备更新和技术改造提质增效工程。") == {"设备更新和技术改造提质增效工程": "Program"}


def test_a_phase_that_closes_a_listed_item_is_part_of_the_works_name():
    """西宁机场三期 is a project of its own (ANNOTATION.md); a phase the clause goes on from
    (某某机场三期扩建进度加快) is said of the works it belongs to, and 期间 is a time."""
    assert spans("加快雪峰机场三期、青禾新机场工程前期工作。")["雪峰机场三期"] == "Airport"
    assert spans("提速雪峰钢铁日照基地二期、岭通焦钢一体化等重大项目。")["雪峰钢铁日照基地二期"] == "Project"
    assert spans("雪峰机场三期扩建进度加快。") == {"雪峰机场": "Airport"}
    assert spans("雪峰产业园一期间隔两年建成。") == {"雪峰产业园": "IndustrialPark"}


def test_the_home_province_paired_with_another_names_their_ties_no_place():
    """京港, 京台 in a report of 北京, 闽台 in one of 福建: the pair whose ties are deepened; a
    region of three (京津冀) and a city whose name is such a pair (贵港) are places."""
    assert spans_in_report_of("北京市", "优化京港、京澳全方位合作机制，促进京台交流合作，推动京津冀协同发展。") == {
        "京津冀": "Region", "京津冀协同发展": "Program"}
    assert spans_in_report_of("福建省", "闽台融合深入推进。") == {}
    assert spans_in_report_of("广西壮族自治区", "支持贵港建设。") == {"贵港": "Prefecture"}


def test_a_first_train_is_counted_not_named():
    """首趟 counts the train (开通首趟中亚班列): the service is 中亚班列."""
    assert spans("开通首趟中亚班列。").get("中亚班列") == "Railway"
    assert "首趟中亚班列" not in spans("开通首趟中亚班列。")


def test_a_quoted_five_year_period_names_its_plan():
    """奋进“十五五”, “十四五”时期: the period of the five-year plan, a mention of the plan
    (its name “十五五”规划, so that it is one node with the plan named in full)."""
    from kg.pipeline import parse_text

    doc = parse_text(HEADER + "奋进“十五五”，我们必须深入落实。“十四五”时期，经济稳步增长。")
    assert {(s.text, s.label_, span_name(s)) for s in doc.spans[SPAN_KEY]} >= {
        ("“十五五”", "Plan", "“十五五”规划"), ("“十四五”", "Plan", "“十四五”规划")}
    assert spans("编制“十五五”规划。") == {"“十五五”规划": "Plan"}


def test_routes_counted_before_the_projects_they_are_are_named():
    """提速甲至乙等23个续建项目, 建成通车丙至丁等5个项目: the verbs open no name, and new and
    continued projects close the list as projects do."""
    found = spans("提速雪峰至青禾等23个续建项目，建成通车云岭至岭通等5个项目。")
    assert (found.get("雪峰至青禾"), found.get("云岭至岭通")) == ("Project", "Project")


def test_a_route_listed_before_the_head_of_the_last_item_is_a_route():
    """推动甲乙、丙至丁、戊己铁路纳规: the head written once after the last item is each item's."""
    found = spans("推动雪峰、青禾至云岭、岭通铁路纳规。")
    assert (found.get("青禾至云岭"), found.get("岭通铁路")) == ("Railway", "Railway")


def test_a_division_cut_by_both_segmenters_is_made_whole_again():
    """做大做强雄安中关村科技园: jieba cuts 强雄安, the tagger 做强雄, and the park is named from
    雄安 (the short form of 雄安新区); where no word runs across the start (完成|安全), 成安
    (a county) is not read into the name."""
    assert "雄安中关村科技园" in spans_in_report_of("河北省", "做大做强雄安中关村科技园等平台，发展空天信息。")
    assert not any(n.startswith("成安") for n in spans("完成安全生产治本攻坚三年行动任务。"))


def test_a_title_a_city_builds_toward_is_a_programme_without_the_cities_holding_it():
    """国际消费中心城市, 全国禁毒示范城市, 演艺之都: titles named without the verbs and cities
    before them; a regional centre (区域中心城市) is any region's, no title."""
    assert spans("深入推进国际消费中心城市建设。") == {"国际消费中心城市": "Program"}
    assert spans("雪峰、青禾获评全国禁毒示范城市。").get("全国禁毒示范城市") == "Program"
    assert spans("深化演艺之都建设。") == {"演艺之都": "Program"}
    assert spans("围绕做大做强区域中心城市。") == {}
    assert spans("获得2030年全国文明城市测评第一名的好成绩。") == {}  # the title describes the survey


def test_a_quoted_programme_written_in_full_is_named_by_its_quote():
    """实施特色现代农业“百亿提升”行动: the span holds what the programme is for, the name is
    the quote and its word; a place before the quote stays a mention of its own."""
    from kg.pipeline import parse_text

    doc = parse_text(HEADER + "实施特色现代农业“百亿提升”行动，推动产业发展。")
    assert [(s.text, span_name(s)) for s in doc.spans[SPAN_KEY]] == [("特色现代农业“百亿提升”行动", "“百亿提升”行动")]
    assert spans_in_report_of("山东省", "加快推进胶东地区清洁供暖“一张网”工程。").get("胶东地区") == "Region"


def test_a_meeting_named_by_its_parties_is_an_event_but_a_body_s_session_is_none():
    """东盟合作领导人系列会议, 中国—东盟领导人会晤: meetings named by who meets (places and bodies
    the tagger or the division data know); 主持 is a verb before the name; a body's session
    (省人大常委会会议) and a joint-meeting mechanism (联席会议机制) name no event."""
    assert spans("出席东盟合作领导人系列会议。") == {"东盟合作领导人系列会议": "Event", "东盟": "Organization"}
    assert spans("出席中国—东盟领导人会晤。") == {"中国—东盟领导人会晤": "Event", "东盟": "Organization"}
    assert spans("通过视频方式主持中阿团结抗疫特别峰会。") == {"中阿团结抗疫特别峰会": "Event"}
    assert spans("提请省人大常委会会议审议地方性法规草案8部。") == {"省人大常委会": "Organization"}
    assert spans("持续完善省政府与省总工会联席会议机制。") == {"省政府": "Organization", "省总工会": "Organization"}


def test_a_quoted_programme_listed_before_its_kind_is_the_quote_alone():
    """“某某”等工程: the kind closes a list of one, so the quote alone names the programme."""
    assert spans("实施了“三峰绿化”等工程，栽植大树大苗10万余株。") == {"三峰绿化": "Program"}
    assert spans("实施“三峰绿化”工程。") == {"“三峰绿化”工程": "Program"}


def test_a_quote_the_clause_goes_on_from_is_no_campaign():
    found = spans("推动“雪岭制造”向“雪岭智造”转变。")
    assert "雪岭制造" not in found and "雪岭智造" not in found


def test_a_shared_head_completes_each_listed_name():
    from kg.extract import mentions

    doc = parse_text(HEADER + "推进青口、白渠等灌区建设。")
    assert {(m.surface, m.name) for m in mentions(doc)} == {("青口", "青口灌区"), ("白渠", "白渠灌区")}


def test_a_shared_head_and_the_stretch_after_it_complete_each_listed_name():
    """建好甲、乙国家文化公园某省段: the stretch in the province, of each park listed."""
    from kg.extract import mentions

    doc = parse_text("2031年江苏省政府工作报告\n各位代表：\n二、2031年工作安排\n建好青口、白渠国家文化公园江苏段。")
    assert {(m.surface, m.name) for m in mentions(doc) if m.label != "Province"} == {
        ("青口", "青口国家文化公园江苏段"), ("白渠国家文化公园江苏段", "白渠国家文化公园江苏段")}


def test_a_stretch_after_a_name_is_read_only_when_a_division_names_it():
    assert spans_in_report_of("江苏省", "建好淮河国家文化公园江苏段。").get("淮河国家文化公园江苏段") == "PublicServiceFacility"
    assert "淮河国家文化公园青溪段" not in spans("建好淮河国家文化公园青溪段。")


def test_a_division_listed_before_a_shared_head_names_the_thing_of_that_head():
    """推动甲市、乙市都市圈建设: 甲 stands for 甲都市圈 there, not for the city."""
    from kg.extract import mentions

    doc = parse_text(HEADER + "推动岳阳、常德都市圈建设。")
    assert {(m.surface, m.name, m.label) for m in mentions(doc)} == {
        ("岳阳", "岳阳都市圈", "Region"), ("常德都市圈", "常德都市圈", "Region")}


def test_a_campaign_names_in_full_what_its_quoted_programme_is_for():
    """实施提质扩容“千百十”工程: the name runs from the campaign verb, verbs of the purpose
    included; with no campaign verb before it the name opens at the quote."""
    assert spans("实施提质扩容“千百十”工程。") == {"提质扩容“千百十”工程": "Program"}
    assert spans("加快“百千万”工程建设。") == {"“百千万”工程": "Program"}


def test_a_phrase_quoted_again_and_again_names_a_programme():
    """A phrase no rule reads that the report quotes twice is a programme, at each quote; not
    when quoted once, nor a numbered slogan, nor what qualifies a noun each time."""
    text = "放大“青禾快办”综合效应。发挥“青禾快办”牵引作用。"
    doc = parse_text(HEADER + text)
    assert [(s.text, s.label_) for s in doc.spans[SPAN_KEY] if s.start_char >= len(HEADER)] == [
        ("青禾快办", "Program"), ("青禾快办", "Program")]
    assert "青禾快办" not in spans("放大“青禾快办”综合效应。")
    assert "三个青禾" not in spans("落实“三个青禾”要求。坚持“三个青禾”方向。")
    assert "雪峰乱散" not in spans("整治“雪峰乱散”企业。关停“雪峰乱散”企业。")


def test_a_shared_head_closes_the_list_after_the_last_verb():
    """2030年、2031年分别建成甲乙、丙丁高铁: the years listed before the verb are no items."""
    from kg.extract import mentions

    doc = parse_text(HEADER + "2030年、2031年分别建成青峰、峰禾高铁。")
    assert {(m.surface, m.name) for m in mentions(doc)} >= {("青峰", "青峰高铁"), ("峰禾高铁", "峰禾高铁")}


def test_verbs_before_a_place_are_no_part_of_the_programme_it_names():
    """优化升级|淮河英才计划: the verbs take the programme; 提振消费专项行动 keeps its verb."""
    assert spans("优化升级淮河英才计划，做好人才工作。") == {"淮河英才计划": "Program"}
    assert spans("实施提振消费专项行动。") == {"提振消费专项行动": "Program"}


def test_an_edition_belongs_to_the_event_it_opens_not_to_the_next():
    """办好第N届甲节和乙联赛: two events, the edition the festival's only."""
    assert spans("办好第十六届中国青禾年画节和全国中小学生足球联赛。") == {
        "第十六届中国青禾年画节": "Event", "全国中小学生足球联赛": "Event"}


def test_a_rating_the_tagger_names_is_no_site():
    found = spans("青禾村、雪峰山景区创建国家4A级旅游景区。")
    assert "国家4A级旅游景区" not in found and found.get("雪峰山景区") == "ScenicArea"


def test_a_run_of_quotes_before_a_head_names_each_quote_not_the_run():
    assert spans("深入实施“青禾强市”“港城融合”战略。") == {"青禾强市": "Program", "港城融合": "Program"}
    found = spans("深入实施“青禾改造”“白鹿引进”工程。")  # a head of works too
    assert found.get("青禾改造") == "Program" and not any(n.startswith("“青禾改造”“") for n in found), found


def test_works_named_in_apposition_before_their_part_end_before_it():
    """某某新通道骨干工程|甲港东航道扩建工程: the part opens at the division's name."""
    found = spans("雪岭新通道骨干工程钦州港东航道扩建工程建成投用。")
    assert "钦州港东航道扩建工程" in found
    assert "雪岭新通道骨干工程钦州港东航道扩建工程" not in found


def test_a_year_opens_an_event_of_its_own_after_a_conjunction():
    """举办甲分会场活动和2031某某论坛: the forum is named from its year, not joined to the first."""
    assert spans("成功举办雪峰分会场活动和2031中国（雪岭）海洋经济发展论坛。").get(
        "2031中国（雪岭）海洋经济发展论坛") == "Event"


def test_a_phase_of_a_named_place_is_a_project():
    """加快甲州二期等输变电工程建设: what is built in phases is a project, not a place."""
    assert spans("加快岭州二期等500千伏输变电工程建设。") == {"岭州二期": "Project"}


def test_a_middle_school_named_by_its_place_and_number_is_a_school():
    assert spans("推进钦州一中扩建，新建格尔木二中。") == {"钦州一中": "Organization", "格尔木二中": "Organization"}
    assert spans("贯彻党的二十届四中全会精神。") == {"党的二十届四中全会": "Event"}


@pytest.mark.parametrize("sentence, expected", [
    # 打|赢: the verb's complement of result is no part of the programme
    ("坚决打赢青禾攻坚战。", {"青禾攻坚战": "Program"}),
    # 赛 inside 某某国际赛马节 (one word of the tagger's) is no event's head
    ("成功举办第十届理塘国际赛马节暨康巴文化旅游节。", {"第十届理塘国际赛马节暨康巴文化旅游节": "Event"}),
    # the kind of company said before a company is no part of its name
    ("高原农牧业产业化龙头企业雪峰牧业有限公司年产值突破2亿元。", {"雪峰牧业有限公司": "Enterprise"}),
    # a road's number and its stretch
    ("加快推进G227线理塘段升级改造。", {"G227线理塘段": "Road"}),
])
def test_found_on_an_invented_county_report(sentence, expected):
    assert spans(sentence) == expected


def test_the_kind_of_a_road_is_no_part_of_the_place_it_runs_to():
    found = spans("建设理塘至格聂旅游公路。")
    assert found.get("理塘至格聂旅游公路") == "Road" and "格聂" in found and "格聂旅游" not in found


def test_a_campus_of_a_university_is_a_facility_not_a_company():
    assert spans("雪岭大学青溪校区建成使用。") == {"雪岭大学青溪校区": "PublicServiceFacility", "雪岭大学": "Organization"}


def test_counted_towns_opening_a_quoted_programme_are_no_locality():
    """“百县千镇万村…工程” counts counties and towns; “某某社区工作法” names its community."""
    assert spans("深入实施“百县千镇万村高质量发展工程”。") == {"百县千镇万村高质量发展工程": "Program"}
    assert spans("推广“青禾社区工作法”。") == {"青禾社区": "Locality", "青禾社区工作法": "Program"}


def test_a_subdistrict_is_read_where_the_town_data_of_the_home_province_has_it():
    """金花桥街道 is a subdistrict of 成都 (reference town data); its office stands for it; a
    street (街道) after words of the language is none."""
    found = spans_in_report_of("成都市武侯区", "金花桥街道完成改革，金花桥街道办事处搬迁，整治背街街道。")
    assert found == {"金花桥街道": "Town", "金花桥街道办事处": "Town"}


def test_an_avenue_the_tagger_names_is_a_road():
    assert spans("打通青禾路、雪峰大道等断头路6条。") == {"青禾路": "Road", "雪峰大道": "Road"}


def test_a_greenway_named_by_its_river_is_a_project_and_a_city_s_greenways_none():
    assert spans("锦江绿道武侯段全线贯通。") == {"锦江绿道武侯段": "EcologicalProject", "锦江": "River"}  # along the river
    assert spans("新增城市绿道超200公里。") == {}


def test_a_division_s_first_character_the_tagger_split_off_opens_the_name_again():
    """和|龙边境经济合作区 in a report of 吉林 (和龙 is one of its cities); 和|政协 in 甘肃 (home
    of 和政) stays a conjunction and a body of one word."""
    assert spans_in_report_of("吉林省", "和龙边境经济合作区加快发展。").get("和龙边境经济合作区") == "Region"
    assert spans_in_report_of("甘肃省", "自觉接受人大监督和政协民主监督。") == {}


def test_a_river_run_into_its_water_is_the_river():
    assert spans("加强布尔哈通河、海兰江水污染治理。") == {"布尔哈通河": "River", "海兰江": "River"}


def test_a_place_one_character_into_a_name_is_a_piece_of_it():
    assert "白山" not in spans("长白山机场、延吉朝阳川机场扩建工程完工。")


def test_kinds_listed_before_a_shared_head_are_no_names():
    """提升综合保税区、航空口岸、国际陆港等平台能级: kinds of platform; 青口、白渠等灌区: names."""
    found = spans("提升综合保税区、航空口岸、国际陆港等平台能级，打造临空经济区。")
    assert not {"综合保税区", "航空口岸", "航空", "国际陆港"} & set(found)
    assert spans("推进青口、白渠灌区建设。") == {"青口": "EcologicalProject", "白渠灌区": "EcologicalProject"}


def test_an_event_named_by_one_word_of_the_language_is_a_kind():
    assert spans("深入清理规范节庆论坛展会活动。") == {}
    assert spans("办好青禾论坛。") == {"青禾论坛": "Event"}


def test_an_association_of_a_kind_is_no_body_named():
    assert spans("更好发挥各级关爱退役军人协会作用。") == {}
    assert spans("成立雪岭区域国别研究联盟。").get("雪岭区域国别研究联盟") == "Organization"


def test_a_stage_of_a_contest_is_the_event_named():
    assert spans("办好雪岭杯预选赛、第十七届省运会。") == {"雪岭杯预选赛": "Event", "第十七届省运会": "Event"}


@pytest.mark.parametrize("sentence, expected", [
    # 企业 inside a company's own name is no kind of company before it
    ("雪峰企业管理有限公司完成重组。", {"雪峰企业管理有限公司": "Enterprise"}),
    # the edition of a festival whose head holds another head (赛 of 赛马节)
    ("成功举办第十届雪峰国际赛马节。", {"第十届雪峰国际赛马节": "Event"}),
    ("举办第十届雪峰赛马节和青禾论坛。", {"第十届雪峰赛马节": "Event", "青禾论坛": "Event"}),
    # divisions whose names are words of the language too
    ("举办合肥论坛。", {"合肥论坛": "Event"}),
    ("成立大连科技联盟。", {"大连科技联盟": "Organization"}),
    # a road's number before a stretch of no division
    ("治理G6高速拥堵路段。", {"G6高速": "Road"}),
    # a town whose name opens with a numeral, before a quoted programme's words
    ("推广“三河镇调解工作法”。", {"三河镇": "Locality", "三河镇调解工作法": "Program"}),
])
def test_what_the_review_of_this_round_found(sentence, expected):
    assert spans(sentence) == expected


def test_a_division_listed_before_a_shared_head_is_read_whatever_word_it_also_is():
    """合肥 is a word of jieba's dictionary and a city: 合肥、芜湖都市圈 shares the head."""
    from kg.extract import mentions

    doc = parse_text(HEADER + "推动合肥、芜湖都市圈建设。")
    assert ("合肥", "合肥都市圈") in {(m.surface, m.name) for m in mentions(doc)}


def test_international_organisations_and_world_regions_come_from_the_reference_data():
    """东盟 and 欧盟 are blocs, not companies the tagger guessed; a market in a region or a
    country is where goods are sold, no marketplace built; a body named like a bloc's short
    form (专业经合组织, farmers' co-operatives) is none."""
    assert spans("对东盟、欧盟进出口分别增长16%，对标世界银行营商环境评价标准。") == {
        "东盟": "Organization", "欧盟": "Organization", "世界银行": "Organization"}
    assert spans("对非洲、拉美市场出口分别增长20%，稳住欧美市场。") == {"非洲": "Place", "拉美": "Region"}
    assert spans("推动中东部地区产业转移，严密防范非洲猪瘟疫情。") == {}
    assert spans("不断壮大专业经合组织，新建雪峰农贸市场。") == {"雪峰农贸市场": "Project"}


def test_an_agreement_and_a_bloc_are_one_node_by_any_of_their_names(tmp_path):
    """RCEP and 区域全面经济伙伴关系协定 are one plan, 东盟 the node of 东南亚国家联盟."""
    from kg.build import build

    report = tmp_path / "雪岭省2031年政府工作报告.txt"
    report.write_text(HEADER + "区域全面经济伙伴关系协定（RCEP）落地，用好RCEP规则，对东盟进出口增长。\n", encoding="utf-8")
    found = {(e.label, e.cls, tuple(sorted(e.aliases))) for e in build([report], validate=False).corpus.entities}
    assert ("区域全面经济伙伴关系协定", "Plan", ("RCEP",)) in found
    assert ("东南亚国家联盟", "Organization", ("东盟",)) in found


def test_a_body_of_the_state_council_is_one_node_by_any_of_its_names(tmp_path):
    """The tagger reads 国家林业和草原局 and 农业农村部 as common words; the reference data names
    them, and 国家发改委 is the node of 国家发展和改革委员会 (and the name after 批复 is its own)."""
    from kg.build import build

    report = tmp_path / "雪岭省2031年政府工作报告.txt"
    report.write_text(HEADER + "获国家林业和草原局批复，被农业农村部认定为示范区。国家发改委批复雪岭风电基地，"
                      "国家发展和改革委员会支持雪岭枢纽建设。\n", encoding="utf-8")
    found = {(e.label, e.cls, tuple(sorted(e.aliases))) for e in build([report], validate=False).corpus.entities}
    assert ("国家林业和草原局", "Organization", ()) in found and ("农业农村部", "Organization", ()) in found, found
    assert ("国家发展和改革委员会", "Organization", ("国家发改委",)) in found, found
    assert "雪岭风电基地" in {label for label, _, _ in found}, found
    assert "省统计局" in spans("省统计局加强监管。")  # a province's own body, no state body inside it


def test_a_town_is_read_after_its_county_and_whatever_word_its_ending_makes():
    """Towns of the reference data after the county they lie in (伊州区南湖乡, 巴里坤县 a
    county's short form with its level), and a town whose last character and 镇 make a word
    (水口镇: 口镇) where the tagger reads the town; 美丽城镇 stays a phrase."""
    assert spans_in_report_of("哈密市", "在伊州区南湖乡、巴里坤县海子沿乡试点推进，支持伊吾县盐池镇发展。") == {
        "伊州区": "CountyLevelDivision", "南湖乡": "Town", "巴里坤县": "CountyLevelDivision",
        "海子沿乡": "Town", "伊吾县": "CountyLevelDivision", "盐池镇": "Town"}
    assert spans_in_report_of("江门市", "推动新会崖门镇、开平市水口镇建设特色小镇，建设美丽城镇。") == {
        "崖门镇": "Town", "开平市": "CountyLevelDivision", "水口镇": "Town"}


def test_a_company_that_builds_a_plant_named_by_its_capacity_is_apart_from_it():
    """支持某某新材|建设|年产…项目: the company, then the plant it builds."""
    found = spans_in_report_of("江门市", "支持峰韬新材建设年产10万吨再生铝合金项目。")
    assert found == {"峰韬新材": "Enterprise", "年产10万吨再生铝合金项目": "IndustrialProject"}


def test_a_company_s_legal_form_ends_its_name_and_the_words_before_it_are_no_name():
    assert spans("峰禾化工集团有限公司年产30万吨己二酸项目建成投产。") == {
        "峰禾化工集团有限公司": "Enterprise", "峰禾化工集团有限公司年产30万吨己二酸项目": "IndustrialProject"}
    assert spans("雪峰集团投资有限公司完成重组。") == {"雪峰集团投资有限公司": "Enterprise"}


def test_editions_counted_and_an_edition_of_an_event_named_before_are_no_names():
    assert spans("连续举办五届雪峰创新创业大赛，第五届大赛吸引项目610个参赛。") == {"雪峰创新创业大赛": "Event"}
    assert spans("办好省第十七届运动会。") == {"省第十七届运动会": "Event"}


def test_a_university_the_tagger_runs_into_its_verb_ends_at_its_name():
    """七峰大学|建设高水平理工科大学: the tagger's one name is a university and what it builds;
    a numeral may open a university's name, but not a grade (三甲医院)."""
    assert spans("支持七峰大学建设高水平理工科大学，创建三甲医院2家。") == {"七峰大学": "Organization"}


def test_a_chief_system_is_named_by_one_character():
    assert spans("全面推行林长制，深化河长制，落实河湖长制。") == {
        "林长制": "Program", "河长制": "Program", "河湖长制": "Program"}


def test_a_county_is_no_mention_across_a_town_s_ending_nor_run_on_from_another_county():
    """镇平 across 平乐|镇平|乐村 (a town and a village of 孟津区) is no county, nor 商城 of
    偃师商城遗址 (the Shang city of 偃师) a second county after the first."""
    found = spans_in_report_of("洛阳市", "孟津区平乐镇平乐村发展牡丹画产业，做好偃师商城遗址保护工作。")
    assert "镇平" not in found and "商城" not in found
    assert found["平乐镇"] == "Town" and found["偃师"] == "CountyLevelDivision"


def test_a_head_inside_a_quoted_name_names_nothing_of_its_own():
    found = spans_in_report_of("洛阳市", "推动农村商品流通“万村千乡市场工程”，市行政服务中心实现“一站式”服务。")
    assert found == {"万村千乡市场工程": "Program", "市行政服务中心": "Organization"}


def test_a_road_s_number_makes_its_works_a_site_and_ends_a_conjunct():
    """G30线某某互通立交工程 is built on the ground; G7线某某连接线和乙至丙公路改扩建工程 are two works,
    the first a road (连接线)."""
    found = spans("G30线雪峰东互通立交工程加快建设，推进G7线青禾连接线和雪峰至云岭公路改扩建工程，G7线通车。")
    assert found["G30线雪峰东互通立交工程"] == "Project" and found["雪峰至云岭公路改扩建工程"] == "Project"
    assert found["G7线"] == found["G7线青禾连接线"] == "Road" and not any(n.startswith("G7线青禾连接线和") for n in found)


def test_a_town_s_short_name_and_the_home_city_before_a_site_name_it():
    """二堡 is 二堡镇 of 哈密: its processing park is one; 哈密 before the tagger's 东疆国际陆港区
    names the port with it."""
    found = spans_in_report_of("哈密市", "二堡农副产品加工园完成路网配套，哈密东疆国际陆港区完成一期建设。")
    assert found == {"二堡农副产品加工园": "IndustrialPark", "哈密": "Prefecture", "哈密东疆国际陆港区": "Port"}


def test_a_meeting_s_spirit_ends_it_before_the_next_meeting_and_weeks_are_events():
    """某某座谈会精神和某某全会: two meetings, the first's 精神 between them; a 文化旅游周 joined
    to a festival by 暨 is part of one event; a 座谈会 of a kind (多层面民营企业座谈会) is none."""
    found = spans("落实第二次中央雪岭工作座谈会精神和省委九届七次全会部署，召开多层面民营企业座谈会。")
    assert found == {"第二次中央雪岭工作座谈会": "Event", "省委九届七次全会": "Event", "省委": "Organization"}
    assert spans("成功举办2031中国·雪峰瓜节暨云岭文化旅游周。") == {"2031中国·雪峰瓜节暨云岭文化旅游周": "Event"}


def test_express_lines_extensions_and_national_forest_parks_are_named_by_their_kind():
    found = spans("雪云快线一期、峰禾大道东延线建成通车，雪峰至云岭快速干线全线贯通，青禾山国家森林公园完成改造。")
    assert found["雪云快线一期"] == "Project" and found["峰禾大道东延线"] == "Road"
    assert found["雪峰至云岭快速干线"] == "Road" and found["青禾山国家森林公园"] == "ProtectedArea"
    assert spans("峰禾大道、青禾大道等主干道完成品质提升。") == {"峰禾大道": "Road", "青禾大道": "Road"}


def test_sums_and_gachas_of_the_pastoral_areas_are_read_by_the_town_and_village_data():
    """苏米图苏木 (a sum, the township of a banner) and 苏米图嘎查 (a gacha, its village) of 鄂托克旗;
    苏木镇 (sums and towns) is a kind; 柴达木 inside a gacha's name is no basin."""
    found = spans_in_report_of("鄂托克旗", "将苏米图苏木、阿尔巴斯苏木列入试点，每个苏木镇打造示范嘎查，支持苏米图嘎查、乌兰柴达木嘎查发展。")
    assert found == {"苏米图苏木": "Town", "阿尔巴斯苏木": "Town", "苏米图嘎查": "Locality", "乌兰柴达木嘎查": "Locality"}


def test_sites_of_the_poverty_years_named_by_towns_the_tagger_misreads():
    """Resettlement sites, wind farms and demonstration parks; a town's short name that jieba
    does not know opens a name though the tagger calls it a verb (哲觉|光伏电站 of 哲觉镇)."""
    found = spans_in_report_of("威宁彝族回族苗族自治县", "马摆大山风电场二期、哲觉光伏电站建成并网，建成五里岗移民安置点和百草坪生态畜牧业示范园区。")
    assert found == {"马摆大山风电场二期": "EnergyProject", "哲觉光伏电站": "EnergyProject",
                     "五里岗移民安置点": "Project", "百草坪生态畜牧业示范园区": "EcologicalProject"}


def test_a_division_is_no_mention_where_a_word_of_the_dictionary_opens_before_it():
    """海城市 across 黄海|城市, 兴安盟 across 大小|兴安岭, 贡山 inside 高黎贡山."""
    found = spans("整合组建雪峰黄海城市发展集团有限公司，推进大小兴安岭林区生态保护，创建高黎贡山国家公园。")
    assert not {"海城市", "海城", "兴安盟", "兴安", "贡山"} & set(found)
    assert found["高黎贡山国家公园"] == "ProtectedArea"


def test_a_phase_its_status_follows_belongs_to_the_works():
    found = spans("峰禾动力20GWh动力电池项目二期开工，雪峰市第一人民医院南院区二期投入使用，雪峰市妇幼保健院新院区开工建设。")
    assert found["峰禾动力20GWh动力电池项目二期"] == "Project"
    assert found["雪峰市第一人民医院南院区二期"] == "PublicServiceFacility"
    assert found["雪峰市妇幼保健院新院区"] == "PublicServiceFacility"
    assert spans("云岭花园小区一期建设顺利推进。") == {"云岭花园小区一期": "Project"}


def test_a_phase_after_a_site_is_the_works_and_after_a_body_a_building_of_the_body():
    found = spans_in_report_of("宜昌市", "青溪污水处理厂二期（日处理5万吨）建成投用，建设宜昌市青禾管理中心二期，峰禾机场三期改扩建工程开工。")
    assert found["青溪污水处理厂二期"] == "PublicServiceFacility"
    assert found["宜昌市青禾管理中心"] == "Organization" and found["宜昌市青禾管理中心二期"] == "PublicServiceFacility"
    assert "峰禾机场三期" not in found and found["峰禾机场"] == "Airport"


def test_a_division_whose_name_is_a_word_names_a_site_only_in_its_own_province():
    """港口 is a word and a district of 防城港 (广西): 港口码头 is a kind of wharf elsewhere."""
    found = spans("推动物流园区、工矿企业、港口码头接入铁路专用线，建成雪峰港区二期通用码头。")
    assert found["雪峰港区二期通用码头"] == "Port" and not any(name.startswith("港口") for name in found)


def test_a_company_written_after_its_town_is_named_without_it_and_holds_no_event_head():
    """蒙西镇|北方宏达电石有限公司: the town and the company; 赛 inside 赛汗能源 (a company the
    tagger reads whole) heads no contest."""
    found = spans_in_report_of("鄂托克旗", "蒙西镇北方宏达电石有限公司、棋盘井镇恒基铁合金有限公司等6户企业完成改造，"
                                           "内蒙古赛汗能源化工有限责任公司项目建成试车。")
    assert found["北方宏达电石有限公司"] == "Enterprise" and found["恒基铁合金有限公司"] == "Enterprise"
    assert found["蒙西镇"] == "Town" and "棋盘井镇恒基铁合金有限公司" not in found
    assert "内蒙古赛" not in found and found["内蒙古赛汗能源化工有限责任公司"] == "Enterprise"


def test_a_reach_of_a_river_places_a_plant_and_an_expressway_keeps_its_number():
    """金沙江下游|某某滩水电站: the plant, on the river; 长江中游航运中心 is one centre's name;
    G8511某某高速: the number and the expressway's short name together."""
    found = spans("金沙江下游峰禾滩水电站首批机组投产发电，长江中游航运中心打通新通道，G8511雪云高速建成通车。")
    assert found["峰禾滩水电站"] == "EnergyProject" and "长江中游航运中心" in found
    assert found["G8511雪云高速"] == "Road"


def test_a_stretch_of_a_numbered_road_is_named_by_its_towns():
    """G319线蔺市至清溪段: 蔺市 is a subdistrict and 清溪 a town of 涪陵, by their short names; inside
    the works on the stretch the road is named by its number."""
    found = spans_in_report_of("重庆市涪陵区", "建成G319线蔺市至清溪段改建工程。")
    assert found == {"G319线": "Road", "G319线蔺市至清溪段改建工程": "Project",
                     "蔺市": "Locality", "清溪": "Locality"}


def test_what_a_prefecture_report_of_the_north_east_showed():
    """The home province by its customary name (龙江 of 黑龙江, not the county 龙江县); a name
    for trade with a partner (牡丹江对俄机电产业园); two universities joined by 与; a road to
    a place (甲至乙的旅游公路: 乙, not 乙的); passenger lines, public resource exchanges, and
    markets to sell in."""
    found = spans_in_report_of("牡丹江市", "以“龙江丝路带”为统领，牡丹江对俄机电产业园成为工业载体，支持牡丹江师范学院、牡丹江医学院与俄罗斯远东联邦大学等高校合作办学，"
                                           "改造雪乡至亚布力的旅游公路，推进哈尔滨至牡丹江铁路客运专线和牡丹江站改造配套工程，"
                                           "推动镜湖水泥退出落后产能，支持稻香源米业开拓国内外市场，完善市公共资源交易中心电子交易平台。")
    assert found["龙江"] == "Province" and found["牡丹江对俄机电产业园"] == "IndustrialPark"
    assert found["牡丹江医学院"] == "Organization" and found["俄罗斯远东联邦大学"] == "Organization"
    assert found["亚布力"] == "Locality" and "亚布力的" not in found
    assert found["哈尔滨至牡丹江铁路客运专线"] == "Railway" and found["牡丹江站改造配套工程"] == "Project"
    assert found["稻香源米业"] == "Enterprise"
    assert found["市公共资源交易中心"] == "Organization" and "稻香源米业开拓国内外市场" not in found


def test_a_people_is_no_body_and_a_part_of_works_named_before_is_no_programme():
    found = spans_in_report_of("米林县", "加强珞巴族、门巴族优秀传统文化保护传承，省道306线米林至朗县段改建工程完成路基工程。")
    assert found == {"省道306线米林至朗县段改建工程": "Project", "省道306线": "Road",
                     "米林": "CountyLevelDivision", "朗县": "CountyLevelDivision"}


def test_a_body_the_tagger_runs_into_the_verb_after_it_ends_before_it_and_old_towns_are_sites():
    found = spans_in_report_of("上海市闵行区", "与复旦大学附属儿科医院合作建设儿科分中心，保护七宝古镇、召稼楼古镇风貌。")
    assert found == {"复旦大学附属儿科医院": "Organization", "七宝古镇": "ScenicArea", "召稼楼古镇": "ScenicArea"}


def test_national_roads_by_number_either_way_round_and_named_small_towns():
    found = spans_in_report_of("温州市", "228国道苍南段建成通车，国道219线米林段改建，打造文成县玉壶镇侨乡风情小镇，建设特色小镇。")
    assert found["228国道苍南段"] == "Road" and found["国道219线米林段"] == "Road"
    assert found["文成县玉壶镇侨乡风情小镇"] == "Project" and "特色小镇" not in found


def test_express_roads_and_rail_links_are_named_from_their_ends():
    found = spans_in_report_of("盐城市", "推进盐城至东台城际快速路规划建设，江北至白涛快速通道建成通车，加快大丰港区至新长铁路联络线前期工作。")
    assert found["盐城至东台城际快速路"] == "Road" and found["东台"] == "CountyLevelDivision"
    assert found["江北至白涛快速通道"] == "Road" and found["白涛"] == "Locality"
    assert found["大丰港区至新长铁路联络线"] == "Railway"


def test_the_deserts_and_sandy_lands_of_the_reference_data_are_places_that_make_works_sites():
    found = spans("实施毛乌素沙地综合治理工程，举办第十届库布其沙漠论坛。")
    assert found == {"毛乌素沙地": "Region", "毛乌素沙地综合治理工程": "EcologicalProject",
                     "第十届库布其沙漠论坛": "Event", "库布其沙漠": "Region"}


def test_what_the_review_of_the_held_out_rules_found():
    """Cities after their province in one word of jieba's (辽宁大连, 吉林长春); a city before 村
    (村容村貌, 村"两委"); 对 before a partner's longer name; an expressway's number before where it
    goes; heads of a quoted list; a customary name of the province inside a longer name; cement."""
    found = spans("支持辽宁大连、辽宁沈阳建设，吉林长春发展良好，深化对澳门科技大学的合作，推进G109至西宁高速建设，"
                  "实施“雪峰工程、青禾工程”，推广散装水泥。")
    assert found["大连"] == found["长春"] == "Prefecture"
    assert found["澳门科技大学"] == "Organization" and "对澳门科技大学" not in found
    assert found["G109"] == "Road" and "G109至西宁高速" not in found
    assert found["雪峰工程"] == found["青禾工程"] == "Program" and "散装水泥" not in found
    found = spans_in_report_of("海西蒙古族藏族自治州", "推进格尔木市、德令哈市村容村貌整治，格尔木市村“两委”换届。")
    assert found == {"格尔木市": "CountyLevelDivision", "德令哈市": "CountyLevelDivision"}
    assert spans_in_report_of("四川省", "建设天府新区，推动天府国际机场运营。") == {
        "天府新区": "Region", "天府国际机场": "Airport"}
    assert spans_in_report_of("齐齐哈尔市", "支持龙江县发展，龙江、泰来两县发展良好。")["龙江"] == "CountyLevelDivision"


def test_a_short_form_introduced_in_brackets_is_the_same_node_as_the_full_name(tmp_path):
    """某某集团有限公司（以下简称某某）: the bracket is no part of the company's name nor of the
    plant after it, and the short form, wherever it comes, names the company."""
    from kg.build import build

    report = tmp_path / "雪岭省2031年政府工作报告.txt"
    report.write_text(HEADER + "山东峰禾化工集团有限公司（以下简称峰禾化工）20万吨高端聚碳酸酯项目建成投产。"
                      "支持峰禾化工做大做强。\n", encoding="utf-8")
    found = {(e.label, e.cls, tuple(sorted(e.aliases))) for e in build([report], validate=False).corpus.entities}
    assert ("山东峰禾化工集团有限公司", "Enterprise", ("峰禾化工",)) in found
    assert ("20万吨高端聚碳酸酯项目", "IndustrialProject", ("20万吨高端聚碳酸酯",)) in found


def test_a_museum_or_library_is_the_institution_unless_the_text_builds_it():
    found = spans("雪峰遗址博物馆、青禾湖遗址博物馆等文化新地标建成开放，建设峰城市图书馆新馆，雪岭省博物馆接待观众120万人次。")
    assert found["雪峰遗址博物馆"] == found["青禾湖遗址博物馆"] == "PublicServiceFacility"
    assert found["峰城市图书馆新馆"] == "PublicServiceFacility" and "峰城市图书馆" not in found
    assert "宜昌市博物馆" not in spans_in_report_of("宜昌市", "宜昌市博物馆新馆主体完工。")
    assert found["雪岭省博物馆"] == "Organization"


def test_a_county_s_official_name_is_read_far_from_home_whatever_word_its_stem_is():
    """铜鼓县 and 万载县 (江西) in a report of 浏阳 (湖南), past its opening lines: the counties,
    though 铜鼓 and 万载 are words; a district's name so (老城区) stays unread away from home."""
    found = spans_in_report_of("浏阳市", "今年工作很多。" * 50 + "加强与铜鼓县、万载县的合作，改造老城区。")
    assert found["铜鼓县"] == found["万载县"] == "CountyLevelDivision" and "老城区" not in found


def test_a_工程_with_a_plant_s_rated_output_is_one_plant_s_works(tmp_path):
    from kg.build import build

    report = tmp_path / "雪岭省2031年政府工作报告.txt"
    report.write_text(HEADER + "推进岭芯半导体二期、青康生物年产800吨特色原料药扩建工程建设。\n", encoding="utf-8")
    found = {e.label: e.cls for e in build([report], validate=False).corpus.entities}
    assert found["青康生物年产800吨特色原料药扩建工程"] == "Project"  # a site, no programme


def test_a_county_s_gdp_is_no_region_of_the_county():
    assert spans_in_report_of("大同市", "左云县、云州区地区生产总值增速位居全市前列。") == {
        "左云县": "CountyLevelDivision", "云州区": "CountyLevelDivision"}


def test_research_institutes_are_bodies_named_by_a_place_or_the_jurisdiction_s_level():
    found = spans("与青禾大学共建宝鸡先进钛材料研究院，推进产业技术研究院建设。")
    assert found["宝鸡先进钛材料研究院"] == "Organization" and "产业技术研究院" not in found
    assert spans_in_report_of("江苏省", "推动省产业技术研究院深度参与创新中心建设。")["省产业技术研究院"] == "Organization"


def test_a_division_of_the_home_province_and_站_is_a_railway_station():
    found = spans_in_report_of("绵阳市", "峰禾高铁建成通车，江油站、绵阳站改造完成，新建便民服务站5个，设立第一站。")
    assert found["江油站"] == found["绵阳站"] == "Railway"
    assert not any(name.endswith("服务站") or name.endswith("第一站") for name in found)
    assert spans_in_report_of("北京市", "北京通州站开通运营。")["北京通州站"] == "Railway"
    assert "绵阳站" not in spans_in_report_of("北京市", "绵阳站改造完成。")  # a division of another province


def test_towns_listed_without_their_level_are_the_towns_of_the_data():
    """甲、乙、丙等重点镇 and 甲、乙四个街道: each item and the level said once after the list name a
    town of the home province (浏阳's towns here); companies listed before 等重点企业 stay companies."""
    found = spans_in_report_of("浏阳市", "推进大瑶、永安、北盛、镇头、社港等重点镇建设，淮川、集里、荷花、关口四个街道完成改造。")
    assert {name for name, cls in found.items() if cls == "Town"} == {"大瑶", "永安", "北盛", "镇头", "社港", "淮川", "集里", "荷花", "关口"}
    assert spans_in_report_of("浏阳市", "支持峰禾、岭通等重点企业做大做强。") == {"峰禾": "Enterprise", "岭通": "Enterprise"}
    from kg.pipeline import parse_text
    doc = parse_text("2031年浏阳市政府工作报告\n各位代表：\n二、2031年工作安排\n推进大瑶、北盛等重点镇建设。")
    assert {s.text: s.id_ for s in doc.spans["haixi"]}["大瑶"] == "listed_towns"


def test_a_short_form_in_bare_brackets_is_the_company_when_made_of_its_characters(tmp_path):
    """某某投资控股集团有限公司（某投集团）: a short form without 简称, made of the name's characters
    in order, is the company; a note in brackets (（日处理5万吨）, （洞阳）) is none."""
    from kg.build import build

    report = tmp_path / "雪岭省2031年政府工作报告.txt"
    report.write_text(HEADER + "推动雪岭投资控股集团有限公司（雪投集团）转型，雪投集团资产增长12%。"
                      "云岭峰禾茶业有限公司（峰禾茶业）年产800吨白茶精制加工厂建成投产。"
                      "青禾水务有限公司（日处理5万吨）运营良好。\n", encoding="utf-8")
    found = {(e.label, e.cls, tuple(sorted(e.aliases))) for e in build([report], validate=False).corpus.entities}
    assert ("雪岭投资控股集团有限公司", "Enterprise", ("雪投集团",)) in found
    assert ("云岭峰禾茶业有限公司", "Enterprise", ("峰禾茶业",)) in found
    assert ("年产800吨白茶精制加工厂", "IndustrialProject", ()) in found
    assert not any("日处理" in label for label, _, _ in found)


def test_what_a_district_report_of_the_pearl_river_delta_showed():
    """Tram lines and a metro line's eastern extension; greenways (碧道), water purification
    plants and forest parks; the new building of a body of the district (区图书馆新馆)."""
    found = spans_in_report_of("广州市黄埔区", "5号线东延段加快建设，黄埔有轨电车1号线开通，建成南岗河碧道，推进永和水质净化厂二期，"
                                               "区图书馆新馆建成，建成龙头山森林公园。")
    assert found["5号线东延段"] == found["黄埔有轨电车1号线"] == "Railway"
    assert found["南岗河碧道"] == "EcologicalProject" and found["永和水质净化厂二期"] == "PublicServiceFacility"
    assert found["区图书馆新馆"] == "PublicServiceFacility" and found["龙头山森林公园"] == "ProtectedArea"
    assert spans_in_report_of("广州市黄埔区", "推动中新广州知识城建设。")["中新广州知识城"] == "Region"
    found = spans_in_report_of("广州市黄埔区", "长岭居智慧谷、鱼珠未来产业园等载体加快建设，黄埔湾区药谷集聚企业120家。")
    assert found["黄埔湾区药谷"] == "Project" and "长岭居智慧谷" in found


def test_a_plan_keeps_the_year_it_aims_at_and_a_programme_its_aim_s_verb():
    """制定|2030年前碳达峰行动方案: the year is in the title; 实施|提升就业服务质量工程: the verb of
    its aim opens the programme's name, but not before a kind (落实落细民生工程)."""
    assert spans("制定2030年前碳达峰行动方案，实施提升雪峰服务质量工程，落实落细民生工程。") == {
        "2030年前碳达峰行动方案": "Plan", "提升雪峰服务质量工程": "Program"}


def test_a_list_whose_last_item_is_a_clause_shares_no_head():
    """甲、乙结束不通高铁历史: 高铁 ends a clause, and 甲 is no 甲高铁."""
    assert spans("青口、白渠结束不通高铁历史。") == {}


def test_a_name_a_rule_gives_a_span_survives_another_span_over_the_same_characters():
    """Two finders' spans over the same characters (the place 甲 and 甲 of 甲、乙灌区): each
    keeps its own name (a spaCy span extension would be shared by the offsets)."""
    from kg.spans import candidates_of, write_candidates
    from kg.facts import Candidate

    doc = parse_text(HEADER + "推进青口灌区建设。")
    write_candidates(doc, "a", [Candidate(len(HEADER) + 2, len(HEADER) + 4, "Place", "gazetteer", "", "")])
    write_candidates(doc, "b", [Candidate(len(HEADER) + 2, len(HEADER) + 4, "EcologicalProject", "shared_heads",
                                          "青口灌区", "")])
    names = {c.rule: c.name for c in candidates_of(doc, ["a", "b"])}
    assert names == {"gazetteer": "", "shared_heads": "青口灌区"}


def test_a_place_inside_a_river_name_is_the_river():
    found = spans("治理苏州河，整治黄浦江两岸环境。")
    assert found == {"苏州河": "River", "黄浦江": "River"}


def test_a_river_named_after_a_division_is_the_river():
    """A division's name the segmenter cuts off with a river's ending (德令哈|河) names the
    river, even where the tagger garbles it; a longer word (河道) or a street (某某河路) does not."""
    doc = parse_text("2031年海西州政府工作报告\n各位代表：\n二、2031年工作安排\n保护德令哈河生态，治理格尔木河道。")
    found = {s.text: s.label_ for s in doc.spans[SPAN_KEY]}
    assert found.get("德令哈河") == "River"
    assert "格尔木河" not in found


def test_a_home_name_wins_over_a_far_one_it_overlaps():
    """城北海拉尔河: 北海 (a city of Guangxi) overlaps 海拉尔 of the home prefecture, which starts
    inside it and goes on past it; in 海拉尔's own report the home name is read, 北海 is not."""
    doc = parse_text("2031年呼伦贝尔市海拉尔区人民政府工作报告\n各位代表：\n二、2031年工作安排\n配合做好城北海拉尔河湿地项目。")
    found = {s.text: s.label_ for s in doc.spans[SPAN_KEY]}
    assert found.get("海拉尔河") == "River" and "北海" not in found


def test_an_annex_names_nothing():
    text = ("加快青溪物流园建设。\n附件\n名词解释\n1.雪峰集团：指某某。\n")
    found = spans(text)
    assert "青溪物流园" in found and "雪峰集团" not in found


def test_a_route_names_its_ends_by_their_first_characters_at_home():
    """A route from the report's own prefecture names both its ends (敦煌市 the nearest 敦); in
    a province's report, only the end inside the province: the far end is a guess, and a
    wrong one often enough (合新 read as 合肥 and 新余, for 新沂)."""
    def ends(title):
        doc = parse_text(title + "\n二、2031年工作安排\n推进格敦铁路建设。")
        return {(s.text, s.kb_id_) for s in doc.spans[SPAN_KEY] if s.id_ == "abbreviations"}

    assert ends("2031年海西州政府工作报告") == {("格", "632801"), ("敦", "620982")}
    assert ends("2031年青海省政府工作报告") == {("格", "632801")}
    elsewhere = parse_text("2031年浙江省政府工作报告\n二、2031年工作安排\n推进格敦铁路建设。")
    assert not [s for s in elsewhere.spans[SPAN_KEY] if s.id_ == "abbreviations"]


def test_a_division_opening_another_name_is_no_mention():
    """安阳 opening a company the tagger names (安阳时代) is not the city; opening a park it is."""
    from kg.gazetteer import opens_another_name
    from kg.tagger import Word

    assert opens_another_name([Word(2, 6, "ORG")], "支持安阳时代发展", 2, 4)
    assert not opens_another_name([Word(2, 7, "LOC")], "建设安阳工业园", 2, 4)
    assert not opens_another_name([Word(2, 4, "LOC"), Word(4, 6, "n")], "支持安阳时代发展", 2, 4)


def test_a_route_of_three_cities_is_named_without_guessing_its_ends():
    """格敦德: a third character may stand for a town, so only the railway is named."""
    doc = parse_text("2031年青海省政府工作报告\n二、2031年工作安排\n开工建设格敦德高铁。")
    assert {(s.text, s.label_) for s in doc.spans["rules"] if s.id_ == "abbreviations"} == {("格敦德高铁", "Railway")}
    assert {(s.text, s.label_) for s in doc.spans[SPAN_KEY]} == {("青海省", "Province"), ("格敦德高铁", "Railway")}


def test_a_district_named_by_a_common_word_is_a_place_only_at_home():
    """老城区 is a district of 洛阳; in a report of another province it is a city's old town."""
    body = "二、2031年工作安排\n" + "各项工作稳步推进。" * 40 + "推进老城区改造提质。"
    elsewhere = parse_text("2031年浙江省政府工作报告\n" + body)
    assert not [s for s in elsewhere.spans[SPAN_KEY] if s.text == "老城区"]
    at_home = parse_text("2031年河南省政府工作报告\n" + body)
    assert [s.label_ for s in at_home.spans[SPAN_KEY] if s.text == "老城区"] == ["CountyLevelDivision"]


def test_a_pair_of_common_words_is_no_company_short_form():
    """The tagger sometimes marks 食品药品 or 国际航空 as an organisation: two common words."""
    from kg.rules import _only_common_words

    assert _only_common_words("食品药品") and _only_common_words("国际航空")
    assert not _only_common_words("峰禾时代")


def test_a_region_named_by_its_cities_initials_at_home():
    """郑开洛: 郑州, 开封, 洛阳 of 河南, named by their first characters, in a report of 河南 only."""
    body = "二、2031年工作安排\n" + "各项工作稳步推进。" * 40 + "推进郑开洛一体化发展。"
    at_home = parse_text("2031年河南省政府工作报告\n" + body)
    assert [(s.text, s.label_) for s in at_home.spans[SPAN_KEY] if s.id_ == "city_initials"] == [("郑开洛", "Region")]
    elsewhere = parse_text("2031年浙江省政府工作报告\n" + body)
    assert not [s for s in elsewhere.spans[SPAN_KEY] if s.id_ == "city_initials"]


def test_city_initials_before_a_route_name_the_route_not_a_region():
    """郑开洛铁路 and 郑开洛开放大通道 are routes through three cities, not the region 郑开洛."""
    for text in ("加快郑开洛铁路建设。", "增强郑开洛开放大通道辐射带动能力。", "推进郑开洛R1线建设。"):
        assert "郑开洛" not in spans_in_report_of("河南省", text), text
    assert spans_in_report_of("河南省", "推进郑开洛一体化发展。").get("郑开洛") == "Region"


def test_a_tagged_name_ending_in_a_verb_is_an_activity_not_a_company():
    """河海联运 and 海铁联运 end in a verb (联运): a kind of transport the tagger took for a
    company; 青溪建工 ends in an industry (建工) and stays one."""
    assert "河海联运" not in spans("推动国际航运中心建设，大力发展海铁、河海联运。")
    assert "海铁联运" not in spans("海铁联运量突破200万标箱，中欧班列开行924列。")
    assert spans("支持雪峰重工、青溪建工做大做强。").get("青溪建工") == "Enterprise"


def test_a_tagged_name_in_a_list_of_fields_is_a_field():
    """民族、宗教、…、广电、史志、档案等工作 lists fields of work: 广电 and 史志 are no companies;
    a list of companies keeps its short forms (峰禾 beside 青溪锂能)."""
    found = spans("民族、宗教、外事、侨务、港澳台、广电、史志、档案等工作扎实推进。")
    assert "广电" not in found and "史志" not in found
    assert spans("支持峰禾、青溪锂能、白岭重工、黑川智造等企业做大做强。").get("峰禾") == "Enterprise"


def test_a_kind_tallied_at_the_end_of_its_clause_is_no_name():
    """农村供水工程100处 counts works of a kind: no programme; 雪峰工业园3个项目 is one park
    whose projects are counted."""
    assert "农村供水工程" not in spans("新建改造农村供水工程100处，持续整治农村人居环境。")
    assert spans("雪峰工业园3个项目开工建设。").get("雪峰工业园") == "IndustrialPark"


def test_a_phase_or_unit_of_a_power_plant_named_by_its_site_is_one_work():
    """德令哈核电一期, 德令哈核电3号机组: works of a plant named by its site; 沿海核电二期
    names no site."""
    found = spans("德令哈核电一期投入商业运行，德令哈核电3号机组开工建设，谋划沿海核电二期。")
    assert found.get("德令哈核电一期") == found.get("德令哈核电3号机组") == "EnergyProject"
    assert not [name for name in found if name.startswith("沿海")]


def test_works_on_a_stretch_of_a_named_route_are_a_project():
    """雪岭铁路白鹭至青溪段整体提升工程 names works on one stretch of a railway: a project, not
    a programme (城市品质提升工程 with no site stays one)."""
    found = spans("实施雪岭铁路白鹭至青溪段整体提升工程，实施城市品质提升工程。")
    assert found.get("雪岭铁路白鹭至青溪段整体提升工程") == "Project"
    assert found.get("城市品质提升工程") == "Program"


def test_a_road_runs_on_to_the_stretch_between_two_places():
    """某某高速公路甲至乙段 is one stretch of the road, the works named: the road's name runs
    on to 段, and the two ends are places."""
    found = spans("改扩建格尔木至德令哈高速公路大柴旦至锡铁山段。")
    assert found.get("格尔木至德令哈高速公路大柴旦至锡铁山段") == "Road"


def test_a_river_valley_is_a_region():
    """某某河谷地 is the land along the river: a region, not the river."""
    assert spans("实施青溪河谷地、白鹭盆地大气污染治理行动。").get("青溪河谷地") == "Region"


def test_a_place_filling_a_work_s_title_is_the_work():
    """话剧《右玉》 is a play named after the county (右玉县 of 山西, reference data): no
    mention of the county, which the next sentence names."""
    assert "右玉" not in spans_in_report_of("山西省", "话剧《右玉》获国家奖项。")
    assert "右玉县" in spans_in_report_of("山西省", "右玉县文旅融合加快发展。")


def test_compass_points_of_a_list_a_ring_or_a_province_are_directions():
    """东北、西北、西南、东南四个片区 are parts of the province, 西北四环 a stretch of a ring
    road, 闽西南 the south-west of 福建: no regions of the country; 东北 beside 环渤海 and 中东
    beside 东南亚 are."""
    found = spans("推动东北、西北、西南、东南四个片区内城市共同实施一批重大合作事项。")
    assert not [n for n in found if n in ("东北", "西北", "西南", "东南")]
    assert "西北" not in spans_in_report_of("北京市", "东四环、西北四环大修顺利完工。")
    assert "西南" not in spans_in_report_of("福建省", "推进闽西南水资源配置工程前期工作。")
    assert "东北" in spans("加强与东北、环渤海地区合作。")
    assert "中东" in spans("开拓中亚、中东、东南亚和港澳市场。")


def test_a_demonstration_base_the_state_names_is_a_title():
    """国家某某示范基地 and “两山”实践创新基地 are titles the state awards (places join them):
    programmes; 德令哈现代农业示范基地 is one base; 一批中试示范基地 a kind."""
    assert spans("争创国家新兴产业发展示范基地。").get("国家新兴产业发展示范基地") == "Program"
    assert spans("9个县获评“两山”实践创新基地。").get("“两山”实践创新基地") == "Program"
    assert spans_in_report_of("青海省", "建设德令哈现代农业示范基地。").get("德令哈现代农业示范基地") == "Project"
    assert not [n for n in spans("布局建设一批中试示范基地、概念验证中心。") if n.endswith("示范基地")]


def test_a_museum_named_yuan_is_an_institution():
    """某省博物院 is an established institution (a body); 某某博物馆新馆 is a building built."""
    found = spans_in_report_of("青海省", "青海博物院位列国家一级博物馆运行评估第一名，德令哈博物馆新馆开工建设。")
    assert found.get("青海博物院") == "Organization"
    assert found.get("德令哈博物馆新馆") == "PublicServiceFacility"


def test_the_subjects_of_a_company_s_predicate_are_companies():
    """Only companies are listed on a bourse or merged (成功上市, 实现重组): their subjects are
    companies however short; a count or a kind of company is none."""
    found = spans("青峰汽车登陆港交所，雪岭钢、白鹭钢实现重组，峰禾工业成功上市。")
    assert {found.get(n) for n in ("青峰汽车", "雪岭钢", "白鹭钢", "峰禾工业")} == {"Enterprise"}
    found = spans("新增12家企业成功上市，推动优质企业成功上市，促进优质企业增资扩产。")
    assert "Enterprise" not in found.values()


def test_games_named_by_number_and_a_quoted_series_of_matches_are_events():
    """“十五冬” is the fifteenth national winter games, “好运雪岭”系列赛事 a series of
    matches: events; “后亚冬”效应 names no games."""
    found = spans("扎实推进“十五冬”筹备工作，更好释放“后亚冬”效应，办好“好运雪岭”系列赛事。")
    assert found.get("十五冬") == found.get("好运雪岭") == "Event"
    assert "后亚冬" not in found


def test_a_season_opens_an_event_s_name():
    """夏季雪峰论坛 and 冬季冰雪旅游节 are held in one season: the season is part of the name."""
    found = spans("高水平承办夏季雪峰论坛，办好冬季冰雪旅游节。")
    assert found.get("夏季雪峰论坛") == found.get("冬季冰雪旅游节") == "Event"


def test_an_agreement_and_a_plan_s_edition_are_part_of_documents():
    """区域全面经济伙伴关系协定 is a treaty (a document, a plan's class); （2026版） after a plan
    is its edition, part of its title."""
    assert spans("推动区域全面经济伙伴关系协定签署。").get("区域全面经济伙伴关系协定") == "Plan"
    assert "优化营商环境行动方案（2026版）" in spans("实施优化营商环境行动方案（2026版），建立问题发现机制。")


def test_a_tagged_place_that_is_a_common_word_is_no_name():
    """沿海 (along the coast) is a word of the language, though it ends like a sea's name."""
    assert "沿海" not in spans("深化沿海山区协作。")


def test_a_demonstrative_or_a_time_word_is_no_part_of_a_name():
    """城投公司这一融资平台 sets a company beside the kind it is (这一): no platform's name; 年内
    opens the clause, not the hospital's name, though the tagger cuts it (年|内|区医院)."""
    assert not [n for n in spans("充分利用城投公司这一融资平台，多方筹措资金。") if n.endswith("融资平台")]
    assert not [n for n in spans("年内区医院要晋升为二级甲等医院。") if n.startswith(("年", "内"))]


def test_a_campaign_of_education_is_a_programme():
    """某某教育实践活动 and 某某主题教育 (a long aim) are the party's named campaigns; 拓展主题教育
    names none."""
    found = spans("深入开展群众路线教育实践活动，扎实开展勤俭节约主题教育，巩固拓展主题教育成果。")
    assert found.get("群众路线教育实践活动") == found.get("勤俭节约主题教育") == "Program"
    assert "拓展主题教育" not in found


def test_a_rail_service_opening_a_facility_s_name_is_no_mention_of_it():
    """郑州中欧班列集结中心 is a centre named after the trains it gathers: the centre, with its
    city, and no railway of its own."""
    found = spans_in_report_of("河南省", "持续释放郑州中欧班列集结中心辐射带动力。")
    assert found == {"郑州": "Prefecture", "郑州中欧班列集结中心": "PublicServiceFacility"}


def test_a_quoted_count_of_programmes_is_named_with_its_field():
    """数字产业化“十大工程” and 碳达峰“十大工程” are two fields' ten programmes, two things;
    实施“十大工程” and 自治区“四大行动” name the count alone."""
    found = spans("推进数字产业化“十大工程”、产业数字化“八大行动”，深入实施碳达峰“十大工程”。")
    assert {found.get(n) for n in ("数字产业化“十大工程”", "产业数字化“八大行动”", "碳达峰“十大工程”")} == {"Program"}
    assert spans("组织实施“十大工程”，实施自治区“四大行动”。") == {"十大工程": "Program", "四大行动": "Program"}


def test_the_country_s_strategy_for_an_economic_belt_is_a_programme():
    """西部大开发, 东北振兴 and 中部地区加快崛起 are the country's strategies for its belts;
    东部地区 alone, or 西部 of a place, names none."""
    found = spans("推动西部大开发形成新格局，推动东北振兴取得新突破，促进中部地区加快崛起，"
                  "鼓励东部地区加快推进现代化。")
    assert {found.get(n) for n in ("西部大开发", "东北振兴", "中部地区加快崛起")} == {"Program"}
    assert not [n for n in found if n.startswith("东部")]
    assert not [n for n in spans("支持雪峰市西部振兴，推动城市东部一体化发展。") if n.startswith(("西部", "东部"))]


def test_a_movement_with_a_long_aim_is_a_campaign():
    """爱国卫生运动 is the country's campaign (its aim four characters long); 冰雪运动 a sport."""
    found = spans("深入开展爱国卫生运动，推广冰雪运动。")
    assert found.get("爱国卫生运动") == "Program" and "冰雪运动" not in found


def test_a_great_protection_of_a_river_is_a_programme():
    """雪溪大保护 is the campaign to protect the river."""
    assert spans("深化雪溪大保护和新一轮综合治理。").get("雪溪大保护") == "Program"


def test_a_year_before_a_place_s_name_makes_no_numbered_lake():
    """2026|湖南 of 办好2026湖南某某大会: the year of a meeting, no lake named 2026湖; 626小河 is a
    stream named by its number."""
    found = spans("办好2026湖南旅游发展大会，实施626小河改造。")
    assert "2026湖" not in found and found.get("626小河") == "River"


def test_an_edition_of_an_event_opens_no_site_s_name():
    """第十届环雪湖国际公路自行车赛 is a race: 第十届环雪湖国际公路 is no road."""
    assert "Road" not in spans("成功举办第十届环雪湖国际公路自行车赛。").values()


def test_one_quoted_character_is_no_name():
    """实施农业“特”“优”战略: the quoted characters are words (special, fine), no programmes."""
    assert not [n for n in spans("实施农业“特”“优”战略，高标准农田达到3050万亩。") if len(n.strip("“”")) == 1]


def test_a_count_of_listed_aims_before_a_head_names_no_programme():
    """清洁降碳、安全可靠、高效调节、智能运行四大专项行动 counts four actions by their aims: no
    action named 智能运行四大专项行动."""
    found = spans("实施清洁降碳、安全可靠、高效调节、智能运行四大专项行动，推动上大压小。")
    assert not [n for n in found if n.endswith("专项行动")]


def test_a_work_conference_s_name_opens_at_its_scope():
    """全省“雪峰经济”助推青溪发展工作会议 and 全市推进雪峰振兴工作会议 are held for a scope and
    named from it, the verb of their theme inside; 全面贯彻 opens no name."""
    found = spans("认真落实全省“雪峰经济”助推青溪发展工作会议精神，召开全市推进雪峰振兴工作会议，"
                  "全面贯彻中央经济工作会议精神。")
    assert {found.get(n) for n in ("全省“雪峰经济”助推青溪发展工作会议", "全市推进雪峰振兴工作会议",
                                   "中央经济工作会议")} == {"Event"}


def test_a_district_named_by_a_word_is_read_only_in_its_prefecture():
    """城区 is a district of 晋城市 (reference data) and a word of the language: in the
    province's report 好城区 is any town's; in 晋城市's report 城区 is the district."""
    assert "城区" not in spans_in_report_of("山西省", "统筹推进好房子、好小区、好社区、好城区建设。")
    assert spans_in_report_of("晋城市", "支持城区、泽州县建设现代化城市。").get("城区") == "CountyLevelDivision"


def test_a_district_short_form_is_read_at_home_and_in_its_province_where_the_tagger_sees_a_place():
    """钱塘 is a district of 杭州 in a report of 杭州; in the province's report too where the
    tagger reads it as a place, but not inside the river's name (钱塘江) or another city's."""
    body = "二、2031年工作安排\n" + "各项工作稳步推进。" * 40 + "推进钱塘、义乌协同发展，治理钱塘江。"
    in_the_city = parse_text("2031年杭州市政府工作报告\n" + body)
    assert [s.label_ for s in in_the_city.spans[SPAN_KEY] if s.text == "钱塘"] == ["CountyLevelDivision"]
    in_the_province = parse_text("2031年浙江省政府工作报告\n" + body)
    found = [(s.text, s.label_) for s in in_the_province.spans[SPAN_KEY] if s.label_ == "CountyLevelDivision"]
    assert found == [("钱塘", "CountyLevelDivision"), ("义乌", "CountyLevelDivision")]
    elsewhere = parse_text("2031年江苏省政府工作报告\n" + body)
    assert ("钱塘", "CountyLevelDivision") not in {(s.text, s.label_) for s in elsewhere.spans[SPAN_KEY]}


def test_countries_are_places_by_their_chinese_names():
    """Countries come from ISO 3166-1 (pycountry's Chinese names), with the 国 form of a
    two-character name; none is read inside a division (内蒙古) or across words (依法|国有)."""
    doc = parse_text(HEADER + "应对美国加征关税，深化与蒙古国、卢森堡合作，依法国有资产监管，推进内蒙古发展。")
    found = {s.text: s.label_ for s in doc.spans[SPAN_KEY] if s.start_char >= len(HEADER)}
    assert {n: c for n, c in found.items() if c == "Country"} == {"美国": "Country", "蒙古国": "Country", "卢森堡": "Country"}
    assert "法国" not in found and found.get("内蒙古") == "Province"


def test_a_tagged_body_ending_in_zuzhi_is_an_organisation():
    """An organisation the tagger names and that ends in 组织 is a body, not a company."""
    from kg.rules import _tagged_class

    assert _tagged_class("国际雪峰组织", "ORG") == "Organization"
    assert _tagged_class("雪峰科技", "ORG") == "Enterprise"


def test_the_short_form_of_an_association_is_a_body():
    """A tagged name that is the short form of an association the dictionary holds
    (红十字 of 红十字会) is a body, not a company; a company's short form stays one."""
    from kg.rules import _tagged_class

    assert _tagged_class("红十字", "ORG") == "Organization"
    assert _tagged_class("峰禾", "ORG") == "Enterprise"


def test_a_tagged_organisation_jieba_holds_as_a_body_is_no_company():
    """Whatever jieba's dictionary tags as an organisation's name (nt) is a body; a short
    name it does not hold stays a company's."""
    import jieba.posseg

    from kg.rules import _dictionary_tag, _tagged_class

    _dictionary_tag("")  # loads the dictionary
    body = next(w for w, t in sorted(jieba.posseg.dt.word_tag_tab.items()) if t == "nt" and len(w) == 3)
    assert _tagged_class(body, "ORG") == "Organization"
    assert _tagged_class("峰禾", "ORG") == "Enterprise"


def test_a_village_of_the_home_county_is_read_by_the_village_data():
    """A village (某某村) of the report's county is a place in the county's report, found by
    the village data; a province's report reads none (it has too many to read them safely)."""
    from kg.reference import _villages
    from kg.rules import _only_common_words

    name = next(v + "村" for v, towns in sorted(_villages("63").items())
                if len(v) == 3 and not v.endswith("村") and all(t.startswith("632801") for t in towns)
                and not _only_common_words(v + "村"))
    body = "二、2031年工作安排\n" + "各项工作稳步推进。" * 40 + f"推进{name}人居环境整治。"
    in_the_county = parse_text("2031年格尔木市政府工作报告\n" + body)
    assert [s.label_ for s in in_the_county.spans[SPAN_KEY] if s.text == name] == ["Locality"]
    in_the_province = parse_text("2031年青海省政府工作报告\n" + body)
    assert not [s for s in in_the_province.spans[SPAN_KEY] if s.text == name]


def test_a_village_of_common_words_is_read_only_as_the_county_writes_it():
    """A village named by common words (团结村) is a place in its county's report when the village
    data holds it so written in that county; 新农村 in the same report stays words."""
    doc = parse_text("2031年海拉尔区政府工作报告\n各位代表：\n二、2031年工作安排\n推进团结村肉牛养殖，建设社会主义新农村。")
    found = {(s.text, s.label_) for s in doc.spans[SPAN_KEY]}
    assert ("团结村", "Locality") in found and not any(text == "新农村" for text, _ in found)


def test_a_part_of_the_home_province_is_named_by_its_abbreviation():
    """The home province's one-character abbreviation and compass points name a part of it
    (豫东, 豫东平原 in 河南's report); elsewhere (where the tagger may still mark one as a
    place), or inside a longer word, this rule names nothing."""
    body = "各位代表：\n二、2031年工作安排\n加快豫东平原高标准农田建设，推动豫西、豫北协同发展。"
    at_home = parse_text("2031年河南省政府工作报告\n" + body)
    assert {s.text: s.label_ for s in at_home.spans[SPAN_KEY] if s.text.startswith("豫")} == {
        "豫东平原": "Region", "豫西": "Region", "豫北": "Region"}
    elsewhere = parse_text("2031年湖北省政府工作报告\n" + body)
    assert not [s for s in elsewhere.spans[SPAN_KEY] if s.id_ == "province_parts"]
    xinjiang = parse_text("2031年新疆维吾尔自治区政府工作报告\n各位代表：\n二、2031年工作安排\n新中国成立以来，与新西兰合作。")
    assert not [s for s in xinjiang.spans[SPAN_KEY] if s.label_ == "Region"]


def test_a_quote_holding_the_home_province_s_customary_name_is_its_programme():
    """A province calls itself by a customary name too (龙江 for 黑龙江, reference data): a
    short quote holding it is the province's programme, counted (“六个龙江”) or not; an
    example set to others (“龙江样板”) is none; in another province's report it is neither."""
    text = "加快建设“六个龙江”，举办“购在龙江”等促消费活动，为全国提供了“龙江样板”。"
    at_home = spans_in_report_of("黑龙江省", text)
    assert {name for name, label in at_home.items() if label == "Program"} == {"六个龙江", "购在龙江"}
    assert "Program" not in spans_in_report_of("吉林省", text).values()


def test_streets_joined_by_dashes_are_each_a_road_in_a_county_s_report():
    text = "重点打造胜利大街—察尔汗路—宗加路—茶卡路一线。"
    county = spans_in_report_of("格尔木市", text)
    assert all(county.get(road) == "Road" for road in ("察尔汗路", "宗加路", "茶卡路"))
    assert "茶卡路" not in spans_in_report_of("青海省", text)


def test_a_park_named_by_two_cities_initials_is_one_where_one_city_is_at_home():
    """深哈产业园 (深圳 and 哈尔滨) in 黑龙江's report is one park; the same initials name no city of
    another province's (reference data: the cities' names)."""
    text = "推动厦牡产业园优化布局。"
    assert spans_in_report_of("黑龙江省", text).get("厦牡产业园") == "IndustrialPark"
    assert "厦牡产业园" not in spans_in_report_of("吉林省", text)


def test_intercity_lines_are_named_by_initials_without_guessing_their_ends():
    """An intercity or light-rail line named by initials is a railway, with its stretch; its
    ends are not guessed (津滨轻轨: 滨 is a district, no 滨州); listed before another line's
    head it keeps its own (甲乙城际南段、丙丁高铁)."""
    found = spans_in_report_of("河北省", "石衡城际全线贯通。石衡城际南段、保忻高铁建成通车。")
    assert found["石衡城际"] == found["石衡城际南段"] == "Railway"
    assert "石" not in found and "衡" not in found


def test_a_municipality_is_a_route_end_by_its_abbreviation():
    """津 of 津潍高铁 is 天津 (the municipality's abbreviation), not 津市 in Hunan."""
    from kg.reference import route_ends

    assert [d.name for d in route_ends("津潍")] == ["天津市", "潍坊市"]
    assert [d.name for d in route_ends("京沪")] == ["北京市", "上海市"]


def test_a_route_named_by_cities_too_far_apart_names_no_cities():
    """The nearest cities two characters may stand for must lie close enough for one route:
    太绥 pairs 太原 with 绥化, 1,700 km away, a guess; 格库 (格尔木, 库尔勒) is a railway."""
    from kg.reference import route_ends

    assert route_ends("太绥") is None
    assert [d.name for d in route_ends("格库")] == ["格尔木市", "库尔勒市"]
    shanxi = parse_text("2031年山西省政府工作报告\n各位代表：\n二、2031年工作安排\n开工建设太绥高铁。")
    assert not [s for s in shanxi.spans[SPAN_KEY] if s.text in ("太", "绥")]


def test_a_far_city_opening_a_local_name_is_no_mention_of_it():
    """A short form of a city of another province before a noun (临沂|商城 in a district report
    of Inner Mongolia) names a local namesake; the city named on its own is still a mention,
    and at home both are."""
    body = "\n各位代表：\n二、2031年工作安排\n确保临沂商城、雪峰交易市场开工建设，加强与临沂合作。"
    far = parse_text("2031年海拉尔区政府工作报告" + body)
    assert [s.start_char for s in far.spans[SPAN_KEY] if s.text == "临沂"] == [far.text.rindex("临沂")]
    home = parse_text("2031年山东省政府工作报告" + body)
    assert len([s for s in home.spans[SPAN_KEY] if s.text == "临沂"]) == 2


def test_a_far_city_before_a_local_name_is_no_mention_of_it():
    """A far city's short form before a name the tagger reads and a noun (海东|云岭|安置小区 in a
    district report of Inner Mongolia) opens a local site's name; named on its own it is a mention."""
    text = "2031年海拉尔区政府工作报告\n各位代表：\n二、2031年工作安排\n启动海东云岭安置小区建设，加强与海东合作。"
    doc = parse_text(text)
    assert [s.start_char for s in doc.spans[SPAN_KEY] if s.text == "海东"] == [text.rindex("海东")]
    assert "海东云岭安置小区" in {s.text for s in doc.spans[SPAN_KEY]}


def test_parts_of_places_and_far_namesakes_are_no_mentions():
    """A part of a place by compass points (西部, 赣州南部), a government's work (江西政府工作)
    and a far prefecture's short form opening a longer name (海西经济区 in Jiangxi's report, not
    the Haixi prefecture of Qinghai) name no body and no division."""
    doc = parse_text("2031年江西省政府工作报告\n各位代表：\n二、2031年工作安排\n深入对接海西经济区建设。"
                     "做好江西政府工作。继续加大西部大开发力度，出台支持赣州南部发展的政策。")
    found = {s.text: s.label_ for s in doc.spans[SPAN_KEY]}
    assert not {"西部", "江西政府", "赣州南部", "海西"} & set(found)
    assert not [s for s in doc.spans[SPAN_KEY] if s.id_ == "gazetteer" and s.text == "海西"]
    assert found.get("赣州") == "Prefecture"
    company = parse_text("2031年浙江省政府工作报告\n各位代表：\n二、2031年工作安排\n"
                         "人工智能核心产业营收增长20%以上，阿里千问、DeepSeek等通用模型性能全球领先。")
    assert not [s for s in company.spans[SPAN_KEY] if s.id_ == "gazetteer" and s.text == "阿里"]


def test_a_county_names_its_one_project_by_the_site_it_builds():
    """In a county's own report a project named by the site it builds is one project (there
    is one 疾控中心 in the county); a province's report names a kind with the same words."""
    body = "\n各位代表：\n二、2031年工作安排\n加快疾控中心基础设施项目建设。"
    county = parse_text("2031年格尔木市政府工作报告" + body)
    assert {s.text: s.label_ for s in county.spans[SPAN_KEY]}.get("疾控中心基础设施项目") == "Project"
    province = parse_text("2031年青海省政府工作报告" + body)
    assert "疾控中心基础设施项目" not in {s.text for s in province.spans[SPAN_KEY]}


def test_a_city_names_its_ring_and_exit_roads_by_compass_points():
    """A city's or county's own report names its roads by compass point and kind (东外环路,
    新北出口路, one road each of a list joined by dashes); a province's report names none so."""
    body = "\n各位代表：\n二、2031年工作安排\n完成西出口路建设，确保东外环路按期开工，打造胜利大街—新北出口路一线。"
    county = parse_text("2031年格尔木市政府工作报告" + body)
    assert {"西出口路", "东外环路", "新北出口路"} <= {s.text for s in county.spans[SPAN_KEY] if s.label_ == "Road"}
    province = parse_text("2031年青海省政府工作报告" + body)
    assert not {"西出口路", "东外环路", "新北出口路"} & {s.text for s in province.spans[SPAN_KEY]}


def test_a_name_found_again_where_it_is_counted_is_no_mention_of_it():
    """A name found once is found again elsewhere, but not where a count goes before it
    (改扩建15个某某中心 names many of a kind)."""
    from kg.facts import Candidate
    from kg.pipeline import propagated

    doc = parse_text(HEADER + "建成峰禾服务中心。推进峰禾服务中心建设。改扩建15个峰禾服务中心。")
    first = doc.text.index("峰禾服务中心")
    found = propagated(doc, [Candidate(first, first + 6, "Project", "head_nouns")])
    assert [doc.text[c.start - 2:c.start] for c in found] == ["推进"]


def test_a_city_opening_the_name_of_a_zone_is_a_mention():
    """A city's short form that opens a zone's name the tagger marks (四平|新开区) names the
    city the zone lies in."""
    doc = parse_text("2031年吉林省政府工作报告\n各位代表：\n二、2031年工作安排\n松原石化园区、辽源高新区、四平新开区入选首批名单。")
    assert {s.text: s.label_ for s in doc.spans[SPAN_KEY]}.get("四平") == "Prefecture"


def test_a_plan_keeps_the_place_it_plans_for():
    """A place the tagger names inside a plan's name (某某国家公园 of 某某国家公园规划) stays a
    mention of its own, while a name inside a site's name is a piece of it."""
    found = spans("配合做好青海湖、昆仑山国家公园规划编制工作。")
    assert found.get("昆仑山国家公园规划") == "Plan" and found.get("昆仑山国家公园") == "ProtectedArea"


def test_a_plant_before_a_capacity_is_no_company():
    """某某发电厂2×35万千瓦热电联产: the works of a plant, which is no company."""
    found = spans("推进雪杉发电厂2×35万千瓦热电联产项目前期工作。")
    assert found.get("雪杉发电厂2×35万千瓦热电联产项目") == "IndustrialProject"
    assert found.get("雪杉发电厂") != "Enterprise"


def test_a_quoted_name_holding_the_home_place_is_a_programme():
    """A short quoted phrase with the name or abbreviation of the report's own place (“某农精品”
    in a report of 某) is a programme or brand of it; a formula of conduct with it (“某某精神”) and
    one with no place (“两个维护”) are none; followed by 系列活动 it is an event."""
    header = "2031年天津市政府工作报告\n各位代表：\n二、2031年工作安排\n"
    doc = parse_text(header + "提高“津禾精品”销售规模，“戏聚天津”好戏连台。弘扬“津门雪峰精神”，做到“两个维护”。"
                              "办好“津享雪杉”系列活动。")
    found = {s.text: s.label_ for s in doc.spans[SPAN_KEY] if s.start_char >= len(header)}
    assert found.get("津禾精品") == "Program" and found.get("戏聚天津") == "Program"
    assert "津门雪峰精神" not in found and "两个维护" not in found
    assert found.get("津享雪杉") == "Event"


def test_a_far_route_by_initials_is_named_without_its_cities():
    """京广铁路 in a report of a province it does not start or end in is a railway, and its
    initials name no cities there (广 could be 广元 or 广州); compass points name no route."""
    found = spans("推进京广铁路扩能改造，东中西高速公路大通道全线贯通。")
    assert found.get("京广铁路") == "Railway"
    assert "京" not in found and "广" not in found and "东中西高速公路" not in found


def test_a_tagged_place_ending_in_a_valley_is_a_region():
    """A place the tagger names that ends in 谷 (某某量子谷, 某某光谷) is a region."""
    from kg.rules import _tagged_class

    assert _tagged_class("雪峰量子谷", "LOC") == "Region"


def test_a_town_centre_names_one_site_in_its_own_report():
    """中心城区某某项目 in a county's or a district's report is one site of its town; in a
    province's report the town centre names no place, and the 项目 no site."""
    body = "\n各位代表：\n二、2031年工作安排\n加快中心城区垃圾焚烧发电项目建设。"
    county = parse_text("2031年海拉尔区政府工作报告" + body)
    assert {s.text: s.label_ for s in county.spans[SPAN_KEY]}.get("中心城区垃圾焚烧发电项目") == "PublicServiceFacility"
    province = parse_text("2031年雪岭省政府工作报告" + body)
    assert not [s for s in province.spans[SPAN_KEY] if "项目" in s.text]


def test_a_region_of_city_initials_makes_a_site_specific():
    """A site named after a region of the home province's city initials (呼包鄂|智能制造产业集群) is
    one site: the initials are a place, as a division's name would be."""
    header = "2031年内蒙古自治区政府工作报告\n各位代表：\n二、2031年工作安排\n"
    doc = parse_text(header + "打造呼包鄂智能制造产业集群和赤锡通数字应用集聚区。")
    found = {s.text: s.label_ for s in doc.spans[SPAN_KEY] if s.start_char >= len(header)}
    assert found.get("呼包鄂智能制造产业集群") == "IndustrialPark"
    assert found.get("赤锡通数字应用集聚区") == "IndustrialPark"


def test_initials_of_cities_name_a_region_as_often_as_cities_open_with_them():
    """Two cities of 广东 open with 汕, so 汕 stands twice in a region's initials; the cities the
    province runs itself (仙桃, 潜江, 天门 in 湖北) have initials too; in a quoted run that opens
    with a short form that is no initial (穗), the initials after it name nothing."""
    found = spans_in_report_of("广东省", "带动“汕汕揭潮”城市群建设，推进“穗深佛莞”产业走廊建设。")
    assert found["汕汕揭潮"] == "Region" and "深佛莞" not in found
    assert spans_in_report_of("湖北省", "带动“仙潜天”城市群建设。") == {"仙潜天": "Region"}
    # a city may be named by the second character of its name when no other city holds it
    # (锡 of 无锡), and a list of such runs is no list of companies
    assert spans_in_report_of("江苏省", "推动锡徐连、常泰盐等融合发展。") == {"锡徐连": "Region", "常泰盐": "Region"}
    # a run jieba's word goes on past (赣江|新区) names no region
    assert "赣江新" not in spans_in_report_of("江西省", "南昌、赣江新区、九江三地联席会议常态化运行。")


def test_a_far_city_opening_with_a_division_name_is_a_place():
    """乌兰巴托市 opens with 乌兰 (a county of Qinghai) and goes on as a city's name does, not into
    a common word (某某|城市): the tagger's place is another place, kept whole."""
    from kg.rules import _place_and_common_word

    assert not _place_and_common_word("乌兰巴托市")
    assert _place_and_common_word("乌兰城市")


def test_a_division_a_route_section_reaches_is_named():
    """某某至牙克石段: the tagger runs the division into the section's ending; the division is
    named all the same (a county-level city of the home prefecture, read by the gazetteer)."""
    doc = parse_text("2031年海拉尔区政府工作报告\n各位代表：\n二、2031年工作安排\n雪峰高速海拉尔至牙克石段全线通车。")
    assert ("牙克石", "CountyLevelDivision") in {(s.text, s.label_) for s in doc.spans[SPAN_KEY]}


def test_a_place_right_after_its_country_is_a_place():
    """A place the tagger names right after a country (蒙古国|乌兰巴托) is a place of that country,
    though it has no telling ending and opens with a division's name of China (乌兰)."""
    doc = parse_text("2031年海拉尔区政府工作报告\n各位代表：\n二、2031年工作安排\n蒙古国乌兰巴托定期航线运行稳定。")
    assert ("乌兰巴托", "Place") in {(s.text, s.label_) for s in doc.spans[SPAN_KEY]}


def test_an_edition_names_an_event_whatever_its_last_word():
    """第N届 before a name that ends in a gathering's character (影会, 时尚周, 博览周) where the item
    ends is an event; not two events joined by 和, a clause, nor the report's own congress."""
    found = spans("办好第五届中国（雪峰）女鞋时尚周、第十三届雪岭国际影会和首届青峰茶叶博览周。")
    assert {found.get(n) for n in ("第五届中国（雪峰）女鞋时尚周", "第十三届雪岭国际影会", "首届青峰茶叶博览周")} == {"Event"}
    assert "第二届雪峰陶瓷设计周和青峰森林音乐节" not in spans("办好第二届雪峰陶瓷设计周和青峰森林音乐节。")
    assert {"第二届“雪峰·青禾周”", "第二届“雪峰农民丰收节”"} <= set(spans("办好第二届“雪峰·青禾周”和第二届“雪峰农民丰收节”。"))
    assert "首届雪峰世界大会吸引海内外客商600余人参会" not in spans("首届雪峰世界大会吸引海内外客商600余人参会。")
    assert not any("人民代表大会" in n for n in spans("第十四届人民代表大会第二次会议审议通过。"))


def test_a_division_or_its_port_before_a_conjunction_is_no_part_of_the_name_after_it():
    """甲市与|乙城市圈, 甲港与|乙港区: the name after the conjunction is the second's alone; a zone of
    their joining (甲区与乙县一体化…示范区) is one name of both.  城市带 and 经济带 head regions."""
    found = spans_in_report_of("九江市", "深化九江与武汉城市圈、皖江城市带合作，推进义乌港与北仑港区一体化。")
    assert found.get("武汉城市圈") == found.get("皖江城市带") == "Region" and found.get("北仑港区") == "Port"
    assert not any(n.startswith(("九江与", "义乌港与")) for n in found)
    found = spans_in_report_of("北京市", "建设通州区与北三县一体化高质量发展示范区，融入雪岭生态经济带。")
    assert "通州区与北三县一体化高质量发展示范区" in found and found.get("雪岭生态经济带") == "Region"


def test_a_community_is_named_without_the_subdistrict_it_lies_in():
    """甲街道|乙北路社区: the community alone and its subdistrict; a clause after a campaign's name
    (…行动覆盖|全部社区) names no community."""
    found = spans("青峰街道雪松北路社区、岭南镇红旗社区获评示范社区，“雪峰友邻”社区营造行动覆盖全部社区。")
    assert found.get("雪松北路社区") == found.get("红旗社区") == "Locality" and "青峰街道" in found
    assert not any(n.endswith("全部社区") or n.startswith("青峰街道雪") for n in found)


def test_a_company_s_base_is_named_with_the_company_however_long():
    """A company's full name before its base or plant makes a long name, read whole."""
    name = "青峰云栖医疗器械股份有限公司高端医疗器械产业化基地二期"
    assert spans(f"推动{name}开工。").get(name) is not None


def test_rivers_listed_before_works_on_them_are_rivers():
    """甲河、乙河等骨干河道治理工程: the works are on the rivers the tagger names, each a river;
    roads listed before road works stay works."""
    found = spans("完成青禾河、岭溪河等骨干河道治理工程，推进甲路、乙路等道路工程。")
    assert found.get("青禾河") == found.get("岭溪河") == "River" and found.get("甲路") == "Road"


def test_a_line_s_stretch_by_its_initials_or_compass_point_is_read_with_it():
    """甲乙高速|丙丁段 (the initials of the stretch's ends) and 某市绕城高速|南段 are stretches of
    the line, no place of their own; a word of the language before 段 (拥堵|路段) is none."""
    found = spans_in_report_of("襄阳市", "麻竹高速保宜段、襄阳绕城高速南段建成通车，G6高速拥堵路段减少。")
    assert found.get("麻竹高速保宜段") == found.get("襄阳绕城高速南段") == "Road"
    assert "保宜段" not in found and not any("拥堵" in n for n in found)


def test_a_kind_of_forum_is_no_event():
    """恳谈会 names an event with a year, an edition or a proper name, not a kind (政企恳谈会)."""
    assert "政企恳谈会" not in spans("定期召开政企恳谈会，听取企业意见。")


def test_a_locative_opens_no_name():
    """园内|某某化工有限公司, 境内设|某某东站: what lies inside a park or a territory is named
    without the locative."""
    found = spans("推进园内雪峰蓝湾化工有限公司扩能，在我省境内设青禾东站。")
    assert "雪峰蓝湾化工有限公司" in found and "青禾东站" in found
    assert not any(n.startswith(("园内", "境内")) for n in found)


def test_an_agency_listed_among_sites_keeps_its_kind():
    """甲港、甲海关等口岸平台: the customs is a body, named without the sites' shared head; a museum
    listed among sites stays a site."""
    found = spans("依托雪峰港、雪峰出入境检验检疫局、雪峰海关等口岸平台，建设青禾博物馆、岭通博物馆等场馆。")
    assert found.get("雪峰出入境检验检疫局") == found.get("雪峰海关") == "Organization"
    assert not any(n.endswith("海关口岸") for n in found) and found.get("青禾博物馆") != "Organization"


def test_a_conjunction_jieba_glues_to_a_name_parts_the_two_names():
    """某某绿道|和德胜|岩森林公园: the tagger reads 和 as a word of its own, and so do the tokens;
    和林格尔 stays a division's name."""
    found = spans("推进雪峰江绿道和德胜岩森林公园二期建设。")
    assert "德胜岩森林公园二期" in found and not any("和德胜" in n for n in found)
    assert "和林格尔新区" in spans_in_report_of("内蒙古自治区", "加快和林格尔新区建设。")


def test_programmes_counted_before_their_kind_are_programmes():
    """甲、乙和丙三大战略: each item of five characters or more is a programme; a slogan of four
    (工业强市) is none, nor the parts of a quoted group (“三大基金”), nor a verb's complement (打|好)."""
    found = spans("深入实施沿江开放开发、雪峰一体化和青禾生态经济区建设三大战略，坚持工业强市、城镇带动两大战略。")
    assert found.get("沿江开放开发") == found.get("雪峰一体化") == "Program" and "工业强市" not in found
    assert "贫困学生救助" not in spans("建立大病医疗、贫困学生救助、产业扶贫“三大基金”。")
    found = spans("坚决打好防范化解重大风险、精准脱贫、污染防治三大攻坚战。")
    assert "防范化解重大风险" in found and "好防范化解重大风险" not in found


def test_an_expressway_from_one_place_to_another_and_a_road_s_stretch_through_a_town():
    """甲至乙高速 (no 公路) is a road between its ends; G320线某县城区过境段 the stretch of a road
    through a county's town; 高速 after no route names none (经济高速发展)."""
    found = spans_in_report_of("曲靖市", "推进宣威至会泽高速建设，G320线曲靖城区过境段改造完成，经济高速发展。")
    assert found.get("宣威至会泽高速") == found.get("G320线曲靖城区过境段") == "Road"
    assert not any(n.endswith("经济高速") for n in found)


def test_a_place_s_side_is_no_part_of_its_name():
    """某某山|北麓, 某某沙漠|西缘: the tagger runs the side into the name; the place is named alone."""
    found = spans_in_report_of("喀什地区", "推进昆仑山北麓和塔克拉玛干沙漠西缘防风固沙林建设。")
    assert "昆仑山" in found and "塔克拉玛干沙漠" in found
    assert not any(n.endswith(("北麓", "西缘")) for n in found)


def test_a_road_s_number_opens_no_place_it_runs_from():
    """G219线|甲至乙段: the tagger runs the road's number into the first end; the end is 甲."""
    found = spans_in_report_of("喀什地区", "G219线叶城至狮泉河段改建工程加快推进。")
    assert "叶城" in found and "G219线叶城至狮泉河段改建工程" in found and "G219线叶城" not in found


def test_a_numbered_line_of_rapid_transit_is_named_with_its_city():
    """某市城市快速公交1号线 and 某市轨道交通S1线 are lines; S215线 alone is a provincial road."""
    found = spans_in_report_of("南通市", "柳州市城市快速公交1号线完成主体工程，推进苏州轨道交通S1线建设，S215线改造完成。")
    assert found.get("柳州市城市快速公交1号线") == found.get("苏州轨道交通S1线") == "Railway"
    assert found.get("S215线") != "Railway"


def test_a_level_word_before_a_body_the_tagger_names_is_part_of_it():
    """市|市场监督管理局: the city's department, its level word and the body the tagger names."""
    found = spans("市市场监督管理局、市应急管理局等新组建部门平稳运行。")
    assert found.get("市市场监督管理局") == "Organization" and "市场监督管理局" not in found


def test_a_long_title_of_a_party_committee_s_proposals_is_a_plan():
    """《中共某市委关于制定…第十四个五年规划和二〇三五年远景目标的建议》 runs to fifty characters."""
    title = "中共雪峰市委关于制定雪峰市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议"
    assert spans(f"市委全会审议通过了《{title}》。").get(title) == "Plan"


def test_a_subdistrict_is_named_by_its_office_s_short_name_at_home():
    """健康办, 建设办事处: the subdistricts 健康街道 and 建设街道 of the district (town data), by their
    offices; 农场办社会 in a prefecture without a 农场街道 runs a farm's services, no place."""
    found = spans_in_report_of("海拉尔区", "健康办老年养护院开工，建设办事处新建蔬菜大棚，建设办公用房。")
    assert found.get("健康办") == found.get("建设办事处") == "Town" and "建设办公用房" not in found
    assert "农场办" not in spans_in_report_of("牡丹江市", "推动农场办社会职能改革。")
    # 建设 is a verb too: the office opens the works' name all the same
    assert spans_in_report_of("海拉尔区", "启动建设办蔬菜园区工程。").get("建设办蔬菜园区工程") == "Project"



def test_the_spans_are_the_same_whatever_the_hash_seed():
    """Lexicons are sets: a rule that takes the first word of one that fits (全省 or 省 before
    第十五届运动会) must take the longest, or the span changes from one process to the next."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    program = ("from tests.test_generality import spans_in_report_of; print(sorted(spans_in_report_of('宜昌市', "
               "'成功承办全省第十五届运动会部分项目比赛，雪峰大厦装饰装修工程完工。').items()))")
    seen = {subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)},
                           cwd=str(Path(__file__).resolve().parent.parent)).stdout for seed in (3, 4)}
    assert len(seen) == 1 and "全省第十五届运动会'" in seen.pop()


def test_an_aim_s_works_in_one_town_are_one_site_and_in_a_county_a_programme():
    """某县某镇饮水安全巩固提升工程 is works in one town (a town of the home prefecture, from the
    town data); the same works across the county are a programme."""
    found = spans_in_report_of("海西蒙古族藏族自治州", "实施乌兰县希里沟镇农村饮水安全巩固提升工程，推进乌兰县农村饮水安全巩固提升工程。")
    assert found.get("乌兰县希里沟镇农村饮水安全巩固提升工程") == "PublicServiceFacility"
    assert found.get("乌兰县农村饮水安全巩固提升工程") == "Program"


def test_a_verb_that_takes_a_programme_opens_no_part_of_its_name():
    """推动, 组织 and 试点 take the programme as their object (推动|某某专项斗争取得胜利,
    组织|第七次全国人口普查, 率先试点|林长制, a head that takes one character), and make no
    quoted phrase after them a campaign."""
    found = spans("推动护河治污专项斗争取得全面胜利。认真组织第三次全国雪岭普查。在全省率先试点峰长制。")
    assert {"护河治污专项斗争", "第三次全国雪岭普查", "峰长制"} <= found.keys()
    assert not {"推动护河治污专项斗争", "组织第三次全国雪岭普查", "试点峰长制"} & found.keys()
    assert not spans("推动“峰禾+”融合发展。")


def test_a_conjunction_before_a_body_by_its_level_word_opens_no_body():
    """州人大…和州政协: 和州政协 is no body (和州 is no division here), the body is 州政协."""
    found = spans("自觉接受州人大及其常委会的监督和州政协的民主监督。")
    assert found.get("州政协") == "Organization" and "和州政协" not in found


def test_the_first_item_of_a_list_is_the_partner_the_tagger_names_after_a_conjunction():
    """鼓励企业与|甲大学、乙大学等高校合作: the first university, not 企业与甲大学."""
    found = spans("鼓励企业与西北工业大学、陕西科技大学等高校合作。")
    assert found.get("西北工业大学") == "Organization" and "企业与西北工业大学" not in found


def test_rivers_listed_beside_rivers_found_are_whole_rivers():
    """加强甲河、乙江、丙丁江、戊己河流域…: two rivers found make the list one of rivers, and each
    item up to its river's ending is one, where the segmenters cut it (可|渡河) or read no place;
    a kind of river listed with them (城市内河) is none."""
    found = spans("加强青岚河、白石江、峰禾江、可渡河流域水污染防治。")
    assert {name: found.get(name) for name in ("青岚河", "白石江", "峰禾江", "可渡河")} == dict.fromkeys(
        ("青岚河", "白石江", "峰禾江", "可渡河"), "River")
    assert "城市内河" not in spans("加强青岚河、白石江、城市内河整治。")


def test_a_feature_jieba_holds_as_a_place_name_is_read_where_the_tagger_reads_none():
    """雷州半岛 is a place name (ns) of jieba's dictionary: a peninsula, read by its ending; the
    kind alone (三角洲) is no feature."""
    found = spans("推动雷州半岛南亚热带农业发展，推进三角洲建设。")
    assert found.get("雷州半岛") == "Region" and "三角洲" not in found


def test_a_park_s_administration_is_a_body_and_pan_opens_a_region_s_name():
    """某某国家公园管理局 is a body (管理局, lexicon organization_heads); 泛 (pan-), which the tagger
    reads as a verb, opens the name of a forum on a region (泛某某湾经济合作论坛), as 环 does; the
    regions are real (三江源, 北部湾), where the tagger cuts these names."""
    found = spans("三江源国家公园管理局挂牌运行。用好雪峰博览会、泛北部湾经济合作论坛等开放平台。")
    assert found.get("三江源国家公园管理局") == "Organization" and found.get("泛北部湾经济合作论坛") == "Event"


def test_two_events_each_opening_with_a_county_are_two_names():
    """甲县某某苗年和乙县雪山文化节: 和 joins two events, each named after its county, not two
    aims of one festival (某某经贸和文化论坛 stays one)."""
    found = spans("办好甘德县峰禾苗年和玛沁县雪山文化节等节庆活动。")
    assert found.get("玛沁县雪山文化节") == "Event" and "甘德县峰禾苗年和玛沁县雪山文化节" not in found


def test_a_park_named_by_a_frequent_word_of_an_industry_is_a_kind():
    """开展化工园区…整治: 化工 is an industry, not a park's name, though the tagger reads 化工园区 as one
    place; a rarer word (空港), a division (大同) or a company's name before the head names one."""
    found = spans("开展化工园区地下水污染专项整治，支持雪峰化工园区、空港物流园、大同经开区做大做强。")
    assert "化工园区" not in found
    assert {name: found.get(name) for name in ("雪峰化工园区", "空港物流园", "大同经开区")} == {
        "雪峰化工园区": "IndustrialPark", "空港物流园": "LogisticsPark", "大同经开区": "IndustrialPark"}


def test_the_centre_s_inspection_is_a_programme_and_a_province_s_none():
    """中央生态环保督察 is the state's inspection of a province, named from 中央 whatever round or
    verb is before it (两轮, 第一轮), its feedback after it (反馈问题); a province's own
    inspection (省级…督察) and the inspectors (督察专员) name no programme."""
    found = spans("做好两轮中央生态环保督察反馈问题整改工作，抓好第二轮省级生态环保督察迎检工作，"
                  "发挥好生态环保督察专员作用。第一轮中央环保督察反馈的12项问题全部完成整改。")
    assert found == {"中央生态环保督察": "Program", "中央环保督察": "Program"}


def test_a_direct_current_line_s_polarity_is_part_of_its_name():
    """甲至乙±800千伏特高压直流输电工程: ± is the polarity of a direct-current line's voltage, no
    mark that ends a name; the line is one project between its two ends."""
    found = spans("力争青海至河南±800千伏特高压直流输电工程开工建设。")
    assert found.get("青海至河南±800千伏特高压直流输电工程") == "EnergyProject"
    assert "800千伏特高压直流输电工程" not in found


@pytest.mark.parametrize("sentence, plant", [
    # the rate opens a plant no operator runs
    ("启动年产20万吨峰禾可降解材料项目。", "年产20万吨峰禾可降解材料项目"),
    ("雪峰公司在青禾产业园建成年产1万吨岭通纤维生产线。", "年产1万吨岭通纤维生产线"),
    # two products joined by 及 or 和, up to the project that makes both
    ("雪峰面业年产60万吨面粉及挂面项目建成投产。", "雪峰面业年产60万吨面粉及挂面项目"),
    # a rate of slaughter, counts of cases and units a plant makes, its line before 投产
    ("雪峰牧业年屠宰加工20万只藏羊生产线投产。", "雪峰牧业年屠宰加工20万只藏羊生产线"),
    ("峰禾烟花年产50万箱组合烟花生产线投产。", "峰禾烟花年产50万箱组合烟花生产线"),
    # the stage of the works after the plant is no part of it
    ("投资5642万元的日处理80吨峰禾焚烧厂土建工程开工建设。", "日处理80吨峰禾焚烧厂"),
    ("兴海县峰禾5万千瓦光热电站完成主体工程。", "兴海县峰禾5万千瓦光热电站"),
    ("确保雪峰700万吨露天矿一季度完成核准。", "雪峰700万吨露天矿"),
    ("青禾纸业年产20万吨竹浆生产线技改完成。", "青禾纸业年产20万吨竹浆生产线"),
])
def test_a_plant_named_by_its_rate_capacity_and_products(sentence, plant):
    assert spans(sentence).get(plant) == "IndustrialProject"


def test_a_head_inside_a_list_that_goes_on_is_its_own_item_s_not_shared():
    """甲山、乙湖、丙县水库、丁、戊等景区: 水库 ends one item of a list that goes on, and is shared by
    none before it (no 甲山水库); the items are the scenic areas of the kind after 等."""
    found = spans("雪峰山、青禾湖、丹江口水库、赛雪峰、岭通谷等景区全年接待游客。")
    assert "雪峰山水库" not in str(found) and found.get("雪峰山") == "ScenicArea"
    assert found.get("青禾湖") == "ScenicArea" and found.get("丹江口水库") == "Project"


def test_a_verb_that_shoulders_a_duty_opens_no_part_of_the_works_named_in_it():
    """坚决扛起|南水北调中线工程水源区保护政治责任: 扛起 takes the duty, the works are named after it."""
    found = spans("坚决扛起南水北调中线工程水源区保护政治责任。")
    assert found == {"南水北调中线工程": "Project"}


def test_a_plant_s_county_after_its_operator_is_no_part_of_the_company():
    """某某股份有限公司|开鲁30万千瓦风电项目: the company ends at its head, the county is where its
    plant is; after a short form's bracket the plant is named by its county (霍林郭勒40万吨…)."""
    found = spans("雪峰清源新能源股份有限公司开鲁30万千瓦风电项目并网发电。")
    assert found.get("雪峰清源新能源股份有限公司") == "Enterprise"
    assert found.get("雪峰清源新能源股份有限公司开鲁30万千瓦风电项目") == "IndustrialProject"
    assert "雪峰清源新能源股份有限公司开鲁" not in found
    found = spans("雪峰铝业集团有限公司（以下简称雪峰铝业）霍林郭勒40万吨电解铝配套项目建成投产。")
    assert found.get("霍林郭勒40万吨电解铝配套项目") == "IndustrialProject"
    assert found.get("雪峰铝业集团有限公司") == "Enterprise" and not any("）霍林郭勒" in name for name in found)


def test_a_verb_of_promotion_opens_no_part_of_a_name():
    """某某开发区|晋升国家级经济技术开发区, 某州|迈入高速公路…时代: the park is promoted to a level, the
    prefecture enters an age; neither names a park or road of that level."""
    found = spans("力争青峰经济开发区晋升国家级经济技术开发区，雪峰迈入高速公路时代。")
    assert found == {"青峰经济开发区": "IndustrialPark"}


def test_a_one_character_adverb_before_a_verb_ends_a_tagged_name():
    """某某度假区|新|引进: 新 (newly) goes with the verb after it, not with the resort's name."""
    found = spans("灵峰旅游度假区新引进高端度假酒店4家。")
    assert found.get("灵峰旅游度假区") == "ScenicArea" and "灵峰旅游度假区新" not in found


def test_a_temple_fair_is_an_event_and_a_test_ground_a_project():
    """庙会 is a gathering of the genre, though jieba cuts 人|祖庙|会; 测试场 a site built in phases."""
    found = spans("办好2031雪峰太昊陵人祖庙会，建成雪峰智能网联汽车测试场二期。")
    assert found.get("2031雪峰太昊陵人祖庙会") == "Event" and found.get("雪峰智能网联汽车测试场二期") == "Project"


def test_a_conjunction_after_a_lone_character_is_part_of_the_name():
    """建成|峰|和|一号核电示范工程: one character joins nothing, 和 is a character of the name."""
    found = spans("建成峰和一号核电示范工程。")
    assert "峰和一号核电示范工程" in found and "一号核电示范工程" not in found


def test_a_predicate_the_tagger_runs_a_place_over_ends_the_place():
    """支持某市|申建保税物流中心, 某某物流园|申建…: the city or park applies to build the centre,
    which the predicate takes, and is no part of it."""
    found = spans("推动雪峰陆港国际物流园申建保税物流中心。")
    assert found.get("雪峰陆港国际物流园") == "LogisticsPark"
    assert not any("申建" in name for name in found)


def test_a_phase_after_a_place_s_head_is_a_project_of_the_place():
    """某某植物园二期建成: a place has no phases, what is built in phases is a project; a phase the
    works go on from (某某景区二期|提升改造) stays out of the place's name."""
    found = spans("德令哈植物园二期、青禾园扩建工程建成开放，青禾湖景区二期提升改造加快推进。")
    assert found.get("德令哈植物园二期") == "Project" and found.get("青禾湖景区") == "ScenicArea"


def test_a_company_s_production_line_is_a_plant_and_a_short_form_s_bracket_opens_it():
    """某某股份有限公司智能化挖掘机生产线: a line a named company runs is a plant (生产线, a head
    that needs an owner, lexicon owned_heads); lines of a kind are none (新增智能化生产线20条); after
    a short form's bracket with no 简称 (某某公司（某某）) the plant is named from there."""
    found = spans("雪峰华驰机械股份有限公司智能化挖掘机生产线建成投用，新增智能化生产线20条。")
    assert found.get("雪峰华驰机械股份有限公司智能化挖掘机生产线") == "IndustrialProject"
    assert "智能化生产线" not in found
    found = spans("青禾羊乳集团有限公司（青禾羊乳）年产3万吨羊乳粉生产线建成投产。")
    assert found.get("年产3万吨羊乳粉生产线") == "IndustrialProject"
    assert not any("）年产" in name for name in found)


def test_a_park_two_places_build_together_is_a_park():
    """某某（某市）产业合作园, 甲—乙产业协作园, 某某产业协作园区: parks of cooperation (合作园, 协作园
    and their 园区), named by the places that build them."""
    found = spans("提升中德（嘉兴）产业合作园建设水平，共建武侯—彭山产业协作园，推进满洲里产业协作园区建设。")
    assert found.get("中德（嘉兴）产业合作园") == "IndustrialPark" and found.get("武侯—彭山产业协作园") == "IndustrialPark"
    assert found.get("满洲里产业协作园区") == "IndustrialPark"


def test_a_road_s_stretch_inside_the_works_on_it_names_the_road():
    """国道316线某某段改线工程: the works are read by their head, and the road by its number; a
    stretch that is itself what is built (省道306线甲至乙段建设) stays the stretch."""
    found = spans("国道315线德令哈城区段改线工程全面完工，加快省道306线青禾至岭通段建设。")
    assert found.get("国道315线") == "Road" and "国道315线德令哈城区段" not in found
    assert found.get("国道315线德令哈城区段改线工程") == "Project"
    assert found.get("省道306线青禾至岭通段") == "Road"


def test_a_town_of_the_home_province_after_a_piece_the_tagger_ran_into_it():
    """科左|中旗舍伯吐镇: the tagger runs a piece of the county's short form into the town; the town
    of the home province's data is the place (towns.csv)."""
    found = spans_in_report_of("通辽市", "科尔沁区钱家店镇、科左中旗舍伯吐镇、开鲁县东风镇等肉牛养殖示范基地建设扎实推进。")
    assert found.get("舍伯吐镇") == "Town" and "中旗舍伯吐镇" not in found


def test_a_verb_that_brings_a_programme_to_bear_opens_no_part_of_its_name():
    """发挥|某某英才计划带动作用: 发挥 takes the programme as its object (lexicon programme_verbs)."""
    assert not any(name.startswith("发挥") for name in spans("发挥青峰英才计划带动作用，发挥雪峰英才计划作用。"))


def test_a_defence_campaign_on_its_fronts():
    """保卫战 names a campaign as 攻坚战 does (打赢雪岭蓝天保卫战); the short fronts listed before
    it name one campaign with it (蓝天、碧水、净土保卫战), not the last front alone."""
    found = spans("坚决打好蓝天、碧水、净土保卫战，打赢雪岭蓝天保卫战。")
    assert found.get("蓝天、碧水、净土保卫战") == found.get("雪岭蓝天保卫战") == "Program", found
    assert "净土保卫战" not in found
    assert spans("持续打好碧水保卫战和净土保卫战。") == {"碧水保卫战": "Program", "净土保卫战": "Program"}
    assert spans("打赢蓝天保卫战、碧水保卫战。") == {"蓝天保卫战": "Program", "碧水保卫战": "Program"}


def test_a_plant_s_output_written_per_year_after_its_unit():
    """120万吨/年 gives a plant's output as 年产 does, so the process it runs (加氢裂化, which the
    tagger reads as a verb) names the plant with 项目 after it."""
    assert spans("峰禾石化有限公司80万吨/年加氢裂化项目建成投产。") == {
        "峰禾石化有限公司": "Enterprise", "峰禾石化有限公司80万吨/年加氢裂化项目": "IndustrialProject"}


def test_works_named_after_the_street_they_are_on():
    """甲大道快速化改造, 乙路延伸段 (no 工程 after them, nor a list's kind) are works on one
    street; works on a kind of street (骨干道路改造, 步行街改造提升) name none."""
    found = spans("雪岭大道快速化改造、青禾路延伸段建成通车，推进骨干道路改造和步行街改造提升。")
    assert found.get("雪岭大道快速化改造") == found.get("青禾路延伸段") == "Road", found
    assert not any("步行街" in name or "骨干道路" in name for name in found), found


def test_rivers_and_lakes_listed_before_their_kind():
    """甲、乙等(主要)河流 lists rivers, 等重点湖泊 lakes, whatever their names end in (永安溪,
    though 永安 is a division); an item of a list stands whole between its marks, though the
    tagger reads its first character as an adverb (椒江、始|丰溪、永安溪等)."""
    found = spans("全面落实河长制，椒江、永宁江、始丰溪、永安溪等主要河流水质稳定向好。")
    assert found.get("始丰溪") == found.get("永安溪") == "River" and "丰溪" not in found, found
    found = spans("加强雪湖、青禾荡等重点湖泊保护。")
    assert found.get("青禾荡") == "Lake", found


def test_a_line_named_by_the_initials_of_four_cities():
    """徐宿淮盐铁路 joins 徐州, 宿迁, 淮安 and 盐城: one line, no town 徐宿淮盐镇-like reading of its
    initials (连淮扬镇铁路 ends its initials with 镇 of 镇江)."""
    found = spans_in_report_of("江苏省", "徐宿淮盐铁路、连淮扬镇铁路建成通车。")
    assert found.get("徐宿淮盐铁路") == found.get("连淮扬镇铁路") == "Railway", found
    assert not any(label == "Town" for label in found.values()), found


def test_a_park_that_becomes_a_national_one_is_named_before_the_verb():
    """创成 (becomes, by a rating) ends a name on its left as 创建 does: 某县某某产业园|创成|国家级…."""
    found = spans("雪岭县现代农业产业园创成国家级现代农业产业园。")
    assert found.get("雪岭县现代农业产业园") == "IndustrialPark" and not any("创成" in n for n in found), found


def test_engineering_plastics_are_no_works():
    """工程塑料 is a material: a plant making it is named by its capacity, no 工程 read inside it."""
    found = spans("推进峰禾新材料年产8万吨特种工程塑料二期项目建设。")
    assert "峰禾新材料年产8万吨特种工程塑料二期项目" in found, found
    assert not any(n.endswith("特种工程") for n in found), found


def test_a_predicate_the_tagger_reads_with_its_adverb():
    """圆满完成 (the tagger's one verb) is 完成 with its adverb: the census is named after it."""
    found = spans("圆满完成第七次全国人口普查入户登记。")
    assert found == {"第七次全国人口普查": "Program"}, found


def test_a_plan_that_is_being_drawn_up():
    """谋划 (to draw up) takes a plan as 制定 does: 谋划|雪岭市碳达峰行动方案."""
    assert spans("谋划雪岭市碳达峰行动方案。") == {"雪岭市碳达峰行动方案": "Plan"}


def test_a_city_listed_with_its_country_before_a_kind_of_city():
    """韩国仁川、日本舞鹤等港口城市 lists port cities: each item is the city (the country is the
    gazetteer's), a place, no port."""
    found = spans("与韩国仁川、日本舞鹤等港口城市深化经贸合作。")
    assert found.get("仁川") == found.get("舞鹤") == "Place" and "韩国仁川" not in found, found


def test_the_adverb_after_the_last_item_of_a_list_is_no_part_of_it():
    """甲产业园、乙产业园、丙产业园|新引进项目: 新 is the adverb of the verb after the list; an
    adverb the list's 等 follows is the last item's (某某会都|等)."""
    found = spans("雪峰智造产业园、青禾新材料产业园、幸福智能装备产业园新引进亿元以上项目36个。")
    assert "幸福智能装备产业园" in found and not any(n.endswith("产业园新") for n in found), found
    found = spans("加快雪峰使馆区、雁栖湖国际会都等重点项目建设。")  # 都 ends the name: the list closes after it
    assert "雁栖湖国际会都" in found and "雁栖湖国际会" not in found, found


def test_a_town_whose_name_opens_with_road_after_its_district():
    """老边区|路南镇: 路 opens the town's name (the tagger reads it whole), no street 老边区路."""
    found = spans_in_report_of("营口市", "老边区路南镇设施蔬菜产业带规模持续扩大。")
    assert found.get("路南镇") == "Town" and "老边区路" not in found, found


def test_works_with_their_phase_before_a_conjunction_are_a_name_of_their_own():
    """某某提升工程二期和|某某治理工程: the first works end at their phase, so the conjunction joins
    two works, and the second is named from after it (not 工程二期和…)."""
    found = spans("推进雪岭水库提升工程二期和青禾河综合治理工程。")
    assert "青禾河综合治理工程" in found and "雪岭水库提升工程二期" in found, found
    assert not any(n.startswith("工程") for n in found), found


def test_the_market_of_the_countries_along_a_route_is_no_marketplace():
    """“一带一路”沿线国家市场 is where goods are sold (lexicon market_scopes), no market built."""
    assert spans("支持企业开拓“一带一路”沿线国家市场。") == {"一带一路": "Program"}


def test_a_station_named_after_the_line_it_is_on():
    """甲乙高铁|丙南站: the station is named by its town (镇江南站: the city's south station), the
    line is a name of its own; a hub of the station keeps the line, as the genre writes it."""
    found = spans_in_report_of("镇江市", "京沪高铁镇江南站建成投用，京沪高铁镇江南站综合交通枢纽投入使用。")
    assert found.get("镇江南站") == found.get("京沪高铁") == "Railway" and "京沪高铁镇江南站" not in found, found
    assert found.get("京沪高铁镇江南站综合交通枢纽") == "Project", found
    found = spans_in_report_of("镇江市", "连镇高铁二期镇江南站建成。")  # the phase of the line built
    assert found.get("镇江南站") == "Railway" and "二期镇江南站" not in found, found


def test_a_node_of_the_industrial_internet_named_by_its_city():
    """某市工业互联网标识解析二级节点 is one node the city builds (no 工业互联网 read inside the
    longer name); the kind of node with no city is none."""
    found = spans_in_report_of("镇江市", "建成镇江市工业互联网标识解析二级节点，推进工业互联网标识解析二级节点建设。")
    assert found == {"镇江市": "Prefecture", "镇江市工业互联网标识解析二级节点": "DigitalPlatform"}, found


def test_a_ceremony_dated_by_the_year_of_the_sexagenary_cycle():
    """2031年（辛亥年）公祭某某大典: the year with its cyclical name dates the edition, as 2031年 does."""
    found = spans("成功举办2031年（辛亥年）公祭雪岭始祖大典。")
    assert found == {"2031年（辛亥年）公祭雪岭始祖大典": "Event"}, found


def test_works_on_a_river_named_by_its_ending_are_a_site():
    """甲乙溪|综合整治工程, 丙丁塘|航道整治工程: works on one river, a project, though the tagger
    reads no place in them; works on a kind of water (农村河道, 城市内河) stay a programme."""
    found = spans("实施抱峰溪综合整治工程，推进杨禾塘航道整治工程，开展农村河道综合整治工程。")
    assert found.get("抱峰溪综合整治工程") == found.get("杨禾塘航道整治工程") == "Project", found
    assert found.get("农村河道综合整治工程") == "Program", found
