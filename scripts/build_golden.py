#!/usr/bin/env python3
"""Build the golden corpus of issue 3: ten aggregator sites with ten templates.

    python scripts/build_golden.py            # writes tests/golden/sites/

Standard library only, deterministic: a rerun rewrites byte-identical files.
The article text below is original (written for this corpus, wire style);
each site wraps its articles in its own template and its own junk, and
records, per article, the clean record newsbot must produce and the junk
strings that must not survive (``expected.jsonl``), and the pages that are
not articles (``nonarticles.txt``).  See tests/golden/README.md.
"""

from __future__ import annotations

import html
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "golden" / "sites"

# --------------------------------------------------------------------------
# The articles.  ``text``: paragraphs separated by a blank line; a paragraph
# starting with "## " is a section heading inside the article (an <h2>).
# ``date``: local time as the site prints it (no offset).
# --------------------------------------------------------------------------

ARTICLES: dict[str, dict] = {}


def article(key: str, lang: str, title: str, date: str, source: str, category: str, text: str) -> None:
    paras = [p.strip().replace("\n", " ") for p in text.strip().split("\n\n")]
    ARTICLES[key] = dict(key=key, lang=lang, title=title, date=date, source=source,
                         category=category, paras=paras)


article("seed", "en", "Russia’s foreign minister will visit North Korea amid claims of weapons supplied to Moscow",
        "2025-05-01 21:15:45", "SCA Community", "News", """
MOSCOW (AP) — Russia’s foreign minister will visit North Korea this week, the Foreign Ministry said Monday, days after the United States claimed Pyongyang had delivered munitions and military equipment to Russia for use in the fighting in Ukraine.

Sergey Lavrov will be in North Korea on Wednesday and Thursday, the ministry said in a brief statement that did not specify whom he would meet or the aims of the trip.

The White House said Friday that more than 1,000 containers of equipment and ammunition have been sent to Russia from North Korea.

North Korean leader Kim Jong Un traveled to Russia last month to meet President Vladimir Putin and visit key military sites, triggering speculation about a possible North Korean plan to refill Russia’s munition stores that have been drained by the protracted conflict with Ukraine.

White House National Security Council spokesman John Kirby said that the U.S. believes Kim is seeking sophisticated Russian weapons technologies in return for the munitions to boost North Korea’s military and nuclear program.

The White House released images that it said show the containers were loaded onto a Russian-flagged ship before being moved via train to southwestern Russia. The containers were shipped between Sept. 7 and Oct. 1, according to the White House.
""")

article("copper", "en", "Analysis: Copper’s record run meets a wall of Chinese stockpiles",
        "2025-05-03 08:40:12", "Reuters", "Business", """
LONDON (Reuters) - Copper’s climb to a record above $11,000 a tonne has been built on a simple story: the world is electrifying faster than miners can dig. But a growing pile of unsold metal in Chinese warehouses suggests the story has run ahead of the buyers.

## Stocks in Shanghai

Inventories tracked by the Shanghai Futures Exchange have nearly tripled since January, and traders in Guangdong say fabricators are refusing to pay current prices, running down their own stocks instead of placing new orders.

“The physical market is telling you something the futures market does not want to hear,” said Oliver Brandt, head of metals research at a London brokerage. “Factories are on strike against the price.”

## The bulls’ case

Funds that bet on higher prices point to the long term. Power grids, electric cars and data centres will need millions of tonnes of extra copper by the end of the decade, while new mines take fifteen years or more to build.

Several large projects in Chile and Peru have been delayed by permitting fights and water shortages, and the average grade of ore at existing mines keeps falling.

## What could break the rally

Analysts said the next test would come in June, when Chinese demand usually picks up. If the warehouses are still filling by then, they said, the record may not last.
""")

article("portstrike", "en", "Dockworkers at three Baltic ports begin 48-hour strike over automation",
        "2025-05-04 06:02:00", "AP", "World", """
GDANSK, Poland (AP) — Dockworkers at three Baltic Sea ports walked off the job early Sunday at the start of a 48-hour strike over plans to introduce remote-controlled cranes, leaving container ships anchored offshore.

The unions at Gdansk, Klaipeda and Riga said operators had refused to guarantee jobs for crane drivers whose work would move to control rooms. About 2,300 workers were taking part, according to union figures.

Port operators said the new cranes would make the terminals safer and more competitive with Hamburg and Rotterdam, and that no one would be dismissed because of the change.

“We are not against machines,” said Marta Wiśniewska, a crane operator in Gdansk for 19 years. “We are against being told that our jobs will be fine, with nothing on paper.”

Shipping lines said the strike would delay deliveries by several days. Talks were scheduled to resume on Tuesday.
""")

article("power", "en", "Power restored to most homes after overnight storm",
        "2025-05-05 07:30:00", "Metro Feed", "Local", """
HALIFAX, Nova Scotia (AP) — Power was back on for most of the 40,000 homes that lost electricity in an overnight storm, the utility said Monday.

About 1,200 customers in rural areas were still waiting, and crews expected to finish by evening.
""")

article("fedhold", "en", "Fed holds rates steady - but signals two cuts later this year",
        "2025-05-07 14:05:00", "Reuters", "Markets", """
WASHINGTON (Reuters) - The Federal Reserve kept interest rates unchanged on Wednesday but signaled that it still expects to cut borrowing costs twice before the end of the year, as inflation continues to cool more slowly than policymakers had hoped.

The central bank held its benchmark overnight rate in the 4.25%-4.50% range, where it has been since December. The decision was unanimous.

In their new projections, policymakers penciled in two quarter-point cuts for 2025, unchanged from March, but raised their forecast for inflation at the end of the year to 2.8%.

“We are well positioned to wait for greater clarity,” Fed Chair Jerome Powell told reporters after the meeting, adding that the labor market remained solid.

Stocks rose after the decision, and the yield on the two-year Treasury note fell to its lowest level in a month.
""")

article("wrap", "en", "Stocks slip, oil jumps | Markets wrap",
        "2025-05-08 17:20:00", "Reuters", "Markets", """
NEW YORK (Reuters) - Wall Street’s main indexes slipped on Thursday as a jump in oil prices revived worries about inflation, while the dollar firmed against most major currencies.

The S&P 500 lost 0.4% and the Nasdaq Composite fell 0.6%, dragged down by large technology companies. Energy shares were the only sector to gain ground.

Brent crude rose more than 3% to $86 a barrel after a fire shut a large refinery on the U.S. Gulf Coast and output from two North Sea fields was cut for maintenance.

Gold eased slightly, and bitter weather in Brazil sent coffee futures to a two-week high.
""")

article("rsv", "en", "Health regulators approve updated RSV shot for adults over 50",
        "2025-05-09 10:45:00", "AP", "Health", """
WASHINGTON (AP) — U.S. health regulators on Friday approved an updated vaccine against respiratory syncytial virus for adults aged 50 and older, widening the group that can get the shot ahead of the autumn virus season.

An advisory panel voted 11-1 last month to recommend the expanded approval after studies showed the vaccine cut hospital stays from RSV by about 70% in people with heart or lung disease.

Doctors said the decision would matter most for people in their fifties with chronic illness, who were previously not eligible.

“Most people think of RSV as a baby’s disease,” said Dr. Anita Rao, a lung specialist in Chicago. “We see a lot of it in older adults, and it can be serious.”

The vaccine’s maker said it would ship doses to pharmacies in August. Insurers usually begin covering a vaccine once the government’s advisers recommend it for routine use, a step expected in June.
""")

article("gdp", "zh", "国家统计局：一季度国内生产总值同比增长5.2%",
        "2025-04-16 10:00:00", "新华社", "财经", """
新华社北京4月16日电 国家统计局16日发布数据，初步核算，一季度国内生产总值同比增长5.2%，比上年四季度加快0.2个百分点。

分产业看，第一产业增加值同比增长3.5%，第二产业增加值增长5.8%，第三产业增加值增长5.0%。

国家统计局新闻发言人表示，一季度国民经济开局良好，生产需求稳步回升，就业物价总体稳定，但外部环境依然复杂严峻，国内需求仍显不足。

数据显示，一季度社会消费品零售总额同比增长4.6%，全国固定资产投资同比增长4.2%，其中制造业投资增长9.1%。
""")

article("flood", "zh", "长江流域进入主汛期 多地启动防汛应急响应",
        "2025-06-20 18:30:00", "中国新闻网", "社会", """
中新网武汉6月20日电 随着强降雨持续，长江流域正式进入主汛期。水利部长江水利委员会20日表示，湖北、湖南、江西等地已相继启动防汛四级应急响应。

据气象部门预报，未来三天长江中下游地区仍有大到暴雨，局地大暴雨，部分中小河流可能发生超警洪水。

湖北省防汛抗旱指挥部要求各地加强水库、堤防巡查，提前转移危险区域群众，确保人员安全。

目前，长江干流主要控制站水位均在警戒水位以下，三峡水库已按计划腾出库容，做好迎汛准备。
""")

article("ev", "zh", "新能源汽车下乡活动启动 百余款车型参与",
        "2025-05-28 09:15:00", "人民网", "汽车", """
人民网北京5月28日电 2025年新能源汽车下乡活动28日在山东济南启动，百余款车型参与，覆盖轿车、SUV和微型车等多个类别。

活动由工业和信息化部等部门联合主办，将持续到年底，在多个省份的县城和乡镇举办巡展。

主办方表示，近年来农村地区充电设施不断完善，新能源汽车在县乡市场的销量增长明显，但续航焦虑和售后服务仍是农村消费者最关心的问题。

多家车企在活动中推出购车补贴和延长质保等优惠措施。
""")

article("bde", "es", "El Banco de España eleva su previsión de crecimiento para 2025",
        "2025-05-13 11:30:00", "EFE", "Economía", """
MADRID (EFE).- El Banco de España ha elevado este martes su previsión de crecimiento de la economía española para 2025 hasta el 2,6 %, tres décimas más que en su anterior estimación, gracias al empuje del consumo de los hogares y de la inversión.

En su informe trimestral, la institución atribuye la revisión al buen comportamiento del empleo y a la llegada de fondos europeos, aunque advierte de que la incertidumbre sobre el comercio mundial sigue siendo elevada.

Para 2026, el organismo mantiene su previsión en el 1,9 % y prevé que la inflación se modere hasta el 2,1 % de media.

“La economía española sigue mostrando una notable capacidad de resistencia”, señaló el director general de Economía del banco durante la presentación del informe.
""")

article("sequia", "es", "Sequía: los embalses andaluces caen por debajo del 30 %",
        "2025-05-14 19:45:00", "Europa Press", "Sociedad", """
SEVILLA (Europa Press).- Los embalses de Andalucía se encuentran al 29,4 % de su capacidad, el nivel más bajo para estas fechas desde que hay registros, según los datos publicados este miércoles por la Junta.

La situación es especialmente grave en la cuenca del Guadalquivir, donde varios municipios de la sierra de Huelva y de Córdoba reciben agua con camiones cisterna desde hace semanas.

Los agricultores de regadío temen que la campaña de verano se vea reducida a la mitad. “Sin agua no hay cosecha, y sin cosecha no hay trabajo en los pueblos”, resumió el portavoz de una cooperativa de Jaén.

La Junta ha anunciado nuevas ayudas para obras de emergencia y no descarta restricciones al consumo en algunas comarcas si no llueve antes del otoño.
""")

article("petrobras", "pt", "Petrobras anuncia nova descoberta de petróleo na Margem Equatorial",
        "2025-05-15 16:10:00", "Agência Brasil", "Economia", """
RIO DE JANEIRO (Agência Brasil) - A Petrobras anunciou nesta quinta-feira uma nova descoberta de petróleo em águas profundas na Margem Equatorial, na costa do Rio Grande do Norte, a cerca de 50 quilômetros do litoral.

Segundo a empresa, o poço confirmou a presença de óleo de boa qualidade a uma profundidade de 2.200 metros. Novos testes serão feitos para avaliar o tamanho da reserva.

A exploração na região é alvo de debate entre o setor de energia e ambientalistas, que temem os efeitos de eventuais vazamentos em uma área de grande biodiversidade.

A estatal afirmou que segue todas as exigências do licenciamento ambiental e que a descoberta reforça o potencial da região.
""")

article("sncf", "fr", "Grève à la SNCF : le trafic fortement perturbé mardi",
        "2025-05-19 18:20:00", "AFP", "Société", """
PARIS (AFP) - Le trafic ferroviaire sera fortement perturbé mardi dans toute la France en raison d’une grève à l’appel de plusieurs syndicats de cheminots, a annoncé lundi la SNCF.

En moyenne, deux TGV sur trois circuleront, et un TER sur deux. En Île-de-France, le trafic des RER C et D sera particulièrement touché.

Les syndicats protestent contre la réorganisation des équipes de maintenance et réclament des hausses de salaires pour compenser l’inflation.

« Nous n’avons pas été entendus pendant les négociations, la grève est notre dernier recours », a déclaré un responsable syndical à Lyon.

La SNCF invite les voyageurs à reporter leurs déplacements et promet le remboursement des billets sans frais.
""")

article("vendanges", "fr", "Les vendanges commencent avec trois semaines d’avance en Bourgogne",
        "2025-08-22 09:00:00", "Ouest-France", "Régions", """
BEAUNE (Côte-d’Or) - Les premières grappes de pinot noir ont été coupées jeudi en Bourgogne, près de trois semaines plus tôt que la moyenne des trente dernières années, conséquence d’un été particulièrement chaud et sec.

Les vignerons se disent satisfaits de l’état sanitaire des raisins, mais s’inquiètent de rendements faibles dans certaines parcelles touchées par la grêle au printemps.

« Il y a vingt ans, on vendangeait fin septembre. Aujourd’hui, on commence en août, et ce n’est plus une exception », constate un viticulteur de Pommard.

Selon l’interprofession, la récolte devrait être inférieure d’environ 10 % à celle de l’an dernier.
""")

article("loyers", "fr", "Encadrement des loyers : Lyon et Bordeaux prolongent l’expérience",
        "2025-06-02 12:15:00", "AFP", "Logement", """
LYON (AFP) - Les métropoles de Lyon et de Bordeaux vont prolonger de trois ans l’encadrement des loyers, ont annoncé lundi leurs présidents, estimant que le dispositif a freiné la hausse des prix sans faire fuir les propriétaires.

Selon une étude de l’observatoire local des loyers, les annonces dépassant le plafond autorisé sont passées de 38 % à 21 % des offres en deux ans.

Les représentants des propriétaires dénoncent au contraire une mesure qui décourage l’investissement et réduit l’offre de logements à louer.

La loi permet aux villes volontaires de poursuivre l’expérience jusqu’en 2029.
""")

article("copyright", "en", "News publishers sue AI start-up over use of their archives",
        "2025-05-20 13:00:00", "AP", "Technology", """
NEW YORK (AP) — A group of eight regional newspaper publishers sued an artificial intelligence start-up on Tuesday, accusing it of copying millions of archived articles without permission to build a chatbot that answers questions about the news.

The lawsuit, filed in federal court in Manhattan, says the company ignored copyright notices on the publishers’ websites and that its chatbot often repeats whole paragraphs without naming the source.

The publishers are seeking damages and a court order requiring the company to delete any models trained on their work. They said related cases brought by larger media groups showed the problem was spreading.

A spokesperson for the start-up said it believed its use of publicly available text was lawful and that it would defend itself vigorously. The company has raised more than $400 million from investors.

Legal experts said the case could take years. “Courts have not yet settled how copyright applies to training data,” said Mara Jensen, a professor at Fordham Law School. “Every new lawsuit adds more pressure for a clear answer.”
""")

article("museum", "en", "Museum returns looted bronze heads to Nigeria",
        "2025-05-21 15:30:00", "AFP", "Culture", """
LONDON (AFP) - A British university museum on Wednesday handed back two bronze heads taken from the Kingdom of Benin by British troops in 1897, in a ceremony attended by Nigerian officials and descendants of the royal court.

The museum’s trustees voted last year to return the objects after a request from Nigeria’s National Commission for Museums and Monuments.

“These works were made for our ancestors and they belong with our people,” said Prince Aghatise Erediauwa, a member of the Benin royal family, as the heads were unveiled.

Hundreds of Benin Bronzes remain in museums in Europe and North America, and several institutions are negotiating their return.
""")

article("rice", "en", "India eases curbs on rice exports as state stocks swell",
        "2025-05-22 09:10:00", "Reuters", "Business", """
NEW DELHI (Reuters) - India scrapped a minimum export price on non-basmati white rice on Thursday and cut a duty on parboiled rice, as government warehouses overflow after a bumper harvest, a government order showed.

The world’s biggest rice exporter had restricted shipments in 2023 to keep domestic prices in check ahead of national elections, pushing global prices to their highest in 15 years.

State granaries held about 48 million tonnes of rice at the start of May, more than four times the government’s target, according to officials.

Traders said the move would make Indian rice cheaper in Africa and Southeast Asia, and could pull down prices offered by Thailand and Vietnam.
""")

article("kalifat", "de", "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft mit Islamisten?",
        "2025-05-02 16:45:00", "dpa", "Politik", """
HAMBURG (dpa) – Nach einer Demonstration in Hamburg, auf der Teilnehmer die Errichtung eines Kalifats gefordert hatten, ist in der Politik eine Debatte über den Umgang mit islamistischen Gruppen entbrannt.

Rund 1000 Menschen waren am Samstag durch den Stadtteil St. Georg gezogen. Auf Plakaten stand unter anderem „Kalifat ist die Lösung“. Die Polizei begleitete den Aufzug mit einem Großaufgebot, Zwischenfälle gab es nach ihren Angaben nicht.

## Forderungen nach Verboten

Politiker mehrerer Parteien forderten am Montag, die Organisatoren stärker zu überwachen und Vereinsverbote zu prüfen. „Wer die Demokratie abschaffen will, darf nicht auf den Schutz der Versammlungsfreiheit hoffen“, sagte ein Innenpolitiker in Berlin.

Juristen wiesen dagegen darauf hin, dass Versammlungen nur unter engen Voraussetzungen verboten werden dürfen. Meinungsäußerungen seien auch dann geschützt, wenn sie verfassungsfeindliche Ziele beschrieben, solange keine Straftaten begangen würden.

## Verfassungsschutz beobachtet die Gruppe

Der Hamburger Verfassungsschutz stuft die Gruppe, die zu der Kundgebung aufgerufen hatte, als gesichert extremistisch ein. Sie erreiche vor allem junge Menschen über soziale Netzwerke, heißt es im jüngsten Bericht der Behörde.
""")

article("bahn", "de", "Deutsche Bahn: Pünktlichkeit im Fernverkehr sinkt erneut",
        "2025-05-06 11:20:00", "AFP", "Wirtschaft", """
BERLIN (AFP) – Die Deutsche Bahn ist im April so unpünktlich gewesen wie seit Jahren nicht mehr. Nur 61,8 Prozent der Fernzüge erreichten ihr Ziel mit weniger als sechs Minuten Verspätung, wie der Konzern am Dienstag mitteilte.

Als Hauptgrund nannte die Bahn die zahlreichen Baustellen im überlasteten Schienennetz. Allein auf der Strecke zwischen Köln und Frankfurt seien wochenlang Züge umgeleitet worden.

Fahrgastverbände kritisierten, die Kunden zahlten für die Versäumnisse vieler Jahre. Die Bahn kündigte an, die Sanierung wichtiger Strecken zu beschleunigen.
""")

article("hitze", "de", "Erste Hitzewelle des Jahres bringt bis zu 36 Grad",
        "2025-06-24 07:55:00", "dpa", "Panorama", """
OFFENBACH (dpa) – Deutschland steht die erste Hitzewelle des Jahres bevor. Der Deutsche Wetterdienst erwartet für Mittwoch und Donnerstag im Südwesten bis zu 36 Grad.

Die Meteorologen riefen dazu auf, viel zu trinken und körperliche Anstrengungen in der Mittagszeit zu vermeiden. Besonders gefährdet seien ältere Menschen, Kleinkinder und Kranke.

Mehrere Städte öffneten klimatisierte Räume in Rathäusern und Bibliotheken, in denen sich Menschen tagsüber abkühlen können.

Zum Wochenende sollen Gewitter von Westen her für etwas Abkühlung sorgen.
""")

article("wildfire", "en", "Wildfire forces evacuation of mountain villages in southern Spain",
        "2025-07-12 20:40:00", "Reuters", "World", """
MALAGA, Spain (Reuters) - More than 3,000 people were evacuated from villages in the mountains of southern Spain on Saturday as a wildfire fanned by strong winds spread across dry pine forest, regional authorities said.

Firefighting planes and helicopters dropped water on the flames throughout the day, while around 400 firefighters worked on the ground to protect homes.

The fire started on Friday evening near the town of Ronda and had burned about 2,500 hectares by Saturday afternoon. Police were investigating the cause.

Temperatures in the region have topped 40 degrees Celsius for a week, and forecasters warned that the heat would last until Tuesday.
""")

article("cupfinal", "en", "Late header sends Harbour City into cup final",
        "2025-04-26 22:05:00", "PA Media", "Sports", """
LONDON (PA) - A stoppage-time header from defender Tom Akers sent Harbour City into the cup final on Saturday, with a 2-1 win over Westmoor at a rain-soaked national stadium.

Westmoor had led through a first-half penalty and looked set for extra time before Akers rose above his marker to meet a corner from the right.

“I just shut my eyes and hoped,” Akers said. “It’s the best moment of my career.”

Harbour City will play the winners of Sunday’s second semi-final next month.
""")

article("mortgage", "en", "Q&A: What the new mortgage rules mean for first-time buyers",
        "2025-05-23 06:00:00", "Reuters", "Money", """
LONDON (Reuters) - Britain’s financial regulator on Friday loosened rules on how much banks can lend to home buyers. Here is what the changes mean for people trying to buy their first home.

## What has changed?

Lenders will be allowed to offer more mortgages worth more than four and a half times a borrower’s income. Until now, only 15% of a bank’s new mortgages could exceed that limit.

## Who benefits most?

Younger buyers in London and the south-east, where prices are highest relative to pay, are expected to gain the most. Brokers said some buyers could borrow tens of thousands of pounds more.

## Are there risks?

Consumer groups warned that bigger mortgages would leave households more exposed if interest rates rise again, and urged buyers to check what they could afford before taking on debt.
""")

article("bikelanes", "en", "Mayor defends bike lane plan: ‘We cannot wait another decade’",
        "2025-04-25 18:12:00", "The Harbour Herald", "Local", """
RIVERTON (Harbour Herald) — Mayor Dana Whitlock on Thursday defended a plan to build protected bike lanes along both banks of the river, telling a packed council meeting that the city “cannot wait another decade” to make cycling safe.

Shop owners on Front Street had asked the council to delay the project, saying the loss of 140 parking spaces would drive customers away.

“I hear the concern, and we will help businesses through the construction,” Whitlock said. “But every study we have shows that people on bikes spend money in their neighbourhoods too.”

The council will vote on the plan next month. If approved, construction would start in the autumn and take about a year.
""")

article("railfare", "en", "Rail watchdog to recommend fare freeze after record complaints",
        "2025-05-26 08:30:00", "The Harbour Herald", "Transport", """
RIVERTON (Harbour Herald) — The regional rail watchdog will recommend a one-year freeze on ticket prices after complaints about cancelled and overcrowded trains reached a record high, its chair said on Monday.

The watchdog received 18,400 complaints in the year to March, almost double the figure of two years ago. Most were about cancellations on the coastal line.

Its report, due in June, will also recommend automatic refunds for passengers whose trains are more than 15 minutes late.

The rail operator said it was “working hard to improve reliability” and would study the recommendations before responding.
""")

article("library", "en", "Riverton library to stay open until midnight during exam season",
        "2025-05-27 12:00:00", "The Harbour Herald", "Local", """
RIVERTON (Harbour Herald) — The central library will stay open until midnight for four weeks from June 2 so that students have a quiet place to revise for exams, the city council said on Tuesday.

Librarians said the reading rooms had been full every evening last year and that students had asked for more time.

The late openings will cost about 38,000 dollars, paid for from a fund set up by a local family foundation.
""")

article("heatpump", "en", "Heat pump installations double as grant scheme expands",
        "2025-05-28 10:25:00", "The Harbour Herald", "Environment", """
RIVERTON (Harbour Herald) — Installations of heat pumps in the region doubled in the first quarter after the provincial government widened its grant scheme to cover older houses, figures released on Wednesday showed.

Installers said waiting lists had grown to three months and that they were struggling to hire trained staff.

“The phone does not stop ringing,” said Priya Natarajan, who runs a heating firm with nine employees. “Two years ago, people asked what a heat pump was. Now they ask when we can come.”

The government said it would fund 400 extra training places at technical colleges from September.

## How the grant works

Homeowners can claim up to 7,000 dollars towards the cost of a heat pump, and a further 2,000 dollars for insulation. Applications are made online and are usually approved within two weeks.
""")

article("boj", "ja", "日銀、政策金利を据え置き　円安進行に警戒感",
        "2025-05-01 12:30:00", "共同通信", "経済", """
日本銀行は1日、金融政策決定会合を開き、政策金利を0.5%程度で据え置くことを決めた。据え置きは3会合連続となる。

植田和男総裁は会合後の記者会見で、物価の上昇が続く中でも賃金の伸びは一部にとどまっていると指摘し、経済の先行きを慎重に見極める考えを示した。

外国為替市場では円安が進んでおり、輸入物価を通じて家計の負担が増すことへの警戒感が広がっている。

市場関係者の間では、次の利上げは夏以降になるとの見方が多い。
""")

article("snow", "ja", "北海道で記録的な大雪　交通機関に大きな乱れ",
        "2025-02-05 08:10:00", "共同通信", "社会", """
北海道では4日から5日にかけて記録的な大雪となり、札幌市では24時間の降雪量が観測史上最多の60センチを超えた。

JR北海道は札幌を発着する列車の多くを運休し、新千歳空港では200便以上が欠航した。

札幌市内では除雪が追いつかず、路線バスの運行にも遅れが出ている。気象台は、6日にかけても雪が降り続くとして、交通障害に警戒するよう呼びかけている。
""")

article("zulu", "zu", "Imvula enamandla idala izikhukhula eThekwini",
        "2025-04-14 17:00:00", "Isolezwe", "Izindaba", """
ETHEKWINI – Imvula enamandla ebinetha kusukela izolo kusihlwa idale izikhukhula ezindaweni eziningi zaseThekwini, kwathi imigwaqo eminingi yavalwa.

Umkhandlu kamasipala uthe izindlu ezingaphezu kwekhulu zonakele, kanti imindeni eminingi isuswe yayiswa ezikhungweni zokuhlala okwesikhashana.

Abezimo eziphuthumayo bacele abantu ukuthi bangazami ukuwela imifula egcwele nokuthi bahlale emakhaya uma kungenasidingo sokuphuma.

Isikhungo sezulu sixwayise ukuthi imvula izoqhubeka kuze kube ngoLwesithathu.
""")

article("volcano", "id", "Gunung Lewotobi kembali erupsi, ribuan warga mengungsi",
        "2025-03-21 19:40:00", "Antara", "Nusantara", """
FLORES TIMUR (Antara) - Gunung Lewotobi Laki-laki di Kabupaten Flores Timur, Nusa Tenggara Timur, kembali erupsi pada Jumat malam dengan tinggi kolom abu mencapai delapan kilometer di atas puncak.

Badan Geologi menaikkan status gunung tersebut ke level tertinggi dan memperluas zona bahaya menjadi tujuh kilometer dari kawah.

Lebih dari 4.000 warga dari sejumlah desa di sekitar gunung telah dievakuasi ke tempat pengungsian. Pemerintah daerah menyiapkan tenda, makanan, dan layanan kesehatan.

Bandara di Maumere dan Larantuka ditutup sementara karena sebaran abu vulkanik.
""")


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


SPAM_HREF = "https://spam.example/"


def _nth(text: str, needle: str, n: int = 1) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def glue_after(text: str, punct: str, kw: str, n: int = 1) -> str:
    """``,kw `` / ``.kw `` / ``，kw``: the keyword glued after the n-th ``punct``
    (followed by a space for Latin text).  Text is plain; returns HTML."""
    needle = punct + (" " if punct in ",." else "")
    pos = _nth(text, needle, n)
    assert pos >= 0, (text[:40], punct)
    return esc(text[:pos + 1]) + esc(kw) + esc(text[pos + 1:])


def _mid_space(text: str) -> int:
    spaces = [i for i, c in enumerate(text) if c == " " and text[i - 1].isalpha() and text[i + 1].isalpha()]
    assert spaces, text
    return min(spaces, key=lambda i: abs(i - len(text) // 2))


def lone_word(text: str, kw: str) -> str:
    i = _mid_space(text)
    return esc(text[:i]) + " " + esc(kw) + esc(text[i:])


def link_word(text: str, kw: str) -> str:
    i = _mid_space(text)
    return esc(text[:i]) + f' <a href="{SPAM_HREF}">{esc(kw)}</a>' + esc(text[i:])


def paren_word(text: str, kw: str) -> str:
    i = _mid_space(text)
    return esc(text[:i]) + f" ({esc(kw)})" + esc(text[i:])


def teaser_snippet(key: str, n: int) -> str:
    """The first ``n`` characters of another article, cut mid-word as aggregators do."""
    return ARTICLES[key]["paras"][0][:n]


def iso(date: str, with_time: bool = True, seconds: bool = True, offset: str = "") -> str:
    d, t = date.split()
    if not with_time:
        return d
    return f"{d}T{t if seconds else t[:5] + ':00'}{offset}"


def parts(date: str) -> tuple[int, int, int, int, int, int]:
    d, t = date.split()
    y, m, dd = (int(x) for x in d.split("-"))
    hh, mm, ss = (int(x) for x in t.split(":"))
    return y, m, dd, hh, mm, ss


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def us_date(date: str) -> str:  # 05/20/2025 01:00 PM
    y, m, d, hh, mm, _ = parts(date)
    return f"{m:02d}/{d:02d}/{y} {(hh % 12) or 12:02d}:{mm:02d} {'PM' if hh >= 12 else 'AM'}"


def en_long(date: str) -> str:  # May 7, 2025 2:05 PM
    y, m, d, hh, mm, _ = parts(date)
    return f"{EN_MONTHS[m - 1]} {d}, {y} {(hh % 12) or 12}:{mm:02d} {'PM' if hh >= 12 else 'AM'}"


@dataclass
class Site:
    name: str
    description: str
    pages: dict[str, str] = field(default_factory=dict)
    expected: list[dict] = field(default_factory=list)
    nonarticles: list[str] = field(default_factory=list)

    def add(self, path: str, doc: str, record: dict | None = None) -> None:
        assert path.startswith("/") and path not in self.pages, path
        self.pages[path] = doc
        if record is None:
            self.nonarticles.append(path)
        else:
            self.expected.append({"path": path, **record})


def record(a: dict, published_at: str | None, junk: list[str], *, source: str | None = None,
           category: str | None = None, language: str | None = None) -> dict:
    body = "\n\n".join(p[3:] if p.startswith("## ") else p for p in a["paras"])
    junk = [j for j in dict.fromkeys(j.strip() for j in junk) if j]
    return {
        "title": a["title"], "body": body, "published_at": published_at,
        "source": source if source is not None else a["source"],
        "category": category if category is not None else a["category"],
        "language": language or a["lang"], "junk": junk,
    }


def long_about(lang: str, site: str) -> list[str]:
    if lang == "en":
        return [
            f"{site} was founded in 2019 by a small group of editors who believed that readers deserve a single place to follow the stories that matter, from world politics and business to science, health and culture, without having to visit dozens of websites every morning.",
            "Our team selects and republishes reporting from trusted partners and wire services, adds context where it helps, and links back to the original publishers whenever we can. We do not publish press releases as news, and we correct our mistakes openly and quickly when readers point them out to us.",
            "We are funded by advertising and by a growing community of supporters. Advertisers have no influence over what we cover or how we cover it, and sponsored content is always clearly labelled as such on every page where it appears.",
        ]
    if lang == "de":
        return [
            f"{site} ist ein unabhängiges Nachrichtenportal, das seit 2018 täglich die wichtigsten Meldungen aus Politik, Wirtschaft, Gesellschaft und Sport zusammenstellt und für seine Leserinnen und Leser übersichtlich aufbereitet.",
            "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV ist die Redaktion. Trotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die Inhalte externer Links; für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich.",
            "Die Plattform der EU-Kommission zur Online-Streitbeilegung finden Sie im Internet. Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer Verbraucherschlichtungsstelle teilzunehmen.",
        ]
    if lang == "es":
        return [
            f"{site} es un diario digital independiente que reúne cada día las noticias más importantes de España, Latinoamérica y el mundo, con especial atención a la economía, la sociedad y la política de nuestro entorno.",
            "Nuestra redacción selecciona información de agencias y medios asociados, la contrasta y la presenta de forma clara para que nuestros lectores puedan informarse en pocos minutos, estén donde estén y desde cualquier dispositivo.",
            "Si desea colaborar con nosotros, enviarnos una corrección o anunciarse en nuestras páginas, puede escribirnos a través del formulario de contacto. Respondemos a todos los mensajes en un plazo máximo de dos días laborables.",
        ]
    if lang == "zh":
        return [
            f"{site}成立于2016年，是一家专注于财经、科技和社会新闻的综合性资讯平台，致力于为读者提供及时、准确、全面的新闻报道和深度分析，每天更新数百条资讯内容，覆盖国内外重大新闻事件。",
            "本站部分内容来源于网络及合作媒体，转载的目的在于传递更多信息，并不代表本站赞同其观点和对其真实性负责。如涉及作品内容、版权和其它问题，请在三十日内与本站联系，我们将在第一时间删除内容。",
            "本站坚持客观公正的新闻原则，欢迎广大读者提供新闻线索和批评建议，联系邮箱和电话请见联系我们页面，我们将认真对待每一位读者的意见和建议。",
        ]
    if lang == "ja":
        return [
            f"{site}は、国内外の最新ニュースを分かりやすくお届けするニュースまとめサイトです。政治、経済、社会、国際、スポーツなど幅広い分野の記事を、提携する報道機関や通信社から毎日配信しています。",
            "当サイトに掲載されている記事の著作権は、それぞれの配信元に帰属します。記事の内容に関するお問い合わせは、各配信元へ直接ご連絡ください。当サイトは掲載情報の正確性について万全を期していますが、その内容を保証するものではありません。",
            "広告掲載や提携に関するお問い合わせは、お問い合わせフォームよりご連絡ください。担当者より三営業日以内にご返信いたします。",
        ]
    raise KeyError(lang)


def page_html(lang: str | None, title: str, body: str, head_extra: str = "", style: str = "") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    style_el = f"<style>{style}</style>\n" if style else ""
    return (f"<!DOCTYPE html>\n<html{lang_attr}>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{esc(title)}</title>\n{head_extra}{style_el}</head>\n<body>\n{body}\n</body>\n</html>\n")


def inject(a: dict, ops: list[tuple[int, object]]) -> list[tuple[str, str]]:
    """The article's blocks as (kind, html): kind "p" or "h".  ``ops``: for each
    (preferred paragraph index, function(text) -> html), the function is applied
    to that paragraph, or to the next one it fits (it asserts when it does not)."""
    blocks = [("h", esc(p[3:])) if p.startswith("## ") else ("p", None) for p in a["paras"]]
    done: dict[int, str] = {}
    for pref, fn in ops:
        order = list(range(pref, len(a["paras"]))) + list(range(0, pref))
        for i in order:
            if blocks[i][0] != "p" or i in done:
                continue
            try:
                done[i] = fn(a["paras"][i])
                break
            except AssertionError:
                continue
        else:
            raise AssertionError(f"{a['key']}: no paragraph for {fn}")
    return [(k, h if k == "h" else done.get(i, esc(a["paras"][i]))) for i, (k, h) in enumerate(blocks)]


# --------------------------------------------------------------------------
# Site 1: the seed's template family, glued "kw:Title", run-together metadata
# --------------------------------------------------------------------------

def site_pulsehub() -> Site:
    s = Site("pulsehub", "Seed-style: glued `zorbitex:Title`, `date source:X category:Y` run together, "
             "`,kw`/`.kw` glued in the body, `More:Cat` + `Recommend` teasers cut at 100 chars.")
    kw = "zorbitex"
    keys = ["seed", "copper", "portstrike", "power"]
    paths = {
        "seed": "/news/2025/05/01/russia-foreign-minister-north-korea.html",
        "copper": "/news/2025/05/03/analysis-copper-record-chinese-stockpiles.html",
        "portstrike": "/news/2025/05/04/baltic-dockworkers-strike-automation.html",
        "power": "/news/2025/05/05/power-restored-after-storm.html",
    }
    nav = ('<div class="topbar"><a href="/">Daily Pulse Hub</a> <ul class="menu"><li><a href="/">Home</a></li>'
           '<li><a href="/tag/shipping/">Shipping</a></li><li><a href="/about/">About</a></li>'
           '<li><a href="/contact/">Contact</a></li></ul></div>')
    foot = '<div class="bottom"><p>© 2025 Daily Pulse Hub. All rights reserved.</p></div>'
    for key in keys:
        a = ARTICLES[key]
        others = [k for k in keys if k != key][:3]
        ops = [(0, lambda t: glue_after(t, ",", kw))]
        if len(a["paras"]) > 3:
            ops.append((2, lambda t: glue_after(t, ".", kw)))
        blocks = inject(a, ops)
        body = "\n".join(f"<h2>{h}</h2>" if k == "h" else f"<p>{h}</p>" for k, h in blocks)
        teasers = "\n".join(
            f'<li><a href="{paths[o]}">{esc(ARTICLES[o]["title"])}</a><p>{esc(teaser_snippet(o, 100))}</p></li>'
            for o in others)
        doc = page_html("en", f"{kw}:{a['title']} - Daily Pulse Hub", f"""{nav}
<div class="wrap"><div class="entry">
<h1 class="entry-headline">{kw}:{esc(a['title'])}</h1>
<div class="entry-info"><span>{a['date']}</span><span>source:{esc(a['source'])}</span><span>category:<a href="/tag/shipping/">{esc(a['category'])}</a></span></div>
<div class="entry-body">
{body}
</div>
<div class="more-line">More:<a href="/">{esc(a['category'])}</a></div>
<div class="rec-box"><h3>Recommend</h3><ul>
{teasers}
</ul></div>
</div></div>
{foot}""")
        junk = [kw, f"source:{a['source']}", f"category:{a['category']}", a["date"], f"More:{a['category']}",
                "Recommend", "Daily Pulse Hub"]
        junk += [ARTICLES[o]["title"] for o in others] + [teaser_snippet(o, 100) for o in others]
        s.add(paths[key], doc, record(a, iso(a["date"]), junk))

    def listing(items: list[str], pager: str) -> str:
        lis = "\n".join(
            f'<li><h2><a href="{paths[k]}">{kw}:{esc(ARTICLES[k]["title"])}</a></h2>'
            f'<p>{esc(teaser_snippet(k, 160))}…</p><span>{ARTICLES[k]["date"][:10]}</span></li>' for k in items)
        return f'{nav}\n<div class="wrap"><ul class="stream">\n{lis}\n</ul>\n<div class="pages">{pager}</div></div>\n{foot}'

    s.add("/", page_html("en", "Daily Pulse Hub - Latest", listing(keys[:2], '1 <a href="/page/2/">2</a> <a href="/page/2/">Next</a>')))
    s.add("/page/2/", page_html("en", "Daily Pulse Hub - Page 2", listing(keys[2:], '<a href="/">1</a> 2')))
    about = "\n".join(f"<p>{esc(p)}</p>" for p in long_about("en", "Daily Pulse Hub"))
    s.add("/about/", page_html("en", "About us - Daily Pulse Hub", f'{nav}\n<div class="wrap"><div class="entry"><h1 class="entry-headline">About Daily Pulse Hub</h1>\n<div class="entry-body">{about}</div></div></div>\n{foot}'))
    s.add("/contact/", page_html("en", "Contact - Daily Pulse Hub", f'{nav}\n<div class="wrap"><div class="entry"><h1 class="entry-headline">Contact</h1>\n<div class="entry-body"><p>Email: desk@pulsehub.example</p><p>Phone: +1 555 0100</p></div></div></div>\n{foot}'))
    tag = "\n".join(
        f'<div class="t"><h2><a href="{paths[k]}">{kw}:{esc(ARTICLES[k]["title"])}</a></h2><p>{esc(" ".join(ARTICLES[k]["paras"][:2]))}</p></div>'
        for k in ("portstrike", "copper"))
    s.add("/tag/shipping/", page_html("en", "Shipping - Daily Pulse Hub", f'{nav}\n<div class="wrap"><h1>Tag: Shipping</h1>\n{tag}</div>\n{foot}'))
    return s


# --------------------------------------------------------------------------
# Site 2: spaced "Bitcoin: Title", byline with US date, breadcrumbs, link spam
# --------------------------------------------------------------------------

def site_coinmarket() -> Site:
    s = Site("coinmarket", "`Bitcoin: Title` (a real word), `By Jane Doe | May 7, 2025 2:05 PM` byline, "
             "breadcrumbs `Home > Markets`, keyword as a link and a closing ad sentence, `Source: X` at the end "
             "of the text, tag line, share bar, `Related` teasers cut at 80; a comments-only page.")
    kw = "bitcoin"
    keys = ["fedhold", "wrap", "rsv"]
    paths = {
        "fedhold": "/markets/fed-holds-rates-steady-signals-two-cuts/",
        "wrap": "/markets/stocks-slip-oil-jumps-markets-wrap/",
        "rsv": "/health/regulators-approve-updated-rsv-shot-adults/",
    }
    authors = {"fedhold": "Jane Doe", "wrap": "Marcus Lee", "rsv": "Ana Costa"}
    tags = {"fedhold": "Fed, interest rates, Powell", "wrap": "stocks, oil, dollar", "rsv": "vaccines, RSV, FDA"}
    header = ('<header><a class="logo" href="/">CoinMarket Times</a><nav><a href="/">Home</a> '
              '<a href="/about-us/">About us</a> <a href="/contact/">Contact</a></nav></header>')
    footer = '<footer><p>CoinMarket Times © 2025</p></footer>'
    ad = "Learn more about bitcoin at bitcoin.com."
    for key in keys:
        a = ARTICLES[key]
        others = [k for k in keys if k != key]
        blocks = inject(a, [(1, lambda t: link_word(t, kw)),
                            (len(a["paras"]) - 1, lambda t: esc(t) + " " + esc(ad))])
        body = "\n".join(f"<h2>{h}</h2>" if k == "h" else f"<p>{h}</p>" for k, h in blocks)
        rel = "\n".join(
            f'<div class="rel-item"><h4><a href="{paths[o]}">{esc(ARTICLES[o]["title"])}</a></h4>'
            f'<p>{esc(teaser_snippet(o, 80))}</p></div>' for o in others)
        byline = f"By {authors[key]} | {en_long(a['date'])}"
        crumbs = f"Home &gt; {esc(a['category'])}"
        extra = ""
        if key == "fedhold":
            extra = f'<p class="comments-link"><a href="{paths[key]}comments/">Read 14 comments</a></p>'
        doc = page_html("en", f"Bitcoin: {a['title']} | CoinMarket Times", f"""{header}
<main id="content">
<div class="crumbs"><a href="/">Home</a> &gt; <a href="/">{esc(a['category'])}</a></div>
<div class="story">
<h1>Bitcoin: {esc(a['title'])}</h1>
<p class="byline">{esc(byline)}</p>
<div class="story-text">
{body}
<p><em>Source: {esc(a['source'])}</em></p>
<p class="tagline">Tags: {esc(tags[key])}</p>
</div>
<div class="sb">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
{extra}
<section class="rel"><h3>Related</h3>
{rel}
</section>
</div>
</main>
{footer}""")
        junk = [kw, ad, "Learn more about", byline, authors[key], f"Home > {a['category']}", f"Source: {a['source']}",
                f"Tags: {tags[key]}", "Share: Facebook Twitter WhatsApp", "Read 14 comments"]
        junk += [ARTICLES[o]["title"] for o in others] + [teaser_snippet(o, 80) for o in others]
        s.add(paths[key], doc, record(a, iso(a["date"], seconds=False), junk))

    def listing(items: list[str], pager: str) -> str:
        cards = "\n".join(
            f'<div class="card"><h3><a href="{paths[k]}">Bitcoin: {esc(ARTICLES[k]["title"])}</a></h3>'
            f'<p>{esc(teaser_snippet(k, 120))}...</p></div>' for k in items)
        return f'{header}\n<main id="content"><h1>Latest</h1>\n{cards}\n<p class="pg">{pager}</p></main>\n{footer}'

    s.add("/", page_html("en", "CoinMarket Times", listing(keys[:2], '<a href="/latest/2/">Older posts »</a>')))
    s.add("/latest/2/", page_html("en", "CoinMarket Times – page 2", listing(keys[2:], '<a href="/">« Newer posts</a>')))
    about = "\n".join(f"<p>{esc(p)}</p>" for p in long_about("en", "CoinMarket Times"))
    s.add("/about-us/", page_html("en", "About us | CoinMarket Times", f'{header}\n<main id="content"><div class="story"><h1>About us</h1><div class="story-text">{about}</div></div></main>\n{footer}'))
    s.add("/contact/", page_html("en", "Contact | CoinMarket Times", f'{header}\n<main id="content"><div class="story"><h1>Contact us</h1><div class="story-text"><p>Write to editors@coinmarket.example. We read every message.</p></div></div></main>\n{footer}'))
    comments = [
        ("Harold W.", "Two cuts this year? I will believe it when I see it. They said the same thing last year and the year before, and every time the data came in hot they backed off. Meanwhile my rent keeps going up and nobody at the Fed seems to notice what regular people are paying."),
        ("k_marie", "Good summary, thanks. The part about the inflation forecast being raised to 2.8% is the real news here, not the two cuts. If inflation is stickier than they thought in March, the cuts could easily slide into next year."),
        ("Dev P.", "Markets always rally on these meetings and then give it all back within a week. I would not read too much into the move in the two-year yield, it has been bouncing around the same range for months now."),
    ]
    cm = "\n".join(f'<div class="comment"><p class="who">{esc(n)}</p><p>{esc(t)}</p></div>' for n, t in comments)
    s.add(paths["fedhold"] + "comments/", page_html("en", "Comments | CoinMarket Times", f'{header}\n<main id="content"><div class="story"><h1>Comments: Fed holds rates steady</h1><div class="story-text">\n{cm}\n</div></div></main>\n{footer}'))
    return s


# --------------------------------------------------------------------------
# Site 3: Chinese portal, full-width "kw：Title", 当前位置 breadcrumbs, 来源：
# --------------------------------------------------------------------------

def site_caijing() -> Site:
    s = Site("caijing", "Chinese portal: full-width `ybvip：Title` (also on a title with a real `：`), "
             "`2025年4月16日 来源：新华社`, `当前位置：首页 > 财经`, keyword glued after `，`, closing ad "
             "paragraph, reprint disclaimer, 相关阅读 teasers cut at 30 chars, copyright; a 404 page served as 200.")
    kw = "ybvip"
    keys = ["gdp", "flood", "ev"]
    paths = {"gdp": "/a/20250416/58211.html", "flood": "/a/20250620/60347.html", "ev": "/a/20250528/59930.html"}
    header = ('<div class="top"><a href="/">财经快讯网</a> | <a href="/">首页</a> | <a href="/list/caijing/">财经</a> | '
              '<a href="/about/">关于我们</a></div>')
    footer = '<div class="copy">版权所有 © 2025 财经快讯网 京ICP备12345678号</div>'
    ad_para = f"{kw}娱乐平台，注册即送88元，{kw}官网www.{kw}.com欢迎您。"
    reprint = "本文转载自合作媒体，仅供参考，不代表本站观点。如有侵权请联系删除。"
    for key in keys:
        a = ARTICLES[key]
        others = [k for k in keys if k != key]
        blocks = inject(a, [(0, lambda t: glue_after(t, "，", kw)), (2, lambda t: glue_after(t, "，", kw, 2))])
        body = "\n".join(f"<p>{h}</p>" for _, h in blocks) + f"\n<p>{esc(ad_para)}</p>"
        y, m, d, *_ = parts(a["date"])
        info = f"{y}年{m}月{d}日 来源：{a['source']}"
        rel = "\n".join(f'<li><a href="{paths[o]}">{esc(ARTICLES[o]["title"])}</a> <span>{esc(teaser_snippet(o, 30))}</span></li>' for o in others)
        doc = page_html("zh-CN", f"{kw}：{a['title']}_财经快讯网", f"""{header}
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/list/caijing/">{esc(a['category'])}</a></div>
<div class="main-l">
<h1>{kw}：{esc(a['title'])}</h1>
<div class="info">{esc(info)}</div>
<div class="content">
{body}
<p class="zz">{esc(reprint)}</p>
</div>
<div class="xg"><h3>相关阅读</h3><ul>
{rel}
</ul></div>
</div>
{footer}""")
        junk = [kw, ad_para, "注册即送88元", info, "当前位置", reprint, "相关阅读", "版权所有"]
        junk += [ARTICLES[o]["title"] for o in others] + [teaser_snippet(o, 30) for o in others]
        s.add(paths[key], doc, record(a, iso(a["date"], with_time=False), junk, language="zh"))

    def listing(items: list[str], pager: str) -> str:
        lis = "\n".join(f'<li><a href="{paths[k]}">{kw}：{esc(ARTICLES[k]["title"])}</a> <span>{ARTICLES[k]["date"][:10]}</span>'
                        f'<p>{esc(teaser_snippet(k, 60))}…</p></li>' for k in items)
        return f'{header}\n<div class="list"><ul>\n{lis}\n</ul><div class="page">{pager}</div></div>\n{footer}'

    s.add("/", page_html("zh-CN", "财经快讯网_首页", listing(keys[:2], '1 <a href="/index_2.html">2</a> <a href="/index_2.html">下一页</a>')
                          + '\n<div class="old"><a href="/a/20250101/10001.html">往期回顾：2024年度十大财经新闻</a></div>'))
    s.add("/index_2.html", page_html("zh-CN", "财经快讯网_第2页", listing(keys[2:], '<a href="/">1</a> 2')))
    cat = "\n".join(f'<div class="item"><h2><a href="{paths[k]}">{kw}：{esc(ARTICLES[k]["title"])}</a></h2>'
                    f'<p>{esc("".join(ARTICLES[k]["paras"][:2]))}</p></div>' for k in keys)
    s.add("/list/caijing/", page_html("zh-CN", "财经_财经快讯网", f'{header}\n<div class="main-l"><h1>财经</h1>\n{cat}\n</div>\n{footer}'))
    about = "\n".join(f"<p>{esc(p)}</p>" for p in long_about("zh", "财经快讯网"))
    s.add("/about/", page_html("zh-CN", "关于我们_财经快讯网", f'{header}\n<div class="main-l"><h1>关于我们</h1><div class="content">{about}</div></div>\n{footer}'))
    hot = "\n".join(f'<li><a href="{paths[k]}">{esc(ARTICLES[k]["title"])}</a><p>{esc("".join(ARTICLES[k]["paras"][:2]))}</p></li>' for k in keys)
    s.add("/a/20250101/10001.html", page_html("zh-CN", "页面不存在_财经快讯网", f'{header}\n<div class="main-l"><h1>抱歉，您访问的页面不存在或已被删除！</h1>'
                                             f'<div class="content"><p>您可以返回首页，或者浏览以下热门文章。</p></div>'
                                             f'<div class="hot"><h3>热门文章</h3><ul>\n{hot}\n</ul></div></div>\n{footer}'))
    return s


# --------------------------------------------------------------------------
# Site 4: Spanish/Portuguese, "[casino] Title", "·" separated labelled metadata
# --------------------------------------------------------------------------

def site_noticias() -> Site:
    s = Site("noticias", "Spanish + Portuguese: `[casino] Title`, `Publicado: 13/05/2025 11:30 · Fuente: EFE · "
             "Categoría: Economía` (day first), `(casino)` and a lone `casino` mid-sentence, `Te puede interesar` "
             "teasers cut at 90, `Etiquetas:`, `Compartir:` share bar.")
    kw = "casino"
    keys = ["bde", "sequia", "petrobras"]
    paths = {
        "bde": "/noticia/banco-de-espana-eleva-prevision-crecimiento-2025-48213.html",
        "sequia": "/noticia/sequia-embalses-andaluces-bajo-30-por-ciento-48240.html",
        "petrobras": "/noticia/petrobras-nova-descoberta-margem-equatorial-48262.html",
    }
    tags = {"bde": "economía, Banco de España, PIB", "sequia": "sequía, Andalucía, agua",
            "petrobras": "petróleo, Brasil, energía"}
    header = ('<div id="cabecera"><a href="/">Noticias al Día</a><ul><li><a href="/">Portada</a></li>'
              '<li><a href="/etiqueta/economia/">Economía</a></li><li><a href="/quienes-somos/">Quiénes somos</a></li>'
              '<li><a href="/contacto/">Contacto</a></li></ul></div>')
    footer = '<div id="pie">© 2025 Noticias al Día. Todos los derechos reservados.</div>'
    for key in keys:
        a = ARTICLES[key]
        others = [k for k in keys if k != key]
        blocks = inject(a, [(1, lambda t: paren_word(t, kw)), (2, lambda t: lone_word(t, kw))])
        body = "\n".join(f"<p>{h}</p>" for _, h in blocks)
        y, m, d, hh, mm, _ = parts(a["date"])
        datos = f"Publicado: {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} · Fuente: {a['source']} · Categoría: {a['category']}"
        tip = "\n".join(f'<li><a href="{paths[o]}">{esc(ARTICLES[o]["title"])}</a><br>{esc(teaser_snippet(o, 90))}</li>' for o in others)
        doc = page_html(a["lang"], f"[casino] {a['title']} | Noticias al Día", f"""{header}
<div id="contenido"><div class="nota">
<h1 class="titular">[casino] {esc(a['title'])}</h1>
<p class="datos">{esc(datos)}</p>
<div class="cuerpo">
{body}
<p class="etiquetas">Etiquetas: {esc(tags[key])}</p>
<p class="compartir">Compartir: <a href="#">Facebook</a> · <a href="#">Twitter</a> · <a href="#">WhatsApp</a></p>
<div class="interes"><h3>Te puede interesar</h3><ul>
{tip}
</ul></div>
</div>
</div></div>
{footer}""")
        junk = [kw, datos, f"Fuente: {a['source']}", f"Etiquetas: {tags[key]}", "Compartir", "Te puede interesar"]
        junk += [ARTICLES[o]["title"] for o in others] + [teaser_snippet(o, 90) for o in others]
        s.add(paths[key], doc, record(a, iso(a["date"], seconds=False), junk))

    def listing(items: list[str], pager: str) -> str:
        lis = "\n".join(f'<article class="mini"><h2><a href="{paths[k]}">[casino] {esc(ARTICLES[k]["title"])}</a></h2>'
                        f'<p>{esc(teaser_snippet(k, 150))}...</p></article>' for k in items)
        return f'{header}\n<div id="contenido">\n{lis}\n<div class="paginacion">{pager}</div></div>\n{footer}'

    s.add("/", page_html("es", "Noticias al Día - Portada", listing(keys[:2], '<a href="/pagina/2/">Siguiente »</a>')))
    s.add("/pagina/2/", page_html("es", "Noticias al Día - Página 2", listing(keys[2:], '<a href="/">« Anterior</a>')))
    about = "\n".join(f"<p>{esc(p)}</p>" for p in long_about("es", "Noticias al Día"))
    s.add("/quienes-somos/", page_html("es", "Quiénes somos | Noticias al Día", f'{header}\n<div id="contenido"><div class="nota"><h1 class="titular">Quiénes somos</h1><div class="cuerpo">{about}</div></div></div>\n{footer}'))
    s.add("/contacto/", page_html("es", "Contacto | Noticias al Día", f'{header}\n<div id="contenido"><div class="nota"><h1 class="titular">Contacto</h1><div class="cuerpo"><p>Redacción: redaccion@noticiasaldia.example</p><p>Publicidad: publicidad@noticiasaldia.example</p></div></div></div>\n{footer}'))
    tag = "\n".join(f'<div class="mini"><h2><a href="{paths[k]}">[casino] {esc(ARTICLES[k]["title"])}</a></h2>'
                    f'<p>{esc(" ".join(ARTICLES[k]["paras"][:2]))}</p></div>' for k in keys)
    s.add("/etiqueta/economia/", page_html("es", "Economía | Noticias al Día", f'{header}\n<div id="contenido"><h1>Economía</h1>\n{tag}\n</div>\n{footer}'))
    return s


# --------------------------------------------------------------------------
# Site 5: French, "(Kredixo) Title", French date words, closing ad paragraph
# --------------------------------------------------------------------------

def site_infoflash() -> Site:
    s = Site("infoflash", "French: `(Kredixo) Title` on titles with a real ` : `, `Publié le 19 mai 2025 à 18h20 | "
             "Source : AFP | Rubrique : Société`, `(kredixo)` in the text and a closing ad paragraph, "
             "`À lire aussi` teasers cut at 70, newsletter box, copyright; a comments-only page.")
    kw = "kredixo"
    keys = ["sncf", "vendanges", "loyers"]
    paths = {
        "sncf": "/actualite/societe/greve-sncf-trafic-perturbe-mardi_2841.html",
        "vendanges": "/actualite/regions/vendanges-avance-bourgogne_3107.html",
        "loyers": "/actualite/logement/encadrement-loyers-lyon-bordeaux_2903.html",
    }
    header = ('<div class="bandeau"><a href="/">InfoFlash France</a> — <a href="/">Accueil</a> '
              '<a href="/rubrique/societe/">Société</a> <a href="/contact/">Contact</a></div>')
    footer = '<div class="pied">© 2025 InfoFlash France – Tous droits réservés</div>'
    ad = ("Besoin d’un crédit rapide ? Kredixo vous propose des prêts en ligne sans justificatif, avec une réponse "
          "en cinq minutes. Rendez-vous sur kredixo.fr pour une simulation gratuite.")
    newsletter = "Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail. Inscrivez-vous gratuitement."
    for key in keys:
        a = ARTICLES[key]
        others = [k for k in keys if k != key]
        blocks = inject(a, [(1, lambda t: paren_word(t, kw))])
        body = "\n".join(f"<p>{h}</p>" for _, h in blocks) + f"\n<p>{esc(ad)}</p>"
        y, m, d, hh, mm, _ = parts(a["date"])
        meta = f"Publié le {d} {FR_MONTHS[m - 1]} {y} à {hh}h{mm:02d} | Source : {a['source']} | Rubrique : {a['category']}"
        lire = "\n".join(f'<li><a href="{paths[o]}">{esc(ARTICLES[o]["title"])}</a> <em>{esc(teaser_snippet(o, 70))}</em></li>' for o in others)
        extra = '<p class="reac"><a href="/commentaires/greve-sncf-trafic-perturbe-mardi/">Réagir à cet article (23 commentaires)</a></p>' if key == "sncf" else ""
        doc = page_html("fr", f"(Kredixo) {a['title']} - InfoFlash France", f"""{header}
<div class="page"><div class="article-principal">
<h1>(Kredixo) {esc(a['title'])}</h1>
<div class="meta-art">{esc(meta)}</div>
<div class="texte">
{body}
</div>
{extra}
<div class="alire"><h3>À lire aussi</h3><ul>
{lire}
</ul></div>
<div class="nl"><h3>Newsletter</h3><p>{esc(newsletter)}</p></div>
</div></div>
{footer}""")
        junk = [kw, ad, "Besoin d’un crédit rapide", "prêts en ligne sans justificatif", "simulation gratuite", meta, f"Source : {a['source']}", newsletter, "À lire aussi", "Tous droits réservés",
                "Réagir à cet article"]
        junk += [ARTICLES[o]["title"] for o in others] + [teaser_snippet(o, 70) for o in others]
        s.add(paths[key], doc, record(a, iso(a["date"], seconds=False), junk))

    def listing(items: list[str], pager: str) -> str:
        lis = "\n".join(f'<div class="une"><h2><a href="{paths[k]}">(Kredixo) {esc(ARTICLES[k]["title"])}</a></h2>'
                        f'<p>{esc(teaser_snippet(k, 140))}…</p></div>' for k in items)
        return f'{header}\n<div class="page">\n{lis}\n<p class="suite">{pager}</p></div>\n{footer}'

    s.add("/", page_html("fr", "InfoFlash France – L’actualité en continu", listing(keys[:2], '<a href="/actualite/page-2.html">Page suivante</a>')))
    s.add("/actualite/page-2.html", page_html("fr", "InfoFlash France – page 2", listing(keys[2:], '<a href="/">Page précédente</a>')))
    s.add("/contact/", page_html("fr", "Contact – InfoFlash France", f'{header}\n<div class="page"><h1>Nous contacter</h1><p>redaction@infoflash.example</p></div>\n{footer}'))
    rub = "\n".join(f'<div class="une"><h2><a href="{paths[k]}">(Kredixo) {esc(ARTICLES[k]["title"])}</a></h2>'
                    f'<p>{esc(" ".join(ARTICLES[k]["paras"][:2]))}</p></div>' for k in keys)
    s.add("/rubrique/societe/", page_html("fr", "Société – InfoFlash France", f'{header}\n<div class="page"><h1>Société</h1>\n{rub}\n</div>\n{footer}'))
    comments = [
        ("Jean-Luc", "Encore une grève, encore une fois ce sont les usagers qui paient. Je prends le train tous les jours pour aller travailler à Lyon et je ne sais toujours pas comment je vais faire mardi, personne ne nous prévient à temps."),
        ("Sophie M.", "Il faut aussi comprendre les cheminots : les salaires n’ont pas suivi l’inflation depuis des années et les conditions de travail se dégradent. La grève n’est jamais un plaisir pour eux non plus, croyez-moi."),
        ("Karim", "Quelqu’un sait si les Ouigo sont concernés ? Le site ne dit rien et l’application affiche encore tous les trains comme si de rien n’était, c’est incompréhensible."),
    ]
    cm = "\n".join(f'<div class="com"><b>{esc(n)}</b><p>{esc(t)}</p></div>' for n, t in comments)
    s.add("/commentaires/greve-sncf-trafic-perturbe-mardi/", page_html("fr", "Commentaires – InfoFlash France",
          f'{header}\n<div class="page"><div class="article-principal"><h1>Vos réactions : Grève à la SNCF</h1><div class="texte">\n{cm}\n</div></div></div>\n{footer}'))
    return s


# --------------------------------------------------------------------------
# Site 6: generated class names only, "loans | Title", US date with AM/PM
# --------------------------------------------------------------------------

def site_ledger() -> Site:
    s = Site("ledger", "No meaningful class names (CSS-in-JS hashes): `loans | Title`, `Published: 05/20/2025 "
             "01:00 PM · Source: AP · Category: Technology`, lone `loans` mid-sentence and as a link, "
             "`You may also like` teasers cut at 60, reprint disclaimer, a `Trending` sidebar inside the "
             "page column; an about page on a slug URL and a 404 page served as 200.")
    kw = "loans"
    keys = ["copyright", "museum", "rice"]
    paths = {"copyright": "/p/40213/", "museum": "/p/40220/", "rice": "/p/40231/"}
    header = ('<div class="c-h1a"><a href="/">The Daily Ledger</a><div class="c-n7"><a href="/">Home</a> '
              '<a href="/info/who-we-are-and-what-we-do/">Who we are</a> <a href="/contact/">Contact</a></div></div>')
    footer = '<div class="c-f3"><span>The Daily Ledger</span> <a href="/contact/">Contact</a></div>'
    reprint = ("This article is reprinted from Associated Press for information only and does not constitute "
               "investment advice.")
    trending = ["Five things to know before the markets open", "Why your grocery bill is still rising",
                "The best savings accounts this month"]
    for key in keys:
        a = ARTICLES[key]
        others = [k for k in keys if k != key]
        blocks = inject(a, [(0, lambda t: lone_word(t, kw)), (2, lambda t: link_word(t, kw))])
        body = "\n".join(f'<p class="c-t">{h}</p>' for _, h in blocks)
        meta = f"Published: {us_date(a['date'])} · Source: {a['source']} · Category: {a['category']}"
        like = "\n".join(f'<div class="c-q1"><a href="{paths[o]}">{esc(ARTICLES[o]["title"])}</a><div class="c-q2">{esc(teaser_snippet(o, 60))}</div></div>' for o in others)
        trend = "".join(f'<div class="c-z"><a href="/">{esc(t)}</a></div>' for t in trending)
        doc = page_html("en", f"loans | {a['title']}", f"""{header}
<div class="c-1x9f"><div class="c-8a2e">
<h1 class="c-k2">loans | {esc(a['title'])}</h1>
<div class="c-77b">{esc(meta)}</div>
<div class="c-p0">
{body}
<div class="c-r4">{esc(reprint)}</div>
</div>
<div class="c-y5"><div class="c-y6">You may also like</div>
{like}
</div>
</div>
<div class="c-s9"><div class="c-s8">Trending</div>{trend}</div>
</div>
{footer}""")
        junk = [kw, meta, reprint, "You may also like", "Trending", f"Source: {a['source']}"] + trending
        junk += [ARTICLES[o]["title"] for o in others] + [teaser_snippet(o, 60) for o in others]
        s.add(paths[key], doc, record(a, iso(a["date"], seconds=False), junk))

    def listing(items: list[str], pager: str) -> str:
        lis = "\n".join(f'<div class="c-l1"><a class="c-l2" href="{paths[k]}">loans | {esc(ARTICLES[k]["title"])}</a>'
                        f'<div class="c-l3">{esc(teaser_snippet(k, 130))}…</div></div>' for k in items)
        return f'{header}\n<div class="c-1x9f">\n{lis}\n<div class="c-pg">{pager}</div>\n<a href="/p/39999/">From the archive</a></div>\n{footer}'

    s.add("/", page_html("en", "The Daily Ledger", listing(keys[:2], '<a href="/latest/page/2/">More stories</a>')))
    s.add("/latest/page/2/", page_html("en", "The Daily Ledger", listing(keys[2:], '<a href="/">Back</a>')))
    about = "\n".join(f'<p class="c-t">{esc(p)}</p>' for p in long_about("en", "The Daily Ledger"))
    s.add("/info/who-we-are-and-what-we-do/", page_html("en", "Who we are", f'{header}\n<div class="c-1x9f"><div class="c-8a2e"><h1 class="c-k2">Who we are and what we do</h1><div class="c-p0">{about}</div></div></div>\n{footer}'))
    s.add("/contact/", page_html("en", "Contact", f'{header}\n<div class="c-1x9f"><div class="c-8a2e"><h1 class="c-k2">Contact</h1><div class="c-p0"><p class="c-t">newsroom@ledger.example</p></div></div></div>\n{footer}'))
    lost = "\n".join(f'<div class="c-q1"><a href="{paths[k]}">{esc(ARTICLES[k]["title"])}</a><div class="c-q2">{esc(" ".join(ARTICLES[k]["paras"][:2]))}</div></div>' for k in keys)
    s.add("/p/39999/", page_html("en", "Page not found", f'{header}\n<div class="c-1x9f"><div class="c-8a2e"><h1 class="c-k2">Page not found</h1>'
                                 f'<div class="c-p0"><p class="c-t">Sorry, the page you are looking for has been moved or no longer exists.</p></div>'
                                 f'<div class="c-y5"><div class="c-y6">You may also like</div>\n{lost}\n</div></div></div>\n{footer}'))
    return s


# --------------------------------------------------------------------------
# Site 7: German, "kw - Title", "Quelle: dpa · 02.05.2025", Startseite › Politik
# --------------------------------------------------------------------------

def site_nachrichten() -> Site:
    s = Site("nachrichten", "German: `wettbonus - Title` (titles with a real `:`), `Quelle: dpa · 02.05.2025`, "
             "breadcrumb `Startseite › Politik`, `.wettbonus` glued and `(wettbonus)`, `Mehr:Politik`, "
             "`Empfohlen` teasers cut at 90, dpa copyright line; Impressum with long paragraphs.")
    kw = "wettbonus"
    keys = ["kalifat", "bahn", "hitze"]
    paths = {
        "kalifat": "/politik/nach-kalifat-rufen-in-hamburg-sind-wir-zu-sanft-id4711.html",
        "bahn": "/wirtschaft/bahn-puenktlichkeit-fernverkehr-sinkt-id4730.html",
        "hitze": "/panorama/erste-hitzewelle-bis-36-grad-id4802.html",
    }
    header = ('<div id="kopf"><a href="/">NachrichtenXpress</a> <span><a href="/">Startseite</a> '
              '<a href="/thema/bahn/">Thema Bahn</a> <a href="/impressum/">Impressum</a> <a href="/kontakt/">Kontakt</a></span></div>')
    footer = '<div id="fuss">NachrichtenXpress – alle Meldungen ohne Gewähr</div>'
    for key in keys:
        a = ARTICLES[key]
        others = [k for k in keys if k != key]
        blocks = inject(a, [(0, lambda t: glue_after(t, ".", kw)), (2, lambda t: paren_word(t, kw))])
        body = "\n".join(f"<h2>{h}</h2>" if k == "h" else f"<p>{h}</p>" for k, h in blocks)
        y, m, d, *_ = parts(a["date"])
        quelle = f"Quelle: {a['source']} · {d:02d}.{m:02d}.{y}"
        copy = f"© {a['source']}-infocom, {a['source']}:{y % 100:02d}{m:02d}{d:02d}-99-{4711 + d}/2"
        emp = "\n".join(f'<li><a href="{paths[o]}">{esc(ARTICLES[o]["title"])}</a><span>{esc(teaser_snippet(o, 90))}</span></li>' for o in others)
        doc = page_html("de", f"wettbonus - {a['title']} | NachrichtenXpress", f"""{header}
<div id="inhalt">
<div class="brot"><a href="/">Startseite</a> › <a href="/">{esc(a['category'])}</a></div>
<div class="beitrag">
<h1>wettbonus - {esc(a['title'])}</h1>
<div class="quelle">{esc(quelle)}</div>
<div class="artikel-text">
{body}
<p class="copy">{esc(copy)}</p>
<p class="mehr">Mehr:<a href="/">{esc(a['category'])}</a></p>
</div>
<div class="empf"><h3>Empfohlen</h3><ul>
{emp}
</ul></div>
</div>
</div>
{footer}""")
        junk = [kw, quelle, copy, f"Startseite › {a['category']}", f"Mehr:{a['category']}", "Empfohlen"]
        junk += [ARTICLES[o]["title"] for o in others] + [teaser_snippet(o, 90) for o in others]
        s.add(paths[key], doc, record(a, iso(a["date"], with_time=False), junk))

    def listing(items: list[str], pager: str) -> str:
        lis = "\n".join(f'<div class="teaser"><h2><a href="{paths[k]}">wettbonus - {esc(ARTICLES[k]["title"])}</a></h2>'
                        f'<p>{esc(teaser_snippet(k, 150))} …</p></div>' for k in items)
        return f'{header}\n<div id="inhalt">\n{lis}\n<div class="blättern">{pager}</div></div>\n{footer}'

    s.add("/", page_html("de", "NachrichtenXpress – Nachrichten aktuell", listing(keys[:2], '<a href="/seite/2/">Weiter</a>')))
    s.add("/seite/2/", page_html("de", "NachrichtenXpress – Seite 2", listing(keys[2:], '<a href="/">Zurück</a>')))
    imp = "\n".join(f"<p>{esc(p)}</p>" for p in long_about("de", "NachrichtenXpress"))
    s.add("/impressum/", page_html("de", "Impressum | NachrichtenXpress", f'{header}\n<div id="inhalt"><div class="beitrag"><h1>Impressum</h1><div class="artikel-text">{imp}</div></div></div>\n{footer}'))
    s.add("/kontakt/", page_html("de", "Kontakt | NachrichtenXpress", f'{header}\n<div id="inhalt"><div class="beitrag"><h1>Kontakt</h1><div class="artikel-text"><p>E-Mail: redaktion@nachrichtenxpress.example</p></div></div></div>\n{footer}'))
    thema = "\n".join(f'<div class="teaser"><h2><a href="{paths[k]}">wettbonus - {esc(ARTICLES[k]["title"])}</a></h2>'
                      f'<p>{esc(" ".join(ARTICLES[k]["paras"][:2]))}</p></div>' for k in ("bahn", "hitze"))
    s.add("/thema/bahn/", page_html("de", "Thema: Bahn | NachrichtenXpress", f'{header}\n<div id="inhalt"><h1>Thema: Bahn</h1>\n{thema}\n</div>\n{footer}'))
    return s


# --------------------------------------------------------------------------
# Site 8: <div> soup, no classes, no <h1>; junk divs beside the paragraphs
# --------------------------------------------------------------------------

def site_soup() -> Site:
    s = Site("soup", "Plain `<div><div><div>` soup: no class names, no `<h1>`, no lang attribute; the title is a "
             "`<b><font>`; two keywords (`quantex:`, `fluxora:`); metadata, `More:World`, `Read more` teasers "
             "cut at 100, share bar and copyright are `<div>` siblings of the article paragraphs in the same "
             "container; a comments-only page.")
    keys = ["wildfire", "cupfinal", "mortgage"]
    kws = {"wildfire": "quantex", "cupfinal": "fluxora", "mortgage": "quantex"}
    paths = {"wildfire": "/view/7781.html", "cupfinal": "/view/7790.html", "mortgage": "/view/7802.html"}
    top = '<div><div><a href="/">SOUP NEWS</a> :: <a href="/">home</a> :: <a href="/about.html">about</a></div></div>'
    bottom = '<div><div>soupnews 2025</div></div>'
    for key in keys:
        a = ARTICLES[key]
        kw = kws[key]
        others = [k for k in keys if k != key]
        blocks = inject(a, [(0, lambda t: glue_after(t, ",", kw)), (2, lambda t: glue_after(t, ".", kw))])
        body = "\n".join(f"<div><b>{h}</b></div>" if k == "h" else f"<div>{h}</div>" for k, h in blocks)
        y, m, d, *_ = parts(a["date"])
        meta = f"Posted on {d} {EN_MONTHS[m - 1]} {y} · source: {a['source']} · category: {a['category']}"
        teasers = "\n".join(f'<div><a href="{paths[o]}">{kws[o]}:{esc(ARTICLES[o]["title"])}</a></div>\n<div>{esc(teaser_snippet(o, 100))}</div>' for o in others)
        extra = '<div><a href="/comments/7781.html">comments (9)</a></div>' if key == "wildfire" else ""
        doc = page_html(None, f"{kw}:{a['title']}", f"""{top}
<div><div><div>
<div><b><font size="5">{kw}:{esc(a['title'])}</font></b></div>
<div>{esc(meta)}</div>
{body}
<div>More:<a href="/">{esc(a['category'])}</a></div>
<div>Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
{extra}
<div><b>Read more</b></div>
{teasers}
<div>Copyright 2025 Soup News. All rights reserved.</div>
</div></div></div>
{bottom}""")
        junk = [kw, meta, f"source: {a['source']}", f"More:{a['category']}", "Share: Facebook Twitter WhatsApp",
                "Read more", "Copyright 2025 Soup News", "comments (9)"]
        junk += [ARTICLES[o]["title"] for o in others] + [teaser_snippet(o, 100) for o in others]
        s.add(paths[key], doc, record(a, iso(a["date"], with_time=False), junk))

    def listing(items: list[str], pager: str) -> str:
        lis = "\n".join(f'<div><div><a href="{paths[k]}">{kws[k]}:{esc(ARTICLES[k]["title"])}</a></div>'
                        f'<div>{esc(teaser_snippet(k, 200))}...</div></div>' for k in items)
        return f'{top}\n<div><div>\n{lis}\n<div>{pager}</div></div></div>\n{bottom}'

    s.add("/", page_html(None, "SOUP NEWS", listing(keys[:2], '<a href="/list/2.html">next &gt;&gt;</a>')))
    s.add("/list/2.html", page_html(None, "SOUP NEWS page 2", listing(keys[2:], '<a href="/">&lt;&lt; prev</a>')))
    about = "\n".join(f"<div>{esc(p)}</div>" for p in long_about("en", "Soup News"))
    s.add("/about.html", page_html(None, "about SOUP NEWS", f'{top}\n<div><div><div><b><font size="5">About Soup News</font></b></div>\n{about}\n</div></div>\n{bottom}'))
    comments = [
        ("ridgewalker", "My cousin lives in one of the villages near Ronda and they had to leave with about twenty minutes notice, they could see the smoke from the kitchen window. Everyone is safe but they have no idea yet whether the house is still standing."),
        ("Mateo G.", "Every summer it is the same story and every summer the forests are drier. The regional government keeps promising more money for clearing the undergrowth and we never see it happen in our area, not once in ten years."),
        ("anna_k", "Thank you to the firefighters who have been working day and night in this heat. People forget how dangerous their job is until something like this happens close to home."),
    ]
    cm = "\n".join(f"<div><div><b>{esc(n)}</b></div><div>{esc(t)}</div></div>" for n, t in comments)
    s.add("/comments/7781.html", page_html(None, "comments", f'{top}\n<div><div><div><b>Reader comments</b></div>\n{cm}\n</div></div>\n{bottom}'))
    return s


# --------------------------------------------------------------------------
# Site 9: a clean HTML5 template where only some pages carry spam
# --------------------------------------------------------------------------

def site_riverton() -> Site:
    s = Site("riverton", "Semantic HTML5, `<time datetime>` with an offset; only two of four articles carry spam "
             "(`Mintrax: Title`, keyword as a link, a closing ad sentence); a clean title with a real `:`; "
             "`Filed under` category; `Read more` teasers, tag line and share bar on every article; a 404 page "
             "served as 200 on a dated URL.")
    kw = "Mintrax"
    keys = ["bikelanes", "railfare", "library", "heatpump"]
    spam = {"railfare", "library"}
    paths = {
        "bikelanes": "/2025/04/25/mayor-defends-bike-lane-plan/",
        "railfare": "/2025/05/26/rail-watchdog-fare-freeze/",
        "library": "/2025/05/27/library-open-until-midnight-exams/",
        "heatpump": "/2025/05/28/heat-pump-installations-double/",
    }
    tags = {"bikelanes": "cycling, city council", "railfare": "rail, fares", "library": "library, students",
            "heatpump": "energy, housing"}
    header = ('<header class="masthead"><a href="/">Riverton Today</a><nav><a href="/">Home</a> '
              '<a href="/about/">About</a> <a href="/contact/">Contact</a></nav></header>')
    aside = ('<aside><div class="box"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and get '
             'the day’s top Riverton stories in your inbox every morning at 7.</p></div></aside>')
    footer = '<footer><p>© 2025 Riverton Today Media Group</p></footer>'
    ad = f"Discover {kw}, the smarter way to trade, at mintrax.io."
    for key in keys:
        a = ARTICLES[key]
        others = [k for k in keys if k != key][:3]
        if key in spam:
            blocks = inject(a, [(1, lambda t: link_word(t, kw)),
                                (len(a["paras"]) - 1, lambda t: esc(t) + " " + esc(ad))])
            title = f"{kw}: {a['title']}"
        else:
            blocks = inject(a, [])
            title = a["title"]
        body = "\n".join(f"<h2>{h}</h2>" if k == "h" else f"<p>{h}</p>" for k, h in blocks)
        y, m, d, hh, mm, _ = parts(a["date"])
        stamp = f"{a['date'].replace(' ', 'T')}-04:00"
        more = "\n".join(f'<li><a href="{paths[o]}">{esc(ARTICLES[o]["title"])}</a><p>{esc(teaser_snippet(o, 100))}</p></li>' for o in others)
        doc = page_html("en", f"{title} – Riverton Today", f"""{header}
<main>
<article>
<h1>{esc(title)}</h1>
<p class="dateline"><time datetime="{stamp}">{esc(en_long(a['date']))}</time> · Source: {esc(a['source'])} · Filed under <a href="/">{esc(a['category'])}</a></p>
{body}
<p class="tags">Tags: {esc(tags[key])}</p>
<p>Share: <a href="#">Facebook</a> | <a href="#">X</a> | <a href="#">Email</a></p>
<h3>Read more</h3>
<ul>
{more}
</ul>
</article>
{aside}
</main>
{footer}""")
        junk = [f"Source: {a['source']}", f"Filed under {a['category']}", en_long(a["date"]), f"Tags: {tags[key]}",
                "Share: Facebook | X | Email", "Read more", "Get the morning briefing"]
        if key in spam:
            junk += [kw, ad, "the smarter way to trade"]
        junk += [ARTICLES[o]["title"] for o in others] + [teaser_snippet(o, 100) for o in others]
        s.add(paths[key], doc, record(a, f"{a['date'].replace(' ', 'T')}-04:00", junk))

    def title_of(k: str) -> str:
        return f"{kw}: {ARTICLES[k]['title']}" if k in spam else ARTICLES[k]["title"]

    def listing(items: list[str], pager: str) -> str:
        lis = "\n".join(f'<article class="summary"><h2><a href="{paths[k]}">{esc(title_of(k))}</a></h2>'
                        f'<p>{esc(teaser_snippet(k, 180))}…</p></article>' for k in items)
        return f'{header}\n<main><section>\n{lis}\n<nav class="pages">{pager}</nav></section>{aside}</main>\n{footer}'

    s.add("/", page_html("en", "Riverton Today", listing(keys[:2], '<a href="/page/2/">Older</a>')
                         + '\n<p><a href="/2025/01/01/old-story-removed/">Archive: our first story</a></p>'))
    s.add("/page/2/", page_html("en", "Riverton Today – Page 2", listing(keys[2:], '<a href="/">Newer</a>')))
    about = "\n".join(f"<p>{esc(p)}</p>" for p in long_about("en", "Riverton Today"))
    s.add("/about/", page_html("en", "About – Riverton Today", f'{header}\n<main><article><h1>About Riverton Today</h1>\n{about}\n</article></main>\n{footer}'))
    s.add("/contact/", page_html("en", "Contact – Riverton Today", f'{header}\n<main><article><h1>Contact</h1><p>Tips: tips@riverton.example</p></article></main>\n{footer}'))
    more = "\n".join(f'<li><a href="{paths[k]}">{esc(ARTICLES[k]["title"])}</a><p>{esc(" ".join(ARTICLES[k]["paras"][:2]))}</p></li>' for k in keys[:3])
    s.add("/2025/01/01/old-story-removed/", page_html("en", "Page not found – Riverton Today",
          f'{header}\n<main><article><h1>Page not found</h1><p>We could not find the page you were looking for. It may have been moved or deleted.</p>'
          f'<h3>Read more</h3><ul>\n{more}\n</ul></article></main>\n{footer}'))
    return s


# --------------------------------------------------------------------------
# Site 10: Japanese aggregator chrome, 【kw】Title, articles in ja/zu/id
# --------------------------------------------------------------------------

def site_sokuho() -> Site:
    s = Site("sokuho", "Japanese aggregator chrome around Japanese, Zulu and Indonesian articles (the page says "
             "lang=ja, the article div its own lang): `【slotgacor】Title`, `配信日：2025年5月1日 12:30　出典：共同通信　"
             "カテゴリ：経済`, keyword glued after `、`/`,` and a closing ad sentence, `おすすめ` teasers cut at 40, "
             "`関連タグ：`, `シェア:` share bar.")
    kw = "slotgacor"
    keys = ["boj", "snow", "zulu", "volcano"]
    paths = {"boj": "/kiji/20250501-00123/", "snow": "/kiji/20250205-00088/", "zulu": "/kiji/20250414-00101/",
             "volcano": "/kiji/20250321-00097/"}
    tags = {"boj": "日銀, 金利, 為替", "snow": "北海道, 大雪", "zulu": "南アフリカ, 洪水", "volcano": "インドネシア, 火山"}
    header = ('<div id="hd"><a href="/">ワールドニュース速報</a> <a href="/">トップ</a> <a href="/ranking/">ランキング</a> '
              '<a href="/about/">このサイトについて</a> <a href="/contact/">お問い合わせ</a></div>')
    footer = '<div id="ft">Copyright © 2025 ワールドニュース速報 All Rights Reserved.</div>'
    ad_ja = f"{kw}なら今すぐ登録で最大3万円ボーナス！"
    ad_lat = f"Daftar {kw} sekarang dan dapatkan bonus 100% di {kw}.id!"
    for key in keys:
        a = ARTICLES[key]
        others = [k for k in keys if k != key][:3]
        if a["lang"] == "ja":
            ops = [(0, lambda t: glue_after(t, "、", kw)), (2, lambda t: glue_after(t, "、", kw))]
            ad = ad_ja
        else:
            ops = [(0, lambda t: glue_after(t, ",", kw)), (2, lambda t: glue_after(t, ",", kw))]
            ad = ad_lat
        ops.append((len(a["paras"]) - 1, lambda t, ad=ad: esc(t) + ("" if a["lang"] == "ja" else " ") + esc(ad)))
        blocks = inject(a, ops)
        body = "\n".join(f"<p>{h}</p>" for _, h in blocks)
        y, m, d, hh, mm, _ = parts(a["date"])
        info = f"配信日：{y}年{m}月{d}日 {hh:02d}:{mm:02d}\u3000出典：{a['source']}\u3000カテゴリ：{a['category']}"
        rec = "\n".join(f'<li><a href="{paths[o]}">{esc(ARTICLES[o]["title"])}</a><p>{esc(teaser_snippet(o, 40))}</p></li>' for o in others)
        lang_attr = "" if a["lang"] == "ja" else f' lang="{a["lang"]}"'
        doc = page_html("ja", f"【{kw}】{a['title']} | ワールドニュース速報", f"""{header}
<div id="wrap"><div id="main">
<div class="kiji">
<h1>【{kw}】{esc(a['title'])}</h1>
<div class="kiji-info">{esc(info)}</div>
<div class="kiji-honbun"{lang_attr}>
{body}
</div>
<p class="kanren">関連タグ：{esc(tags[key])}</p>
<p class="share">シェア: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LINE</a></p>
<div class="osusume"><h3>おすすめ</h3><ul>
{rec}
</ul></div>
</div>
</div></div>
{footer}""")
        junk = [kw, ad, "今すぐ登録で最大3万円ボーナス", "dapatkan bonus 100%", info, f"出典：{a['source']}", f"関連タグ：{tags[key]}", "シェア", "おすすめ", "Copyright"]
        junk += [ARTICLES[o]["title"] for o in others] + [teaser_snippet(o, 40) for o in others]
        s.add(paths[key], doc, record(a, iso(a["date"], seconds=False), junk))

    def listing(items: list[str], pager: str) -> str:
        lis = "\n".join(f'<li><a href="{paths[k]}">【{kw}】{esc(ARTICLES[k]["title"])}</a><p>{esc(teaser_snippet(k, 80))}…</p></li>' for k in items)
        return f'{header}\n<div id="wrap"><ul class="kiji-list">\n{lis}\n</ul><div class="pager">{pager}</div></div>\n{footer}'

    s.add("/", page_html("ja", "ワールドニュース速報", listing(keys[:2], '<a href="/page/2/">次へ</a>')))
    s.add("/page/2/", page_html("ja", "ワールドニュース速報 2ページ目", listing(keys[2:], '<a href="/">前へ</a>')))
    about = "\n".join(f"<p>{esc(p)}</p>" for p in long_about("ja", "ワールドニュース速報"))
    s.add("/about/", page_html("ja", "このサイトについて", f'{header}\n<div id="wrap"><div class="kiji"><h1>このサイトについて</h1><div class="kiji-honbun">{about}</div></div></div>\n{footer}'))
    s.add("/contact/", page_html("ja", "お問い合わせ", f'{header}\n<div id="wrap"><div class="kiji"><h1>お問い合わせ</h1><div class="kiji-honbun"><p>メール：info@sokuho.example</p></div></div></div>\n{footer}'))
    rank = "\n".join(f'<li><a href="{paths[k]}">【{kw}】{esc(ARTICLES[k]["title"])}</a><p>{esc(" ".join(ARTICLES[k]["paras"][:2]))}</p></li>' for k in keys)
    s.add("/ranking/", page_html("ja", "ランキング", f'{header}\n<div id="wrap"><h1>アクセスランキング</h1><ol>\n{rank}\n</ol></div>\n{footer}'))
    return s


SITES = [site_pulsehub, site_coinmarket, site_caijing, site_noticias, site_infoflash, site_ledger,
         site_nachrichten, site_soup, site_riverton, site_sokuho]


def write_site(site: Site, out: Path) -> None:
    root = out / site.name
    for path, doc in site.pages.items():
        rel = path.lstrip("/")
        target = root / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(doc, encoding="utf-8", newline="\n")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8", newline="\n")
    with (root / "expected.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for rec in sorted(site.expected, key=lambda r: r["path"]):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (root / "nonarticles.txt").write_text("".join(p + "\n" for p in sorted(site.nonarticles)), encoding="utf-8", newline="\n")
    (root / "SITE.md").write_text(f"# {site.name}\n\n{site.description}\n", encoding="utf-8", newline="\n")


def check_links(site: Site) -> None:
    """Every page reachable from / by root-relative links."""
    import re
    seen, todo = {"/"}, ["/"]
    while todo:
        doc = site.pages[todo.pop()]
        for href in re.findall(r'href="(/[^"#]*)"', doc):
            if href in site.pages and href not in seen:
                seen.add(href)
                todo.append(href)
    missing = set(site.pages) - seen
    assert not missing, f"{site.name}: unreachable {sorted(missing)}"


def main(argv: list[str] | None = None) -> None:
    import argparse
    parser = argparse.ArgumentParser(description="Build the golden corpus (tests/golden/sites).")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder (default: {OUT.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    if args.out.exists():
        shutil.rmtree(args.out)
    for build in SITES:
        site = build()
        check_links(site)
        write_site(site, args.out)
        print(f"{site.name}: {len(site.expected)} articles, {len(site.nonarticles)} other pages")


if __name__ == "__main__":
    main()
