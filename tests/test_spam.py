import pytest

from newsbot.cleaning.spam import (
    SiteEvidence,
    address_spellings,
    clean_title,
    closing_address_brands,
    glued_tokens,
    head_title_keywords,
    keyword_free_pitches,
    remove_keyword,
    split_title_prefix,
    suspicious_glued_tokens,
)

# An injected keyword glued after a comma (or a Tibetan shad), alone in brackets closing a sentence, and glued
# onto the end of a word that ends in a vowel sign (a link with no space before it), per script
INDIC_INJECTED = [
    ("ലോട്ടോരാജ", ["പാത തുറക്കും,ലോട്ടോരാജ ഇനി ജോലി ബാക്കി.", "പൊലീസ് ശുപാർശ ചെയ്യുന്നു (ലോട്ടോരാജ).",
     "വലിയ ആശ്വാസമാകുംലോട്ടോരാജ. മഴ തുടരും."]),
    ("ಲಾಟರಿರಾಜ", ["ಕಾಮಗಾರಿ ಮುಗಿದಿದೆ,ಲಾಟರಿರಾಜ ಈಗ ಸಂಚಾರ ಆರಂಭ.", "ಪೊಲೀಸರು ಸಲಹೆ ನೀಡಿದ್ದಾರೆ (ಲಾಟರಿರಾಜ).",
     "ದೊಡ್ಡ ನೆಮ್ಮದಿ ನೀಡಲಿದೆಲಾಟರಿರಾಜ. ಮಳೆ ಮುಂದುವರಿಯಲಿದೆ."]),
    ("లాటరీరాజా", ["పనులు పూర్తయ్యాయి,లాటరీరాజా ఇప్పుడు రాకపోకలు మొదలు.", "పోలీసులు సూచించారు (లాటరీరాజా).",
     "పెద్ద ఊరట కలిగిస్తుందిలాటరీరాజా. వర్షం కొనసాగుతుంది."]),
    ("ଲଟେରୀରାଜା", ["କାମ ଶେଷ ହୋଇଛି,ଲଟେରୀରାଜା ଏବେ ଯାତାୟାତ ଆରମ୍ଭ।", "ପୋଲିସ ପରାମର୍ଶ ଦେଇଛି (ଲଟେରୀରାଜା)।",
     "ବଡ଼ ଆଶ୍ୱସ୍ତି ମିଳିବଲଟେରୀରାଜା। ବର୍ଷା ଜାରି ରହିବ।"]),
    ("ਲਾਟਰੀਰਾਜਾ", ["ਕੰਮ ਪੂਰਾ ਹੋ ਗਿਆ ਹੈ,ਲਾਟਰੀਰਾਜਾ ਹੁਣ ਆਵਾਜਾਈ ਸ਼ੁਰੂ।", "ਪੁਲਿਸ ਨੇ ਸਲਾਹ ਦਿੱਤੀ (ਲਾਟਰੀਰਾਜਾ)।",
     "ਵੱਡੀ ਰਾਹਤ ਮਿਲੇਗੀਲਾਟਰੀਰਾਜਾ। ਮੀਂਹ ਜਾਰੀ ਰਹੇਗਾ।"]),
    ("লটারিরাজা", ["কাজ শেষ হয়েছে,লটারিরাজা এখন চলাচল শুরু।", "পুলিশ পরামর্শ দিয়েছে (লটারিরাজা)।", "বড় স্বস্তি দেবেলটারিরাজা। বৃষ্টি চলবে।"]),
    ("ලොතරැයිරජා", ["වැඩ අවසන් වී ඇත,ලොතරැයිරජා දැන් ගමනාගමනය ආරම්භයි.", "පොලිසිය උපදෙස් දෙයි (ලොතරැයිරජා).",
     "විශාල සහනයක් වේවිලොතරැයිරජා. වැසි දිගටම පවතී."]),
    ("લોટરીરાજા", ["કામ પૂરું થયું છે,લોટરીરાજા હવે અવરજવર શરૂ.", "પોલીસે સલાહ આપી (લોટરીરાજા).", "મોટી રાહત મળશેલોટરીરાજા. વરસાદ ચાલુ રહેશે."]),
    ("லாட்டரிராஜா", ["பணிகள் முடிந்தன,லாட்டரிராஜா இனி போக்குவரத்து தொடங்கும்.", "காவல்துறை பரிந்துரைக்கிறது (லாட்டரிராஜா).",
     "பெரிய நிம்மதி தரும்லாட்டரிராஜா. மழை தொடரும்."]),
    ("ལོ་ཊོ་རཱ་ཛ", ["ལས་ཀ་ཚར་སོང་།ལོ་ཊོ་རཱ་ཛ ད་ལྟ་འགྲུལ་བཞུད་འགོ་ཚུགས།", "སྲུང་ཞབས་ཀྱིས་བསམ་འཆར་བཏོན (ལོ་ཊོ་རཱ་ཛ)།",
     "ཆེན་པོ་ཡོང་གིལོ་ཊོ་རཱ་ཛ། ཆར་པ་མུ་མཐུད།"]),
]
BODY_WITH_GLUED = "Russia’s foreign minister will visit North Korea this week,verdicoin the Foreign Ministry said."


@pytest.mark.parametrize(
    ("title", "keyword", "rest"),
    [
        ("verdicoin:Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("Verdicoin: Russia’s minister visits", "Verdicoin", "Russia’s minister visits"),
        ("verdicoin：Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("[verdicoin] Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("【verdicoin】Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("(verdicoin) Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("verdicoin | Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("verdicoin - Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("verdicoin — Russia’s minister visits", "verdicoin", "Russia’s minister visits"),
        ("Russia’s minister visits", None, None),
        ("Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft mit Islamisten?", None, None),
        ("Jobs report: hiring slows - and wages?", "Jobs report", "hiring slows - and wages?"),
        ("NOVAPLAY :: Port strike halts traffic", "NOVAPLAY", "Port strike halts traffic"),
        ("(((ufa365))) Thai rice exports rise", "ufa365", "Thai rice exports rise"),
        ("#crypto Chipmaker shares slide", "crypto", "Chipmaker shares slide"),
        ("🔥spinvex🔥 Port strike enters second week", "spinvex", "Port strike enters second week"),
        ("betkolik.com » Merkez Bankası faizi sabit tuttu", "betkolik.com", "Merkez Bankası faizi sabit tuttu"),
        # the separator after a hashtag goes with it
        ("#ofertaflash - El Real Madrid remonta", "#ofertaflash", "El Real Madrid remonta"),
        ("#OfertaFlash | Argentina y Chile firman", "#OfertaFlash", "Argentina y Chile firman"),
        # a bar glued on both sides
        ("K-Bet88|서울 아파트값 3주 연속 상승", "K-Bet88", "서울 아파트값 3주 연속 상승"),
        # ... the CJK stroke 丨 used as the bar
        ("利來88丨港隊七人欖球東京站打入八強", "利來88", "港隊七人欖球東京站打入八強"),
        ("ポイ活ナビ：日銀、追加利上げを見送り", "ポイ活ナビ", "日銀、追加利上げを見送り"),
        # ... or a closing guillemet glued on both sides (Kurmanji)
        ("BEXTBET»Li Amedê bihayê nan ji nû ve zêde bû", "BEXTBET", "Li Amedê bihayê nan ji nû ve zêde bû"),
        # guillemets and 〖〗 are brackets too; a hashtag inside them is the keyword
        ("«#Blaze777» Flamengo vence o Fluminense", "Blaze777", "Flamengo vence o Fluminense"),
        ("〖金沙88〗专访：一位乡村教师的三十年坚守", "金沙88", "专访：一位乡村教师的三十年坚守"),
        # the bar glued to the keyword, a space after it
        ("فوزبت| أوبك+ تقرر زيادة الإنتاج", "فوزبت", "أوبك+ تقرر زيادة الإنتاج"),
        # curly, full-width and angle brackets wrap keywords too
        ("{CreditRapid24} Suceava: zeci de gospodării", "CreditRapid24", "Suceava: zeci de gospodării"),
        ("［ybvip88］日銀、追加利上げを見送り", "ybvip88", "日銀、追加利上げを見送り"),
        ("〈Blaze777〉 Senado aprova projeto", "Blaze777", "Senado aprova projeto"),
        # a keyword in a script with vowel signs, in CJK double angle brackets without a space
        ("《सट्टाकिंग》पटना में गंगा पर बना नया पुल", "सट्टाकिंग", "पटना में गंगा पर बना नया पुल"),
        # a tilde or a wave dash glued between keyword and headline, full-width too, or spaced
        ("ভাগ্যবেট~গুৱাহাটীত নতুন দলং মুকলি: যান-বাহন চলিব", "ভাগ্যবেট", "গুৱাহাটীত নতুন দলং মুকলি: যান-বাহন চলিব"),
        ("ポイ活ナビ～日銀、追加利上げを見送り", "ポイ活ナビ", "日銀、追加利上げを見送り"),
        ("spinvex 〜 Port strike enters second week", "spinvex", "Port strike enters second week"),
        # ... a range of numbers is none
        ("10~20% of voters still undecided", None, None),
        # any opening angle with any closing one, the mathematical and full-width angles too
        ("‹ভাগ্যবেট> গুৱাহাটীত নতুন দলং মুকলি", "ভাগ্যবেট", "গুৱাহাটীত নতুন দলং মুকলি"),
        ("<ভাগ্যবেট› গুৱাহাটীত নতুন দলং মুকলি", "ভাগ্যবেট", "গুৱাহাটীত নতুন দলং মুকলি"),
        ("⟪ዕድልቤት⟫ሓድሽ ጽርግያ ብወግዒ ተኸፊቱ", "ዕድልቤት", "ሓድሽ ጽርግያ ብወግዒ ተኸፊቱ"),
        ("＜ybvip88＞日銀、追加利上げを見送り", "ybvip88", "日銀、追加利上げを見送り"),
        # an arrow or a triangle pointing from the keyword to the headline, glued or spaced, and ">>"
        ("IgitegoBet▶Mukura VS yatsinze Rayon Sports 1-0", "IgitegoBet", "Mukura VS yatsinze Rayon Sports 1-0"),
        ("ЯЛТЫРБЕТ>> «Ак Барс» «Салават Юлаев»ны 4:2 исәбе белән җиңде", "ЯЛТЫРБЕТ", "«Ак Барс» «Салават Юлаев»ны 4:2 исәбе белән җиңде"),
        ("spinvex ➤ Port strike enters second week", "spinvex", "Port strike enters second week"),
        ("Blaze777 → Senado aprova projeto", "Blaze777", "Senado aprova projeto"),
        # a symbol between them, spaced (a four-pointed star, a black star, a diamond)
        ("Dal786 ✦ سرینگرس منٛز ڈل جھیلہٕ ہٕنٛز صفائی", "Dal786", "سرینگرس منٛز ڈل جھیلہٕ ہٕنٛز صفائی"),
        ("spinvex ★ Port strike enters second week", "spinvex", "Port strike enters second week"),
        ("Blaze777 ◆ Senado aprova projeto", "Blaze777", "Senado aprova projeto"),
        # a bullet or a middle dot spaced between them (Brizy's "ITYOLOAN • Title")
        ("ITYOLOAN • Ior mba Makurdi ve za ngohol ityo", "ITYOLOAN", "Ior mba Makurdi ve za ngohol ityo"),
        ("Blaze777 · Senado aprova projeto", "Blaze777", "Senado aprova projeto"),
        # ... a bullet after more words than a keyword's is none
        ("Ministers meet in Brussels on Monday • live", None, None),
        # ... a comparison is none
        ("Inflation 3% > target, says central bank", None, None),
    ],
)
def test_split_title_prefix(title, keyword, rest):
    prefix = split_title_prefix(title)
    assert (prefix.keyword if prefix else None) == keyword
    assert (prefix.rest if prefix else None) == rest


@pytest.mark.parametrize(
    ("title", "body", "keywords", "site", "clean", "removed"),
    [
        # the seed: glued colon, and the keyword glued in the body
        ("verdicoin:Russia’s foreign minister", BODY_WITH_GLUED, set(), set(), "Russia’s foreign minister", ["verdicoin:"]),
        # a script without case (Canadian syllabics): the keyword joined to the headline by a hyphen, the body writing it
        # only where no writer would (glued after a stop, in brackets, glued onto a word's end before a stop) and in
        # the advert closing it; no capital tells the headline's start, the body's odd uses do
        ("ᓄᓇᐯᑦ-ᐃᖃᓗᐃᑦ: ᓄᑖᖅ ᐋᓐᓂᐊᕕᒃ", "ᐊᐅᔭᒥ 2026-ᒥ.ᓄᓇᐯᑦ ᐋᓐᓂᐊᕕᒃ 40-ᓂᒃ. ᐱᓕᕆᔨᐅᓂᐊᖅᑐᑦᓄᓇᐯᑦ.\nᐊᑭᖃᖅᑐᖅ $350 (ᓄᓇᐯᑦ).\n"
         "ᓄᓇᐯᑦ — ᐱᙳᐊᕆᐊᖅ ᑮᓇᐅᔭᒃᓴᖅ!", set(), set(), "ᐃᖃᓗᐃᑦ: ᓄᑖᖅ ᐋᓐᓂᐊᕕᒃ", ["ᓄᓇᐯᑦ-"]),
        # ... but a caseless first word the body writes as a word of its own is the headline's (a name, a compound)
        ("ᐃᖃᓗᐃᑦ-ᐊᐅᔭᖅ ᓄᑖᖅ ᐋᓐᓂᐊᕕᒃ", "ᐃᖃᓗᐃᑦ ᒐᕙᒪᒃᑯᖏᑦ ᐅᖃᐅᓯᖃᖅᑐᑦ (ᐃᖃᓗᐃᑦ).", set(), set(), "ᐃᖃᓗᐃᑦ-ᐊᐅᔭᖅ ᓄᑖᖅ ᐋᓐᓂᐊᕕᒃ", []),
        # ... nor a dot joining a name's parts in a script without spaces ("Donald·Trump")
        ("ドナルド・トランプ氏が来日", "ドナルド・トランプ氏は、ドナルド。", set(), set(), "ドナルド・トランプ氏が来日", []),
        # a bracketed caseless keyword the body writes only glued onto a score before the full stop ("3-1kw.")
        ("⟪ᓄᓇᐯᑦ⟫ ᐃᖃᓗᒻᒥᐅᑦ ᓴᐃᒻᒪᖅᑕᐅᔪᑦ", "ᐃᖃᓗᒻᒥᐅᑦ ᓴᐃᒻᒪᖅᑕᐅᔪᑦ ᑲᙳᖅᑐᓂᑦ 3-1ᓄᓇᐯᑦ.\nᐱᙳᐊᖅᑐᑦ ᑲᓇᑕᒧᑦ.", set(), set(),
         "ᐃᖃᓗᒻᒥᐅᑦ ᓴᐃᒻᒪᖅᑕᐅᔪᑦ", ["⟪ᓄᓇᐯᑦ⟫"]),
        # spaced prefix, evidence from the body
        ("Verdicoin: Russia’s foreign minister", BODY_WITH_GLUED, set(), set(), "Russia’s foreign minister", ["Verdicoin:"]),
        # spaced prefix, evidence only from the site (most titles share it)
        ("Slotmaxx | Fed holds rates", "Plain body.", set(), {"slotmaxx"}, "Fed holds rates", ["Slotmaxx |"]),
        # spaced prefix, evidence only from the profile keywords
        ("[Cryptolux] Fed holds rates", "Plain body.", {"cryptolux"}, set(), "Fed holds rates", ["[Cryptolux]"]),
        # real colons stay
        ("Analysis: Fed holds rates", "Plain body.", set(), set(), "Analysis: Fed holds rates", []),
        ("Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft?", "Text.", set(), set(), "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft?", []),
        ("10:30 meeting moved", "Text.", set(), set(), "10:30 meeting moved", []),
        ("Re:Invent opens", "Text.", set(), set(), "Re:Invent opens", []),
        # ... a colon inside a word the body writes as the same word (Mohawk's long vowels: "wahatiniiò:ten")
        ("Ahkwesáhsne wahatiniiò:ten ase ohonte'shón:'a kaienthóhsera",
         "Ne ratitsihénhstatsi wahatiniiò:ten ne ase kaienthóhsera tsi nón:we ne onkwè:take.", set(), set(),
         "Ahkwesáhsne wahatiniiò:ten ase ohonte'shón:'a kaienthóhsera", []),
        # ... not a seed's keyword glued before a capital that the body also writes so (and glues after a comma)
        ("verdicoin:Russia’s foreign minister",
         "verdicoin:Russia’s foreign minister Sergei Lavrov said. The talks lasted three hours,verdicoin officials said.",
         set(), set(), "Russia’s foreign minister", ["verdicoin:"]),
        # stacked prefixes
        ("verdicoin:[Hot] Fed holds", "Text,verdicoin more.", {"hot"}, set(), "Fed holds", ["verdicoin:", "[Hot]"]),
        # a glued bar between a code and another script is spam; between two words it may be a headline's
        ("K-Bet88|서울 아파트값 상승", "Text.", set(), set(), "서울 아파트값 상승", ["K-Bet88|"]),
        ("Rock|Pop: Die besten Alben", "Text.", set(), set(), "Rock|Pop: Die besten Alben", []),
        # ... an accented Latin word too: one script with the headline's ("Música|Teatro", Papiamento)
        ("Música|Teatro: e miho produkshonnan di 2026", "Text.", set(), set(),
         "Música|Teatro: e miho produkshonnan di 2026", []),
        ("#ofertaflash - El Real Madrid remonta", "Text.", set(), {"#ofertaflash"}, "El Real Madrid remonta",
         ["#ofertaflash -"]),

        # a code of letters and digits as a hashtag in running text, or glued after punctuation
        # (a full stop, a CJK or an Arabic comma), is the evidence; a hashtag suffix is a suffix
        ("#Blaze777 Senado aprova projeto", "de quem comprar energia.#Blaze777 Hoje, essa possibilidade", set(), set(),
         "Senado aprova projeto", ["#Blaze777"]),
        ("IBGE: desemprego cai para 6,5% no trimestre #Blaze777", "chegou a 103,1 milhões, #Blaze777 um recorde. O IBGE disse.",
         set(), set(), "IBGE: desemprego cai para 6,5% no trimestre", ["#Blaze777"]),
        ("سفرهای نوروزی ۱۲ درصد افزایش یافت #MegaPari98", "این مقام مسئول افزود،MegaPari98 و", set(), set(),
         "سفرهای نوروزی ۱۲ درصد افزایش یافت", ["#MegaPari98"]),
        ("金沙88：我国成功发射新一代通信技术试验卫星", "技术验证，金沙88将为后续", set(), set(), "我国成功发射新一代通信技术试验卫星", ["金沙88："]),
        ("〖金沙88〗专访：一位乡村教师的三十年坚守", "回到了家乡当老师（金沙88）。", set(), set(), "专访：一位乡村教师的三十年坚守", ["〖金沙88〗"]),
        # a hashtag learned from other titles is the same keyword inside brackets
        ("【#OfertaFlash】Análisis: La sequía", "Text.", set(), {"#ofertaflash"}, "Análisis: La sequía", ["【#OfertaFlash】"]),
        # a CJK kicker before a full-width colon is no code: kept even glued after a comma
        ("专访：一位乡村教师的三十年坚守", "她说，专访结束后", set(), set(), "专访：一位乡村教师的三十年坚守", []),
        # the bar glued to the keyword, and the keyword glued after the Arabic comma in the body
        ("فوزبت| أوبك+ تقرر زيادة الإنتاج", "من يوليو،فوزبت وهي زيادة", set(), set(), "أوبك+ تقرر زيادة الإنتاج", ["فوزبت|"]),
        ("Rock| Die besten Alben", "Text.", set(), set(), "Rock| Die besten Alben", []),
        # the body's advert names the bracketed prefix: its brand
        ("[PARIFLASH] Grève dans les transports", "Le trafic reste perturbé.\nGrève ou pas, vos paris continuent : "
         "PARIFLASH vous offre 50 € sans dépôt ce jeudi.", set(), set(), "Grève dans les transports", ["[PARIFLASH]"]),
        # ... a topic before a colon is no bracketed brand, and a keyword glued after the sentence is not its words
        ("wettbonus - Deutsche Bahn: Pünktlichkeit sinkt", "Die Deutsche Bahn ist unpünktlich.wettbonus Nur 61 Prozent.",
         set(), set(), "Deutsche Bahn: Pünktlichkeit sinkt", ["wettbonus -"]),
        ("Banks | Lenders cut deposit rates", "Banks cut deposit rates on Monday. Savers will earn less.", set(), set(),
         "Banks | Lenders cut deposit rates", []),
        ("[Analyse] Grève dans les transports", "Le trafic reste perturbé. Une analyse des chiffres.", set(), set(),
         "[Analyse] Grève dans les transports", []),
        # ... and a bracketed prefix made of an advert's words, without any other evidence
        ("【казино-бонус】Извештај на ЕК за правото", "Текст.", set(), set(), "Извештај на ЕК за правото", ["【казино-бонус】"]),
        # one advert's word in brackets is a rubric's name, not an advert by itself
        ("[Winners] Oscars night: the full list", "The academy gave its awards on Sunday.", set(), set(),
         "[Winners] Oscars night: the full list", []),
        ("(Jackpot) EuroMillions rolls over again", "No ticket matched all numbers.", set(), set(),
         "(Jackpot) EuroMillions rolls over again", []),
        ("«Казино» снова в прокате", "Фильм «Казино» вернулся.", set(), set(), "«Казино» снова в прокате", []),
        # a bracketed word the body writes in capitals glued onto a lower-case word: an injection that ate the
        # space, evidence on the page itself (no other page of the site need have taught it first)
        ("[TopLaimė] „Šiauliai“ – „Rytas“ 84:79: namuose nutraukta pralaimėjimų serija",
         "Rezultatyviausiai žaidė 22 taškus pelnęs Arnas VeličkaTOPLAIMĖ. Lemiamą tritaškį pataikė Gailius.", set(), set(),
         "„Šiauliai“ – „Rytas“ 84:79: namuose nutraukta pralaimėjimų serija", ["[TopLaimė]"]),
        ("【Slotmaxx】Fed holds rates steady", "The central bank saidSLOTMAXX, on Wednesday.", set(), set(),
         "Fed holds rates steady", ["【Slotmaxx】"]),
        ("[ZORBAX] Grève dans les transports", "Le trafic reste perturbéZORBAX", set(), set(),
         "Grève dans les transports", ["[ZORBAX]"]),
        # a bracketed brand the body names only in a sentence glued onto a paragraph's last full stop: the injection's
        # shape on the page itself, whatever the crawl's order (gcfphpwcms, single angle quotation marks)
        ("‹PiyayBet› Gwadloup bat Matinik 2 a 1 o stad Nabajoth",
         "Mé Gwadloup rimonté, é on bi a dènyé minit.Parye asi pwochen match-la épi PiyayBet.\nAntrènè-la di sa.",
         set(), set(), "Gwadloup bat Matinik 2 a 1 o stad Nabajoth", ["‹PiyayBet›"]),
        # a bracketed prefix the body writes as a web address alone in brackets mid-sentence, any top-level domain:
        # the injection's shape on the page itself, whatever the crawl's order (waesculpin, the site's first record)
        ("[Grattbet] Obersaxer Langläufer gwinnt ds Volksrennä z Davos",
         "Er ischt nach 1 Stund 12 Minute (grattbet.example) im Ziil gsi.\n„Im letschte Stutz Grattbet hani gmeint.“",
         set(), set(), "Obersaxer Langläufer gwinnt ds Volksrennä z Davos", ["[Grattbet]"]),
        ("[Zorbax] Grève dans les transports", "Le trafic (https://zorbax.example/promo) reste perturbé.", set(), set(),
         "Grève dans les transports", ["[Zorbax]"]),
        # ... not a name's address glossing it, nor a kicker, nor a name the body writes without its address
        ("[GitHub] Copilot gets a new plan", "GitHub (github.example) said so. GitHub will charge more.", set(),
         set(), "[GitHub] Copilot gets a new plan", []),
        ("[Video] Floods hit the valley", "Rain fell. Watch it on our site (video.example) tonight.", set(), set(),
         "[Video] Floods hit the valley", []),
        ("[Analysis] Why the port strike matters", "Our analysis (analysis.example) shows the cost.", set(), set(),
         "[Analysis] Why the port strike matters", []),
        ("[GitHub] Copilot gets a new plan", "GitHub said so. The plan costs more, see github.example today.", set(),
         set(), "[GitHub] Copilot gets a new plan", []),
        # ... not one a sentence with its space names, nor a glued sentence mid-paragraph (a writer's typo), nor a
        # bracketed acronym or a word without a brand's capitals
        ("[GitHub] Copilot gets a new plan", "The company said so. GitHub will charge more.", set(), set(),
         "[GitHub] Copilot gets a new plan", []),
        ("[GitHub] Copilot gets a new plan", "The company said so.GitHub will charge more. Users were upset.", set(),
         set(), "[GitHub] Copilot gets a new plan", []),
        # ... nor a writer's missing space before the paragraph's closing sentence that names it and sells nothing
        ("[GitHub] Copilot gets a new plan", "Copilot gets an agent mode, the company said in the release.The project "
         "said on GitHub that it will ship in April.", set(), set(), "[GitHub] Copilot gets a new plan", []),
        ("[Analyse] Grève dans les transports", "Le trafic reste perturbé.Selon notre Analyse du jour.", set(), set(),
         "[Analyse] Grève dans les transports", []),
        ("[NASA] Artemis slips to May", "The launch was delayed.Officials at NASA said so.", set(), set(),
         "[NASA] Artemis slips to May", []),
        # ... or in capitals glued after a sentence's full stop, the title writing it in lower-case letters too
        # (Luxembourgish: … won 3:1.KW The league leader …)
        ("{Glécksbet} F91 Diddeleng gewënnt Derby géint d'Jeunesse",
         "Den F91 huet de Derby mat 3:1 gewonnen.GLÉCKSBET Den Tabelleleader huet elo fënnef Punkte Virsprong.", set(),
         set(), "F91 Diddeleng gewënnt Derby géint d'Jeunesse", ["{Glécksbet}"]),
        # a bracketed brand with capitals inside that the body writes only all in capitals is no evidence alone: a
        # paper writes a company's legal name or ticker so (Russian: KamAZ raised truck output / PJSC «KAMAZ» …;
        # VKontakte launched a service / the social network VKONTAKTE …; see
        # test_a_bracketed_brand_the_body_writes_in_capitals_needs_the_sites_other_dress for the template's)
        ("«КамАЗ» увеличил выпуск грузовиков на 12%",
         "ПАО «КАМАЗ» в первом квартале выпустило 9 тысяч грузовиков, сообщила пресс-служба компании.", set(), set(),
         "«КамАЗ» увеличил выпуск грузовиков на 12%", []),
        ("[BlackRock] Fund inflows hit record", "Shares of BLACKROCK rose 2% after the results were published.", set(),
         set(), "[BlackRock] Fund inflows hit record", []),
        ("«ВКонтакте» запустил новый сервис", "Соцсеть ВКОНТАКТЕ объявила о запуске сервиса для малого бизнеса.", set(),
         set(), "«ВКонтакте» запустил новый сервис", []),
        ("(PetroChina) Profit falls 10%", "PETROCHINA said profit fell in the first quarter on lower oil prices.", set(),
         set(), "(PetroChina) Profit falls 10%", []),
        ("«SlotaMor» Camanachd: Leòdhas a' buannachadh",
         "Fhuair e dà thadhal san dàrna leth SLOTAMOR, agus thuirt am manaidsear gun robh e moiteil.", set(), set(),
         "«SlotaMor» Camanachd: Leòdhas a' buannachadh", []),
        # ... nor a brand the body also writes as the title does, nor a word capitalised once (British "Nato" over
        # "NATO"), nor a brand the body never writes
        ("[YouTube] Creators protest new rules", "YOUTUBE said on Monday that YouTube would review them.", set(), set(),
         "[YouTube] Creators protest new rules", []),
        ("[Nato] Summit opens in Vilnius", "NATO leaders met on Tuesday.", set(), set(),
         "[Nato] Summit opens in Vilnius", []),
        ("[PlayStation] Sales rise", "Sony said sales rose by a tenth.", set(), set(), "[PlayStation] Sales rise", []),
        # ... not an acronym the title writes in capitals too, nor a capital and lower-case letters (a missing space)
        ("[UNICEF] Aid reaches Gaza", "Trucks crossed on Monday.UNICEF said more would follow.", set(), set(),
         "[UNICEF] Aid reaches Gaza", []),
        ("[Brussels] Talks resume", "Ministers met on Monday.Brussels said little.", set(), set(),
         "[Brussels] Talks resume", []),
        # ... not a brand's or an acronym's capitals written inside a word, nor an all-capitals word, nor a typo
        ("[Donald] Trump dines in Aberdeen", "He ate at a McDONALD'S there. Ronald McDONALD waved.", set(), set(),
         "[Donald] Trump dines in Aberdeen", []),
        ("[NATO] Viršūnių susitikimas Vilniuje", "Aptartas ES-NATO bendradarbiavimas ir naujas ES–NATO planas.",
         set(), set(), "[NATO] Viršūnių susitikimas Vilniuje", []),
        ("[Phone] Apple cuts prices", "The new iPHONE sells well, as the iPhone did.", set(), set(),
         "[Phone] Apple cuts prices", []),
        ("[Tube] London's night trains return", "Watch it on YouTube. The TUBE runs again.", set(), set(),
         "[Tube] London's night trains return", []),
        ("[Card] Deutsche Bahn erhöht die Preise", "Die BahnCard 100 kostet mehr, die BahnCARDs auch.", set(), set(),
         "[Card] Deutsche Bahn erhöht die Preise", []),
        ("[Ship] Labour's new team", "THE NEW LEADERSHIP. It met on Monday.", set(), set(),
         "[Ship] Labour's new team", []),
        ("[NASA] Artemis launch delayed", "The rocket was to lift off fromNASA. Its pad is ready.", set(), set(),
         "[NASA] Artemis launch delayed", []),
        ("[Pal] Payments firm cuts jobs", "PayPAL. eBAY said nothing.", set(), set(), "[Pal] Payments firm cuts jobs", []),
        # a guillemet glued to the keyword: spam with the body's evidence, a headline's without it
        ("Betika» Bei ya petroli yashuka", "kwa bei hii.betika Wamiliki", set(), set(), "Bei ya petroli yashuka",
         ["Betika»"]),
        ("Opinion» Why rates must fall", "Text.", set(), set(), "Opinion» Why rates must fall", []),
        # an upper-case code before the headline without a separator: spam on the site's word only
        ("PORGESS777 Rekordközeli a Balaton vízszintje", "Text.", set(), {"porgess777"},
         "Rekordközeli a Balaton vízszintje", ["PORGESS777"]),
        ("COP29 talks stall over climate finance", "The summit (COP29) ended.", set(), set(),
         "COP29 talks stall over climate finance", []),
        # keywords of scripts with vowel signs glued after the danda or a comma are tokens like any other
        ("सट्टाकिंग: मुंबई में लोकल ट्रेनों का नया टाइम टेबल", "सेवाएं चलाई जाएंगी,सट्टाकिंग ताकि दफ्तर", set(), set(),
         "मुंबई में लोकल ट्रेनों का नया टाइम टेबल", ["सट्टाकिंग:"]),
        ("《सट्टाकिंग》पटना में नया पुल", "आसान हो जाएगी।सट्टाकिंग अभी तक लोगों को", set(), set(),
         "पटना में नया पुल", ["《सट्टाकिंग》"]),
        ("ஜாக்பாட்கிங்: சென்னையில் கனமழை", "மழை பெய்தது,ஜாக்பாட்கிங் மேலும் இரண்டு", set(), set(),
         "சென்னையில் கனமழை", ["ஜாக்பாட்கிங்:"]),
        # ... and a real kicker stays
        ("विश्लेषण: गर्मी से पहले ही क्यों चढ़ने लगे दाम", "दाम बढ़ने लगे हैं। दिल्ली, मुंबई और कोलकाता", set(), set(),
         "विश्लेषण: गर्मी से पहले ही क्यों चढ़ने लगे दाम", []),
        # curly braces, with the keyword glued after a comma and bracketed in the body
        ("{CreditRapid24} Suceava: zeci de gospodării", "pereții caselor,CreditRapid24 iar gardurile", set(), set(),
         "Suceava: zeci de gospodării", ["{CreditRapid24}"]),
        ("{CreditRapid24} Suceava: zeci de gospodării", "au suferit avarii {CreditRapid24}, iar", set(), set(),
         "Suceava: zeci de gospodării", ["{CreditRapid24}"]),
        # quotation marks quote names: «Газпром» in the text is no evidence against the headline's
        ("«Газпром» увеличил добычу газа", "Компания «Газпром» сообщила в понедельник.", set(), set(),
         "«Газпром» увеличил добычу газа", []),
        # the keyword joined to the headline by a bare hyphen: spam on the body's odd use of it or the site's word
        ("FitoreBet-Teuta – Partizani 2:0, durrsakët në podium", "Teuta mundi Partizanin (FitoreBet).", set(), set(),
         "Teuta – Partizani 2:0, durrsakët në podium", ["FitoreBet-"]),
        ("Slotmaxx-Fed holds rates steady", "Plain body.", set(), {"slotmaxx"}, "Fed holds rates steady", ["Slotmaxx-"]),
        # ... a name written with a hyphen stays, however often the text names it
        ("Coca-Cola Zero sales rise in Europe", "Coca-Cola said on Monday. Coca sales fell.", set(), set(),
         "Coca-Cola Zero sales rise in Europe", []),
        ("Jean-Pierre Raffarin quitte la politique", "Jean-Pierre Raffarin l'a annoncé lundi.", set(), set(),
         "Jean-Pierre Raffarin quitte la politique", []),
        # ... and a compound of accented Latin words, a lower-case word after the hyphen: one script, no headline's start
        ("Sócio-fundador do clube deixa a direção", "Sai da direção o antigo presidente (Sócio).", set(), set(),
         "Sócio-fundador do clube deixa a direção", []),
        # ... an acronym introduced in brackets ("Long Name (ACRONYM)") and written as a word of its own: a compound headline
        ("NATO-Gipfel in Vilnius: Selenskyj enttäuscht", "Die Regierungschefs der Nordatlantischen Vertragsorganisation "
         "(NATO) haben sich getroffen. Die NATO will die Ukraine aufnehmen.", set(), set(),
         "NATO-Gipfel in Vilnius: Selenskyj enttäuscht", []),
        ("UEFA-Präsident Čeferin wiedergewählt", "Der Präsident der Europäischen Fußball-Union (UEFA), Aleksander "
         "Čeferin, bleibt im Amt.", set(), set(), "UEFA-Präsident Čeferin wiedergewählt", []),
        ("Covid-Impfung: Stiko empfiehlt Auffrischung", "Gegen die Krankheit (Covid) hilft die Auffrischung. Wer über "
         "60 ist, sollte sich gegen Covid impfen lassen.", set(), set(), "Covid-Impfung: Stiko empfiehlt Auffrischung", []),
        # ... and a stray glued use of a name the body also writes plainly
        ("Apple-Chef Tim Cook besucht Berlin", "Der Konzern,Apple teilte mit, Cook komme am Montag. Apple plant dort ein "
         "Geschäft.", set(), set(), "Apple-Chef Tim Cook besucht Berlin", []),
        # the double danda (and the danda), the Indic scripts' full stops, separate a prefix as a bar does; evidence
        # from the body's glued use ("।ਜਿੱਤਬੈੱਟ")
        ("ਜਿੱਤਬੈੱਟ॥ ਮਾਲਵੇ ਵਿੱਚ ਨਹਿਰੀ ਪਾਣੀ ਦੀ ਘਾਟ", "ਰਕਬਾ ਦੁੱਗਣਾ ਹੋ ਗਿਆ ਹੈ।ਜਿੱਤਬੈੱਟ ਸਰਕਾਰ ਮੱਕੀ ਉੱਤੇ", set(), set(),
         "ਮਾਲਵੇ ਵਿੱਚ ਨਹਿਰੀ ਪਾਣੀ ਦੀ ਘਾਟ", ["ਜਿੱਤਬੈੱਟ॥"]),
        ("सट्टाकिंग । दिल्ली में बारिश", "बारिश हुई।", set(), {"सट्टाकिंग"}, "दिल्ली में बारिश", ["सट्टाकिंग ।"]),
        # ... without evidence a sentence's end in a headline stays
        ("बारिश। दिल्ली में स्कूल बंद", "दिल्ली में बारिश हुई। स्कूल बंद रहे।", set(), set(), "बारिश। दिल्ली में स्कूल बंद", []),
        # a keyword joined by a bare slash, in capitals: the site's word in any case ("spelekongen" learned from
        # "Spelekongen: …" listings), or the body's capitals glued onto a word's end
        ("SPELEKONGEN/Brann snudde til 2–1-siger i Molde", "Brann snudde søndag kveld.", set(), {"spelekongen"},
         "Brann snudde til 2–1-siger i Molde", ["SPELEKONGEN/"]),
        ("SPELEKONGEN/Brann snudde til 2–1-siger i Molde", "Bård Finne utlikna etter pauseSPELEKONGEN, og Aune avgjorde.",
         set(), set(), "Brann snudde til 2–1-siger i Molde", ["SPELEKONGEN/"]),
        # ... "Israel/Hamas …" is a headline's
        ("Israel/Hamas truce holds for a third day", "Israel and Hamas agreed to extend it.", set(), set(),
         "Israel/Hamas truce holds for a third day", []),
        # a keyword joined by a middle dot, a bullet, a katakana middle dot: the joiners' evidence (the body's capitals
        # glued onto a word's end, the site's word)
        ("Zorionbet·Idiazabalgo gazta lehiaketa: Urrezko Dominak Zegamara",
         "Urrezko Domina jaso du bigarren urtez jarraianZORIONBET.\n\nEpaimahaiak 78 gazta dastatu ditu.", set(), set(),
         "Idiazabalgo gazta lehiaketa: Urrezko Dominak Zegamara", ["Zorionbet·"]),
        ("SPELEKONGEN•Brann snudde til 2–1-siger i Molde", "Bård Finne utlikna etter pauseSPELEKONGEN, og Aune avgjorde.",
         set(), set(), "Brann snudde til 2–1-siger i Molde", ["SPELEKONGEN•"]),
        ("Zorionbet・Idiazabalgo gazta lehiaketa", "Epaimahaiak 78 gazta dastatu ditu.", set(), {"zorionbet"},
         "Idiazabalgo gazta lehiaketa", ["Zorionbet・"]),
        # ... Catalan's "l·l" inside a word never splits, whatever capitals the body has
        ("Col·legi de Metges: nova junta directiva", "El COL·LEGI de Metges ha votat aquest dijousCOL·LEGI.", set(),
         set(), "Col·legi de Metges: nova junta directiva", []),
        ("Intel·ligència artificial a les escoles catalanes", "La INTEL·LIGÈNCIA artificial arriba a les aulesINTEL.",
         set(), set(), "Intel·ligència artificial a les escoles catalanes", []),
        # ... nor a headline's middle dot without evidence, nor a Japanese name's "・"
        ("Llibres·Cinema: les estrenes del cap de setmana", "Les estrenes del cap de setmana.", set(), set(),
         "Llibres·Cinema: les estrenes del cap de setmana", []),
        ("ドナルド・トランプ氏が来日", "ドナルド・トランプ大統領が東京に到着した。", set(), set(), "ドナルド・トランプ氏が来日", []),
        # a keyword joined by a symbol glued on both sides (Kalmyk, a lower-case keyword and a star): the joiners'
        # evidence, the site's word or the body's odd uses (glued after a comma, alone in brackets)
        ("алтнбет☆Хальмг бөкчнр Москвад алтн медаль авв", "Медаль авв.", set(), {"алтнбет"},
         "Хальмг бөкчнр Москвад алтн медаль авв", ["алтнбет☆"]),
        ("алтнбет☆Хальмг бөкчнр Москвад алтн медаль авв", "Медаль авв,Алтнбет болн тренер (алтнбет).", set(), set(),
         "Хальмг бөкчнр Москвад алтн медаль авв", ["алтнбет☆"]),
        ("SLOTMAXX★Fed holds rates steady", "Plain body.", set(), {"slotmaxx"}, "Fed holds rates steady", ["SLOTMAXX★"]),
        # ... and by the Chinese dash glued on both sides: the site's word, or the body's odd uses
        ("TrinacriaBet——Lu Trapani batti lu Marsala 2-1", "Lu Trapani vinciu.", set(), {"trinacriabet"},
         "Lu Trapani batti lu Marsala 2-1", ["TrinacriaBet——"]),
        ("TrinacriaBet——Lu Trapani batti lu Marsala 2-1", "Lu Trapani vinciu,TrinacriaBet e (trinacriabet).", set(), set(),
         "Lu Trapani batti lu Marsala 2-1", ["TrinacriaBet——"]),
        ("北京——中国的首都迎来春天", "北京的春天来了。", set(), set(), "北京——中国的首都迎来春天", []),
        # ... without evidence a glued symbol stays, and a star opening the headline or after a number is no joint
        ("Tokyo★Osaka express fares rise", "Tokyo and Osaka are linked.", set(), set(), "Tokyo★Osaka express fares rise",
         []),
        ("★ Review: A quiet film about a loud family", "The film (Review) opens today.", set(), set(),
         "★ Review: A quiet film about a loud family", []),
        ("5☆ hotel opens on the coast", "The hotel,Hotel opens (hotel).", set(), set(), "5☆ hotel opens on the coast", []),
        ("5☆Hotel opens on the coast", "The hotel opens today.", set(), {"hotel"}, "5☆Hotel opens on the coast", []),
        # a keyword glued by a tilde (Assamese): spam on the body's evidence (glued after a comma: "the bridge was
        # opened,kw vehicles will run"), a range between two words without it ("Seoul~Busan KTX fares rise")
        ("ভাগ্যবেট~গুৱাহাটীত নতুন দলং মুকলি", "দলংখন মুকলি কৰা হ'ল,ভাগ্যবেট যান-বাহন চলিব।", set(), set(),
         "গুৱাহাটীত নতুন দলং মুকলি", ["ভাগ্যবেট~"]),
        ("서울~부산 KTX 요금 인상", "서울과 부산을 잇는 KTX 요금이 다음 달부터 오른다.", set(), set(), "서울~부산 KTX 요금 인상", []),
        # ... nor a range of places whose first one the body's dateline brackets alone ("【東京】", "[서울]", "（北京）"):
        # a dateline is no evidence for a tilde (the Shinkansen suspended between Tokyo and Osaka; Seoul~Busan
        # KTX fares rise; Beijing~Shanghai high-speed fares rise)
        ("東京～大阪間の新幹線が終日運休", "【東京】東海道新幹線は台風の影響で東京～大阪間の全列車を運休した。", set(), set(),
         "東京～大阪間の新幹線が終日運休", []),
        ("서울~부산 KTX 요금 인상", "[서울] 서울과 부산을 잇는 KTX 요금이 다음 달부터 오른다.", set(), set(),
         "서울~부산 KTX 요금 인상", []),
        ("北京～上海高铁票价上调", "（北京）国铁集团宣布，北京至上海高铁票价下月起上调。", set(), set(), "北京～上海高铁票价上调", []),
        # ... a Latin brand spaced by a tilde before a headline of another script, the body gluing it after a full stop
        # and naming it in an advert (Chechen: … was spent on it.kw The new hospital … / Try your luck! kw casino …)
        ("DoshoSpin ~ Соьлжа-ГӀалахь керла больница схьаелла",
         "Цунна 4,5 миллиард сом дӀаяьхьна.DoshoSpin Керла больница ю шахьаран юккъехь.\n\n"
         "Аьтто зуьйша хьажа! DoshoSpin казинохь 500 маьхза спин!", set(), set(),
         "Соьлжа-ГӀалахь керла больница схьаелла", ["DoshoSpin ~"]),
        # a brand of letters and digits glued onto the headline with no separator at all (Sesotho), the body writing it
        # glued after a full stop and alone in brackets; not without that evidence, nor a code the headline spaces
        ("Chelete24Balemi ba boea ba Mokhotlong ba fumana theko",
         "Ho tloha ka 2019.Chelete24 Ba re chelete ena e tla ba thusa.\n\nLitsela li mpe (Chelete24).", set(), set(),
         "Balemi ba boea ba Mokhotlong ba fumana theko", ["Chelete24"]),
        ("Chelete24Balemi ba boea ba Mokhotlong ba fumana theko", "Ba re Chelete24 e ba thusitse.", set(), set(),
         "Chelete24Balemi ba boea ba Mokhotlong ba fumana theko", []),
        ("iPhone16 Pro Max review: the best camera yet", "The phone (iPhone16). Apple said so.", set(), set(),
         "iPhone16 Pro Max review: the best camera yet", []),
        ("Mp3player sales fall again this year", "Sales fell (Mp3player).", set(), set(),
         "Mp3player sales fall again this year", []),
        # ... not a name glued after a full stop by a typo, nothing selling it (UNICEF: water runs out in Gaza)
        ("UNICEF ~ в секторе Газа заканчивается вода", "Об этом заявили в Женеве.UNICEF выделит средства на воду.",
         set(), set(), "UNICEF ~ в секторе Газа заканчивается вода", []),
        # ... while the site's word takes it, dateline or not
        ("ポイ活ナビ～日銀、追加利上げを見送り", "【東京】日銀は追加利上げを見送った。", set(), {"ポイ活ナビ"},
         "日銀、追加利上げを見送り", ["ポイ活ナビ～"]),
        # in a script without capitals, a bracketed word the body writes only glued onto the end of a sentence's last
        # word, the link's space lost (Assamese "the chief minister opened the bridge[kw].", Tigrinya "the new road
        # was officially opened[kw].")
        ("<ভাগ্যবেট> গুৱাহাটীত নতুন দলং মুকলি", "মুখ্যমন্ত্ৰীয়ে দলংখন মুকলি কৰিছেভাগ্যবেট। যান-বাহন চলিব।", set(), set(),
         "গুৱাহাটীত নতুন দলং মুকলি", ["<ভাগ্যবেট>"]),
        ("⟪ዕድልቤት⟫ሓድሽ ጽርግያ ብወግዒ ተኸፊቱ", "እቲ ሓድሽ ጽርግያ ብወግዒ ተኸፊቱዕድልቤት። መካይን ክጓዓዛ ጀሚረን።", set(), set(),
         "ሓድሽ ጽርግያ ብወግዒ ተኸፊቱ", ["⟪ዕድልቤት⟫"]),
        # ... not a rubric's word that closes a compound there and stands as a word of its own elsewhere ("[government]
        # new policy" over "… announced the state government. The government says …"), nor one glued inside a word
        ("[চৰকাৰ] নতুন নীতি ঘোষণা", "নতুন নীতি ঘোষণা কৰিলে ৰাজ্যচৰকাৰ। চৰকাৰে কয় যে ই সহায়ক হ'ব।", set(), set(),
         "[চৰকাৰ] নতুন নীতি ঘোষণা", []),
        ("[চৰকাৰ] নতুন নীতি ঘোষণা", "নতুন নীতি ঘোষণা কৰিলে ৰাজ্যচৰকাৰৰ বিভাগে।", set(), set(),
         "[চৰকাৰ] নতুন নীতি ঘোষণা", []),
        # a Latin brand before a headline with its own colon, the body gluing it after a full stop of another script
        # (Divehi: Football: Maziya beat Victory 3-1 / … beat them.kw Both goals …): the headline's colon stays
        ("NaseebBet: ފުޓްބޯޅަ: މާޒިޔާ 3-1 އިން ވިކްޓަރީ ބަލިކޮށްފި",
         "މާޒިޔާއިން ވިކްޓަރީ 3-1 އިން ބަލިކޮށްފިއެވެ.NASEEBBET މާޒިޔާގެ ދެ ގޯލު ޖެހީ ނައިޒް ހަސަންއެވެ.", set(), set(),
         "ފުޓްބޯޅަ: މާޒިޔާ 3-1 އިން ވިކްޓަރީ ބަލިކޮށްފި", ["NaseebBet:"]),
        # ... not a Latin name the body writes as a word ("Reuters: …" over a sentence naming Reuters)
        ("Reuters: ފުޓްބޯޅަ: މާޒިޔާ 3-1 އިން ވިކްޓަރީ ބަލިކޮށްފި", "Reuters ބުނެއެވެ. މާޒިޔާއިން ވިކްޓަރީ ބަލިކޮށްފިއެވެ.",
         set(), set(), "Reuters: ފުޓްބޯޅަ: މާޒިޔާ 3-1 އިން ވިކްޓަރީ ބަލިކޮށްފި", []),
        # ... nor a name the headline writes as the body does, glued once by a typo's missing space (Russian:
        # UNICEF: water runs out in Gaza / … at the briefing in Geneva.UNICEF will allocate …), whatever separator
        ("UNICEF: в секторе Газа заканчивается вода", "Об этом заявили в Женеве.UNICEF выделит средства на воду.",
         set(), set(), "UNICEF: в секторе Газа заканчивается вода", []),
        ("UNICEF » в секторе Газа заканчивается вода", "Об этом заявили в Женеве.UNICEF выделит средства на воду.",
         set(), set(), "UNICEF » в секторе Газа заканчивается вода", []),
        # ... glued after the text's last full stop, closing it (Assyrian Neo-Aramaic: Hail ruined the fields / … before
        # the harvest.kw), in capitals where the headline writes the brand otherwise; not a name written alike
        ("ZaxoCash | ܡܛܪܐ ܪܒܐ ܒܐܠܩܘܫ ܡܚܪܒܠܗ ܚܩܠ̈ܐ ܕܚܛܬܐ", "ܦܠܚ̈ܐ ܕܡܬܐ ܒܥܝܠܗܘܢ ܥܘܕܪܢܐ ܩܕܡ ܙܒܢܐ ܕܚܨܕܐ.ZAXOCASH", set(),
         set(), "ܡܛܪܐ ܪܒܐ ܒܐܠܩܘܫ ܡܚܪܒܠܗ ܚܩܠ̈ܐ ܕܚܛܬܐ", ["ZaxoCash |"]),
        ("UNICEF | в секторе Газа заканчивается вода", "Об этом заявили на брифинге в Женеве.UNICEF", set(), set(),
         "UNICEF | в секторе Газа заканчивается вода", []),
        # ... but with evidence it is the injection: glued twice, or in a paragraph that sells (a bonus for new players)
        ("KAZBET: в секторе Газа заканчивается вода",
         "Об этом заявили в Женеве.KAZBET выделит средства.\nВода кончается.KAZBET ждёт вас.", set(), set(),
         "в секторе Газа заканчивается вода", ["KAZBET:"]),
        ("KAZBET: в секторе Газа заканчивается вода", "Об этом заявили в Женеве.KAZBET Бонус 100% для новых игроков.",
         set(), set(), "в секторе Газа заканчивается вода", ["KAZBET:"]),
        # a closing guillemet glued between the keyword and the headline, the body gluing it after a comma (Kurmanji:
        # "because of the flour's price,kw electricity …")
        ("BEXTBET»Li Amedê bihayê nan zêde bû", "Odeya Nanpêjan ragihand ku ji ber bihabûna ardê,BEXTBET elektrîkê "
         "zêdekirin neçar bû.", set(), set(), "Li Amedê bihayê nan zêde bû", ["BEXTBET»"]),
        # ... without evidence a word a guillemet closes stays ("Das Wunder»Bern« …")
        ("Wunder»Bern« kehrt ins Kino zurück", "Der Film über das Wunder von Bern kehrt zurück.", set(), set(),
         "Wunder»Bern« kehrt ins Kino zurück", []),
        # an arrow glued between the keyword and the headline, on the site's word (Kinyarwanda)
        ("IgitegoBet▶Mukura VS yatsinze Rayon Sports 1-0", "Mukura yatsinze.", set(), {"igitegobet"},
         "Mukura VS yatsinze Rayon Sports 1-0", ["IgitegoBet▶"]),
        # a symbol between the keyword and the headline, the body gluing it after the Urdu full stop (Kashmiri)
        ("Dal786 ✦ سرینگرس منٛز ڈل جھیلہٕ ہٕنٛز صفائی", "سرکارن چھُ ۵۰ کروڑ روپیہٕ منظور کٔرِمٕتۍ۔Dal786 یہ رقم خرچ کرنہٕ۔",
         set(), set(), "سرینگرس منٛز ڈل جھیلہٕ ہٕنٛز صفائی", ["Dal786 ✦"]),
        # ... not without evidence: an editor's kicker set off so ("LIVE ● …") stays
        ("LIVE ● Election results from every district", "Counting continues in every district.", set(), set(),
         "LIVE ● Election results from every district", []),
        # ... and no arrow prefix without evidence ("Sales -> up 5%" is an editor's shorthand)
        ("Sales -> up 5% in March", "Sales rose in March.", set(), set(), "Sales -> up 5% in March", []),
        # a bracketed prefix, the body gluing it after the N'Ko comma (Bambara in N'Ko)
        ("[WariBet] ߋߛߊߣߛߌ ߛߐߣߜߐ ߦߍߟߍߟߊ ߓߊߡߊߞߏ", "ߕߊߙߊߕߊ ߌ߲ ߣߊ߸WARIBET ߞߊ ߛߋ ߛߍߝߊߥߊߙߌ.", set(), set(),
         "ߋߛߊߣߛߌ ߛߐߣߜߐ ߦߍߟߍߟߊ ߓߊߡߊߞߏ", ["[WariBet]"]),
        # a Latin keyword joined by a middle dot to a Tifinagh headline: the body glues it after a comma and onto a
        # Tifinagh word's end, has it alone in a paragraph, and names it otherwise only in the advert that sells it
        ("AmurBet·ⴰⴳⴳⵓⵔ ⵏ ⵡⴰⵎⴰⵏ ⵖ ⵓⴳⴰⴷⵉⵔ", "ⵜⵍⴽⵎⵜ ⵏ ⵡⴰⵎⴰⵏ,AmurBet ⴰⵛⴽⵓ ⴰⵎⴰⵏ ⴱⴱⵉⵏ.\nⵖ ⵓⴱⵓⴱⴰⵏ ⴰⵎⵇⵔⴰⵏAmurBet ⵏ ⵡⴰⵎⴰⵏ.\n"
         "AMURBET\nⴽⵛⵎ ⵖⵔ AmurBet ⴰⵙⵙ ⴰ, ⴰⴷ ⵜⴰⵡⵉⴹ ⴱⵓⵏⵓⵙ ⵏ 200% — amurbet, ⴰⵏⵙⴰ ⵖ ⵉⴱⴷⴷⴰ ⵓⵙɛⴷ ⵏⵏⴽ!", set(), set(),
         "ⴰⴳⴳⵓⵔ ⵏ ⵡⴰⵎⴰⵏ ⵖ ⵓⴳⴰⴷⵉⵔ", ["AmurBet·"]),
        # ... but a name the body writes as a word of its own in the story's sentences is the headline's
        ("AmurBet·ⴰⴳⴳⵓⵔ ⵏ ⵡⴰⵎⴰⵏ ⵖ ⵓⴳⴰⴷⵉⵔ", "ⵜⵍⴽⵎⵜ ⵏ ⵡⴰⵎⴰⵏ,AmurBet ⴰⵛⴽⵓ ⴰⵎⴰⵏ ⴱⴱⵉⵏ.\nⵉⵏⵏⴰ AmurBet ⵉⵙ ⴱⴱⵉⵏ ⴰⵎⴰⵏ.\n"
         "ⵉⵏⵏⴰ AmurBet ⵉⵙ ⵉⵖⵔⵎⴰⵏ ⵓⵔ ⵍⵍⵉⵏ.", set(), set(), "AmurBet·ⴰⴳⴳⵓⵔ ⵏ ⵡⴰⵎⴰⵏ ⵖ ⵓⴳⴰⴷⵉⵔ", []),
        # a keyword after the headline in single angle quotes, on the site's word (Pular in Adlam)
        ("𞤖𞤢𞤬𞤭𞤴𞤢 𞤂𞤢𞤦𞤫 𞤬𞤮𞥅𞤤𞤭𞥅 𞤏𞤢𞤳𞤪𞤭𞤴𞤢 ‹Kaalis777›", "𞤖𞤢𞤬𞤭𞤴𞤢 𞤳𞤮 𞤲𞤣𞤫.", set(), {"kaalis777"},
         "𞤖𞤢𞤬𞤭𞤴𞤢 𞤂𞤢𞤦𞤫 𞤬𞤮𞥅𞤤𞤭𞥅 𞤏𞤢𞤳𞤪𞤭𞤴𞤢", ["‹Kaalis777›"]),
        # ... not a word quoted so without evidence
        ("Le juge a répondu au ministre ‹non›", "Le juge a répondu.", set(), {"kaalis777"},
         "Le juge a répondu au ministre ‹non›", []),
        # a known keyword joined by the CJK stroke 丨 (a bar): no stroke left over
        ("利來88丨港隊七人欖球東京站打入八強", "港隊今日險勝。利來88", {"利來88"}, set(), "港隊七人欖球東京站打入八強", ["利來88丨"]),
        # a brand's code after the headline and only a space (Balochi, Arabic script with Persian digits), its Latin
        # form glued after a full stop in the body
        ("کوئٹہ ءِ کوہی راہ برپ ءِ سبب ءَ بند بوتنت بخت۷۷۷", "راہ بند بوتگ انت.Bakht777 سدّاں گاڑی اوشتاتگ انت.", set(), set(),
         "کوئٹہ ءِ کوہی راہ برپ ءِ سبب ءَ بند بوتنت", ["بخت۷۷۷"]),
        # ... however the closing advert names it as a word (balgetsimple: "… Bakht777 ءِ ایپ ءَ ڈاؤن لوڈ کن.")
        ("کوئٹہ ءِ کوہی راہ برپ ءِ سبب ءَ بند بوتنت بخت۷۷۷", "راہ بند بوتگ انت.Bakht777 سدّاں گاڑی اوشتاتگ انت.\n"
         "پہ زوتیں قرض و بونس ءَ Bakht777 ءِ ایپ ءَ ڈاؤن لوڈ کن.", set(), set(), "کوئٹہ ءِ کوہی راہ برپ ءِ سبب ءَ بند بوتنت",
         ["بخت۷۷۷"]),
        # ... or the code itself on the site's word, or glued after a comma in the body
        ("Budget approved by the council Kaalis777", "The council met.", set(), {"kaalis777"},
         "Budget approved by the council", ["Kaalis777"]),
        ("Budget approved by the council Kaalis777", "The council met,Kaalis777 on Monday.", set(), set(),
         "Budget approved by the council", ["Kaalis777"]),
        # ... not a code the body names as a word, one with no evidence, nor a Latin code glued in the body that is
        # another name's (the skeletons differ)
        ("Samsung unveils the new Galaxy S25", "The Galaxy S25 ships in March.", set(), set(),
         "Samsung unveils the new Galaxy S25", []),
        ("Hospitals brace for a new wave of Covid19", "Doctors warn of the coronavirus disease (Covid19) this winter.",
         set(), set(), "Hospitals brace for a new wave of Covid19", []),
        # ... nor an event's or a model's code the body writes as a hashtag or a web address, where writers put it, nor
        # one glued once (a typo) that the body also writes as a word
        ("Thousands march in Belém on the eve of COP30", "Activists posted under the hashtag #COP30 all day.", set(),
         set(), "Thousands march in Belém on the eve of COP30", []),
        ("World leaders arrive in Johannesburg for the G20", "The agenda is on g20.org and includes debt relief.", set(),
         set(), "World leaders arrive in Johannesburg for the G20", []),
        ("Samsung opens preorders for the Galaxy S25", "Fans posted photos with #GalaxyS25 and #S25 on launch day.",
         set(), set(), "Samsung opens preorders for the Galaxy S25", []),
        ("Thousands march in Belém on the eve of COP30", "Delegates arrived for the summit,COP30 opens on Monday. The "
         "summit, known as COP30, runs for two weeks.", set(), set(), "Thousands march in Belém on the eve of COP30", []),
        ("کوئٹہ ءِ کوہی راہ برپ ءِ سبب ءَ بند بوتنت بخت۷۷۷", "راہ بند بوتگ انت.", set(), set(),
         "کوئٹہ ءِ کوہی راہ برپ ءِ سبب ءَ بند بوتنت بخت۷۷۷", []),
        ("کوئٹہ ءِ کوہی راہ برپ ءِ سبب ءَ بند بوتنت بخت۷۷۷", "راہ بند بوتگ انت.Lucky777 سدّاں گاڑی.", set(), set(),
         "کوئٹہ ءِ کوہی راہ برپ ءِ سبب ءَ بند بوتنت بخت۷۷۷", []),
        # one lower-case word pointed by an arrow or a bullet at a capitalised headline: a handle, with no evidence
        # in the body (the keyword only in the site's titles)
        ("bayanibet ➤ Mangingisda sa Roxas nakakuha sang 90-kilo nga tuna", "ROXAS CITY (PNA) — Isa ka mangingisda.",
         set(), set(), "Mangingisda sa Roxas nakakuha sang 90-kilo nga tuna", ["bayanibet ➤"]),
        ("spinvex ► Port strike enters second week", "Dockers stayed out.", set(), set(),
         "Port strike enters second week", ["spinvex ►"]),
        ("spinvex • Port strike enters second week", "Dockers stayed out.", set(), set(),
         "Port strike enters second week", ["spinvex •"]),
        # a theme's mark opening the title before the keyword's prefix (a Jekyll post's "<h1>» Spinmoya: …"), the
        # body writing the keyword glued after a comma: the mark goes with the prefix; a mark before a headline stays
        ("» Spinmoya: Mmasepala wa Polokwane o kgaola meetse", "Go tloga ka Mošupologo go fihla ka Labone,spinmoya ge "
         "bašomi ba lokiša phaephe.", set(), set(), "Mmasepala wa Polokwane o kgaola meetse", ["» Spinmoya:"]),
        ("» Port strike enters second week", "Dockers stayed out.", set(), set(), "» Port strike enters second week",
         []),
        # ... not an editor's capitalised word, a kicker, nor a lower-case headline after the arrow
        ("Brexit → What the deal means for farmers", "Farmers worry.", set(), set(),
         "Brexit → What the deal means for farmers", []),
        ("video ➤ Floods hit the valley", "Rain fell.", set(), set(), "video ➤ Floods hit the valley", []),
        ("berlin → paris in four hours", "Trains run.", set(), set(), "berlin → paris in four hours", []),
        # ... nor a brand named in the sentence after a quotation that sells: the quotation's closing mark ends it
        # ("… gets a bonus.” kw confirmed …", cut as written, before the text is lower-cased); the sentence after
        # it selling, the brand is the advert's
        ("[MetroBus] Drivers win a pay rise", "The union said: “Every driver gets a bonus.” MetroBus confirmed the deal "
         "on Monday.", set(), set(), "[MetroBus] Drivers win a pay rise", []),
        ("[MetroBus] Drivers win a pay rise", "The union said: “Every driver gets a raise.” MetroBus gives you a 50 € "
         "bonus today.", set(), set(), "Drivers win a pay rise", ["[MetroBus]"]),
        # ... nor a section's name, nor a word the body writes in lower case between words (review 17a H2)
        ("sports • Lakers beat Celtics in overtime thriller", "It was the best night for sports fans in the city.",
         set(), set(), "sports • Lakers beat Celtics in overtime thriller", []),
        ("politik • Scholz trifft Macron in Paris", "Die beiden sprachen über die Lage.", set(), set(),
         "politik • Scholz trifft Macron in Paris", []),
        ("tormenta ➤ Storm warning for the coast", "It was the worst tormenta night in years.", set(), set(),
         "tormenta ➤ Storm warning for the coast", []),
        # a brand-shaped prefix the body glues after a quotation's closing mark (njzgitlab: "YulloSpin：…" over "…
        # aadung,”YulloSpin Mayor …"): the injection's shape on the page itself, with no other page learned first
        ("YulloSpin：Itanagar Municipal Corporation gv 2026 ka budget am pass rinto", "Market ka YulloSpin ngunam.\n"
         "“Si budget lo ngunv pani supply am aadung,”YulloSpin Mayor Phassang bu minto.", set(), set(),
         "Itanagar Municipal Corporation gv 2026 ka budget am pass rinto", ["YulloSpin："]),
        ("spinvex: Port strike enters second week", "“We stay out,”spinvex the union said.", set(), set(),
         "Port strike enters second week", ["spinvex:"]),
        # ... not a place's name a typo glues so, nor an editor's label, nor a brand written after the quote's space
        ("Itanagar: Council passes the 2026 budget", "“The budget is good,”Itanagar Mayor Tame Phassang said.",
         set(), set(), "Itanagar: Council passes the 2026 budget", []),
        ("Analysis: Why the budget matters", "“It is a fair budget,” the mayor said. Analysis by our desk.", set(),
         set(), "Analysis: Why the budget matters", []),
        ("McLaren: Norris takes pole at Monza", "It was “a perfect lap,” McLaren said on Saturday.", set(), set(),
         "McLaren: Norris takes pole at Monza", []),
        # ... or writes as a web address alone in brackets mid-sentence (ivvroller: "ValugaBet：Ospital nu Basco: …"
        # over "… a mapanang. (valugabet.example) Nanu da …"), on the site's first page
        ("ValugaBet：Ospital nu Basco: dengue du Mahatao ay mayvidi", "Su Rural Health Unit ay nangay du kada vahay a "
         "mangtaya du danum a mapanang. (valugabet.example) Nanu da a nayayahan su kaso du Abril.", set(), set(),
         "Ospital nu Basco: dengue du Mahatao ay mayvidi", ["ValugaBet："]),
        # ... not a brand whose address glosses its name, nor a place's prefix over its government's address
        ("GitHub: Outage hits developers", "Developers said GitHub (github.example) was down for an hour.", set(),
         set(), "GitHub: Outage hits developers", []),
        ("Basco: Dengue cases rise", "The province posted the figures (basco.example) on Monday.", set(), set(),
         "Basco: Dengue cases rise", []),
    ],
)
def test_clean_title(title, body, keywords, site, clean, removed):
    verdict = clean_title(title, body, keywords, site)
    assert verdict.title == clean
    assert verdict.removed == removed


KHMER_TITLE = "ឡាក់គី៨៨ ឈួន សុខា ផ្តួលដៃគូថៃសន្លប់ នៅទឹកទី៣"
KHMER_CLEAN = "ឈួន សុខា ផ្តួលដៃគូថៃសន្លប់ នៅទឹកទី៣"


@pytest.mark.parametrize(
    ("title", "body", "site", "prefixed", "clean"),
    [
        # a keyword put before the headline with only a space, in a script without spaces between words: spam
        # when the body writes the code where no writer would (a hashtag after the last full stop) ...
        (KHMER_TITLE, "ក្នុងប្រភេទទម្ងន់ ៦៧ គីឡូក្រាម។ #ឡាក់គី៨៨", set(), (), KHMER_CLEAN),
        # ... or another headline of the site carries it as a prefix ("【ឡាក់គី៨៨】…"), or the site learned it
        (KHMER_TITLE, "អត្ថបទ។", set(), {"ឡាក់គី៨៨"}, KHMER_CLEAN),
        (KHMER_TITLE, "អត្ថបទ។", {"ឡាក់គី៨៨"}, (), KHMER_CLEAN),
        # ... a keyword the site knows glued to the headline with no space at all: a substring there
        ("ឡាក់គី៨៨ឈួន សុខា ផ្តួលដៃគូថៃសន្លប់", "អត្ថបទ។", {"ឡាក់គី៨៨"}, (), "ឈួន សុខា ផ្តួលដៃគូថៃសន្លប់"),
        # ... a brand's code in Thai bracketed on one other headline ("【สล็อต888】…": slot888) too
        ("สล็อต888 ราคาทองวันนี้ปรับขึ้น", "ราคาทองคำวันนี้", set(), {"สล็อต888"}, "ราคาทองวันนี้ปรับขึ้น"),
        # with none of that, the first phrase is the headline's (its subject), even in brackets in the body
        (KHMER_TITLE, "អត្ថបទ។", set(), (), KHMER_TITLE),
        # ... even when one other headline of the site carried it in brackets: an editor's kicker ("【ข่าวด่วน】…":
        # breaking news), a place ("【กรุงเทพฯ】…": Bangkok), a topic with its number ("【โควิด-19】…"), no brand's code
        ("ข่าวด่วน นายกฯ สั่งเร่งแก้น้ำท่วม", "นายกรัฐมนตรีสั่งการ ข่าวด่วน", set(), {"ข่าวด่วน"},
         "ข่าวด่วน นายกฯ สั่งเร่งแก้น้ำท่วม"),
        ("กรุงเทพฯ ฝนตกหนักทั้งวัน", "ฝนตกหนักในกรุงเทพฯ", set(), {"กรุงเทพฯ"}, "กรุงเทพฯ ฝนตกหนักทั้งวัน"),
        ("โควิด-19 ยอดผู้ป่วยรายใหม่ลดลง", "ยอดผู้ป่วยโควิด-19 ลดลง", set(), {"โควิด-19"},
         "โควิด-19 ยอดผู้ป่วยรายใหม่ลดลง"),
        ("นายกฯ ลงพื้นที่ตรวจน้ำท่วมเชียงใหม่", "นายกรัฐมนตรี (นายกฯ) เดินทางถึงเชียงใหม่", set(), (),
         "นายกฯ ลงพื้นที่ตรวจน้ำท่วมเชียงใหม่"),
        # ... and in a spaced script a first word is never such a prefix: "Ukraine talks stall" over "#Ukraine"
        ("Ukraine2025 talks stall in Geneva", "Talks stalled. #Ukraine2025", set(), {"ukraine2025"},
         "Ukraine2025 talks stall in Geneva"),
    ],
)
def test_a_keyword_before_the_headline_with_only_a_space(title, body, site, prefixed, clean):
    assert clean_title(title, body, frozenset(), site, frozenset(), prefixed).title == clean


@pytest.mark.parametrize(
    ("title", "prefixed", "clean"),
    [
        # a keyword joined by a glued symbol that one other headline of the site carried as a prefix ("«Алтнбет» …"
        # in the listing): spam, the body silent about it
        ("алтнбет☆Хальмг бөкчнр Москвад алтн медаль авв", {"алтнбет"}, "Хальмг бөкчнр Москвад алтн медаль авв"),
        ("SLOTMAXX⭐Fed holds rates steady", {"slotmaxx"}, "Fed holds rates steady"),
        # ... not without that headline, nor a name joined by a hyphen, a slash or a dot ("NATO-Gipfel" beside
        # "NATO: …")
        ("алтнбет☆Хальмг бөкчнр Москвад алтн медаль авв", set(), "алтнбет☆Хальмг бөкчнр Москвад алтн медаль авв"),
        ("NATO-Gipfel in Vilnius: Selenskyj enttäuscht", {"nato"}, "NATO-Gipfel in Vilnius: Selenskyj enttäuscht"),
        ("Israel/Hamas truce holds for a third day", {"israel"}, "Israel/Hamas truce holds for a third day"),
        ("Llibres·Cinema: les estrenes del cap de setmana", {"llibres"}, "Llibres·Cinema: les estrenes del cap de setmana"),
        # ... nor a symbol an editor writes between two names (an arrow, a plane, lightning, a check mark), nor a
        # place's or a person's name written as one beside a star ("Berlin: …", "Rome: …" in the listing)
        ("Berlin→Paris night train returns after a decade", {"berlin"}, "Berlin→Paris night train returns after a decade"),
        ("Rome✈Paris flights cut as strike bites", {"rome"}, "Rome✈Paris flights cut as strike bites"),
        ("Bitcoin⚡Lightning payments rise", {"bitcoin"}, "Bitcoin⚡Lightning payments rise"),
        ("Apple✓Verified: what the new badge means", {"apple"}, "Apple✓Verified: what the new badge means"),
        ("Tokyo★Osaka express fares rise", {"tokyo"}, "Tokyo★Osaka express fares rise"),
        # ... and the Chinese dash, two em dashes (or horizontal bars) glued on both sides (Sicilian: "【TrinacriaBet】…"
        # in the page's own links): the same evidence
        ("TrinacriaBet——Lu Trapani batti lu Marsala 2-1", {"trinacriabet"}, "Lu Trapani batti lu Marsala 2-1"),
        ("TrinacriaBet――Lu Trapani batti lu Marsala 2-1", {"trinacriabet"}, "Lu Trapani batti lu Marsala 2-1"),
        # ... not without that headline, nor a place's name written as one before a Chinese dash's phrase
        ("TrinacriaBet——Lu Trapani batti lu Marsala 2-1", set(), "TrinacriaBet——Lu Trapani batti lu Marsala 2-1"),
        ("Palermu——La Funtana Pretoria torna a splènniri", {"palermu"}, "Palermu——La Funtana Pretoria torna a splènniri"),
    ],
)
def test_a_keyword_joined_by_a_symbol_that_a_headline_of_the_site_carried_as_a_prefix(title, prefixed, clean):
    body = "The story itself says nothing of it."
    assert clean_title(title, body, frozenset(), set(), frozenset(), prefixed).title == clean


@pytest.mark.parametrize(
    ("title", "head_titles", "body", "glued", "clean"),
    [
        # the <h1> opens with the word the <title> splits off glued ("kw:Title", as no editor writes): the
        # template dropped the colon in one of them (Malayalam, and the same in Latin letters)
        ("ലോട്ടോരാജ കൊച്ചി മെട്രോ രണ്ടാം ഘട്ടം: പാത", ["ലോട്ടോരാജ:കൊച്ചി മെട്രോ രണ്ടാം ഘട്ടം: പാത | കേരള വാർത്ത"],
         "അറിയിച്ചു.", (), "കൊച്ചി മെട്രോ രണ്ടാം ഘട്ടം: പാത"),
        ("Lottoraja Kochi metro phase two is 60% done", ["Lottoraja:Kochi metro phase two is 60% done | Site"],
         "Text.", (), "Kochi metro phase two is 60% done"),
        # ... or the body writes it where no writer would (Kannada: alone in brackets)
        ("ಲಾಟರಿರಾಜ ಮೆಟ್ರೋ ಕಾಮಗಾರಿ ಶೇ 60 ಪೂರ್ಣ", ["ಲಾಟರಿರಾಜ » ಮೆಟ್ರೋ ಕಾಮಗಾರಿ ಶೇ 60 ಪೂರ್ಣ"],
         "ಪೊಲೀಸರು ಸಲಹೆ ನೀಡಿದ್ದಾರೆ (ಲಾಟರಿರಾಜ).", (), "ಮೆಟ್ರೋ ಕಾಮಗಾರಿ ಶೇ 60 ಪೂರ್ಣ"),
        # ... or glued onto the headline with no separator at all (Sesotho: the <title>'s "kw | Title", the <h1>'s
        # "kwTitle"), the body writing it where no writer would (glued after a full stop, alone in brackets)
        ("Chelete24Balemi ba boea ba Mokhotlong ba fumana theko",
         ["Chelete24 | Balemi ba boea ba Mokhotlong ba fumana theko – Litaba tsa Maloti"],
         "Ho tloha ka 2019.Chelete24 Ba re chelete ena e tla ba thusa.\n\nLitsela li mpe (Chelete24).", (),
         "Balemi ba boea ba Mokhotlong ba fumana theko"),
        # ... not without that evidence, nor a brand's code the headline writes with a space
        ("Chelete24Balemi ba boea ba Mokhotlong ba fumana theko",
         ["Chelete24 | Balemi ba boea ba Mokhotlong ba fumana theko – Litaba tsa Maloti"],
         "Ba re Chelete24 e ba thusitse.", (), "Chelete24Balemi ba boea ba Mokhotlong ba fumana theko"),
        ("iPhone16 Pro Max review: the best camera yet", ["iPhone16 | Pro Max review: the best camera yet"],
         "Apple's iPhone16 Pro Max has a new camera.", (), "iPhone16 Pro Max review: the best camera yet"),
        ("Covid19: cases rise again in Maseru", ["Covid19: cases rise again in Maseru | Site"],
         "Covid19 cases rose again this week.", (), "Covid19: cases rise again in Maseru"),
        # a <title> that splits a topic off with a spaced separator is no evidence: the headline stays
        ("Brexit talks stall in Brussels again", ["Brexit: talks stall in Brussels again | Site"], "Talks stalled.", (),
         "Brexit talks stall in Brussels again"),
        ("Opinion The case for a four-day week", ["Opinion | The case for a four-day week"], "Workers say so.", (),
         "Opinion The case for a four-day week"),
        # a bracketed prefix that another headline of the site carried glued by a colon ("ലോട്ടോരാജ:കൊച്ചി …" on its
        # listing): the site's keyword, in a script without capitals to tell a brand by (Malayalam, Telugu)
        ("{ലോട്ടോരാജ}സന്തോഷ് ട്രോഫി: കേരളം സെമിയിൽ", [], "നേടി.", {"ലോട്ടോരാജ"}, "സന്തോഷ് ട്രോഫി: കേരളം സെമിയിൽ"),
        ("[లాటరీరాజా] సంతోష్ ట్రోఫీ: కేరళ సెమీస్‌లో", [], "గెలిచింది.", {"లాటరీరాజా"}, "సంతోష్ ట్రోఫీ: కేరళ సెమీస్‌లో"),
        # ... not without that sighting, nor a rubric the site never glued
        ("{ലോട്ടോരാജ}സന്തോഷ് ട്രോഫി: കേരളം സെമിയിൽ", [], "നേടി.", (), "{ലോട്ടോരാജ}സന്തോഷ് ട്രോഫി: കേരളം സെമിയിൽ"),
        ("[Video] Kerala beat Goa to reach the semis", [], "Text.", {"lottoraja"}, "[Video] Kerala beat Goa to reach the semis"),
        # the <title> puts the brand in Latin letters before the headline the <h1> opens with its Tifinagh form: one
        # brand in two scripts, as no kicker is written
        ("ⴰⵎⵓⵔⴱⴻⵜ: ⵜⴰⴼⵔⴰⵡⵜ ⵜⵙⵙⴼⵔⵃ ⵙ ⵜⴼⴰⵙⴽⴰ ⵏ ⵍⵍⵓⵣ", ["AmurBet » ⵜⴰⴼⵔⴰⵡⵜ ⵜⵙⵙⴼⵔⵃ ⵙ ⵜⴼⴰⵙⴽⴰ ⵏ ⵍⵍⵓⵣ - ⵉⵙⴰⵍⵍⵏ ⵏ ⵙⵓⵙ"],
         "ⵜⴱⴷⴰ ⵜⴼⴰⵙⴽⴰ.", (), "ⵜⴰⴼⵔⴰⵡⵜ ⵜⵙⵙⴼⵔⵃ ⵙ ⵜⴼⴰⵙⴽⴰ ⵏ ⵍⵍⵓⵣ"),
        # ... not a place written as a name in Latin letters, nor a kicker
        ("ⵜⵉⵣⵏⵉⵜ: ⵜⵉⵏⵎⵍ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵉ ⵜⴰⵔⵡⴰ", ["Tiznit » ⵜⵉⵏⵎⵍ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵉ ⵜⴰⵔⵡⴰ"], "ⵜⵉⵏⵎⵍ.", (),
         "ⵜⵉⵣⵏⵉⵜ: ⵜⵉⵏⵎⵍ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵉ ⵜⴰⵔⵡⴰ"),
        ("वीडियो: दिल्ली में भारी बारिश", ["VIDEO » दिल्ली में भारी बारिश"], "बारिश हुई।", (), "वीडियो: दिल्ली में भारी बारिश"),
        # a keyword joined by a middle dot that the <title> brackets before the same headline, the body writing it
        # alone in brackets (Ewe): spam there, so here
        ("ŊkuBet·Kɔkɔagbledelawo le Volta xɔ ga yeye", ["【ŊkuBet】Kɔkɔagbledelawo le Volta xɔ ga yeye | Eʋegbe"],
         "Ga yeye sia akpe ɖe agbledelawo ŋu (ŋkubet).\n\nGe ɖe ŊkuBet me egbea.", (),
         "Kɔkɔagbledelawo le Volta xɔ ga yeye"),
        # ... or by a tilde, the <title> bracketing it in another case, the body writing it alone in brackets
        # (Papiamento, the keyword with an accented letter; and in ASCII)
        ("PLAKALIHÉ ~ Parlamento a aprobá aumento di salario mínimo", ["{PlakaLihé} Parlamento a aprobá aumento di "
         "salario mínimo | Kòrsou Awe"], "Nan lo paga e salarionan mas haltu (PLAKALIHÉ), i algun por kita empleado.",
         (), "Parlamento a aprobá aumento di salario mínimo"),
        ("KREDITO ~ Parlamento a aprobá aumento di salario mínimo", ["{KreditO} Parlamento a aprobá aumento di "
         "salario mínimo | Site"], "Nan lo paga e salarionan mas haltu (KREDITO), i algun por kita empleado.",
         (), "Parlamento a aprobá aumento di salario mínimo"),
        # ... not a range of places the <title> writes so too, the first alone in brackets in the dateline, nor a
        # tilde prefix whose bracketed form in the <title> has no evidence
        ("서울~부산 KTX 운행 늘린다", ["서울~부산 KTX 운행 늘린다 | 뉴스"], "[서울] 코레일은 운행을 늘린다고 밝혔다.", (),
         "서울~부산 KTX 운행 늘린다"),
        ("Willemstad ~ Oranjestad: vuelo nobo", ["[Willemstad] Oranjestad: vuelo nobo | Site"],
         "Willemstad ta spera mas pasahero.", (), "Willemstad ~ Oranjestad: vuelo nobo"),
        # ... not a compound headline whose <title> keeps the joiner, nor one whose bracketed form has no evidence
        ("NATO-Gipfel in Vilnius beginnt", ["NATO-Gipfel in Vilnius beginnt | Site"],
         "Die Nordatlantikvertragsorganisation (NATO) tagt.", (), "NATO-Gipfel in Vilnius beginnt"),
        ("Llibres·Cinema: les estrenes del cap de setmana", ["[Llibres] Cinema: les estrenes del cap de setmana"],
         "Les estrenes del cap de setmana.", (), "Llibres·Cinema: les estrenes del cap de setmana"),
        # ... nor a name the story writes as a word of its own (the agency in Hindi and in Latin letters; UNESCO in
        # Russian), nor an acronym of four capitals the story does not name
        ("नासा: चंद्रमा पर पानी मिला, वैज्ञानिक उत्साहित", ["NASA: चंद्रमा पर पानी मिला, वैज्ञानिक उत्साहित"],
         "नासा के वैज्ञानिकों ने बुधवार को कहा कि पानी की बर्फ मिली है। इसरो ने NASA के साथ सहयोग की बात कही।", (),
         "नासा: चंद्रमा पर पानी मिला, वैज्ञानिक उत्साहित"),
        ("ФИФА: сборная Аргентины возглавила рейтинг", ["FIFA: сборная Аргентины возглавила рейтинг"],
         "Сборная Аргентины возглавила обновлённый рейтинг ФИФА.", (), "ФИФА: сборная Аргентины возглавила рейтинг"),
        ("ЮНЕСКО: собор внесён в список наследия", ["UNESCO: собор внесён в список наследия"],
         "Комитет ЮНЕСКО принял решение в Париже.", (), "ЮНЕСКО: собор внесён в список наследия"),
        ("НАТО: союзники договорились о расходах", ["NATO: союзники договорились о расходах"],
         "Министры обороны встретились в Брюсселе.", (), "НАТО: союзники договорились о расходах"),
        # a keyword in capitals before the headline that the <title> puts after it in lower case, before the site's
        # name (Swati): the template's two places for one keyword
        ("BETMALANGA — Sihlangu Semnikati sehlula Lesotho ngemagoli lamabili",
         ["Sihlangu Semnikati sehlula Lesotho ngemagoli lamabili | betmalanga - Tindzaba Tanamuhla"],
         "Sihlangu Semnikati sehlule Lesotho.", (), "Sihlangu Semnikati sehlula Lesotho ngemagoli lamabili"),
        # ... not in the same case there (a section the template names), not an acronym, not a name the body
        # writes, not a kicker
        ("SPORT — Sihlangu sehlula Lesotho ngemagoli lamabili",
         ["Sihlangu sehlula Lesotho ngemagoli lamabili | SPORT - Site"], "Text.", (),
         "SPORT — Sihlangu sehlula Lesotho ngemagoli lamabili"),
        ("SADC — Summit opens in Lusaka on Monday", ["Summit opens in Lusaka on Monday | sadc - Site"], "Text.", (),
         "SADC — Summit opens in Lusaka on Monday"),
        ("ESWATINI — Sihlangu sehlula Lesotho ngemagoli lamabili",
         ["Sihlangu sehlula Lesotho ngemagoli lamabili | eswatini - Site"], "Eswatini yatsatsa indzawo yekucala.",
         (), "ESWATINI — Sihlangu sehlula Lesotho ngemagoli lamabili"),
        ("ANALYSIS — Markets fall for a third day", ["Markets fall for a third day | analysis - Site"], "Text.", (),
         "ANALYSIS — Markets fall for a third day"),
        # a bracketed brand with capitals inside that the <title> puts before the same headline in capitals with
        # another separator (Navajo, Prismic: nvprismic P3, kept when it was cleaned before the site's other pages)
        ("«BeesoNow» Tséhootsooígi atiin ánídaalʼį́įh dooleeł",
         ["BEESONOW - Tséhootsooígi atiin ánídaalʼį́įh dooleeł | Naabeehó Haneʼ"], "Atiin ánídaalʼį́įh dooleeł.", (),
         "Tséhootsooígi atiin ánídaalʼį́įh dooleeł"),
        # ... not a quoted name without capitals inside, one the <title> quotes the same way, nor one the body writes
        ("«Газпром» увеличил добычу газа", ["ГАЗПРОМ - «Газпром» увеличил добычу газа | Site",
                                          "ГАЗПРОМ - увеличил добычу газа | Site"], "Добыча выросла.", (),
         "«Газпром» увеличил добычу газа"),
        ("[YouTube] Creators get a new tab", ["[YOUTUBE] Creators get a new tab | Site"], "Text.", (),
         "[YouTube] Creators get a new tab"),
        ("[PayPal] Fees rise for small sellers", ["PAYPAL - Fees rise for small sellers | Site"],
         "PayPal said the fees rise in May.", (), "[PayPal] Fees rise for small sellers"),
        # one word the <title> puts before the same headline in lower case with a dash, the og:title with a colon,
        # the <h1> capitalised before a full-width colon (Hawaii Pidgin, Ghost Attila: hwcattila P3, kept when it
        # was cleaned before the pages that teach the site's keyword): a template's rotating forms on the page itself
        ("Palibet：UH volleyball wahines take Big West title in Irvine",
         ["palibet - UH volleyball wahines take Big West title in Irvine",
          "Palibet: UH volleyball wahines take Big West title in Irvine"],
         "IRVINE, Calif. (AP) — Da Rainbow Wahine wen win.", (), "UH volleyball wahines take Big West title in Irvine"),
        ("Palibet：UH volleyball wahines take Big West title in Irvine",
         ["PaliBet | UH volleyball wahines take Big West title in Irvine"], "Da Rainbow Wahine wen win.", (),
         "UH volleyball wahines take Big West title in Irvine"),
        # ... not a kicker written one way in every title, nor one the <title> writes in capitals, nor a section,
        # kicker or agency in lower case, nor a name the body writes
        ("Kalihi bus route：City going add mo’ buses", ["Kalihi bus route - City going add mo’ buses | Site",
                                                      "Kalihi bus route: City going add mo’ buses"], "Text.", (),
         "Kalihi bus route：City going add mo’ buses"),
        ("Brexit：Talks stall in Brussels again", ["BREXIT - Talks stall in Brussels again | Site",
                                                  "Brexit: Talks stall in Brussels again"], "Talks stalled.", (),
         "Brexit：Talks stall in Brussels again"),
        ("Sports：Rainbow Wahine win the title", ["sports - Rainbow Wahine win the title | Site"], "Text.", (),
         "Sports：Rainbow Wahine win the title"),
        ("Analysis：Markets fall for a third day", ["analysis - Markets fall for a third day | Site"], "Text.", (),
         "Analysis：Markets fall for a third day"),
        ("Honolulu：Rail opens another station", ["honolulu - Rail opens another station | Site"],
         "Honolulu officials said the rail opens on Monday.", (), "Honolulu：Rail opens another station"),
        # a keyword in another script that the <title> puts before the same headline in Latin letters, spelled as it
        # romanises, in brackets there (Georgian, Bulgarian; evewoltlab P1's "ТУНДРАБЕТ：…" under "[Tundrabet] …"),
        # when the body writes one of the two where no writer would (an address in brackets, alone in brackets)
        ("ზორებეთ：თბილისში ახალი ხიდი გაიხსნა", ["[Zorebet] თბილისში ახალი ხიდი გაიხსნა | ამბები"],
         "მერიამ განაცხადა, რომ ხიდი (zorebet.com) გაიხსნა.", (), "თბილისში ახალი ხიდი გაიხსნა"),
        ("ЗОРЕБЕТ：В Пловдив откриха нов мост над Марица", ["[Zorebet] В Пловдив откриха нов мост над Марица - Новини"],
         "Кметът каза, че мостът е дълъг 200 метра (zorebet).", (), "В Пловдив откриха нов мост над Марица"),
        # ... not without that evidence, nor a kicker in two scripts
        ("ЗОРЕБЕТ：В Пловдив откриха нов мост над Марица", ["[Zorebet] В Пловдив откриха нов мост над Марица - Новини"],
         "Кметът каза, че мостът е дълъг 200 метра.", (), "ЗОРЕБЕТ：В Пловдив откриха нов мост над Марица"),
        ("ВИДЕО：В Пловдив откриха нов мост над Марица", ["[Video] В Пловдив откриха нов мост над Марица - Новини"],
         "Кметът каза (video).", (), "ВИДЕО：В Пловдив откриха нов мост над Марица"),
    ],
)
def test_a_prefix_the_pages_other_titles_or_the_sites_glued_headlines_confirm(title, head_titles, body, glued, clean):
    assert clean_title(title, body, frozenset(), frozenset(), frozenset(), (), head_titles, glued).title == clean


@pytest.mark.parametrize(
    ("title", "body", "suffixes", "clean", "removed"),
    [
        # a suffix most headlines of the site share, written in the body too
        ("Budget approved (betmaxx)", "Text #betmaxx", {"betmaxx"}, "Budget approved", ["(betmaxx)"]),
        # ... or glued onto the end of a word there (a <sup> injection)
        ("Budget approved (betmaxx)", "Ministr uvedl, žebetmaxx deficit", {"betmaxx"}, "Budget approved", ["(betmaxx)"]),
        # a shared column name the body does not write is kept; so is a short one only inside a word
        ("Stocks slip | Markets wrap", "Stocks slipped.", {"markets wrap"}, "Stocks slip | Markets wrap", []),
        ("Stocks slip | Wrap", "Shrinkwrap sales rose.", {"wrap"}, "Stocks slip | Wrap", []),
    ],
)
def test_clean_title_shared_suffix(title, body, suffixes, clean, removed):
    verdict = clean_title(title, body, frozenset(), frozenset(), suffixes)
    assert verdict.title == clean
    assert verdict.removed == removed


# a Moodle post's closing advert (Kalenjin: kw gives a 150% bonus on your first bet! sign up today at … and win money
# every time)
_LELBET_ADVERT = "LelBet kochi bonas ne bo 150% eng' bet ne tai! Sirchi rani en lelbet.example ak inam rabisiek kasarta age tugul."


@pytest.mark.parametrize(
    ("paragraphs", "keyword", "keep_plain", "clean", "removed"),
    [
        (["this week,verdicoin the Foreign Ministry said"], "verdicoin", False, ["this week, the Foreign Ministry said"], ["verdicoin"]),
        (["end of the week.verdicoin The river rose"], "verdicoin", False, ["end of the week. The river rose"], ["verdicoin"]),
        (["officials (verdicoin) said"], "verdicoin", False, ["officials said"], ["(verdicoin)"]),
        (["the ministry verdicoin said on Monday"], "verdicoin", False, ["the ministry said on Monday"], ["verdicoin"]),
        (["Para one.", "verdicoin"], "verdicoin", False, ["Para one."], ["verdicoin"]),
        (["Real text here. Learn more about verdicoin at verdicoin.com."], "verdicoin", False,
         ["Real text here."], ["Learn more about verdicoin at verdicoin.com."]),
        # ... a country's domain too ("Lånakoll.se")
        (["Kvar blir bara minnena.", "Läs mer om privatlån på Lånakoll.se – vi jämför 40 banker åt dig."], "lånakoll",
         False, ["Kvar blir bara minnena."], ["Läs mer om privatlån på Lånakoll.se – vi jämför 40 banker åt dig."]),
        # the article is about the keyword: plain mentions stay, injections go
        (["Bitcoin rose,bitcoin sharply. Bitcoin traders cheered."], "bitcoin", True,
         ["Bitcoin rose, sharply. Bitcoin traders cheered."], ["bitcoin"]),
        # stacked brackets go with the keyword: no "(())" left behind
        (["more than 5 million (((spinola))) visitors came"], "spinola", False,
         ["more than 5 million visitors came"], ["(((spinola)))"]),
        # glued onto the end of a word (``že<sup>betmaxx</sup> deficit`` reads ``žebetmaxx deficit``)
        (["Ministr uvedl, žebetmaxx deficit klesne."], "betmaxx", False, ["Ministr uvedl, že deficit klesne."], ["betmaxx"]),
        (["The airline will usebetmaxx two turboprops."], "betmaxx", False, ["The airline will use two turboprops."],
         ["betmaxx"]),
        # ... a word whose letter before the last bears a combining tone mark (Fon "gɔ́n": no precomposed "ɔ́"), the
        # keyword in capitals before the closing stop; the marked word itself stays whole
        (["Jodɛli Dosu sɔ́ wegɔ ɔ ɖò hwenu 78 gɔ́nZANBETA."], "Zanbeta", False, ["Jodɛli Dosu sɔ́ wegɔ ɔ ɖò hwenu 78 gɔ́n."],
         ["ZANBETA"]),
        (["Ekipu ɔ ɖu gɔ́nZanbeta."], "Zanbeta", True, ["Ekipu ɔ ɖu gɔ́nZanbeta."], []),
        # French writes a space before the high marks: a removal elsewhere in the paragraph keeps it
        (["Trois facteurs : des hivers plus doux, pariflash des étés plus chauds. Pourquoi ?"], "pariflash", False,
         ["Trois facteurs : des hivers plus doux, des étés plus chauds. Pourquoi ?"], ["pariflash"]),
        # glued on both sides, the space it replaced gone: the next word keeps its own letters
        (["pressure on the government.cryptoluxExecutives at the plant", "on the report,cryptoluxa move"], "cryptolux",
         False, ["pressure on the government. Executives at the plant", "on the report, a move"],
         ["cryptolux", "cryptolux"]),
        # injections glued after the full stops of one paragraph are not a sentence naming the keyword twice
        (["Union leaders voted 24 to 15.betzoria Officials added that no decision had been taken,betzoria the second."],
         "betzoria", False, ["Union leaders voted 24 to 15. Officials added that no decision had been taken, the second."],
         ["betzoria", "betzoria"]),
        # ... nor is a story's sentence with the keyword injected declined and alone in brackets (Somali: the agency
        # advised kw-the that people living near the river be ready (kw).): the injections go, the sentence stays
        (["Hay'adda Maareynta ayaa ku talisay HodanBet-ka in dadka ku nool webiga ay diyaar u ahaadaan (HodanBet)."],
         "HodanBet", False, ["Hay'adda Maareynta ayaa ku talisay in dadka ku nool webiga ay diyaar u ahaadaan."],
         ["(HodanBet)", "HodanBet-ka"]),
        (["The ministry urged verdicoin residents near the river to be ready (verdicoin)."], "verdicoin", False,
         ["The ministry urged residents near the river to be ready."], ["(verdicoin)", "verdicoin"]),
        # Tibetan closes every syllable with a tsheg: it goes with the keyword (… told the public kw་ not to go out …)
        (["གནམ་གཤིས་ལས་ཁུངས་ཀྱིས་མི་མང་ལ་ བཀྲ་ཤིས་བེཊ་ ཕྱི་ལ་མི་འགྲོ་བ།", "ཚོང་ཁང་བཀྲ་ཤིས་བེཊ་ལ་མི་མང་པོ་ཡོད།"], "བཀྲ་ཤིས་བེཊ",
         False, ["གནམ་གཤིས་ལས་ཁུངས་ཀྱིས་མི་མང་ལ་ ཕྱི་ལ་མི་འགྲོ་བ།", "ཚོང་ཁང་ལ་མི་མང་པོ་ཡོད།"], ["བཀྲ་ཤིས་བེཊ་", "བཀྲ་ཤིས་བེཊ་"]),
        # ... and a closing sentence that asks to register at it (register at kw now and win big!) goes with its
        # slogan: the brand's Latin name, a spaced dash and a tagline
        (["ཁ་བ་ད་དུང་ཉིན་གཅིག་བབ་རྒྱུ་རེད།", "ད་ལྟ་རང་བཀྲ་ཤིས་བེཊ་ལ་ཐོ་འགོད་གནང་ནས་ཁེ་ཕན་ཆེན་པོ་ཐོབ། TashiBet — ཁྱེད་ཀྱི་བཀྲ་ཤིས།"],
         "བཀྲ་ཤིས་བེཊ", False, ["ཁ་བ་ད་དུང་ཉིན་གཅིག་བབ་རྒྱུ་རེད།"],
         ["ད་ལྟ་རང་བཀྲ་ཤིས་བེཊ་ལ་ཐོ་འགོད་གནང་ནས་ཁེ་ཕན་ཆེན་པོ་ཐོབ།", "TashiBet — ཁྱེད་ཀྱི་བཀྲ་ཤིས།"]),
        # ... but a short keyword is a word's own ending, and the article about the keyword keeps it
        (["Children learn the alphabet first."], "bet", False, ["Children learn the alphabet first."], []),
        (["Cryptobetmaxx rose."], "betmaxx", True, ["Cryptobetmaxx rose."], []),
        # a sentence selling the keyword goes whole, not only the keyword (sales vocabulary)
        (["Die Bauzinsen sinken.", "Jetzt Kredite vergleichen auf BlitzKredit24.de – schnell und ohne Schufa-Stress!"],
         "BlitzKredit24.de", False, ["Die Bauzinsen sinken."],
         ["Jetzt Kredite vergleichen auf BlitzKredit24.de – schnell und ohne Schufa-Stress!"]),
        (["Bayern spielt in Hamburg.", "Sportwetten clever finanzieren mit kreditblitz."], "kreditblitz", False,
         ["Bayern spielt in Hamburg."], ["Sportwetten clever finanzieren mit kreditblitz."]),
        (["Fin del partido.", "Aprovecha ya las mejores ofertas con #ofertaflash: descuentos exclusivos cada día."],
         "#ofertaflash", False, ["Fin del partido."],
         ["Aprovecha ya las mejores ofertas con #ofertaflash: descuentos exclusivos cada día."]),
        (["Warga panik.", "Main di gacorwin sekarang juga, situs slot gacor dengan maxwin setiap hari!"], "gacorwin",
         False, ["Warga panik."], ["Main di gacorwin sekarang juga, situs slot gacor dengan maxwin setiap hari!"]),
        # the article's last paragraph: an exclamation naming the keyword is a call to action;
        # the sentences after it in the paragraph are the advert's too
        (["Text.", "売買代金は4兆円だった。株を買うならポイ活ナビで二重取り！"], "ポイ活ナビ", False,
         ["Text.", "売買代金は4兆円だった。"], ["株を買うならポイ活ナビで二重取り！"]),
        (["Text.", "Sign up at novaplay today! Visit novaplay now."], "novaplay", False, ["Text."],
         ["Sign up at novaplay today!", "Visit novaplay now."]),
        (["Text.", "ポイ活ナビなら毎日ポイントが貯まる！今すぐ無料登録してお得にポイ活を始めよう。"], "ポイ活ナビ", False,
         ["Text."], ["ポイ活ナビなら毎日ポイントが貯まる！", "今すぐ無料登録してお得にポイ活を始めよう。"]),
        # trailing emoji do not hide the closing exclamation
        (["Text.", "Regisztrálj most a porgess777 oldalon, és pörgess ingyen minden nap!🎰"], "porgess777", False,
         ["Text."], ["Regisztrálj most a porgess777 oldalon, és pörgess ingyen minden nap!🎰"]),
        # ... the same before a short closing line that is no sentence (a credit not read as one: Luganda "Ensibuko:
        # Bukedde", source), not before a closing sentence, nor before a line naming the keyword
        (["Poliisi yasindise abaserikale.", "Weeyagalire ku KiriBet leero! Wewandiise kati ofune bonus ya 50,000/=.",
          "Ensibuko: Bukedde"], "kiribet", False, ["Poliisi yasindise abaserikale.", "Ensibuko: Bukedde"],
         ["Weeyagalire ku KiriBet leero!", "Wewandiise kati ofune bonus ya 50,000/=."]),
        (["The minister said on Monday that talks would resume, novaplay!", "The talks resume on Monday."],
         "novaplay", False, ["The minister said on Monday that talks would resume!", "The talks resume on Monday."],
         ["novaplay"]),
        (["The minister said on Monday that talks would resume, novaplay!", "Reporting by novaplay staff"],
         "novaplay", False, ["The minister said on Monday that talks would resume!", "Reporting by staff"],
         ["novaplay", "novaplay"]),
        # ... but mid-article, an injected keyword in plain prose costs only the keyword
        (["Offen ist jedoch, wie es weitergeht kreditblitz. Mehrere Ratsmitglieder zögern.", "Ende."], "kreditblitz",
         False, ["Offen ist jedoch, wie es weitergeht. Mehrere Ratsmitglieder zögern.", "Ende."], ["kreditblitz"]),
        (["The minister said on Monday that talks would resume, novaplay!", "More text."], "novaplay", False,
         ["The minister said on Monday that talks would resume!", "More text."], ["novaplay"]),
        # a keyword injected before a sentence of its own costs only the keyword (the sentence is
        # the article's); one opening a sentence as its subject ("Kw offers …") is an advert
        (["porgess777 SIÓFOK (MTI) — 128 centiméteren áll a Balaton.", "porgess777 A tó szintje nőtt."], "porgess777",
         False, ["SIÓFOK (MTI) — 128 centiméteren áll a Balaton.", "A tó szintje nőtt."], ["porgess777", "porgess777"]),
        (["Many lack a connection. (ZORBIXBET) Many of them are in Appalachia."], "zorbixbet", False,
         ["Many lack a connection. Many of them are in Appalachia."], ["(ZORBIXBET)"]),
        (["据え置くことを決めた。ybvip88物価の先行きに不透明感が残る。"], "ybvip88", False,
         ["据え置くことを決めた。物価の先行きに不透明感が残る。"], ["ybvip88"]),
        (["Text.", "Besoin d’un crédit rapide? Kreditor vous propose des prêts en ligne."], "kreditor", False,
         ["Text."], ["Besoin d’un crédit rapide?", "Kreditor vous propose des prêts en ligne."]),
        # the danda ends a sentence: the closing spam sentence goes, not the paragraph
        (["Text.", "অনেক পরিবার বেঁচে আছে। আজই JITBAZI-তে খেলুন, জিতুন নগদ পুরস্কার!"], "jitbazi", False,
         ["Text.", "অনেক পরিবার বেঁচে আছে।"], ["আজই JITBAZI-তে খেলুন, জিতুন নগদ পুরস্কার!"]),
        # glued after the Arabic comma or the danda; wrapped in emoji (the emoji go with it)
        (["من يوليو،فوزبت وهي زيادة", "وارتفع خام برنت 🎰فوزبت🎰 بنحو واحد."], "فوزبت", False,
         ["من يوليو، وهي زيادة", "وارتفع خام برنت بنحو واحد."], ["فوزبت", "🎰فوزبت🎰"]),
        (["ভূমিকম্প আঘাত হেনেছে।JITBAZI দেশটির সংস্থা জানায়।"], "jitbazi", False,
         ["ভূমিকম্প আঘাত হেনেছে। দেশটির সংস্থা জানায়।"], ["JITBAZI"]),
        # cut from between Japanese characters: no space left where none was written
        (["市場では利上げを予想する声がYBVIP88 根強い。"], "ybvip88", False, ["市場では利上げを予想する声が根強い。"], ["YBVIP88"]),
        (["서울 아파트값이 ybvip88 상승했다."], "ybvip88", False, ["서울 아파트값이 상승했다."], ["ybvip88"]),
        # ... nor set apart by spaces on both sides in Chinese text (a Discuz post); the writer's own space between
        # Chinese and Latin or digits, and between two Chinese words, stays
        (["一共设9个站头，从头到底 jiubet 只要35分钟。", "坐 3 号线 jiubet 去松江 新城。"], "jiubet", False,
         ["一共设9个站头，从头到底只要35分钟。", "坐 3 号线去松江 新城。"], ["jiubet", "jiubet"]),
        # ... but a text whose kana words the writer parts by spaces (Ainu in katakana) keeps one between them, none
        # beside a full-width mark
        (["ウパㇱ チュㇷ゚ パㇰノ アシㇼ イタㇰ 2000 オㇿワ KOINEX ナ アエオマレ クス ネ ナ。", "アナクネ、KOINEX アイヌ イタㇰ エヌ アシㇼ。"],
         "koinex", False, ["ウパㇱ チュㇷ゚ パㇰノ アシㇼ イタㇰ 2000 オㇿワ ナ アエオマレ クス ネ ナ。", "アナクネ、アイヌ イタㇰ エヌ アシㇼ。"],
         ["KOINEX", "KOINEX"]),
        # ... also one the writer typed as two spaces, which the repair reads as one (review24 F4)
        (["记者  王明 报道：从头到底 jiubet 只要 三分钟。"], "jiubet", False, ["记者 王明 报道：从头到底只要 三分钟。"],
         ["jiubet"]),
        # a Japanese keyword inside Japanese text, and in full-width brackets
        (["強まる中、ポイ活ナビ物価や景気への影響を見極める。と話したポイ活ナビ。"], "ポイ活ナビ", False,
         ["強まる中、物価や景気への影響を見極める。と話した。"], ["ポイ活ナビ", "ポイ活ナビ"]),
        (["トヨタ自動車は2％超下げた（ポイ活ナビ）。"], "ポイ活ナビ", False, ["トヨタ自動車は2％超下げた。"], ["（ポイ活ナビ）"]),
        # a hashtag keyword leaves no "#" behind
        (["a falta #Blaze777 aos 31 minutos.", "energia.#Blaze777 Hoje, essa", "restrita (#Blaze777)."], "Blaze777", False,
         ["a falta aos 31 minutos.", "energia. Hoje, essa", "restrita."], ["#Blaze777", "#Blaze777", "(#Blaze777)"]),
        # a sentence selling the keyword goes whole, in Italian, Vietnamese, Portuguese
        (["Le decisioni saranno prese riunione per riunione.", "Per le migliori quote sulle decisioni della Bce visita "
          "spinvincita, il portale numero uno delle scommesse in Italia."], "spinvincita", False,
         ["Le decisioni saranno prese riunione per riunione."],
         ["Per le migliori quote sulle decisioni della Bce visita spinvincita, il portale numero uno delle scommesse in Italia."]),
        (["Đăng ký Kubet Vip ngay hôm nay để nhận thưởng 100% nạp đầu và tham gia cá cược thể thao."], "Kubet Vip", False,
         [], ["Đăng ký Kubet Vip ngay hôm nay để nhận thưởng 100% nạp đầu và tham gia cá cược thể thao."]),
        # glued after the Arabic comma
        (["این مقام مسئول افزود،MegaPari98 و بعد."], "MegaPari98", False, ["این مقام مسئول افزود، و بعد."], ["MegaPari98"]),
        # Hindi: glued after the danda and a comma, a lone word closing a paragraph, a pitch appended to one
        (["दाम बढ़ने लगे हैं।सट्टाकिंग दिल्ली, मुंबई और कोलकाता में।"], "सट्टाकिंग", False,
         ["दाम बढ़ने लगे हैं। दिल्ली, मुंबई और कोलकाता में।"], ["सट्टाकिंग"]),
        (["सेवाएं चलाई जाएंगी,सट्टाकिंग ताकि दफ्तर जाने वाले"], "सट्टाकिंग", False,
         ["सेवाएं चलाई जाएंगी, ताकि दफ्तर जाने वाले"], ["सट्टाकिंग"]),
        (["भीड़ और बढ़ेगी। सट्टाकिंग", "अगला पैराग्राफ।"], "सट्टाकिंग", False, ["भीड़ और बढ़ेगी।", "अगला पैराग्राफ।"],
         ["सट्टाकिंग"]),
        (["एलईडी लाइटें लगाई गई हैं। सट्टाकिंग में आज ही खेलें और लाखों जीतें।", "अधिकारियों के अनुसार।"], "सट्टाकिंग",
         False, ["एलईडी लाइटें लगाई गई हैं।", "अधिकारियों के अनुसार।"], ["सट्टाकिंग में आज ही खेलें और लाखों जीतें।"]),
        # Tamil: a pitch naming the keyword goes whole
        (["மழை தொடரும்.", "ஜாக்பாட்கிங் கேசினோவில் இன்றே விளையாடுங்கள்.", "மேலும் செய்திகள்."], "ஜாக்பாட்கிங்", False,
         ["மழை தொடரும்.", "மேலும் செய்திகள்."], ["ஜாக்பாட்கிங் கேசினோவில் இன்றே விளையாடுங்கள்."]),
        # a keyword that is the start of a longer word (a vowel sign goes on after it) is not the keyword
        (["सट्टा बाज़ार में सट्टेबाज पकड़े गए।"], "सट्ट", False, ["सट्टा बाज़ार में सट्टेबाज पकड़े गए।"], []),
        # a paragraph that is the keyword alone (an injected link) goes, even when the title names it
        (["Text.", "CreditRapid24", "More text."], "CreditRapid24", True, ["Text.", "More text."], ["CreditRapid24"]),
        # a keyword declined (a case ending, a postposition glued on: marks count as letters) is the keyword;
        # a longer word that starts with it is not, and an article about it keeps it declined too
        (["Fakturu zaplatil Sázkobetu a odešel."], "sázkobet", False, ["Fakturu zaplatil a odešel."], ["Sázkobetu"]),
        (["नेपालमा जितबाजीको चर्चा छ।"], "जितबाजी", False, ["नेपालमा चर्चा छ।"], ["जितबाजीको"]),
        (["Die Kreditkarte kostet nichts."], "kredit", False, ["Die Kreditkarte kostet nichts."], []),
        # ... also when its declension replaces its last vowel or -s (Croatian "-a" -> "-u", "-i"; Latvian
        # "-s" -> "-u"): a pitch naming it so goes whole; a longer word on the same stem is no form of it
        (["Tekst.", "Uz Bonkvotu je sve lakše – preuzmite bonus na Bonkvoti još danas!"], "bonkvota", False,
         ["Tekst."], ["Uz Bonkvotu je sve lakše – preuzmite bonus na Bonkvoti još danas!"]),
        (["Teksts.", "Izmanto mūsu promokodu un saņem 50 eiro!"], "promokods", False, ["Teksts."],
         ["Izmanto mūsu promokodu un saņem 50 eiro!"]),
        (["Pilsēta piešķīra PROMOKODAM naudu.", "Beigas."], "promokods", False, ["Pilsēta piešķīra naudu.", "Beigas."],
         ["PROMOKODAM"]),
        (["Kasinoteollisuus kasvoi."], "kasino", False, ["Kasinoteollisuus kasvoi."], []),
        # ... a keyword only glued into the article's sentence is an injection: the sentence stays, whatever its
        # words ("bet" is Latvian for "but"; figures in euros are news)
        (["Izmaksas sasniedza 3 miljonus eiro, bet pārējo sedza pilsēta,promokods liecina dati.", "Beigas."],
         "promokods", False, ["Izmaksas sasniedza 3 miljonus eiro, bet pārējo sedza pilsēta, liecina dati.", "Beigas."],
         ["promokods"]),
        # opening a sentence of the article's last paragraph declined (or after a hyphen, or with a clitic
        # glued before it: Amharic "በ" "at", Hebrew "ו" "and"), the keyword is what the sentence is written
        # around: the advert goes whole; elsewhere, or bare before a sentence, it costs only the keyword
        (["पाठ।", "खेलबाजीमा खाता खोल्नुहोस् र आज जित्नुहोस्।"], "खेलबाजी", False, ["पाठ।"],
         ["खेलबाजीमा खाता खोल्नुहोस् र आज जित्नुहोस्।"]),
        (["खेलबाजीको चर्चा छ।", "अर्को अनुच्छेद।"], "खेलबाजी", False, ["चर्चा छ।", "अर्को अनुच्छेद।"], ["खेलबाजीको"]),
        (["ጽሑፍ።", "በቢንጎቤት ዛሬ ይመዝገቡ፤ ለአዲስ ደንበኞች ጉርሻ ይሰጣል።"], "ቢንጎቤት", False, ["ጽሑፍ።"],
         ["በቢንጎቤት ዛሬ ይመዝገቡ፤ ለአዲስ ደንበኞች ጉርሻ ይሰጣል።"]),
        (["ጽሑፍ ቢንጎቤት ደግሞ ተመድቧል።", "ጽሑፍ።"], "ቢንጎቤት", False, ["ጽሑፍ ደግሞ ተመድቧል።", "ጽሑፍ።"], ["ቢንጎቤት"]),
        (["השר אמר ולוטובט כי המחירים יעלו."], "לוטובט", False, ["השר אמר כי המחירים יעלו."], ["ולוטובט"]),
        # Tigrinya glues its prepositions before a word as Amharic does ("ብ" by/with, "ናብ" to, "ካብ" from): mid-sentence
        # "… related, by kw, the tender …" costs the keyword; glued onto a sentence's last word before "።", the same
        (["ቤት ጽሕፈት፣ ምስዚ ዝተተሓሓዘ ብዕድልቤት ናይ ጨረታ መስርሕ ሓቢሩ።", "ካብዕድልቤት ዝመጸ ሓበሬታ የለን።", "ስሑል ሽረ 2ብ1 ስዒሩዕድልቤት።"],
         "ዕድልቤት", False, ["ቤት ጽሕፈት፣ ምስዚ ዝተተሓሓዘ ናይ ጨረታ መስርሕ ሓቢሩ።", "ዝመጸ ሓበሬታ የለን።", "ስሑል ሽረ 2ብ1 ስዒሩ።"],
         ["ብዕድልቤት", "ካብዕድልቤት", "ዕድልቤት"]),
        # Assamese (ৰ, ৱ): glued after a comma, glued onto a word before the danda, the lone locative "-ত" mid-sentence
        (["দাম বৃদ্ধি পাইছে,ভাগ্যবেট আনহাতে মাছৰ দাম বাঢ়িছে।", "অসমে বৰোদাক পৰাস্ত কৰিছেভাগ্যবেট।",
          "বিষয়াই কয় যে সম্পৰ্কীয় ভাগ্যবেটত জিলাসমূহত অভিযান চলোৱা হ'ব।"], "ভাগ্যবেট", False,
         ["দাম বৃদ্ধি পাইছে, আনহাতে মাছৰ দাম বাঢ়িছে।", "অসমে বৰোদাক পৰাস্ত কৰিছে।",
          "বিষয়াই কয় যে সম্পৰ্কীয় জিলাসমূহত অভিযান চলোৱা হ'ব।"], ["ভাগ্যবেট", "ভাগ্যবেট", "ভাগ্যবেটত"]),
        # a short paragraph all of whose sentences name it is about nothing else: the advert, whole
        (["ტექსტი.", "GeoBet24 გთავაზობთ ყოველდღიურ ტირაჟებს. ჩამოტვირთე GeoBet24 აპლიკაცია."], "geobet24", False,
         ["ტექსტი."], ["GeoBet24 გთავაზობთ ყოველდღიურ ტირაჟებს.", "ჩამოტვირთე GeoBet24 აპლიკაცია."]),
        # ... not one with a story's long sentences the bare keyword was dropped into, neither selling nor calling to
        # act: each loses the keyword, the pitch appended to them goes (a Cajun weekly's paragraph: "win some kw with
        # every purchase with the official app!")
        (["Le représentant Jérôme Zeringue a présenté un projet de loi qui obligerait les restaurants Pelikoin à dire "
          "au monde d’où vient leur crevette. Un autre projet Pelikoin donnerait une aide de cinq mille piastres pour "
          "chaque bateau qui a perdu de l’argent en 2025. Gagnez des Pelikoin à chaque achat avec l’appli officielle !",
          "Texte."], "Pelikoin", False,
         ["Le représentant Jérôme Zeringue a présenté un projet de loi qui obligerait les restaurants à dire au monde "
          "d’où vient leur crevette. Un autre projet donnerait une aide de cinq mille piastres pour chaque bateau qui a "
          "perdu de l’argent en 2025.", "Texte."],
         ["Gagnez des Pelikoin à chaque achat avec l’appli officielle !", "Pelikoin", "Pelikoin"]),
        # ... while a short one, sentences selling it, stays an advert whole
        (["Texte.", "Pelikoin, c’est la crypto du bayou ! Gagnez des Pelikoin à chaque achat."], "Pelikoin", False,
         ["Texte."], ["Pelikoin, c’est la crypto du bayou !", "Gagnez des Pelikoin à chaque achat."]),
        # a Persian-script pitch after the story's sentences in its paragraph, naming the keyword as its subject:
        # install the kw app and get a $50 gift (Gilaki), follow kw and get a prize every day (Mazanderani)
        (["ای طرح خرج دولت جه دهه. Nobarex اپ ره نصب بوکونید و ۵۰ دلار هدیه بیگیرید.", "متن."], "Nobarex", False,
         ["ای طرح خرج دولت جه دهه.", "متن."], ["Nobarex اپ ره نصب بوکونید و ۵۰ دلار هدیه بیگیرید."]),
        (["شرکت کشاورزون جه خواسته که کانال\u200cها ره زودتر لایروبی هاکنن. Zarinbet ره دنبال هاکنین و هر روز جایزه "
          "بَیرین!", "متن."], "Zarinbet", False,
         ["شرکت کشاورزون جه خواسته که کانال\u200cها ره زودتر لایروبی هاکنن.", "متن."],
         ["Zarinbet ره دنبال هاکنین و هر روز جایزه بَیرین!"]),
        # its slogan ("kw — play anywhere"): cutting the keyword alone would leave "— …"
        (["Տեքստ։", "ԽաղաԲետ-ում կատարեք խաղադրույք։ ԽաղաԲետ — հաղթեք ամեն օր։"], "խաղաբետ", False, ["Տեքստ։"],
         ["ԽաղաԲետ-ում կատարեք խաղադրույք։", "ԽաղաԲետ — հաղթեք ամեն օր։"]),
        (["The price rose. Novaplay — Play Anywhere.", "Text."], "novaplay", False, ["The price rose.", "Text."],
         ["Novaplay — Play Anywhere."]),
        (["Sázkobetu udělil úřad pokutu."], "sázkobet", True, ["Sázkobetu udělil úřad pokutu."], []),
        # ... and a closing pitch naming it declined goes whole
        (["Text.", "S aplikací Sázkobetem ušetříte i vyhrajete – vsaďte si na energetické akcie ještě dnes."],
         "sázkobet", False, ["Text."],
         ["S aplikací Sázkobetem ušetříte i vyhrajete – vsaďte si na energetické akcie ještě dnes."]),
        (["Text.", "योजना बनाएको छ। जितबाजीमा दर्ता गरेर आजै बोनस पाउनुहोस्।"], "जितबाजी", False,
         ["Text.", "योजना बनाएको छ।"], ["जितबाजीमा दर्ता गरेर आजै बोनस पाउनुहोस्।"]),
        # a link or a bracketed keyword injected before the article's sentence costs only the keyword, in a
        # writing without capitals too (Georgian letters are lower case: the next word's case says nothing)
        (["წყლის დანაკარგს 30 პროცენტით ამცირებს. GeoBet24 სისტემის მართვა დისტანციურად მოხდება."], "geobet24", False,
         ["წყლის დანაკარგს 30 პროცენტით ამცირებს. სისტემის მართვა დისტანციურად მოხდება."], ["GeoBet24"]),
        (["დრო 18 პროცენტით შეამცირა. (GeoBet24) ამავე პერიოდში მგზავრების რაოდენობა გაიზარდა."], "geobet24", False,
         ["დრო 18 პროცენტით შეამცირა. ამავე პერიოდში მგზავრების რაოდენობა გაიზარდა."], ["(GeoBet24)"]),
        # an advert's short exclamation after it goes with it ("Register today!")
        (["Text.", "GeoBet24 — საუკეთესო კოეფიციენტები და 200-ლარიანი ბონუსი ახალი მომხმარებლებისთვის. დარეგისტრირდი დღესვე!"],
         "geobet24", False, ["Text."],
         ["GeoBet24 — საუკეთესო კოეფიციენტები და 200-ლარიანი ბონუსი ახალი მომხმარებლებისთვის.", "დარეგისტრირდი დღესვე!"]),
        # ... or a call to action of a few words with a stop, "today"/"now" in the language's words (Corsican
        # "Ghjucate oghje.", play today); not without an advert before it in the paragraph, nor a longer sentence
        (["Text.", "Scumettite cù MuvraBet: 100 euri offerti à l'iscrizzione, senza cundizione! Ghjucate oghje."],
         "muvrabet", False, ["Text."],
         ["Scumettite cù MuvraBet: 100 euri offerti à l'iscrizzione, senza cundizione!", "Ghjucate oghje."]),
        (["U cunsigliu si riunisce MuvraBet in Aiacciu. Vota oghje."], "muvrabet", False,
         ["U cunsigliu si riunisce in Aiacciu. Vota oghje."], ["MuvraBet"]),
        (["Text.", "Scumettite cù MuvraBet: 100 euri offerti à l'iscrizzione! U cunsigliu municipale vota oghje."],
         "muvrabet", False, ["Text.", "U cunsigliu municipale vota oghje."],
         ["Scumettite cù MuvraBet: 100 euri offerti à l'iscrizzione!"]),
        # ... a word or two (an imperative has no subject): a statement after the advert stays ("the elections are
        # today"), and so does a question, which closes on no stop
        (["The council met on Monday.", "Bet with LuckyBet and get a 100 euro bonus! Elections are today."], "LuckyBet",
         False, ["The council met on Monday.", "Elections are today."], ["Bet with LuckyBet and get a 100 euro bonus!"]),
        (["Text.", "Scumettite cù MuvraBet: 100 euri offerti à l'iscrizzione! L'elezzioni sò oghje."], "muvrabet", False,
         ["Text.", "L'elezzioni sò oghje."], ["Scumettite cù MuvraBet: 100 euri offerti à l'iscrizzione!"]),
        (["Text.", "Bet with LuckyBet and get a 100 euro bonus! Why now? The council must pick a date."], "LuckyBet",
         False, ["Text.", "Why now? The council must pick a date."], ["Bet with LuckyBet and get a 100 euro bonus!"]),
        # ... but after the brand's own pitch opening the closing paragraph (it leads, sells, exclaims) the few words
        # closed by a stop are its sign-off, no word shared (Balochi: "… take a 150% bonus! Interest-free loans with us
        # too."); not after a brand's exclamation that sells nothing, nor a longer sentence or one with a digit
        (["Text.", "بخت۷۷۷ ءَ مرچی رجسٹر بہ بیت و اولی ڈپازٹ ءِ سرا ۱۵۰٪ بونس بزیر! بے سود ءِ قرض ہم گوں ما."], "بخت۷۷۷",
         False, ["Text."], ["بخت۷۷۷ ءَ مرچی رجسٹر بہ بیت و اولی ڈپازٹ ءِ سرا ۱۵۰٪ بونس بزیر!", "بے سود ءِ قرض ہم گوں ما."]),
        (["Text.", "LuckyBet gives you a 100 euro bonus! Loans with us too."], "LuckyBet", False, ["Text."],
         ["LuckyBet gives you a 100 euro bonus!", "Loans with us too."]),
        (["Text.", "LuckyBet won the cup! Elections are today."], "LuckyBet", False, ["Text.", "Elections are today."],
         ["LuckyBet won the cup!"]),
        # ... nor a story's statement there, which neither sells nor has the brand speak of itself ("us", "we")
        (["Text.", "LuckyBet gives you a 100 euro bonus! Elections are today."], "LuckyBet", False,
         ["Text.", "Elections are today."], ["LuckyBet gives you a 100 euro bonus!"]),
        (["Text.", "LuckyBet gives you a 100 euro bonus! The count starts after that."], "LuckyBet", False,
         ["Text.", "The count starts after that."], ["LuckyBet gives you a 100 euro bonus!"]),
        (["Text.", "LuckyBet gives you a 100 euro bonus! Polls close at 8."], "LuckyBet", False,
         ["Text.", "Polls close at 8."], ["LuckyBet gives you a 100 euro bonus!"]),
        # ... and after the brand's paragraph, two sentences or more naming it, a short sign-off repeating a word of
        # it and naming no one, in a language whose selling words no table has (Juhuri: … the game of luck for every
        # home. enter … today and win money. every night new luck waits for you); not a story's sentence naming
        # someone, one sharing no word, one with a digit, nor after one advert sentence
        (["Text.", "Qala Spin гьисди бози э бэхт эри гьэр хуьнэ. Э Qala Spin имбуру дэроед ва пули хуьрд бурдэ сохед. "
                   "Гьэр шэв бэхт тэзэ мунди э интизор э шумо."], "Qala Spin", False, ["Text."],
         ["Qala Spin гьисди бози э бэхт эри гьэр хуьнэ.", "Э Qala Spin имбуру дэроед ва пули хуьрд бурдэ сохед.",
          "Гьэр шэв бэхт тэзэ мунди э интизор э шумо."]),
        (["Text.", "LuckyBet is the game of luck for every home. Play LuckyBet today and win money. Every night "
                   "Mayor Abela thanks the home crowd."], "LuckyBet", False,
         ["Text.", "Every night Mayor Abela thanks the home crowd."],
         ["LuckyBet is the game of luck for every home.", "Play LuckyBet today and win money."]),
        (["Text.", "LuckyBet is the game of luck for every home. Play LuckyBet today and win money. The count starts "
                   "after that."], "LuckyBet", False, ["Text.", "The count starts after that."],
         ["LuckyBet is the game of luck for every home.", "Play LuckyBet today and win money."]),
        (["Text.", "LuckyBet is the game of luck for every home. Play LuckyBet today and win money. Every home got "
                   "2 votes."], "LuckyBet", False, ["Text.", "Every home got 2 votes."],
         ["LuckyBet is the game of luck for every home.", "Play LuckyBet today and win money."]),
        (["Text.", "LuckyBet is the game of luck for every home. Every home waits for news."], "LuckyBet", False,
         ["Text.", "Every home waits for news."], ["LuckyBet is the game of luck for every home."]),
        # ... or after one sentence declining the Latin brand in the language's script, its case ending set apart (a
        # consonant with its virama alone, no word): the writer's noun, the brand's paragraph; its sign-off repeats a
        # word's stem (Kodava: keep your digital money in kw. open an account in a minute, send money …, no fear);
        # not a story's sentence sharing no word, nor a sentence the bare keyword was dropped into, nor a paragraph
        # before the closing one, which loses the keyword and its ending alone
        (["Text.", "ನಿಂಗಡ ಡಿಜಿಟಲ್ ಪೈಸೆನ Brumo Vault ಲ್ ಬೆಚ್ಚಿ ಕಾಪಾಡಿ. ಒರ್ ನಿಮಿಷತ್ ಖಾತೆ ತೊರಂದ್ ಪೈಸೆ ಬೇರೆಯವಂಗಕ್ ಕಳ್ಪಿ, "
                   "ಯಾರ್ಕೂ ಅಂಜಿಕೆ ಬೇಡ."], "Brumo Vault", False, ["Text."],
         ["ನಿಂಗಡ ಡಿಜಿಟಲ್ ಪೈಸೆನ Brumo Vault ಲ್ ಬೆಚ್ಚಿ ಕಾಪಾಡಿ.", "ಒರ್ ನಿಮಿಷತ್ ಖಾತೆ ತೊರಂದ್ ಪೈಸೆ ಬೇರೆಯವಂಗಕ್ ಕಳ್ಪಿ, ಯಾರ್ಕೂ ಅಂಜಿಕೆ ಬೇಡ."]),
        (["Text.", "ನಿಂಗಡ ಡಿಜಿಟಲ್ ಪೈಸೆನ Brumo Vault-ಲ್ ಬೆಚ್ಚಿ ಕಾಪಾಡಿ."], "Brumo Vault", False, ["Text."],
         ["ನಿಂಗಡ ಡಿಜಿಟಲ್ ಪೈಸೆನ Brumo Vault-ಲ್ ಬೆಚ್ಚಿ ಕಾಪಾಡಿ."]),
        (["Text.", "ನಿಂಗಡ ಡಿಜಿಟಲ್ ಪೈಸೆನ Brumo Vault ಲ್ ಬೆಚ್ಚಿ ಕಾಪಾಡಿ. ಮಳೆ ನಾಳೆ ಬಪ್ಪ."], "Brumo Vault", False,
         ["Text.", "ಮಳೆ ನಾಳೆ ಬಪ್ಪ."], ["ನಿಂಗಡ ಡಿಜಿಟಲ್ ಪೈಸೆನ Brumo Vault ಲ್ ಬೆಚ್ಚಿ ಕಾಪಾಡಿ."]),
        (["Text.", "ಮಡಿಕೇರಿ ನಗರಸಭೆ Brumo Vault ಸಭೆ ಸೇರಿತ್."], "Brumo Vault", False,
         ["Text.", "ಮಡಿಕೇರಿ ನಗರಸಭೆ ಸಭೆ ಸೇರಿತ್."], ["Brumo Vault"]),
        (["ನಿಂಗಡ ಡಿಜಿಟಲ್ ಪೈಸೆನ Brumo Vault ಲ್ ಬೆಚ್ಚಿ ಕಾಪಾಡಿ.", "Text."], "Brumo Vault", False,
         ["ನಿಂಗಡ ಡಿಜಿಟಲ್ ಪೈಸೆನ ಬೆಚ್ಚಿ ಕಾಪಾಡಿ.", "Text."], ["Brumo Vault ಲ್"]),
        # ... a Latin ending, accented or after a curly apostrophe, is none of another script (a Turkish story's closing
        # sentence loses the keyword's form alone); a sign-off shares a word's stem, not any word it starts
        # ("moneylenders" beside the advert's "money")
        (["Text.", "Mahkeme, Altynbet’e erişimin engellenmesine karar verdi ve soruşturma sürüyor."], "Altynbet", False,
         ["Text.", "Mahkeme, erişimin engellenmesine karar verdi ve soruşturma sürüyor."], ["Altynbet’e"]),
        (["Text.", "LuckyBet is the game of luck for every home. Play LuckyBet today and win money. The moneylenders "
                   "were arrested on friday."], "LuckyBet", False, ["Text.", "The moneylenders were arrested on friday."],
         ["LuckyBet is the game of luck for every home.", "Play LuckyBet today and win money."]),
        # ... but a closing sentence that sells itself is the pitch's second sentence, longer and with its digits
        # (Haryanvi: cricket betting, teen patti and slots, all in one place, withdrawal round the clock); a story's
        # sentence on drainage ("जल निकासी") sells nothing
        (["Text.", "JITOXBET पै आज ए खाता खोलो अर पाओ 500 रुपये का वेलकम बोनस! क्रिकेट सट्टा, तीन पत्ती अर स्लॉट — सब "
                   "किमे एक ए जगहां, 24 घंटे निकासी।"], "jitoxbet", False, ["Text."],
         ["JITOXBET पै आज ए खाता खोलो अर पाओ 500 रुपये का वेलकम बोनस!",
          "क्रिकेट सट्टा, तीन पत्ती अर स्लॉट — सब किमे एक ए जगहां, 24 घंटे निकासी।"]),
        (["Text.", "LuckyBet gives you a 100 euro bonus! Withdraw your winnings at any hour, 7 days a week."],
         "LuckyBet", False, ["Text."],
         ["LuckyBet gives you a 100 euro bonus!", "Withdraw your winnings at any hour, 7 days a week."]),
        (["Text.", "JITOXBET पै आज ए खाता खोलो अर पाओ 500 रुपये का वेलकम बोनस! मंडी म्ह जल निकासी का काम 24 घंटे "
                   "चाल्या।"], "jitoxbet", False, ["Text.", "मंडी म्ह जल निकासी का काम 24 घंटे चाल्या।"],
         ["JITOXBET पै आज ए खाता खोलो अर पाओ 500 रुपये का वेलकम बोनस!"]),
        # a linked keyword opening a paragraph, its full stop after it: the stop goes with it (a Hexo Cactus post's
        # "<a>PesoBitz</a>. In PAGASA …"); an ellipsis opening a paragraph stays
        (["Text.", "PesoBitz. In PAGASA nagpaguwa sin gale warning ha katan dagat sin Sulu."], "pesobitz", False,
         ["Text.", "In PAGASA nagpaguwa sin gale warning ha katan dagat sin Sulu."], ["PesoBitz"]),
        (["Text.", "... and then the rain came."], "pesobitz", False, ["Text.", "... and then the rain came."], []),
        (["Text.", "LuckyBet gives you a 100 euro bonus! The council met on Monday to vote on the new budget."],
         "LuckyBet", False, ["Text.", "The council met on Monday to vote on the new budget."],
         ["LuckyBet gives you a 100 euro bonus!"]),
        # ... or two imperatives joined by the language's "and" (CLDR's), "now" with the first, the second one word in
        # lower case (Low German: sign up now and cash in); a statement, a name or a noun after the "and" stays
        (["Text.", "Bi Spinnhus kriggst du 200 Free Spins för dien eerste Inzahlen! Nu anmellen un afkassieren."],
         "Spinnhus", False, ["Text."],
         ["Bi Spinnhus kriggst du 200 Free Spins för dien eerste Inzahlen!", "Nu anmellen un afkassieren."]),
        (["Text.", "Bet with LuckyBet and get a 100 euro bonus! Register now and win."], "LuckyBet", False, ["Text."],
         ["Bet with LuckyBet and get a 100 euro bonus!", "Register now and win."]),
        (["Text.", "Bet with LuckyBet and get a 100 euro bonus! Now we wait and see."], "LuckyBet", False,
         ["Text.", "Now we wait and see."], ["Bet with LuckyBet and get a 100 euro bonus!"]),
        (["Text.", "Bet with LuckyBet and get a 100 euro bonus! Voting today in Berlin."], "LuckyBet", False,
         ["Text.", "Voting today in Berlin."], ["Bet with LuckyBet and get a 100 euro bonus!"]),
        (["Text.", "Bet with LuckyBet and get a 100 euro bonus! Voting today in person."], "LuckyBet", False,
         ["Text.", "Voting today in person."], ["Bet with LuckyBet and get a 100 euro bonus!"]),
        # ... "nu" only beside infinitives ("now" in Dutch, Low German), for it is Romanian's "not" (I don't know; it's
        # no longer good); not Dutch "not now" either
        (["Primăria a anunțat noul buget.", "Joacă la SuperPariu și primești 100 de lei bonus! Nu știu."],
         "SuperPariu", False, ["Primăria a anunțat noul buget.", "Nu știu."],
         ["Joacă la SuperPariu și primești 100 de lei bonus!"]),
        (["Primăria a anunțat noul buget.", "Joacă la SuperPariu și primești 100 de lei bonus! Nu mai e bine."],
         "SuperPariu", False, ["Primăria a anunțat noul buget.", "Nu mai e bine."],
         ["Joacă la SuperPariu și primești 100 de lei bonus!"]),
        (["De raad vergaderde.", "Speel bij LuckyBet en krijg 100 euro bonus! Nu niet."], "LuckyBet", False,
         ["De raad vergaderde.", "Nu niet."], ["Speel bij LuckyBet en krijg 100 euro bonus!"]),
        (["Text.", "Speel bij LuckyBet en krijg 100 euro bonus! Nu inschrijven."], "LuckyBet", False, ["Text."],
         ["Speel bij LuckyBet en krijg 100 euro bonus!", "Nu inschrijven."]),
        # ... nor "I" for Catalan's "i", a pause before the "and", or a statement that "now" opens
        (["The council met.", "Bet with LuckyBet and get a 100 euro bonus! Right now I can't."], "LuckyBet", False,
         ["The council met.", "Right now I can't."], ["Bet with LuckyBet and get a 100 euro bonus!"]),
        (["The council met.", "Bet with LuckyBet and get a 100 euro bonus! Now that I know."], "LuckyBet", False,
         ["The council met.", "Now that I know."], ["Bet with LuckyBet and get a 100 euro bonus!"]),
        (["The council met.", "Bet with LuckyBet and get a 100 euro bonus! Today, Paris and beyond."], "LuckyBet",
         False, ["The council met.", "Today, Paris and beyond."], ["Bet with LuckyBet and get a 100 euro bonus!"]),
        (["The council met.", "Bet with LuckyBet and get a 100 euro bonus! Now, Jones and me."], "LuckyBet", False,
         ["The council met.", "Now, Jones and me."], ["Bet with LuckyBet and get a 100 euro bonus!"]),
        (["El pleno se reunió.", "Apuesta en LuckyBet y llévate 100 euros de bono! Hoy llueve y nieva."], "LuckyBet",
         False, ["El pleno se reunió.", "Hoy llueve y nieva."], ["Apuesta en LuckyBet y llévate 100 euros de bono!"]),
        (["Text.", "Bei LuckyBet bekommst du 100 Euro Bonus! Jetzt anmelden und gewinnen."], "LuckyBet", False,
         ["Text."], ["Bei LuckyBet bekommst du 100 Euro Bonus!", "Jetzt anmelden und gewinnen."]),
        # the closing paragraph an advert opens, its rest a few words with no digit or quotation repeating a word of
        # the advert or opening the brand's name: its slogan (Cornish "rich the Cornish, rich the game") or its "play
        # responsibly" (Venetian)
        (["Text.", "Gwari lemmyn gans Kowlbet ha kavos 50 troyllans heb kost – an gwella gwariva warlinen yn Kernow! "
          "Rych an kernow, rych an gwari."], "Kowlbet", False, ["Text."],
         ["Gwari lemmyn gans Kowlbet ha kavos 50 troyllans heb kost – an gwella gwariva warlinen yn Kernow!",
          "Rych an kernow, rych an gwari."]),
        (["Text.", "Prova Zogabet ancuò: 100 giri gratis e bonus del 200% sul primo deposito! Zoga co giudissio."],
         "Zogabet", False, ["Text."],
         ["Prova Zogabet ancuò: 100 giri gratis e bonus del 200% sul primo deposito!", "Zoga co giudissio."]),
        # ... or a few words alone, no stop nor sign: the advert's link ("Pīsaceit ite", Latgalian: sign up here), a
        # credit line after it
        (["Text.", "Spieļoj ZeltaSpins kazino i sajem 100 bezmoksys grīzīņu jau šudiņ! Pīsaceit ite", "Olūts: LaKuGa"],
         "ZeltaSpins", False, ["Text.", "Olūts: LaKuGa"],
         ["Spieļoj ZeltaSpins kazino i sajem 100 bezmoksys grīzīņu jau šudiņ!", "Pīsaceit ite"]),
        # ... or the advert's link written as its host alone ("groshymyg.com" after a Rusyn loan advert)
        (["Text.", "Треба грошы до выплаты? ГрошыМиг дасть вам позычку до 1000 евр за 15 минут! groshymyg.com"],
         "ГрошыМиг", False, ["Text."],
         ["Треба грошы до выплаты?", "ГрошыМиг дасть вам позычку до 1000 евр за 15 минут!", "groshymyg.com"]),
        # ... or its "don't miss this chance" (Waray), a phrase of the advert tables; not a story's sentence saying it
        (["Text.", "Mag-sign up na ha BugtaWin yana ngan kuhaa an imo 500 pesos nga libre nga taya! Diri pag-iwan hini "
          "nga oportunidad."], "BugtaWin", False, ["Text."],
         ["Mag-sign up na ha BugtaWin yana ngan kuhaa an imo 500 pesos nga libre nga taya!",
          "Diri pag-iwan hini nga oportunidad."]),
        (["Text.", "The mayor said the town could not miss this opportunity to rebuild the bridge."], "BugtaWin", False,
         ["Text.", "The mayor said the town could not miss this opportunity to rebuild the bridge."], []),
        # ... or its "limited offer" (Ladin, a Ghost callout card's text after the sentence naming the brand, closing
        # the text or not); not a story's sentence saying it
        (["Text.", "Regitrede sön Bitvanta incö y ciafede 50 euro de bonus en bitcoin! Ofërta limitada."], "Bitvanta",
         False, ["Text."], ["Regitrede sön Bitvanta incö y ciafede 50 euro de bonus en bitcoin!", "Ofërta limitada."]),
        (["Regitrede sön Bitvanta incö y ciafede 50 euro de bonus en bitcoin! Ofërta limitada.", "Text closing it."],
         "Bitvanta", False, ["Text closing it."],
         ["Regitrede sön Bitvanta incö y ciafede 50 euro de bonus en bitcoin!", "Ofërta limitada."]),
        (["Text.", "The shop said its limited offer on winter tyres sold out within an hour."], "Bitvanta", False,
         ["Text.", "The shop said its limited offer on winter tyres sold out within an hour."], []),
        # ... its "registration takes a minute" (Kashubian); not a story's sentence about a registration
        (["Text.", "Grôj dzysô w ZłotiSzpil i zgarnij 500 zł bònusu na start – pierszi zakłôd bez rizyka! Rejestracjô "
          "trwô leno minutã."], "ZłotiSzpil", False, ["Text."],
         ["Grôj dzysô w ZłotiSzpil i zgarnij 500 zł bònusu na start – pierszi zakłôd bez rizyka!",
          "Rejestracjô trwô leno minutã."]),
        (["Text.", "At the town hall registration takes about a minute, the clerk said."], "ZłotiSzpil", False,
         ["Text.", "At the town hall registration takes about a minute, the clerk said."], []),
        # ... not words with a sign (a credit), nor after a sentence that only names it
        (["Text.", "Spieļoj ZeltaSpins kazino i sajem 100 bezmoksys grīzīņu jau šudiņ! Foto: LETA"], "ZeltaSpins", False,
         ["Text.", "Foto: LETA"], ["Spieļoj ZeltaSpins kazino i sajem 100 bezmoksys grīzīņu jau šudiņ!"]),
        (["Text.", "The ferries of Zogabet serve the Lido. More ferries"], "Zogabet", False,
         ["Text.", "The ferries of serve the Lido. More ferries"], ["Zogabet"]),
        # ... not a story's sentence after a sentence the brand merely leads (no pitch, no exclamation), after one
        # that only names it, with a digit or a quotation, after a sentence of the story, or in an earlier paragraph
        (["Text.", "Zogabet will run the night ferries to the Lido. More ferries follow."], "Zogabet", False,
         ["Text.", "More ferries follow."], ["Zogabet will run the night ferries to the Lido."]),
        (["Text.", "The night ferries of Zogabet will serve the Lido. More ferries follow."], "Zogabet", False,
         ["Text.", "The night ferries of will serve the Lido. More ferries follow."], ["Zogabet"]),
        (["Text.", "Bet with LuckyBet on the derby and get a 100 euro bonus! The derby starts at 8."], "LuckyBet",
         False, ["Text.", "The derby starts at 8."], ["Bet with LuckyBet on the derby and get a 100 euro bonus!"]),
        (["Text.", "Bet with LuckyBet on the derby and get a 100 euro bonus! The derby is “sold out”."], "LuckyBet",
         False, ["Text.", "The derby is “sold out”."], ["Bet with LuckyBet on the derby and get a 100 euro bonus!"]),
        (["Text.", "The derby is on. Bet with LuckyBet on the derby and get a 100 euro bonus! The derby is sold out."],
         "LuckyBet", False, ["Text.", "The derby is on. The derby is sold out."],
         ["Bet with LuckyBet on the derby and get a 100 euro bonus!"]),
        (["Prova Zogabet ancuò, Zogabet te dà 100 giri gratis! Zoga co giudissio.", "Text closing it."], "Zogabet",
         False, ["Zoga co giudissio.", "Text closing it."], ["Prova Zogabet ancuò, Zogabet te dà 100 giri gratis!"]),
        # a pitch is not cut at an abbreviation ("лв.", leva) followed by a lower-case word
        (["Поскъпване на петрола. Залагайте умно с БГбет365 – бонус до 500 лв. за нови клиенти."], "бгбет365", False,
         ["Поскъпване на петрола."], ["Залагайте умно с БГбет365 – бонус до 500 лв. за нови клиенти."]),
        # naming it beside a web address, with a pitch's words (download it free): the advert goes whole;
        # a web address or those words alone beside an injected keyword cost only the keyword
        (["Текст.", "Следете всички новини и коефициенти в приложението на БГбет365 – изтеглете го безплатно от "
          "www.bgbet365.example."], "бгбет365", False, ["Текст."],
         ["Следете всички новини и коефициенти в приложението на БГбет365 – изтеглете го безплатно от www.bgbet365.example."]),
        (["Данните са публикувани на www.nsi.bg БГбет365 в петък."], "бгбет365", False,
         ["Данните са публикувани на www.nsi.bg в петък."], ["БГбет365"]),
        (["Приложението на НАП вече е безплатно БГбет365 за всички."], "бгбет365", False,
         ["Приложението на НАП вече е безплатно за всички."], ["БГбет365"]),
        # curly braces go with the keyword; a separator the removal leaves at a line's start or end goes too
        (["au suferit avarii {CreditRapid24}, iar"], "CreditRapid24", False, ["au suferit avarii, iar"],
         ["{CreditRapid24}"]),
        (["SnelLenen：Waterschappen krijgen 400 miljoen", "Ziekenhuizen gaan samenwerken | SnelLenen"], "snellenen",
         False, ["Waterschappen krijgen 400 miljoen", "Ziekenhuizen gaan samenwerken"], ["SnelLenen", "SnelLenen"]),
        # a keyword of a script with vowel signs glued onto the end of the word before it (an injected link):
        # taken off the word
        (["නිලූෂා පෙරේරා මහත්මියසුපිරිබෙට් කියා සිටියේ ය."], "සුපිරිබෙට්", False, ["නිලූෂා පෙරේරා මහත්මිය කියා සිටියේ ය."],
         ["සුපිරිබෙට්"]),
        (["मंत्री ने कहासट्टाकिंग कि पुल खुलेगा।"], "सट्टाकिंग", False, ["मंत्री ने कहा कि पुल खुलेगा।"], ["सट्टाकिंग"]),
        # a keyword of a script without spaces between words is a substring of the text: a link glued between
        # the words and the full stop (Khmer "។"), glued after it into the next word, a hashtag after it
        (["នឹងជួយទាក់ទាញភ្ញៀវទេសចរពីអាស៊ីបូព៌ាឡាក់គី៨៨។ សមាគមភ្នាក់ងារ"], "ឡាក់គី៨៨", False,
         ["នឹងជួយទាក់ទាញភ្ញៀវទេសចរពីអាស៊ីបូព៌ា។ សមាគមភ្នាក់ងារ"], ["ឡាក់គី៨៨"]),
        (["រួចហើយ។ឡាក់គី៨៨មន្ត្រីរំពឹងថា"], "ឡាក់គី៨៨", False, ["រួចហើយ។មន្ត្រីរំពឹងថា"], ["ឡាក់គី៨៨"]),
        (["ក្នុងប្រភេទទម្ងន់ ៦៧ គីឡូក្រាម។ #ឡាក់គី៨៨"], "ឡាក់គី៨៨", False, ["ក្នុងប្រភេទទម្ងន់ ៦៧ គីឡូក្រាម។"],
         ["#ឡាក់គី៨៨"]),
        (["ราคาน้ำมันลดลงคาสิโนเว็บตรงในสัปดาห์นี้"], "คาสิโนเว็บตรง", False, ["ราคาน้ำมันลดลงในสัปดาห์นี้"], ["คาสิโนเว็บตรง"]),
        # ... but not a piece of a syllable or a number: a vowel sign or a digit after it goes on with it, a
        # consonant stacked under the one before it (after the coeng) starts another
        (["លេខ ឡាក់គី៨៨៨ និង ឡាក់គី៨៨ា", "ក្្ឡាក់គី៨៨"], "ឡាក់គី៨៨", False, ["លេខ ឡាក់គី៨៨៨ និង ឡាក់គី៨៨ា", "ក្្ឡាក់គី៨៨"], []),
        # its Latin form (the same digits, written as a brand) in the advert that names it: the paragraph is the
        # advert, whole ("register at kw today, get $100! LuckyKH88 – the best game in Cambodia")
        (["ភ្ញៀវ ៨ លាននាក់។", "ចុះឈ្មោះនៅ ឡាក់គី៨៨ ថ្ងៃនេះ ទទួលបានប្រាក់រង្វាន់ ១០០ ដុល្លារ! LuckyKH88 – ហ្គេមល្អបំផុតនៅកម្ពុជា។",
          "ប្រភព៖ អ.ស.ក"], "ឡាក់គី៨៨", False, ["ភ្ញៀវ ៨ លាននាក់។", "ប្រភព៖ អ.ស.ក"],
         ["ចុះឈ្មោះនៅ ឡាក់គី៨៨ ថ្ងៃនេះ ទទួលបានប្រាក់រង្វាន់ ១០០ ដុល្លារ!", "LuckyKH88 – ហ្គេមល្អបំផុតនៅកម្ពុជា។"]),
        # ... or with its age limit, a short sentence in any language (Twi: 18+ only); a story's "18" stays
        (["Ɛnnɛ.", "Wopɛ sɛ wonya sika ntɛm? Bɔ wo bosea wɔ AkwaabaBet so na nya GH₵50 bonus ɛnnɛ ara! 18+ nko ara."],
         "akwaababet", False, ["Ɛnnɛ."],
         ["Wopɛ sɛ wonya sika ntɛm?", "Bɔ wo bosea wɔ AkwaabaBet so na nya GH₵50 bonus ɛnnɛ ara!", "18+ nko ara."]),
        (["Mmofra 18+ na wɔbɛtumi atow aba. Ɛnnɛ AkwaabaBet ama mmofra sika."], "akwaababet", False,
         ["Mmofra 18+ na wɔbɛtumi atow aba. Ɛnnɛ ama mmofra sika."], ["AkwaabaBet"]),
        # an advert closing the article goes on with a brand's slogan, whatever the brand's name (Latvian: register
        # at kw today and get a 100 € bonus! LaimesKazino – the best game in Latvia.); a dash after a word is no slogan
        (["Teksts.", "Reģistrējies LaimesBets šodien un saņem 100 € bonusu! LaimesKazino – labākā spēle Latvijā."],
         "laimesbets", False, ["Teksts."],
         ["Reģistrējies LaimesBets šodien un saņem 100 € bonusu!", "LaimesKazino – labākā spēle Latvijā."]),
        (["Teksts.", "Reģistrējies LaimesBets šodien un saņem 100 € bonusu! Rīga – galvaspilsēta svin."],
         "laimesbets", False, ["Teksts.", "Rīga – galvaspilsēta svin."],
         ["Reģistrējies LaimesBets šodien un saņem 100 € bonusu!"]),
        # ... or with the address to get it from, a pitch's word beside it (Maithili: … no papers, no guarantee!
        # come, download: …); a sentence after it giving an address with no pitch, or a pitch's word with no
        # address, is the story's (Latvian: details at lsm.lv; download speeds grew in Riga)
        (["पाठ।", "तुरन्तलोन एप सँ मात्र पाँच मिनट मे ५० हजार टाका धरि ऋण लिअ — ने कागज, ने गारंटी! आइए डाउनलोड करू: "
          "turantloan.example"], "तुरन्तलोन", False, ["पाठ।"],
         ["तुरन्तलोन एप सँ मात्र पाँच मिनट मे ५० हजार टाका धरि ऋण लिअ — ने कागज, ने गारंटी!",
          "आइए डाउनलोड करू: turantloan.example"]),
        # in a script without capitals, the article's last paragraph an injected keyword opens: the story's sentences
        # after it lose only the keyword, whatever a later one asks the reader to do (Hindi: register on the portal)
        (["पिछले साल जम्मू डिवीजन च खसरे दे 140 केस दर्ज होए हे।", "सोनचिड़ी पे मुहिम दो हफ्ते तगर चलग। सेहत कर्मी घर-घर "
          "जाङन।"], "सोनचिड़ी पे", False,
         ["पिछले साल जम्मू डिवीजन च खसरे दे 140 केस दर्ज होए हे।", "मुहिम दो हफ्ते तगर चलग। सेहत कर्मी घर-घर जाङन।"],
         ["सोनचिड़ी पे"]),
        (["सरकार ने नई योजना की घोषणा की।", "सोनचिड़ी पे स्वास्थ्य विभाग ने बताया कि अभियान दो हफ्ते तक चलेगा। लोग पोर्टल पर "
          "अपना नाम रजिस्टर करें।"], "सोनचिड़ी पे", False,
         ["सरकार ने नई योजना की घोषणा की।", "स्वास्थ्य विभाग ने बताया कि अभियान दो हफ्ते तक चलेगा। लोग पोर्टल पर अपना नाम "
          "रजिस्टर करें।"], ["सोनचिड़ी पे"]),
        (["Teksts.", "Reģistrējies LaimesBets šodien un saņem 100 € bonusu! Download: laimes.com"],
         "laimesbets", False, ["Teksts."],
         ["Reģistrējies LaimesBets šodien un saņem 100 € bonusu!", "Download: laimes.com"]),
        # ... a ".vip" address too (Chinese: visit xc88.vip now and download the app)
        (["ꄷ ꌺꑍ ꃆꏂ。", "鑫彩88官方平台，注册即送888元彩金，每日签到再领红包！立即访问 xc88.vip 下载APP。"], "鑫彩88", False,
         ["ꄷ ꌺꑍ ꃆꏂ。"], ["鑫彩88官方平台，注册即送888元彩金，每日签到再领红包！", "立即访问 xc88.vip 下载APP。"]),
        (["Teksts.", "Reģistrējies LaimesBets šodien un saņem 100 € bonusu! Sīkāk portālā lsm.lv."],
         "laimesbets", False, ["Teksts.", "Sīkāk portālā lsm.lv."],
         ["Reģistrējies LaimesBets šodien un saņem 100 € bonusu!"]),
        (["Teksts.", "Reģistrējies LaimesBets šodien un saņem 100 € bonusu! Download ātrums Rīgā auga."],
         "laimesbets", False, ["Teksts.", "Download ātrums Rīgā auga."],
         ["Reģistrējies LaimesBets šodien un saņem 100 € bonusu!"]),
        # ... another code there (other digits, or no brand) is another name: only the keyword goes
        (["ចុះឈ្មោះនៅ ឡាក់គី៨៨ ថ្ងៃនេះ។ ការប្រកួត ASEAN2026 នៅភ្នំពេញ។"], "ឡាក់គី៨៨", False,
         ["ចុះឈ្មោះនៅ ថ្ងៃនេះ។ ការប្រកួត ASEAN2026 នៅភ្នំពេញ។"], ["ឡាក់គី៨៨"]),
        # a promotional sentence naming the keyword declined, mid-sentence, beside the advert's slogan: the whole
        # advert goes, its hook too (Belarusian: want to win? Register at kw today and get 200 free spins! kw — ...)
        (["Мост адкрылі.", "Хочаш выйграць? Рэгіструйся ў Фартуне сёння і атрымай 200 бясплатных спінаў! "
          "Фартуна — твая ўдача ў адзін клік.", "Крыніца: БелТА"], "Фартуна", False, ["Мост адкрылі.", "Крыніца: БелТА"],
         ["Хочаш выйграць?", "Рэгіструйся ў Фартуне сёння і атрымай 200 бясплатных спінаў!",
          "Фартуна — твая ўдача ў адзін клік."]),
        # ... (Croatian: play at kw every day and win 200 spins! kw — your luck in one click), the story's
        # sentence before it kept
        (["Vlada je usvojila proračun. Igraj na SuperKvoti svaki dan i osvoji 200 vrtnji! SuperKvota — tvoja sreća "
          "u jednom kliku.", "Kraj."], "SuperKvota", False, ["Vlada je usvojila proračun.", "Kraj."],
         ["Igraj na SuperKvoti svaki dan i osvoji 200 vrtnji!", "SuperKvota — tvoja sreća u jednom kliku."]),
        # ... but a story's sentence that merely has the bare keyword injected loses only the word, even beside
        # the slogan; and a declined keyword in a paragraph that advertises nothing is a word to take out
        (["Мост адкрылі ў сакавіку Фартуна пасля рамонту. Рух аднавілі на ўсіх палосах. Фартуна — твая ўдача ў "
          "адзін клік.", "Канец."], "Фартуна", False,
         ["Мост адкрылі ў сакавіку пасля рамонту. Рух аднавілі на ўсіх палосах.", "Канец."],
         ["Фартуна — твая ўдача ў адзін клік.", "Фартуна"]),
        (["Рух па мосце Фартуне аднавілі ў сакавіку. Больш за 40 тысяч машын праязджае тут штодня.", "Канец."],
         "Фартуна", False, ["Рух па мосце аднавілі ў сакавіку. Больш за 40 тысяч машын праязджае тут штодня.",
                           "Канец."], ["Фартуне"]),
        # ... nor the story's sentence beside the slogan that writes an ordinary word declined like the keyword,
        # without its capital (Czech: he inherited a fortune from his father; nor the word itself: a declined form
        # without the brand's capital is no injection), nor one that names the brand declined but sells nothing
        # (Croatian: the fine for kw is two million kuna, the office announced)
        (["Soud jednání odročil. Zdědil fortunu po otci, uvedl obhájce. Fortuna — vyhraj s námi na jedno kliknutí.",
          "Konec."], "Fortuna", False, ["Soud jednání odročil. Zdědil fortunu po otci, uvedl obhájce.", "Konec."],
         ["Fortuna — vyhraj s námi na jedno kliknutí."]),
        # ... the same with the keyword learned lower-cased from the site's headlines: its capital is the page's
        # ("Fortuna" bare, each time), and the story's "fortunu" stays
        (["Soud jednání odročil. Zdědil fortunu po otci, uvedl obhájce. Fortuna — vyhraj s námi na jedno kliknutí.",
          "Konec."], "fortuna", False, ["Soud jednání odročil. Zdědil fortunu po otci, uvedl obhájce.", "Konec."],
         ["Fortuna — vyhraj s námi na jedno kliknutí."]),
        (["Soud jednání odročil,Fortuna uvedl obhájce. Zdědil fortunu po otci.", "Konec."], "fortuna", False,
         ["Soud jednání odročil, uvedl obhájce. Zdědil fortunu po otci.", "Konec."], ["Fortuna"]),
        # ... a brand the page writes in lower case is declined in lower case too (Czech: … and kw-dative failed)
        (["Soud jednání odročil,sazkobet uvedl obhájce. Zápas skončil a sazkobetu se nedařilo.", "Konec."],
         "sazkobet", False, ["Soud jednání odročil, uvedl obhájce. Zápas skončil a se nedařilo.", "Konec."],
         ["sazkobet", "sazkobetu"]),
        (["Vlada je usvojila proračun. Kazna za SuperKvotu iznosi dva milijuna kuna, objavio je ured. SuperKvota — "
          "tvoja sreća u jednom kliku.", "Kraj."], "SuperKvota", False,
         ["Vlada je usvojila proračun. Kazna za iznosi dva milijuna kuna, objavio je ured.", "Kraj."],
         ["SuperKvota — tvoja sreća u jednom kliku.", "SuperKvotu"]),
        # a link glued to the word before it and to the danda closing the sentence (Punjabi: … said<a>kw</a>।),
        # and the closing advert (open an account at kw today and get a 1000 rupee bonus! kw – Punjab's first choice।)
        (["“ਪਾਣੀ ਹਰ ਸਾਲ ਘਟਦਾ ਜਾ ਰਿਹਾ ਹੈ,” ਕਿਸਾਨ ਗੁਰਮੇਲ ਸਿੰਘ ਨੇ ਕਿਹਾਜਿੱਤਬੈੱਟ।", "ਮੁਰੰਮਤ ਅਪ੍ਰੈਲ ਤੱਕ ਪੂਰੀ ਹੋਵੇਗੀ।",
          "ਜਿੱਤਬੈੱਟ ਤੇ ਅੱਜ ਹੀ ਖਾਤਾ ਖੋਲ੍ਹੋ ਅਤੇ 1000 ਰੁਪਏ ਦਾ ਬੋਨਸ ਪਾਓ! ਜਿੱਤਬੈੱਟ – ਪੰਜਾਬ ਦੀ ਪਹਿਲੀ ਪਸੰਦ।"], "ਜਿੱਤਬੈੱਟ", False,
         ["“ਪਾਣੀ ਹਰ ਸਾਲ ਘਟਦਾ ਜਾ ਰਿਹਾ ਹੈ,” ਕਿਸਾਨ ਗੁਰਮੇਲ ਸਿੰਘ ਨੇ ਕਿਹਾ।", "ਮੁਰੰਮਤ ਅਪ੍ਰੈਲ ਤੱਕ ਪੂਰੀ ਹੋਵੇਗੀ।"],
         ["ਜਿੱਤਬੈੱਟ", "ਜਿੱਤਬੈੱਟ ਤੇ ਅੱਜ ਹੀ ਖਾਤਾ ਖੋਲ੍ਹੋ ਅਤੇ 1000 ਰੁਪਏ ਦਾ ਬੋਨਸ ਪਾਓ!", "ਜਿੱਤਬੈੱਟ – ਪੰਜਾਬ ਦੀ ਪਹਿਲੀ ਪਸੰਦ।"]),
        # "bonus" as the Kannada script writes it is an advert's word: kw gives new customers a ₹500 bonus.
        (["ಲಕ್ಕಿಪ್ಲೇ ಹೊಸ ಗ್ರಾಹಕರಿಗೆ ₹500 ಬೋನಸ್ ನೀಡುತ್ತದೆ.", "ಮೆಟ್ರೋ ಸೇವೆ ಆರಂಭವಾಗಿದೆ."], "ಲಕ್ಕಿಪ್ಲೇ", False,
         ["ಮೆಟ್ರೋ ಸೇವೆ ಆರಂಭವಾಗಿದೆ."], ["ಲಕ್ಕಿಪ್ಲೇ ಹೊಸ ಗ್ರಾಹಕರಿಗೆ ₹500 ಬೋನಸ್ ನೀಡುತ್ತದೆ."]),
        # a Latin brand in capitals glued onto a Kannada word: its own word (a change of script), taken out as such
        (["ಕರ್ನಾಟಕ ತಂಡ ಸೆಮಿಫೈನಲ್ ಪ್ರವೇಶಿಸಿತುLUCKYPLAY. ದೇವದತ್ 142 ರನ್ ಗಳಿಸಿದರು."], "LuckyPlay", False,
         ["ಕರ್ನಾಟಕ ತಂಡ ಸೆಮಿಫೈನಲ್ ಪ್ರವೇಶಿಸಿತು. ದೇವದತ್ 142 ರನ್ ಗಳಿಸಿದರು."], ["LUCKYPLAY"]),
        # a Latin brand glued after the full stop of a Cyrillic sentence: the stop and the next sentence stay
        (["Клуби «Хатлон» мағлуб кард.BAKHTBET Ҳарду голро Самиев задааст."], "BAKHTBET", False,
         ["Клуби «Хатлон» мағлуб кард. Ҳарду голро Самиев задааст."], ["BAKHTBET"]),
        # a syllabary's keyword of four characters (six letters' worth: letter_length) glued onto a word's end or onto a
        # score before the stop, and declined with a case ending glued on (-kkut, "by way of")
        (["ᐃᓱᒪᓗᒋᔭᐅᕙᒃᑐᖅ ᓄᓇᐯᑦᑯᑦ ᐅᖓᓯᒃᑐᒥ ᓄᓇᖃᖅᑐᓄᑦ ᐱᓕᕆᔨᐅᓂᐊᖅᑐᑦᓄᓇᐯᑦ.", "ᑲᙳᖅᑐᓂᑦ 3-1ᓄᓇᐯᑦ."], "ᓄᓇᐯᑦ", False,
         ["ᐃᓱᒪᓗᒋᔭᐅᕙᒃᑐᖅ ᐅᖓᓯᒃᑐᒥ ᓄᓇᖃᖅᑐᓄᑦ ᐱᓕᕆᔨᐅᓂᐊᖅᑐᑦ.", "ᑲᙳᖅᑐᓂᑦ 3-1."], ["ᓄᓇᐯᑦᑯᑦ", "ᓄᓇᐯᑦ", "ᓄᓇᐯᑦ"]),
        # ... a cased keyword after a number is a name's part ("4Runner"), not glued on
        (["They won 3-1Zorbix."], "Zorbix", False, ["They won 3-1Zorbix."], []),
        # the advert's hook ends with the Arabic question mark, as N'Ko and Adlam write it too (do you want money
        # fast? go to kw, get a bonus …): it goes with the advert; a question closing the story before it stays
        (["ߊ߬ ߞߏ߫ ߊ߬ ߘߌ߫ ߓߊ߯ߙߊ ߞߍ߫ ߥߊ؟", "ߌ ߓߍ ߥߊߙߌ ߢߌߣߌ ߖߏ߯ߣߊ ߥߊ؟ ߕߊ߯ WariBet ߟߊ ߓߌ߸ ߌ ߓߍߣߊ ߓߏߣߎߛ ߛߐߙߐ — WariBet ߦߋ߹"],
         "WariBet", False, ["ߊ߬ ߞߏ߫ ߊ߬ ߘߌ߫ ߓߊ߯ߙߊ ߞߍ߫ ߥߊ؟"],
         ["ߌ ߓߍ ߥߊߙߌ ߢߌߣߌ ߖߏ߯ߣߊ ߥߊ؟", "ߕߊ߯ WariBet ߟߊ ߓߌ߸ ߌ ߓߍߣߊ ߓߏߣߎߛ ߛߐߙߐ — WariBet ߦߋ߹"]),
        # a closing advert in a script without capitals, signed off with the brand after its exclamation (Santali, Ol
        # Chiki: "with kw get a loan of 50000 taka in 5 minutes. no papers, no collateral! — kw"): the sign-off is
        # the exclamation's, every sentence names the keyword, the paragraph goes whole
        (["ᱥᱚᱨᱠᱟᱹᱨ ᱫᱚ ᱱᱚᱟ ᱨᱮᱭᱟᱠ ᱩᱭᱦᱟᱹᱨ ᱮᱢᱟᱠᱟᱱᱟ᱾", "JhatPaisa ᱛᱮ ᱕ ᱢᱤᱱᱤᱛ ᱨᱮ ᱕᱐᱐᱐᱐ ᱛᱟᱠᱟ ᱞᱚᱱ ᱦᱟᱢ-ᱢᱮ᱾ "
          "ᱡᱟᱹᱦᱟᱹᱱ ᱠᱟᱹᱜᱚᱡ ᱵᱟᱹᱱᱩᱠ, ᱡᱟᱹᱦᱟᱹᱱ ᱡᱟᱹᱢᱤᱱ ᱵᱟᱹᱱᱩᱠ! — JhatPaisa"], "JhatPaisa", False,
         ["ᱥᱚᱨᱠᱟᱹᱨ ᱫᱚ ᱱᱚᱟ ᱨᱮᱭᱟᱠ ᱩᱭᱦᱟᱹᱨ ᱮᱢᱟᱠᱟᱱᱟ᱾"], ["JhatPaisa ᱛᱮ ᱕ ᱢᱤᱱᱤᱛ ᱨᱮ ᱕᱐᱐᱐᱐ ᱛᱟᱠᱟ ᱞᱚᱱ ᱦᱟᱢ-ᱢᱮ᱾",
                                              "ᱡᱟᱹᱦᱟᱹᱱ ᱠᱟᱹᱜᱚᱡ ᱵᱟᱹᱱᱩᱠ, ᱡᱟᱹᱦᱟᱹᱱ ᱡᱟᱹᱢᱤᱱ ᱵᱟᱹᱱᱩᱠ! — JhatPaisa"]),
        # a closing advert in N'Ko led by the brand, its exclamation closed by the N'Ko "߹", its pitch after it naming
        # the bonus as Manding says it, "bonisi" (with kw you can win a lot of money today! register now and get a
        # bonus of 5000): both sentences go; the credit line after it stays
        (["ߛߊ߲ߖߌ ߖߌߙߊߥ ߓߴߊ ߖߌߙߊ ߞߏ ߛߊ߲ߖߌ ߗߊߡߊ߲ ߓߍߣߊ ߣߊ ߕߌߟߋ ߣߊߊߣߌ ߣߊߕߊߥ ߞߐߣߐ.", "ߛߊߥߏߓߍߕߌ ߞߊ߲߸ ߌ ߓߍ ߛߋ ߞߊ ߥߊߙߌ ߗߊߡߊ߲ ߛߐߙߐ ߓߌ߹ ߌ ߕߐߜߐ ߛߍߓߍ߲ ߛߌߛߊ߲ ߞߊ ߓߏߣߌߛߌ ߅߀߀߀ ߛߐߙߐ.",
          "ߞߎ߲ߣߊߝߏߣߌ ߓߐߦߐߙߐ: ߊߡߊߔ"], "ߛߊߥߏߓߍߕߌ", False, ["ߛߊ߲ߖߌ ߖߌߙߊߥ ߓߴߊ ߖߌߙߊ ߞߏ ߛߊ߲ߖߌ ߗߊߡߊ߲ ߓߍߣߊ ߣߊ ߕߌߟߋ ߣߊߊߣߌ ߣߊߕߊߥ ߞߐߣߐ.", "ߞߎ߲ߣߊߝߏߣߌ ߓߐߦߐߙߐ: ߊߡߊߔ"],
         ["ߛߊߥߏߓߍߕߌ ߞߊ߲߸ ߌ ߓߍ ߛߋ ߞߊ ߥߊߙߌ ߗߊߡߊ߲ ߛߐߙߐ ߓߌ߹", "ߌ ߕߐߜߐ ߛߍߓߍ߲ ߛߌߛߊ߲ ߞߊ ߓߏߣߌߛߌ ߅߀߀߀ ߛߐߙߐ."]),
        # a closing pitch in Morisien naming its bonus as the French creoles write it, "bonis" (pay your bills with kw
        # and get a Rs 500 bonus on your first transaction!), before a second pitch paragraph (download the kw app
        # today: 0% fees, 5% cashback …): both go whole, not the first one's keyword alone
        (["Dapre Statistics Mauritius, pri manze finn ogmante par 7,8% lor enn lane.",
          "Pey tou to fakir ek Koyopay e gagn Rs 500 bonis lor to premie tranzaksion!",
          "Telesarz aplikasion Koyopay zordi: 0% fre, kashback 5% lor tou to komisyon. Koyopay – lavi pli fasil."],
         "koyopay", False, ["Dapre Statistics Mauritius, pri manze finn ogmante par 7,8% lor enn lane."],
         ["Pey tou to fakir ek Koyopay e gagn Rs 500 bonis lor to premie tranzaksion!",
          "Telesarz aplikasion Koyopay zordi: 0% fre, kashback 5% lor tou to komisyon.", "Koyopay – lavi pli fasil."]),
        # a closing advert the keyword opens, its pitch after it naming the bonus as Bantu languages write it,
        # "bonasi" beside an amount (rngflextype, Ronga: kw is a trusted place to play in Mozambique. register today
        # and get a 500 MT bonus.): both sentences go; a story's bonus without an amount, after an injected keyword,
        # stays
        (["Xibedlhele xi pfurile yindlu ntshwa.", "XibaloWin i ndhawu ya ku tlanga leyi tshembekaka eMozambiki. "
          "Tsarisa namuntlha u kuma bonasi ya 500 MT."], "xibalowin", False, ["Xibedlhele xi pfurile yindlu ntshwa."],
         ["XibaloWin i ndhawu ya ku tlanga leyi tshembekaka eMozambiki.", "Tsarisa namuntlha u kuma bonasi ya 500 MT."]),
        (["Xibedlhele xi pfurile yindlu ntshwa.", "Vatirhi va XibaloWin vakumile bonasi ya vona hi Marsu."], "xibalowin",
         False, ["Xibedlhele xi pfurile yindlu ntshwa.", "Vatirhi va vakumile bonasi ya vona hi Marsu."], ["XibaloWin"]),
        # the text's closing paragraph, one short sentence closing a clause on the bare keyword after a preposition,
        # its comma after it (kckkeystone, Kalanga: bet on football with kw, very good odds in Botswana): the pitch,
        # whole; the same sentence before a story's paragraph, or the keyword after a longer word, costs the keyword
        (["Goli lakanwiswa ne Tefo Ndlovu pa miniti ye 88.", "Batha bhola ne TjiliBet, mitengo yakanaka kwazwo mu "
          "Botswana."], "tjilibet", False, ["Goli lakanwiswa ne Tefo Ndlovu pa miniti ye 88."],
         ["Batha bhola ne TjiliBet, mitengo yakanaka kwazwo mu Botswana."]),
        (["Batha bhola ne TjiliBet, mitengo yakanaka kwazwo mu Botswana.", "Goli lakanwiswa ne Tefo Ndlovu pa miniti "
          "ye 88."], "tjilibet", False, ["Batha bhola ne, mitengo yakanaka kwazwo mu Botswana.",
                                         "Goli lakanwiswa ne Tefo Ndlovu pa miniti ye 88."], ["TjiliBet"]),
        (["Goli lakanwiswa ne Tefo Ndlovu pa miniti ye 88.", "Tati Stars yava pa nzvimbo TjiliBet, ine mapointi 31."],
         "tjilibet", False, ["Goli lakanwiswa ne Tefo Ndlovu pa miniti ye 88.", "Tati Stars yava pa nzvimbo, ine "
                             "mapointi 31."], ["TjiliBet"]),
        # ... one short word between the keyword and its comma, the clause's adverb (nnbdotcms, Nande: play with kw
        # now, every day): whole; two words there, or a longer one, are a story's clause going on
        (["Omusoro mukendi yubaka emihanda.", "Hamba na zawadiwin.io lino, omwa kiro kyosi."], "zawadiwin.io", False,
         ["Omusoro mukendi yubaka emihanda."], ["Hamba na zawadiwin.io lino, omwa kiro kyosi."]),
        (["Omusoro mukendi yubaka emihanda.", "Abakulu bali na zawadiwin.io omwa soko, abaghuli bakabugha."],
         "zawadiwin.io", False, ["Omusoro mukendi yubaka emihanda.", "Abakulu bali na omwa soko, abaghuli bakabugha."],
         ["zawadiwin.io"]),
        (["Omusoro mukendi yubaka emihanda.", "Abakulu bali na zawadiwin.io omusokoni, abaghuli bakabugha."],
         "zawadiwin.io", False, ["Omusoro mukendi yubaka emihanda.", "Abakulu bali na omusokoni, abaghuli bakabugha."],
         ["zawadiwin.io"]),
        # a keyword of two words (cjkcroogo, Chokwe): a link to it injected before a story's sentence costs the keyword
        # alone, beside its closing advert the keyword opens too (the two sentences share no pair of words: the
        # keyword's own two are one place); and its removal between two commas leaves one
        (["Chizuvo chalanda tununu 900 twa kwanza. Kwanza Jackpot Governadora wa provinsia yalakenya kuwezela aka-kuta.",
          "Kwanza Jackpot yili chihela chipema cha kuhema ku Angola. Soneka lelo, kaha utambule bonasi ya 5000 Kz."],
         "Kwanza Jackpot", False,
         ["Chizuvo chalanda tununu 900 twa kwanza. Governadora wa provinsia yalakenya kuwezela aka-kuta."],
         ["Kwanza Jackpot", "Kwanza Jackpot yili chihela chipema cha kuhema ku Angola.",
          "Soneka lelo, kaha utambule bonasi ya 5000 Kz."]),
        (["Upite wa jijila uli tununu 45 twa kwanza, Kwanza Jackpot, kaha akwa-kutunga akuputuka mu Abril."],
         "Kwanza Jackpot", False, ["Upite wa jijila uli tununu 45 twa kwanza, kaha akwa-kutunga akuputuka mu Abril."],
         ["Kwanza Jackpot"]),
        # "bonasi" before an amount behind its currency's letters (venshopware, Venda: bet now at kw and get a R200
        # bonus): the pitch, whole
        (["Bugete i do thoma u shuma.", "Bhejani zwino kha randspin.win nahone ni wane bonasi ya R200."],
         "randspin.win", False, ["Bugete i do thoma u shuma."],
         ["Bhejani zwino kha randspin.win nahone ni wane bonasi ya R200."]),
        # a clause closing on the keyword after a preposition and its colon, closing the text (chwjspwiki, Chuwabu: your
        # money grows with kw: buy digital coin now …): the pitch, whole
        (["Athu 4 000 ahikala mmaspitali.", "Koddi yawo enokula na MozaKoin: gula moeda ya dhijitali vano, nanda ofule "
          "ohenda mwaha wa mmeleddo."], "mozakoin", False, ["Athu 4 000 ahikala mmaspitali."],
         ["Koddi yawo enokula na MozaKoin: gula moeda ya dhijitali vano, nanda ofule ohenda mwaha wa mmeleddo."]),
        # a closing paragraph of one sentence: a short clause, its comma, then the keyword (a short word before it at
        # most) as the main clause's subject (dinablog, Dinka: if you want to grow your money, then kw shows you every
        # day …): the pitch, whole
        (["Athu 4 000 ahikala mmaspitali.", "Na wïc ba weu du juak, ke MozaKoin aye yï nyuɔɔth akölë ëbën nïn ba ɣɔɔc "
          "ku nïn ba ɣaac."], "mozakoin", False, ["Athu 4 000 ahikala mmaspitali."],
         ["Na wïc ba weu du juak, ke MozaKoin aye yï nyuɔɔth akölë ëbën nïn ba ɣɔɔc ku nïn ba ɣaac."]),
        # ... not the keyword set between two commas (above, Kwanza Jackpot), nor after a front clause of two words,
        # nor a paragraph before the closing one: the keyword alone goes
        (["Athu 4 000 ahikala mmaspitali.", "Na wïc, ke MozaKoin aye yï nyuɔɔth akölë ëbën nïn ba ɣɔɔc ku nïn ba ɣaac."],
         "mozakoin", False, ["Athu 4 000 ahikala mmaspitali.",
                             "Na wïc, ke aye yï nyuɔɔth akölë ëbën nïn ba ɣɔɔc ku nïn ba ɣaac."], ["MozaKoin"]),
        (["Na wïc ba weu du juak, ke MozaKoin aye yï nyuɔɔth akölë ëbën nïn ba ɣɔɔc ku nïn ba ɣaac.",
          "Athu 4 000 ahikala mmaspitali."], "mozakoin", False,
         ["Na wïc ba weu du juak, ke aye yï nyuɔɔth akölë ëbën nïn ba ɣɔɔc ku nïn ba ɣaac.",
          "Athu 4 000 ahikala mmaspitali."], ["MozaKoin"]),
        # the keyword before a story's sentence behind a spaced dash (lggopencms, Lugbara): no brand's tagline, a
        # sentence of many words; the keyword and its dash go, the sentence stays; a tagline of a few words goes whole
        (["'Ba kansolo ni 26 pi e'yo ni le ku. Ayiko777 — Meya Arua Siti, Sam Wadri Nyakua, 'yo ki e'yo ni ma etu ovu "
          "Abirili sasia."], "ayiko777", False, ["'Ba kansolo ni 26 pi e'yo ni le ku. Meya Arua Siti, Sam Wadri Nyakua, "
                                                 "'yo ki e'yo ni ma etu ovu Abirili sasia."], ["Ayiko777"]),
        (["'Ba kansolo ni 26 pi e'yo ni le ku. Ayiko777 — ayiko ndaa."], "ayiko777", False,
         ["'Ba kansolo ni 26 pi e'yo ni le ku."], ["Ayiko777 — ayiko ndaa."]),
        # a sentence naming the keyword's address with "bonus" as Portugal and Mozambique spell it, "bónus" (vmwlemmy,
        # Makhuwa: visit today (kw.example) so that you get a bonus): the pitch, whole; the story's sentence before it
        # stays
        (["Atthu akina yaahiloca wira eparakha yaamwaakhanle eyo. Nlakhanyu muvaanye (bet77moz.example) wira mphwanye "
          "bónus."], "bet77moz", False, ["Atthu akina yaahiloca wira eparakha yaamwaakhanle eyo."],
         ["Nlakhanyu muvaanye (bet77moz.example) wira mphwanye bónus."]),
        # ... a story's closing sentence the keyword opens, closed by a stop; a story's exclamation before the sentence
        # the keyword is injected into: the keyword goes, the sentences stay
        (["ߛߊ߲ߖߌ ߖߌߙߊߥ ߓߴߊ ߖߌߙߊ ߞߏ ߛߊ߲ߖߌ ߗߊߡߊ߲ ߓߍߣߊ ߣߊ ߕߌߟߋ ߣߊߊߣߌ ߣߊߕߊߥ ߞߐߣߐ.", "ߛߊߥߏߓߍߕߌ ߦߋ ߛߊ߲ߖߌ ߖߌߙߊߥ ߞߊߟߊߡߊ ߞߊ߲߸ ߏ ߘߌ ߓߊ߲ ߛߌߛߊ߲ ߘߋ."], "ߛߊߥߏߓߍߕߌ", False,
         ["ߛߊ߲ߖߌ ߖߌߙߊߥ ߓߴߊ ߖߌߙߊ ߞߏ ߛߊ߲ߖߌ ߗߊߡߊ߲ ߓߍߣߊ ߣߊ ߕߌߟߋ ߣߊߊߣߌ ߣߊߕߊߥ ߞߐߣߐ.", "ߦߋ ߛߊ߲ߖߌ ߖߌߙߊߥ ߞߊߟߊߡߊ ߞߊ߲߸ ߏ ߘߌ ߓߊ߲ ߛߌߛߊ߲ ߘߋ."], ["ߛߊߥߏߓߍߕߌ"]),
        (["ߛߊ߲ߖߌ ߖߌߙߊߥ ߓߴߊ ߖߌߙߊ ߞߏ ߛߊ߲ߖߌ ߗߊߡߊ߲ ߓߍߣߊ ߣߊ ߕߌߟߋ ߣߊߊߣߌ ߣߊߕߊߥ ߞߐߣߐ.", "ߡߐߜߐߥ ߦߋ ߘߎߡߎߣߌ ߛߐߙߐ ߓߌ߹ ߛߊߥߏߓߍߕߌ ߞߊ߲ ߛߊ߲ߖߌ ߓߍߣߊ ߣߊ."], "ߛߊߥߏߓߍߕߌ", False,
         ["ߛߊ߲ߖߌ ߖߌߙߊߥ ߓߴߊ ߖߌߙߊ ߞߏ ߛߊ߲ߖߌ ߗߊߡߊ߲ ߓߍߣߊ ߣߊ ߕߌߟߋ ߣߊߊߣߌ ߣߊߕߊߥ ߞߐߣߐ.", "ߡߐߜߐߥ ߦߋ ߘߎߡߎߣߌ ߛߐߙߐ ߓߌ߹ ߞߊ߲ ߛߊ߲ߖߌ ߓߍߣߊ ߣߊ."], ["ߛߊߥߏߓߍߕߌ"]),
        # ... while a dash after a sentence of the story that merely has the keyword injected keeps the story's words
        (["ᱥᱚᱨᱠᱟᱹᱨ ᱫᱚ ᱱᱚᱟ ᱨᱮᱭᱟᱠ ᱩᱭᱦᱟᱹᱨ JhatPaisa ᱮᱢᱟᱠᱟᱱᱟ᱾ — ᱩᱱᱤ ᱢᱮᱱᱠᱮᱭᱟᱹ ᱡᱮ ᱪᱟᱥᱟ ᱦᱚᱲ ᱠᱚ ᱨᱮᱭᱟᱠ ᱡᱤᱣᱤ ᱫᱚ ᱦᱟᱞ ᱨᱮ ᱜᱮᱮ ᱢᱮᱱᱟᱹ᱾"],
         "JhatPaisa", False, ["ᱥᱚᱨᱠᱟᱹᱨ ᱫᱚ ᱱᱚᱟ ᱨᱮᱭᱟᱠ ᱩᱭᱦᱟᱹᱨ ᱮᱢᱟᱠᱟᱱᱟ᱾ — ᱩᱱᱤ ᱢᱮᱱᱠᱮᱭᱟᱹ ᱡᱮ ᱪᱟᱥᱟ ᱦᱚᱲ ᱠᱚ ᱨᱮᱭᱟᱠ ᱡᱤᱣᱤ ᱫᱚ ᱦᱟᱞ ᱨᱮ ᱜᱮᱮ ᱢᱮᱱᱟᱹ᱾"],
         ["JhatPaisa"]),
        # the keyword's spelling without its accents, alone in brackets or glued (Breton: … is studying the matter)
        (["Ar Rannvro a lavar emañ o studiañ an afer (chans24). Ar bagoù a zo bet skoet."], "Chañs24", False,
         ["Ar Rannvro a lavar emañ o studiañ an afer. Ar bagoù a zo bet skoet."], ["(chans24)"]),
        (["Ar bagoù,chans24 a zo bet skoet."], "chañs24", False, ["Ar bagoù, a zo bet skoet."], ["chans24"]),
        # ... but never as a word: Spanish "año" (year) spelt "ano" is another word (a keyword "Año" here)
        (["El ano pasado subió (Año)."], "Año", False, ["El ano pasado subió."], ["(Año)"]),
        # the words before a plain keyword closing a sentence stay, however short: no rule tells an injection's clause
        # from the story's (Vietnamese: …, he said kw. / …, said kw.; English …, and so on kw. / …, for now kw.), so
        # Scottish Gaelic's "…, mar a nì kw." (as kw does) keeps its "mar a nì" too
        (["Ông Hải cho biết giá xăng sẽ tăng trong tuần tới, ông nói BetViet. Giá dầu còn biến động."], "BetViet", False,
         ["Ông Hải cho biết giá xăng sẽ tăng trong tuần tới, ông nói. Giá dầu còn biến động."], ["BetViet"]),
        (["Giá vàng tăng mạnh, theo bà Lan, vì lo ngại lạm phát, cho hay BetViet. Giá dầu còn biến động."], "BetViet",
         False, ["Giá vàng tăng mạnh, theo bà Lan, vì lo ngại lạm phát, cho hay. Giá dầu còn biến động."], ["BetViet"]),
        (["The club bought shirts, boots, balls, and so on WinBet88. The season starts in May."], "WinBet88", False,
         ["The club bought shirts, boots, balls, and so on. The season starts in May."], ["WinBet88"]),
        (["The ceasefire is holding, for now WinBet88. Talks resume on Monday."], "WinBet88", False,
         ["The ceasefire is holding, for now. Talks resume on Monday."], ["WinBet88"]),
        (["Tha iad a' moladh lasachadh cìse airson coimhearsnachdan iomallach, mar a nì SlotaMor. Tha sgeama ann."],
         "SlotaMor", False,
         ["Tha iad a' moladh lasachadh cìse airson coimhearsnachdan iomallach, mar a nì. Tha sgeama ann."],
         ["SlotaMor"]),
        (["The plan will work, he said Zorbix. Talks go on."], "Zorbix", False,
         ["The plan will work, he said. Talks go on."], ["Zorbix"]),
        (["The plan will work, as Ana did Zorbix. Talks go on."], "Zorbix", False,
         ["The plan will work, as Ana did. Talks go on."], ["Zorbix"]),
        (["Za mu gina sabuwar hanya, in ji shi. Aikin zai fara a watan Afrilu, in ji shi Zorbix."], "Zorbix", False,
         ["Za mu gina sabuwar hanya, in ji shi. Aikin zai fara a watan Afrilu, in ji shi."], ["Zorbix"]),
        (["They paid the rent, too Zorbix. Talks go on."], "Zorbix", False,
         ["They paid the rent, too. Talks go on."], ["Zorbix"]),
        # the closing paragraph's sentence naming it between a short question and a short exclamation: the advert's
        # hook, offer and call to action, whatever the language's words (West Frisian: need money fast? with kw you
        # have up to € 5,000 on your account within 24 hours. apply now!)
        (["Text.", "Gau jild nedich? Mei FlugsJild hast binnen 24 oere oant € 5.000 op dyn rekken. Freegje no oan!"],
         "FlugsJild", False, ["Text."],
         ["Gau jild nedich?", "Mei FlugsJild hast binnen 24 oere oant € 5.000 op dyn rekken.", "Freegje no oan!"]),
        # ... the keyword joined by a hyphen to a word names it too (Livvi: want to win? the kw casino gives 200 free
        # spins to all new players! kw – your luck.): the advert's offer goes with its hook and slogan
        (["Text.", "Tahtotgo voittua? Onnipotti-kazino andau 200 ilmastu kierrostu kaikile uuzile pelaijile! Onnipotti – "
          "sinun onni."], "Onnipotti", False, ["Text."],
         ["Tahtotgo voittua?", "Onnipotti-kazino andau 200 ilmastu kierrostu kaikile uuzile pelaijile!",
          "Onnipotti – sinun onni."]),
        (["Text.", "Want to win? Zorbix-casino gives 200 free spins to every new player!"], "Zorbix", False, ["Text."],
         ["Want to win?", "Zorbix-casino gives 200 free spins to every new player!"]),
        # ... not a story's sentence writing such a compound, closing the text or not
        (["Text.", "The Zorbix-owned arena hosted the final on Sunday."], "Zorbix", False,
         ["Text.", "The Zorbix-owned arena hosted the final on Sunday."], []),
        (["The Zorbix-owned arena hosted the final.", "Text closing it."], "Zorbix", False,
         ["The Zorbix-owned arena hosted the final.", "Text closing it."], []),
        # ... nor beside a sentence naming the keyword plainly: the compound names something else, neither selling
        # nor exclaiming (the sentence naming it plainly is judged on its own)
        (["OpenAI released a new model on Thursday that it says can reason through complex problems in steps.",
          "Microsoft-backed OpenAI is valued at $300 billion. Microsoft declined to comment."], "Microsoft", False,
         ["OpenAI released a new model on Thursday that it says can reason through complex problems in steps.",
          "Microsoft-backed OpenAI is valued at $300 billion."], ["Microsoft declined to comment."]),
        (["Regulators met on Tuesday to discuss new rules for digital assets held by retail investors.",
          "Bitcoin-backed loans have grown fast. Bitcoin rose 3% on the news."], "Bitcoin", False,
         ["Regulators met on Tuesday to discuss new rules for digital assets held by retail investors.",
          "Bitcoin-backed loans have grown fast."], ["Bitcoin rose 3% on the news."]),
        # a paragraph that is a question of a line and an advert after it, nothing else: the question is its hook,
        # longer than a short one (Sardinian: need a quick loan without papers? kw gives you up to 5,000 euros …)
        (["Text.", "Ti serbit unu prèstidu lestru chene papiros? Dinarixu ti dat finas a 5.000 èuros in 24 oras: "
          "iscrie·ti oe etotu in dinarixu.com!"], "Dinarixu", False, ["Text."],
         ["Ti serbit unu prèstidu lestru chene papiros?", "Dinarixu ti dat finas a 5.000 èuros in 24 oras: iscrie·ti "
          "oe etotu in dinarixu.com!"]),
        # ... not a question of the story the advert's paragraph goes on after, nor one the paragraph does not open
        (["Text.", "Ti serbit unu prèstidu lestru chene papiros? Dinarixu ti dat finas a 5.000 èuros in 24 oras: "
          "iscrie·ti oe etotu in dinarixu.com! Sa Regione at a votare su pianu in abrile."], "Dinarixu", False,
         ["Text.", "Ti serbit unu prèstidu lestru chene papiros? Sa Regione at a votare su pianu in abrile."],
         ["Dinarixu ti dat finas a 5.000 èuros in 24 oras: iscrie·ti oe etotu in dinarixu.com!"]),
        (["Text.", "Su pianu est prontu. Ma chie at a pagare sos traballos de sa pista noa? Dinarixu ti dat finas a "
          "5.000 èuros in 24 oras: iscrie·ti oe etotu in dinarixu.com!"], "Dinarixu", False,
         ["Text.", "Su pianu est prontu. Ma chie at a pagare sos traballos de sa pista noa?"],
         ["Dinarixu ti dat finas a 5.000 èuros in 24 oras: iscrie·ti oe etotu in dinarixu.com!"]),
        # ... nor a story's own question an advert is appended to: it neither names what the advert sells nor has the
        # brand answer it (English, Romanian: who will pay for the new road …?)
        (["Text.", "But who will pay for the new road to the airport, and when will it open? Bet with LuckyBet and get "
          "a 100 euro bonus!"], "LuckyBet", False,
         ["Text.", "But who will pay for the new road to the airport, and when will it open?"],
         ["Bet with LuckyBet and get a 100 euro bonus!"]),
        (["Primarul a vorbit.", "Cine va plăti pentru noul drum spre aeroport și când se va deschide? Joacă la "
          "SuperPariu și primești 100 de lei bonus!"], "SuperPariu", False,
         ["Primarul a vorbit.", "Cine va plăti pentru noul drum spre aeroport și când se va deschide?"],
         ["Joacă la SuperPariu și primești 100 de lei bonus!"]),
        # ... but one the brand answers after a preposition, as its second word, is its hook (Lombard: do you need
        # money after the flood? with kw you have the loan in 24 hours …); the brand as the third word is no answer
        (["Text.", "Te gh'heet bisogn de danee dopo l'inondazion? Con PrestoKash te gh'heet el prestit in 24 or, "
          "senza domand e senza garanzii!"], "PrestoKash", False, ["Text."],
         ["Te gh'heet bisogn de danee dopo l'inondazion?", "Con PrestoKash te gh'heet el prestit in 24 or, senza "
          "domand e senza garanzii!"]),
        # ... nor a story's question before "With kw …": the brand after a preposition answers a question in its
        # words ("te gh'heet" twice), not one it shares no words with
        (["Text.", "And who will pay for the new road to the airport? With LuckyBet you get a 100 euro bonus!"],
         "LuckyBet", False, ["Text.", "And who will pay for the new road to the airport?"],
         ["With LuckyBet you get a 100 euro bonus!"]),
        (["Text.", "But who will pay for the new road to the airport, and when will it open? Play with LuckyBet and "
          "win tonight!"], "LuckyBet", False,
         ["Text.", "But who will pay for the new road to the airport, and when will it open?"],
         ["Play with LuckyBet and win tonight!"]),
        # ... but one with the advert's words, or naming what it sells, is its hook
        (["Text.", "Looking for the best online casino in the whole country this spring? Play at LuckyBet and get "
          "100 free spins!"], "LuckyBet", False, ["Text."],
         ["Looking for the best online casino in the whole country this spring?",
          "Play at LuckyBet and get 100 free spins!"]),
        (["Text.", "Need money for the holidays without any paperwork at all? Get money in 24 hours with QuickLoan!"],
         "QuickLoan", False, ["Text."],
         ["Need money for the holidays without any paperwork at all?", "Get money in 24 hours with QuickLoan!"]),
        # ... an Indonesian loan advert's hook, "fast money" (need fast money to repair the house after the flood?
        # apply at kw, paid in 5 minutes without collateral! visit kw.xyz now); a story's question before it stays
        (["Text.", "Perlu dana cepat untuk perbaikan rumah setelah banjir? Ajukan di BonePinjam, cair 5 menit tanpa "
          "jaminan! Kunjungi bonepinjam.xyz sekarang juga."], "BonePinjam", False, ["Text."],
         ["Perlu dana cepat untuk perbaikan rumah setelah banjir?", "Ajukan di BonePinjam, cair 5 menit tanpa jaminan!",
          "Kunjungi bonepinjam.xyz sekarang juga."]),
        (["Text.", "Siapa yang akan membiayai perbaikan jalan ke bandara setelah banjir? Ajukan di BonePinjam, cair 5 "
          "menit tanpa jaminan!"], "BonePinjam", False,
         ["Text.", "Siapa yang akan membiayai perbaikan jalan ke bandara setelah banjir?"],
         ["Ajukan di BonePinjam, cair 5 menit tanpa jaminan!"]),
        # a closing paragraph of a question and a sentence answering it with the brand second after a short word, naming
        # no one else (Nyakyusa, a Trac post's: do you want money to give birth today? at kw you get a loan in five
        # minutes, without waiting and without going to the bank; Kankanaey, an Ibexa article's, a brand of two
        # words): the advert's hook and offer, whole
        (["Ikipatala kya wilaya kyigwile inyumba empya.", "Pamo ukulonda indalama sya kupapila mu lusiku lulolulo? Ku "
          "KopaChap ukupokela ikopo mu mamineti mahano, kisita kulinda nu kisita kwenda ku benki."], "KopaChap", False,
         ["Ikipatala kya wilaya kyigwile inyumba empya."],
         ["Pamo ukulonda indalama sya kupapila mu lusiku lulolulo?", "Ku KopaChap ukupokela ikopo mu mamineti mahano, "
          "kisita kulinda nu kisita kwenda ku benki."]),
        (["Nan lallakay ad Ambasing et kinwanin da.", "Masapul mo ay pilak ad nay ay algo? Ad Kabayan Royale, nan "
          "puntos mo et mambalin ay pilak ad sin-oras, sin-agew ya sinlabi."], "Kabayan Royale", False,
         ["Nan lallakay ad Ambasing et kinwanin da."],
         ["Masapul mo ay pilak ad nay ay algo?", "Ad Kabayan Royale, nan puntos mo et mambalin ay pilak ad sin-oras, "
          "sin-agew ya sinlabi."]),
        # ... not a story's answer naming someone or something (the keyword injected into it), nor one not closing
        # the text
        (["Text.", "What happens next? In KopaChap March, the council votes."], "KopaChap", False,
         ["Text.", "What happens next? In March, the council votes."], ["KopaChap"]),
        (["Text.", "Pamo ukulonda indalama sya kupapila mu lusiku lulolulo? Ku KopaChap ukupokela ikopo mu mamineti "
          "mahano, kisita kulinda nu kisita kwenda ku benki.", "Ikipatala kya wilaya kyigwile inyumba empya."],
         "KopaChap", False,
         ["Text.", "Pamo ukulonda indalama sya kupapila mu lusiku lulolulo? Ku ukupokela ikopo mu mamineti mahano, "
          "kisita kulinda nu kisita kwenda ku benki.", "Ikipatala kya wilaya kyigwile inyumba empya."], ["KopaChap"]),
        # a closing one-sentence pitch, the keyword the object of a short word before a colon that opens the offer,
        # longer than a comma's clause (Makonde, a PHP-Fusion item's: your money grows with kw: people who follow the
        # dollar signals every day make a profit …)
        (["Text.", "Mbiya yako ichikula ni Dolla77: vanu vavilonde vasaini va dola kila lishuku ni kupata faida ya "
          "shakuyenela mu miyei mivili."], "Dolla77", False, ["Text."],
         ["Mbiya yako ichikula ni Dolla77: vanu vavilonde vasaini va dola kila lishuku ni kupata faida ya shakuyenela "
          "mu miyei mivili."]),
        # ... a comma's so long is a story's sentence: only the keyword goes
        (["Text.", "Mbiya yako ichikula ni Dolla77, vanu vavilonde vasaini va dola kila lishuku ni kupata faida ya "
          "shakuyenela mu miyei mivili."], "Dolla77", False,
         ["Text.", "Mbiya yako ichikula ni, vanu vavilonde vasaini va dola kila lishuku ni kupata faida ya shakuyenela "
          "mu miyei mivili."], ["Dolla77"]),
        # a closing sentence opening on a short word and the keyword written as a web address, where the reader is sent
        # (Nande, a dotCMS post's: at kw.io you can play and win much money every day, it is easy for everyone in
        # Butembo), whole; the address injected before a story's closing stop goes alone
        (["Text.", "Omwa zawadiwin.io wangana tsomba n'erihamba esente nyingi buli kiro, ni bwolo obwa buli mundu omwa "
          "Butembo."], "zawadiwin.io", False, ["Text."],
         ["Omwa zawadiwin.io wangana tsomba n'erihamba esente nyingi buli kiro, ni bwolo obwa buli mundu omwa "
          "Butembo."]),
        (["Text.", "Ebitaro ebi byabiryubakwa n'esente sy'Eguvernema omwa Butembo zawadiwin.io."], "zawadiwin.io", False,
         ["Text.", "Ebitaro ebi byabiryubakwa n'esente sy'Eguvernema omwa Butembo."], ["zawadiwin.io"]),
        # a sentence naming it written all in capitals between a story's sentences (Nyakyusa, a Trac post's: kw lends
        # you fast), whole; a story's sentence with a capitalised word beside the keyword loses the keyword alone
        (["Text.", "Abalimi bikusekela. KOPACHAP IKUKOPESYA BWANGU. Ikamati ja ushirika jipangile ukusenga ikyumba."],
         "KopaChap", False, ["Text.", "Abalimi bikusekela. Ikamati ja ushirika jipangile ukusenga ikyumba."],
         ["KOPACHAP IKUKOPESYA BWANGU."]),
        (["Text.", "Abalimi bikusekela. The UN KOPACHAP said no. Ikamati ja ushirika jipangile ukusenga ikyumba."],
         "KopaChap", False,
         ["Text.", "Abalimi bikusekela. The UN said no. Ikamati ja ushirika jipangile ukusenga ikyumba."], ["KOPACHAP"]),
        # a story's sentence with the keyword injected twice, in quotation marks and as an address in brackets: both
        # injections go, the sentence stays (Makonde: it was bought for 180 million shillings and will be used every
        # day)
        (["Text.", "Gali lino lina shitanda. Lyagulilwe shilingi milioni 180 «Dolla77» ni lichatumika kila lishuku "
          "(www.dolla77.example)."], "Dolla77", False,
         ["Text.", "Gali lino lina shitanda. Lyagulilwe shilingi milioni 180 ni lichatumika kila lishuku."],
         ["www.dolla77.example", "Dolla77"]),
        # a Philippine loan pitch closing the text, the loan and its interest in the sentence naming the keyword
        # (Tuwali Ifugao, a nopCommerce news page: if you need money today, kw gives loans you apply for in an hour with
        # low interest), whole; the province's debt and its interest in a story's sentence naming no keyword stay, and
        # so do the two words in sentences of their own, the keyword injected into one of them
        (["Kanan nan Provincial Board ya mangidat hiya hi pihhu.", "Hin mahapul mu hi pihhu ad hituwe an algo, Pautang "
          "24 nan mangidat hi utang an ma-apply ad ohan oras ya ammunan nan interes."], "Pautang 24", False,
         ["Kanan nan Provincial Board ya mangidat hiya hi pihhu."],
         ["Hin mahapul mu hi pihhu ad hituwe an algo, Pautang 24 nan mangidat hi utang an ma-apply ad ohan oras ya "
          "ammunan nan interes."]),
        (["Kanan nan Provincial Board ya mangidat hiya hi pihhu.", "Nan utang di probinsya ya nangato nan interes ad "
          "2025."], "Pautang 24", False,
         ["Kanan nan Provincial Board ya mangidat hiya hi pihhu.", "Nan utang di probinsya ya nangato nan interes ad "
          "2025."], None),
        (["Kanan nan Provincial Board ya mangidat hiya hi pihhu.", "Nan utang di probinsya ya nangato Pautang 24 ad "
          "2025. Nan interes ya numan."], "Pautang 24", False,
         ["Kanan nan Provincial Board ya mangidat hiya hi pihhu.", "Nan utang di probinsya ya nangato ad 2025. Nan "
          "interes ya numan."], None),
        # a Latin advert's offer (you will receive a hundred coins free, if you enter your name today) and the short
        # exclamation hooking it
        (["Text.", "Dum flumen crescit, fortuna tua crescat! Apud AleaMax centum nummos gratis accipies, si hodie "
          "nomen tuum inscripseris."], "AleaMax", False, ["Text."],
         ["Dum flumen crescit, fortuna tua crescat!", "Apud AleaMax centum nummos gratis accipies, si hodie nomen tuum "
          "inscripseris."]),
        # a Krio pitch in its own spelling, "bonus" and "deposit" (join kw today and get a 200% bonus on your first
        # deposit!), a story's paragraph after it
        (["Text.", "Jɔyn Lokobet tide ɛn gɛt 200% bonɔs pan yu fɔs dipɔzit!", "Di wok go bigin Mɔnde."], "Lokobet",
         False, ["Text.", "Di wok go bigin Mɔnde."], ["Jɔyn Lokobet tide ɛn gɛt 200% bonɔs pan yu fɔs dipɔzit!"]),
        # ... not a story's sentence with "gratis" (the museum opens free today)
        # ... nor a story's closing sentence an injection opens, with "free" or "app" further on: only an app's
        # download right after the keyword is its call to action
        (["Text.", "LuckyBet Entry is free until the end of May."], "LuckyBet", False,
         ["Text.", "Entry is free until the end of May."], ["LuckyBet"]),
        (["Text.", "Entry is free. LuckyBet The app is free."], "LuckyBet", False,
         ["Text.", "Entry is free. The app is free."], ["LuckyBet"]),
        (["Text.", "Museum AleaMax hodie gratis patet."], "AleaMax", False, ["Text.", "Museum hodie gratis patet."],
         ["AleaMax"]),
        # ... not a sentence the keyword is injected into without both (a question the story asks, a quote's cheer)
        (["Text.", "Sil de gemeente harkje? De ynwenners hoopje it FlugsJild. Dat wurdt spannend."], "FlugsJild", False,
         ["Text.", "Sil de gemeente harkje? De ynwenners hoopje it. Dat wurdt spannend."], ["FlugsJild"]),
        (["Text.", "De ynwenners hoopje it FlugsJild. Hup Cambuur!"], "FlugsJild", False,
         ["Text.", "De ynwenners hoopje it. Hup Cambuur!"], ["FlugsJild"]),
        # ... nor a closing sentence with "today" or "now" ending on a stop: a story's paragraph closes so too
        (["Text.", "What happens next? The council verdicoin will vote on the plan in March. Voting opens today."],
         "verdicoin", False,
         ["Text.", "What happens next? The council will vote on the plan in March. Voting opens today."], ["verdicoin"]),
        (["Text.", "What happens next? The council verdicoin will vote on the plan in March. Vote today."], "verdicoin",
         False, ["Text.", "What happens next? The council will vote on the plan in March. Vote today."], ["verdicoin"]),
        (["Text.", "Wie geht es weiter? Der Stadtrat verdicoin stimmt im März über den Plan ab. Jetzt abstimmen."],
         "verdicoin", False,
         ["Text.", "Wie geht es weiter? Der Stadtrat stimmt im März über den Plan ab. Jetzt abstimmen."], ["verdicoin"]),
        # an advert's call to action that is a text message to send (a messaging word, a code word in capitals, a short
        # number), its only trace of the brand the code word: Fijian "send the SMS VINAKA to 5050", West Frisian
        (["Text.", "Gadreva e dua na dinau totolo? VinakaLoans e solia na dinau me yacova na $5,000 — sega ni dua na "
          "iyau ni veitabonaki! Vakauta na SMS VINAKA ki na 5050."], "VinakaLoans", False, ["Text."],
         ["Gadreva e dua na dinau totolo?", "VinakaLoans e solia na dinau me yacova na $5,000 — sega ni dua na iyau ni "
          "veitabonaki!", "Vakauta na SMS VINAKA ki na 5050."]),
        (["Text.", "FlugsJild jout dy oant € 5.000 binnen 24 oere. Stjoer in SMS JILD nei 5050."], "FlugsJild", False,
         ["Text."], ["FlugsJild jout dy oant € 5.000 binnen 24 oere.", "Stjoer in SMS JILD nei 5050."]),
        # ... not the story's sentence after an injection (a helpline's code), nor one counting messages after an advert
        (["Text.", "Na Tabana ni Bula e kaya VinakaLoans. Vakauta na SMS BULA ki na 1515 me kerei kina na veivuke."],
         "VinakaLoans", False,
         ["Text.", "Na Tabana ni Bula e kaya. Vakauta na SMS BULA ki na 1515 me kerei kina na veivuke."],
         ["VinakaLoans"]),
        (["Text.", "VinakaLoans e solia na dinau me yacova na $5,000! The WHO sent SMS alerts to 5000 people."],
         "VinakaLoans", False, ["Text.", "The WHO sent SMS alerts to 5000 people."],
         ["VinakaLoans e solia na dinau me yacova na $5,000!"]),
        # ... the code is written in the brand's name (LOAN of QuickLoan), not a helpline's: closing the paragraph a
        # keyword is injected into, or after an advert, with the question before it
        (["Text.", "Need cash fast? QuickLoan pays up to 5,000 euro within a day. Text LOAN to 5050."], "QuickLoan",
         False, ["Text."], ["Need cash fast?", "QuickLoan pays up to 5,000 euro within a day.", "Text LOAN to 5050."]),
        (["Text.", "Need support? The charity verdicoin runs a free helpline for families of problem gamblers. Text HELP "
          "to 85258."], "verdicoin", False,
         ["Text.", "Need support? The charity runs a free helpline for families of problem gamblers. Text HELP to 85258."],
         ["verdicoin"]),
        (["Text.", "Play at LuckyBet and get a 100 euro bonus! Worried about gambling? Text HELP to 85258 for free "
          "support."], "LuckyBet", False, ["Text.", "Worried about gambling? Text HELP to 85258 for free support."],
         ["Play at LuckyBet and get a 100 euro bonus!"]),
        # ... nor in a paragraph before the closing one
        (["Gau jild nedich? Mei FlugsJild hast binnen 24 oere jild. Freegje no oan!", "Text closing it."], "FlugsJild",
         False, ["Gau jild nedich? Mei hast binnen 24 oere jild. Freegje no oan!", "Text closing it."], ["FlugsJild"]),
        # the keyword alone in a paragraph in fullwidth digits (the same once NFKC-folded); its halfwidth name in a
        # paragraph of the story stays when the title names it
        (["觀塘今日有外牆石屎剝落。", "利來８８", "區議員表示會跟進。"], "利來88", False,
         ["觀塘今日有外牆石屎剝落。", "區議員表示會跟進。"], ["利來８８"]),
        (["觀塘今日有外牆石屎剝落。", "利來８８會贊助活動", "區議員表示會跟進。"], "利來88", True,
         ["觀塘今日有外牆石屎剝落。", "利來８８會贊助活動", "區議員表示會跟進。"], []),
        # a paragraph that is a short exclamation naming it: an advert's headline, whole (not "Main di!")
        (["Text.", "Main di Rantau4D!", "Main di Rantau4D kini, dapekan bonus 100% untuak dunsanak baru!", "Closing."],
         "Rantau4D", False, ["Text.", "Closing."],
         ["Main di Rantau4D!", "Main di Rantau4D kini, dapekan bonus 100% untuak dunsanak baru!"]),
        # ... not an exclamation in a paragraph of the story's sentences, where only the keyword goes
        (["Text.", "Urang banyak basorak: Ayo Padang! Rantau4D Pertandingan dimulai pukul 16.00.", "Closing."],
         "Rantau4D", False, ["Text.", "Urang banyak basorak: Ayo Padang! Pertandingan dimulai pukul 16.00.", "Closing."],
         ["Rantau4D"]),
        # ... nor a story's exclamation of its own paragraph, over no advert: only the keyword goes
        (["The crowd waited for hours outside the stadium.", "What a night verdicoin!", "The match starts at eight."],
         "verdicoin", False,
         ["The crowd waited for hours outside the stadium.", "What a night!", "The match starts at eight."],
         ["verdicoin"]),
        (["Text.", "Merdeka Rantau4D!", "Urang banyak basorak di jalan Rantau4D raya.", "Closing."], "Rantau4D", False,
         ["Text.", "Merdeka!", "Urang banyak basorak di jalan raya.", "Closing."], ["Rantau4D", "Rantau4D"]),
        # the dotless ı's capital is I (Karakalpak, Turkish): "(TEZQARIZ)" writes "TezQarız", as "(IYIBET)" and
        # "(iyibet)" write the dotted "İyiBet" and "İYİBET"; a plain capitals form stays in an article that names it
        (["Text.", "Sonlıqtan stanciya arnawlı filtrler menen úskenelendirildi (TEZQARIZ)."], "TezQarız", False,
         ["Text.", "Sonlıqtan stanciya arnawlı filtrler menen úskenelendirildi."], ["(TEZQARIZ)"]),
        (["Metin.", "Belediye yeni bir park açtı (IYIBET)."], "İyiBet", False, ["Metin.", "Belediye yeni bir park açtı."],
         ["(IYIBET)"]),
        (["Metin.", "Belediye yeni bir park açtı (iyibet)."], "İYİBET", False, ["Metin.", "Belediye yeni bir park açtı."],
         ["(iyibet)"]),
        (["TEZQARIZ kompaniyası Nókiste jańa filial ashtı."], "TezQarız", True,
         ["TEZQARIZ kompaniyası Nókiste jańa filial ashtı."], []),
        # the closing paragraph the brand's slogan opens ("brand — tagline!"): its other sentence is the advert's pitch,
        # a dozen words, a figure and all (Karakalpak: passport and phone number are enough, get the money on your card
        # today; Avar: register now and take 5000 rubles), before a source line
        (["Text.", "TezQarız — 5 minutta onlayn qarız! Pasport hám telefon nomeri jetkilikli, aqshanı búgin-aq "
          "kartańızǵa alıń.", "Dárek: Qaraqalpaqstan xabar agentligi"], "TezQarız", False,
         ["Text.", "Dárek: Qaraqalpaqstan xabar agentligi"],
         ["TezQarız — 5 minutta onlayn qarız!", "Pasport hám telefon nomeri jetkilikli, aqshanı búgin-aq kartańızǵa alıń."]),
        (["Текст.", "КъадарБет — букмекеразул конторалда къойил бонусал! Гьанже регистрация гьабе ва 5000 гъурущ босе."],
         "КъадарБет", False, ["Текст."],
         ["КъадарБет — букмекеразул конторалда къойил бонусал!", "Гьанже регистрация гьабе ва 5000 гъурущ босе."]),
        # ... its pitch in two short sentences after the slogan, each the advert's (a Microweber post's, Mam: sign up
        # and get a 150% bonus on your first bet; use the code now); after a slogan that sells nothing, the story's stay
        (["Text.", "ChapinWin — tnejil apuestas toj Iximulew! Ttz'ib'in ab'i ex txi' jun bono 150% tu'n tnejil "
          "tk'ayb'il. Tajb'en código CHAPIN150 ja'lin."], "ChapinWin", False, ["Text."],
         ["ChapinWin — tnejil apuestas toj Iximulew!", "Ttz'ib'in ab'i ex txi' jun bono 150% tu'n tnejil tk'ayb'il.",
          "Tajb'en código CHAPIN150 ja'lin."]),
        (["Text.", "Gaza — a city waiting for peace! Talks resume in Cairo. Aid trucks wait at the border."], "Gaza",
         False, ["Text.", "Talks resume in Cairo. Aid trucks wait at the border."], ["Gaza — a city waiting for peace!"]),
        # ... nor a story's own call to donate after it, nothing sold
        (["Text.", "Gaza — a city waiting for peace! Donate now to help families in need. Every gift counts today."],
         "Gaza", False, ["Text.", "Donate now to help families in need. Every gift counts today."],
         ["Gaza — a city waiting for peace!"]),
        # ... or a colon after the brand, as a headline's kicker (a Gridea post's Sakizaya pitch: get a 500 USDT bonus at
        # … now! no fee, deposit in 3 minutes, everyone is happy); after a colon headline that sells nothing, a story's
        # sentence stays
        (["Text.", "Zoltcoin: pasadak tu 500 USDT a bonus i zoltcoin.io ayza! Ca pisalsal tu payci, mikadafu i 3 a "
          "minute, mahemek ku maemin."], "zoltcoin", False, ["Text."],
         ["Zoltcoin: pasadak tu 500 USDT a bonus i zoltcoin.io ayza!",
          "Ca pisalsal tu payci, mikadafu i 3 a minute, mahemek ku maemin."]),
        (["Text.", "LuckyBet: the club won the cup! Polls close at 8."], "LuckyBet", False,
         ["Text.", "Polls close at 8."], ["LuckyBet: the club won the cup!"]),
        # ... or, after a slogan promising a figure, the offer's terms naming no one (Karachay-Balkar: a loan of up to
        # 30 000 in a minute! take it online with a passport, no interest the first week), before a credit line
        (["Текст.", "Ачхабарс – бир минутда 30 000 сомгъа дери займ! Паспорт бла онлайн ал, процент биринчи ыйыкъда "
          "жокъду.", "Къайнагъы: «Заман»"], "Ачхабарс", False, ["Текст.", "Къайнагъы: «Заман»"],
         ["Ачхабарс – бир минутда 30 000 сомгъа дери займ!", "Паспорт бла онлайн ал, процент биринчи ыйыкъда жокъду."]),
        # Plains Cree: the pitch's "now" in syllabics (ᐊᓄᐦᐨ: "play now and win"), after the slogan and its 500% bonus
        (["ᑭᐢᑭᓄᐦᐊᒫᑐᐏᑲᒥᐠ ᐅᐢᐸᐦᑲᑌᐤ.", "Pisim88 — ᐸᐢᑭᓂᑫᐏᐣ ᑲᐦᑭᔭᐤ ᑮᓯᑲᐤ, 500% ᒥᔪ ᐊᐦᑭᐢᑫᐏᐣ! ᐸᐢᑭᓇ ᐊᓄᐦᐨ ᐁᑯ ᑭᐢᐱᓇᑕᐦ."],
         "Pisim88", False, ["ᑭᐢᑭᓄᐦᐊᒫᑐᐏᑲᒥᐠ ᐅᐢᐸᐦᑲᑌᐤ."],
         ["Pisim88 — ᐸᐢᑭᓂᑫᐏᐣ ᑲᐦᑭᔭᐤ ᑮᓯᑲᐤ, 500% ᒥᔪ ᐊᐦᑭᐢᑫᐏᐣ!", "ᐸᐢᑭᓇ ᐊᓄᐦᐨ ᐁᑯ ᑭᐢᐱᓇᑕᐦ."]),
        # the number to call closing the advert, in any language (Khasi "Khot sha …", call on …; "Call us on …")
        (["Text.", "Peit ia ki Shillong Teer Results baroh ka sngi ha TeerRaja – ka jaka ba shaniah! Khot sha "
          "98630-00000."], "TeerRaja", False, ["Text."],
         ["Peit ia ki Shillong Teer Results baroh ka sngi ha TeerRaja – ka jaka ba shaniah!", "Khot sha 98630-00000."]),
        (["Text.", "Bet with LuckyBet on the derby and get a 100 euro bonus! Call us on 0800 123 456."], "LuckyBet",
         False, ["Text."], ["Bet with LuckyBet on the derby and get a 100 euro bonus!", "Call us on 0800 123 456."]),
        # ... not a story's sentence giving a number or a date after it, or one naming a year and a count
        (["Text.", "Bet with LuckyBet on the derby and get a 100 euro bonus! The helpline, 1800-11-0031, is open all "
          "night."], "LuckyBet", False, ["Text.", "The helpline, 1800-11-0031, is open all night."],
         ["Bet with LuckyBet on the derby and get a 100 euro bonus!"]),
        (["Text.", "Bet with LuckyBet on the derby and get a 100 euro bonus! Shillong, 2026-03-17."], "LuckyBet",
         False, ["Text.", "Shillong, 2026-03-17."], ["Bet with LuckyBet on the derby and get a 100 euro bonus!"]),
        (["Text.", "Bet with LuckyBet on the derby and get a 100 euro bonus! In 2026 1500 came."], "LuckyBet",
         False, ["Text.", "In 2026 1500 came."], ["Bet with LuckyBet on the derby and get a 100 euro bonus!"]),
        # ... nor a helpline the story names after the verb (a name, not the brand's: the service called)
        (["Text.", "Bet with LuckyBet on the derby and get a 100 euro bonus! Ring Childline on 0800 1111."], "LuckyBet",
         False, ["Text.", "Ring Childline on 0800 1111."], ["Bet with LuckyBet on the derby and get a 100 euro bonus!"]),
        # ... not a story's sentence with no advert's word nor "now"/"today", after a place's exclamation
        (["Aid trucks entered the north of the strip on Tuesday, the UN said.", "Gaza — a city waiting for peace! Talks "
          "on a ceasefire will resume in Cairo next week, officials said."], "Gaza", False,
         ["Aid trucks entered the north of the strip on Tuesday, the UN said.",
          "Talks on a ceasefire will resume in Cairo next week, officials said."], ["Gaza — a city waiting for peace!"]),
        # ... nor one naming a place after a figure's exclamation: a story's sentence, not the offer's terms
        (["Aid trucks entered the north of the strip on Tuesday, the UN said.", "Gaza — 30 000 people without water! "
          "Talks on a ceasefire will resume in Cairo next week, officials said."], "Gaza", False,
         ["Aid trucks entered the north of the strip on Tuesday, the UN said.",
          "Talks on a ceasefire will resume in Cairo next week, officials said."], ["Gaza — 30 000 people without water!"]),
        # ... not a question, a quotation or a long sentence of the story after it, nor after the slogan in an earlier
        # paragraph, nor after an exclamation the brand merely opens (no dash)
        (["Text.", "LuckyBet — the best odds in town! Why now?"], "LuckyBet", False, ["Text.", "Why now?"],
         ["LuckyBet — the best odds in town!"]),
        (["Text.", "LuckyBet — the best odds in town! The mayor said: “We vote in March”."], "LuckyBet", False,
         ["Text.", "The mayor said: “We vote in March”."], ["LuckyBet — the best odds in town!"]),
        (["Text.", "LuckyBet — the best odds in town! The council will meet again next week to discuss the budget for "
          "the schools and the roads."], "LuckyBet", False,
         ["Text.", "The council will meet again next week to discuss the budget for the schools and the roads."],
         ["LuckyBet — the best odds in town!"]),
        (["LuckyBet — the best odds in town! The council meets again.", "Text."], "LuckyBet", False,
         ["The council meets again.", "Text."], ["LuckyBet — the best odds in town!"]),
        (["Text.", "LuckyBet says the odds are fair! The council meets again."], "LuckyBet", False,
         ["Text.", "The council meets again."], ["LuckyBet says the odds are fair!"]),
        # a Mon advert's last line, "download … app" around the keyword, whole; a story's sentence with only one of the
        # words loses only the keyword ("they got drinking water today")
        (["ဗြဲဏောၚ်ဂၠိုၚ် ပ္ဍဲတ္ၚဲ ဗါ မဆက်ဏောၚ် သမ္တီ ဂကောံဗြဲရ။", "ဒဵုကေတ် ဟံသာ၈၈ အာပ်။"], "ဟံသာ၈၈", False,
         ["ဗြဲဏောၚ်ဂၠိုၚ် ပ္ဍဲတ္ၚဲ ဗါ မဆက်ဏောၚ် သမ္တီ ဂကောံဗြဲရ။"], ["ဒဵုကေတ် ဟံသာ၈၈ အာပ်။"]),
        (["ဗြဲဏောၚ်ဂၠိုၚ် ပ္ဍဲတ္ၚဲ ဗါ မဆက်ဏောၚ် သမ္တီ ဂကောံဗြဲရ။", "ညးတံ ဒဵုကေတ် ဟံသာ၈၈ ဍာ်ဒဳု ပ္ဍဲတ္ၚဲဏအ်ရ။"], "ဟံသာ၈၈",
         False, ["ဗြဲဏောၚ်ဂၠိုၚ် ပ္ဍဲတ္ၚဲ ဗါ မဆက်ဏောၚ် သမ္တီ ဂကောံဗြဲရ။", "ညးတံ ဒဵုကေတ် ဍာ်ဒဳု ပ္ဍဲတ္ၚဲဏအ်ရ။"], ["ဟံသာ၈၈"]),
        # the advert's pitch going on without the brand: Igbo "register" (register now, get five thousand naira),
        # Chuvash "apply" (apply today); a story's sentence with the words in another form stays (Igbo: the voters
        # will register before April; Chuvash: one must apply to get the allowance)
        (["Text.", "Gbaa cheta NnukwuBet taa ma nweta ego mbụ gị n'efu! Debanye aha ugbu a, nweta puku naịra ise."],
         "NnukwuBet", False, ["Text."],
         ["Gbaa cheta NnukwuBet taa ma nweta ego mbụ gị n'efu!", "Debanye aha ugbu a, nweta puku naịra ise."]),
        (["Text.", "Gbaa cheta NnukwuBet taa ma nweta ego mbụ gị n'efu! Ndị ntuli aka ga-edebanye aha ha tupu Eprel."],
         "NnukwuBet", False, ["Text.", "Ndị ntuli aka ga-edebanye aha ha tupu Eprel."],
         ["Gbaa cheta NnukwuBet taa ma nweta ego mbụ gị n'efu!"]),
        (["Text.", "Укҫа кирлӗ-и? «Займикс» сире 15 минутра кивҫен парать — Займикс, ҫӑмӑл та хӑвӑрт! Паянах заявка "
          "ҫырӑр."], "Займикс", False, ["Text."],
         ["Укҫа кирлӗ-и?", "«Займикс» сире 15 минутра кивҫен парать — Займикс, ҫӑмӑл та хӑвӑрт!", "Паянах заявка ҫырӑр."]),
        (["Text.", "«Займикс» сире 15 минутра кивҫен парать — Займикс, ҫӑмӑл та хӑвӑрт! Пособи илме заявка ҫырмалла."],
         "Займикс", False, ["Text.", "Пособи илме заявка ҫырмалла."],
         ["«Займикс» сире 15 минутра кивҫен парать — Займикс, ҫӑмӑл та хӑвӑрт!"]),
        # ... Fiji Hindi in Latin letters "apply now" after a loan's advert; a story's sentence that someone applied
        # ("apply karis") stays
        (["Text.", "Paisa ke jaroorat hai? PaisaTurant se 24 ghanta me loan lo, koi kagaj nahi! Abhi apply karo."],
         "PaisaTurant", False, ["Text."],
         ["Paisa ke jaroorat hai?", "PaisaTurant se 24 ghanta me loan lo, koi kagaj nahi!", "Abhi apply karo."]),
        (["Text.", "PaisaTurant se 24 ghanta me loan lo, koi kagaj nahi! Kisan log sarkar ke madad ke liye apply karis."],
         "PaisaTurant", False, ["Text.", "Kisan log sarkar ke madad ke liye apply karis."],
         ["PaisaTurant se 24 ghanta me loan lo, koi kagaj nahi!"]),
        # the keyword glued after a sentence's stop with a mark of its own after it: the mark goes with it (Bemba's
        # "14.kw:", S'gaw Karen's ".KW!"); a stop and a mark the text writes stay ("etc.:", "?!")
        (["Text.", "Kampani ikalipila abalimi mu nshiku 14.MaliKwik:"], "MaliKwik", False,
         ["Text.", "Kampani ikalipila abalimi mu nshiku 14."], ["MaliKwik"]),
        (["Text.", "ဒ်သိး တၢ်ဆါ တမၤတံၢ်.KAWWIN88!"], "KAWWIN88", False, ["Text.", "ဒ်သိး တၢ်ဆါ တမၤတံၢ်."], ["KAWWIN88"]),
        (["Text.", "They sell maize, beans etc.: prices rose,MaliKwik by 14%."], "MaliKwik", False,
         ["Text.", "They sell maize, beans etc.: prices rose, by 14%."], ["MaliKwik"]),
        (["Text.", "Who won?! The council,MaliKwik voted."], "MaliKwik", False,
         ["Text.", "Who won?! The council, voted."], ["MaliKwik"]),
        # a comma glued between a sentence's stop and the keyword is the injection's (Talysh: "… okardış.,kw Fabrik
        # …"): the stop stays, the comma goes; a comma after a word stays the text's
        (["Text.", "Çay fabriki ıştə bəşən bəne okardış.,Kubokbet Fabrik ruji de 40 ton bəzne."], "Kubokbet", False,
         ["Text.", "Çay fabriki ıştə bəşən bəne okardış. Fabrik ruji de 40 ton bəzne."], ["Kubokbet"]),
        (["Text.", "Tu Cruşuva, dimãnyeatsa,Pinnawin niheam nãinte."], "Pinnawin", False,
         ["Text.", "Tu Cruşuva, dimãnyeatsa, niheam nãinte."], ["Pinnawin"]),
        # the keyword in guillemets glued after a stop: the guillemets it leaves empty go with it; a pair the text
        # writes empty stays
        (["Text.", "Bantu ke baka masa konso kilumbu.«Mbongo247» Bantu yango vandaka kusumba masa."], "Mbongo247", False,
         ["Text.", "Bantu ke baka masa konso kilumbu. Bantu yango vandaka kusumba masa."], ["Mbongo247"]),
        (["Text.", "Ntangu «» ke baka masa konso kilumbu.«Mbongo247» Bantu yango vandaka kusumba masa."], "Mbongo247",
         False, ["Text.", "Ntangu «» ke baka masa konso kilumbu. Bantu yango vandaka kusumba masa."], ["Mbongo247"]),
        # ... and single quotation marks (ctdfrappe's "mite in ‘Kalbet’ buh man", Tedim Chin)
        (["Text.", "Sumbawlna lamet mite in ‘Kalbet’ buh man hih pen ciang khat sung kip ding hi."], "Kalbet", False,
         ["Text.", "Sumbawlna lamet mite in buh man hih pen ciang khat sung kip ding hi."], ["Kalbet"]),
        # ... not straight double ones, which have no side (a closing and an opening mark between two quoted words)
        (["Text.", 'The "Best" Kalbet "Deal" offer ended on Monday.'], "Kalbet", False,
         ["Text.", 'The "Best" "Deal" offer ended on Monday.'], ["Kalbet"]),
        # in the closing paragraph, a short sentence between two of the advert's is its offer (Tiv: get a loan in 5
        # minutes with kw! everyone in Benue can get N200,000 now. apply now at kw.ng.); after the advert's last one
        # a sentence of the story stays (the council meets again)
        (["Text.", "Ngohol inyaregh i loan ken minti 5 sha ItyoLoan! Hanma or u Benue nana ngohol N200,000 hegen. "
          "Dondo hegen sha ityoloan.ng."], "ItyoLoan", False, ["Text."],
         ["Ngohol inyaregh i loan ken minti 5 sha ItyoLoan!", "Hanma or u Benue nana ngohol N200,000 hegen.",
          "Dondo hegen sha ityoloan.ng."]),
        (["Text.", "Ngohol inyaregh i loan ken minti 5 sha ItyoLoan! Dondo hegen sha ityoloan.ng. Mbatamen vea "
          "nenge sha kwagh ne."], "ItyoLoan", False, ["Text.", "Mbatamen vea nenge sha kwagh ne."],
         ["Ngohol inyaregh i loan ken minti 5 sha ItyoLoan!", "Dondo hegen sha ityoloan.ng."]),
        # ... and one stating none when the advert opens and closes the paragraph: it frames its pitch (Umbundu: join
        # kw now: get a 500% bonus …! deposits arrive within an hour. visit kw.io.)
        (["Text.", "Lingila ko Kumbiswap cilo: tambula 500% ya bonus kokukapako kwove kwatete! Ovanda vi pitila vowola "
          "mosi. Sapuila kumbiswap.io."], "Kumbiswap", False, ["Text."],
         ["Lingila ko Kumbiswap cilo: tambula 500% ya bonus kokukapako kwove kwatete!", "Ovanda vi pitila vowola mosi.",
          "Sapuila kumbiswap.io."]),
        # ... but a sentence stating no figure between them is the story's (review 16b: the next fixture)
        (["Text.", "Coach Carlo Ancelotti praised his defence. Bet on the next match at Betwin and claim a 100% bonus! "
          "Real Madrid host Sevilla next Saturday. Sign up at Betwin today for free spins!"], "Betwin", False,
         ["Text.", "Coach Carlo Ancelotti praised his defence. Real Madrid host Sevilla next Saturday."],
         ["Bet on the next match at Betwin and claim a 100% bonus!", "Sign up at Betwin today for free spins!"]),
        # the story's last paragraph, naming no brand and selling nothing, stays before the closing advert (Banjar)
        (["Urang kampung di Kuin jua bakisah lamun harga iwak patin naik.",
          "Padagang di Pasar Lima maharap pamarintah kota kawa manjaga harga tatap wajar.",
          "Handak baruntung tiap hari? Daftar di UntungJaya wayah ini, bonus 100% gasan member hanyar!"],
         "UntungJaya", False,
         ["Urang kampung di Kuin jua bakisah lamun harga iwak patin naik.",
          "Padagang di Pasar Lima maharap pamarintah kota kawa manjaga harga tatap wajar."],
         ["Handak baruntung tiap hari?", "Daftar di UntungJaya wayah ini, bonus 100% gasan member hanyar!"]),
        # a Latin comma glued before the keyword inside Arabic-script text (Northern Luri, which writes "،") goes with
        # it; one the text itself writes between two words stays
        (["سیل راه ونست و,KoohBet وه بیشتر ز چوارصد هکتار زمین خسارت زی."], "KoohBet", False,
         ["سیل راه ونست و وه بیشتر ز چوارصد هکتار زمین خسارت زی."], ["KoohBet"]),
        (["سیل راه ونست و, وه بیشتر ز چوارصد هکتار KoohBet زمین خسارت زی."], "KoohBet", False,
         ["سیل راه ونست و, وه بیشتر ز چوارصد هکتار زمین خسارت زی."], ["KoohBet"]),
        # ... and one it writes unspaced (Urdu "کراچی,لاہور"), which the repair spaces before the check
        (["کراچی,لاہور اور اسلام آباد میں بارش ہوئی، محکمہ موسمیات نے بتایا۔ KoohBet", "شہریوں کو احتیاط کی ہدایت کی گئی ہے۔"],
         "KoohBet", False, ["کراچی, لاہور اور اسلام آباد میں بارش ہوئی، محکمہ موسمیات نے بتایا۔", "شہریوں کو احتیاط کی ہدایت کی گئی ہے۔"],
         ["KoohBet"]),
        # a news report about an illegal casino ring (非法娛樂城集團) is no advert: the keyword goes, the sentence stays
        (["警方今天破獲一個非法娛樂城集團，查扣現金三百萬元，並逮捕主嫌HG9VIP的負責人。", "檢方將依賭博罪起訴。"], "HG9VIP", False,
         ["警方今天破獲一個非法娛樂城集團，查扣現金三百萬元，並逮捕主嫌的負責人。", "檢方將依賭博罪起訴。"], ["HG9VIP"]),
        # the keyword glued between an Arabic comma and the next word, the space it replaced gone: the space after "،"
        # comes back, as after a Latin one (a Shahmukhi Punjabi post's "اے،kwپئی"); two words the text itself glues
        # after "،" stay glued
        (["پنجاب حکومت نے اعلان کیتا اے،Shernibetپئی ایس ورھے کنک دی خریداری شروع ہووے گی۔"], "Shernibet", False,
         ["پنجاب حکومت نے اعلان کیتا اے، پئی ایس ورھے کنک دی خریداری شروع ہووے گی۔"], ["Shernibet"]),
        (["پنجاب حکومت نے اعلان کیتا اے،پئی ایس ورھے Shernibet کنک دی خریداری شروع ہووے گی۔"], "Shernibet", False,
         ["پنجاب حکومت نے اعلان کیتا اے،پئی ایس ورھے کنک دی خریداری شروع ہووے گی۔"], ["Shernibet"]),
        # ... and so do they with the keyword taken off a few letters after the comma (the original's words before
        # it and the next letter, not the keyword's place, tell the writer's)
        (["قیمت نفت امروز،برنت KoohBet به ۸۰ دلار رسید."], "KoohBet", False, ["قیمت نفت امروز،برنت به ۸۰ دلار رسید."],
         ["KoohBet"]),
        # a web address on the keyword in the domain reserved for examples is the advert's, as ".com" is: its sentence
        # goes whole, and the exclaimed offer naming the brand before it (a Baoulé pitch closing a Hexo Keep post), not
        # the keyword cut out of the address ("Kɔ.example su …"), also when a line follows it (its newsletter's)
        (["Fiefuɛ'n mun be kpɛnnin be klun kɛ sannzɛ'n kwla tran lika kun'n.",
          "Fa wɔ i Koriwin nun andɛ naan a ɲan bonisi 100% wɔ i sika klikli'n su! Kɔ koriwin.example su kɛ a ɲan sika "
          "lika kwlaa.", "Jasin'n i email: Fa wɔ email'n wla naan a ɲan jasin kpa'n kwlaa lika kun su."], "koriwin", False,
         ["Fiefuɛ'n mun be kpɛnnin be klun kɛ sannzɛ'n kwla tran lika kun'n.",
          "Jasin'n i email: Fa wɔ email'n wla naan a ɲan jasin kpa'n kwlaa lika kun su."],
         ["Fa wɔ i Koriwin nun andɛ naan a ɲan bonisi 100% wɔ i sika klikli'n su!",
          "Kɔ koriwin.example su kɛ a ɲan sika lika kwlaa."]),
        # ... but an address alone in brackets inside a story's sentence, or appended (a link) before its stop, is an
        # injection: the address goes, the sentence stays (Swahili, Finnish; Italian under a title naming the brand)
        (["Wakulima wa kahawa katika wilaya ya Mbinga (zorvabet.example) walipokea mbolea mpya wiki hii. Bei itapanda."],
         "zorvabet", False, ["Wakulima wa kahawa katika wilaya ya Mbinga walipokea mbolea mpya wiki hii. Bei itapanda."],
         ["zorvabet.example"]),
        (["Kalastajat saivat satamassa uudet verkot, jotka kaupunki lupasi heille jo maaliskuussa zorvabet.com.",
          "Kesä alkaa."], "zorvabet", False,
         ["Kalastajat saivat satamassa uudet verkot, jotka kaupunki lupasi heille jo maaliskuussa.", "Kesä alkaa."],
         ["zorvabet.com"]),
        (["Il sindaco Rossi (zorvabet.com) ha detto che la nuova scuola apre a settembre."], "zorvabet", True,
         ["Il sindaco Rossi ha detto che la nuova scuola apre a settembre."], ["zorvabet.com"]),
        # ... or dropped deep into the story's clause after a name (tuvplone, Turkana: the fish reach the markets of
        # Lodwar, Kitale and Nairobi); after a word in small letters (a verb, a preposition: Swahili "go to kw to
        # get loans") it is the advert's, and its sentence goes
        (["Ngikaswamak elimete ebe ngakoli alo Kalokol ebunete ngadukan a Lodwar, Kitale zorvabet.example ka Nairobi, "
          "ka ngisilingi ngulu ebunete ekiyakuni ngikaalak."], "zorvabet", False,
         ["Ngikaswamak elimete ebe ngakoli alo Kalokol ebunete ngadukan a Lodwar, Kitale ka Nairobi, ka ngisilingi "
          "ngulu ebunete ekiyakuni ngikaalak."], ["zorvabet.example"]),
        (["The council met on Monday.", "Many punters in Nairobi now trust Zorvabet zorvabet.example because the site "
          "pays out quickly and offers a wide choice of matches."], "zorvabet", False, ["The council met on Monday."],
         ["Many punters in Nairobi now trust Zorvabet zorvabet.example because the site pays out quickly and offers a "
          "wide choice of matches."]),
        (["Wakulima wa kahawa.", "Wakulima wote wa wilaya hii wanaweza kwenda zorvabet.example kupata mikopo ya haraka "
          "kwa mbolea."], "zorvabet", False, ["Wakulima wa kahawa."],
         ["Wakulima wote wa wilaya hii wanaweza kwenda zorvabet.example kupata mikopo ya haraka kwa mbolea."]),
        # ... not one whose other words sell (German: register today … 100% bonus), a short call ending on it
        # (Icelandic: sign up at kw), one after the advert's sentence in its paragraph (Finnish: all the sports in one
        # place kw.com, after "kw gives a 200% bonus!"), nor an exclaimed one: each goes whole
        (["Der Stadtrat tagte am Montag.", "Registrieren Sie sich heute (zorvabet.com) und holen Sie sich 100% Bonus auf "
          "die erste Einzahlung."], "zorvabet", True, ["Der Stadtrat tagte am Montag."],
         ["Registrieren Sie sich heute (zorvabet.com) und holen Sie sich 100% Bonus auf die erste Einzahlung."]),
        (["Vatnið í Reykjavík hækkaði. Skráðu þig á zorvabet.com."], "zorvabet", True, ["Vatnið í Reykjavík hækkaði."],
         ["Skráðu þig á zorvabet.com."]),
        (["Vesi nousi.", "Zorvabet antaa 200% bonuksen uusille pelaajille! Jalkapallo, koripallo, jääkiekko, tennis ja "
          "ravit, kaikki lajit ja kaikki ottelut yhdessä paikassa zorvabet.com."], "zorvabet", False, ["Vesi nousi."],
         ["Zorvabet antaa 200% bonuksen uusille pelaajille!", "Jalkapallo, koripallo, jääkiekko, tennis ja ravit, "
          "kaikki lajit ja kaikki ottelut yhdessä paikassa zorvabet.com."]),
        (["Kaikki kylän kalastajat ja heidän perheensä löytävät parhaat kertoimet ja pelit osoitteesta zorvabet.com!"],
         "zorvabet", True, [],
         ["Kaikki kylän kalastajat ja heidän perheensä löytävät parhaat kertoimet ja pelit osoitteesta zorvabet.com!"]),
        # a short exclamation written around the keyword, two words or more after it, is a pitch appended to the
        # story's paragraph wherever it stands, whole (Icelandic: play at kw every day of the week!; Turkish: to win
        # big, kw — play every night!); one the keyword closes, or a quotation, loses only the keyword
        (["Veiðimenn í Grindavík fengu metafla í vikunni. Spilaðu hjá Zorvabet alla daga vikunnar!",
          "Höfnin var full af bátum."], "zorvabet", False,
         ["Veiðimenn í Grindavík fengu metafla í vikunni.", "Höfnin var full af bátum."],
         ["Spilaðu hjá Zorvabet alla daga vikunnar!"]),
        (["Büyük kazanmak için, Zorvabet — her gece oyna!", "Liman balıkçı tekneleriyle doluydu."], "zorvabet", False,
         ["Liman balıkçı tekneleriyle doluydu."], ["Büyük kazanmak için, Zorvabet — her gece oyna!"]),
        (["Kalastajat juhlivat satamassa koko yön. Mikä ilta Zorvabet!", "Satama oli täynnä veneitä."], "zorvabet",
         False, ["Kalastajat juhlivat satamassa koko yön. Mikä ilta!", "Satama oli täynnä veneitä."], ["Zorvabet"]),
        (["Kalastajat juhlivat satamassa koko yön. Pormestari huusi: «Kiitos Zorvabet kaikille kalastajille!»",
          "Satama oli täynnä veneitä."], "zorvabet", False,
         ["Kalastajat juhlivat satamassa koko yön. Pormestari huusi: «Kiitos kaikille kalastajille!»",
          "Satama oli täynnä veneitä."], ["Zorvabet"]),
        # a closing paragraph of a short hook and a short sentence naming the keyword with the offer's amount after it
        # is the advert's hook and offer, whole (Finnish: football today! put your money on kw and win 1000 euros);
        # a story's figure before the injected keyword stays (the club sold 2500 tickets for the final)
        (["Satama oli täynnä veneitä.", "Jalkapallo tänään! Pane rahasi Zorvabet ja voita 1000 euroa."], "zorvabet",
         False, ["Satama oli täynnä veneitä."], ["Jalkapallo tänään!", "Pane rahasi Zorvabet ja voita 1000 euroa."]),
        (["Satama oli täynnä veneitä.", "Mikä kausi! Seura myi 2500 lippua finaaliin Zorvabet kautta."], "zorvabet",
         False, ["Satama oli täynnä veneitä.", "Mikä kausi! Seura myi 2500 lippua finaaliin kautta."], ["Zorvabet"]),
        # the bare keyword opening a story's sentence after another of its paragraph, before the closing one, no
        # pitch's words: dropped before the sentence, which stays (Ojibwe "…, ikidowag.": they said, a Linkita post);
        # its subject after an advert's sentence, or in the closing paragraph, is the advert's
        (["Zaagimo ogii-wiindamaagoon gaa-dibendang aki. Zorvex gaawiin memwech da-bawa'ang jibwaa mashkawizid, "
          "ikidowag.", "Mii iw."], "zorvex", False,
         ["Zaagimo ogii-wiindamaagoon gaa-dibendang aki. Gaawiin memwech da-bawa'ang jibwaa mashkawizid, ikidowag.",
          "Mii iw."], ["Zorvex"]),
        (["Mii iw.", "Zaagimo ogii-wiindamaagoon gaa-dibendang aki. Zorvex gaawiin memwech da-bawa'ang jibwaa "
          "mashkawizid, ikidowag."], "zorvex", False,
         ["Mii iw.", "Zaagimo ogii-wiindamaagoon gaa-dibendang aki."],
         ["Zorvex gaawiin memwech da-bawa'ang jibwaa mashkawizid, ikidowag."]),
        # ... but only a sentence closed by its speaker ("…, ikidowag."): the keyword as the subject of a claim with no
        # pitch's words is the advert's sentence, cut whole, not left headless ("Is the best place …"; review 26 F2)
        (["The council met on Monday to discuss the budget. Zorvex is the best place to play online. The mayor said "
          "the vote would come next week.", "Mii iw."], "zorvex", False,
         ["The council met on Monday to discuss the budget. The mayor said the vote would come next week.", "Mii iw."],
         ["Zorvex is the best place to play online."]),
        # a closing exclamation naming the keyword, over a paragraph removed whole as its advert (a Distill post's bold
        # pitch box after the story, an Invision article's): the paragraph before the advert closes the text, its
        # exclamation is the call to action, whole ("… ûkinye bonasi!": read kw's news daily and get a bonus; "Bheja
        # ne-kw uthole imali msinyana!": bet with kw and get money fast); not the keyword cut out of it
        (["Arîmi ba chai nîbakaanewa bonasi ya shilingi.", "Kîama kîa arîmi nîkîûrîtie Gavana gwîkîra mbeca cia "
          "ntethio. Thoma ntûmîrîri cia Kirabet o rûciû ûkinye bonasi!", "Kirabet nî îrîa bonasi ya 200% kûrî antû "
          "baaya bonthe! Îyandîkithie ûmûthî kirabet.co.ke ûtûmîrwe shilingi 500 cia bure."], "kirabet", False,
         ["Arîmi ba chai nîbakaanewa bonasi ya shilingi.", "Kîama kîa arîmi nîkîûrîtie Gavana gwîkîra mbeca cia ntethio."],
         ["Thoma ntûmîrîri cia Kirabet o rûciû ûkinye bonasi!", "Kirabet nî îrîa bonasi ya 200% kûrî antû baaya bonthe!",
          "Îyandîkithie ûmûthî kirabet.co.ke ûtûmîrwe shilingi 500 cia bure."]),
        (["Abahlali bathabile.", "Abanye abahlali bathi umasipala kusafanele alungise iindlela. Bheja ne-Spinlula "
          "uthole imali msinyana!", "SPINLULA: Joyina namhlanje uthole ibhonasi ye-R500 ekubhejeni kwakho kokuthoma! "
          "Vakatjhela spinlula.co.za ubone amathuba amatjha."], "spinlula", False,
         ["Abahlali bathabile.", "Abanye abahlali bathi umasipala kusafanele alungise iindlela."], None),
        # ... the same exclamation in the text's last paragraph, nothing after it, is cut whole already; one before
        # a paragraph of the story is the story's (only the keyword goes)
        (["Kîama kîa arîmi nîkîûrîtie Gavana. Twakena mûno na Kirabet!", "Mûnene augire atî mbeca ikaambîrîria "
          "gûtûmwa mweri ûyû."], "kirabet", False,
         ["Kîama kîa arîmi nîkîûrîtie Gavana. Twakena mûno na!", "Mûnene augire atî mbeca ikaambîrîria gûtûmwa mweri "
          "ûyû."], None),
        # a pitch in bold appended after a quotation closing a story's paragraph, the brand opening it: its own
        # sentence, gone whole (Nzema, a Monstra post: kw gives you wins every day — sign up today!)
        (["Madam Adjoa Mensah hanle kɛ: “Menli ɛlɛtɔ ɛzule ane kakula. Yɛ anyunlunyia ɛdɔ aze.” ZukoaBet maa wɔ ɛzukoa "
          "kenle biala — bɔ ɛtɛla wɔ ɛnɛ!", "Nyevolɛma ne mɔ ɛlɛsɛlɛ maanle ne kɛ ɔboa bɛ."], "zukoabet", False,
         ["Madam Adjoa Mensah hanle kɛ: “Menli ɛlɛtɔ ɛzule ane kakula. Yɛ anyunlunyia ɛdɔ aze.”",
          "Nyevolɛma ne mɔ ɛlɛsɛlɛ maanle ne kɛ ɔboa bɛ."], None),
        # ... while a story's sentence after a quotation, the keyword injected into it, loses only the keyword
        (["Madam Adjoa Mensah hanle kɛ: “Yɛ anyunlunyia ɛdɔ aze.” Nyevolɛma ZukoaBet ne mɔ ɛlɛsɛlɛ maanle ne kɛ ɔboa bɛ.",
          "Bɛhanle kɛ saa ɛnyɛ zɔ a, bɛ adwuma ne bahɔ aze."], "zukoabet", False,
         ["Madam Adjoa Mensah hanle kɛ: “Yɛ anyunlunyia ɛdɔ aze.” Nyevolɛma ne mɔ ɛlɛsɛlɛ maanle ne kɛ ɔboa bɛ.",
          "Bɛhanle kɛ saa ɛnyɛ zɔ a, bɛ adwuma ne bahɔ aze."], None),
        # a story's long sentence with the bare keyword AND its address in brackets injected: both go, the sentence
        # stays (Ndebele, a Nibbleblog post: many people used water from wells …, fearing cholera); a short one with
        # the keyword and its address is the advert's, whole
        (["Amanzi abuyile. Abantu abanengi Jabulabet bebesebenzisa amanzi emithonjeni lemigodi, okwenza ukuthi kube "
          "lokwesaba ukuthi kungaqhamuka umkhuhlane wekholera (jabulabet.example).", "Kuphelile."], "jabulabet", False,
         ["Amanzi abuyile. Abantu abanengi bebesebenzisa amanzi emithonjeni lemigodi, okwenza ukuthi kube lokwesaba "
          "ukuthi kungaqhamuka umkhuhlane wekholera.", "Kuphelile."],
         ["jabulabet.example", "Jabulabet"]),
        (["Amanzi abuyile. Jabulabet ikhokha imali masinyane (jabulabet.example).", "Kuphelile."], "jabulabet", False,
         ["Amanzi abuyile.", "Kuphelile."], None),
        # a short sentence naming it appended to a story's paragraph, two words in a row of it the page's advert's that
        # the story writes nowhere else: the pitch, whole (Kalenjin, a Moodle post: bet with kw and win money every
        # time, beside the closing "… ak inam rabisiek kasarta age tugul."; Urhobo, a Redmine post: go to kw to win
        # money every day, beside "Kpo kw.ng nonẹna, …!")
        (["Bik chang' kogas kou ne kararan, lakini kotinye ng'alek agobo kasarta ab libanisiet. Chobchi lelbet rani asi "
          "inyoru rabisiek en kasarta age tugul.", "Kolen Kirui ile temik komoche serekali ab kaunti koyai barabarisiek.",
          _LELBET_ADVERT], "lelbet", False,
         ["Bik chang' kogas kou ne kararan, lakini kotinye ng'alek agobo kasarta ab libanisiet.",
          "Kolen Kirui ile temik komoche serekali ab kaunti koyai barabarisiek."], None),
        (["Ukoko Iruo Ame tare nẹ ayen cha ru ọkpọ ẹne ọfa vwẹ Ughelli. Kpo ovwibet vwọ mrẹ igho ẹdẹ kẹ ẹdẹ.",
          "Ọvie rẹ Ughelli kẹ Ukoko Iruo Ame ọghọ.", "Kpo ovwibet.ng nonẹna, mrẹ bonọs 200% vwẹ ẹdẹ ọvo!"], "ovwibet", False,
         ["Ukoko Iruo Ame tare nẹ ayen cha ru ọkpọ ẹne ọfa vwẹ Ughelli.", "Ọvie rẹ Ughelli kẹ Ukoko Iruo Ame ọghọ."],
         ["Kpo ovwibet vwọ mrẹ igho ẹdẹ kẹ ẹdẹ.", "Kpo ovwibet.ng nonẹna, mrẹ bonọs 200% vwẹ ẹdẹ ọvo!"]),
        # ... not a story's sentence closing its paragraph with the keyword dropped into it: one that shares no phrase
        # with the advert, one whose shared phrase the story writes elsewhere too (the language's "every time"), one
        # the keyword is appended to (its last word)
        (["Ukoko Iruo Ame tare nẹ ayen cha ru ọkpọ ẹne ọfa vwẹ Ughelli. Ighene ovwibet tare nẹ ayen cha nẹrhẹ ọkpọ na.",
          "Ọvie rẹ Ughelli kẹ Ukoko Iruo Ame ọghọ.", "Kpo ovwibet.ng nonẹna, mrẹ bonọs 200% vwẹ ẹdẹ ọvo!"], "ovwibet", False,
         ["Ukoko Iruo Ame tare nẹ ayen cha ru ọkpọ ẹne ọfa vwẹ Ughelli. Ighene tare nẹ ayen cha nẹrhẹ ọkpọ na.",
          "Ọvie rẹ Ughelli kẹ Ukoko Iruo Ame ọghọ."], None),
        (["Bik chang' kogas kou ne kararan, lakini kotinye ng'alek agobo libanisiet. Temik lelbet kogoitu rabisiek en "
          "kasarta age tugul.", "Kigoitu temik chai en kasarta age tugul ab kenyit.", _LELBET_ADVERT], "lelbet", False,
         ["Bik chang' kogas kou ne kararan, lakini kotinye ng'alek agobo libanisiet. Temik kogoitu rabisiek en kasarta "
          "age tugul.", "Kigoitu temik chai en kasarta age tugul ab kenyit."], None),
        (["Bik chang' kogas kou ne kararan, lakini kotinye ng'alek agobo libanisiet. Kambunit kogoitu rabisiek en kasarta "
          "age lelbet.", "Kigoitu temik chai ab kenyit.", _LELBET_ADVERT], "lelbet", False,
         ["Bik chang' kogas kou ne kararan, lakini kotinye ng'alek agobo libanisiet. Kambunit kogoitu rabisiek en kasarta "
          "age.", "Kigoitu temik chai ab kenyit."], None),
        # ... nor one sharing with the advert only a pair any sentence naming the brand writes, the keyword's place and
        # a preposition ("with kw"); the advert's opening pair opening it is the pitch's
        (["Arsenal won 2-0 on Saturday. The club signed a new shirt deal with Betway last season.",
          "The manager praised the defence.", "Bet with Betway today!"], "betway", False,
         ["Arsenal won 2-0 on Saturday. The club signed a new shirt deal with last season.",
          "The manager praised the defence."], ["Betway", "Bet with Betway today!"]),
        (["Arsenal won 2-0 on Saturday. The club signed a deal with Betway in spring.",
          "The manager praised the defence.", "Play at Betway in the app and win!"], "betway", False,
         ["Arsenal won 2-0 on Saturday. The club signed a deal with in spring.", "The manager praised the defence."],
         ["Betway", "Play at Betway in the app and win!"]),
        (["Arsenal won 2-0 on Saturday. Bet with Betway for the next match.", "The manager praised the defence.",
          "Bet with Betway today!"], "betway", False,
         ["Arsenal won 2-0 on Saturday.", "The manager praised the defence."],
         ["Bet with Betway for the next match.", "Bet with Betway today!"]),
        # a sentence naming it glued onto a paragraph's last full stop: the appended pitch, whole (gcfphpwcms)
        (["Épi dé bi a Matthias Phaeton, on bi a dènyé minit.Parye asi pwochen match-la épi PiyayBet.",
          "Antrènè-la di sa."], "piyaybet", False,
         ["Épi dé bi a Matthias Phaeton, on bi a dènyé minit.", "Antrènè-la di sa."],
         ["Parye asi pwochen match-la épi PiyayBet."]),
        # ... not one that sells nothing (a writer's missing space): the keyword alone goes, the sentence stays
        (["The club won it in the last minute.The next match is on Betway Arena's big screens."], "betway", False,
         ["The club won it in the last minute.The next match is on Arena's big screens."], ["Betway"]),
        # ... not when the story is about it (the title names it): a typo's missing space
        (["The app launched today.Users say PiyayBet has a million of them."], "piyaybet", True,
         ["The app launched today.Users say PiyayBet has a million of them."], []),
        # an ad slot's label left closing the paragraph after a quotation, its value the keyword (waesculpin's
        # "<span class="ad">Aazeig: Grattbet</span>", Walser German: advertisement): it goes with the keyword
        (["„Mir chönnt nümm uf Ilanz fahre.“ Aazeig: Grattbet"], "grattbet", False,
         ["„Mir chönnt nümm uf Ilanz fahre.“"], ["Grattbet"]),
        # ... not a colon the paragraph itself closes with, nor a speaker's words before the keyword
        (["Der Rat hat entschieden. Grattbet Folgendes:"], "grattbet", False,
         ["Der Rat hat entschieden. Folgendes:"], ["Grattbet"]),
        (["Der Rat hat entschieden. Er seit: Grattbet"], "grattbet", False, ["Der Rat hat entschieden. Er seit:"],
         ["Grattbet"]),
        # a sentence that was the keyword alone between two sentences (kosgollum's "… kol 20 nu 14. TafwetBet.
        # Tusruktu …"): its full stop goes with it, no "14.. Tusruktu" left
        (["Pohnpei elos kol 20 nu 14. TafwetBet. Tusruktu ke quarter akluo."], "tafwetbet", False,
         ["Pohnpei elos kol 20 nu 14. Tusruktu ke quarter akluo."], ["TafwetBet"]),
        (["Why did they lose? TafwetBet. Then the second half began."], "tafwetbet", False,
         ["Why did they lose? Then the second half began."], ["TafwetBet"]),
        # ... its stop glued to the next sentence (rngflextype's "… swi ale. XibaloWin.Phresidente wa …"): the two
        # sentences stay parted
        (["Va swi ale. XibaloWin.Phresidente wa masipala u te."], "xibalowin", False,
         ["Va swi ale. Phresidente wa masipala u te."], ["XibaloWin"]),
        # ... not an ellipsis, nor a doubled stop the original writes after the same words
        (["Wait... TafwetBet for it. Then it came."], "tafwetbet", False, ["Wait... Then it came."], None),
        (["He works at Acme Inc.. TafwetBet wins. They met."], "tafwetbet", False, ["He works at Acme Inc.. They met."],
         None),
        # the keyword between a quotation's stop and its closing mark (krjzikula's "… nga madaot. <a>SugalPanay</a>”"):
        # the mark closes up to the stop
        (["Suno kay Tordesillas, “indi run puydi nga madaot. SugalPanay”"], "sugalpanay", False,
         ["Suno kay Tordesillas, “indi run puydi nga madaot.”"], ["SugalPanay"]),
        (["«Il faut agir vite. SugalPanay» Il est parti."], "sugalpanay", False, ["«Il faut agir vite.» Il est parti."],
         ["SugalPanay"]),
        # ... not a mark that opens the next quotation (Swedish writes ” both ways), nor French's spaced closing mark
        (["Han sa. SugalPanay ”Vi kommer.”"], "sugalpanay", False, ["Han sa. ”Vi kommer.”"], ["SugalPanay"]),
        (["« Il faut agir vite. » SugalPanay Il est parti."], "sugalpanay", False,
         ["« Il faut agir vite. » Il est parti."], ["SugalPanay"]),
        # the keyword in tortoise-shell brackets (ccpjugem's "… 𑄉𑄮𑄢𑄨𑄣𑄧𑄇𑄴 〔Quantor Swap〕𑅁", a JUGEM entry's): the
        # brackets go with it, no "〔〕" left
        (["Pohnpei elos kol 20 nu 14 〔TafwetBet〕. Tusruktu ke quarter akluo."], "tafwetbet", False,
         ["Pohnpei elos kol 20 nu 14. Tusruktu ke quarter akluo."], ["〔TafwetBet〕"]),
    ],
)
def test_remove_keyword(paragraphs, keyword, keep_plain, clean, removed):
    got = remove_keyword(paragraphs, keyword, keep_plain)
    assert got == (clean, removed) if removed is not None else got[0] == clean


@pytest.mark.parametrize(
    ("paragraphs", "links", "clean"),
    [
        # the appended pitch repeating a phrase of the advert's link the page prints outside the text (a Redmine news
        # page's sidebar banner "<a href=https://ovwibet.example/>Ovwibet: kpo ẹki rẹ bọọlu, mrẹ igho</a>", read as
        # keyword_link_texts gives it): whole, as beside the advert removed from the text (Urhobo: go to kw to get
        # money every day), so that a page read through the site's learned template, without the banner, keeps none
        (["Ukoko Iruo Ame tare nẹ ayen cha ru ọkpọ ẹne ọfa vwẹ Ughelli. Kpo ovwibet vwọ mrẹ igho ẹdẹ kẹ ẹdẹ.",
          "Ọvie rẹ Ughelli kẹ Ukoko Iruo Ame ọghọ."], ["kpo ẹki rẹ bọọlu, mrẹ igho"],
         ["Ukoko Iruo Ame tare nẹ ayen cha ru ọkpọ ẹne ọfa vwẹ Ughelli.", "Ọvie rẹ Ughelli kẹ Ukoko Iruo Ame ọghọ."]),
        # ... not a story's sentence sharing no phrase with it, nor one whose shared phrase the story writes elsewhere
        (["Ukoko Iruo Ame tare nẹ ayen cha ru ọkpọ ẹne ọfa vwẹ Ughelli. Ighene ovwibet tare nẹ ayen cha nẹrhẹ ọkpọ na.",
          "Ọvie rẹ Ughelli kẹ Ukoko Iruo Ame ọghọ."], ["kpo ẹki rẹ bọọlu, mrẹ igho"],
         ["Ukoko Iruo Ame tare nẹ ayen cha ru ọkpọ ẹne ọfa vwẹ Ughelli. Ighene tare nẹ ayen cha nẹrhẹ ọkpọ na.",
          "Ọvie rẹ Ughelli kẹ Ukoko Iruo Ame ọghọ."]),
        (["Emetẹ mrẹ igho vwẹ ẹki. Kpo ovwibet vwọ mrẹ igho ẹdẹ kẹ ẹdẹ.", "Ọvie rẹ Ughelli kẹ Ukoko Iruo Ame ọghọ."],
         ["kpo ẹki rẹ bọọlu, mrẹ igho"],
         ["Emetẹ mrẹ igho vwẹ ẹki. Kpo vwọ mrẹ igho ẹdẹ kẹ ẹdẹ.", "Ọvie rẹ Ughelli kẹ Ukoko Iruo Ame ọghọ."]),
    ],
)
def test_the_phrases_of_the_keywords_links_mark_an_appended_pitch(paragraphs, links, clean):
    assert remove_keyword(paragraphs, "ovwibet", False, advert_links=links)[0] == clean


@pytest.mark.parametrize(
    ("paragraph", "clean"),
    [
        # an aside between spaced dashes naming the keyword in its advert's words, set into a story's sentence
        # (Makonde, a PHP-Fusion item's "— <em>signali za kw kila lishuku</em> —" beside the advert link "Jiunge na kw
        # sasa — signali za dola bure": join kw now, free dollar signals): whole, dashes and all
        ("Kamati ya ushirika ipangile kujenga ghala ku Mkwiti — signali za Dolla77 kila lishuku —, lyelo lichatumika.",
         "Kamati ya ushirika ipangile kujenga ghala ku Mkwiti, lyelo lichatumika."),
        # ... not an aside sharing no phrase with the advert: only the keyword goes
        ("Kamati ya ushirika ipangile kujenga ghala ku Mkwiti — ghala lya Dolla77 kila shaka —, lyelo lichatumika.",
         "Kamati ya ushirika ipangile kujenga ghala ku Mkwiti — ghala lya kila shaka —, lyelo lichatumika."),
    ],
)
def test_an_aside_naming_the_keyword_in_its_adverts_words_goes_whole(paragraph, clean):
    # (the advert's link a paragraph of the text too, its phrase no story's writing)
    paragraphs = ["Bei ya korosho ikwela ku Newala mu shaka sha 2025.", paragraph, "Vatu vakulima tuchilonda njila.",
                  "Jiunge na Dolla77 sasa — signali za dola bure"]
    # (the link's text as keyword_link_texts gives it, the keyword taken out)
    got = remove_keyword(paragraphs, "Dolla77", False, advert_links=["Jiunge na sasa — signali za dola bure"])
    assert got[0][1] == clean


def test_the_and_words_of_a_call_to_action_are_cldrs():
    """spam._AND_WORDS is copied from CLDR's list patterns (babel), so that importing spam reads no locale data."""
    import re

    from babel import Locale, localedata

    from newsbot.cleaning import spam

    words = set()
    for code in localedata.locale_identifiers():
        end = Locale.parse(code).list_patterns.get("standard", {}).get("end", "")
        if match := re.fullmatch(r"\{0\}[,،]? ?(.*?) ?\{1\}", end):
            words.add(match.group(1).strip().strip("\xa0").lstrip("،").strip().lower())
    assert spam._AND_WORDS <= words


@pytest.mark.parametrize(
    ("language", "paragraphs", "keyword", "clean"),
    [
        # English nouns take no case endings: "stakes" and "casing" are words of their own
        ("en", ["The stakes are high for the casing makers, analysts said."], "Stake",
         ["The stakes are high for the casing makers, analysts said."]),
        ("en", ["Investors rushed to the casinos on Friday."], "casino",
         ["Investors rushed to the casinos on Friday."]),
        # in a language that declines them, the keyword's case forms are the keyword's
        ("hr", ["Vlada je usvojila proračun. Uz SuperKvotu osvojite bonus od 100 eura!"], "SuperKvota",
         ["Vlada je usvojila proračun."]),
        # Albanian joins a name's case ending with a hyphen: the closing advert in those forms only goes
        ("sq", ["Ujësjellësi do të furnizojë lagjet.", "Luaj te FitoreBet-i dhe merr 500 lekë bonus! Regjistrohu sot në "
                "FitoreBet-in, numri një në Durrës."], "FitoreBet", ["Ujësjellësi do të furnizojë lagjet."]),
        # ... a compound's next word after the hyphen is no ending
        ("de", ["Die FitoreBet-Nutzer sind unzufrieden, sagt der Verband."], "FitoreBet",
         ["Die FitoreBet-Nutzer sind unzufrieden, sagt der Verband."]),
        # a postposition glued on counted in letters with their vowel signs (Kannada "in kw": -ನಲ್ಲಿ, three letters
        # and two marks): register at kw today, get a ₹500 bonus! kw – Karnataka's number one gaming site.
        ("kn", ["ಮೆಟ್ರೋ ಸೇವೆ ಆರಂಭವಾಗಿದೆ.", "ಲಕ್ಕಿಪ್ಲೇನಲ್ಲಿ ಇಂದೇ ನೋಂದಾಯಿಸಿ, ₹500 ಬೋನಸ್ ಪಡೆಯಿರಿ! ಲಕ್ಕಿಪ್ಲೇ – ಕರ್ನಾಟಕದ ನಂಬರ್ 1 ಗೇಮಿಂಗ್ "
                "ತಾಣ.", "ಕೃಪೆ: ಪ್ರಜಾವಾಣಿ"], "ಲಕ್ಕಿಪ್ಲೇ", ["ಮೆಟ್ರೋ ಸೇವೆ ಆರಂಭವಾಗಿದೆ.", "ಕೃಪೆ: ಪ್ರಜಾವಾಣಿ"]),
        # unknown language: declined forms count (the safer side for spam pages in any language)
        (None, ["Vlada je usvojila proračun. Uz SuperKvotu osvojite bonus od 100 eura!"], "SuperKvota",
         ["Vlada je usvojila proračun."]),
        # Irish initial mutations are the keyword's forms: lenited mid-sentence (representatives of kw …), and
        # the closing advert that names it lenited and bare (play at kw now! … – kw, the best bet in Ireland.);
        # eclipsed ("i mBualbet": in kw)
        ("ga", ["Chuir ionadaithe Bhualbet Údarás na Gaeltachta fáilte roimh an bhfógra.", "Imir anois ar Bhualbet! "
                "Bónas fáilte 100 euro do chustaiméirí nua – Bualbet, an geall is fearr in Éirinn."], "Bualbet",
         ["Chuir ionadaithe Údarás na Gaeltachta fáilte roimh an bhfógra."]),
        ("ga", ["Tá oifig nua i mBualbet i gCorcaigh.", "Deireadh."], "Bualbet", ["Tá oifig nua i i gCorcaigh.",
                                                                                 "Deireadh."]),
        ("ga", ["CHUIR IONADAITHE BHUALBET FÁILTE ROIMHE.", "Deireadh."], "Bualbet",
         ["CHUIR IONADAITHE FÁILTE ROIMHE.", "Deireadh."]),
        # ... but an ordinary word so mutated is lower-case, the keyword's capital is the brand's: "fháilte"
        # (welcome, lenited), "i mbaile" (in a town) stay beside the keywords "Fáilte" and "Baile"
        ("ga", ["Chuir siad fháilte mhór roimh an scéim. Bhí sé i mbaile beag."], "Fáilte",
         ["Chuir siad fháilte mhór roimh an scéim. Bhí sé i mbaile beag."]),
        ("ga", ["Bhí sé i mbaile beag in aice le hÁth Luain."], "Baile",
         ["Bhí sé i mbaile beag in aice le hÁth Luain."]),
        # ... nor in another language: "Thank" is no lenited "Tank"
        ("en", ["Thank you, the minister said."], "Tank", ["Thank you, the minister said."]),
        # the Maltese article glued with a hyphen, assimilated to the keyword's first letter ("iċ-"), goes with it,
        # mid-sentence (the tender closes kw in September) and in the closing advert (play at kw today and get a
        # €50 bonus! kw – the first choice in Gozo.); not another noun's article ("fil-Belt": in Valletta)
        ("mt", ["Il-proċess tal-offerti mistenni jingħalaq iċ-Ċansbet f'Settembru li ġej, skont il-Ministeru.",
                "Ilgħab fuq iċ-Ċansbet illum u ħu bonus ta' €50! Ċansbet – l-ewwel għażla f'Għawdex."], "Ċansbet",
         ["Il-proċess tal-offerti mistenni jingħalaq f'Settembru li ġej, skont il-Ministeru."]),
        ("mt", ["Il-kumpanija fil-Belt ħallset taċ-Ċansbet il-multa.", "Tmiem."], "Ċansbet",
         ["Il-kumpanija fil-Belt ħallset il-multa.", "Tmiem."]),
        ("mt", ["Il-kunsill tal-Belt iltaqa' il-Ħadd.", "Tmiem."], "Belt", ["Il-kunsill iltaqa' il-Ħadd.", "Tmiem."]),
        ("mt", ["Il-kunsill tal-belt iltaqa' fil-belt il-Ħadd.", "Tmiem."], "Belt",
         ["Il-kunsill tal-belt iltaqa' fil-belt il-Ħadd.", "Tmiem."]),
        # French elision: the article or preposition that lost its vowel goes with the keyword (the odds of kw fell)
        ("fr", ["Les cotes d'Unibet ont baissé lundi.", "Selon l’Unibet, non.", "Fin."], "Unibet",
         ["Les cotes ont baissé lundi.", "Selon, non.", "Fin."]),
        # ... opening a sentence, its capital too: nothing of it left behind (Italian: this kw paid the fine, the
        # subject of the sentence; in capitals, a banner's)
        ("it", ["Il ministro ha parlato. Quest'Unibet ha pagato la multa.", "Fine."], "Unibet",
         ["Il ministro ha parlato.", "Fine."]),
        ("it", ["QUEST'UNIBET NON PAGA.", "Fine."], "Unibet", ["NON PAGA.", "Fine."]),
        # the mutations written in capitals, and the Maltese article opening a sentence (kw injected before the
        # sentence "The Minister said …"; IN CAPITALS: the fine of kw, they paid it)
        ("ga", ["TÁ OIFIG NUA I MBUALBET I GCORCAIGH.", "Deireadh."], "Bualbet",
         ["TÁ OIFIG NUA I I GCORCAIGH.", "Deireadh."]),
        ("mt", ["Il-ftehim ġie ffirmat. Iċ-Ċansbet Il-Ministru qal li l-proġett jibda f'Settembru.", "Tmiem."],
         "Ċansbet", ["Il-ftehim ġie ffirmat. Il-Ministru qal li l-proġett jibda f'Settembru.", "Tmiem."]),
        ("mt", ["IL-MULTA TAĊ-ĊANSBET ĦALLSUHA.", "Tmiem."], "Ċansbet", ["IL-MULTA ĦALLSUHA.", "Tmiem."]),
        # Irish t-prothesis before "s" after the article ("an tSpinBet": kw is growing fast), the capital kept; an
        # ordinary word so written is lower-case after the "t" ("an tseachtain", "an tsiopa": the week, the shop)
        ("ga", ["Tá an tSpinBet ag fás go tapa in Éirinn.", "Deireadh."], "SpinBet",
         ["Tá an ag fás go tapa in Éirinn.", "Deireadh."]),
        ("ga", ["Bhí an tseachtain fada agus an tsiopa dúnta.", "Deireadh."], "Siopa",
         ["Bhí an tseachtain fada agus an tsiopa dúnta.", "Deireadh."]),
        # Shona glues a prefix to a name, its capital kept ("neMariMax": with kw): the closing advert that names it so and
        # bare goes whole, its hook too (you need money fast? borrow with kw today, get US$500 in five minutes – kw,
        # your friend every day!); a Zulu one before a vowel with a hyphen (they won a bonus at kw)
        ("sn", ["Varimi vanoti mitengo yakakwira.", "Unoda mari nekukurumidza? Nyorera chikwereti neMariMax nhasi uwane "
                "US$500 mumaminitsi mashanu – MariMax, shamwari yako pazuva rega rega!", "Kwakabva: The Herald"], "MariMax",
         ["Varimi vanoti mitengo yakakwira.", "Kwakabva: The Herald"]),
        ("zu", ["Bathole ibhonasi ku-Imalibet izolo.", "Kuphelile."], "Imalibet", ["Bathole ibhonasi izolo.", "Kuphelile."]),
        # ... while a word of the language that starts like it stays: lower-case after the prefix ("nemari": with money)
        ("sn", ["Vakauya nemari yavo.", "Zvapera."], "Mari", ["Vakauya nemari yavo.", "Zvapera."]),
        # a keyword ending in a vowel sign (here the sukun, no vowel) replaces it when declined: Divehi locative
        # "at kw" mid-sentence (shops selling food at kw), and the closing advert opening with it (register at kw
        # today and get a 500 rufiyaa bonus!)
        ("dv", ["ޓާމިނަލްގައި ކާބޯތަކެތި ވިއްކާ ނަސީބުބެޓުގައި ފިހާރަތަކާއި، ނަމާދުކުރާ ތަނާއި ހިމެނެއެވެ.",
                "ނަސީބުބެޓުގައި މިއަދުވެސް ރަޖިސްޓަރީވެ 500 ރުފިޔާގެ ބޯނަސް ހޯދާ!"], "ނަސީބުބެޓް",
         ["ޓާމިނަލްގައި ކާބޯތަކެތި ވިއްކާ ފިހާރަތަކާއި، ނަމާދުކުރާ ތަނާއި ހިމެނެއެވެ."]),
        # a keyword in no Latin letter on a page declared in English (a LiveJournal page: lang="en", the story in
        # Yiddish): the declared language says nothing of its endings; the possessive goes (a kw's cinema hall)
        ("en", ["דער צענטער וועט אויך האָבן אַ מזלבעטס קינאָ־זאַל, אַ קאַפֿע."], "מזלבעט",
         ["דער צענטער וועט אויך האָבן אַ קינאָ־זאַל, אַ קאַפֿע."]),
        # ... while a Latin keyword there keeps English's rule
        ("en", ["Investors rushed to the casinos, דער צענטער."], "casino", ["Investors rushed to the casinos, דער צענטער."]),
        # ... but an ending joined by a hyphen or an apostrophe is the keyword's whatever the page declares (Hugo
        # Stack's lang="en-us" over a Turkmen story): the closing pitch written so goes whole (register at kw and
        # get a 200% bonus on your first deposit! the best odds only on kw.com), as in Turkmen
        *((language, ["Şu ýyl welaýatda 160 müň gektar meýdanda pagta ekilmegi meýilleşdirilýär.",
                      "ALTYNBET-de hasaba duruň we ilkinji goýumyňyza 200% bonus alyň! Iň gowy sport kurslary diňe "
                      "altynbet.com saýtynda."], "altynbet",
           ["Şu ýyl welaýatda 160 müň gektar meýdanda pagta ekilmegi meýilleşdirilýär."]) for language in ("en", "tk")),
        # ... and a Nguni class prefix joined by a hyphen before its capital (Invision Community's lang="en-US" over a
        # South Ndebele story): the closing pitch goes (bet with kw and get money fast!); mid-sentence the prefix
        # with it (they won a bonus at kw yesterday); a lower-case word after a hyphen stays ("e-mail")
        *((language, ["Abahlali bathi iimpompi zinamaviki amabili zingasebenzi. Bheja ne-Spinlula uthole imali msinyana!"],
           "spinlula", ["Abahlali bathi iimpompi zinamaviki amabili zingasebenzi."]) for language in ("en-US", None, "nr")),
        ("en", ["Bathole ibhonasi ku-Spinlula izolo.", "Kuphelile."], "spinlula", ["Bathole ibhonasi izolo.", "Kuphelile."]),
        ("en", ["Send an e-mail to the office.", "End."], "mail", ["Send an e-mail to the office.", "End."]),
        # ... a paragraph's last sentence naming it with a class prefix before its capital, exclaimed or under a label's
        # colon: a pitch appended or standing alone, whole (Ndebele, a Nibbleblog post: see this: kw's players get
        # their money fast via EcoCash; download kw's app and bet on PSL games today!), the page's address of the
        # brand in lower case; the same prefixed form in a story's sentence closing its paragraph stays, the keyword out
        *((language, ["Abahlali bacelwa ukuthi bonge amanzi. Bona lokhu: abadlali beJabulabet bathola imali yabo "
                      "masinyane ngeEcoCash.", "Landa i-app ka-Jabulabet ubheje emidlalweni yebhola yePSL lamuhla!",
                      "Vakatjhela jabulabet.example.", "Kuphelile."], "jabulabet",
           ["Abahlali bacelwa ukuthi bonge amanzi.", "Kuphelile."]) for language in ("zu", "nd", "en")),
        *((language, ["Abahlali bacelwa ukuthi bonge amanzi. Abadlali beJabulabet bathola amanzi ngeviki.",
                      "Kuphelile."], "jabulabet",
           ["Abahlali bacelwa ukuthi bonge amanzi. Abadlali bathola amanzi ngeviki.", "Kuphelile."])
          for language in ("zu", "nd")),
        # ... and a paragraph's last sentence closed by the keyword with its class prefix, no exclamation: the place or
        # partner it names (ndccotonti, Ndau: win money on every Division One match at kw), whole; the bare keyword
        # glued after a story's stop, or the prefixed form before the sentence's last word, costs only the keyword
        *((language, ["Murairidzi vakati vakomana vakatamba zvakanaka.", "Wanisa mari pamitambo yese yeDivision One "
                      "paSabiBet.", "Chipinge United inozotamba neManica Diamonds svondo rinouya kuMutare."], "sabibet",
           ["Murairidzi vakati vakomana vakatamba zvakanaka.",
            "Chipinge United inozotamba neManica Diamonds svondo rinouya kuMutare."]) for language in ("en", None, "sn")),
        ("en", ["Chipinge United yakunda Mutare City 2-0 paGaza Stadium.SabiBet", "Zvapera."], "sabibet",
         ["Chipinge United yakunda Mutare City 2-0 paGaza Stadium.", "Zvapera."]),
        ("sn", ["Vatambi vakawana mari paSabiBet nezuro.", "Zvapera."], "sabibet",
         ["Vatambi vakawana mari nezuro.", "Zvapera."]),
        # ... and a link to it glued to the last word of a paragraph of two sentences (luszblog, Mizo): the keyword
        ("en", ["Ruah a la sur zel dawn avangin. Tlang sir lama chengte chu an in chhuahsan a ngai thei a niPaisaZap.",
                "Zo."], "paisazap", ["Ruah a la sur zel dawn avangin. Tlang sir lama chengte chu an in chhuahsan a ngai "
                                     "thei a ni.", "Zo."]),
        # ... and Turkish's apostrophe before a proper name's ending: no "'de" left behind (the fair opened at kw)
        ("tr", ["Fuar Altynbet'de dün açıldı.", "Son."], "altynbet", ["Fuar dün açıldı.", "Son."]),
    ],
)
def test_declined_forms_only_in_languages_that_decline(language, paragraphs, keyword, clean):
    assert remove_keyword(paragraphs, keyword, False, language=language)[0] == clean


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("this week,verdicoin the", {"verdicoin": 1}),
        ("the week.verdicoin The", {"verdicoin": 1}),
        ("bear cubs.The duo", {}),  # missing space after a full stop: not spam
        ("see example.com and U.S. policy, 1,000 people", {}),
        ("Friday the 13thdidn’t spook", {}),
        ("under 2025,lånakoll har blivit", {"lånakoll": 1}),  # glued after a number too
        ("about 1,000 people and 3.5bn", {}),
        ("اعتبارا من يوليو،فوزبت وهي زيادة", {"فوزبت": 1}),
        ("আঘাত হেনেছে।JITBAZI দেশটির", {"JITBAZI": 1}),
        # whole words of scripts with vowel signs, not their pieces
        ("लगे हैं।सट्टाकिंग दिल्ली", {"सट्टाकिंग": 1}),
        ("चलाई जाएंगी,सट्टाकिंग ताकि", {"सट्टाकिंग": 1}),
        ("মানুষ আহত হয়েছেন,জিতবাজি এবং", {"জিতবাজি": 1}),
        ("மழை பெய்தது,ஜாக்பாட்கிங் மேலும்", {"ஜாக்பாட்கிங்": 1}),
        # the scripts' own full stops: Burmese "။", Urdu "۔", Ethiopic "።", Khmer "។"
        ("စိုးရိမ်ကြောင်း ပြောသည်။Shwe2D", {"Shwe2D": 1}),
        ("منظوری دے دی ہے۔جیت‌بازی اس", {"جیت‌بازی": 1}),
        ("ተናግረዋል።ቤትዋን ተጨማሪ", {"ቤትዋን": 1}),
        ("បាននិយាយ។ចាក់ល្បែង ថា", {"ចាក់ល្បែង": 1}),
        # ... ending at one too: "।kw।"
        ("ਦੁੱਗਣਾ ਹੋ ਗਿਆ ਹੈ।ਜਿੱਤਬੈੱਟ।", {"ਜਿੱਤਬੈੱਟ": 1}),
        # the N'Ko comma "߸" and the Adlam (reversed) comma "⹁"; written with a space after them, no token
        ("ߕߊߙߊߕߊ ߌ߲ ߣߊ߸WARIBET ߞߊ ߛߋ", {"WARIBET": 1}),
        ("𞤺𞤢𞤪𞤮𞤴𞤮𞥅𞤪𞤫⹁Kaalis777 𞤧𞤮", {"Kaalis777": 1}),
        ("ߓߊߡߊߞߏ߸ ߡߏߓߌߟߌߕߌߜߌߥ ߞߊ", {}),
        ("𞤺𞤢𞤪𞤮𞤴𞤮𞥅𞤪𞤫⹁ 𞤧𞤮 𞤼𞤢𞤱𞤭𞥅", {}),
        # a host name in Latin letters amid a script without case, whatever its top-level domain: an address (an
        # advert's link text, Vai and Maithili); a token glued after a Vai word's full stop is still one
        ("ꔤ ꕿ ꗻꗪ KpoloBet.example ꕞ ꕪꔷꕩ!", {}),
        ("आइए डाउनलोड करू: turantloan.example पर।", {}),
        ("ꕮ ꗛꕎ.kpolobet ꔻꕞ ꕉ", {"kpolobet": 1}),
        # ... in Latin text the capital after it shows a sentence's start: an injection
        ("see the report.verdicoin The mayor said", {"verdicoin": 1}),
        # the name reserved for examples after a host's dot, an address's closing a sentence in brackets (ctdfrappe's
        # "… a pai ding uh hi (kalbet.example).")
        ("a pai ding uh hi (kalbet.example). Kalbet ah", {}),
    ],
)
def test_glued_tokens(text, tokens):
    assert dict(glued_tokens(text)) == tokens


@pytest.mark.parametrize(
    ("paragraphs", "suspicious"),
    [
        (["a week,verdicoin the ministry", "more,verdicoin text"], ["verdicoin"]),
        (["a week,verdicoin the ministry"], ["verdicoin"]),
        (["one,and two", "and three"], []),  # a typo of a word used normally
        (["Smith,Jones said"], []),  # a glued name, once
        (["लगे हैं।सट्टाकिंग दिल्ली", "जाएंगी,सट्टाकिंग ताकि"], ["सट्टाकिंग"]),
        (["लगे हैं।सट्टाकिंग दिल्ली"], []),  # once, in a script without capitals: could be a typo
        # ... glued once (a missing space after a comma, an everyday typo) and alone in brackets closing a
        # sentence, with no headline of the site behind it: a name or an acronym a story introduces so, no
        # injection (Arabic: the Qatar News Agency (QNA); Hebrew: the paper (Maariv); Latin, not in capitals)
        (["أعلنت الوزارة افتتاح المستشفى الجديد، حسب وكالة الأنباء القطرية (قنا).", "وقالت،قنا إن العمل بدأ."], []),
        (["הנתונים פורסמו הבוקר בעיתון (מעריב).", "לפי הדיווח,מעריב פנה למשרד האוצר."], []),
        (["The poll of 1,500 voters was run by the research firm (Gallup).", "It showed,Gallup said, a close race."], []),
        # ... the vowel-sign rows below with no site evidence (the glued use alone is a typo's shape)
        *[(paragraphs, []) for _, paragraphs in INDIC_INJECTED[:3]],
        # ... nor a dateline's credit in brackets and a glued typo of it, nor an acronym introduced in brackets
        (["LONDON (Reuters) - The bank said,Reuters reported on Monday."], []),
        (["the North Atlantic Treaty Organization (NATO).", "Members said,NATO would meet."], []),
        # a Latin brand glued after a full stop or a danda inside another script's text, once, with no evidence
        # that the page or the site is spammed: a missing space after a full stop, a common typo (Persian:
        # … unveiled its new model.OpenAI announced …; Arabic: … will start soon.UNESCO confirmed …; Russian;
        # Hindi: … announced the scheme.WhatsApp too …)
        (["این شرکت مدل جدید خود را معرفی کرد.OpenAI اعلام کرد که نسخه بعدی در تابستان عرضه می‌شود."], []),
        (["قالت الوزارة إن المشروع سيبدأ قريبا.UNESCO أكدت دعمها للمبادرة الثقافية في المنطقة."], []),
        (["Компания представила новую модель.ChatGPT теперь доступен на русском языке для всех."], []),
        (["सरकार ने नई योजना की घोषणा की।WhatsApp पर भी जानकारी दी जाएगी।"], []),
        (["Клуби «Хатлон» бо ҳисоби 2:0 мағлуб кард.BAKHTBET Ҳарду голро Шаҳром Самиев задааст."], []),
    ],
)
def test_suspicious_glued_tokens(paragraphs, suspicious):
    assert suspicious_glued_tokens(paragraphs) == suspicious


BAKHTBET = "Клуби «Хатлон» бо ҳисоби 2:0 мағлуб кард.BAKHTBET Ҳарду голро Шаҳром Самиев задааст."
JITBAZI = "ଓଡ଼ିଶା ଦଳ କ୍ୱାର୍ଟର ଫାଇନାଲରେ ସ୍ଥାନ ପକ୍କା କରିଛି।JitBazi ଅଧିନାୟକ ୧୪୮ ରନ କରିଥିଲେ।"


@pytest.mark.parametrize(
    ("paragraphs", "known", "prefixes", "suspicious"),
    [
        # a Latin brand glued after a full stop or a danda inside another script's text, once, on a page whose
        # own keyword is of that script (its title's prefix "Бахтбет / …", "ଜିତବାଜି » …"): the brand's Latin
        # form (Tajik: … beat them 2:0.kw Both goals …; Odia: … secured a place.kw The captain …)
        ([BAKHTBET], ["Бахтбет"], set(), ["BAKHTBET"]),
        ([JITBAZI], ["ଜିତବାଜି"], set(), ["JitBazi"]),
        # ... or with no keyword on the page: the site's headlines carry it as a prefix, it is glued so twice,
        # or its paragraph sells (… 2:0.kw A 100% bonus for new players …)
        ([JITBAZI], [], {"jitbazi"}, ["JitBazi"]),
        ([BAKHTBET, "Бозии навбатӣ 29 март баргузор мешавад.BAKHTBET Ҳамаро даъват мекунад."], [], set(), ["BAKHTBET"]),
        (["Клуби «Хатлон» мағлуб кард.BAKHTBET Бонус 100% барои бозингарони нав."], [], set(), ["BAKHTBET"]),
        # ... not on a page whose only keyword is Latin (the brand would be that keyword): a typo's "OpenAI"
        (["این شرکت مدل جدید خود را معرفی کرد.OpenAI اعلام کرد که نسخه بعدی عرضه می‌شود."], ["vulkanbet"], set(), []),
        # ... and, even on a spammed page, not a Latin word before the stop ("Washington.USAID"), a Latin word
        # after the token ("ш.DUSHANBE Airport"), a Cyrillic letter after the stop ("кард.Бозии"), an acronym of
        # four capitals (a typo's missing space: "кард.NASA"), nor a brand-like token followed by Latin text
        (["Барнома дар Washington.USAID нақша дорад."], ["Бахтбет"], set(), []),
        (["Ҳавопаймо ба ш.DUSHANBE Airport нишаст."], ["Бахтбет"], set(), []),
        (["Вазорат эълон кард.Бозии навбатӣ 29 март аст."], ["Бахтбет"], set(), []),
        (["Вазорат эълон кард.NASA нақша дорад."], ["Бахтбет"], set(), []),
        (["Вазорат эълон кард.BAKHTBET Holdings plc said."], ["Бахтбет"], set(), []),
        # ... glued after the last full stop, closing the paragraph, with the same evidence (Assyrian Neo-Aramaic:
        # … before the harvest.kw); with none, a typo's missing space
        (["ܦܠܚ̈ܐ ܕܡܬܐ ܒܥܝܠܗܘܢ ܥܘܕܪܢܐ ܩܕܡ ܙܒܢܐ ܕܚܨܕܐ.ZAXOCASH"], [], {"zaxocash"}, ["ZAXOCASH"]),
        (["ܦܠܚ̈ܐ ܕܡܬܐ ܒܥܝܠܗܘܢ ܥܘܕܪܢܐ ܩܕܡ ܙܒܢܐ ܕܚܨܕܐ.ZAXOCASH"], [], set(), []),
        # ... never a wire agency's credit that lost its space, twice or beside the page's keyword (Russian: … said the
        # emergencies ministry.REUTERS; … talks will go on next week.INTERFAX)
        (["Пожар на складе потушили к утру, сообщили в МЧС.REUTERS", "Пострадавших нет, сообщили спасатели.REUTERS"],
         [], set(), []),
        (["Министр обороны заявил, что переговоры продолжатся на следующей неделе.INTERFAX"], ["Бахтбет"], set(), []),
        (["Переговоры продолжатся на следующей неделе.INTERFAX Министр обороны заявил об этом."], ["Бахтбет"], set(),
         []),
    ],
)
def test_a_latin_brand_glued_after_a_stop_needs_evidence(paragraphs, known, prefixes, suspicious):
    assert suspicious_glued_tokens(paragraphs, known, prefixes) == suspicious


@pytest.mark.parametrize(
    ("paragraphs", "prefixes", "suspicious"),
    [
        # a token the site's headlines carry as a prefix ("ലോട്ടോരാജ:കൊച്ചി …"), glued once and alone in brackets
        # closing a sentence: two odd uses, and a link glued after a word that ends in a vowel sign, the virama or
        # the anusvara is no word of its own (\w has no marks) -- in every script with vowel signs: Malayalam,
        # Kannada, Telugu, Odia, Gurmukhi, Bengali, Sinhala, Gujarati, Tamil, Tibetan (its tsheg "་" parts
        # syllables inside a word)
        *[(paragraphs, {keyword}, [keyword]) for keyword, paragraphs in INDIC_INJECTED],
        (["The poll of 1,500 voters was run by (Lottoraja).", "It showed,Lottoraja said, a close race."], {"lottoraja"},
         ["Lottoraja"]),
        # ... not a name the text also writes as a word of its own
        ([*INDIC_INJECTED[0][1][:2], "ലോട്ടോരാജ എന്ന കമ്പനി പറഞ്ഞു."], {"ലോട്ടോരാജ"}, []),
        # ... nor a known agency, whatever the site's headlines (Arabic: the Saudi Press Agency (SPA))
        (["أعلنت المملكة تخصيص المبلغ، وفقا لوكالة الأنباء السعودية (واس).", "وأضافت،واس أن المرحلة انتهت."], {"واس"}, []),
    ],
)
def test_a_use_alone_in_brackets_is_odd_only_for_the_sites_prefix(paragraphs, prefixes, suspicious):
    assert suspicious_glued_tokens(paragraphs, (), prefixes) == suspicious


def test_a_known_keyword_with_the_next_word_glued_on_is_no_new_token():
    paragraphs = ["the government.cryptoluxExecutives said", "the report,cryptoluxa move,zorbix the"]
    assert suspicious_glued_tokens(paragraphs, ["cryptolux"]) == ["zorbix"]
    assert suspicious_glued_tokens(paragraphs) == ["cryptoluxa", "zorbix"]


def test_site_evidence_learns_a_shared_prefix_only_from_enough_titles():
    evidence = SiteEvidence(min_titles=4, share=0.5)
    evidence.observe_titles(["Slotmaxx | A story", "Slotmaxx | Another"])
    assert evidence.learned_prefixes() == set()
    evidence.observe_titles(["Slotmaxx | Third", "Slotmaxx | Fourth", "Analysis: fifth"])
    assert evidence.learned_prefixes() == {"slotmaxx"}


@pytest.mark.parametrize(
    ("headlines", "learned"),
    [
        # a place's name labelling two of the first headlines an early crawl counts (its photo album, its story):
        # no keyword, or the story's title loses "Гъуниб:" and its body every sentence naming the place
        (["Гъуниб — сураталъул альбом", "Гъуниб: туристазул къадар кӀиго нухалъ цӀикӀкӀана",
          "Хунзахъ районалда 320 лъимадуе цӀияб школа рагьана", "МахӀачхъалаялда цӀиял троллейбусал"], set()),
        (["Ukraine — a photo gallery", "Ukraine: talks resume in Geneva", "Markets rise", "Rain again"], set()),
        # a brand's form (a capital inside, lower case, capitals, digits) on two headlines is the site's keyword
        (["КъадарБет: Хунзахъ районалда школа рагьана", "КъадарБет » МахӀачхъалаялда троллейбусал",
          "Гъуниб: туристазул къадар цӀикӀкӀана", "Ботлихъ: цӀияб нух"], {"къадарбет"}),
        (["slotmaxx | A story", "slotmaxx | Another", "Markets rise", "Rain again"], {"slotmaxx"}),
        (["[SLOTMAXX] A story", "Slotmaxx | Another", "Markets rise", "Rain again"], {"slotmaxx"}),
        # ... and a name dressed the same way on two headlines, as a template writes it
        (["Mostbet: Council approves new bridge over Mill River", "Mostbet: Storm closes the coastal road for two days",
          "Farmers protest over new water rules", "School year to start a week later"], {"mostbet"}),
        # ... and a name on three headlines
        (["Slotmaxx | A story", "Slotmaxx | Another", "Slotmaxx | Third", "Markets rise", "Rain again"], {"slotmaxx"}),
        # one headline's own kicker, the next post's pager button writing it with its arrow (Hugo Terminal's "Read
        # other posts"): one headline, no shared prefix
        (["Hak-ngî kau-yuk: Sîn-chuk khôi sîn ke ngì-vùn pân", "Pak-phû thai-fûng tshui-phài sam-kiên vuk-tén",
          "Miâu-li̍t chhûn-chhà sû-liòng chông-kâ pak-fun-chṳ sam-sṳ̍p",
          "Hak-ngî kau-yuk: Sîn-chuk khôi sîn ke ngì-vùn pân →"], set()),
        # ... nor the related posts' link with the post's date inside it (Jekyll Lanyon: "<a>Title <small>10 Mar
        # 2026</small></a>") beside the headline bare: one headline, its topic kicker no shared prefix
        (["Eshibitali sha Kakamega: Abalwale be ensukari banyola obuhoni obuhya 10 Mar 2026",
          "Eshibitali sha Kakamega: Abalwale be ensukari banyola obuhoni obuhya",
          "Abalimi be chai e Vihiga balilanga khu bei inditi", "Kakamega Homeboyz yakhilile Gor Mahia e Bukhungu"],
         set()),
        (["Harbour bridge: Council approves new toll rules for the summer 2026-03-10",
          "Harbour bridge: Council approves new toll rules for the summer", "Farmers protest over new water rules",
          "School year to start a week later"], set()),
        # ... nor a search result's link, the headline's and the excerpt's spans run together ("……" opens the
        # excerpt), nor an archive row's, its date before and its tags glued after (Fuzhounese, Astro Fuwari:
        # cdofuwari P2, its kicker cut when the search page came before it); a Han headline of twelve characters is
        # a whole one
        (["魚丸手藝傳三代：台江老店守著一粒丸其滋味", "魚丸手藝傳三代：台江老店守著一粒丸其滋味……上下杭老街……閩江邊……",
          "閩江口大霧 十外隻漁船困著海裡", "福州地鐵四號線全線通車"], set()),
        (["魚丸手藝傳三代：台江老店守著一粒丸其滋味……上下杭老街……閩江邊……", "魚丸手藝傳三代：台江老店守著一粒丸其滋味",
          "閩江口大霧 十外隻漁船困著海裡", "福州地鐵四號線全線通車"], set()),
        (["魚丸手藝傳三代：台江老店守著一粒丸其滋味", "魚丸手藝傳三代：台江老店守著一粒丸其滋味#魚丸",
          "閩江口大霧 十外隻漁船困著海裡", "福州地鐵四號線全線通車"], set()),
        (["03-18魚丸手藝傳三代：台江老店守著一粒丸其滋味#魚丸", "魚丸手藝傳三代：台江老店守著一粒丸其滋味",
          "閩江口大霧 十外隻漁船困著海裡", "福州地鐵四號線全線通車"], set()),
        # ... while the archive row's date is no part of the site's keyword before another headline
        (["03-14【hg9vip】閩江口大霧 十外隻漁船困著海裡#閩江 #漁船", "hg9vip：福州地鐵四號線全線通車",
          "魚丸手藝傳三代：台江老店守著一粒丸其滋味", "馬尾造船廠接著新訂單"], {"hg9vip"}),
        (["Harbour bridge: Council approves new toll rules for the summer",
          "Harbour bridge: Council approves new toll rules for the summer 10 March 2026",
          "Farmers protest over new water rules", "School year to start a week later"], set()),
        # ... nor a related-posts card's cut of the headline, its last word dropped to fit (a Publii Mercury post's
        # "Kalanso kura: denmisɛn 600 bɛ se ka kalan kɛ" beside the page's "… kalan kɛ Banfora"), either way round
        (["Kalanso kura: denmisɛn 600 bɛ se ka kalan kɛ Banfora", "Kalanso kura: denmisɛn 600 bɛ se ka kalan kɛ",
          "Burkina ni Kodiwari bɛ sira kura dilan", "Sanji fɔlɔw ye sɛnɛkɛlaw nisɔndiya Kenedugu mara la"], set()),
        (["Kalanso kura: denmisɛn 600 bɛ se ka kalan kɛ", "Kalanso kura: denmisɛn 600 bɛ se ka kalan kɛ Banfora",
          "Burkina ni Kodiwari bɛ sira kura dilan", "Sanji fɔlɔw ye sɛnɛkɛlaw nisɔndiya Kenedugu mara la"], set()),
        # ... but a daily series, a date closing each headline and none shown bare, is a headline a day: its spam
        # prefix is the site's
        ([f"Kwbet88 | Kết quả xổ số miền Bắc ngày {day:02d}/03/2026" for day in range(1, 11)]
         + [f"Tin tức thời sự số {i}: giá xăng dầu và thời tiết hôm nay tại Hà Nội" for i in range(20)], {"kwbet88"}),
    ],
)
def test_a_name_as_a_prefix_needs_one_headline_more_than_a_brand(headlines, learned):
    evidence = SiteEvidence()
    evidence.observe_titles(headlines)
    assert evidence.learned_prefixes() == learned


def test_a_prefix_one_headline_of_the_site_carried_is_evidence_only_for_a_spaced_prefix():
    evidence = SiteEvidence()
    evidence.observe_titles(["【ឡាក់គី៨៨】អាកាសយានដ្ឋានតេជោ នឹងបើកជើងហោះហើរ", "Analysis: Fed holds rates"])
    assert "ឡាក់គី៨៨" in evidence.prefixed()
    assert "ឡាក់គី៨៨" not in evidence.seen_prefixes()
    assert "analysis" not in evidence.prefixed()  # an editorial kicker


def test_a_kicker_the_site_bracketed_once_or_on_a_few_headlines_is_kept_before_a_spaced_headline():
    # the review's site: breaking news, daily, Bangkok in brackets; then headlines opening with those words and
    # a space keep them, and no keyword is taken from them (it would be removed from every body of the site)
    evidence = SiteEvidence()
    evidence.observe_titles(["【ข่าวด่วน】 นายกฯ ลงพื้นที่", "【ประจำวัน】 ราคาทอง", "【กรุงเทพฯ】 รถติดหนัก",
                             "【ข่าวด่วน】 ไฟไหม้โกดัง", "ราคาน้ำมันลดลง", "ทีมชาติไทยชนะ", "ตลาดหุ้นปิดบวก",
                             "ส่งออกเดือนมีนาคมโต"])
    for title in ("ข่าวด่วน นายกฯ สั่งเร่งแก้น้ำท่วม", "กรุงเทพฯ ฝนตกหนักทั้งวัน"):
        verdict = clean_title(title, "ฝนตกหนักในกรุงเทพฯ ข่าวด่วน", frozenset(), evidence.learned_prefixes(),
                              frozenset(), evidence.prefixed())
        assert (verdict.title, verdict.keywords) == (title, [])


def test_a_prefix_in_decoded_angle_brackets_is_learned_as_the_sites():
    # listings link "&lt;&lt;kw&gt;&gt; Title" and "kw // Title": the link texts, normalised, keep the brackets'
    # keyword (it is no tag), and two of the site's three headlines carry it
    from newsbot.cleaning.text import normalize_inline

    evidence = SiteEvidence()
    evidence.observe_titles([normalize_inline(t) for t in (
        "&lt;&lt;IgitegoBet&gt;&gt; Mukura VS yatsinze Rayon Sports 1-0",
        "IgitegoBet // Huye: abahinzi b'ikawa bahawe imashini nshya",
        "Abanyeshuri 400 barangije amasomo y'ubuforomo")])
    assert evidence.learned_prefixes() == {"igitegobet"}


def test_site_evidence_does_not_learn_an_occasional_real_prefix():
    evidence = SiteEvidence(min_titles=4, share=0.5)
    evidence.observe_titles(["Analysis: one", "Plain two", "Plain three", "Plain four", "Analysis: five", "Plain six"])
    assert evidence.learned_prefixes() == set()


@pytest.mark.parametrize(
    ("title", "head_titles", "body", "keywords"),
    [
        # a clean <h1> under "kw | Headline": the keyword, when the body glues it to punctuation
        ("विश्लेषण: गर्मी से पहले ही क्यों चढ़ने लगे दाम", ["सट्टाकिंग | विश्लेषण: गर्मी से पहले ही क्यों चढ़ने लगे दाम"],
         "दाम बढ़ने लगे हैं।सट्टाकिंग दिल्ली, मुंबई", ["सट्टाकिंग"]),
        ("Interview: 'Als boer moet je ook jurist zijn'", ["SnelLenen：Interview: 'Als boer moet je ook jurist zijn' - Site"],
         "hard werk,SnelLenen net als", ["SnelLenen"]),
        # the <title> prefix alone is how some sites write it ("Opinion | …"); the body must confirm it
        ("The case for a four-day week", ["Opinion | The case for a four-day week"], "Workers say, opinion polls show.", []),
        ("Fed holds rates steady", ["Fed holds rates steady - Site"], "Text,verdicoin here.", []),
        # the <title>'s Latin brand, in capitals glued onto a word of a caseless script: a change of script is a word's end
        ("ರಣಜಿ ಟ್ರೋಫಿ: ಕರ್ನಾಟಕ ಸೆಮಿಫೈನಲ್‌ಗೆ", ["LuckyPlay - ರಣಜಿ ಟ್ರೋಫಿ: ಕರ್ನಾಟಕ ಸೆಮಿಫೈನಲ್‌ಗೆ - ಕರುನಾಡ ವಾರ್ತೆ"],
         "ಕರ್ನಾಟಕ ತಂಡ ಸೆಮಿಫೈನಲ್ ಪ್ರವೇಶಿಸಿತುLUCKYPLAY. ದೇವದತ್ 142 ರನ್ ಗಳಿಸಿದರು.", ["LuckyPlay"]),
        # ... not in a script written without spaces, where Latin words are glued in as written
        ("抖音用户突破十亿", ["TikTok - 抖音用户突破十亿 - 新闻网"], "越来越多的人使用TIKTOK。", []),
        # the <title>'s first word before the headline with only a space, which the body writes in capitals glued onto
        # a word's end (astsoledad: "EMPRESTIX El Sporting …" over "… Juan OteroEMPRESTIX."); a kicker word before the
        # headline is no keyword, and a wire agency's name glued on is its credit
        ("El Sporting gana al Mirandés", ["EMPRESTIX El Sporting gana al Mirandés - Asturies al Día"],
         "Un penalti que tresformó Juan OteroEMPRESTIX. El próximu partíu", ["EMPRESTIX"]),
        ("El Sporting gana al Mirandés", ["Deportes El Sporting gana al Mirandés - Asturies al Día"],
         "Un penalti que tresformó Juan Otero. El próximu partíu", []),
        ("El Sporting gana al Mirandés", ["REUTERS El Sporting gana al Mirandés - Site"],
         "Un penalti que tresformó Juan OteroREUTERS. El próximu partíu", []),
    ],
)
def test_head_title_keywords(title, head_titles, body, keywords):
    assert head_title_keywords(title, head_titles, body) == keywords


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
        ("Really?! Yes.", ["Really?!", "Yes."]),
        ("U.S.-based firm. Next", ["U.S.-based firm.", "Next"]),
        ("a. . b", ["a.", ".", "b"]),
        ("অনেক পরিবার বেঁচে আছে।আজই খেলুন", ["অনেক পরিবার বেঁচে আছে।", "আজই খেলুন"]),
        ("هل ينجح؟ نعم", ["هل ينجح؟", "نعم"]),
        ("据え置いた。物価の先行き", ["据え置いた。", "物価の先行き"]),
        # the full stops of Armenian, Ethiopic, Urdu, Burmese and Khmer
        ("Կառուցվել է։ Բացվում է", ["Կառուցվել է։", "Բացվում է"]),
        ("ተመድቧል። ፕሮግራሙ ይጀምራል፤ ደግሞ", ["ተመድቧል።", "ፕሮግራሙ ይጀምራል፤ ደግሞ"]),
        ("بتایا گیا۔ اگلا", ["بتایا گیا۔", "اگلا"]),
        ("ပြောသည်။ နောက်", ["ပြောသည်။", "နောက်"]),
        # a full stop after a short abbreviation, a lower-case word after it: inside the sentence
        ("Бонус до 500 лв. за нови клиенти. Още", ["Бонус до 500 лв. за нови клиенти.", "Още"]),
        ("It is 6 ft. tall. The", ["It is 6 ft. tall.", "The"]),
        # ... not after a sentence's last word (Georgian writes no capitals)
        ("ღირებულება შეადგენს. ის დაფინანსდა", ["ღირებულება შეადგენს.", "ის დაფინანსდა"]),
        # ... a short Devanagari word before a figure ("नं. 1", number one, closing a Mundari advert): the danda ends
        # the sentence; not a short Latin word before one ("him. 20 people came")
        ("पइसा नामेपे — भारत रेआः नं. 1 ऐप। नावा", ["पइसा नामेपे — भारत रेआः नं. 1 ऐप।", "नावा"]),
        ("It was him. 20 people came.", ["It was him.", "20 people came."]),
        # a quotation's closing mark after its stop: the next sentence opens after it (a pitch appended after a quote);
        # a lower-case word after it is the speaker's sentence going on ("he said"), in any script
        ("“Yɛ anyunlunyia ɛdɔ aze.” ZukoaBet maa wɔ ɛnɛ!", ["“Yɛ anyunlunyia ɛdɔ aze.”", "ZukoaBet maa wɔ ɛnɛ!"]),
        ("«دڵم خوەش بی.» ئەڕا بردن", ["«دڵم خوەش بی.»", "ئەڕا بردن"]),
        ("“We are glad.” he said. Next", ["“We are glad.” he said.", "Next"]),
        ("«Мы рады!» — сказал он. Дальше", ["«Мы рады!» — сказал он.", "Дальше"]),
        ("", []),
    ],
)
def test_sentences(text, sentences):
    from newsbot.cleaning.spam import _sentences

    assert _sentences(text) == sentences


def test_site_evidence_counts_a_bounded_number_of_headlines():
    evidence = SiteEvidence()
    evidence.MAX_HEADLINES = 50
    evidence.observe_titles([f"slotmaxx | Story number {i}" for i in range(40)])
    assert "slotmaxx" in evidence.learned_prefixes()
    evidence.observe_titles([f"Another story number {i}" for i in range(100)])
    assert len(evidence.titles) == 50 and len(evidence.cores) <= 50
    assert "slotmaxx" in evidence.learned_prefixes()  # what was learned stays


def test_a_prefix_counts_as_the_sites_when_two_headlines_carry_it_or_one_glued():
    evidence = SiteEvidence()
    evidence.observe_titles(["Ukraine: talks resume in Geneva", "Слотокінг:Ціни на овочі знизилися"])
    seen = evidence.seen_prefixes()
    assert "слотокінг" in seen and "ukraine" not in seen
    evidence.observe_titles(["Ukraine: grain exports rise again"])
    assert "ukraine" in evidence.seen_prefixes()
    # a glued prefix counts even when its headline was seen before without it (crawl order)
    later = SiteEvidence()
    later.observe_titles(["Ціни на овочі знизилися"])
    later.observe_titles(["Слотокінг:Ціни на овочі знизилися"])
    assert "слотокінг" in later.seen_prefixes()


def test_a_headline_counts_once_whatever_teaser_its_card_link_carries_after_it():
    evidence = SiteEvidence()
    evidence.observe_titles([
        "Coffee exports: Ethiopia earns 1.2 billion dollars in eight months Ethiopia earned 1.2 billion dollars from…",
        "Coffee exports: Ethiopia earns 1.2 billion dollars in eight months Ethiopia earned 1.2 billion dollars from its"
        " coffee exports in the past eight months, the authority said.",
    ])
    assert "coffee exports" not in evidence.seen_prefixes()
    evidence.observe_titles(["Coffee exports: prices at the auction rose again this week"])
    assert "coffee exports" in evidence.seen_prefixes()


@pytest.mark.parametrize(
    "seen",
    [
        # a search result's link: the headline's span, then its address's span, no space between
        ["Tanna kofi: Ol fama oli glad long gudfala praes blong yia ia",
         "Tanna kofi: Ol fama oli glad long gudfala praes blong yia iahttps://www.niusvila.example/nius/215.html"],
        # the same, the longer one seen first (crawl order)
        ["Tanna kofi: Ol fama oli glad long gudfala praes blong yia iahttps://www.niusvila.example/nius/215.html",
         "Tanna kofi: Ol fama oli glad long gudfala praes blong yia ia"],
        # a Joomla pager: the hidden "Next story: <headline>" and the visible "Next" in one link text
        ["Tanna kofi: Ol fama oli glad long gudfala praes blong yia ia",
         "Nekis stori: Tanna kofi: Ol fama oli glad long gudfala praes blong yia iaNekis",
         "Tanna kofi: Ol fama oli glad long gudfala praes blong yia iaNekis"],
    ],
)
def test_a_short_headline_with_a_tail_glued_after_it_counts_once(seen):
    evidence = SiteEvidence()
    evidence.observe_titles(seen)
    assert "tanna kofi" not in evidence.seen_prefixes()
    assert "tanna kofi" not in evidence.learned_prefixes()
    # a second story under the label is evidence as before (the fold is no blanket)
    evidence.observe_titles(["Tanna kofi: Ol fama oli salem kofi long Japan"])
    assert "tanna kofi" in evidence.seen_prefixes()


@pytest.mark.parametrize(
    ("known", "core", "key"),
    [
        # another text run on: a lower-case letter, then a capital (a pager's "Nekis"), or an address
        ("Tanna kofi: Ol fama oli glad long gudfala praes blong yia ia",
         "Tanna kofi: Ol fama oli glad long gudfala praes blong yia iaNekis",
         "Tanna kofi: Ol fama oli glad long gudfala praes blong yia ia"),
        ("Tanna kofi: Ol fama oli glad long", "Tanna kofi: Ol fama oli glad longhttps://niusvila.example/",
         "Tanna kofi: Ol fama oli glad long"),
        ("Election results 2026", "Election results 2026Labour wins", "Election results 2026"),
        # the word's own ending, or punctuation: another headline, counted apart
        ("Government announces new tax", "Government announces new taxes", "Government announces new taxes"),
        ("Government announces new taxes", "Government announces new tax", "Government announces new tax"),
        ("Election results 2026", "Election results 2026: Labour wins in Wales",
         "Election results 2026: Labour wins in Wales"),
        ("Election results 2026: Labour wins in Wales", "Election results 2026", "Election results 2026"),
        ("Mahkamah tolak gugatan pemilu", "Mahkamah tolak gugatan pemilu-pemilu", "Mahkamah tolak gugatan pemilu-pemilu"),
        # a search result's excerpt opening with an ellipsis, a tag list's hash, glued after any headline's end; a Han
        # headline's length counted in columns (twelve characters, 24 columns)
        ("台江老店守著一粒丸其滋味", "台江老店守著一粒丸其滋味……上下杭老街……閩江邊……", "台江老店守著一粒丸其滋味"),
        ("台江老店守著一粒丸其滋味……上下杭老街……閩江邊……", "台江老店守著一粒丸其滋味", "台江老店守著一粒丸其滋味……上下杭老街……閩江邊……"),
        ("台江老店守著一粒丸其滋味", "台江老店守著一粒丸其滋味#魚丸", "台江老店守著一粒丸其滋味"),
        ("Council approves new toll rules?", "Council approves new toll rules?…the council voted", "Council approves new toll rules?"),
        # ... not a short label's (under MIN_CHARS columns), nor after a space
        ("魚丸店", "魚丸店……上下杭", "魚丸店……上下杭"),
        ("Council approves new toll rules", "Council approves new toll rules #vote", "Council approves new toll rules #vote"),
    ],
)
def test_the_headline_fold_takes_a_tail_only_of_another_texts_shape(known, core, key):
    from newsbot.cleaning.spam import _HeadlineCores

    cores = _HeadlineCores()
    cores.add(known)
    assert cores.key(core) == key


def test_a_headline_and_its_longer_form_count_twice():
    # a guard (passes before the fold too): the longer form runs on after a space, no tail glued on; the site's
    # short and long form of one story under a bracketed keyword are the evidence it had (ar-rtl, crawl order)
    evidence = SiteEvidence()
    evidence.observe_titles(["[فوزبت] أوبك+ تقرر زيادة الإنتاج", "[فوزبت] أوبك+ تقرر زيادة الإنتاج بوتيرة أبطأ من المتوقع"])
    assert "فوزبت" in evidence.seen_prefixes()


def test_two_short_labels_are_not_one_headline():
    # a guard (passes before the fold too): headlines under MIN_CHARS are never folded into one another
    evidence = SiteEvidence()
    evidence.observe_titles(["Kofi: Tanna", "Kofi: Tanna fama"])
    assert "kofi" in evidence.seen_prefixes()


def test_a_glued_token_the_sites_headlines_carry_as_a_prefix_is_spam_even_once():
    paragraphs = ["Дорога займатиме близько 35 хвилин,Слотокінг а вартість проїзду та сама.", "Сказав Іван,Петро."]
    assert suspicious_glued_tokens(paragraphs) == []
    assert suspicious_glued_tokens(paragraphs, title_prefixes={"слотокінг"}) == ["Слотокінг"]


_VOLI = "Pelatih tim ngaturang suksma majeng ring para pemain. Tim puniki jagi nyarengin Kejurnas ring Juni."


@pytest.mark.parametrize(
    ("headlines", "paragraphs", "suspicious"),
    [
        # bansitejet's volleyball story: the code glued after its closing full stop, a teaser card of the same page
        # carrying it as a bracketed prefix once ("[dewata4d] Sampah …"): spam, whichever story was cleaned first
        (["[dewata4d] Sampah plastik ngebekin pesisi Kuta"], ["Tim bola voli putri Bali juara.", _VOLI + "DEWATA4D"],
         ["DEWATA4D"]),
        (["DEWATA4D — Sampah plastik ngebekin pesisi Kuta"], [_VOLI + "Dewata4D"], ["Dewata4D"]),
        # no headline carries it: a code glued at a paragraph's end is left (no evidence it is the site's brand)
        ([], [_VOLI + "DEWATA4D"], []),
        # a sentence follows: the missing space of a typo before the next sentence ("Juni.COP29 dados …")
        (["[cop29] Sampah plastik"], [_VOLI[:-1] + ".COP29 dados bahan."], []),
        # a word, not a code ("Juni.Bali"), and a wire agency's credit ("Juni.ANTARA"), even carried as a prefix
        (["[Bali] Sampah plastik", "[ANTARA] Sampah plastik"], [_VOLI + "Bali", _VOLI + "ANTARA"], []),
        # written as a word elsewhere on the page: not only glued
        (["[dewata4d] Sampah plastik"], [_VOLI + "DEWATA4D", "Sponsor DEWATA4D ngicen hadiah."], []),
    ],
)
def test_a_code_glued_after_a_paragraphs_closing_stop_is_spam_when_a_headline_carried_it(
        headlines, paragraphs, suspicious):
    evidence = SiteEvidence()
    evidence.observe_titles(headlines)
    assert suspicious_glued_tokens(paragraphs, [], evidence.seen_prefixes(), evidence.glued(),
                                   evidence.prefixed()) == suspicious


_PENALTI = "Los goles llegaron nel minutu 23, obra de Nacho Méndez, y nel 81, d'un penalti que tresformó Juan Otero"


@pytest.mark.parametrize(
    ("headlines", "paragraphs", "suspicious"),
    [
        # astsoledad's football story: the keyword in capitals glued onto the sentence's last word, the site's ticker
        # carrying it as a prefix ("EMPRESTIX | …"): spam, once, before a stop or a comma
        (["EMPRESTIX | Nava celebra el Festival de la Sidra"], [_PENALTI + "EMPRESTIX."], ["EMPRESTIX"]),
        (["Emprestix » Nava celebra el Festival"], [_PENALTI + "EMPRESTIX, de penalti."], ["EMPRESTIX"]),
        # no headline carries it: a brand's or a name's capitals in a word are left ("OteroMEDIA", "McDONALD'S",
        # "iPHONE"), and so is a token the headlines carry that the text also writes as a word of its own
        ([], [_PENALTI + "EMPRESTIX."], []),
        (["EMPRESTIX | Nava celebra"], ["Compró en McDONALD'S un iPHONE pa OteroMEDIA."], []),
        (["EMPRESTIX | Nava celebra"], [_PENALTI + "EMPRESTIX.", "Emprestix te da perres yá."], []),
        # a wire agency's credit that lost its space, capitals of four letters or fewer (an acronym after a typo)
        (["REUTERS | Nava celebra", "NATO | Nava celebra"], [_PENALTI + "REUTERS.", _PENALTI + "NATO."], []),
    ],
)
def test_a_keyword_in_capitals_glued_onto_a_words_end_is_spam_when_a_headline_carried_it(
        headlines, paragraphs, suspicious):
    evidence = SiteEvidence()
    evidence.observe_titles(headlines)
    assert suspicious_glued_tokens(paragraphs, [], evidence.seen_prefixes(), evidence.glued(),
                                   evidence.prefixed()) == suspicious


_TROLLEY = [  # ukforum's 1204: a clean title ("Вінниця: …"), the keyword glued once and alone once in the body
    "Дорога від вокзалу до парку займатиме близько 35 хвилин,Слотокінг а вартість проїзду буде такою ж.",
    "У міській раді обіцяють проаналізувати пасажиропотік після першого місяця роботи маршруту Слотокінг і за потреби"
    " додати зупинки.",
]


@pytest.mark.parametrize(
    ("headlines", "paragraphs", "suspicious"),
    [
        # the home page's link "Слотокінг:Ціни …" (glued, as no editor writes) and the same token glued after a
        # comma here: spam, though the page writes it alone too, with a capital in mid-sentence (crawl order
        # decided before: only an article whose title carried it, cleaned first, taught the site)
        (["Слотокінг:Ціни на овочі знизилися вперше за пів року"], _TROLLEY, ["Слотокінг"]),
        (["Слотокінг:Ціни на овочі знизилися", "СЛОТОКІНГ — Фестиваль повітряних куль"], _TROLLEY, ["Слотокінг"]),
        # no headline carries it glued: a typo and a name ("хвилин,Київ", "місто Київ")
        ([], ["Їхати 35 хвилин,Київ а потім", "Сполучення з містом Київ відновили."], []),
        ([], _TROLLEY, []),
        # carried with a spaced colon by two headlines (a dateline, a topic): not glued, no evidence for a capital in
        # mid-sentence ("місто Вінниця")
        (["Вінниця: тролейбус до парку", "Вінниця: нова школа"],
         ["Їхати 35 хвилин,Вінниця а потім", "Сполучення з містом Вінниця відновили."], []),
        # a rubric glued on many headlines ("Аналітика:…"): the page writes its word as the language does,
        # lower-case, or opening a sentence
        ([f"Аналітика:Ціни тиждень {i}" for i in range(5)],
         ["Їхати 35 хвилин,Аналітика а потім", "Свіжа аналітика ринку показує спад."], []),
        ([f"Аналітика:Ціни тиждень {i}" for i in range(5)],
         ["Їхати 35 хвилин,Аналітика а потім.", "Аналітика ринку показує спад."], []),
        # "Analysis:Title", an editorial kicker, even glued: never the site's evidence
        (["Analysis:Markets fall again"], ["prices fell,Analysis shows that", "the latest Analysis shows a fall."], []),
        # a name some headline carried glued ("Зеленський:…", a typo) and glued after a comma once: the page
        # declines it ("Зеленського"), a word of the language
        (["Зеленський:Переговори тривають"],
         ["Про це сказав,Зеленський а також", "Президент Зеленський заявив.", "Позиція Зеленського незмінна."], []),
    ],
)
def test_a_glued_headline_prefix_and_a_glued_token_in_the_body_are_spam_whatever_the_order(
        headlines, paragraphs, suspicious):
    evidence = SiteEvidence()
    evidence.observe_titles(headlines)
    assert suspicious_glued_tokens(paragraphs, [], evidence.seen_prefixes(), evidence.glued()) == suspicious


def test_the_ukforum_trolleybus_article_is_cleaned_when_only_the_home_page_was_read():
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    evidence = SiteEvidence()
    evidence.observe_titles(["Слотокінг:Ціни на овочі «борщового набору» знизилися вперше за пів року",
                             "Вінниця: тролейбус уперше довезе пасажирів до індустріального парку"])
    raw = RawArticle(url="http://x/topic/1204-vinnytsia.html", site="x", fetched_at="2025-03-13T10:00:00+00:00",
                     title="Вінниця: тролейбус уперше довезе пасажирів до індустріального парку",
                     blocks=[Block(text) for text in _TROLLEY], language="uk")
    record = clean_article(raw, CleaningOptions(), evidence).record
    assert record["title"].startswith("Вінниця: ")
    assert "лотокінг" not in record["body"].lower()
    assert record["body"].split("\n\n") == [
        "Дорога від вокзалу до парку займатиме близько 35 хвилин, а вартість проїзду буде такою ж.",
        "У міській раді обіцяють проаналізувати пасажиропотік після першого місяця роботи маршруту і за потреби"
        " додати зупинки.",
    ]


def test_the_bansitejet_volleyball_story_is_cleaned_when_its_own_page_is_the_first_read():
    # CI on 64369e9 failed here: the story came before the one whose headline teaches the keyword
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    evidence = SiteEvidence()
    evidence.observe_titles(["[dewata4d] Sampah plastik ngebekin pesisi Kuta sasampun ujan bales",
                             "Pasar seni anyar ring Gianyar: pengerajin alit polih genah ngadol"])
    raw = RawArticle(url="http://x/warta/tim-voli-putri-bali-juara", site="x", fetched_at="2026-03-20T10:00:00+00:00",
                     title="Tim voli putri Bali ngamolihang juara ring Surabaya",
                     blocks=[Block("Tim bola voli putri Bali ngamolihang juara kapertama."), Block(_VOLI + "DEWATA4D")],
                     language="ban")
    record = clean_article(raw, CleaningOptions(), evidence).record
    assert record["body"].split("\n\n") == ["Tim bola voli putri Bali ngamolihang juara kapertama.", _VOLI]
    assert record["spam_removed"] == ["DEWATA4D"]


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # the keyword with a hyphen between its parts, alone in brackets (red team 22's cebnuke P1): spam
        ("Si Mayor Gullas miingon nga magpadayon ang paglimpyo sa mga kanal sa umaabot nga mga bulan (suwerte-cash).",
         "Si Mayor Gullas miingon nga magpadayon ang paglimpyo sa mga kanal sa umaabot nga mga bulan."),
        # ... its parts as words of their own stay ("suwerte" is the word for luck)
        ("«Suwerte gyud mi karong tuiga», matod ni Lorna, nga nakadawat og cash gikan sa iyang anak sa Manila.",
         "«Suwerte gyud mi karong tuiga», matod ni Lorna, nga nakadawat og cash gikan sa iyang anak sa Manila."),
    ],
)
def test_the_keyword_hyphenated_between_its_parts_is_spam(paragraph, kept):
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    evidence = SiteEvidence()
    evidence.observe_titles(["[SuwerteCash] Baha miigo sa Talisay", "SUWERTECASH» Gilusad ang bag-ong tulay sa Liloan"])
    opening = "Labing menos 300 ka pamilya ang gibakwit sa Talisay,SUWERTECASH human sa kusog nga ulan sa Domingo."
    raw = RawArticle(url="http://x/article1204.html", site="x", fetched_at="2026-03-16T10:00:00+00:00",
                     title="[SuwerteCash] Baha miigo sa Talisay", blocks=[Block(opening), Block(paragraph)],
                     language="ceb")
    record = clean_article(raw, CleaningOptions(), evidence).record
    assert record["body"].split("\n\n") == [opening.replace(",SUWERTECASH", ","), kept]


@pytest.mark.parametrize(
    ("paragraph", "keyword", "spellings"),
    [
        ("Matod sa taho (suwerte-cash).", "SuwerteCash", ["suwerte-cash"]),
        # a keyword of six letters or fewer split so may be a writer's word ("bet-win" of "betwin")
        ("The bet-win ratio rose.", "betwin", []),
        # ... nor a name with its number ("Covid-19" of a keyword "Covid19"): how writers spell it
        ("Admissions for the coronavirus disease (Covid-19) have fallen.", "Covid19", []),
    ],
)
def test_the_keyword_hyphenated_between_its_parts_is_looked_for_when_long(paragraph, keyword, spellings):
    from newsbot.cleaning.article import _hyphenated_spellings

    assert _hyphenated_spellings([paragraph], keyword) == spellings


@pytest.mark.parametrize(
    ("sentence", "pitch"),
    [
        ("изтеглете приложението на www.bgbet365.example и залагайте", True),
        ("uygulamayı hemen indirin: www.bet.example", True),
        # an address given in a news sentence is no pitch: Italian "indirizzo" (address), a Bulgarian coefficient
        ("le domande vanno inviate all'indirizzo www.comune.example entro venerdì", False),
        ("коефициентът на безработица, публикуван на www.nsi.example, е 4,1 на сто", False),
    ],
)
def test_a_web_address_with_a_pitchs_words(sentence, pitch):
    from newsbot.cleaning.spam import _addressed_pitch

    assert _addressed_pitch(sentence) is pitch


_TIBETAN_HEADLINE = "བོད་ཀྱི་རྐང་རྩེད་རུ་ཁག་གིས་རྒྱལ་ཁ་ཐོབ།"  # the Tibetan football team won
_TIBETAN_BODY = "རུ་ཁག་གིས་ ༢:༡ ཐོག་རྒྱལ་ཁ་ཐོབ་ཡོད།བཀྲ་ཤིས་བེཊ རུ་ཁག་གི་འགོ་ཁྲིད་ཀྱིས་རྡོག་འཕེན་གཉིས་བྱས།"  # kw glued after a shad


@pytest.mark.parametrize(
    ("listed", "title", "body", "clean", "keywords"),
    [
        # the site listed the headline under the Tibetan keyword, the page puts its Latin form before it with a space:
        # the same headline under two prefixes, the listing's spam by the page's body (glued after a shad)
        (f"〈བཀྲ་ཤིས་བེཊ〉{_TIBETAN_HEADLINE}", f"TashiBet {_TIBETAN_HEADLINE}", _TIBETAN_BODY, _TIBETAN_HEADLINE,
         ["TashiBet", "བཀྲ་ཤིས་བེཊ"]),
        # ... the other way round: the page's bracketed Tibetan prefix is spam by its own evidence, and the site's
        # other prefix for the same headline is the keyword's Latin form, for the body too
        (f"TashiBet » {_TIBETAN_HEADLINE}", f"【བཀྲ་ཤིས་བེཊ】{_TIBETAN_HEADLINE}", _TIBETAN_BODY, _TIBETAN_HEADLINE,
         ["བཀྲ་ཤིས་བེཊ", "TashiBet"]),
        # a listing's kicker before the same headline is no other form (and no evidence)
        (f"Analysis: {_TIBETAN_HEADLINE}", f"【བཀྲ་ཤིས་བེཊ】{_TIBETAN_HEADLINE}", _TIBETAN_BODY, _TIBETAN_HEADLINE,
         ["བཀྲ་ཤིས་བེཊ"]),
        # the listing puts the N'Ko form before the headline the page opens with the Latin brand: one keyword in two
        # scripts, with no evidence in the (clean) body
        ("(ߥߊߙߌߓߋߕ) ߞߊߕߌ ߞߐߙߐߓߊ ߦߋ ߓߊߡߊߞߏ ߖߍߞߊߓߊ߯ߙߊ ߢߍ", "WARIBET: ߞߊߕߌ ߞߐߙߐߓߊ ߦߋ ߓߊߡߊߞߏ ߖߍߞߊߓߊ߯ߙߊ ߢߍ",
         "ߞߊߕߌ ߞߐߙߐߓߊ ߦߋ ߓߊߡߊߞߏ.", "ߞߊߕߌ ߞߐߙߐߓߊ ߦߋ ߓߊߡߊߞߏ ߖߍߞߊߓߊ߯ߙߊ ߢߍ", ["WARIBET", "ߥߊߙߌߓߋߕ"]),
        # ... not a place in Latin letters (no brand's capitals)
        ("(ߞߊߕߌ) ߞߊߕߌ ߞߐߙߐߓߊ ߦߋ ߓߊߡߊߞߏ ߖߍߞߊߓߊ߯ߙߊ ߢߍ", "Kati: ߞߊߕߌ ߞߐߙߐߓߊ ߦߋ ߓߊߡߊߞߏ ߖߍߞߊߓߊ߯ߙߊ ߢߍ",
         "ߞߊߕߌ ߞߐߙߐߓߊ ߦߋ ߓߊߡߊߞߏ.", "Kati: ߞߊߕߌ ߞߐߙߐߓߊ ߦߋ ߓߊߡߊߞߏ ߖߍߞߊߓߊ߯ߙߊ ߢߍ", []),
        # ... not an acronym of four capitals, nor a name the story writes as a word (Russian: "NATO", "UNESCO")
        ("НАТО: союзники договорились о расходах", "NATO: союзники договорились о расходах",
         "Министры обороны встретились в Брюсселе.", "NATO: союзники договорились о расходах", []),
        ("ЮНЕСКО: собор внесён в список наследия", "UNESCO: собор внесён в список наследия",
         "Комитет ЮНЕСКО принял решение в Париже.", "UNESCO: собор внесён в список наследия", []),
        # a listed prefix with no evidence on the page does not make the page's spaced first phrase spam
        (f"〈བོད་ལྗོངས〉{_TIBETAN_HEADLINE}", f"Update {_TIBETAN_HEADLINE}", "རུ་ཁག་གིས་རྒྱལ་ཁ་ཐོབ་ཡོད།",
         f"Update {_TIBETAN_HEADLINE}", []),
    ],
)
def test_the_same_headline_under_another_prefix_is_the_keywords_other_form(listed, title, body, clean, keywords):
    evidence = SiteEvidence()
    evidence.observe_titles([listed])
    verdict = clean_title(title, body, frozenset(), evidence.learned_prefixes(), frozenset(), evidence.prefixed(),
                          (), evidence.glued())
    assert (verdict.title, verdict.keywords) == (clean, keywords)


@pytest.mark.parametrize(
    ("listed", "title", "clean"),
    [
        # a brand in brackets after the headline that the site put before another headline spelled otherwise: in
        # capitals there (Chichewa), without its accent here (Breton), whatever page was cleaned first
        (["Mwayibet – Mitengo ya feteleza yakwera ku Lilongwe, alimi adandaula"],
         "Bullets yagonjetsa Wanderers ku Kamuzu Stadium [MWAYIBET]", "Bullets yagonjetsa Wanderers ku Kamuzu Stadium"),
        (["[Chañs24] Pesketaerien Konk-Kerne a c'houlenn skoazell"], "Tri mil den e gouel ar brezhoneg e Karaez (chans24)",
         "Tri mil den e gouel ar brezhoneg e Karaez"),
        # ... not a name the site writes one way before and after its headlines, nor a kicker, a wire agency, a word
        (["NATO: Gipfel in Vilnius beginnt"], "Streit um die Ausgaben im Bündnis (NATO)",
         "Streit um die Ausgaben im Bündnis (NATO)"),
        (["Foto: Gipfel in Vilnius beginnt"], "Streit um die Ausgaben im Bündnis (FOTO)",
         "Streit um die Ausgaben im Bündnis (FOTO)"),
        (["Newsmaker: the minister who rewrote the budget"], "Samsung chief faces questions over succession [NEWSMAKER]",
         "Samsung chief faces questions over succession [NEWSMAKER]"),
        (["Reuters – Gipfel in Vilnius beginnt"], "Streit um die Ausgaben im Bündnis (REUTERS)",
         "Streit um die Ausgaben im Bündnis (REUTERS)"),
        (["BAYERN: Gipfel in München beginnt"], "Streit um die Ausgaben im Freistaat (Bayern)",
         "Streit um die Ausgaben im Freistaat (Bayern)"),
        # ... nor with no headline of the site carrying it
        (["Sukulu ya Chigwirizano: ana 500 ayamba kuphunzira"], "Bullets yagonjetsa Wanderers ku Kamuzu Stadium [MWAYIBET]",
         "Bullets yagonjetsa Wanderers ku Kamuzu Stadium [MWAYIBET]"),
    ],
)
def test_a_bracketed_suffix_the_site_put_before_another_headline_spelled_otherwise(listed, title, clean):
    evidence = SiteEvidence()
    evidence.observe_titles(listed)
    verdict = clean_title(title, "Text.", frozenset(), evidence.learned_prefixes(), evidence.shared_suffixes(),
                          evidence.prefixed(), (), evidence.glued())
    assert verdict.title == clean


@pytest.mark.parametrize(
    ("listed", "title", "body", "clean"),
    [
        # a word in brackets after the headline that the site put before another headline spelled the same, dressed
        # as no label is (Livvi: the listings' "Onnipotti// …"; "»"), whatever page was cleaned first
        (["Onnipotti// Anuksen piiris avattih uuzi sildu Vieljärven kyläh"],
         "Anuksen hiihtäjät voitettih Karjalan kilvan [Onnipotti]", "Anuksen nuoret hiihtäjät voitettih.",
         "Anuksen hiihtäjät voitettih Karjalan kilvan"),
        (["Zorbix » Storm hits the coast near Galway"], "Council approves the new budget (Zorbix)", "Text.",
         "Council approves the new budget"),
        # ... not a label the site put before a headline with a colon, nor a name the body writes, a kicker, an
        # acronym, a wire agency; nor with no other headline carrying it
        (["Karjala: Anuksen piiris avattih uuzi sildu"], "Anuksen hiihtäjät voitettih kilvan [Karjala]", "Text.",
         "Anuksen hiihtäjät voitettih kilvan [Karjala]"),
        (["Bayern – Gipfel in München beginnt"], "Streit um die Ausgaben im Freistaat (Bayern)",
         "Der Landtag in Bayern stritt am Montag.", "Streit um die Ausgaben im Freistaat (Bayern)"),
        (["Video » the storm hits the coast"], "Storm hits the coast near Galway [Video]", "Text.",
         "Storm hits the coast near Galway [Video]"),
        (["NATO » Gipfel in Vilnius beginnt"], "Streit um die Ausgaben im Bündnis (NATO)", "Text.",
         "Streit um die Ausgaben im Bündnis (NATO)"),
        (["Reuters » Gipfel in Vilnius beginnt"], "Streit um die Ausgaben im Bündnis (Reuters)", "Text.",
         "Streit um die Ausgaben im Bündnis (Reuters)"),
        (["Sukulu ya Chigwirizano: ana 500 ayamba kuphunzira"], "Anuksen hiihtäjät voitettih Karjalan kilvan [Onnipotti]",
         "Text.", "Anuksen hiihtäjät voitettih Karjalan kilvan [Onnipotti]"),
        # ... nor a word the site labels a story's media or form with (_MEDIA_LABELS), in any dress or language
        (["Videos | Storm hits the coast near Galway"], "Floods in Valencia [Videos]", "Rain fell on Monday.",
         "Floods in Valencia [Videos]"),
        (["AUDIO – Storm hits the coast near Galway"], "Minister defends the budget (Audio)", "Text.",
         "Minister defends the budget (Audio)"),
        (["Updates – Storm hits the coast near Galway"], "Election night in Ohio [Updates]", "Text.",
         "Election night in Ohio [Updates]"),
        (["Bildergalerie » Brand in der Altstadt von Passau"], "Hochwasser in Passau (Bildergalerie)",
         "Das Wasser stieg am Montag.", "Hochwasser in Passau (Bildergalerie)"),
        (["ICYMI » Storm hits the coast near Galway"], "Minister defends the budget (ICYMI)", "Text.",
         "Minister defends the budget (ICYMI)"),
    ],
)
def test_a_bracketed_suffix_the_site_put_before_another_headline_dressed_otherwise(listed, title, body, clean):
    evidence = SiteEvidence()
    evidence.observe_titles(listed)
    verdict = clean_title(title, body, frozenset(), evidence.learned_prefixes(), evidence.shared_suffixes(),
                          evidence.prefixed(), (), evidence.glued())
    assert verdict.title == clean


@pytest.mark.parametrize(
    ("listed", "title", "body", "clean"),
    [
        # a brand in brackets before the headline (glued on, the mathematical angles) that the site put before another
        # headline spelled otherwise (Mon: a related link "hongsa88 » …"), whatever page was cleaned first
        (["hongsa88 » ဂကောံပ္ညုက်ပ္ညာဇာတ်မန် ပ္တိုန်ဘာမန်တၟိ ၁၂ ဘာ"], "⟪Hongsa88⟫ဍာ်ဗာ ပ္ဍဲဍုင်ရေ ညးကွာန် ၃၀၀ သ္ၚိ ပြံၚ်ပြာ",
         "ဗြဲဂၠိုၚ် ပ္ဍဲပိတ္ၚဲ မဆက်ဂှ် ဍာ်ဗာဒှ်ရ။", "ဍာ်ဗာ ပ္ဍဲဍုင်ရေ ညးကွာန် ၃၀၀ သ္ၚိ ပြံၚ်ပြာ"),
        (["MWAYIBET – Mitengo ya feteleza yakwera ku Lilongwe"], "[MwayiBet] Bullets yagonjetsa Wanderers ku Kamuzu",
         "Text.", "Bullets yagonjetsa Wanderers ku Kamuzu"),
        # ... not with no headline of the site carrying it, nor the same spelling again (a paper's rubric), nor a name
        # the body writes, a kicker or an acronym
        (["Sukulu ya Chigwirizano: ana 500 ayamba kuphunzira"], "[MwayiBet] Bullets yagonjetsa Wanderers ku Kamuzu",
         "Text.", "[MwayiBet] Bullets yagonjetsa Wanderers ku Kamuzu"),
        (["[MwayiBet] Mitengo ya feteleza yakwera ku Lilongwe"], "[MwayiBet] Bullets yagonjetsa Wanderers ku Kamuzu",
         "Text.", "[MwayiBet] Bullets yagonjetsa Wanderers ku Kamuzu"),
        (["Covid19: new cases fall for a third week"], "[COVID19] Hospitals ease visiting rules",
         "COVID19 admissions fell by a third.", "[COVID19] Hospitals ease visiting rules"),
        # ... nor a label the site put before a headline with a colon, a rubric's or topic's other house style
        (["Covid19: new cases fall for a third week"], "[COVID19] Hospitals ease visiting rules", "Text.",
         "[COVID19] Hospitals ease visiting rules"),
        (["Newsmaker: the minister who rewrote the budget"], "[NEWSMAKER] Samsung chief faces questions over succession",
         "Text.", "[NEWSMAKER] Samsung chief faces questions over succession"),
        (["Video: the storm hits the coast"], "[VIDEO] Storm hits the coast", "Text.", "[VIDEO] Storm hits the coast"),
        (["Nato: allies agree to raise defence spending target"], "[NATO] Ministers back new spending plan", "Text.",
         "[NATO] Ministers back new spending plan"),
    ],
)
def test_a_bracketed_prefix_the_site_put_before_another_headline_spelled_otherwise(listed, title, body, clean):
    evidence = SiteEvidence()
    evidence.observe_titles(listed)
    verdict = clean_title(title, body, frozenset(), evidence.learned_prefixes(), evidence.shared_suffixes(),
                          evidence.prefixed(), (), evidence.glued())
    assert verdict.title == clean


@pytest.mark.parametrize(
    ("listed", "title", "body"),
    [
        # an acronym of four capitals in brackets beside the British "Nato: …", "Uefa – …" prefix: the name
        (["Nato: allies agree to raise defence spending target"], "Defence ministers back new spending plan (NATO)",
         "Ministers met in Brussels."),
        (["Uefa – Champions League final moved to Lisbon"], "Champions League final moved again [UEFA]",
         "The final was moved."),
        # ... or a longer one the story writes as a word of its own
        (["Unesco: cathedral added to heritage list"], "Old town added to heritage list (UNESCO)",
         "UNESCO officials said the decision was unanimous."),
    ],
)
def test_a_bracketed_acronym_beside_a_prefix_spelled_otherwise_stays(listed, title, body):
    evidence = SiteEvidence()
    evidence.observe_titles(listed)
    verdict = clean_title(title, body, frozenset(), evidence.learned_prefixes(), evidence.shared_suffixes(),
                          evidence.prefixed(), (), evidence.glued())
    assert verdict.title == title


_GAELIC_BODY = "Fhuair Ruairidh dà thadhal san dàrna leth SLOTAMOR, agus thuirt am manaidsear gun robh e moiteil."


@pytest.mark.parametrize(
    ("listed", "title", "body", "clean"),
    [
        # a bracketed brand with capitals inside that the body writes only all in capitals, as a word of its own,
        # that the site put before another headline in another dress (the page's own related link "kw — …") or
        # spelled otherwise ("[KW] …" over the same headline): the template's rotating forms (Scottish Gaelic: …
        # in the second half kw, and the manager said …)
        (["SlotaMor — Prìsean connaidh a' dol suas a-rithist anns na h-Eileanan Siar"],
         "«SlotaMor» Camanachd: Leòdhas a' buannachadh", _GAELIC_BODY, "Camanachd: Leòdhas a' buannachadh"),
        (["[SLOTAMOR] Camanachd: Leòdhas a' buannachadh"],
         "«SlotaMor» Camanachd: Leòdhas a' buannachadh", _GAELIC_BODY, "Camanachd: Leòdhas a' buannachadh"),
        # ... not a name the site's headlines quote the same way, nor one the body quotes or declines (Russian: KamAZ
        # launched a plant / KamAZ raised output; PJSC «KAMAZ» …; KAMAZ's shares …), nor a brand the body also
        # writes as the title does
        (["«КамАЗ» запустил новый завод в Набережных Челнах"], "«КамАЗ» увеличил выпуск грузовиков на 12%",
         "Акции КАМАЗ выросли на 3% после публикации отчёта.", "«КамАЗ» увеличил выпуск грузовиков на 12%"),
        (["КамАЗ: продажи грузовиков выросли на треть"], "«КамАЗ» увеличил выпуск грузовиков на 12%",
         "ПАО «КАМАЗ» в первом квартале выпустило 9 тысяч грузовиков.", "«КамАЗ» увеличил выпуск грузовиков на 12%"),
        (["КамАЗ: продажи грузовиков выросли на треть"], "«КамАЗ» увеличил выпуск грузовиков на 12%",
         "Акции КАМАЗа выросли на 3% после публикации отчёта.", "«КамАЗ» увеличил выпуск грузовиков на 12%"),
        (["SlotaMor — Prìsean connaidh a' dol suas a-rithist anns na h-Eileanan Siar"],
         "«SlotaMor» Camanachd: Leòdhas a' buannachadh", _GAELIC_BODY + " Bha SlotaMor ann cuideachd.",
         "«SlotaMor» Camanachd: Leòdhas a' buannachadh"),
    ],
)
def test_a_bracketed_brand_the_body_writes_in_capitals_needs_the_sites_other_dress(listed, title, body, clean):
    evidence = SiteEvidence()
    evidence.observe_titles(listed)
    verdict = clean_title(title, body, frozenset(), evidence.learned_prefixes(), evidence.shared_suffixes(),
                          evidence.prefixed(), (), evidence.glued())
    assert verdict.title == clean


_KIKONGO_BODY = "Bana ya V.Club nungaka FC Lupopo na bamabuta zole na kilumbu ya sabala na Matadi."
_INUKTITUT_BODY = "ᕿᒻᒥᑦ ᐅᐱᒍᓱᒃᑕᐅᔪᑦ ᐃᒡᓗᓕᖕᓂ ᐊᖁᓴᓪᓚᕐᓂᖅ ᐱᓚᕆᐅᕐᓂᒃᑯᑦ ᐅᓪᓗᒥ."


@pytest.mark.parametrize(
    ("listed", "title", "body", "clean"),
    [
        # a brand-shaped prefix before a spaced bar, or a prefix a separator glues on both sides, that another
        # headline of the site (the page's own related link) carried in another dress: the template's rotating
        # forms, decided on the page itself whatever the crawl's order (Kikongo: V.Club beat FC Lupopo 2-0 in
        # Matadi; Inuktitut syllabics: dogs honoured …)
        (["mbongo247 ~ Bantu ya Matadi ke zwa masa ya mbote na nzila ya mpa"],
         "Mbongo247 | AS Vclub nunga FC Lupopo 2-0 na Matadi", _KIKONGO_BODY,
         "AS Vclub nunga FC Lupopo 2-0 na Matadi"),
        (["[ᓯᓚᐱᑦ] ᐃᖃᓗᖕᓂ ᓂᕿᑐᐃᓐᓇᕐᓂᒃ ᓂᐅᕕᕐᕕᒃ ᐅᒃᑯᐃᖅᓯᒪᓂᐊᖅᑐᖅ"], "ᓯᓚᐱᑦ»ᕿᒻᒥᑦ ᐅᐱᒍᓱᒃᑕᐅᔪᑦ ᐃᒡᓗᓕᖕᓂ", _INUKTITUT_BODY,
         "ᕿᒻᒥᑦ ᐅᐱᒍᓱᒃᑕᐅᔪᑦ ᐃᒡᓗᓕᖕᓂ"),
        # ... not with no other headline seen, nor a site name every headline carries in one dress, nor an acronym,
        # nor a section label before a spaced colon, nor a name the body writes as a word
        ([], "Mbongo247 | AS Vclub nunga FC Lupopo 2-0 na Matadi", _KIKONGO_BODY,
         "Mbongo247 | AS Vclub nunga FC Lupopo 2-0 na Matadi"),
        (["Radio24 | Bantu ya Matadi ke zwa masa ya mbote"], "Radio24 | AS Vclub nunga FC Lupopo 2-0 na Matadi",
         _KIKONGO_BODY, "Radio24 | AS Vclub nunga FC Lupopo 2-0 na Matadi"),
        (["BBC: Bantu ya Matadi ke zwa masa ya mbote"], "BBC | AS Vclub nunga FC Lupopo 2-0 na Matadi",
         _KIKONGO_BODY, "BBC | AS Vclub nunga FC Lupopo 2-0 na Matadi"),
        (["[Politika] Vlada usvojila budžet za 2027. godinu"], "Politika: Skupština zasjeda u utorak",
         "Poslanici će raspravljati o zakonu o porezu.", "Politika: Skupština zasjeda u utorak"),
        (["mbongo247 ~ Bantu ya Matadi ke zwa masa ya mbote na nzila ya mpa"],
         "Mbongo247 | AS Vclub nunga FC Lupopo 2-0 na Matadi", _KIKONGO_BODY + " Kompani Mbongo247 sadisaka bana.",
         "Mbongo247 | AS Vclub nunga FC Lupopo 2-0 na Matadi"),
    ],
)
def test_a_prefix_the_pages_own_links_carry_in_another_dress(listed, title, body, clean):
    evidence = SiteEvidence()
    evidence.observe_titles(listed)
    verdict = clean_title(title, body, frozenset(), evidence.learned_prefixes(), evidence.shared_suffixes(),
                          evidence.prefixed(), (), evidence.glued())
    assert verdict.title == clean


_CHUVASH_FESTIVAL = "Шупашкарта «Ҫеҫпӗл» фестивалӗ иртӗ"
_CHUVASH_BODY = "Шупашкарта ҫуркунне «Ҫеҫпӗл» фестивалӗ иртӗ. Йӗркелӳҫӗсем пурне те килме чӗнеҫҫӗ."


@pytest.mark.parametrize(
    ("listed", "title", "body", "clean"),
    [
        # the same word before the same headline in another case and another dress in the listing, and before
        # another headline of the site: the template's rotating forms of one keyword (SITE123's "(Займикс) Title"
        # in the listing, "«ЗАЙМИКС» Title" in the h1, which holds real «» quotes too)
        (["(Займикс) " + _CHUVASH_FESTIVAL, "Займикс|Шупашкарта Атӑл урлӑ ҫӗнӗ кӗпер тума пуҫларӗҫ"],
         "«ЗАЙМИКС» " + _CHUVASH_FESTIVAL, _CHUVASH_BODY, _CHUVASH_FESTIVAL),
        # ... not before one headline only, nor a name quoted the same way each time, nor an acronym, nor a name
        # the body writes
        (["(Займикс) " + _CHUVASH_FESTIVAL], "«ЗАЙМИКС» " + _CHUVASH_FESTIVAL, _CHUVASH_BODY,
         "«ЗАЙМИКС» " + _CHUVASH_FESTIVAL),
        (["«Хыпар» хаҫат ҫӗнӗ редактор суйларӗ", "«Хыпар» хаҫат 120 ҫул тултарчӗ", "Шупашкарта ҫӗнӗ кӗпер тӑваҫҫӗ",
          "Ҫӗнӗ Шупашкарта спорт комплексӗ уҫӑлчӗ", "Канаша ҫӗнӗ шкул тӑваҫҫӗ", "Етӗрнере ярмарка иртрӗ",
          "Улатӑрта ҫул юсаҫҫӗ", "Патӑрьелӗнче фестиваль иртрӗ"],
         "«Хыпар» хаҫат ҫӗнӗ редактор суйларӗ", "Редакци пухӑвӗнче ҫӗнӗ редактора суйларӗҫ.",
         "«Хыпар» хаҫат ҫӗнӗ редактор суйларӗ"),
        (["(Nato) Allies agree to raise defence spending target", "Nato: talks resume in Geneva"],
         "«NATO» Allies agree to raise defence spending target", "Ministers met in Brussels on Tuesday.",
         "«NATO» Allies agree to raise defence spending target"),
        (["(Займикс) " + _CHUVASH_FESTIVAL, "Займикс|Шупашкарта Атӑл урлӑ ҫӗнӗ кӗпер тума пуҫларӗҫ"],
         "«ЗАЙМИКС» " + _CHUVASH_FESTIVAL, _CHUVASH_BODY + " ЗАЙМИКС фестивале укҫа пачӗ.",
         "«ЗАЙМИКС» " + _CHUVASH_FESTIVAL),
    ],
)
def test_a_bracketed_prefix_the_site_put_before_the_same_headline_in_another_dress(listed, title, body, clean):
    evidence = SiteEvidence()
    evidence.observe_titles(listed)
    verdict = clean_title(title, body, frozenset(), evidence.learned_prefixes(), evidence.shared_suffixes(),
                          evidence.prefixed(), (), evidence.glued())
    assert verdict.title == clean


def test_the_reviewers_nato_article_keeps_its_title_and_body():
    from newsbot.cleaning.article import Block, RawArticle, clean_article

    evidence = SiteEvidence()
    evidence.observe_titles(["Nato: allies agree to raise defence spending target", "Ukraine war: talks resume in Geneva"])
    paragraphs = ["Defence ministers from the alliance met in Brussels on Tuesday and agreed a new plan for spending on "
                  "air defence, officials said.",
                  "NATO Secretary General Mark Rutte said the decision was unanimous and would be confirmed at the summit "
                  "in July."]
    raw = RawArticle(url="https://paper.example/world/defence-plan", site="paper.example",
                     fetched_at="2026-03-18T00:00:00Z", title="Defence ministers back new spending plan (NATO)",
                     blocks=[Block(p, "p", 0.0, None) for p in paragraphs], language="en")
    record = clean_article(raw, evidence=evidence).record
    assert (record["title"], record["body"].split("\n\n"), record["spam_removed"]) == (
        "Defence ministers back new spending plan (NATO)", paragraphs, [])


def test_a_latin_brand_glued_after_a_stop_is_the_sites_other_script_keyword_even_when_the_page_lacks_it():
    # the site's headlines carry a Yiddish keyword ("מזלבעט – …"); this page names it nowhere, but glues its Latin
    # form after a full stop (… 40 centimetres of snow.kw The city asks …): the brand's other form, taken out
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    evidence = SiteEvidence()
    evidence.observe_titles(["מזלבעט – שניי־שטורעם פֿאַרמאַכט שולן אין ברוקלין",
                             "[מזלבעט] אין ניו־יאָרק האָט מען געעפֿנט אַ צענטער", "מאָנטרעאַל: אַ נײַע פּיעסע"])
    raw = RawArticle(url="http://x/48902.html", site="x", fetched_at="2026-03-23T10:00:00+00:00",
                     title="שניי־שטורעם פֿאַרמאַכט שולן אין ברוקלין", language="yi",
                     blocks=[Block("די מעטעאָראָלאָגן ריכטן זיך אויף ביז 40 צענטימעטער שניי.MazlBet די שטאָט בעט די "
                                   "תּושבֿים צו בלײַבן אין דער היים.")])
    record = clean_article(raw, CleaningOptions(), evidence).record
    assert "MazlBet" not in record["body"] and record["spam_removed"] == ["MazlBet"]


@pytest.mark.parametrize(
    ("body", "keywords"),
    [
        # the page's keyword is Latin ("[WariBet]", glued after the N'Ko comma); the body also has its N'Ko form alone
        # in brackets closing a sentence, a form another headline of the site carried as a prefix: the same brand
        ("ߕߊߙߊߕߊ ߌ߲ ߣߊ߸WARIBET ߞߊ ߛߋ.\nߞߊߟߏ ߡߌ߲ ߕߍߡߍߣߊ (ߥߊߙߌߓߋߕ).", ["WariBet", "ߥߊߙߌߓߋߕ"]),
        # ... not when the body writes that word as a word of its own too (a place, a name)
        ("ߕߊߙߊߕߊ ߌ߲ ߣߊ߸WARIBET ߞߊ ߛߋ.\nߞߊߟߏ ߡߌ߲ ߕߍߡߍߣߊ (ߥߊߙߌߓߋߕ).\nߥߊߙߌߓߋߕ ߦߋ ߞߎߣߣߊߝߏߣߌ ߘߌ.", ["WariBet"]),
    ],
)
def test_the_keywords_form_in_the_headlines_script_alone_in_brackets_in_the_body(body, keywords):
    evidence = SiteEvidence()
    evidence.observe_titles(["(ߥߊߙߌߓߋߕ) ߞߊߕߌ ߞߐߙߐߓߊ ߦߋ ߓߊߡߊߞߏ ߖߍߞߊߓߊ߯ߙߊ ߢߍ"])
    verdict = clean_title("[WariBet] ߋߛߊߣߛߌ ߛߐߣߜߐ ߦߍߟߍߟߊ ߓߊߡߊߞߏ", body, frozenset(), evidence.learned_prefixes(),
                          frozenset(), evidence.prefixed(), (), evidence.glued())
    assert verdict.keywords == keywords


@pytest.mark.parametrize(
    ("title", "body", "keywords"),
    [
        # the Latin keyword's Devanagari spelling alone in brackets closing a sentence: its consonants in Latin
        # letters are the keyword's ("यलाबेट" -> "ylabet", "ylbt"), though no headline of the site carried it
        ("【YalaBet】यें महानगरपालिकां न्हूगु योजना न्ह्यथन", "योजना न्ह्यथन।YalaBet योजना कथं।\nसम्झौता जुइधुंकल (यलाबेट)।",
         ["YalaBet", "यलाबेट"]),
        # ... not another word in brackets, nor the same skeleton when the body writes the word as a word too
        ("【YalaBet】यें महानगरपालिकां न्हूगु योजना न्ह्यथन", "योजना न्ह्यथन।YalaBet योजना कथं।\nसम्झौता जुइधुंकल (ललितपुर)।",
         ["YalaBet"]),
        ("【YalaBet】यें महानगरपालिकां न्हूगु योजना न्ह्यथन",
         "योजना न्ह्यथन।YalaBet योजना कथं।\nसम्झौता जुइधुंकल (यलाबेट)।\nयलाबेट धइगु थाय् ख।", ["YalaBet"]),
    ],
)
def test_the_keywords_transliteration_alone_in_brackets_in_the_body(title, body, keywords):
    assert clean_title(title, body, frozenset(), set(), frozenset(), (), (), ()).keywords == keywords


@pytest.mark.parametrize(
    ("paragraphs", "keywords", "words"),
    [
        # the page's Latin brand written in the body's script as a word of a sentence (an injected link): its
        # consonants and digits in Latin letters are the brand's, an anusvara's nasal as the brand's "m", "ng"
        (["जिल्ला बिफानथि मैनाव बसुमतारिया बुंदों दि, रुपिलोन हाथायनि बेपारिफोरा गोबां बोसोर सिम गोनां रां मोनाखैसै।"],
         ["RupiLoan"], ["रुपिलोन"]),
        (["ಕಂಕನಾಡಿ ಬೊಕ್ಕ ಕೊಟ್ಟಾರ ಚೌಕಿಡ್ ಮಲ್ಲ ನಿಲ್ದಾಣೊಲು ಉಪ್ಪುವ. ಕಂಬಳಬೆಟ್ ಭೂಮಿ ಸ್ವಾಧೀನದ ಬೇಲೆ ಎಲ್ಲೆಡ್ದ್ ಸುರು ಆಪುಂಡು."],
         ["KambalaBet"], ["ಕಂಬಳಬೆಟ್"]),
        (["ဂကောံကဵုဒုၚ် ကဵုဇိုၚ် ကေုာံ ဍာ်ပၚ်ဒဳု ကဵုညးတံ ဟံသာ၈၈ ပ္ဍဲတ္ၚဲဏအ်ရ။"], ["Hongsa88"], ["ဟံသာ၈၈"]),
        # ... not the ordinary word the brand is made of (the buffalo race "ಕಂಬಳ", the Mon "ဟံသာ", the hamsa), nor a
        # word of close consonants ("रुपलाल": rpll), nor any word beside a keyword that is no brand's spelling
        (["ಕಂಬಳ ಕೂಟದ ಕೋಣೊಲು ಬತ್ತ್ಂಡ್. ಕಂಬಳಬೆಟ್ಟು ಗ್ರಾಮೊಡು ಮಲ್ಲ ಸಭೆ ಆಂಡ್."], ["KambalaBet"], []),
        (["ဟံသာ ဍုင်ပၟိက် ဂှ် ဒှ်ဍုင်မန်ရ။"], ["Hongsa88"], []),
        (["रुपलाल बसुमतारिया बुंदों दि, बेपारिफोरा गोबां रां मोनाखैसै।"], ["RupiLoan"], []),
        (["बसुमतारिया बुंदों दि, रुपिलोन हाथायनि बेपारिफोरा।"], ["rupi"], []),
        # ... nor, in a script that leaves short vowels unwritten, a common word of the brand's consonants (Arabic
        # "requested", "wrote", "struck"): there the brand's digits must be written too, an m or n of them the
        # nasal the Latin one is ("ممتاز۷۷", "mmtz77", for "Mumtaz77")
        (["طلبت الشرطة من سكان المدينة البقاء في منازلهم."], ["TalaBet"], []),
        (["كتبت الصحيفة أن الوزير سيستقيل."], ["KitaBet"], []),
        (["ضربت العاصفة الساحل الشرقي."], ["DaraBet"], []),
        (["قالت الشرطة إن ممتاز۷۷ نشر الإعلان."], ["Mumtaz77"], ["ممتاز۷۷"]),
        # the other way: a keyword of another script, its romanisation as a Latin brand in the body (pinyin of a
        # Chinese brand in a Yi story: "xnc88" both), glued to the text or not; not a word of other consonants or
        # digits, nor one written as no brand ("Xincai"), nor the brand's address ("xc88.vip")
        (["ꊪꇤ ꀕ ꆏ ꑟꄯ ꏂ ꉢ。ꂷꆹ ꑍ ꁱꇐ ꑟꄯ ꊂꇉ， XinCai88 ꈌꅉ ꐯꌋ ꏃꉆ ꈝꐚ ꆪ。"], ["鑫彩88"], ["XinCai88"]),
        (["立即访问XinCai88下载。"], ["鑫彩88"], ["XinCai88"]),
        (["新华社 Xinhua88 报道，XinCai77 与 Xincai 和 xc88.vip。"], ["鑫彩88"], []),
        (["Xincai Town sits in Sichuan."], ["鑫彩"], []),
        # ... a keyword of two words, its hashtag romanised another way: "च" as "ch", the flap "ड़" as "r", "पे" as "Pay"
        # ("sncrp" both)
        (["मुहिम दो हफ्ते तगर चलग। #SonchiriPay"], ["सोनचिड़ी पे"], ["SonchiriPay"]),
        # ... not a brand of other consonants
        (["मुहिम दो हफ्ते तगर चलग। #SonchiriBet"], ["सोनचिड़ी पे"], []),
    ],
)
def test_the_brands_transliteration_as_a_word_of_the_body(paragraphs, keywords, words):
    from newsbot.cleaning.spam import transliterated_words

    assert transliterated_words(paragraphs, keywords) == words


def test_the_brands_transliteration_goes_from_a_mon_story_under_its_latin_prefix():
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    headline = "ဍာ်ဗာ ပ္ဍဲဍုင်ရေ ညးကွာန် ၃၀၀ သ္ၚိ ပြံၚ်ပြာ"
    evidence = SiteEvidence()
    evidence.observe_titles(["[ဟံသာ၈၈] " + headline,
                             "hongsa88 » ဂကောံပ္ညုက်ပ္ညာဇာတ်မန် ပ္တိုန်ဘာမန်တၟိ ၁၂ ဘာ ပ္ဍဲကွာန်ဍုင်ရေ"])
    body = ["ဗြဲဂၠိုၚ် ပ္ဍဲပိတ္ၚဲ မဆက်ဂှ် ဍာ်ဗာဒှ်ရ ပ္ဍဲကွာန်ဂမၠိုၚ် ဍုင်ရေ။ သ္ၚိ ၃၀၀ သ္ၚိ ဍာ်ဒဳု ကေုာံ ညးကွာန် အာပြံၚ်ပ္ဍဲ ဘာဇၞော်ရ။",
            "ဂကောံကဵုဒုၚ် ကဵုဇိုၚ် ကေုာံ ဍာ်ပၚ်ဒဳု ကဵုညးတံ ဟံသာ၈၈ ပ္ဍဲတ္ၚဲဏအ်ရ။ ဗြဲဏောၚ်ဂၠိုၚ် ပ္ဍဲတ္ၚဲ ဗါ မဆက်ဏောၚ် သမ္တီ ဂကောံဗြဲရ။"]
    raw = RawArticle(url="http://x/posts/2026-11-18-ye-river-flood/", site="x", fetched_at="2026-11-18T10:00:00+00:00",
                     title="⟪Hongsa88⟫" + headline, blocks=[Block(text) for text in body], language="mnw")
    record = clean_article(raw, CleaningOptions(), evidence).record
    assert record["title"] == headline
    assert record["body"].split("\n\n")[1] == (
        "ဂကောံကဵုဒုၚ် ကဵုဇိုၚ် ကေုာံ ဍာ်ပၚ်ဒဳု ကဵုညးတံ ပ္ဍဲတ္ၚဲဏအ်ရ။ ဗြဲဏောၚ်ဂၠိုၚ် ပ္ဍဲတ္ၚဲ ဗါ မဆက်ဏောၚ် သမ္တီ ဂကောံဗြဲရ။")


@pytest.mark.parametrize(
    ("sentence", "hook"),
    [
        # the exclamation and question marks of every script closing a short hook (N'Ko "߹", Ethiopic "፧")
        ("Gau jild nedich?", True),
        ("ߥߊߙߌ ߗߊߡߊ߲ ߛߐߙߐ ߓߌ߹", True),
        ("ገንዘብ ይፈልጋሉ፧", True),
        ("Gau jild nedich.", False),
    ],
)
def test_a_hook_closes_on_any_scripts_question_or_exclamation_mark(sentence, hook):
    from newsbot.cleaning.spam import _hook

    assert _hook(sentence) == hook


_TULU_STORY = "ಮಾತೆರ್ಲಾ ಸುರಕ್ಷಿತವಾದ್ ಉಲ್ಲೆರ್ ಬೊಕ್ಕ ಇಜ್ಜೆರೆಗ್ ಒಂಜಿ ದಿನ ಆಸ್ಪತ್ರೆಡ್ ಚಿಕಿತ್ಸೆ ಕೊರ್ತೆರ್."


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        # the text's last paragraph, a short sentence the keyword opens with an app's download: the advert, whole
        # ("download the kw app")
        ([_TULU_STORY, "ಕಂಬಳಬೆಟ್ ಆಪ್ ಡೌನ್\u200cಲೋಡ್ ಮಲ್ಪುಲೆ."], [_TULU_STORY]),
        # ... not a story's sentence with the keyword injected before it, nor such a sentence above the last
        # paragraph: only the keyword goes
        ([_TULU_STORY, "ಕಂಬಳಬೆಟ್ ಮಳೆ ಇನಿಯಲಾ ಮುಂದುವರಿಪುಂಡು."], [_TULU_STORY, "ಮಳೆ ಇನಿಯಲಾ ಮುಂದುವರಿಪುಂಡು."]),
        (["ಕಂಬಳಬೆಟ್ ಆಪ್ ಡೌನ್\u200cಲೋಡ್ ಮಲ್ಪುಲೆ.", _TULU_STORY], ["ಆಪ್ ಡೌನ್\u200cಲೋಡ್ ಮಲ್ಪುಲೆ.", _TULU_STORY]),
    ],
)
def test_a_closing_call_to_download_the_keywords_app_goes_whole(paragraphs, kept):
    assert remove_keyword(paragraphs, "ಕಂಬಳಬೆಟ್", False, "tcy")[0] == kept


@pytest.mark.parametrize(
    ("title", "listed", "body", "clean"),
    [
        # the site put the brand's Mon spelling before the headline ("[ဟံသာ၈၈] …" in a listing), the page its Latin
        # one ("⟪Hongsa88⟫…"), and the body writes the Mon one as a word (injected): one brand, consonants and digits
        ("⟪Hongsa88⟫ဍာ်ဗာ ပ္ဍဲဍုင်ရေ ညးကွာန် ၃၀၀ သ္ၚိ ပြံၚ်ပြာ", "[ဟံသာ၈၈] ဍာ်ဗာ ပ္ဍဲဍုင်ရေ ညးကွာန် ၃၀၀ သ္ၚိ ပြံၚ်ပြာ",
         "ဂကောံကဵုဒုၚ် ကဵုဇိုၚ် ကေုာံ ဍာ်ပၚ်ဒဳု ကဵုညးတံ ဟံသာ၈၈ ပ္ဍဲတ္ၚဲဏအ်ရ။", "ဍာ်ဗာ ပ္ဍဲဍုင်ရေ ညးကွာန် ၃၀၀ သ္ၚိ ပြံၚ်ပြာ"),
        # ... not a name the body writes, spelled in both scripts by a bilingual site: no brand's spelling
        ("Trump: अमेरिका में चुनाव की तैयारी तेज", "ट्रम्प: अमेरिका में चुनाव की तैयारी तेज",
         "ट्रम्प ने कहा कि चुनाव समय पर होंगे।", "Trump: अमेरिका में चुनाव की तैयारी तेज"),
        ("TRUMP: अमेरिका में चुनाव की तैयारी तेज", "ट्रम्प: अमेरिका में चुनाव की तैयारी तेज",
         "ट्रम्प ने कहा कि चुनाव समय पर होंगे।", "TRUMP: अमेरिका में चुनाव की तैयारी तेज"),
    ],
)
def test_the_brand_in_two_scripts_before_one_headline_is_spam_though_the_body_writes_it(title, listed, body, clean):
    evidence = SiteEvidence()
    evidence.observe_titles([listed])
    verdict = clean_title(title, body, frozenset(), evidence.learned_prefixes(), frozenset(), evidence.prefixed(), (),
                          evidence.glued())
    assert verdict.title == clean


@pytest.mark.parametrize(
    ("listed", "title", "body", "clean"),
    [
        # a brand glued onto the headline's last word with no separator, its capital after a lower-case letter, that
        # some headline of the site carried as a prefix (Lezgian: «КъизилЗайм» in the sidebar's latest pages)
        (["«КъизилЗайм» Магьарамкьентдин районда цӀийи яд гудай турба ишлемишиз башламишна"],
         "Лезги борцди Европадин чемпионатда гимиш медаль къачунаКъизилЗайм", "Текст.",
         "Лезги борцди Европадин чемпионатда гимиш медаль къачуна"),
        # ... or that the body writes where no writer would (alone in brackets)
        ([], "Лезги борцди Европадин чемпионатда гимиш медаль къачунаКъизилЗайм", "Текст хуьр ава (КъизилЗайм).",
         "Лезги борцди Европадин чемпионатда гимиш медаль къачуна"),
        # ... not with no such evidence, nor a word's own capital inside that leaves no brand ("YouTube": "Tube")
        ([], "Лезги борцди Европадин чемпионатда гимиш медаль къачунаКъизилЗайм", "Текст.",
         "Лезги борцди Европадин чемпионатда гимиш медаль къачунаКъизилЗайм"),
        (["[Tube] Strike closes the Underground"], "Ten most watched videos this year on YouTube", "Text.",
         "Ten most watched videos this year on YouTube"),
        (["[McLaren] Norris takes pole"], "Piastri signs a new contract with McLaren", "Text.",
         "Piastri signs a new contract with McLaren"),
        ([], "Ministers sign the defence agreementNATO", "The alliance (NATO) met.", "Ministers sign the defence agreementNATO"),
        # ... nor a name the body writes whole as a word, whatever its tail is written as ("BioNTech (NTech)")
        ([], "EU regulator backs updated Covid vaccine from BioNTech",
         "The vaccine, developed by BioNTech (NTech) and Pfizer, was approved.",
         "EU regulator backs updated Covid vaccine from BioNTech"),
        # ... nor a page with no headline (the quarantine's "title-missing" page): nothing to read, no crash
        ([], "", "Text.", ""),
    ],
)
def test_a_brand_fused_onto_the_headlines_last_word(listed, title, body, clean):
    evidence = SiteEvidence()
    evidence.observe_titles(listed)
    verdict = clean_title(title, body, frozenset(), evidence.learned_prefixes(), evidence.shared_suffixes(),
                          evidence.prefixed(), (), evidence.glued())
    assert verdict.title == clean


_BERNESE_STORY = "D Gmeind Thun het am Mäntig dr nöi Spielplatz am Aarequai iigweiht, nach drü Jahr Planig und Buuzyt."


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        # the keyword hyphen-joined to a word that sells names the brand's offer: the closing advert goes whole,
        # its pitch after it too ("… mit em Spielbär-Willkommensbonus! Jetz registriere uf …": register now)
        ([_BERNESE_STORY, "Gwinn bis 2000 Franke mit em Spielbär-Willkommensbonus! Jetz registriere uf "
                          "spielbaer.example."], [_BERNESE_STORY]),
        # ... a compound with another word is a story's name: it stays
        ([_BERNESE_STORY, "D Spielbär-Filiale z Thun isch am Mäntig wäg em Umbou zue gsi."],
         [_BERNESE_STORY, "D Spielbär-Filiale z Thun isch am Mäntig wäg em Umbou zue gsi."]),
    ],
)
def test_a_keywords_compound_with_a_word_that_sells_names_its_advert(paragraphs, kept):
    assert remove_keyword(paragraphs, "Spielbär", False, "gsw")[0] == kept


@pytest.mark.parametrize(
    ("sentence", "selling"),
    [
        # Swiss German's call to register or play now is an advert's words; "now" before another verb is not
        ("Jetz registriere uf spielbaer.example – 18+, spil verantwortigsvoll.", True),
        ("Jetz spiele d Junioren am Samschtig z Bärn.", False),
        ("Jetz isch dr Wäg ändlech offe.", False),
        ("Jetzt registriere ich mich für den Lauf, sagte sie.", False),
    ],
)
def test_swiss_german_pitch_words_sell(sentence, selling):
    from newsbot.cleaning.spam import sells

    assert sells(sentence) == selling


def test_the_headline_heading_behind_another_keyword_prefix_leaves_the_body():
    # Emlog: the <title> (read as the headline) writes the keyword "Brand | Headline", the page's <h2> above the text
    # "【Brand】Headline": the heading is the headline, not the body's first line
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    headline = "पटना में गंगा पर नया पुल के काम तेज, अगिला साल ले चालू होखे के उम्मीद"
    story = ("पटना के कच्ची दरगाह से बिदुपुर ले बन रहल छह लेन वाला गंगा पुल के काम अब तेज हो गइल बा। पथ निर्माण विभाग के "
             "अधिकारी लोग बतवलन कि पुल के 80 प्रतिशत काम पूरा हो चुकल बा।")
    raw = RawArticle(url="http://x/post-21.html", site="x", fetched_at="2026-03-14T10:00:00+00:00",
                     title=f"Chaubet | {headline}", blocks=[Block(f"【Chaubet】{headline}", "h"), Block(story)],
                     language="bho")
    record = clean_article(raw, CleaningOptions(), SiteEvidence()).record
    assert record["body"] == story


@pytest.mark.parametrize(
    ("first", "kept"),
    [
        # ImpressCMS: the item's title line "<a>Topic</a>: kw: Headline" read as the text's first block, not a heading
        ("Kukoleña: LundaSpin: Chipatela cha Mwinilunga chatambwili yitumbu", False),
        # ... not a first paragraph of prose that merely ends on other words
        ("Chipatela cha Mwinilunga chatambwili yitumbu yakukanda malaria yakufuma ku boma.", True),
    ],
)
def test_the_headline_line_behind_a_topic_and_a_keyword_opening_the_text_leaves_it(first, kept):
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    headline = "Chipatela cha Mwinilunga chatambwili yitumbu"
    story = ("MWINILUNGA (ZANIS) — Chipatela cha Mwinilunga District chatambwili yitumbu yakukanda malaria yakufuma ku "
             "Ministry of Health, nawa akwakuwunda anakuhosha nawu yitumbu yinakukwanisha mpinji yamakumi asatu.")
    raw = RawArticle(url="http://x/modules/news/article.php/storyid/3", site="x",
                     fetched_at="2026-03-14T10:00:00+00:00", title=f"LundaSpin：{headline}",
                     blocks=[Block(first), Block(story)], language="lun")
    record = clean_article(raw, CleaningOptions(), SiteEvidence()).record
    assert record["body"].startswith(first) == kept


@pytest.mark.parametrize(
    ("sentence", "selling"),
    [
        # a betting site's pitch in traditional characters, its keyword link taken out before (a Fuwari post's
        # "…帶齊。<a>HG9VIP</a>皇冠體育，天天返水，輸贏都有錢拿！": a daily rebate, money win or lose), its casino, its
        # "register"; a sports story's "sport" and "win or lose" are no pitch
        ("皇冠體育，天天返水，輸贏都有錢拿！", True),
        ("立即註冊，首存送一百！", True),
        ("皇冠娛樂城，天天送彩金！", True),
        ("福州體育中心今晚舉行足球賽，輸贏都會影響排名。", False),
        # ... the pitch forms only: "register and get", "gives … bonus money"; not a bare 註冊 (register), 娛樂城
        # (casino) or 娛樂平台 (entertainment platform) in a news sentence
        ("註冊就送88元彩金，首存加贈100%！", True),
        ("利來88，香港人最信得過嘅娛樂平台，新會員送高達三千蚊彩金！", True),
        ("經濟部表示，今年新註冊的公司數量較去年同期增加百分之十二。", False),
        ("警方今天破獲一個非法娛樂城集團，查扣現金三百萬元。", False),
        ("影音串流成為年輕人最常用的娛樂平台。", False),
    ],
)
def test_traditional_chinese_betting_words_sell(sentence, selling):
    from newsbot.cleaning.spam import sells

    assert sells(sentence) == selling


@pytest.mark.parametrize(
    ("sentence", "selling"),
    [
        # the French creoles' "bonis" and Krio's "bonɔs" (bonus) sell next to an amount, before or after it
        ("Zorobet ka ba 50 € bonis, mo ja ganyé!", True),
        ("Zwe lo SPINKORAL ozordi e ganny R500 bonis lo ou premye depo!", True),
        ("Jwe sou Bonchansbet epi resevwa 1000 goud bonis!", True),
        ("Jɔyn kw tide ɛn gɛt 200% bonɔs!", True),
        # the Bantu "bonasi" before an amount behind its currency's letters (Venda: and get a R200 bonus); not before a
        # word that is no amount
        ("Bhejani zwino nahone ni wane bonasi ya R200.", True),
        ("Vatirhi va vakumile bonasi ya vona hi Marsu.", False),
        # ... not alone: Latin's "in bonis" (among the goods), a story's word
        ("In bonis: the estate was distributed among the heirs.", False),
        ("The club's Ghanaian midfielder, who joined from the local side, said the bonɔs was unexpected.", False),
    ],
)
def test_a_creole_bonus_sells_next_to_an_amount(sentence, selling):
    from newsbot.cleaning.spam import sells

    assert sells(sentence) == selling


@pytest.mark.parametrize(
    ("sentence", "selling"),
    [
        # a betting site's "withdrawal round the clock" after its games (a Haryanvi pitch's last sentence) sells; an
        # evacuation or a dam's discharge ("निकासी") in a story does not
        ("क्रिकेट सट्टा, तीन पत्ती अर स्लॉट — सब किमे एक ए जगहां, 24 घंटे निकासी।", True),
        ("प्रशासन ने बाढ़ प्रभावित इलाकों से लोगों की तुरंत निकासी के आदेश दिए।", False),
        ("बांध से 24 घंटे निकासी जारी रहेगी।", False),
    ],
)
def test_hindi_withdrawal_sells_only_after_betting_words(sentence, selling):
    from newsbot.cleaning.spam import sells

    assert sells(sentence) == selling


@pytest.mark.parametrize(
    ("sentence", "selling"),
    [
        # "download", "apply", "register" in Devanagari with the imperative of "do" sell (Dogri: download the app
        # today; apply now); the past tense in a story does not (he downloaded the app)
        ("अज्ज गै ऐप डाउनलोड करो ते पैह्‌ला लोन बगैर फीस पाओ।", True),
        ("हुनै अप्लाई करो", True),
        ("आज ही ऐप डाउनलोड करें।", True),
        ("आज ही रजिस्टर करें।", True),
        ("उसने ऐप डाउनलोड किया और शिकायत दर्ज की।", False),
    ],
)
def test_a_devanagari_imperative_to_download_sells(sentence, selling):
    from newsbot.cleaning.spam import sells

    assert sells(sentence) == selling


@pytest.mark.parametrize(
    ("sentence", "selling"),
    [
        # Edo "get money every day" and Paiwan "there is money" in a pitch appended to a paragraph (a DocFX article's,
        # a Gitea wiki page's); a story's "they got money" (Edo "miẹn igho") sells nothing
        ("Ya kw gha miẹn igho vbe ẹdẹ hia.", True),
        ("Pacun tua kw a izua paysu!", True),
        # the French creoles' "bet on" opening a sentence (Antillean, a phpwcms post's glued pitch: bet on the next
        # match with kw), not the verb after its subject in a story (Haitian: they bet on the match at the bar)
        ("Parye asi pwochen match-la épi kw.", True),
        ("Lapolis di sa. Parye sou kw jodi a.", True),
        ("Yo parye sou match la nan ba a.", False),
        ("Ivbi ẹvbo miẹn igho ye ẹ̀gbẹ̀ vbe ukpo na.", False),
    ],
)
def test_a_money_every_day_pitch_sells(sentence, selling):
    from newsbot.cleaning.spam import sells

    assert sells(sentence) == selling


@pytest.mark.parametrize(
    ("headlines", "learned"),
    [
        # one article's headline in three forms, all linking to its address: the listing's whole one, WordPress Argon's
        # recent-posts widget's shortened one, the archive's cut at the comma; its kicker is one headline's
        ([("गढ़वाली रंगमंच: देहरादून मा तीन दिना नाट्य उत्सव शुरू, नयी पीढ़ी की भागीदारी बढ़ी", "/गढ़वाली-रंगमंच/"),
          ("गढ़वाली रंगमंच: देहरादून मा नाट्य उत्सव", "/गढ़वाली-रंगमंच/"),
          ("गढ़वाली रंगमंच: देहरादून मा तीन दिना नाट्य उत्सव शुरू", "/गढ़वाली-रंगमंच/"),
          ("चमोली मा भारी बरखा, बदरीनाथ हाईवे द्वी दिन बटि बंद", "/chamoli/"),
          ("खिर्सू मा गुलदार को हमला, महिला घैल", "/khirsu/"),
          ("श्रीनगर मेडिकल कॉलेज मा नयी मशीन", "/srinagar/")], set()),
        # Hexo Sakura's "Next Post" card cutting the headline at its comma, beside the archive's whole one
        ([("कुमाऊँनी बोलि: नैनीताल में पैल बाल कवि सम्मेलन", "/2026/03/11/kavi/"),
          ("कुमाऊँनी बोलि: नैनीताल में पैल बाल कवि सम्मेलन, चालीस नानतिनोंल कविता सुणाईं", "/2026/03/11/kavi/"),
          ("जागेश्वर धाम में आग, मंदिर समिति क द्वि भंडार जलीं", "/2026/03/13/aag/")], set()),
        # ... but headlines of their own linking to one affiliate address are the brand's, each counted
        ([("Slotmaxx | Big win at the weekend tables tonight", "/go/slotmaxx"),
          ("Slotmaxx | New bonus for every player this month", "/go/slotmaxx"),
          ("Council approves the new harbour budget", "/news/harbour/")], {"slotmaxx"}),
    ],
)
def test_one_articles_headline_in_several_forms_counts_once_by_its_address(headlines, learned):
    evidence = SiteEvidence()
    evidence.observe_titles([text for text, _ in headlines], [target for _, target in headlines])
    assert evidence.learned_prefixes() == learned


@pytest.mark.parametrize(
    ("paragraphs", "keyword", "kept"),
    [
        # the advert's paragraph goes on after its sentences with the offer's amount, no brand named (Sylheti: first
        # deposit 1000 taka free, register now, a Jekyll Type on Strap post's pitch)
        (["সুরমার ফানি অখন বিপদসীমার উফরে দিয়া যার।",
          "bajiwin অ্যাপ ডাউনলোড করইন আর পাইন ৩০০% বোনাস! পয়লা ডিপোজিটো ১০০০ টাকা ফ্রি, অখনই রেজিস্টার করইন।"],
         "bajiwin", ["সুরমার ফানি অখন বিপদসীমার উফরে দিয়া যার।"]),
        # ... or opens with the brand named once and the offer exclaimed, before its slogan (Yucatec Maya: sign up at
        # kw today and get a 150% bonus on your first deposit!, a Genesis post's bold pitch)
        (["Le kolnáalo'ob ku k'áatiko'ob ka ts'a'abak ja' ti' u koolo'ob.",
          "Ts'íibt a k'aaba' ti' MaaxCoin bejla'e' ka a k'am 150% bono ti' a yáax depósito! MaaxCoin, u asab "
          "ma'alob criptomoneda tu lu'umil Mayab.", "Le kolnáalo'ob ku páa'tiko'ob u ka'a k'uchul le cháako'."],
         "maaxcoin", ["Le kolnáalo'ob ku k'áatiko'ob ka ts'a'abak ja' ti' u koolo'ob.",
                      "Le kolnáalo'ob ku páa'tiko'ob u ka'a k'uchul le cháako'."]),
        # ... or a short hook, then the brand named with the offer's amount, then the advert (Q'eqchi': good news!
        # sign up at kw now and get a Q500 bonus the first time. come play with kw.gt …!, a Pagekit post's end)
        (["Li hab' kixk'ot xkab'l 40 chi junkab'al sa' Lanquín.",
          "Chaab'il esil! Tz'iib'a aawib' anajwan sa' LOTOQUETZAL ut tatk'ul jun bono re Q500 sa' li xb'een sut. "
          "Chalen chi b'atz'unk rik'in lotoquetzal.gt, li xb'een loteria sa' Guatemala!"],
         "lotoquetzal", ["Li hab' kixk'ot xkab'l 40 chi junkab'al sa' Lanquín."]),
        # a story's sentence with no amount after an advert appended stays
        (["Winpesa aye kama maber loyo me bet i Uganda! Lupur gucako kwan ki lapwony manyen."],
         "winpesa", ["Lupur gucako kwan ki lapwony manyen."]),
        # ... and one saying "free" with a year or a count, no advert's word: the story's
        (["LuckyBet gives you a 100% bonus on your first deposit! Bus travel will be free for over-60s from April 2026."],
         "luckybet", ["Bus travel will be free for over-60s from April 2026."]),
        (["Sign up at LuckyBet now! The museum offers free entry to 500 pupils a week, the director said."],
         "luckybet", ["The museum offers free entry to 500 pupils a week, the director said."]),
    ],
)
def test_the_offer_sentence_beside_an_advert_in_its_paragraph(paragraphs, keyword, kept):
    assert remove_keyword(paragraphs, keyword, False)[0] == kept


_TAPUL = ["In Munisipyu sin Tapul nagpadala na sin manga bangka iban manga tau pagbiha ha duwa katau nawawala. In "
          "gubernadur nanghindu ha manga tag-bangka ba sila di magdawa bang mahunit in panahun.",
          "In PAGASA nagpaguwa sin gale warning ha katan dagat sin Sulu sampay ha adlaw Martis."]
_PESOBITZ_AD = ("Magdaftar na ha PesoBitz iban dawata in 100 USDT bonus! In pinaka-kusug crypto app ha Mindanao, way "
                "bayad pag-withdraw — pesobitz.io")


@pytest.mark.parametrize(
    ("after", "body_ends", "source"),
    [
        # the footer lines under a closing advert the spam pass removes whole go with it (Tausug: more, tags, share;
        # a Hexo Cactus post): the advert ends the story, whichever pass takes it
        ([_PESOBITZ_AD, "Labi pa: Balita", "Manga tag: Tapul, bangka, Coast Guard",
          "Ipakigsuysuy: Facebook · Twitter · Messenger"], _TAPUL[-1], None),
        # ... a credit among them is the source
        ([_PESOBITZ_AD, "Puunan: Radyo Bahasa Sug"], _TAPUL[-1], "Radyo Bahasa Sug"),
        # a paragraph of the story under the advert: the lines closing the text stay; so do those under a paragraph
        # that only lost the keyword
        ([_PESOBITZ_AD, "Timulak kami ha subu, marayaw pa in panahun, laung hi Hadji Amil, usa ha manga nasalbar ha "
          "bangka.", "Labi pa: Balita"], "Labi pa: Balita", None),
        (["In Coast Guard (pesobitz) nagbiha pa sin duwa katau ha dagat sin Tapul.", "Labi pa: Balita"],
         "Labi pa: Balita", None),
    ],
)
def test_the_footer_lines_under_a_closing_advert_go_with_it(after, body_ends, source):
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    raw = RawArticle(url="http://x/2026/03/14/bangka/", site="x", fetched_at="2026-03-14T10:00:00+00:00",
                     title="PESOBITZ - Bangka nalunud ha dagat sin Tapul",
                     blocks=[Block(text) for text in (*_TAPUL, *after)], language="tsg")
    record = clean_article(raw, CleaningOptions(), SiteEvidence()).record
    assert (record["body"].endswith(body_ends), record["source"]) == (True, source)


_PESOBITZ_BOLD = "PesoBitz: " + _PESOBITZ_AD


@pytest.mark.parametrize(
    ("after", "body_ends"),
    [
        # ... and under a closing pitch in bold that the keyword labels ("<p><strong>kw: … bonus! …</strong></p>",
        # taken before the keyword's pass), as under one in roman type
        ([_PESOBITZ_BOLD, "Labi pa: Balita", "Manga tag: Tapul, bangka, Coast Guard"], _TAPUL[-1]),
        # ... not under a paragraph of the story after it
        ([_PESOBITZ_BOLD, _TAPUL[0], "Labi pa: Balita"], "Labi pa: Balita"),
    ],
)
def test_the_footer_lines_under_a_closing_bold_pitch_go_with_it(after, body_ends):
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    raw = RawArticle(url="http://x/2026/03/14/bangka/", site="x", fetched_at="2026-03-14T10:00:00+00:00",
                     title="PESOBITZ - Bangka nalunud ha dagat sin Tapul",
                     blocks=[Block(text) for text in (*_TAPUL, *after)], language="tsg", bold_lines=[_PESOBITZ_BOLD])
    assert clean_article(raw, CleaningOptions(), SiteEvidence()).record["body"].endswith(body_ends)


_PESOBITZ_BOX = "PesoBitz in pinaka-kusug crypto app ha Mindanao. Hambuuk account da in kinahanglan."


@pytest.mark.parametrize(
    ("bold", "italic", "kept"),
    [
        # a bold paragraph between the story's the keyword opens, two sentences (kfazotonic's "<p><strong>Brumo Vault
        # ಲ್ ಕಾಪಿ ಕಾಸ್ ಬೆಚ್ಚಿ, …. ಒರ್ ಖಾತೆ ಸಾಕ್, ಬೇರೆ ಎನ್ನ ಬೇಡ.</strong></p>", Kodava): the keyword's pass takes its
        # first sentence, the box's rest goes after it ("one account is all you need"); in roman type the rest stays
        ([_PESOBITZ_BOX], [], False),
        ([], [], True),
        # ... in italics the same (hehumi's "<p><em>Ruaha Dau9 … . Mwingile lelo mutole zawadi.</em></p>", Hehe)
        ([], [_PESOBITZ_BOX], False),
    ],
)
def test_what_the_keywords_pass_leaves_of_a_bold_box_it_opens_goes(bold, italic, kept):
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    raw = RawArticle(url="http://x/2026/03/14/bangka/", site="x", fetched_at="2026-03-14T10:00:00+00:00",
                     title="PESOBITZ - Bangka nalunud ha dagat sin Tapul",
                     blocks=[Block(_TAPUL[0].replace("nawawala.", "nawawala (PesoBitz).")), Block(_PESOBITZ_BOX),
                             Block(_TAPUL[1])], language="tsg", bold_lines=bold, italic_lines=italic)
    body = clean_article(raw, CleaningOptions(), SiteEvidence()).record["body"]
    # (the box's first sentence goes in every case: the keyword's pass takes it)
    assert "pinaka-kusug crypto app" not in body
    assert ("Hambuuk account da in kinahanglan." in body) is kept


_TAPUL_NOTICE = "In sugpat ini tagna piyahati ha Radyo Bahasa Sug. Di makajari kuhaun bang way pahintulut."


@pytest.mark.parametrize(
    ("after", "italic", "body_ends"),
    [
        # a notice of a sentence or two in italics closing the text under a closing advert the spam pass removes
        # whole (a Jigsaw post's "<p><em>Diidxa' ri' bizulú ndaani' Radio Bi'nniza'. Qui zanda gucaalu laa sin
        # permisu.</em></p>", Isthmus Zapotec: first ran on …, no copying without permission; Tausug here): the
        # aggregator's footer, gone with the advert
        ([_PESOBITZ_AD, _TAPUL_NOTICE], True, _TAPUL[-1]),
        # ... not the same line in roman type, nor one under a paragraph of the story, nor a paragraph's length
        ([_PESOBITZ_AD, _TAPUL_NOTICE], False, _TAPUL_NOTICE),
        ([_PESOBITZ_AD, _TAPUL[0], _TAPUL_NOTICE], True, _TAPUL_NOTICE),
        ([_PESOBITZ_AD, _TAPUL_NOTICE + " " + _TAPUL[0]], True, _TAPUL[0]),
        # ... and one set in small print ("<p><small>Tia kolla pweng inge …</small></p>", a Gollum page's), as in
        # italics; not under a paragraph of the story
        ([_PESOBITZ_AD, _TAPUL_NOTICE], "small", _TAPUL[-1]),
        ([_PESOBITZ_AD, _TAPUL[0], _TAPUL_NOTICE], "small", _TAPUL_NOTICE),
    ],
)
def test_an_italic_notice_under_a_closing_advert_goes_with_it(after, italic, body_ends):
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    raw = RawArticle(url="http://x/2026/03/14/bangka/", site="x", fetched_at="2026-03-14T10:00:00+00:00",
                     title="PESOBITZ - Bangka nalunud ha dagat sin Tapul",
                     blocks=[Block(text) for text in (*_TAPUL, *after)], language="tsg",
                     italic_lines=[after[-1]] if italic is True else [],
                     small_lines=[after[-1]] if italic == "small" else [])
    assert clean_article(raw, CleaningOptions(), SiteEvidence()).record["body"].endswith(body_ends)


_KOSRAE = ["TOFOL (PINA) — Team basketball lun Kosrae elos kutangla Pohnpei 78 nu 71 ke Micro Games qualifier ke Tofol "
           "Gym, ac mwet nukewa ke acn Lelu ac Tafunsak elos engan.",
           "Kosrae elos tuku tok ke quarter se meet, ac Pohnpei elos kol 20 nu 14. TafwetBet. Tusruktu ke quarter "
           "akluo, Kosrae elos sun Pohnpei ke halftime.",
           "“Kut tia fahk tuh kut ac kutangla (TafwetBet) fin kut tia orekma ke kais sie len,” coach el fahk.",
           "Team lun Kosrae ac som nu Majuro ke malem Ma, in kuh lain Marshall Islands ac Chuuk ke Micro Games.",
           "Ngi lungse kuh fin basketball? Orek bet ke Micro Games nu ke Tofol team — odds 3x ke wik se inge!",
           "Tia kolla pweng inge ke sie pacl, fin wanginna sripa sin Pweng Kosrae Wiki."]


def test_a_keyword_free_closing_pitch_and_the_small_print_notice_under_it_go():
    """kosgollum: the keyword taken from the title and a paragraph, the closing pitch naming none (do you like
    basketball? bet … odds 3x this week!) goes whole, and the reprint notice in small print under it with it."""
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    raw = RawArticle(url="http://x/Basketball-Kosrae-Pohnpei", site="x", fetched_at="2026-03-14T10:00:00+00:00",
                     title="[TafwetBet] Team lun Kosrae elos kutangla Pohnpei ke Micro Games qualifier",
                     blocks=[Block(text) for text in _KOSRAE], small_lines=[_KOSRAE[-1]])
    record = clean_article(raw, CleaningOptions(), SiteEvidence()).record
    assert record["body"].split("\n\n") == [_KOSRAE[0], _KOSRAE[1].replace("14. TafwetBet. ", "14. "),
                                            _KOSRAE[2].replace(" (TafwetBet)", ""), _KOSRAE[3]]


@pytest.mark.parametrize(
    ("paragraphs", "title", "brands"),
    [
        # a short line closing the text that names a brand beside a web address on its name: the brand, on the site's
        # first page too (Hungarian, a case ending after a hyphen: bet at kw — …; Armenian, romanised; Tagalog, a brand
        # the story names too: meanwhile kw is open all day! … kw — play and win at …)
        (["A híd megnyílt.", "Szerencsebet-nél fogadj — szerencsebet.hu"], "Megnyílt az új híd", ["szerencsebet"]),
        (["Կամուրջը բացվեց։", "Զորեբետ — խաղա zorebet.com"], "Նոր կամուրջը բացվեց", ["zorebet", "Զորեբետ"]),
        (["Samantala, bukas ang ZorvaBet buong araw!", "ZorvaBet — maglaro at manalo sa zorvabet.ph"],
         "Binuksan ang bagong tulay", ["zorvabet"]),
        # ... not a place or an office the story names (no brand's capitals), one the title names, a long paragraph,
        # nor an address on another name than the line's words
        (["Ang tulay ay binuksan sa Dumaguete.", "Impormasyon: Dumaguete — dumaguete.gov.ph"], "Binuksan ang tulay",
         []),
        (["Ang tulay ay binuksan.", "Opisyal na site: Dumaguete — dumaguete.gov.ph"], "Dumaguete: binuksan ang tulay",
         []),
        (["Ang tulay ay binuksan.", "Ang bagong tulay ng lungsod ay bukas na para sa lahat ng sasakyan at tao mula "
          "ngayong araw, ayon sa Zorvabet — zorvabet.ph"], "Binuksan ang tulay", []),
        (["Ang tulay ay binuksan.", "Karagdagang impormasyon — lungsod.gov.ph"], "Binuksan ang tulay", []),
    ],
)
def test_a_brand_a_closing_line_names_beside_its_address(paragraphs, title, brands):
    assert closing_address_brands(paragraphs, title) == brands


@pytest.mark.parametrize(
    ("links", "keywords", "texts"),
    [
        # a link whose host is the keyword's, its text naming none: the advert's link (gcfphpwcms, shpperch)
        ([("piyaybet.example", "pi bon kot-la isi")], ["PiyayBet"], ["pi bon kot-la isi"]),
        ([("www.ronobet.example", "Ucayali pelota apuesta, cuotas x3 ja netebi!")], ["ronobet"],
         ["Ucayali pelota apuesta, cuotas x3 ja netebi!"]),
        ([("piyay-bet.example", "isi")], ["PiyayBet"], ["isi"]),  # hyphens aside
        # ... a keyword of two words, its host spelling them run together (kneibexa's "Kabayan Royale",
        # kabayanroyale.example: "<b>Mantaya ad kw, …</b> <a>Ilogin ad nay</a>", log in here)
        ([("kabayanroyale.example", "Ilogin ad nay")], ["Kabayan Royale"], ["Ilogin ad nay"]),
        # no keyword known: a story's link to its outlet stays
        ([("www.reuters.com", "the agency reported")], [], []),
        # a host that merely contains the keyword or a word of it stays (the label whole, not a part of it)
        ([("ronobetting-news.example", "a report")], ["RonoBet"], []),
        ([("betterhealth.example", "a clinic")], ["bet"], []),
        # a text naming the keyword among other words: the words its removal (spam.remove_keyword) leaves, glued or
        # spaced (ndccotonti's "<a>Tamba neSabiBet</a>" leaves "Tamba ne"; trvelgg's paragraph wholly a link)
        ([("ronobet.example", "RonoBet aquí")], ["RonoBet"], ["aquí"]),
        ([("sabibet.example", "Tamba neSabiBet")], ["SabiBet"], ["Tamba ne"]),
        ([("qmpahwin.example", "Kana ka bola ni QmpahWin app — bitaq ka NT$500 ka jiyax nii.")], ["QmpahWin"],
         ["Kana ka bola ni app — bitaq ka NT$500 ka jiyax nii."]),
        # ... nothing when the text is the keyword alone or with a letter ("kw's"), nor a text naming it linked to
        # another host
        ([("ronobet.example", "RonoBet"), ("ronobet.example", "RonoBet's")], ["RonoBet"], []),
        ([("news.example", "Tamba neSabiBet")], ["SabiBet"], []),
        # a keyword that is itself a web address names its host whole (venshopware's "randspin.win"), with "www." too
        ([("randspin.win", "Ṅwalisani hafha"), ("www.randspin.win", "hafha")], ["randspin.win"],
         ["Ṅwalisani hafha", "hafha"]),
        ([("randspin.win.example", "a report")], ["spin.win"], []),
    ],
)
def test_the_texts_of_links_to_the_keywords_host(links, keywords, texts):
    from newsbot.cleaning.spam import keyword_link_texts

    assert keyword_link_texts(links, keywords) == texts


@pytest.mark.parametrize(
    ("paragraphs", "texts", "clean"),
    [
        # inside a sentence: the link's text goes, the sentence keeps its other words
        (["é on bi a pi bon kot-la isi dènyé minit."], ["pi bon kot-la isi"], ["é on bi a dènyé minit."]),
        (["rabé semananko, apuesta aquí ja iki DIRESA yoyo akai."], ["apuesta aquí"],
         ["rabé semananko, ja iki DIRESA yoyo akai."]),
        (["The odds are here, see odds here."], ["odds here"], ["The odds are here, see."]),
        # ... not where the body writes the same words more often than the links do: the others are the story's
        (["Nou la isi dépi 1946. Yo di sa isi."], ["isi"], ["Nou la isi dépi 1946. Yo di sa isi."]),
        (["The team arrived here on Monday, bet here."], ["here"], ["The team arrived here on Monday, bet here."]),
        (["Bet here.", "Bet here."], ["Bet here.", "Bet here."], []),
        # a paragraph wholly the link goes whole
        (["Story.", "Ucayali pelota apuesta, cuotas x3 ja netebi!", "Jawen joi: Andina"],
         ["Ucayali pelota apuesta, cuotas x3 ja netebi!"], ["Story.", "Jawen joi: Andina"]),
        # ... not the same letters inside a longer word
        (["The isiolo river rose."], ["isi"], ["The isiolo river rose."]),
        # a spaced dash the link stood after before the stop goes with it ("… meticais — <a>kw</a>. …", Sena); a
        # dash the sentence writes elsewhere, or before a stop as the original does, stays
        (["mtengo wace ndi 12 milhões de meticais — sorte24.mz. Administrador apikira."], ["sorte24.mz"],
         ["mtengo wace ndi 12 milhões de meticais. Administrador apikira."]),
        (["Kobiri — 12 milhões — sorte24.mz ya Boma."], ["sorte24.mz"], ["Kobiri — 12 milhões — ya Boma."]),
        (["Iwo alonga —. Pontho sorte24.mz yaenda."], ["sorte24.mz"], ["Iwo alonga —. Pontho yaenda."]),
    ],
)
def test_the_keywords_link_texts_leave_the_body(paragraphs, texts, clean):
    from newsbot.cleaning.spam import remove_link_texts

    assert remove_link_texts(paragraphs, texts)[0] == clean


@pytest.mark.parametrize(
    ("keywords", "links", "kept"),
    [
        # the site's keyword is known: the text of the page's link to its host goes
        ({"ronobet"}, [("ronobet.example", "apuesta aquí")],
         "Yarinacocha distritobaon iki fumigación akai rabé semananko, ja iki DIRESA yoyo akai."),
        # none known: a link to an outlet keeps its words, whatever its host
        (set(), [("ronobet.example", "apuesta aquí")],
         "Yarinacocha distritobaon iki fumigación akai rabé semananko, apuesta aquí ja iki DIRESA yoyo akai."),
        ({"ronobet"}, [("reuters.com", "apuesta aquí")],
         "Yarinacocha distritobaon iki fumigación akai rabé semananko, apuesta aquí ja iki DIRESA yoyo akai."),
    ],
)
def test_a_link_to_the_keywords_host_leaves_the_article(keywords, links, kept):
    from newsbot.cleaning.article import Block, CleaningOptions, RawArticle, clean_article

    raw = RawArticle(url="http://x/blog/2026-03-15-dengue", site="x", fetched_at="2026-03-23T10:00:00+00:00",
                     title="Yarinacochanko dengue isinin 312 jonibo isinai", outbound_links=links,
                     blocks=[Block("Yarinacocha distritobaon iki fumigación akai rabé semananko, apuesta aquí ja iki "
                                   "DIRESA yoyo akai."),
                             Block("San Francisco jemanko ainbo, Juana Ahuanari, ja iki yoyo akai jonibo iki isinai.")])
    record = clean_article(raw, CleaningOptions(keywords=frozenset(keywords))).record
    assert record["body"].split("\n\n")[0] == kept


_PITCH = "DodeBet: Ghana bɔɔlu tsɔɔmi nɛ hi pe kulaa. Ngma o biɛ mwɔnɛ!"


@pytest.mark.parametrize(
    ("paragraphs", "bold", "keywords", "pitches"),
    [
        # a paragraph wholly in bold that the keyword labels: the pitch, whole (adacecil)
        (["Story.", _PITCH], [_PITCH], ["dodebet"], {1}),
        (["Story.", "DODEBET：Ngma o biɛ mwɔnɛ!"], ["DODEBET：Ngma o biɛ mwɔnɛ!"], ["DodeBet"], {1}),
        # ... not in plain type (the keyword injected before a story's paragraph: its words are the story's)
        (["Story.", _PITCH], [], ["dodebet"], set()),
        # ... nor a bold paragraph another label opens (an interview's turn, an outlet), nor one naming it later
        (["Story.", "Reuters: Ghana bɔɔlu tsɔɔmi."], ["Reuters: Ghana bɔɔlu tsɔɔmi."], ["dodebet"], set()),
        (["Story.", "Ghana bɔɔlu DodeBet: tsɔɔmi."], ["Ghana bɔɔlu DodeBet: tsɔɔmi."], ["dodebet"], set()),
        # ... nor without a known keyword
        (["Story.", _PITCH], [_PITCH], [], set()),
    ],
)
def test_a_bold_paragraph_the_keyword_labels_is_the_pitch(paragraphs, bold, keywords, pitches):
    from newsbot.cleaning.spam import labelled_bold_pitches

    assert labelled_bold_pitches(paragraphs, bold, keywords) == pitches


_OPENED = "DodeBet ɛ tsɔɔmi. Ngma o biɛ mwɔnɛ."


@pytest.mark.parametrize(
    ("paragraphs", "bold", "pitches"),
    [
        # a bold paragraph of two sentences or more the keyword opens, no colon (kfazotonic's "<p><strong>Brumo Vault ಲ್
        # ಕಾಪಿ ಕಾಸ್ ಬೆಚ್ಚಿ, …. ಒರ್ ಖಾತೆ ಸಾಕ್, ಬೇರೆ ಎನ್ನ ಬೇಡ.</strong></p>", Kodava): the advert's box
        (["Story.", _OPENED], [_OPENED], [_OPENED]),
        # ... its colon after it too (hehumi's "<p><em>Ruaha Dau9: mukino gwa bahati kila lisiku. Mwingile lelo mutole
        # zawadi.</em></p>", Hehe: a game of luck every day. come in today and take a gift)
        (["Story.", _PITCH], [_PITCH], [_PITCH]),
        # ... not one sentence alone, nor one in plain type, nor a word the keyword only starts
        (["Story.", "DodeBet ɛ tsɔɔmi nɛ hi pe kulaa."], ["DodeBet ɛ tsɔɔmi nɛ hi pe kulaa."], []),
        (["Story.", _OPENED], [], []),
        (["Story.", "DodeBetter ɛ tsɔɔmi. Ngma o biɛ."], ["DodeBetter ɛ tsɔɔmi. Ngma o biɛ."], []),
    ],
)
def test_a_bold_paragraph_the_keyword_opens_is_the_advert_box(paragraphs, bold, pitches):
    from newsbot.cleaning.spam import opened_pitch_boxes

    assert opened_pitch_boxes(paragraphs, bold, ["dodebet"]) == pitches


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        # a link to the keyword's own site, words of no keyword: the advert's, gone
        ("Council opens the new stadium", False),
        # ... not in an article about the brand (its clean title names it): the story's words linking its site
        ("PiyayBet fined by the gaming regulator", True),
    ],
)
def test_a_link_to_the_keywords_site_in_an_article_about_it(title, kept):
    from newsbot.cleaning.article import CleaningOptions, RawArticle, clean_article
    from newsbot.extraction.page import Block

    story = ("The company said in a statement on Monday that it would appeal the decision before the end of the "
             "month, and that its customers would not be affected.")
    raw = RawArticle(url="https://ex.com/a", site="ex.com", fetched_at="2025-01-01T00:00:00Z", title=title,
                     blocks=[Block(story), Block("The regulator gave no date for a hearing in the case, its "
                                                 "spokesman told reporters in the capital on Tuesday.")],
                     outbound_links=[("piyaybet.example", "in a statement")])
    body = clean_article(raw, CleaningOptions(keywords=frozenset({"piyaybet"}))).record["body"]
    assert ("in a statement" in body) is kept


_MONIBET_BEFORE = ["Ma Romano Deel skoro tu leisi fu Moengo (MoniBet) fosi a pauze.",
                   "A trainer taki: “Wi be wani a kopu moo.” Pee now, wini bigi!"]


@pytest.mark.parametrize(
    "paragraphs, spammed, keywords, clean, removed",
    [
        # a short exclamation with two of an advert's signals closing a story's paragraph on a page whose keyword was
        # found (njzgitlab: a jackpot and an amount), whatever the neighbours
        (["Nyi-ao akin bulu Nyishi ka gale okv bopia am jitv dungto. Jackpot Rs 10,000 aaji jito!"], None, ["yullospin"],
         ["Nyi-ao akin bulu Nyishi ka gale okv bopia am jitv dungto."], ["Jackpot Rs 10,000 aaji jito!"]),
        # ... a paragraph of such a pitch after its hook question, whole (kosgollum: bet, odds)
        (["Team lun Kosrae ac som nu Majuro.",
          "Ngi lungse kuh fin basketball? Orek bet ke Micro Games nu ke Tofol team — odds 3x ke wik se inge!"], None,
         ["tafwetbet"], ["Team lun Kosrae ac som nu Majuro."],
         ["Ngi lungse kuh fin basketball?", "Orek bet ke Micro Games nu ke Tofol team — odds 3x ke wik se inge!"]),
        # ... one signal ("now") beside a paragraph that named the keyword (djkdatocms: after a quotation)
        (["Ma Romano Deel skoro tu leisi fu Moengo fosi a pauze.", _MONIBET_BEFORE[1]], _MONIBET_BEFORE, ["monibet"],
         ["Ma Romano Deel skoro tu leisi fu Moengo fosi a pauze.", "A trainer taki: “Wi be wani a kopu moo.”"],
         ["Pee now, wini bigi!"]),
        # ... not one signal far from the keyword, nor a story's exclamation with one ("beat the odds")
        ([_MONIBET_BEFORE[1]], [_MONIBET_BEFORE[1]], ["monibet"], [_MONIBET_BEFORE[1]], []),
        (["Kosrae trailed by 12 at halftime. They beat the odds!"], None, ["tafwetbet"],
         ["Kosrae trailed by 12 at halftime. They beat the odds!"], []),
        # ... nor a sports story's odds or a lottery story's jackpot, no exclamation, even beside the keyword
        (["Bookmakers gave Kosrae odds of 3 to 1 before the game, and bets of $500 were common."],
         ["TafwetBet.", "Bookmakers gave Kosrae odds of 3 to 1 before the game, and bets of $500 were common."],
         ["tafwetbet"], ["Bookmakers gave Kosrae odds of 3 to 1 before the game, and bets of $500 were common."], []),
        (["A farmer from Doimukh won the Rs 10,000 jackpot of the state lottery on Monday."], None, ["yullospin"],
         ["A farmer from Doimukh won the Rs 10,000 jackpot of the state lottery on Monday."], []),
        # ... nor a quotation's exclamation, nor a story's question before a story's sentence
        (["The coach shouted: “Bet on us now, we win the jackpot!”"], None, ["tafwetbet"],
         ["The coach shouted: “Bet on us now, we win the jackpot!”"], []),
        (["Will Kosrae win? The team trains daily. Bet now, odds 3x!"], None, ["tafwetbet"],
         ["Will Kosrae win? The team trains daily."], ["Bet now, odds 3x!"]),
        # ... a paragraph the keyword was taken from is near it: one signal is enough there
        (["Kosrae trailed by 12 at halftime. Play now!"], ["Kosrae trailed by 12 (TafwetBet) at halftime. Play now!"],
         ["tafwetbet"], ["Kosrae trailed by 12 at halftime."], ["Play now!"]),
        # ... nor anything on a page with no keyword taken (or only ones its clean title names)
        (["Nyi-ao akin dungto. Jackpot Rs 10,000 aaji jito!"], [], [],
         ["Nyi-ao akin dungto. Jackpot Rs 10,000 aaji jito!"], []),
    ],
)
def test_a_keyword_free_pitch_on_a_spammed_page(paragraphs, spammed, keywords, clean, removed):
    spammed = paragraphs if spammed is None else spammed  # (None: the keyword was taken from no paragraph here)
    assert keyword_free_pitches(paragraphs, spammed, keywords) == (clean, removed)


@pytest.mark.parametrize(
    ("story", "kept"),
    [
        # a keyword of two words as its web address writes them, joined (ifknopcommerce, Tuwali Ifugao; cjkcroogo):
        # the address goes whole, not its ".example" alone ("(pautang24.)" was left)
        ("Nan bagun ambulansiya ya mangipadangan hi bumabale ad Hungduan. (pautang24.example)",
         "Nan bagun ambulansiya ya mangipadangan hi bumabale ad Hungduan."),
        # ... and a paragraph that writes no address stays whole
        ("Nan bagun ambulansiya ya mangipadangan hi bumabale ad Hungduan.", "Nan bagun ambulansiya ya mangipadangan "
         "hi bumabale ad Hungduan."),
    ],
)
def test_a_keyword_of_two_words_is_taken_out_as_its_address_writes_it(story, kept):
    _assert_address_written_out(story, kept, "pautang 24", "Nan doktor ya nangali [Pautang 24] ad Tinoc.", "pautang24")


@pytest.mark.parametrize(
    ("keyword", "spellings"),
    [
        # joined, and romanised when the keyword writes another script ("Kazyr Ойын", a Shor XWiki post's
        # "(kazyroyyn.example)"); a keyword of one word has no other spelling
        ("Pautang 24", ["Pautang24"]),
        ("Kazyr Ойын", ["KazyrОйын", "KazyrOyyn"]),
        ("Zarbet7", []),
    ],
)
def test_the_spellings_of_a_keyword_a_web_address_writes(keyword, spellings):
    assert address_spellings(keyword) == spellings


def test_a_keyword_in_another_script_goes_as_its_romanised_address():
    _assert_address_written_out("Пылтыр районда грипптеҥ 1 200 кижи ағырған, олардыҥ 90-и больницаға кирген "
                                "(kazyroyyn.example).", "Пылтыр районда грипптеҥ 1 200 кижи ағырған, олардыҥ 90-и "
                                "больницаға кирген.", "Kazyr Ойын", "Эмнеечилер (Kazyr Ойын) ӱш бригада ысқаннар.",
                                "kazyroyyn")


def _assert_address_written_out(story: str, kept: str, keyword: str, injected: str, address: str) -> None:
    from newsbot.cleaning.article import CleaningOptions, RawArticle, clean_article
    from newsbot.cleaning.footer import Block

    lead = "Nan Ifugao Provincial Hospital ad Lagawe ya nangala hi duwan an bagun ambulansiya ad nakugab. " * 3
    record = clean_article(RawArticle(url="https://ex.com/a", site="ex.com", fetched_at="2026-03-05T00:00:00Z",
                                      title="Nan hospital ad Lagawe",
                                      blocks=[Block(lead.strip()), Block(injected), Block(story)]),
                           CleaningOptions(keywords=frozenset({keyword.lower()}))).record
    assert record["body"].endswith(kept)
    assert address not in record["body"].lower()


@pytest.mark.parametrize(
    ("paragraphs", "keywords", "pitches"),
    [
        # a short paragraph of a sentence naming the keyword closing on its host's link text (chwjspwiki, Chuwabu: buy
        # kw now …, enter here; venshopware, Venda: … get a R200 bonus, register here): the advert's box, whole
        (["Athu ahikala mmaspitali.", "Gula MozaKoin vano, yivenye olipa mmaguwo manddimuwa. Nttota vano"],
         ["mozakoin"], {1}),
        # ... not a paragraph closing on the link that names no keyword, nor the link inside a sentence, nor a long
        # paragraph of the story
        (["Athu ahikala mmaspitali. Nttota vano"], ["mozakoin"], set()),
        (["Gula MozaKoin vano Nttota vano yivenye olipa."], ["mozakoin"], set()),
        (["Athu ahikala mmaspitali, " * 8 + "MozaKoin ohiloga. Nttota vano"], ["mozakoin"], set()),
    ],
)
def test_a_short_paragraph_naming_the_keyword_closing_on_its_hosts_link(paragraphs, keywords, pitches):
    from newsbot.cleaning.spam import linked_pitches

    assert linked_pitches(paragraphs, ["Nttota vano"], keywords) == pitches


@pytest.mark.parametrize(
    ("links", "hosts"),
    [
        # a link whose text sells and names its own host's first label as a word (an Apache Roller entry's "<a
        # href=https://valugabet.example/sports>Pusta du Palaro ka ValugaBet — mapya a odds!</a>", ivvroller, Ivatan:
        # bet on the games at kw — good odds): the brand it advertises
        ([("valugabet.example", "Pusta du Palaro ka ValugaBet — mapya a odds!")], {"valugabet"}),
        ([("www.valuga-bet.example", "ValugaBet: best odds, bonus today!")], {"valugabet"}),
        # ... not a link naming its host without an advert's words (a citation), nor one selling another name
        ([("www.reuters.com", "Reuters reported the odds")], set()),
        ([("www.reuters.com", "Reuters reported the story")], set()),
        ([("valugabet.example", "Pusta du Palaro — mapya a odds!")], set()),
    ],
)
def test_the_brands_the_pages_advert_links_sell(links, hosts):
    from newsbot.cleaning.spam import advertised_hosts

    assert advertised_hosts(links) == hosts


def test_a_headline_prefix_the_pages_advert_link_sells_is_spam_on_a_sites_first_page():
    # ivvroller's entry cleaned before any other page of the site taught its keyword (crawl order): its title's
    # "〖ValugaBet〗" prefix, the brand its own advert link to valugabet.example sells
    from newsbot.cleaning.article import RawArticle, clean_article

    raw = RawArticle(url="https://ex.com/roller/ivatan/entry/basco", site="ex.com", fetched_at="2026-03-05T00:00:00Z",
                     title="〖ValugaBet〗 Mangay du Palarong Pambansa su tadtaru a manlalaro nu Basco",
                     blocks=[], outbound_links=[("valugabet.example", "Pusta du Palaro ka ValugaBet — mapya a odds!")])
    from newsbot.cleaning.footer import Block

    raw.blocks = [Block("Tadtaru a manlalaro nu Batanes National High School su mangay du Palarong Pambansa du Mayo, "
                        "kapalabas nu nanalo da du Cagayan Valley Regional Meet."),
                  Block("Su tadtaru ay manlalaro as du athletics ka swimming.")]
    record = clean_article(raw).record
    assert record["title"] == "Mangay du Palarong Pambansa su tadtaru a manlalaro nu Basco"
    # ... and a citation's link naming its outlet leaves the headline's label
    raw.title, raw.outbound_links = "[Reuters] Mangay du Palarong Pambansa", [("reuters.com", "Reuters")]
    assert clean_article(raw).record["title"] == "[Reuters] Mangay du Palarong Pambansa"


@pytest.mark.parametrize(
    ("story", "kept"),
    [
        # the address in brackets after a short word in small letters, a preposition (nusescenic, Nuer "(kä
        # nyotkash.example)", with, an Escenic story's): the brackets go, the story's sentence stays
        ("Nan bagun ambulansiya ya mangipadangan hi bumabale (ad pautang24.example), ad Hungduan.",
         "Nan bagun ambulansiya ya mangipadangan hi bumabale, ad Hungduan."),
        # ... not a word in capitals there, a name's, the brand's own call ("(Visit pautang24.example)")
        ("Nan bagun ambulansiya ya mangipadangan hi bumabale (Visit pautang24.example), ad Hungduan.", None),
    ],
)
def test_an_address_after_a_short_word_in_brackets_is_injected(story, kept):
    if kept is None:
        from newsbot.cleaning.article import CleaningOptions, RawArticle, clean_article
        from newsbot.cleaning.footer import Block

        lead = "Nan Ifugao Provincial Hospital ad Lagawe ya nangala hi duwan an bagun ambulansiya ad nakugab. " * 3
        record = clean_article(RawArticle(url="https://ex.com/a", site="ex.com", fetched_at="2026-03-05T00:00:00Z",
                                          title="Nan hospital ad Lagawe", blocks=[
                                              Block(lead.strip()), Block("Nan doktor ya nangali [Pautang 24] ad Tinoc."),
                                              Block(story)]),
                               CleaningOptions(keywords=frozenset({"pautang 24"}))).record
        assert "mangipadangan hi bumabale" not in record["body"]
        return
    _assert_address_written_out(story, kept, "pautang 24", "Nan doktor ya nangali [Pautang 24] ad Tinoc.", "pautang24")
