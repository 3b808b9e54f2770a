"""Article text of the holdout corpus (original, wire style; see build_holdout.py).

Each article: key -> dict(lang, title, source, category, published_at, text).
``text``: paragraphs separated by a blank line; "## " starts an in-article heading.
"""

from __future__ import annotations

ARTICLES: dict[str, dict] = {}


def art(key, lang, title, published_at, source, category, text):
    paras = [p.strip().replace("\n", " ") for p in text.strip().split("\n\n")]
    ARTICLES[key] = dict(key=key, lang=lang, title=title, published_at=published_at,
                         source=source, category=category, paras=paras)


# ------------------------------------------------------------------ buzzline (en)
art("port", "en", "Port strike halts container traffic at three Baltic terminals",
    "2025-11-03T11:04:00+01:00", "Reuters", "Economy", """
GDANSK (Reuters) - Dock workers at three Baltic container terminals walked out on Monday, halting loading and unloading for at least 48 hours in a dispute over night-shift pay, union officials said.

The strike affects terminals in Gdansk, Klaipeda and Riga, which together handle roughly a fifth of the container traffic entering the eastern Baltic. Ship-tracking data showed at least 14 vessels waiting at anchor by midday.

Terminal operators said they had offered a 7% raise spread over two years. The unions want 12% and a cap on consecutive night shifts, arguing that staff shortages have pushed some crane drivers into working six nights in a row.

Freight forwarders warned that the stoppage, coming weeks before the pre-Christmas import peak, could push some retailers to reroute cargo through Hamburg and Rotterdam at higher cost.
""")

art("nightbus", "en", "City council approves night bus network after two-year trial",
    "2025-10-28T18:30:00+01:00", "Metro Wire", "Cities", """
The city council voted 41 to 9 on Tuesday to make its overnight bus network permanent, ending a two-year trial that carried more than 2.3 million passengers.

Six routes will run every 20 minutes between midnight and 5 a.m. from January, linking the central station with hospitals, the airport and the three largest industrial estates.

## Who rides at night

A survey carried out for the council found that almost half of night passengers were travelling to or from work, most of them in health care, cleaning, logistics and hospitality.

The network will cost about 6 million euros a year. Councillors who voted against said the money would be better spent on daytime services in outlying districts.
""")

art("glacier", "en", "Glacier retreat in the Alps doubled over past decade, study finds",
    "2025-11-01T09:15:00+01:00", "AFP", "Science", """
GENEVA (AFP) - Alpine glaciers lost ice twice as fast between 2015 and 2024 as in the previous decade, according to a study published on Saturday that combined satellite data with field measurements from 38 glaciers.

The researchers estimate that the glaciers of Switzerland, Austria, France and Italy together lost about 17% of their remaining volume over the ten years, with the heat summers of 2022 and 2023 accounting for almost a third of the loss.

Small glaciers below 3,000 metres fared worst. Several monitored by the team have broken into separate patches of dead ice and are no longer counted as glaciers.

The authors said even rapid cuts in emissions would not save most of the remaining small glaciers, but could preserve a large share of the biggest ones, such as the Aletsch, beyond the end of the century.
""")

art("keeper", "en", "Veteran goalkeeper announces retirement after 21 seasons",
    "2025-10-30T14:45:00+01:00", "PA Media", "Sport", """
Veteran goalkeeper Tomas Hradek will retire at the end of the season after 21 years as a professional, his club announced on Thursday.

The 39-year-old made 612 league appearances for four clubs and won 48 caps for his country, keeping a clean sheet in the penalty shoot-out that settled the 2016 cup final.

“I still love training, but my knees have started to send me letters,” Hradek told the club’s website. “It is better to leave while I can still walk down the stairs.”

He will stay at the club as a goalkeeping coach for the youth teams.
""")

art("pharmacy", "en", "Pharmacy chain to close 140 stores as online orders climb",
    "2025-10-29T07:50:00+01:00", "AP", "Business", """
One of the country’s largest pharmacy chains will close 140 of its 900 stores over the next year as more customers order prescriptions online, the company said on Wednesday.

The closures will mostly affect small-town branches within a few kilometres of another store, chief executive Anna Berg said. About 1,100 jobs will go, although the company said it would offer many staff positions in its delivery centres.

Online orders made up 31% of prescription sales in the third quarter, up from 12% three years ago.

Patient groups said older people without internet access could find it harder to get advice from a pharmacist. The company said it would keep at least one store in every town where it now operates.
""")

# ------------------------------------------------------------------ chainpost (en + ru)
art("cryptoreg", "en", "Lawmakers back stricter rules for crypto exchanges after string of collapses",
    "2025-11-03T11:04:00", "Reuters", "Policy", """
WASHINGTON (Reuters) - A House committee on Monday approved a bill that would require crypto exchanges to keep customer assets separate from their own and submit to annual audits, the most significant step toward federal oversight of the industry in two years.

The bill passed 34 to 17 with support from members of both parties. It would also give the Commodity Futures Trading Commission authority over trading in tokens that are not securities.

Supporters said the rules would prevent a repeat of the collapses in which customers of several crypto platforms lost billions of dollars after firms used deposits to fund their own bets.

Critics in the industry said some provisions were written for large exchanges and would push smaller firms offshore. Consumer groups said the bill did not go far enough on crypto lending products.

The measure now goes to the full House. A similar bill has stalled in the Senate.
""")

art("rates", "en", "Central bank holds rates, signals cut possible in spring",
    "2025-10-30T14:00:00", "Reuters", "Markets", """
The central bank left its main interest rate at 4.25% on Thursday but said a cut could come as early as March if inflation keeps falling.

Inflation slowed to 2.6% in September, the lowest in more than three years, helped by cheaper energy and a slowdown in rent increases.

“We are not there yet, but we can see the shore,” the bank’s governor told reporters. Two of the nine members of the rate-setting committee voted for an immediate cut.

Government bond yields fell after the decision and the currency weakened slightly against the dollar.
""")

art("chips", "en", "Chipmaker shares slide after supply warning",
    "2025-10-31T16:20:00", "Bloomberg", "Markets", """
Shares in the chipmaker fell as much as 11% on Friday after it warned that a shortage of a specialised gas used in etching would limit output until at least February.

The company said one of its two main suppliers of the gas had halted production after a fire. It expects fourth-quarter revenue about 8% below earlier guidance.

Analysts said the warning showed how a single input could hold back the entire production line. Rival manufacturers said their supply was not affected.
""")

art("windfarm", "en", "Wind farm operator wins approval for offshore expansion",
    "2025-11-02T10:30:00", "AP", "Energy", """
The operator of one of the largest offshore wind farms in the North Sea has won approval to add 60 turbines, enough to power about 700,000 homes, regulators said on Sunday.

## Fishing zones

The approval came with conditions. The company must leave corridors between the turbines for fishing boats and pay into a fund for local fishing communities.

Construction is due to start in 2027. The operator said the new turbines would be among the largest installed anywhere, with blades more than 115 metres long.
""")

art("cbr", "ru", "Центробанк сохранил ключевую ставку на прежнем уровне",
    "2025-10-24T13:30:00", "Интерфакс", "Markets", """
МОСКВА (Интерфакс) — Банк России в пятницу сохранил ключевую ставку на уровне 17% годовых, сообщил регулятор по итогам заседания совета директоров.

В сообщении говорится, что инфляционное давление снижается быстрее, чем ожидалось летом, однако рынок труда остаётся напряжённым.

Аналитики, опрошенные агентством накануне заседания, в большинстве ожидали именно такого решения. Следующее заседание по ставке запланировано на декабрь.
""")

# ------------------------------------------------------------------ notizie (it + sw)
art("manovra", "it", "Manovra, via libera del Consiglio dei ministri: più fondi alla sanità",
    "2025-11-03T11:04:00", "ANSA", "Economia", """
ROMA (ANSA) - Il Consiglio dei ministri ha approvato lunedì sera il disegno di legge di bilancio per il prossimo anno, una manovra da circa 18 miliardi di euro che ora passa all’esame del Parlamento.

La voce più consistente riguarda la sanità, che riceverà 2,4 miliardi in più, in gran parte destinati all’assunzione di medici e infermieri e alla riduzione delle liste d’attesa.

Confermato anche il taglio del cuneo fiscale per i redditi fino a 35 mila euro. Le opposizioni parlano di una manovra «senza visione» e annunciano emendamenti sulle pensioni.
""")

art("maltempo", "it", "Maltempo in Liguria, chiuse le scuole in dodici comuni",
    "2025-10-27T07:40:00", "ANSA", "Cronaca", """
GENOVA (ANSA) - Scuole chiuse oggi in dodici comuni della Liguria per l’allerta rossa diramata dalla Protezione civile regionale a causa delle forti piogge attese sulla costa di levante.

Nella notte sono caduti fino a 200 millimetri di pioggia nell’entroterra di Chiavari. Alcune strade provinciali sono state chiuse per frane e allagamenti.

Il presidente della Regione ha invitato i cittadini a limitare gli spostamenti e a non sostare vicino ai torrenti. L’allerta resterà in vigore fino a mezzanotte.
""")

art("museo", "it", "Il Museo Egizio apre una nuova sala dedicata ai papiri",
    "2025-10-30T12:15:00", "Adnkronos", "Cultura", """
TORINO - Il Museo Egizio di Torino ha inaugurato una nuova sala dedicata alla sua collezione di papiri, una delle più importanti al mondo, che per la prima volta potrà essere vista in gran parte dal pubblico.

Sono esposti circa 90 documenti, tra cui frammenti di testi giudiziari e amministrativi dell’epoca ramesside. Un sistema di illuminazione a bassa intensità protegge i fogli più fragili.

«Molti di questi papiri sono rimasti per decenni nei depositi», ha spiegato la curatrice. La sala resterà aperta con i normali orari del museo.
""")

art("mafuriko", "sw", "Mvua kubwa yasababisha mafuriko katika mkoa wa Pwani",
    "2025-11-01T16:00:00", "Taifa Leo", "Habari", """
MOMBASA - Mvua kubwa iliyonyesha kwa siku tatu mfululizo imesababisha mafuriko katika maeneo kadhaa ya mkoa wa Pwani, na zaidi ya familia 2,000 zimelazimika kuhama makazi yao.

Maafisa wa serikali ya kaunti walisema barabara kadhaa zimefungwa na shule nne zimegeuzwa kuwa kambi za muda kwa waathiriwa.

Idara ya hali ya hewa imetabiri kuwa mvua itaendelea hadi mwishoni mwa wiki, na wakazi wa maeneo ya chini wametakiwa kuchukua tahadhari.
""")

# ------------------------------------------------------------------ hankook (ko + vi)
art("bok", "ko", "한국은행, 기준금리 연 3.0%로 동결",
    "2025-11-03T11:04:00", "연합뉴스", "경제", """
한국은행 금융통화위원회는 3일 통화정책방향 회의를 열고 기준금리를 현재의 연 3.0%로 유지하기로 했다.

한은은 물가 상승률이 목표 수준에 가까워졌지만 가계부채 증가세와 환율 변동성이 여전히 크다고 판단한 것으로 풀이된다.

## 시장 반응

금리 동결 소식이 전해진 뒤 국고채 금리는 소폭 상승했고 원·달러 환율은 큰 변동 없이 마감했다.

전문가들은 내년 상반기 중 추가 인하 가능성이 남아 있다고 보고 있다.
""")

art("subway", "ko", "서울 지하철 9호선 연장 구간 내년 개통",
    "2025-10-29T09:30:00", "뉴시스", "사회", """
서울 지하철 9호선 4단계 연장 구간이 내년 하반기에 개통할 예정이라고 서울시가 29일 밝혔다.

연장 구간은 중앙보훈병원역에서 고덕강일지구까지 약 4.1킬로미터로, 정거장 네 곳이 새로 생긴다.

시는 개통 이후 강동구 주민들의 도심 출퇴근 시간이 평균 20분 가량 줄어들 것으로 내다봤다.
""")

art("chipko", "ko", "국내 연구진, 저전력 반도체 소자 개발",
    "2025-10-31T15:10:00", "연합뉴스", "과학", """
국내 연구진이 기존 소자보다 전력 소모를 절반 가까이 줄인 반도체 소자를 개발했다.

연구팀은 새로운 산화물 소재를 이용해 트랜지스터가 꺼진 상태에서 새는 전류를 크게 줄였다고 설명했다.

연구 결과는 국제 학술지에 실렸으며, 연구팀은 3년 안에 시제품을 만드는 것을 목표로 하고 있다.
""")

art("hanoibus", "vi", "Hà Nội mở rộng tuyến xe buýt điện ra ngoại thành",
    "2025-11-02T08:20:00", "VnExpress", "국제", """
Hà Nội sẽ mở thêm năm tuyến xe buýt điện nối trung tâm thành phố với các huyện ngoại thành từ tháng 12, theo thông báo của Sở Giao thông vận tải ngày 2/11.

Các tuyến mới dài từ 25 đến 40 km, sử dụng khoảng 120 xe buýt điện, với tần suất 15 phút một chuyến vào giờ cao điểm.

Thành phố đặt mục tiêu đến năm 2030 toàn bộ xe buýt công cộng sử dụng điện hoặc năng lượng xanh.
""")

# ------------------------------------------------------------------ alkhabar (ar + en)
art("egyptrates", "ar", "البنك المركزي المصري يبقي أسعار الفائدة دون تغيير",
    "2025-11-03T11:04:00", "رويترز", "اقتصاد", """
القاهرة (رويترز) - أبقى البنك المركزي المصري يوم الخميس على أسعار الفائدة الرئيسية دون تغيير، في قرار جاء متوافقا مع توقعات معظم المحللين.

وقال البنك في بيان إن معدل التضخم السنوي واصل التراجع خلال الأشهر الماضية، لكنه أشار إلى استمرار المخاطر المرتبطة بأسعار الغذاء والطاقة.

ويتوقع محللون أن يبدأ البنك في خفض الفائدة مطلع العام المقبل إذا استمر تباطؤ التضخم.
""")

art("desal", "ar", "افتتاح أكبر محطة لتحلية المياه في المنطقة",
    "2025-10-29T10:00:00", "واس", "محليات", """
افتتحت يوم الأربعاء محطة جديدة لتحلية مياه البحر على ساحل البحر الأحمر، بطاقة إنتاجية تبلغ 600 ألف متر مكعب يوميا.

وتعمل المحطة بتقنية التناضح العكسي، وتعتمد جزئيا على الطاقة الشمسية، ما يقلل استهلاكها للوقود بنحو الثلث مقارنة بالمحطات القديمة.

ومن المنتظر أن تغطي المحطة احتياجات أكثر من مليوني نسمة في المدن الساحلية.
""")

art("morocco", "ar", "منتخب المغرب يتأهل إلى نهائي البطولة",
    "2025-10-31T22:30:00", "فرانس برس", "رياضة", """
تأهل منتخب المغرب إلى المباراة النهائية بعد فوزه على نظيره النيجيري بهدفين مقابل هدف واحد مساء الجمعة.

وسجل المهاجم هدف الفوز في الدقيقة الثامنة والثمانين بضربة رأسية، بعد أن كان المنتخب النيجيري قد عادل النتيجة في الشوط الثاني.

وسيلتقي المغرب في النهائي يوم الأحد مع الفائز من مباراة مصر والسنغال.
""")

art("oil", "en", "Oil prices edge higher as OPEC+ weighs output plans",
    "2025-11-02T09:45:00", "Reuters", "اقتصاد", """
Oil prices rose on Sunday in thin trading as investors waited for a decision from OPEC+ on whether to continue raising production in the new year.

Brent crude gained 0.8% to $66.40 a barrel. Traders said several members of the group favoured a pause after prices fell for three consecutive months.

The group is due to meet online on Thursday.
""")

# ------------------------------------------------------------------ eurokurier (pl + nl)
art("sygnalisci", "pl", "Sejm przyjął ustawę o ochronie sygnalistów",
    "2025-11-03T11:04:00", "PAP", "Kraj", """
Sejm przyjął w poniedziałek ustawę o ochronie osób zgłaszających naruszenia prawa, tzw. sygnalistów. Za głosowało 412 posłów, przeciw było 18.

Ustawa zobowiązuje pracodawców zatrudniających co najmniej 50 osób do stworzenia wewnętrznych kanałów zgłoszeń i zakazuje działań odwetowych wobec sygnalistów.

Teraz ustawą zajmie się Senat. Przepisy mają wejść w życie trzy miesiące po ogłoszeniu.
""")

art("tramwaj", "pl", "Kraków: nowa linia tramwajowa połączy Nową Hutę z centrum",
    "2025-10-30T13:20:00", "PAP", "Regiony", """
Kraków rozpoczął budowę nowej linii tramwajowej, która ma skrócić czas dojazdu z Nowej Huty do centrum miasta o około kwadrans.

Trasa będzie miała 6,5 kilometra długości i dziewięć przystanków. Koszt inwestycji szacowany jest na 780 milionów złotych, z czego część pokryją fundusze unijne.

Według magistratu pierwsze tramwaje pojadą nową linią pod koniec 2027 roku.
""")

art("dijken", "nl", "Kabinet trekt extra geld uit voor dijkversterking",
    "2025-10-31T10:45:00", "ANP", "Świat", """
DEN HAAG (ANP) - Het kabinet trekt de komende tien jaar 1,2 miljard euro extra uit voor het versterken van dijken langs de grote rivieren, heeft de minister van Infrastructuur vrijdag bekendgemaakt.

Volgens de minister voldoet ongeveer een derde van de rivierdijken niet aan de nieuwe veiligheidsnormen die vanaf 2050 gelden.

Waterschappen reageerden positief, maar waarschuwden dat een tekort aan technisch personeel de uitvoering kan vertragen.
""")

art("musea", "nl", "Amsterdamse musea krijgen langere openingstijden",
    "2025-11-01T15:00:00", "ANP", "Kultura", """
Vijf grote musea in Amsterdam blijven vanaf januari op donderdag tot tien uur ’s avonds open. Dat hebben de musea zaterdag samen bekendgemaakt.

Met de avondopenstelling willen de musea de drukte overdag spreiden en meer bewoners trekken, die nu vaak wegblijven vanwege de lange rijen toeristen.

De proef duurt een jaar. Daarna wordt bekeken of de avonden genoeg bezoekers opleveren.
""")

# ------------------------------------------------------------------ gundem (tr + en)
art("tcmb", "tr", "Merkez Bankası faiz kararını açıkladı",
    "2025-11-03T11:04:00", "AA", "Ekonomi", """
ANKARA (AA) - Türkiye Cumhuriyet Merkez Bankası, politika faizini yüzde 39,5'ten yüzde 38'e indirdi.

Banka açıklamasında, enflasyonun ana eğiliminin gerilemeye devam ettiğini, ancak gıda fiyatlarındaki dalgalanmanın yakından izlendiğini bildirdi.

Ekonomistlerin çoğu 150 baz puanlık indirim bekliyordu. Kararın ardından Türk lirası dolar karşısında sınırlı değer kaybetti.
""")

art("metro", "tr", "İstanbul'da yeni metro hattı hizmete girdi",
    "2025-10-29T17:30:00", "DHA", "Gündem", """
İSTANBUL (DHA) - İstanbul'da Anadolu yakasını havalimanına bağlayan yeni metro hattı törenle hizmete açıldı.

Toplam 19 kilometre uzunluğundaki hatta 11 istasyon bulunuyor. Yetkililer, yolculuk süresinin 70 dakikadan 32 dakikaya düşeceğini açıkladı.

Hat ilk ay boyunca ücretsiz olacak.
""")

art("milli", "tr", "Milli takım hazırlık maçında İzlanda'yı 2-1 yendi",
    "2025-10-31T21:50:00", "AA", "Spor", """
A Milli Futbol Takımı, hazırlık maçında İzlanda'yı 2-1 mağlup etti.

Milliler ilk yarıyı 1-0 önde kapattı. İzlanda ikinci yarının başında eşitliği sağladı, ancak 81. dakikada gelen golle galibiyet ev sahibinin oldu.

Teknik direktör maçın ardından genç oyuncuların performansından memnun olduğunu söyledi.
""")

art("drill", "en", "Earthquake drill held across 30 provinces",
    "2025-11-01T10:00:00", "Anadolu Agency", "Gündem", """
ANKARA - More than four million people took part in an earthquake drill held simultaneously in schools, hospitals and public buildings across 30 provinces on Saturday, the disaster agency said.

Sirens sounded at 10 a.m. and participants practised taking cover and evacuating to assembly points. Search and rescue teams staged exercises at collapsed-building training sites.

Officials said the results would be used to update evacuation plans before the winter.
""")

# ------------------------------------------------------------------ dailydigest (en, traps)
art("river", "en", "Researchers map hidden river beneath desert city",
    "2025-11-03T11:04:00-05:00", "AP", "Science", """
TUCSON, Ariz. (AP) — Researchers using a new kind of airborne electromagnetic survey have mapped an ancient river channel buried up to 90 metres beneath the city, a discovery that could change how the fast-growing desert region manages its shrinking groundwater, and the team said on Monday that the channel, which runs for about 40 kilometres under neighbourhoods, farmland and a dry riverbed, appears to hold water that has not been touched by the wells drilled over the past century; hydrologists cautioned that the volume is still uncertain and that tapping it too quickly could cause the ground above to sink, as it already has in parts of the valley, while city officials said they would fund test wells next year before deciding whether the buried channel could be used as an emergency reserve during droughts.
""")

art("letters", "en", "Lost in the archives: how a librarian found 300 letters from a forgotten poet",
    "2025-10-30T08:00:00-05:00", "The Conversation", "Culture", """
When Helen Marsh opened a box labelled “household accounts” in a county archive last spring, she expected receipts. Instead she found a bundle of letters tied with a shoelace.

The 300 letters were written between 1931 and 1958 by Ada Kerr, a poet who published two collections and then disappeared from literary history.

## A voice from the margins

The letters show Kerr writing to editors, friends and her sister about money, the war and the poems she kept revising but never sent out.

Related: a small press has agreed to publish a selection of the letters next year, alongside twenty unpublished poems found in the same box.

Marsh said the discovery was a reminder of how much is still misfiled. “Archives are full of people waiting to be read,” she said.
""")

art("rota", "en", "Hospitals trial four-day rota for junior doctors",
    "2025-10-31T06:30:00-05:00", "PA Media", "Health", """
Six hospitals will let junior doctors work a four-day week for six months, in a trial aimed at reducing burnout and keeping staff from leaving the profession.

Doctors in the trial will work the same number of hours over fewer, longer shifts, with at least three consecutive days off each week.

“More doctors would stay if they could see their families and still get some sleep,” said Dr Priya Nair, a trainee in emergency medicine at one of the hospitals.

Related: a survey by the doctors’ union found that one in four trainees was considering working abroad within five years.

The results will be published next summer.
""")

art("bridge", "en", "Bridge reopens after repairs",
    "2025-11-02T12:00:00-05:00", "Evening Post", "Local", """
The Mill Street bridge reopened to traffic on Sunday after three months of repairs to its steel supports.

A 20-tonne weight limit remains in place.
""")

art("sheep", "en", "Farmers turn to drones to count sheep",
    "2025-10-29T05:45:00-05:00", "Reuters", "Rural", """
WELLINGTON (Reuters) - Sheep farmers on New Zealand’s steep high-country stations are turning to drones to count and move their flocks, a job that once took a team of riders and dogs several days.

More than half of the country’s 24 million sheep graze on hill and high-country land, where mustering on horseback can take a week.

The drones carry speakers that play recordings of barking dogs, which farmers say move the animals calmly without exhausting them.

Counting software checks the photos against the station’s records and flags missing animals. Some farmers said they now muster in half the time.
""")
