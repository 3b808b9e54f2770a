"""Parse metadata that aggregators run into the text.

``2025-05-01 21:15:45source:SCA Communitycategory:News`` becomes a date, a
source and a category.  Labels are recognised in several languages and may be
glued to the previous value (no space), as aggregator templates do.

Dates: the common numeric and English forms are matched with regular
expressions (fast, and exact about what was matched so it can be removed);
anything else falls back to dateparser on the short labelled value only, since
its slow path costs tens of milliseconds per failed parse.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

import jalali_core
import nepali_datetime

from newsbot.cleaning.text import LETTER, composed, is_word_char, word_alternation

SOURCE_LABELS = (
    "source", "sources", "from", "via", "publisher", "quelle", "fuente", "fonte",
    "origine", "bron", "źródło", "zrodlo", "источник", "kaynak", "kaynağı", "nguồn", "chanzo", "sumber",
    "forrás", "pinagmulan", "সূত্র", "المصدر", "منبع", "מקור", "באדיבות", "πηγή", "ที่มา", "แหล่งข่าว", "zdroj", "来源", "來源", "出典", "出处", "提供",
    "配信元", "提供元", "출처",
    "sursa", "sursă", "джерело", "स्रोत", "lähde", "julkaisija", "извор", "izvor",
    # Bulgarian, Georgian, Urdu; Kashmiri and Urdu "means, source" ("ذریعہ: ریڈیو کشمیر"; a label only before a colon:
    # "… ہُند ذریعہ چھُ …" is prose), also written with the Arabic heh
    "източник", "წყარო", "ماخذ", "ذریعہ", "ذریعه",
    # Latvian, Lithuanian, Estonian, Armenian (with and without its article "-ը": "Աղբյուրը՝ Արմենպրես"), Amharic
    # ("ምንጭ፦ ኢዜአ") and Tigrinya's spelling ("ምንጪ: ትግራይ ቲቪ"), Albanian, Azerbaijani, Kazakh, Uzbek, Swedish,
    # Danish/Norwegian, Telugu, Tamil
    "avots", "šaltinis", "allikas", "աղբյուր", "աղբյուրը", "ምንጭ", "ምንጪ", "burimi", "mənbə", "дереккөз", "manba",
    "källa", "kilde", "మూలం", "மூலம்",
    # Sinhala (with and without the zero-width joiner of its conjunct: "මූලාශ්‍රය: AFP"), Gujarati (both spellings),
    # Punjabi, Kannada, Malayalam, Odia, Marathi/Nepali's other spelling, Khmer, Burmese, Lao, Mongolian, Kyrgyz,
    # Tajik, Pashto
    "මූලාශ්\u200dරය", "මූලාශ්රය", "સ્રોત", "સ્ત્રોત", "ਸਰੋਤ", "ಮೂಲ", "ഉറവിടം", "ସୂତ୍ର", "श्रोत", "ប្រភព", "ရင်းမြစ်",
    "ແຫຼ່ງຂ່າວ", "эх сурвалж", "булак", "манбаъ", "سرچینه",
    # Icelandic ("Heimild: RÚV"), Faroese; Marathi "information courtesy", "news courtesy" ("माहिती सौजन्य: पुणेरी
    # पलटण").  A bare "courtesy" or "with thanks" (Hindi "साभार") credits a photo as often: "(फोटो साभार: भाषा)"
    "heimild", "heimildir", "kelda", "माहिती सौजन्य", "बातमी सौजन्य",
    # Catalan ("Font: ACN"), Belarusian ("Крыніца: БелТА"), Welsh, Basque, Slovenian, Irish, Maltese, Kurdish
    # (Kurmanji, Sorani), Hausa, Zulu
    "font", "крыніца", "ffynhonnell", "iturria", "vir", "foinse", "sors", "çavkanî", "سەرچاوە", "majiya", "umthombo",
    # Norwegian Nynorsk ("Kjelde: Bergens Tidende"); Assamese, which writes Bengali's "সূত্র" with its own ra
    # ("সূত্ৰ: দৈনিক অসম"); Yoruba, with and without its tone marks ("Orísun: Aláròyé")
    "kjelde", "সূত্ৰ", "orísun", "orisun",
    # Bengali "origin, source" beside "সূত্র" ("…১৬:২০উৎস:সিলেট খবরবিভাগ:খেলা", a Zola post's run-in row; only before
    # a colon: "উৎস" is prose too)
    "উৎস",
    # Southern Altai "place it came from" ("Чыккан јери:Эл Алтай", a Hugo Hermit post's header)
    "чыккан јери",
    # Lao "origin" ("ທີ່ມາ: ກີລາລາວ", as the Thai "ที่มา")
    "ທີ່ມາ",
    # Somali "sources" ("Ilaha: Hiiraan Online"), Hausa "origin" ("Tushe: Daily Trust", beside "majiya"),
    # Luxembourgish ("Quell: Luxemburger Wort"); Tibetan "source", closed by its shad, not a colon ("ཁུངས། ཕཡུལ།")
    "ilaha", "tushe", "quell", "ཁུངས",
    # Quechua ("Pukyu: Diario del Cusco", spring, source), Malagasy ("Loharano: Midi Madagasikara"), Kinyarwanda
    # ("Inkomoko: Kigali Today"), Tatar and Bashkir ("Чыганак: «Әлмәт таңнары»", "Сығанаҡ: Киске Өфө"), Māori
    # ("Mātāpuna: Te Ao Māori News", also written without its macron), Yiddish ("קוואַל: פֿאָרווערטס", with and
    # without its pasekh), Divehi ("ސޯސް: ޕީއެސްއެމް ނިއުސް", the English word), Dzongkha's full word, its last
    # syllable closed by a tsheg before the colon ("འབྱུང་ཁུངས་: ཀུན་གསལ"), Uyghur ("مەنبە: تەڭرىتاغ تورى")
    "مەنبە", "pukyu", "loharano", "inkomoko", "чыганак", "сығанаҡ", "mātāpuna", "matapuna", "קוואַל", "קוואל", "ސޯސް",
    "འབྱུང་ཁུངས་", "འབྱུང་ཁུངས",
    # Haitian Creole ("Sous: Le Nouvelliste"; only before a colon: the French preposition "sous" is no label)
    "sous",
    # Turkmen ("Çeşme: Türkmenistan Bitaraplyk gazeti", spring, source), Igbo ("Isi mmalite: Ụdaume Aba", origin),
    # Afaan Oromoo ("Madda: Gazeexa Bariisaa", and its subject form in Newsmag's box "MADDI / ENA"), Chuvash with its
    # own letter and with the Latin ç a keyboard leaves ("Ҫӑлкуҫ: «Хыпар» хаҫат"), Inuktitut ("ᓴᖅᑭᑦᑎᔨ: ᓄᓇᑦᓯᐊᖅ
    # ᓄᓇᐃᑦ", publisher)
    "çeşme", "isi mmalite", "madda", "maddi", "ҫӑлкуҫ", "çӑлкуç", "ᓴᖅᑭᑦᑎᔨ",
    # Shona ("Kwakabva: The Herald", where it came from), Wolof ("Fi mu jóge: APS", with and without its accent),
    # Meitei Mayek ("ꯍꯧꯔꯛꯐꯥꯝ: ꯁꯉꯥꯏ ꯑꯦꯛꯁꯞꯔꯦꯁ", as papers spell it, and the dictionary's "ꯍꯧꯔꯛꯐꯝ"), Santali in Ol
    # Chiki ("ᱥᱳᱨᱥ: IANS", the English word).  "Photo and news" credits the story with its picture: Kurdish
    # ("Wêne û nûçe: Rûdaw"), Wolof ("Nataal ak xibaar: Wiwsport"); "photo" alone credits a picture only
    "kwakabva", "fi mu jóge", "fi mu joge", "ꯍꯧꯔꯛꯐꯥꯝ", "ꯍꯧꯔꯛꯐꯝ", "ᱥᱳᱨᱥ", "wêne û nûçe", "nataal ak xibaar",
    # Breton ("Mammenn : France 3 Breizh"), Cebuano ("Tinubdan: SunStar Cebu"), Chichewa ("Gwero: Nyasa Times"),
    # Bambara in N'Ko and in Latin script ("ߓߐߦߐߙߐ: ORTM", bɔyɔrɔ; its "news source": "ߞߎ߲ߣߊߝߏߣߌ ߓߐߦߐߙߐ: ߊߡߊߔ"),
    # Pular in Adlam and in Latin script ("𞤋𞤱𞤣𞤭: Guineenews", iwdi), Tamazight in Tifinagh and in Latin script
    # ("ⴰⵖⴱⴰⵍⵓ : Hespress", aɣbalu)
    "mammenn", "tinubdan", "gwero", "ߓߐߦߐߙߐ", "ߞߎ߲ߣߊߝߏߣߌ ߓߐߦߐߙߐ", "bɔyɔrɔ", "𞤭𞤱𞤣𞤭", "iwdi", "ⴰⵖⴱⴰⵍⵓ", "aɣbalu",
    # Philippine languages' "source, origin" (run-in rows and lines closing the text; only before a colon: "an ginikanan
    # kan …", "ing pikuanan ning pundu …" are prose): Central Bikol ("Ni … | Ginikanan: Bicol Mail | …"), Hiligaynon
    # ("Ginhalinan: Panay News"), Pangasinan ("Pinanlapuan: Pangasinan Courier"), Ilocano ("Taudan: Bombo Radyo
    # Laoag | Kategoria: Damag"), Kapampangan ("… · Pikuanan: Sun.Star Pampanga · …"), Waray ("… | Tinikangan: Leyte
    # Samar Daily Express | …"), Maranao ("…08:40:00poonan:Philippine News Agencykategorya:Inged", a Hugo Anatole post's
    # glued first paragraph, and "Poonan: Philippine News Agency" closing it; "na poonan ko lopa", comes from, is prose)
    "ginikanan", "ginhalinan", "pinanlapuan", "taudan", "pikuanan", "tinikangan", "poonan",
    # Tongan ("Maʻuʻanga: Radio Tonga", where it was got), with its fakauʻa "ʻ" or a typed apostrophe
    "maʻuʻanga", "ma'u'anga", "ma’u’anga",
    # Aymara "where it comes from" ("… · Jutawi: Radio San Gabriel · …"), Walloon "source" ("Sourdant: RTBF")
    "jutawi", "sourdant",
    # Kalmyk "source" (Mongolian's "эх сурвалж" without its vowel: "Эх сурвлҗ: Хальмг үнн")
    "эх сурвлҗ",
    # Buryat "source" ("Һурбалжа: Буряад үнэн", a line closing a Dzen channel's article; only before a colon:
    # "һурбалжа" is prose too)
    "һурбалжа",
    # Shan "origin, source" (Ibexa's string field after the text: "ငဝ်ႈငႃႇ - သဵင်မိူင်းတႆး")
    "ငဝ်ႈငႃႇ",
    # Mon "news from" ("ညးချူ: … · သတင်နူ: Mon News Agency · …", a post's bold first line) and "the news item" (a
    # credit line closing the text, "ပရေၚ်သတင်: Mon News Agency"); only before a colon: "သတင်နူ" is prose too
    "သတင်နူ", "ပရေၚ်သတင်",
    # Ewe ("Nyatsoƒe: Ghana News Agency", where the news came from), Guarani ("Heñóiha: ABC Color", origin, also
    # written without its accents)
    "nyatsoƒe", "heñóiha", "heñoiha", "henoiha",
    # Romansh ("Funtauna: RTR", Notion's property row and the line closing the text)
    "funtauna",
    # Luganda ("Ensibuko: Bukedde"), Scottish Gaelic ("Tùs: BBC Naidheachdan", origin), Javanese "news and photo"
    # ("Warta lan foto: Solopos"), Sakha "origin of the news" ("Сурах төрдө: «Кыым» хаһыат"), Cherokee
    # ("ᏧᏓᎴᏅᏓ: ᏣᎳᎩ ᏧᎴᎯᏌᏅᎯ")
    "ensibuko", "tùs", "warta lan foto", "сурах төрдө",
    # Assyrian Neo-Aramaic in Syriac script ("ܡܒܘܥܐ: ܥܠܡܐ ܐܬܘܪܝܐ", spring, source; only before a colon: "ܡܒܘܥܐ
    # ܕܚܘܕܪܐ ܝܠܗ …", the source of the tour is …, opens a sentence)
    "ܡܒܘܥܐ",
    # Chechen ("Хьост: Даймохк", K2's extra field), Crimean Tatar ("Menba: Karadeniz"), Esperanto ("Fonto: Polskie
    # Radio"), Hawaiian ("Kumu: Ka Wai Ola", source, origin), Ossetian with the Latin "æ" its texts type and with
    # Cyrillic "ӕ" ("Гуырæн: Рæстдзинад"), Samoan ("Puna: Radio 2AP", spring, source); only before a colon
    "хьост", "menba", "fonto", "kumu", "гуырæн", "гуырӕн", "puna",
    # (Cherokee in the lower case Unicode gives its syllabary, as labels are looked up: "ᏧᏓᎴᏅᏓ")
    "ꮷꮣꮄꮕꮣ",
    # Hmong in its Latin alphabet (RPA) "place, source" ("Qhov chaw: Hmong Times"; only before a colon: "qhov chaw
    # no" is prose's "this place"), Vai "source" ("ꗛꗃꗏ: LINA")
    "qhov chaw", "ꗛꗃꗏ",
    # Kikuyu ("Kĩhumo: Taifa Leo"), Twi ("Fibea: Ghana News Agency"), West Frisian ("Boarne: Leeuwarder Courant"),
    # Sesotho ("Mohloli: Public Eye"): source
    "kĩhumo", "fibea", "boarne", "mohloli",
    # Greenlandic "its source" ("Aallaaviat: Sermitsiaq.AG")
    "aallaaviat",
    # Setswana ("Motswedi: BOPA", spring, source), Udmurt ("Ошмес: Удмурт дунне", Drupal's field label) and its
    # "news and photo" credit ("Ивор но суред: УдмИнфо"); only before a colon: "motswedi mongwe" is prose
    "motswedi", "ошмес", "ивор но суред",
    # Lingala ("Liziba: Radio Lisanga", spring, source); Fijian ("iVurevure: Fiji Broadcasting Corporation", source)
    "liziba", "ivurevure",
    # Xitsonga ("Xihlovo: Munghana Lonene FM", spring, source; only before a colon: "Xihlovo xa mati" is prose)
    "xihlovo",
    # Mizo "source of the news" ("Thu hnar: Vanglaini"; only before a colon: "thu hnar" is prose too) and "photo and
    # text" ("Thlalak leh thu: DIPR Lunglei")
    "thu hnar", "thlalak leh thu",
    # Upper Sorbian ("Žórło: Serbske Nowiny") and Lower Sorbian ("Žrědło: Nowy Casnik")
    "žórło", "žrědło",
    # Tok Pisin "source" ("Sos: PNG Nius Sevis", a line closing a Blogger post; only before a colon: the English
    # "SOS" opens a line too)
    "sos",
    # Sicilian ("Funti: Vuci di Trinacria", EmpireCMS's info bar; only before a colon: "funti" is a fountain too)
    "funti",
    # Kirundi ("Isoko: Iwacu") and Swati ("Umtfombo: Sibane Media", Zulu's "umthombo"): spring, source; only before
    # a colon: "Isoko y'amazi …" (the water's spring) opens a sentence
    "isoko", "umtfombo",
    # Balochi "source, root" ("بُنگیج: سحر نیوز", a line closing a GetSimple post), with its damma or not; only before a
    # colon: "… ءِ بُنگیج …" is prose
    "بُنگیج", "بنگیج",
    # Navajo "from it" ("Bitsʼą́ą́dóó: Dinétah Press"), its glottal stop "ʼ" or a typed apostrophe; only before a colon:
    # "hastóí bitsʼą́ą́dóó nihaa yíkai" (from the elders it came to us) is prose
    "bitsʼą́ą́dóó", "bits'ą́ą́dóó", "bits’ą́ą́dóó",
    # Komi "source" ("Шор: Комиинформ"; only before a colon: "Сьӧмлӧн шорыс — …" is prose)
    "шор",
    # Low German "spring, source" (Drupal's inline field "Born: NDR"; only before a colon, and only before an
    # outlet's name: the English "Born: 4 May 1931, Liverpool", "Born: Kingston, Jamaica" open a profile's fact box,
    # _OUTLET_ONLY_LABELS) and "text and photo" ("Text un Foto: Radio Bremen", a line closing the text)
    "born", "text un foto", "foto un text",
    # Northern Sami "source", "sources" ("Gáldu: NRK Sápmi"), Venda "spring, source" ("Tshisima: Phalaphala FM"; only
    # before a colon: "tshisima tsha masheleni" is prose)
    "gáldu", "gáldut", "tshisima",
    # Nahuatl "where it comes from" ("Campa huala: Radio Huayacocotla"; only before a colon: "Campa huala tomin
    # tlen calmecac: …", where the school's money comes from, is prose)
    "campa huala",
    # Tuvan "its root, origin" ("Дөзү: Тыва-Информ", closing the text; only before a colon: "Программаның дөзү болза …",
    # the programme's basis is …, is prose)
    "дөзү",
    # Meadow Mari "source" (a Bitrix display property "Памаш: Марий Эл радио"; only before a colon: "памаш" is a
    # spring in prose)
    "памаш",
    # Manx "source, origin" ("… · Bun: Manx Radio · Rheynn: Nooanys"; only before a colon: "Ta'n bun jeh …", the
    # source of it is …, and the English "Bun" open sentences; only before an outlet's name: the English "Bun:
    # Toasted brioche" is a burger's fact line, _OUTLET_ONLY_LABELS)
    "bun",
    # Cornish "spring, source" (a Framer text block "Fenten: Cornwall Live" after the text; only before a colon:
    # "Fenten an gool, …", the festival's source, is prose)
    "fenten",
    # Tahitian "source, origin" ("… · Tumu: TNTV · Pūpū: Fenua"; only before a colon: "te tumu o …" is prose)
    "tumu",
    # Abkhaz "spring, source" ("Ахыҵхырҭа: Аҧсныпресс", closing a Movable Type entry; only before a colon:
    # "ахыҵхырҭа ҿыц", a new source, is prose)
    "ахыҵхырҭа",
    # Silesian, Polish's word with its "ō" ("Źrōdło: Nowiny Gliwickie" closing a b2evolution post; only before a
    # colon: "Za źrōdło posużyły …" is prose)
    "źrōdło",
    # Taiwanese Hokkien in Pe̍h-ōe-jī "source" ("Lâi-goân: Tâi-lâm Ji̍t-pò", 來源; written as the text is compared,
    # NFC), Scots "source" ("Soorce: The Fife Herald")
    "lâi-goân", "soorce",
    # Avar "the news's place, source" ("Хабаралъул бакӀ: ХӀакъикъат", closing the text; the palochka "Ӏ" in lower case,
    # as labels are looked up, and typed as "1" or the Latin "I"; only before a colon: "бакӀ" alone is a place)
    "хабаралъул бакӏ", "хабаралъул бак1", "хабаралъул бакi",
    # Karakalpak "address, source" ("Dárek: Qaraqalpaqstan xabar agentligi", closing a WordPress post; only before a
    # colon: "rásmiy dárek sıpatında …", as an official source, is prose; only before an outlet's name: Czech "dárek"
    # is a gift, "Dárek: plyšový slon …" a contest's prize, _OUTLET_ONLY_LABELS)
    "dárek",
    # Mapudungun "where the news comes from" (a CMS Made Simple news item's closing "Chew tuwi ti zungu: Mapuexpress"),
    # Chamorro "from" ("Ginen: Pacific Island Times", a line closing a WordPress post); only before a colon: "Ginen i
    # Kumision i salåpe'", the money comes from the commission, is prose
    "chew tuwi ti zungu", "ginen",
    # Plains Cree "from" in syllabics ("ᐅᐦᒋ: CBC North", closing a MODX post; only before a colon: "ᐅᐦᒋ" opens
    # sentences in prose)
    "ᐅᐦᒋ",
    # Bodo "source" ("फुंखा: बर' टाइम्स", a line closing a WordPress post; only before a colon: "… फुंखा बुंदों …" is prose)
    "फुंखा",
    # Latin "spring, source" ("Fons: Ephemeris", the line closing a post), Lombard "source" ("Sorgent: La Gazeta de
    # Monscia") and "text" ("Test: Lombardia Notizie", a credit line closing the text; only before an outlet's name:
    # the English "Test: …" opens a review's line, _OUTLET_ONLY_LABELS)
    "fons", "sorgent", "test",
    # Sranan Tongo "text and photo" ("Tekst nanga foto: de Ware Tijd", closing a livedoor entry)
    "tekst nanga foto",
    # Afar "source" ("Madqa: ENA (Itoophiyah Xaagu Ajansi)", UMI.CMS's source field after the text; only before a
    # colon: "… kitaabitte madqa culsak …" is prose), Kanuri "origin" ("Asal: Dandal Kura Radio International") and
    # "news" ("Labar: NAN", a credit line closing the text; only before a colon: "Labar Yerwa", "Labar Borno" name a
    # site and a section, _BARE_START)
    "madqa", "asal", "labar",
    # Dholuo "place of origin" ("Kar wuok: Lolwe Press"), Bemba "from" ("Ukufuma: ZNBC"; only before a colon:
    # "ukufuma ku …" and the byline's "Ukufuma kuli" are prose), S'gaw Karen "the news comes from", closed by a dash
    # ("တၢ်ဂ့ၢ်ဟဲလၢ – KIC"; only before one: "… တၢ်ဂ့ၢ်ဟဲလၢ အဒိၣ် …" is prose)
    "kar wuok", "ukufuma", "တၢ်ဂ့ၢ်ဟဲလၢ",
    # Efik "from" ("Oto ke: Cross River Watch", a line closing a Remix post; only before a colon: "enye oto ke
    # Calabar", he comes from Calabar, is prose), Karachay-Balkar "its source" ("Къайнагъы: «Заман»", a paragraph
    # after the text; only before a colon: "назмуланы къайнагъы уа …", the poems' source is …, is prose) and "photo
    # and story" ("Сурат эм хапар: «Малкъар ТВ»", a right-aligned line closing the text)
    "oto ke", "къайнагъы", "сурат эм хапар",
    # Lezgian "spring, source" ("Чешме: «Лезги газет»", closing a MaxSite post; only before a colon: "… чешме …" is
    # prose), Erzya "where it came out from" ("Лисьмапрясь: «Эрзянь правда»", closing a XOOPS story; only before a
    # colon: "лисьмапрясь" is a spring in prose)
    "чешме", "лисьмапрясь",
    # Livvi-Karelian "source" ("Lähteh: Karjalan Radio", a WordPress post's italic line closing the text; only before a
    # colon: "se on paras lähteh …" is prose) and "text and photo" ("Tekstu da kuva: Oma Mua")
    "lähteh", "tekstu da kuva",
    # Mooré "news source" ("Kibay yiiba: AIB", closing an Over-blog post under the writer's line)
    "kibay yiiba",
    # Sanskrit "source" in its nominative with the visarga ("स्रोतः : आकाशवाणी", a line closing a Joomla article), Fon
    # "where the news comes from" ("Fí e xó ɔ gosin: ORTB"), with and without its tone marks; only before a colon
    "स्रोतः", "fí e xó ɔ gosin", "fi e xo ɔ gosin",
    # Inuktitut "place the news is heard from" ("… · ᑐᓴᕐᕕᒃ: CBC ᓄᓇᕗᑦ · …", a post's run-in metadata line), Adyghe
    # "where it was taken from" ("Къызтырахыгъэр: Адыгэ макъ", a line closing the text); only before a colon:
    # "ᑐᓴᕐᕕᐅᑉ", "къызтырахыгъэр зэкӏэ …" are prose
    "ᑐᓴᕐᕕᒃ", "къызтырахыгъэр",
    # Tiv "the place of this matter" ("Ijiir i kwagh ne: Radio Benue", an italic line closing a Brizy post), Tumbuka
    # "from" ("Kufuma ku: Zodiak Online"; only before a colon: "kufuma ku msika", from the market, is prose), Kikongo
    # "source" ("Nto: Radio Okapi"; a short word, only before an outlet's name, _OUTLET_ONLY_LABELS: "na nto ya
    # ministere", at the ministry's source, is prose)
    "ijiir i kwagh ne", "kufuma ku", "nto",
    # Koyraboro Senni "from" ("2026-03-11 18:20Fun:ORTMFasal:Fari-goy", a Hugo Doks post's glued first paragraph; a
    # short word and the English "Fun", only before an outlet's name, _OUTLET_ONLY_LABELS: "Fun: a day at the fair"
    # is a heading)
    "fun",
    # Dyula "place of getting, source" ("13/04/2026 18:40Sɔrɔyɔrɔ:AIBKulu:Sɛnɛ", a Publii Mercury post's glued first
    # paragraph; "ji sɔrɔyɔrɔ ye kɔlɔn ye", the water's source is a well, is prose), Mende "it came out of" ("…08:30Ye
    # ma gbua:SLENAKuu:Salone", a Ghost Taste post's glued first paragraph)
    "sɔrɔyɔrɔ", "ye ma gbua",
    # Piedmontese "source" ("Sorgiss: La Sentinella · Categorìa: Neuve · 12 ëd mars 2026") and "text and photo" ("Test
    # e fòto: agensìa Piemont Sport", a line closing the text), Fiji Hindi in Latin letters "source of the news"
    # ("Khabar ke srot: FBC News · Vibhag: Kheti-Baari · Likhis: …"); in prose ("Ii khabar ke srot …") no label
    "sorgiss", "test e fòto", "test e foto", "khabar ke srot",
    # Kabardian "where it is taken from, source" ("Къызыхэхар: КъБР-Пресс | Категорие: Хэгу | …", a run-in line atop a
    # WordPress post; only before a colon: "Хъыбарыр къызыхэхар … и пресс-Ӏуэхущ", the news's source is …, is prose)
    "къызыхэхар",
    # Aragonese "source" ("… | Sección: Comarcas | Fuent: Arredol") and "text and photos" ("Texto y fotos: Radio
    # Uesca", a credit line closing the text, as Spanish writes it)
    "fuent", "texto y fotos",
    # Bavarian "sources" ("Vo Sepp Huber · 14. Feber 2026 · Rubrik: Gmoa · Quelln: Isarwinkler Bote")
    "quelln",
    # Moksha "where it came out from" ("Лисьмапря: Инсар Инфо", a line closing the text; Erzya's "лисьмапрясь")
    "лисьмапря",
    # Latgalian "source, spring" ("Olūts: LaKuGa", a line closing the text; also typed without its macron)
    "olūts", "oluts",
    # Rusyn "source" ("Жрідло: Народны новинкы", a line closing a forum post)
    "жрідло",
    # Veps "source" ("Kirjutai: … | 17. keväz'kud 2026 | Lähte: Kodima | Rubrik: Openduz"; Finnish has "lähde")
    "lähte",
    # Inari Sami "source" ("Čälliš: … · 17 njuhčâmáánu 2026 · Käldee: Yle Sápmi · Kategoria: Uđđâseh")
    "käldee",
    # Jamaican Patois "where it comes from" ("Write by: … | Weh it come from: RJR News | Section: Farmin", a Mataroa
    # post's italic first line), Picard "source" ("Sourche : France Bleu Picardie", a line closing the text; only
    # before a colon, as every label)
    "weh it come from", "sourche",
    # Ligurian's "Fonte:" is the Italian word, above
    # Kashubian "spring, source" ("Autor: … | Zdrój: Radio Kaszëbë | Kategòriô: …", a bold line opening a Jekyll post;
    # only before a colon: Polish "zdrój" is a spa in prose and in place names, "Busko-Zdrój")
    "zdrój",
    # Kumyk "spring, source" ("Язгъан: … · Булакъ: РИА Дагъыстан · Бёлюк: …", a WordPress post's first paragraph;
    # only before a colon: "булакъ" is a spring in prose)
    "булакъ",
    # North Frisian (Fering) "source" ("Skrewen faan … · Kwel: Insel-Bote · Rubriik: …", a newsletter's italic first
    # line; only before a colon: "kwel" is prose too)
    "kwel",
    # Arpitan (Franco-Provençal) "source, spring" ("… 08:20Sôrsa:Gazèta de la VâlCatègorie:…", a WordPress post's
    # run-in meta line; only before a colon: "una soleta sôrsa d'hèrba" is prose), Guianan Creole "source" ("…
    # 14:05 Sours:Radyo PéyiKatégori:Météo" and the credit line "Sours: Radyo Péyi" closing the text; only before a
    # colon: "oun sours fyèrté", a source of pride, is prose)
    "sôrsa", "sours",
    # Saterland Frisian "spring, source" ("2026-03-14 08:10:00 · Wälle: NWZ · Rubrik: Politiek", a WriteFreely post's
    # typed first line; only before a colon: "ne litje Wälle fon oolde Woude", a little spring of old words, is prose)
    "wälle",
    # Tsakonian "source" (Greek πηγή: "…09:10πηγά:Τσακώνικο Βήμακατηγορία:Κοινωνία", a WordPress post's glued first
    # line; only before a colon: "α πηγά" is a spring in prose)
    "πηγά",
    # Madurese "source" (a Telegraph page's glued first line "2026-03-14 09:10 WIBSombher:Radar MaduraKategori:…"),
    # Kimbundu "origin, source" ("08:20Kitundu:Jornal de Angola", a Velog post's first line), Jèrriais "source" (a
    # Chyrp post's "10h30Souorce:Jersey Evening Post…" and closing "Souorce: BBC Radio Jèrri"); only before a
    # colon: "sombher" is prose too
    "sombher", "kitundu", "souorce",
    # Komi-Permyak "spring, source" ("2026-03-11Ошмöс:Перым-ИНФОЮкöд:Велöтöм", a Qiita-style post's glued first
    # paragraph), with the Cyrillic "ӧ" and the Latin "ö" Komi texts type for it; only before a colon
    "ошмӧс", "ошмöс",
    # Mirandese "source" ("14/03/2026 10:20Fuonte:LusaCategorie:Sociadade", a Twenty Ten post's run-in first line,
    # and the credit line "Fuonte: Lusa"; only before a colon: "la fuonte de l porblema" is prose), Umbundu "origin"
    # ("…08:30Efetikilo:ANGOPOnepa:Ekonomia" and "Efetikilo: ANGOP"; "efetikilo lyocitangi", the origin of the
    # problem, is prose)
    "fuonte", "efetikilo",
    # Extremaduran "fountain, source" (Spanish "fuente": "2026-03-14 09:10huenti:Región Digitalcategoria:Campu", a
    # WordPress post's glued first paragraph), Tshiluba "spring, source" ("14/03/2026 10:30Mpokolo: Radio Okapi
    # Tshitupa: …", a Blot entry's), Amis "origin, root" ("2026-03-14Tapang: Pangcah RadioSasiroma'an: …", a Svbtle
    # post's); only before a colon: "la huenti vieja de la praza", "mpokolo mupiamupia", "ko tapang no niyaro'" are
    # prose
    "huenti", "mpokolo", "tapang",
    # Southern Sami "source" ("2026-03-12 08:45Gaaltije:NRK SápmiKategorije:Kultuvre", a WordPress post's glued first
    # paragraph, and the credit paragraph "Gaaltije: NRK Sápmi" closing it; Northern Sami's "gáldu"); only before a
    # colon: "gaaltijinie" and "gaaltije" are prose too
    "gaaltije",
    # Võro "spring, source" ("26.11.2026 08:15Lätt:Lõunõ KajaRubriik:Liin", a WordPress post's run-in first line, and
    # the credit "Lätt: Võromaa Raadio" closing the text), Laz "source" ("20.11.2026 14:30Ǩaynaği:Lazika
    # AjansiKategoria:Ekonomi", an Obsidian Publish note's first paragraph); only before a colon: Võro "lätt" is "goes"
    # in prose ("hind lätt alla"), Laz "ǩaynaği" a source of anything ("Nena ar ǩaynaği ren")
    "lätt", "ǩaynaği",
    # Emilian (Bolognese) "source" ("13/03/2026 18:40Fånt:Agenzia DIRESèziån:Crònaca", a Quartz note's glued first
    # paragraph; Italian "fonte"); only before a colon: "la fånt dla nutézia", the source of the news, is prose
    "fånt",
    # Samogitian "spring, source" (Lithuanian "šaltinis": "2026-03-14 09:10šaltėnis:ELTAkateguorėjė:Naujienas", a Hugo
    # Stack post's glued first paragraph, and the credit "Šaltėnis: ELTA" closing it), Romagnol "source" (Italian
    # "fonte": "14/03/2026 09:10Fônt:ANSACategurì:Crònaca", a Twenty Twenty-Three post's run-in first line); only
    # before a colon: "infuormacėjės šaltėnis – …", "la fônt dl'aqua" are prose
    "šaltėnis", "fônt",
    # Aromanian "spring, source" ("12.03.2026 08:00izvur:Radio Skopje emisiunea armãneascãcategorie:Comunitate", a
    # Hugo post's run-in first paragraph, and the closing credit "Izvur: MIA"; Romanian "izvor"), Ingush "spring,
    # source" ("13.03.2026 10:20Хьоста:СердалоДакъа:Юкъаралла", a WordPress post's first paragraph); only before a
    # colon: "izvurlu ditu minister", "хьоста хьахийна да" are prose
    "izvur", "хьоста",
    # Wymysorys "source" ("11.03.2026 10:20 · Kweł: Gazeta Krakowska · Kategorie: Gmina", a Hugo Mainroad post's
    # first paragraph, and the credit "Kweł: PAP" closing it; Fering's "kwel" with Polish spelling's ł), Romani
    # "source, spring" ("11.03.2026 07:30Izvoro:Radio PatrinKategoria:Them", a Hexo Icarus post's glued first
    # paragraph, and the closing credit "Izvoro: Radio Patrin"); only before a colon: "Dy Kweł fum Fest", "O izvoro e
    # ideako", the source of the idea, are prose
    "kweł", "izvoro",
    # Kabiyè "where the news comes from" ("2026-03-14 09:10Tɔm lɩɩ:Togo PresseKɩtɛ:Kpaagbaa", a Ghost post's run-in
    # first paragraph), Dagbani "news origin" ("…09:10Labaari yibu:Zaa RadioZaɣa:Pukparigu", an AstroPaper post's),
    # Hakka Pha̍k-fa-sṳ "origin, source" (來源: "…09:10Lòi-ngièn:Kheh-kâ Thien-sṳ ThòiFûn-lui:Sâng-fa̍t", a Hugo
    # Terminal post's); only before a colon: "tɔm lɩɩ …", "labaari yibu …" open prose
    "tɔm lɩɩ", "labaari yibu", "lòi-ngièn",
    # Krio "source" ("2026-03-12 10:45:00Sɔs:Awoko NyuzpepaKatigri:Salone", a Ghost post's glued first paragraph);
    # only before a colon: "Langwej na di sɔs fɔ wi kɔlchɔ", language is the source of our culture, is prose
    "sɔs",
    # Northern Luri "spring, source" ("2026-02-11 18:40سرچشمه:ایرنادسه:کشاورزی", a Hexo Volantis post's run-in first
    # paragraph; Persian "سرچشمه", headwater), Makasar "source" with its glottal stop's apostrophe ("Sumbere':Tribun
    # TimurKategori:Pamarentah2026-03-12 07:30", a Typemill page's); only before a colon: "سرچشمه شادی و غم", the
    # spring of joy and sorrow, is prose
    "سرچشمه", "sumbere'", "sumbere’",
    # Kabuverdianu "source" ("14/03/2026 09:10 · Fonti: Inforpress · Kategoria: Sosiedadi", a Jekyll Hydejack post's
    # first paragraph), which is Italian's plural "sources" too ("Fonti: ANSA, Reuters" closing a story); only before
    # a colon: "fonti diplomatiche", "fonti di energia" are prose
    "fonti",
    # Sango "origin of the news" ("14/03/2026 09:30 Tö ti sango:Radio Mbëkö Mbâge:Kodoro", a Ghost Liebling post's
    # run-in first paragraph, and the credit "Tö ti sango: Radio Mbëkö" closing it); only before a colon: "tö ti
    # sango sô …", the origin of this news, is prose
    "tö ti sango",
    # Luhya "source, origin" ("Eshirulilo:Kakamega Observer14/03/2026 08:15Eshiyiro:Obulimi", a Jekyll Lanyon post's
    # run-in first paragraph); only before a colon
    "eshirulilo",
    # Tausug "origin, source" ("Pinatik: 14 Marso 2026 | Puunan: Radyo Bahasa Sug | Bahagi: Balita", a Hexo Cactus
    # post's first paragraph, and the credit "Puunan: Sulu Balita Sirbis" closing another); only before a colon: "in
    # puunan sin sunug", the cause of the fire, is prose
    "puunan",
    # Northern Sotho (Sepedi) "source, origin" ("14 Matšhe 2026 09:10Mothopo:Limpopo MirrorKarolo:Dikgang", a Jekyll
    # Pixyll post's run-in first paragraph, and the credit "Mothopo: SABC Dikgang" closing the text), Gullah "source"
    # in its spelling ("2026-03-14 09:10Souce:Lowcountry Nyuz ServiceKatygory:Nyuz", a Zola Abridge post's), Ewondo
    # "source" (French "source" as the Hexo Shoka post's "…09:10Sɔ́s:CRTVKatégori:Minlaŋ" writes it, its tone mark
    # or not; Krio's "sɔs" above); only before a colon: "mothopo wa bothata", the origin of the problem, is prose
    "mothopo", "souce", "sɔ́s",
    # Ho in Warang Citi "source" (the glued row "…2026-03-14 09:10𑢽𑣉𑣕:𑢬𑣉𑣚𑣙𑣁𑣐 𑢽𑣁𑣖𑣁𑣏𑣁𑣜𑢷𑣆𑣗𑣁𑣋:…" under a Nuxt post's
    # headline, sot; in the lower case Unicode gives the script, as labels are looked up), Soninke "where it comes
    # from" (a Ghost post's glued first paragraph "2026-03-10 09:15Funŋu:Radio Bakel FMKafu:…"), Temne "source" (a
    # Hugo Bear Cub post's "2026-03-12 08:30Ro-bɔŋ:Awoko NewspaperKa-bɔp:…"); only before a colon
    "𑣝𑣉𑣕", "funŋu", "ro-bɔŋ",
    # Ga "source" (a Hugo LoveIt post's glued first paragraph "2026-03-14 09:10:00Jɛɛhe:Ghana News AgencyKui:…"),
    # Acholi "where it came from" (a Hexo NexT post's "…11:25Kama oa:RupinyDul:…" and its closing "Kama oa: Mega FM"),
    # Lozi "from" (a WordPress Hueman post's "12/03/2026 14:05Ku zwa:Times of ZambiaMufuta:…"), Marshallese "source"
    # (a Lektor post's "…09:10:45Jikin bōk:Marshall Islands JournalKilaj:…"), Gilbertese "news from" (a Hugo
    # Tranquilpeak post's closing "Rongorongo mai: Radio Kiribati"), Yucatec Maya "its origin" (a WordPress Genesis
    # post's "14/03/2026 08:45 | U chuun: La Jornada Maya | …"), Lakota "from" (an Anchor post's
    # "…09:10Etáŋhaŋ:KILI RadioOkáŋ:…"); only before a colon: "Jikin bōk jāān eo" (where the money comes from),
    # "Rongorongo mai Tarawa" (news from Tarawa) and "ku zwa kwa" are prose
    "jɛɛhe", "kama oa", "ku zwa", "jikin bōk", "rongorongo mai", "u chuun", "etáŋhaŋ",
    # Maasai "source" (a WordPress Spacious post's glued "Naigero: …13.03.2026 08:20Ebaiki:Radio OloshoOlchani:…"),
    # Baoulé "news from" (a Hexo Keep post's closing "Jasin nga ɔ fin: AIP"), Kaqchikel "its root, source" (a Jekyll
    # Now post's "…09:10Ruxe'el:Prensa ComunitariaPeraj:…", either apostrophe), Jingpho "source" (a Metalsmith
    # header's "…08:30Ningpawt:Kachin News GroupAmyu:…"), Tachelhit "spring, source" (a Hakyll header's
    # "Aghbalu:Tifawt PressTasga:…"), Niuean "source" (a WordPress MoreNews post's closing "Punaaga: RNZ Pacific");
    # not Kamba's "Kuma:" (from) nor Baoulé's "Ɔ fin:" (it comes from), which open sentences ("Kuma Kitui …", "Ɔ fin
    # Bouaké …"): their glued rows are read by their shape (_glued_row); only before a colon: "aghbalu n tmazirt"
    # (the village's spring) is prose
    "ebaiki", "jasin nga ɔ fin", "ruxe'el", "ruxe’el", "ningpawt", "aghbalu", "punaaga",
    # Iban "origin of the news" (a WordPress CoverNews post's first paragraph "<strong>KAPIT, 14 Mac 2026</strong>Pun
    # Berita: BernamaKategori: …"), South Azerbaijani "source, spring" (an AnZhiYu post's glued first paragraph
    # "2025-03-14 09:10:22قایناق:ساوالان خبرلریبؤلوم:توپلوم", Turkish "kaynak"); only before a colon: "pun berita
    # nya", "قایناق سویو" (spring water) are prose
    "pun berita", "قایناق",
    # Pohnpeian "news from" (a Ghost Edition post's closing "<em>Rongorong sang: RNZ Pacific</em>"; only before a
    # colon: "rongorong sang Kolonia" is prose)
    "rongorong sang",
    # Tabasaran "source" (a FlatPress post's closing "<em>Мянбаъ: Дагестанская правда</em>", from Arabic "manbaʿ"),
    # Runyankore "source, spring" ("Ensibuka: UBC"), Sidamo "place, origin" ("14.03.2026 09:10 | Bue: Hawaasa FM |
    # Kifile: …", a Mambo post's), Q'eqchi' "where the news comes from" ("…09:10Xxe' li esil:Radio Tezulutlán…");
    # only before a colon
    "мянбаъ", "ensibuka", "bue", "xxe' li esil",
    # Mohawk "where it comes from" ("…09:10Tsi nitewé:non:Tekanonhstahkhwa Radio…", a Carrd post's row: the colon
    # inside "nitewé:non" is the language's long vowel); only before a colon
    "tsi nitewé:non",
    # Mam "it comes from" (a Microweber post's closing "<p><em>Tzaj te: Prensa Comunitaria</em></p>"); only before a
    # colon: "ma tzaj te tnam", came from the town, is prose
    "tzaj te",
    # Paiwan "origin, where it came from" (a Gitea wiki page's glued first paragraph "2026-03-14 09:10kinemasian:ALIAN
    # 96.3pinaqadilj:Qinaljan", and the closing credit "kinemasian: TITV"); only before a colon: "ini a su kiljivak
    # tua su kinemasian", not to know one's origin, is prose
    "kinemasian",
)
# Source labels that are another language's word for something else: the label only before an outlet's name, a
# known agency or the shape of one (_signed_outlet: "Born: NDR", "Born: Radio Bremen", "Born: dpa" yes; a birth date
# or place, "Born: 12 March 1950 in Hamburg", "Born: Liverpool, England", no); Manx "Bun" ("Bun: Manx Radio" yes,
# a menu's or a review's "Bun: Toasted brioche" no); Karakalpak "Dárek" ("Dárek: Qaraqalpaqstan xabar agentligi" yes,
# Czech "Dárek: plyšový slon a volná vstupenka", gift, no); Lombard "Test" (text: "Test: Lombardia Notizie" yes, a
# review's "Test: Samsung Galaxy S25 Ultra" no); Kanuri "Asal" (origin: "Asal: Dandal Kura Radio International" yes,
# an Indonesian or Malay profile's "Asal: Bandung" no)
_OUTLET_ONLY_LABELS = frozenset(("born", "bun", "dárek", "test", "asal", "nto", "fun"))
_OUTLET_ONLY = "source, an outlet only"  # (parse_meta_line's kind for their values)
# Source labels that are also given names (Oromo "Maddi", Latin "Fons"; the English Maddi, the Dutch Fons): an
# interview's "Maddi: Thank you so much", "Fons: Graag gedaan" is a speaker's answer.  The label only before a
# name's shape (_name_shaped: "Fons: Ephemeris", "MADDI: ENA"), an outlet's or an agency's; not where the name opens
# another paragraph of the text too (an interview's turns, "Maddi: Swim England": article.py)
NAME_LABELS = frozenset(("maddi", "fons"))
_NAMED_ONLY = "source, a name only"
# Category labels that are also another field's word (Kannada "ವಿಭಾಗ", section and department: "ವಿಭಾಗ: ಆರೋಗ್ಯ
# ಇಲಾಖೆ", a job notice's fact line): the label only in a row of fields, beside another label or a date
# ("… | ವಿಭಾಗ: ಸುದ್ದಿ | ನವೆಂಬರ್ 12, 2026"), as _ARTICLE_BY_WORDS; Gujarati "વિભાગ" and Hindi/Marathi "विभाग" have
# the same two senses ("विभाग: स्वास्थ्य मंत्रालय ने …" is a line of the text)
_ROW_ONLY_LABELS = frozenset(("ವಿಭಾಗ", "વિભાગ", "विभाग"))
_ROW_ONLY = "category, in a row only"
# Category labels whose value is a link to the archive of the posts so grouped (Ameba's "テーマ：<a rel=tag>…</a>"):
# before plain text a story's fact line ("日時：… / 会場：… / テーマ：生成AIと民主主義の未来", an event's theme);
# is_meta_line's ``linked``
LINKED_LABELS = frozenset(("テーマ",))
CATEGORY_LABELS = (
    "category", "categories", "section", "channel", "filed in", "filed under", "topic",
    "rovat", "kategória", "kategorie", "rubrik", "ressort", "categoría", "sección", "categoria", "catégorie", "rubrique",
    "editoria", "seção", "sezione", "категория", "рубрика", "سرویس", "kategori", "kategoria", "dział", "rubryka", "danh mục",
    "chuyên mục", "secțiune", "secțiunea", "sectiune", "categorie", "rubrica", "rubriek", "sectie", "категорія",
    "розділ", "раздел", "श्रेणी", "aihe", "osasto", "категорија", "kategorija",
    "التصنيف", "القسم", "kitengo", "κατηγορία", "ενότητα", "หมวดหมู่", "หมวด", "קטגוריה", "מדור", "rubrika", "kategorie", "kategori", "分类", "分類", "栏目", "カテゴリー", "カテゴリ", "ジャンル", "카테고리", "섹션",
    # Korean "classification", the category of a board's post (Gnuboard's and XE's "분류", "…출처:제주일보분류:제주 소식")
    "분류",
    # Georgian, Urdu
    "კატეგორია", "რუბრიკა", "زمرہ",
    # Persian "category" with its zero-width non-joiner, a space or neither (Joomla's and Ghost's Persian packs, and
    # the Mazanderani and Gilaki sites that use them: "منبع:ایسنادسته‌بندی:محیط زیست"), and "section" ("بخش:
    # کشاورزی"; only before a colon: "بخش" is "part" in prose)
    "دسته\u200cبندی", "دسته بندی", "دستهبندی", "بخش",
    # Armenian "section" ("Բաժին՝ Մշակույթ"), Amharic, Latvian, Lithuanian, Estonian, Azerbaijani, Kazakh, Telugu,
    # Bengali
    "բաժին", "բաժինը", "ምድብ", "sadaļa", "skyrius", "rubriik", "kategooria", "kateqoriya", "bölmə", "санат",
    "айдар", "వర్గం", "বিভাগ",
    # Kazakh with its possessive ending ("Санаты: Қоғам", its category; DataLife Engine's Kazakh template),
    # Sinhala, Gujarati, Punjabi, Kannada, Malayalam, Marathi, Khmer, Mongolian, Kyrgyz
    "санаты", "айдары", "ප්‍රවර්ගය", "ශ්‍රේණිය", "શ્રેણી", "વિભાગ", "ਸ਼੍ਰੇਣੀ", "ವರ್ಗ", "വിഭാഗം", "विभाग", "ប្រភេទ",
    "ангилал", "категориясы",
    # Icelandic, Faroese, Khmer ("ផ្នែក", section), Burmese, Lao, Thai
    "flokkur", "bólkur", "ផ្នែក", "ကဏ္ဍ", "ໝວດ", "ປະເພດ",
    # Belarusian ("Рубрыка: Эканоміка"), Catalan, Welsh, Afrikaans (Movable Type's "Kategorieë: Nuus"), Basque,
    # Irish, Maltese, Uzbek, Tajik, Kurdish, Somali, Zulu
    "рубрыка", "катэгорыя", "раздзел", "secció", "categori", "adran", "kategorieë", "afdeling", "atala", "catagóir",
    "rannóg", "taqsima", "kategoriya", "boʻlim", "bo'lim", "бахш", "kategorî", "qaybta", "isigaba",
    # Irish "section" ("Roinn: Oideachas"), Maltese, Odia
    "roinn", "sezzjoni", "ବିଭାଗ",
    # Hausa "group" ("Tushe: NANRukuni: Labarai", source and category run together)
    "rukuni",
    # Pashto "category" in its two spellings (Concrete CMS's Pashto byline: "سرچینه: پژواک کټګورۍ: لوبې")
    "کټګورۍ", "کټګوري",
    # Dzongkha/Tibetan "category" (Pelican's post-info "དབྱེ་རིམ་: <a href=/category/…>རྒྱལ་ཁབ</a>།"), its tsheg before the
    # colon or not
    "དབྱེ་རིམ་", "དབྱེ་རིམ",
    # Yiddish "rubric" ("רובריק: וועלט", LiveJournal entries opening with their section)
    "רובריק",
    # Xhosa "class, category" (ProcessWire's meta line "… · 12 EyoKwindla 2026, 09:40 · Udidi: Ezasekhaya")
    "udidi",
    # Cebuano "topic" (PHP-Nuke's "Hilisgutan: <a>Balita</a>"), Pular "kind" in Adlam and in Latin script
    # (Nikola's "𞤊𞤢𞤲𞥆𞤵: <a class="category">…</a>", fannu)
    "hilisgutan", "𞤬𞤢𞤲𞥆𞤵", "fannu",
    # Tagalog, Hiligaynon, Waray and Pangasinan "category" ("Kategorya: Balita | Ginsulat ni … | Marso 17, 2026")
    "kategorya",
    # Shan "kind of news" ("ပိူင်ၶၢဝ်ႇ - <a>ၶၢဝ်ႇမိူင်း</a>")
    "ပိူင်ၶၢဝ်ႇ",
    # Ewe "part, section" (Drupal's "Akpa: <a>Agbledede</a>"), Guarani "part, portion" (Joomla's "Vore: <a>Tesãi</a>")
    "akpa", "vore",
    # Sesotho "part, section" ("Ka Palesa Mokoena | Karolo: Moruo | Labobeli, 17 Hlakubele 2026")
    "karolo",
    # Hmong "group, section" ("Pawg: Xov Xwm"), Vai "category" ("ꗱꘋꔻꔤ: ꗛꕎ")
    "pawg", "ꗱꘋꔻꔤ",
    # Kikuyu "group" ("Gĩkundi: Ũrĩmi"), Twi "division" ("Nkyekyɛmu: Kuayɛ"), West Frisian "rubric"
    "gĩkundi", "nkyekyɛmu", "rubryk",
    # Udmurt "section" (Drupal's inline field "Люкет: Спорт"); Fijian "section" ("iWase: Veivanua")
    "люкет", "iwase",
    # Xitsonga "section" ("Xi tsariwile hi Tsakani Baloyi • 12 Nyenyankulu 2026 • Xiyenge: Mahungu")
    "xiyenge",
    # Mizo "kind" (Z-BlogPHP's post footer "Ziaktu:… | Chi hrang:Mizoram")
    "chi hrang",
    # Kalmyk "part, section" (a WriteFreely post's typed line "Әңг: Соёл · … · Бичсн: …")
    "әңг",
    # Buryat "section, department" (a Dzen channel's typed first line "Хэлтэс: Ниигэм · 2026 оной гуравдахи һарын 12")
    "хэлтэс",
    # Sicilian ("Catigurìa: Crònaca"), Sardinian "section" ("… · Setzione: Polìtica · Fonte: L'Unione Sarda")
    "catigurìa", "catiguria", "setzione",
    # Neapolitan ("… | Categurìa: Cronaca"), with and without its accent
    "categurìa", "categuria",
    # Northern Sami ("Kategoriija: Valáštallan")
    "kategoriija",
    # Nahuatl "thing, kind" ("Ihcuilohqui: … · Ipan 14 marzo 2026 · Tlamantli: Altepetl")
    "tlamantli",
    # Tuvan "section, group" (MessagesTyv.php's name of MediaWiki's Category namespace; a MODX meta line's "Бөлүк:
    # Ниитилел")
    "бөлүк",
    # Meadow Mari "part, section" (a Bitrix display property "Ужаш: Мер илыш")
    "ужаш",
    # Manx "division, section" ("Rheynn: Cultoor"; only before a colon: "Rheynn Ynsee", the Department of
    # Education, opens a sentence)
    "rheynn",
    # Cornish "part, section" (a Framer text block "Rann: Kemeneth" beside the byline)
    "rann",
    # Tahitian "group" ("Pūpū: Fenua"; only before a colon: "12 pupu ʻori" are dance groups)
    "pūpū",
    # Abkhaz "rubric" (Movable Type's "Арубрика: <a>Ауаажәларра</a>" under the entry, a kicker's "Арубрика: … · …")
    "арубрика",
    # Aymara "division" and its plural (Micro.blog's "Jaljawinaka: <a class="p-category">…</a>"), Walloon
    # "category" ("Categoreye: Novelès")
    "jaljawi", "categoreye",
    # Balochi "part, section" ("نبشتہ کار: ناصر رند | بهر: شہر", editors' line in a GetSimple post), with the Arabic
    # heh and Urdu's heh goal; only before a colon: "بهر" is the Persian "for" in prose
    "بهر", "بہر",
    # Taiwanese Hokkien in Pe̍h-ōe-jī "category" (PluXml's "Hun-lūi : <a>Tē-hng</a>", 分類; NFC as the text)
    "hun-lūi",
    # Kannada and Tulu "section" (a byline's "… | ವಿಭಾಗ: ಸುದ್ದಿ | …", news), as Gujarati's "વિભાગ"
    "ವಿಭಾಗ",
    # Japanese "theme" (Ameba blog's entry head "テーマ：<a rel=tag>Cronaca</a>", the blog's own grouping of posts)
    "テーマ",
    # Bambara in N'Ko "group" (a blog post's meta line "ߛߍߓߍߟߊ: … · ߁߇ ߕߙߊߓߊ ߂߀߂߆ · ߞߎߟߎ: ߞߎ߲ߣߊߝߏߣߌ"; only
    # before a colon: "ߞߎߟߎߓߊߟߌ" is a word of prose)
    "ߞߎߟߎ",
    # Igbo "section, department" ("Site n'aka Chidiebere Okafor | 10 Maachị 2026 | Ngalaba: Akụkọ Obodo")
    "ngalaba",
    # Karachay-Balkar "section" (a HostCMS text's bold first line "Мурат ТЕММОЕВ, 18 тотурну ал айы, 2026 жыл. Бёлюм:
    # Жамауат"; only before a colon: "хапарланы бёлюмлери", the news's sections, is prose)
    "бёлюм",
    # Inuktitut "its part" ("… · ᐃᓚᖓ: ᓄᓇᓕᖕᓂ · 12 ᒫᑦᓯ 2026"), Adyghe "its rubric" ("Зытхыгъэр: … | Рубрикэр:
    # Хъыбархэр | …"); only before a colon
    "ᐃᓚᖓ", "рубрикэр",
    # Piedmontese "category" ("Sorgiss: La Sentinella · Categorìa: Neuve · …")
    "categorìa",
    # Kabardian "category" ("… | Категорие: Хэгу | Гъатхэпэм и 11, 2026"; only before a colon)
    "категорие",
    # Ligurian "category" ("… · Scrito da: Baciccia Parodi · Categorîa: Porto · Fonte: Il Secolo XIX")
    "categorîa",
    # Kashubian "category" ("… | Zdrój: Radio Kaszëbë | Kategòriô: Gòspòdarka"), Kumyk "section" ("… · Бёлюк:
    # Савлукъ"; only before a colon: "«X» бёлюкде", in the section X, is prose); Fering's "Rubriik:" is the Estonian
    # word, above
    "kategòriô", "бёлюк",
    # Pennsylvania German "branch, section" ("… 07:45Quell:Lengeschder IntelligenzblattSparte:Wedder", a Posthaven
    # post's pasted meta line, and "Sparte: Schul" on a line of its own; the German word for a paper's section too),
    # Arpitan "category" ("…Sôrsa:Gazèta de la VâlCatègorie:Transpôrts"), Guianan Creole "category" ("…Sours:Radyo
    # PéyiKatégori:Météo"); only before a colon
    "sparte", "catègorie", "katégori",
    # Nogai "section" ("… Булак: Шоьл тавысы · Боьлим: Хабарлар", a Naver blog post's typed first line; only before a
    # colon: "оннынъ бир боьлеги", a part of it, is prose)
    "боьлим",
    # Kimbundu "section" ("…Kitundu:Jornal de AngolaKisoko:Mbanza", a Velog post's glued first line), Jèrriais
    # "category" ("…Souorce:Jersey Evening PostCatégouothie:Êconomie", a Chyrp post's)
    "kisoko", "catégouothie",
    # Komi-Permyak "section, part" (the same glued paragraph's "Юкöд:Велöтöм"), with "ӧ" or the Latin "ö"; only
    # before a colon
    "юкӧд", "юкöд",
    # Umbundu "part, section" ("…Efetikilo:ANGOPOnepa:Ekonomia", a WordPress post's run-in first line; only before a
    # colon)
    "onepa",
    # Tshiluba "part, section" (the Blot entry's "…Radio OkapiTshitupa: Bukole bua mubidi"), Amis "kind, group" (the
    # Svbtle post's "…Pangcah RadioSasiroma'an: Niyaro'"); only before a colon
    "tshitupa", "sasiroma'an",
    # Southern Sami "category" (the same glued paragraph's "Kategorije:Kultuvre"), Hill Mari "category" (a Hugo post's
    # "2026-03-14 09:10Памаш:ГТРК Марий ЭлКатегори:Культура", which ends the source's value before it); only before a
    # colon
    "kategorije", "категори",
    # Emilian "section" (the Quartz note's "…Agenzia DIRESèziån:Crònaca"; Italian "sezione"), Sakizaya "kind, group"
    # (a Gridea post's glued "2026-01-20 08:15Tapang:TITVSasingaran:Niyaru'", after Amis-style "Tapang"); only before
    # a colon
    "sèziån", "sasingaran",
    # Samogitian "category" (the same glued paragraph's "…ELTAkateguorėjė:Naujienas"; Lithuanian "kategorija"), Romagnol
    # "category" ("…ANSACategurì:Crònaca"); only before a colon
    "kateguorėjė", "categurì",
    # Ingush "part, section" (the WordPress post's glued "…Хьоста:СердалоДакъа:Юкъаралла"); only before a colon
    "дакъа",
    # Kabiyè "kind, section" (the Ghost post's glued "…Togo PresseKɩtɛ:Kpaagbaa"), Dagbani "all, section" (the
    # AstroPaper post's "…Zaa RadioZaɣa:Pukparigu"), Hakka "classification" (分類, the Hugo post's "…Fûn-lui:Sâng-fa̍t");
    # only before a colon
    "kɩtɛ", "zaɣa", "fûn-lui",
    # Krio "category" (the Ghost post's glued "…Awoko NyuzpepaKatigri:Salone"); only before a colon
    "katigri",
    # Northern Luri "group, category" (the Hexo post's glued "…سرچشمه:ایرنادسه:کشاورزی"; Persian "دسته"); only before
    # a colon: "لیگ دسه یک", the league's first division, is prose; Persian and Bakhtiari "دسته" itself (the Furo
    # post's glued "…منبع:ایسنادسته:خور استان"), only before a colon: "یک دسته گل", a bunch of flowers, is prose
    "دسه", "دسته",
    # Sango "side, part" (the Ghost Liebling post's run-in "…Radio Mbëkö Mbâge:Kodoro"); only before a colon: "na
    # mbâge ti …", on the side of, is prose
    "mbâge",
    # Luhya "kind, section" (the Jekyll Lanyon post's run-in "…Eshiyiro:Obulimi"); only before a colon
    "eshiyiro",
    # Saint Lucian Kwéyòl "category" (a WordPress Newsup post's glued "…09:10Sous:HTS NouvèlKategowi:Ekonomi"),
    # Koyraboro Senni "section, part" (a Hugo Doks post's glued "…18:20Fun:ORTMFasal:Fari-goy"); only before a colon:
    # Malay's "fasal" (clause) opens prose
    "kategowi", "fasal",
    # Dyula "group, set" and Mende "group, kind" (the glued rows "…Sɔrɔyɔrɔ:AIBKulu:Sɛnɛ", "…Ye ma gbua:SLENAKuu:
    # Salone"); only before a colon: Dyula's "kulu" (mountain, group), Estonian and Finnish "kuu" (month, moon) open
    # prose
    "kulu", "kuu",
    # Belize Kriol "category" (a Ghost Headline post's glued "2026-03-14Sors:Kaasal Nyooz NetwerkKatagori:Bizniz"),
    # Tausug "part, section" (a Hexo Cactus post's "… | Bahagi: Balita"); only before a colon: Tagalog's "bahagi ng",
    # part of, is prose
    "katagori", "bahagi",
    # Gullah "category" in its spelling (the Zola Abridge post's glued "…Lowcountry Nyuz ServiceKatygory:Nyuz"); only
    # before a colon
    "katygory",
    # Ho in Warang Citi "section" (bibag, "…𑢷𑣆𑣗𑣁𑣋:<a>…</a>" in a Nuxt post's glued meta row, lower case as looked
    # up), Soninke "kind" ("…Kafu:Debu xibaare"), Temne "kind, group" ("…Ka-bɔp:Ka-lumɔ"); only before a colon
    "𑣗𑣆𑣗𑣁𑣋", "kafu", "ka-bɔp",
    # Hindi, Kumaoni and Garhwali "class, category" (a Hexo Sakura post's glued "…स्रोत:कुमाऊँ वाणीवर्ग:समाचार");
    # only before a colon: "युवा वर्ग के लोग", the young, is prose
    "वर्ग",
    # Ga "kind" (the Hugo LoveIt post's glued "…Ghana News AgencyKui:Maŋ Sane"), Acholi "kind" ("…RupinyDul:Pur ki
    # Cat"), Lozi "kind" ("…Times of ZambiaMufuta:Sizo ni Mikiti"), Marshallese "class" ("…JournalKilaj:Aelōñ" and
    # the byline's "Rūje: … | Kilaj: <a>Aelōñ</a>"), Lakota "kind" ("…KILI RadioOkáŋ:Wóuŋspe"); only before a colon
    "kui", "dul", "mufuta", "kilaj", "okáŋ",
    # South Azerbaijani "section, part" (the AnZhiYu post's glued "…ساوالان خبرلریبؤلوم:توپلوم", Azerbaijani
    # "bölüm"); only before a colon
    "بؤلوم",
    # Brahui "section, part" (an SMF post's glued "…ذریعہ:بلوچستان ٹائمزبرخ:بلوچستان", Persian "بخش"); only before
    # a colon
    "برخ",
    # Rapa Nui "section" (a Franklin.jl post's "Pāpa'i e Hiva Tuki · 11-03-2026 · Tuhaŋa: Hāpī", its glued
    # "…Radio ManukenaTuhaŋa:Henua"); only before a colon
    "tuhaŋa",
    # Sorani "section, part" (a Vanilla post's glued "…سەرچاوە:ئاسۆ پرێسبەش:کۆمەڵایەتی", Southern Kurdish in the
    # Sorani alphabet), Sidamo "section" ("… | Bue: Hawaasa FM | Kifile: Diinagge"), Q'eqchi' "kind, row"
    # ("…Radio TezulutlánTasal:Tenamit"), Runyankore "head, heading" ("…OrumuriOmutwe:Eby'obuhingi"); only before a
    # colon
    "بەش", "kifile", "tasal", "omutwe",
    # Central Yup'ik "its kind, its part" (a Confluence post's glued "…08:45Kangia:KYUK QanemcitIlakaa:<a>Nunaput</a>"
    # and its Page Properties row "Ilakaa | Nunaput"); only before a colon
    "ilakaa",
    # Wallisian "side, part" (a BigCommerce blog post's glued "…10:05Tupuʼaga:Radio Lavelua FMFaʼahi:Fenua"), with the
    # ʼokina-like modifier letter, the typed apostrophe or the curly one; only before a colon
    "faʼahi", "fa'ahi", "fa’ahi",
    # Edo "group, section" (a DocFX article's run-in "…Ẹkẹ:EBS IyẹnẸgbẹ:<a>Ẹvbo</a>" and "Ẹdẹ: <time> · Ẹgbẹ: Ugie");
    # only before a colon
    "ẹgbẹ",
    # Paiwan "(what it was) sorted into" (a Gitea wiki page's glued "…ALIAN 96.3pinaqadilj:Qinaljan" and its row
    # "2026-03-02 · pinaqadilj: Kakudan"); only before a colon: "kinacavan nua pinaqadilj" is prose
    "pinaqadilj",
    # Maguindanao and Tagalog "section" (a bookdown chapter's italic "Seksyon: <a>Balita sa Mindanao</a>" under its
    # headline, and "Sinulat i … · 15 Marso 2026 · Seksyon: …"); only before a colon
    "seksyon",
)
DATE_LABELS = (
    # (and "posted at", the time first: Apache Roller's entry footer "Posted at 10:42AM Mar 02, 2026 by joselito in
    # <a>Salun</a> | Comments [0]", its English template over any language's post)
    "date", "published", "published on", "first published", "posted", "posted on", "posted at", "updated",
    "last updated",
    "time", "datum", "veröffentlicht", "fecha", "publicado", "data", "publié le", "publié", "pubblicato",
    "opublikowano", "data publikacji", "δημοσίευση", "ημερομηνία", "วันที่", "publikováno", "datum", "yayınlanma", "yayın tarihi", "tarih", "ngày đăng", "cập nhật",
    "опубликовано", "дата", "تاریخ انتشار", "زمان انتشار", "نُشر في", "نشر في", "تاريخ النشر", "tarehe", "diterbitkan",
    "发布时间", "發佈時間", "时间", "日期", "公開日", "配信日", "配信日時", "投稿日", "更新日", "입력", "수정", "등록",
    "güncelleme", "son güncelleme", "güncellenme tarihi", "aktualisiert", "actualizado", "mis à jour",
    # Romanian, Dutch, Swahili, Hindi, Ukrainian, Russian, Polish, Czech, Portuguese, Italian
    "publicat", "publicat la", "data publicării", "gepubliceerd", "gepubliceerd op", "imechapishwa", "ilichapishwa",
    "प्रकाशित", "प्रकाशन तिथि", "опубліковано", "дата публікації", "publicado em", "pubblicato il",
    "actualizat", "actualizat la", "bijgewerkt", "laatst bijgewerkt", "gewijzigd", "imesasishwa", "ilisasishwa",
    "अपडेटेड", "अपडेट", "अद्यतन", "оновлено", "обновлено", "zmodyfikowano", "zaktualizowano", "aktualizacja",
    "aktualizováno", "atualizado", "atualizado em", "aggiornato", "aggiornato il",
    # Malay, Indonesian, Swedish, Danish, Norwegian, Finnish "updated"
    "dikemas kini", "dikemaskini", "diperbarui", "diperbaharui", "uppdaterad", "opdateret", "oppdatert", "päivitetty",
    # Bulgarian, Georgian: published, updated
    "публикувано", "обновено", "актуализирано", "გამოქვეყნდა", "თარიღი", "განახლდა", "განახლებულია",
    # published: Macedonian, Serbian, Croatian/Bosnian/Slovenian, Latvian, Lithuanian, Estonian, Armenian, Greek,
    # Hebrew, Albanian, Hungarian, Finnish, Swedish, Danish, Norwegian, Slovak, Azerbaijani, Kazakh, Amharic
    "објавено", "објављено", "objavljeno", "publicēts", "paskelbta", "publikuota", "avaldatud", "հրապարակվել է",
    "հրապարակված", "δημοσιεύθηκε", "פורסם", "publikuar", "publikuar më", "közzétéve", "megjelent", "julkaistu",
    "publicerad", "publiceret", "publisert", "publikované", "zverejnené", "dərc edilib", "жарияланды", "የታተመ",
    # Gujarati, Sinhala, Punjabi, Kannada, Malayalam: published
    "પ્રકાશિત", "પ્રસિદ્ધ", "ප්‍රකාශිත", "ਪ੍ਰਕਾਸ਼ਿਤ", "ಪ್ರಕಟಿತ", "ಪ್ರಕಟಣೆ", "പ്രസിദ്ധീകരിച്ചത്",
    # date: Marathi/Hindi ("दिनांक: 20.03.2026"), Bengali; published: Icelandic ("Birt: 16.03.2026 kl. 15:40"),
    # Estonian "posted", Khmer ("ផ្សាយ៖ ២០/០៣/២០២៦") and its "date", Lao, Burmese
    "दिनांक", "তারিখ", "birt", "birtist", "postitatud", "ផ្សាយ", "ចុះផ្សាយ", "កាលបរិច្ឆេទ", "ເຜີຍແຜ່", "ထုတ်ပြန်",
    # published: Welsh ("Cyhoeddwyd 2 Ebrill 2026, 11:00 BST"), Belarusian, Catalan, Afrikaans, Basque, Irish,
    # Maltese, Uzbek, Kyrgyz, Somali; date: Azerbaijani, Uzbek, Welsh
    "cyhoeddwyd", "апублікавана", "data de publicació", "gepubliseer", "argitaratua", "foilsithe", "ippubblikat",
    "chop etildi", "жарыяланды", "la daabacay", "tarix", "sana", "dyddiad",
    # Laz "date" and Azerbaijani "its date" (an Obsidian Publish note's property "tarixi: 2026-11-18"); only before a
    # colon: "ǩoǩaşi tarixi" is the village's history in prose
    "tarixi",
    # Tajik "date of publication" ("Санаи нашр: 18 марти 2026"), "date"; Lao "date"; Odia "published", "date"
    "санаи нашр", "сана", "ວັນທີ", "ପ୍ରକାଶିତ", "ତାରିଖ",
    # Sorani Kurdish "published (on)", written before the date without a colon ("بڵاوکراوەتەوە لە ٢٤ی ئازاری ٢٠٢٦"),
    # "date"
    "بڵاوکراوەتەوە", "بڵاوکراوەتەوە لە", "بەروار",
    # Haitian Creole "published" ("Pibliye 21 mas 2026 a 8:05 AM"); Tetum "published" ("Publika 19 Marsu 2026, 17:15")
    "pibliye", "publika",
    # Hmong "date" ("Hnub tim: 17 Lub Peb Hlis 2026"), Vai "day, date" ("ꗳꗷ: 17.03.2026")
    "hnub tim", "ꗳꗷ",
    # Sicilian "published" (EmpireCMS's info bar "Pubblicatu: 2026-03-14 09:32:17")
    "pubblicatu",
    # Komi "published" ("Йӧзӧдӧма: 12.03.2026 10:15")
    "йӧзӧдӧма",
    # Northern Sami "published" ("Almmuhuvvon: 10.3.2026 09:15")
    "almmuhuvvon",
    # Friulian "published" ("Categorie: Teritori · Publicât: 17 di Març dal 2026 · Scrit di: …")
    "publicât",
    # Tausug "printed, published" ("Pinatik: 14 Marso 2026 | Puunan: …", a Hexo Cactus post's first paragraph)
    "pinatik",
)
# Date labels of the last change, not the publication: their date counts only when no other is given
UPDATE_LABELS = frozenset((
    "updated", "last updated", "güncelleme", "son güncelleme", "güncellenme tarihi", "aktualisiert", "actualizado",
    "mis à jour", "更新日", "actualizat", "actualizat la", "bijgewerkt", "laatst bijgewerkt", "gewijzigd", "imesasishwa",
    "ilisasishwa", "अपडेटेड", "अपडेट", "अद्यतन", "оновлено", "обновлено", "zmodyfikowano", "zaktualizowano",
    "aktualizacja", "aktualizováno", "atualizado", "atualizado em", "aggiornato", "aggiornato il",
    "dikemas kini", "dikemaskini", "diperbarui", "diperbaharui", "uppdaterad", "opdateret", "oppdatert", "päivitetty",
    "обновено", "актуализирано", "განახლდა", "განახლებულია",
    # Vietnamese, Korean ("입력 … 수정 …": entered, modified); Macedonian/Serbian, Croatian, Slovenian, Latvian,
    # Lithuanian, Estonian, Armenian, Greek, Hebrew, Arabic, Persian, Albanian, Hungarian, Slovak, Azerbaijani,
    # Kazakh, Catalan, Chinese, Japanese, Thai, English (date labels too: see _LABELS)
    "cập nhật", "수정",
    "ажурирано", "ažurirano", "posodobljeno", "atjaunināts", "atjaunots", "atnaujinta", "uuendatud", "muudetud",
    "թարմացվել է", "թարմացված", "ενημερώθηκε", "עודכן", "آخر تحديث", "تم التحديث", "به‌روزرسانی", "بروزرسانی",
    "përditësuar", "frissítve", "módosítva", "aktualizované", "yeniləndi", "жаңартылды", "actualitzat",
    "更新时间", "更新時間", "更新日時", "อัปเดต", "modified", "last modified", "edited", "last edited",
    # Gujarati ("પ્રકાશિત: … | અપડેટ: …"), Punjabi, Kannada, Malayalam
    "અપડેટ", "ਅਪਡੇਟ", "ನವೀಕರಿಸಲಾಗಿದೆ", "അപ്ഡേറ്റ് ചെയ്തത്",
    # Icelandic ("Uppfært: 21.03.2026 kl. 08:12"), Khmer
    "uppfært", "ធ្វើបច្ចុប្បន្នភាព",
    # Welsh ("Diweddarwyd 22 Mawrth 2026"), Belarusian, Afrikaans, Azerbaijani ("Yenilənib: 17.03.2026"), Basque,
    # Irish, Maltese, Uzbek, Kyrgyz
    # Hausa ("An sabunta: 5 ga Maris, 2026")
    "an sabunta",
    "diweddarwyd", "абноўлена", "bygewerk", "opgedateer", "yenilənib", "eguneratua", "nuashonraithe", "aġġornat",
    "yangilandi", "жаңыртылды",
    # Tatar ("2026 елның 18 марты Яңартылды: 19.03.2026 09:00"), Bashkir, Quechua ("Musuqchasqa: 16/03/2026 09:10",
    # made new), Malagasy, Uyghur, Kinyarwanda ("… 20 Werurwe 2026 - 14:30 Uburezi 3 · Byavuguruwe: 21 Werurwe 2026"):
    # updated
    "яңартылды", "яңыртылды", "musuqchasqa", "nohavaozina", "يېڭىلاندى", "byavuguruwe",
    # Northern Sami "updated" ("Ođasmahttojuvvon: 11.3.2026 14:02")
    "ođasmahttojuvvon",
    # Silesian "last changed" (b2evolution's "Ôstatnio zmiyniōne: 23.03.2026 ô 08:12" under the post's own date),
    # Polish's spelling
    "ôstatnio zmiyniōne", "ostatnio zmienione",
    # Acehnese "updated" (the English word with the agent prefix: Serendipity's "Geu-update lé admin, 02.01.2026")
    "geu-update",
    # a wiki's stamp of the page's last change (Gitea's and GitHub's "pulima edited this page <relative-time>" under the
    # page's name): the date the text states in its own first line comes first
    "edited this page",
    # ... and JSPWiki's ("This page (revision-3) was last changed on 08-Mar-2026 11:50 by …"; its first revision's
    # date is the page's creation: _revision_stamp)
    "last changed",
))
# small words between a label and its time ("Updated on", "Mis à jour le")
LABEL_LINKS = frozenset("on at le am um em il el op".split())


def names_an_update(text: str) -> bool:
    """``text``, what precedes a time, ends with a label of the last change ("Ажурирано:", "· Last updated on")."""
    words = text.lower().rstrip(_LABEL_ENDS + " \t").split()[-4:]
    if words and words[-1] in LABEL_LINKS:
        words.pop()
    return any(" ".join(words[i:]) in UPDATE_LABELS for i in range(len(words)))


# the author labels that name an editor, not a writer: an editor's field after the writer's is no co-author's
_EDITOR_LABELS = frozenset(("責任編輯", "责任编辑", "編輯", "编辑", "સંપાદક", "reddazzioni"))
AUTHOR_LABELS = (
    "author", "authors", "by", "written by", "posted by", "story by", "autor", "аутор", "auteur", "von",
    "por", "par", "di", "door", "yazar", "tác giả", "автор", "نویسنده", "الكاتب", "作者", "記者", "기자",
    "mwandishi", "लेखक", "ავტორი",
    # Newari "writer" ("च्वमि: सुनिता श्रेष्ठ")
    "च्वमि",
    # Persian "reporter" ("<strong>خبرنگار:</strong> فاطمه شعبانی", a Gilaki site's byline too), Mazanderani and Gilaki
    # "written (by)" ("بنویشته: رقیه حسینی | عکاس: علی نوری")
    "خبرنگار", "بنویشته",
    # Chinese "editor in charge" (DedeCMS's "( 責任編輯：阿欣 )" closing the text)
    "責任編輯", "责任编辑", "編輯", "编辑",
    # Latvian, Lithuanian, Armenian, Amharic, Albanian
    "autors", "autorius", "հեղինակ", "ጸሐፊ", "autori",
    # Kazakh ("Авторы: admin"), Gujarati (editor), Sinhala (writer)
    "авторы", "સંપાદક", "લેખક", "ලේඛක",
    # Icelandic, Khmer ("ដោយ៖ សុខា", by; "អ្នកនិពន្ធ", writer)
    "höfundur", "ដោយ", "អ្នកនិពន្ធ",
    # Belarusian ("Аўтар: Вольга Марозава"), Azerbaijani ("Müəllif: …"), Welsh, Afrikaans, Basque, Slovenian,
    # Irish, Maltese, Uzbek
    "аўтар", "müəllif", "awdur", "skrywer", "outeur", "egilea", "avtor", "údar", "awtur", "muallif",
    # Norwegian, Danish, Dutch, Polish "text (by)": "Tekst: Ingrid Haugland og NTB"
    "tekst",
    # Assamese and Bengali "writer" ("লিখক: প্ৰাঞ্জল দাস"), "reporter" in both spellings
    "লিখক", "লেখক", "প্ৰতিবেদক", "প্রতিবেদক",
    # Irish "scribe" ("Scríobhaí: Colm Ó Ceallaigh"), Tajik, Lao ("ຜູ້ຂຽນ: ກອງບັນນາທິການ", writer), Odia
    "scríobhaí", "муаллиф", "ຜູ້ຂຽນ", "ଲେଖକ",
    # Pashto "writer" ("لیکوال: احمد ولي"); Tibetan "author", closed by its shad, not a colon ("རྩོམ་པ་པོ། བཀྲ་ཤིས།")
    "لیکوال", "རྩོམ་པ་པོ",
    # Chichewa "writer" ("Wolemba: Chikondi Banda"); Breton "text", "text and pictures" ("Testenn ha skeudennoù :
    # ABP")
    "wolemba", "testenn", "testenn ha skeudennoù",
    # German "text and picture" ("Text und Bild: Keystone-SDA", an agency: the source; "Bild" alone credits a picture)
    "text und bild", "text und foto", "text & bild",
    # Romansh ("Autur: Gian Cadruvi", a Notion property row)
    "autur",
    # Shan "written (by)" ("တႅမ်ႈ - ၼၢင်းၼွမ်ႁွမ်")
    "တႅမ်ႈ",
    # Mon "writer" ("ညးချူ: နာဲမိၚ်မန်", Quarto's author heading in Mon too)
    "ညးချူ",
    # Cherokee "writer" ("ᎤᏬᏪᎳᏅᎯ: ᎹᎦᎴᏗ ᏌᏊ · ᏧᏓᎴᏅᏓ: …"), in the lower case of its syllabary as for SOURCE_LABELS
    "ꭴꮼꮺꮃꮕꭿ",
    # Hmong "written by" ("Sau los ntawm: Ntxawg Yaj"), Vai "writer" ("ꗻꗪꘃꕡ: …")
    "sau los ntawm", "ꗻꗪꘃꕡ",
    # Twi "writer" ("Ɔkyerɛwfoɔ: Kwame Owusu"), West Frisian "by" ("Troch: Sjoerd Hoekstra"), Mizo "writer"
    # ("Ziaktu:Lalremruata")
    "ɔkyerɛwfoɔ", "troch", "ziaktu",
    # Kalmyk "written (by)" ("Бичсн: Бадм Манҗиев")
    "бичсн",
    # "written by" with a colon: Waray ("Ginsurat ni: Jun Abuyen | Marso 14, 2026 | …"), Hiligaynon, Pangasinan,
    # Kapampangan (without one: _BYLINE)
    "ginsurat ni", "ginsulat ni", "sinulat nen", "sinulat ning",
    # Balochi "writer" ("نبشتہ کار: ناصر رند"), with Urdu's heh goal or the Arabic heh
    "نبشتہ کار", "نبشته کار",
    # Tok Pisin "written by" ("Raitim bilong: Joseph Kila | Fonde, Mas 12, 2026 | Kategori: Helt")
    "raitim bilong",
    # Sicilian "wrote" (EmpireCMS's info bar "Scrivìu: Turi Lombardo"), "editorial staff" signing the text with the
    # editor's initials ("(Reddazzioni: T.L.)", as DedeCMS's "責任編輯")
    "scrivìu", "scriviu", "reddazzioni",
    # Neapolitan "written by" ("Scritto 'a: Gennaro Cuomo | Data: 14 'e màrzo 2026 | Categurìa: Cronaca"), either
    # apostrophe
    "scritto 'a", "scritto ’a",
    # Kirundi and Kinyarwanda "writer" ("Umwanditsi: Eric Nshimirimana", Halo's copyright box under the text)
    "umwanditsi",
    # Komi "wrote" ("Гижис: Анна Попова"), "text and photo" ("Текст да снимок: Мария Канева / Йӧлӧга")
    "гижис", "текст да снимок",
    # Northern Sami "writer" ("Čálli: Máret Sara"), Venda "writer" ("Muṅwali: Mashudu Netshitenzhe")
    "čálli", "muṅwali",
    # Nahuatl "writer" ("Ihcuilohqui: Tonatiuh Bautista")
    "ihcuilohqui",
    # Tuvan "wrote" ("Бижээн: Аяна Ондар", a MODX meta line)
    "бижээн",
    # Meadow Mari "writer" ("Возышо: Елена Петрова"), and as a Bitrix news.detail writes it ("Возеныше: …")
    "возышо", "возеныше",
    # Manx "by" ("Liorish: Juan Kermode"; without a colon opening a row: _BYLINE)
    "liorish",
    # Friulian "written by" ("… · Scrit di: Pieri Cjargnel")
    "scrit di",
    # Abkhaz "wrote" (a kicker "Арубрика: Ауаажәларра · 14.04.2026 · Иҩит: Астамыр Чкадуа")
    "иҩит",
    # Aymara "writer" ("Qillqiri: Wilma Mamani"), Walloon "text" ("Tecse: Belga · Foto: …", as "tekst")
    "qillqiri", "tecse",
    # Taiwanese Hokkien in Pe̍h-ōe-jī "reporter" (記者: "Kì-chiá: …"; without a colon before the name: _BYLINE)
    "kì-chiá",
    # Acehnese "reporter, the one telling the news" ("Peuneugah: Ahmad Rizal/ANTARA" closing the text)
    "peuneugah",
    # Tulu "(the one who) wrote" (a bold line opening the text: "ಬರೆತಿನಾರ್: … | ವಿಭಾಗ: ಸುದ್ದಿ | ನವೆಂಬರ್ 12, 2026")
    "ಬರೆತಿನಾರ್",
    # Chuvash "writer" with its own letter and with the Latin ç ("Ҫыраканӗ: Ирина Васильева | 2026 ҫулхи пуш уйӑхӗн
    # 17-мӗшӗ, 10:15")
    "ҫыраканӗ", "çыраканӗ",
    # Dholuo "writing, written" (Weblium's "Ndiko: Otieno Ouma Tich Ariyo, 10 Dwe mar Adek 2026 Dakika 3 mar somo")
    "ndiko",
    # Mooré "wrote, writer" ("Gʋlsa: Rasmané Ouédraogo", the line closing an Over-blog post)
    "gʋlsa",
    # Inuktitut "writer" ("ᑎᑎᕋᖅᑎ: ᐸᐅᓗᓯ ᕿᓚᐅᑦ · …"), Adyghe "who wrote it" ("Зытхыгъэр: Зарэмэ Хъуажъ | …")
    "ᑎᑎᕋᖅᑎ", "зытхыгъэр",
    # Fiji Hindi "wrote" ("Khabar ke srot: FBC News · Vibhag: Kheti-Baari · Likhis: Vimla Prasad · 9 March 2026")
    "likhis",
    # Veps "writer" ("Kirjutai: Olga Žukova | 17. keväz'kud 2026 | Lähte: Kodima | …")
    "kirjutai",
    # Inari Sami "writer" ("Čälliš: Ánná Morottaja · 17 njuhčâmáánu 2026 · Käldee: …")
    "čälliš",
    # Ligurian "written by" ("Zeuggia, 12 de marso do 2026 · Scrito da: Baciccia Parodi · …")
    "scrito da",
    # Jamaican Patois "written by" ("Write by: Andre Campbell | Weh it come from: RJR News | Section: Farmin")
    "write by",
    # Kumyk "wrote" ("Язгъан: Заира Гьажиева · Булакъ: …"; only before a colon: "… былай язгъан: «…»", wrote thus,
    # has words before it), Fering "written by" with a colon (without one: _BYLINE)
    "язгъан", "skrewen faan",
    # Umbundu "it was written by" ("Ca sonehiwa la: Lusati Kandimba", an italic paragraph opening a WordPress post)
    "ca sonehiwa la",
    # Tshiluba "writer" ("Mufundi: Kabasele Mutombo", a Blot entry's byline paragraph; only before a colon: "bafundi
    # ba mukanda", the writers of the letter, is prose)
    "mufundi",
    # Colognian "written by" ("Jeschrevve vun: Tünn Schmitz", a Hexo post's first paragraph), Võro "writer"
    # ("<em>Kirotanu: Maie Sarv</em>" opening a WordPress post), Laz "writer" ("Dočaru: Nurcan Kazmaoğli" under an
    # Obsidian Publish note's metadata line); only before a colon
    "jeschrevve vun", "kirotanu", "dočaru",
    # Emilian "written by" ("Scrétt da: Redaziån", a Quartz note's byline paragraph; Italian "scritto da"), Pontic
    # Greek "wrote" ("<em>Εγραψεν: <a>Σάββας Ιωαννίδης</a></em>" in a Scribbles post, Modern Greek's "έγραψε" with
    # Pontic's final -ν, capitals typed without their accent), Sakizaya "writer" ("Mitilid: Kulas Futing", a Gridea
    # post's byline paragraph); only before a colon: "mitilid tu e-mail", write an e-mail, is prose
    "scrétt da", "εγραψεν", "έγραψεν", "mitilid",
    # Romani "(s)he wrote" ("<em>Lekhavdas: Ivana Stojka</em>", a Hexo Icarus post's byline paragraph under its meta
    # line); only before a colon
    "lekhavdas",
    # Dagbani "writing" ("Sabbu: Abdul-Rahman Sulemana14/03/2026 09:10Labaari yibu:…", an AstroPaper post's run-in
    # first paragraph), Hakka Pha̍k-fa-sṳ "reporter" (記者, as Hokkien's "kì-chiá" above; without a colon: _BYLINE);
    # only before a colon
    "sabbu", "kì-chá",
    # Twents "written by" ("<strong>Schrieven deur:</strong> Gerrit Oude Egbrink | 12.03.2026, 14:35", a Hugo Coder
    # post's first paragraph; Dutch "geschreven door"), Urdu and Saraiki "report" ("<strong>رپورٹ:</strong> غلام فرید
    # سیال، ملتان" opening a WordPress post: the reporter and his city), Morisien "written by" ("Ekrir par: Priya
    # Ramdin"; French "écrit par"); only before a colon
    "schrieven deur", "رپورٹ", "ekrir par",
    # Tausug "writer" ("… | Bahagi: Balita<br>Tagsulat: Nurhaida Abubakar", a Hexo Cactus post's first paragraph);
    # only before a colon
    "tagsulat",
    # Marshallese "writer" ("<strong>Rūje: Lijon Kabua</strong> | Kilaj: …", a Lektor post's byline paragraph),
    # Gilbertese "the writer" ("<em>Te tia koroboki: Marita Tekaai</em>" opening a Hugo Tranquilpeak post; "Tia
    # koroboki" alone is its theme's about card's job title); only before a colon
    "rūje", "te tia koroboki",
    # Evenki "writer" ("<p><strong>Дукучэ:</strong> Анна Кудрина</p>", a blogdown post's byline paragraph; its
    # author archive's link reads the plural "Дукучэл"); only before a colon
    "дукучэ",
    # Q'eqchi' "it was written by" ("Kitz'iib'ak xb'aan: Ixq Rosa Tiul" under a Pagekit post's run-in row), Runyankore
    # "written by" ("Yahandiikirwe: Agaba Collins", a django CMS post's), Sorani "writer" ("نووسەر: ڕێژان ئەحمەدی"
    # in a Vanilla post); only before a colon
    "kitz'iib'ak xb'aan", "yahandiikirwe", "نووسەر",
    # Mohawk "he writes it" ("Rahiatónhkwa: Tehoronhiáthe Mitchell", a Carrd post's byline); only before a colon
    "rahiatónhkwa",
    # Central Yup'ik "writer" (a Confluence Page Properties row "Igautestii | Mary Nicolai"); only before a colon
    "igautestii",
    # Rukiga "it was written (by)" ("Ekihandiikirwe: Agnes Tumuhimbise | Rubanda" in a Zendesk article's body),
    # Kven and Finnish "written (by)" ("Kirjoittanu: Aili Haetta" under an ABlog post's run-in row), Kazym Khanty
    # "wrote" ("Хӑншас: Марина Вӓлы", a HedgeDoc note's), Edo "the one who wrote" ("Ọmwan nọ gbẹn: <a>…</a>" under a
    # DocFX article's meta line); only before a colon
    "ekihandiikirwe", "kirjoittanu", "kirjoittanut", "хӑншас", "ọmwan nọ gbẹn",
)

# News agencies of the world (data): a segment of a metadata line that is one of
# these names, unlabelled ("Politik | AFP | 18.03.2025", "… · 연합뉴스"), is the source.
_AGENCY_NAMES = (
    "AP", "Associated Press", "AFP", "Agence France-Presse", "Reuters", "Bloomberg", "UPI", "dpa", "SID", "KNA",
    "epd", "APA", "SDA", "Keystone-SDA", "ATS", "ANP", "Belga", "EFE", "Europa Press", "Servimedia", "Lusa",
    "Agência Brasil", "ANSA", "AGI", "Adnkronos", "PAP", "ČTK", "CTK", "TASR", "MTI", "BTA", "Agerpres", "HINA",
    "Tanjug", "STA", "ANA-MPA", "AMNA", "TASS", "ITAR-TASS", "RIA Novosti", "Interfax", "Ukrinform", "UNIAN",
    "Anadolu", "Anadolu Ajansı", "AA", "DHA", "İHA", "IHA", "NTB", "TT", "Ritzau", "STT", "Notimex", "Télam",
    "Xinhua", "新华社", "新華社", "中新社", "中央社", "CNA", "Kyodo", "共同通信", "共同", "Jiji", "時事通信", "時事",
    "Yonhap", "연합뉴스", "뉴스1", "뉴시스", "News1", "Newsis", "PTI", "IANS", "ANI", "UNI", "Bernama", "Antara",
    "VNA", "TTXVN", "Thai News Agency", "PNA", "APP", "IRNA", "ISNA", "Fars", "Tasnim", "WAM", "SPA", "QNA",
    "KUNA", "MENA", "APS", "MAP", "TAP", "NAN", "KNA", "APA", "AAP", "NZPA", "CP", "Canadian Press",
    "Prensa Latina", "ANDES", "Xinhua News Agency", "Nova", "News.ro", "Mediafax", "Interfax-Ukraine", "Ukrinform",
    "भाषा", "वार्ता", "पीटीआई", "आईएएनएस", "एएनआई", "यूएनआई", "KBC", "TNA", "Mwananchi", "Infobae",
    # Nepal's national agency, Rastriya Samachar Samiti, as Nepali and Newari papers credit it ("— रासस")
    "रासस",
    # the same agencies in their own scripts
    "ТАСС", "ИТАР-ТАСС", "РИА Новости", "Интерфакс", "Укрінформ", "Укринформ", "УНІАН", "УНИАН",
    "Інтерфакс-Україна", "Интерфакс-Украина", "БелТА", "Казинформ", "БТА", "Танјуг", "ΑΠΕ-ΜΠΕ", "ΑΠΕ",
    "وكالة الأنباء", "واس", "وام", "قنا", "كونا", "ايرنا", "ایرنا", "ایسنا", "فارس", "تسنیم",
    # the world agencies as Cyrillic-script papers spell them (Bulgarian, Russian)
    "Ройтерс", "Рейтер", "Франс прес", "Франс Пресс", "Асошиейтед прес", "Ассошиэйтед Пресс", "Блумбърг",
    "Блумберг", "БГНЕС",
    # the Baltic agencies (Baltic News Service, LETA, ELTA), Cambodia's AKP as written in Khmer
    "BNS", "LETA", "ELTA", "AKP", "អ.ស.ក",
    # Britain's PA Media (the Press Association), Catalonia's ACN, Azerbaijan's AZERTAC (its own spelling too),
    # Trend, Belarus's BelTA in Latin script
    "PA Media", "Press Association", "PA", "ACN", "Agència Catalana de Notícies", "AZƏRTAC", "AZERTAC", "BelTA",
    # Uzbekistan's national agency (UzA, "O'zbekiston milliy axborot agentligi"), Kazakhstan's Kazinform
    "UzA", "Kazinform",
    # African national agencies: Zimbabwe's (New Zimbabwe Inter-Africa News Agency, "— New Ziana" signing off a
    # story; "Ziana" alone is a given name too), Angola's, Zambia's, and those of Ghana, Kenya, Ethiopia and Namibia
    # by their full names
    "New Ziana", "ANGOP", "ZANIS", "Ghana News Agency", "Kenya News Agency", "Ethiopian News Agency",
    "Namibia Press Agency",
    # the Central African Republic's Agence Centrafrique Presse ("ACAP/GN", its credit and the editor's initials,
    # closing a Sango story)
    "ACAP", "Agence Centrafrique Presse",
    # Brittany's Agence Bretagne Presse
    "ABP", "Agence Bretagne Presse",
    # Russia's international agency (Rossiya Segodnya's), with editions named for a country ("Sputnik Аҧсны")
    "Sputnik",
    # Taiwan's Central News Agency (中央社) as Taiwanese Hokkien writes it in Pe̍h-ōe-jī (NFC, as the text is compared)
    "Tiong-iong Siā",
    # "РИА" (Russian information agency), the word regional agencies are named by, the region after it ("РИА
    # Дагестан", "РИА Воронеж"): an edition as above ("МАХӀАЧХЪАЛА (РИА Дагестан) —")
    "РИА",
    # Gagauzia's news agency Nokta (Comrat), credited in the Gagauz press's datelines ("VALKANEŞ (Nokta) — …")
    "Nokta",
    # Taiwan's Central News Agency (中央社) as Hakka writes it in Pha̍k-fa-sṳ ("SÎN-CHÛ (Chûng-ông-sa) — …", a Hakka
    # paper's dateline; beside Hokkien's "Tiong-iong Siā" above)
    "Chûng-ông-sa",
    # Cape Verde's national agency (Praia), credited in the Kabuverdianu and Portuguese press's datelines ("PRAIA
    # (Inforpress) — …")
    "Inforpress",
    # Myanmar's news agency Mizzima, credited in the Burmese, Jingpho and English press's datelines ("BHAMAW
    # (Mizzima) — …"; one word in mixed case, no date: the shape of "FRANKFURT (Oder) –", so only by its name)
    "Mizzima",
    # the Ethiopian News Agency by its initials, as the Ethiopian press credits it in any of its languages (Wolaytta
    # "Pulttuwaa: ENA", source: ENA, closing an Antora story; Afaan Oromoo "Madda: ENA")
    "ENA",
)
WIRE_AGENCIES = frozenset(name.lower() for name in _AGENCY_NAMES)
# agencies publishing national editions under their name and the country's or language's (Sputnik's "Sputnik Аҧсны",
# "Sputnik Georgia", "Sputnik Türkiye"), or regional ones under the region's ("РИА Дагестан", "РИА Воронеж"), lower
# case
_EDITION_AGENCIES = frozenset(("sputnik", "риа"))
# a source field's values that name no outlet: a CMS's default for an empty one ("來源:未知", DedeCMS: unknown) or the
# site itself ("來源:本站": this site), whose name the record takes from the page instead
NO_SOURCE = frozenset((
    "unknown", "n/a", "未知", "不详", "不詳", "佚名", "本站", "本网", "本網", "本站原创", "本站原創", "原创", "原創",
    # Komi "our site" (PbootCMS's "本站" localised: "Шор: Миян сайт")
    "миян сайт",
))
# each agency as it writes itself, for a credit written in lower case ("/ritzau/" is Ritzau)
_AGENCY_SPELLING = {name.lower(): name for name in reversed(_AGENCY_NAMES)}


def wrapped_agency(value: str) -> str | None:
    """The agency of a credit line that is only its name after a slash or between brackets: the Danish and
    Romanian wire convention closing a story ("/ritzau/", "/ritzau/AFP": Ritzau with AFP material;
    "/Agerpres/"), the Nordic and Italian "(NTB)", "(ANSA)", full-width brackets in Chinese and Japanese type
    ("（中央社）").  Known agencies only (a path "/news/" or an aside "(sic)" is no credit); the first named is the
    source."""
    if not 3 <= len(value) <= 40 or not (value[0] == "/" or value[0] in "([（" and value[-1] in ")]）"):
        return None
    names = [name for part in value.strip("/()[]（） ").split("/") if (name := part.strip())]
    if not names or not all(name.lower() in WIRE_AGENCIES for name in names):
        return None
    first = names[0]
    return _AGENCY_SPELLING[first.lower()] if first.islower() else first


def joint_credit(value: str) -> str | None:
    """The agency of a credit naming it first, then the newsroom that rewrote its copy: "BNS / Pärnu Päevik",
    "STT / Helsingin Sanomat", "dpa/lnw" (the agency, the editor's initials).  A known agency first (a line
    "Politics / Economy" is no credit); each name after it short."""
    if "/" not in value or len(value) > 60:
        return None
    names = [name.strip() for name in value.split("/")]
    if len(names) > 3 or names[0].lower() not in WIRE_AGENCIES or not all(0 < len(n.split()) <= 3 for n in names):
        return None
    first = names[0]
    return _AGENCY_SPELLING[first.lower()] if first.islower() else first


# What joins the names of a byline: "Ingrid Haugland og NTB", "Jane Doe and AP", "Kari Nordmann, NTB" (data: the
# conjunction "and" in several languages, lower case)
_BYLINE_JOINS = re.compile(
    r"\s*(?:[,&/+]|\s(?:and|og|och|und|et|en|y|e|i|ja|és|ve|na|dan|và|и|і|та|și|a|oraz|ir|un|ва|和|與|与)\s)\s*")


def wire_of_byline(author: str | None) -> str | None:
    """The agency a byline names beside the staff writer: "Tekst: Ingrid Haugland og NTB" (a story written from
    the wire's copy): the wire is the source.  A known agency only (a second writer is no source), the whole of a
    part; a capitalised name before the first join is a co-author's given name sharing the surname after it ("Amna &
    Hina Baloch", "Sid and Nancy Barnes"), an agency there only in capitals or lower case ("NTB og Kari Nordmann")."""
    if not author or len(author) > 80:
        return None
    parts = _BYLINE_JOINS.split(author)
    for index, part in enumerate(parts):
        name = part.strip(" .")
        if name.lower() not in WIRE_AGENCIES:
            continue
        if index == 0 and len(parts) > 1 and not (name.isupper() or name.islower()):
            continue
        return _AGENCY_SPELLING[name.lower()] if name.islower() else name
    return None


# "Courtesy: X" on a line of its own closing the story credits the paper the story came from (Kannada "ಕೃಪೆ:
# ಪ್ರಜಾವಾಣಿ", courtesy: Prajavani).  Not a label anywhere else: "(फोटो साभार: भाषा)" in a caption credits a photo
# (data: lower case)
CLOSING_CREDIT_LABELS = frozenset((
    "courtesy", "सौजन्य", "साभार", "ಕೃಪೆ", "ಸೌಜನ್ಯ", "సౌజన్యం", "কৃতজ্ঞতা", "সৌজন্যে", "കടപ്പാട്", "ਧੰਨਵਾਦ", "நன்றி",
    # Sindhi "with thanks to" ("بشڪريه: روزاني ڪاوش"), Urdu's spelling
    "بشڪريه", "بشکریہ",
    # Ojibwe "it is told by" (a Linkita post's closing "<em>Ondinigaade: Indian Country Today</em>")
    "ondinigaade",
    # Hindi press "input" (the wire a story drew on: "(इनपुट: आईएएनएस)", "(इनपुट: भाषा)" closing a Hindi or Kurukh
    # XWiki post, in italics between brackets)
    "इनपुट",
))
# A sentence crediting another outlet, the outlet in the middle ({}): "This report first appeared in The Tribune.",
# Punjabi "ਇਹ ਰਿਪੋਰਟ ਪਹਿਲਾਂ ਪੰਜਾਬੀ ਟ੍ਰਿਬਿਊਨ ਵਿੱਚ ਛਪੀ ਸੀ।" (data: lower case, one per language's phrasing)
CREDIT_FRAMES = (
    "first appeared in {}", "first published in {}", "originally published in {}", "originally published by {}",
    "originally appeared in {}", "republished with permission from {}", "reprinted with permission from {}",
    "erschien zuerst in {}", "erschien zuerst bei {}", "paru initialement dans {}", "publié initialement dans {}",
    "publicado originalmente en {}", "publicado originalmente em {}", "pubblicato originariamente su {}",
    "verscheen eerder in {}", "ukazał się pierwotnie w {}", "opublikowany pierwotnie w {}",
    "ਪਹਿਲਾਂ {} ਵਿੱਚ ਛਪੀ", "ਪਹਿਲਾਂ {} ਵਿੱਚ ਪ੍ਰਕਾਸ਼ਿਤ", "पहले {} में छपी", "पहले {} में प्रकाशित",
    # Faroese ("Upprunaliga útgivið í Dimmalætting", originally published in), Icelandic, Norwegian, Swedish, Danish
    "upprunaliga útgivið í {}", "fyrst útgivið í {}", "birtist fyrst í {}", "upphaflega birt í {}",
    "først publisert i {}", "opprinnelig publisert i {}", "publicerades först i {}", "ursprungligen publicerad i {}",
    "først bragt i {}", "oprindeligt bragt i {}",
    # Pular in Adlam and in Latin script ("𞤑𞤢𞤦𞤢𞥄𞤪𞤵 𞤲𞤺𞤵 𞤳𞤮 AGP 𞤲𞤫𞤤𞤣𞤭 𞤯𞤵𞤥.", kabaaru ngu ko AGP neldi ɗum: this news, AGP
    # sent it)
    "𞤳𞤮 {} 𞤲𞤫𞤤𞤣𞤭", "ko {} neldi",
    # Assyrian Neo-Aramaic "translated from" ("ܡܬܦܢܝܢܐ ܡܢ Rudaw", the story translated from the outlet's)
    "ܡܬܦܢܝܢܐ ܡܢ {}",
    # Hawaiian "by <outlet> this story" ("Na Hawaiʻi Public Radio kēia moʻolelo."), with the ʻokina, a typed
    # apostrophe, or neither
    "na {} kēia moʻolelo", "na {} kēia mo'olelo", "na {} keia moolelo",
    # Manx "given to us by" ("Va'n skeeal shoh currit dooin liorish Isle of Man Newspapers.", this story was …)
    "currit dooin liorish {}",
    # Tshiluba "comes from" ("Mukanda eu udi mufume ku ACP.", this story comes from ACP, closing a Blot entry)
    "udi mufume ku {}",
    # Dogri "with information of" ("(यूएनआई दी जानकारी कन्नै)", the agency first: an italic line closing a So Simple
    # post, between brackets)
    "{} दी जानकारी कन्नै",
    # ... and "courtesy of" (Dogri "खबर: पीटीआई दे सौजन्य कन्नै।", news: courtesy of PTI, an ikiwiki post's italic
    # line; not Hindi's "के सौजन्य से", which credits photos as often: "सभी तस्वीरें … के सौजन्य से")
    "{} दे सौजन्य कन्नै",
    # Garo "<agency>'s news" ("<i>— PTI-ni khabor</i>", the agency first, signing off a Geeklog story after a dash),
    # Meru "this news is of" ("<em>Ntûmîrîri îno nî ya Kenya News Agency (KNA).</em>", a Distill post's last line),
    # Tuvaluan "story from" ("Tala mai RNZ Pacific. Ne fakaliliu ne Tala o Tuvalu.", from RNZ Pacific, translated by
    # the site: a DokuWiki page's last paragraph after its "FUNAFUTI (RNZ Pacific) —" dateline)
    "{}-ni khabor", "ntûmîrîri îno nî ya {}", "tala mai {}",
    # French "with <outlet>" ("Avec AFP", "<em>Avec Le Soleil</em>": a Docsify post in Serer closing with the Dakar
    # paper it drew on, as French papers close an agency's copy): _BARE_CREDIT_FRAMES
    "avec {}",
)
# ... the frames that are a bare preposition: the name after it must be an outlet's by itself, a wire agency, a
# name of an outlet's shape (_outlet_by_shape) or one a French article opens ("Le Soleil", "La Croix"): "Avec
# Paris", "Avec Marie" name a place and a person
_BARE_CREDIT_FRAMES = frozenset(("avec {}",))
_FRENCH_ARTICLE_LED = re.compile(r"(?:(?:Le|La|Les)\s+|L['’])[^\W\d_]")
_FRAME_NAME = r"(?P<source>[^.,;:!?।॥\"«»“”„()]{2,40}?)"
# (a frame closing with the outlet takes it to the end of its sentence: "first appeared in The Tribune.")
_CREDIT_FRAMES = [(re.compile(re.escape(frame).replace(r"\{\}", _FRAME_NAME.replace("}?", "}") if frame.endswith("{}")
                                                        else _FRAME_NAME)), frame.endswith("{}"),
                   frame in _BARE_CREDIT_FRAMES) for frame in CREDIT_FRAMES]
# The quotation marks that open and close a name here, for the character classes of _QUOTED_NAME and
# _CAPS_DATELINE (every opening mark and the closing marks paired with it: article.py's _QUOTE_PAIRS).
_OPEN_QUOTES = '«“„"'
_CLOSE_QUOTES = '»”“"'
# an outlet named between quotes: «Кабар», “Kabar”, „Kabar“, "Kabar"
_QUOTED_NAME = re.compile("[" + _OPEN_QUOTES + "](?P<name>[^" + _OPEN_QUOTES + _CLOSE_QUOTES + "]{2,40})["
                          + _CLOSE_QUOTES + "]")
_SINGLE_AGENCIES = frozenset(name for name in _AGENCY_NAMES if " " not in name)
# The words of a credit sentence around a quoted outlet or an agency's name: "material(s)", "prepared", "based on",
# "courtesy" (Kyrgyz "материалдарынын негизинде даярдалды", prepared on the basis of the materials; Polish
# "przygotowany z materiałów").  Without one, a quoted title or an agency named in passing ("the mayor told AP",
# "a former Reuters correspondent", "the author of “Silent Spring Revisited”") is no credit (data: lower case stems)
CREDIT_WORDS = (
    "material", "materiał", "материал", "матеріал", "prepared", "based on", "courtesy", "негизинде", "даярдал",
    "подготовлен", "підготовлен", "przygotowan", "opracowan", "zusammengestellt", "préparé", "elaborado",
    "preparado", "preparato", "elaborato",
)  # ... and the CREDIT_LEADS below ("mit Material von", "по материалам"): _CREDIT_WORD


# The word "newspaper" after a paper's name is what it is, not its name: "Türkmenistan Bitaraplyk gazeti", Chuvash
# "«Хыпар» хаҫат", Turkish "Hürriyet gazetesi", "The Hindu newspaper" (data: lower case, and matched so; only a
# closing word, so "Gazeta Wyborcza" keeps its own)
NEWSPAPER_WORDS = frozenset(("newspaper", "gazeti", "gazetesi", "хаҫат", "хаҫачӗ", "газети", "газеті", "gazetasi",
                             # Sakha ("«Кыым» хаһыат")
                             "хаһыат",
                             # Veps, joined by a hyphen ("– Kodima-lehtez", the newspaper Kodima: kind_dropped)
                             "lehtez"))


def closing_credit(text: str, italic: bool, after_quote: bool = False, aligned_right: bool = False) -> str | None:
    """The outlet a line closing the story credits it to: a courtesy label ("ಕೃಪೆ: ಪ್ರಜಾವಾಣಿ"), or a label no table
    knows before a value an outlet's by its shape (_unknown_label, _outlet_by_shape: "Qalluq: Pangasinan Courier"),
    or, set to the right, an outlet's name between brackets ("(Agenzia Sicula)"), or, set to the right in roman
    type, a paper's name with its word "newspaper" after a dash ("– Kodima-lehtez", Veps), or a line set in italics (the shape of an editor's note, in
    any language) that names an outlet in a credit sentence ("This report first appeared in <paper>."), names the
    writer and the paper, a slash between ("Yosef Aseo / El Amaneser", _writer_and_outlet), names one between
    quotes (Kyrgyz "Бул макала «Кабар» агенттигинин материалдарынын негизинде даярдалды.", prepared from the
    materials of the agency «Kabar») or a known agency by its name ("Mit Material von dpa"), or signs it off after
    a dash, a name of two to four words alone ("<em>— ᏣᎳᎩ ᏧᎴᎯᏌᏅᎯ</em>", Cherokee Phoenix) when no quotation
    closes the text before it (``after_quote``: then the name is the quotation's author, "— Halldór Laxness"), or
    signs it off set to the right, a name of up to four words alone, no sentence (``aligned_right``: "<p
    style="text-align: right;"><em>Грозный-Информ</em></p>"; not after a quotation either)."""
    if len(text) > 200:
        return None
    # (the line may stand between brackets as a whole: "(साभार: दैनिक मिथिला आवाज)", courtesy: …)
    bare = text[1:-1] if text[:1] + text[-1:] in _WRAPPING_BRACKETS else text
    for colon in LABEL_COLONS:
        label, found, value = bare.partition(colon)
        if found:
            if label.strip().lower() in CLOSING_CREDIT_LABELS and _plausible_name(value := value.strip()) \
                    and len(value.split()) <= 5:
                return value
            if _unknown_label(label) and (name := _outlet_by_shape(value.strip())) is not None:
                return name
            break
    # an outlet's name between brackets, set to the right, any word an outlet's: "(Agenzia Sicula)" signs the story
    # off with its origin in italics or not (a person's name so, "(Turi Lombardo)", signs it as its author)
    if aligned_right and bare != text and not after_quote and _outlet_name(bare := bare.strip()) \
            and not bare.endswith(tuple(_SENTENCE_ENDS)) and _outlet_word_in(bare):
        return bare
    if not italic:
        # set to the right, a paper's name with its word "newspaper" after a dash: "– Kodima-lehtez" (Veps)
        if aligned_right and text[:1] in "—–" and not after_quote and (name := text[1:].strip()) \
                and len(name.split()) <= 4 and (dropped := kind_dropped(name)) and _outlet_name(dropped):
            return name
        return None
    if (name := credit_sentence(bare.lstrip("—– "))) is not None:
        return name  # (between brackets as a whole too: "(यूएनआई दी जानकारी कन्नै)", Dogri; after a dash: Garo)
    if " / " in text and not after_quote and (signed := _writer_and_outlet(text.strip(), True)) is not None:
        return signed[1]  # the writer and the paper, a slash between: "<em>Yosef Aseo / El Amaneser</em>" (Ladino)
    if text[:1] in "—–" and not after_quote and 2 <= len((name := text[1:].strip()).split()) <= 4 \
            and (_outlet_name(name) or _outlet_name(kind_dropped(name))) and not name.endswith(tuple(_SENTENCE_ENDS)):
        return name  # (a paper's name and the word "newspaper": "— «Хыпар» хаҫачӗ", Khypar newspaper)
    if aligned_right and not after_quote and text[:1] not in "—–-" and len((name := text.strip()).split()) <= 4 \
            and _outlet_name(name) and not name.endswith(tuple(_SENTENCE_ENDS)):
        return name
    low = text.lower()
    if _CREDIT_WORD.search(low) is None:
        return None  # a quoted name or an agency alone is no credit: an author's note, a quotation, a title
    if (quoted := _QUOTED_NAME.search(text)) is not None:
        # a name (each word capitalised: "«Кабар»", not a title "«Войну и мир»") followed by a word, not by the
        # comma or dash closing a quotation ("«Мы готовы», — сказал министр")
        name, after = quoted.group("name").strip(), text[quoted.end():quoted.end() + 2]
        if len(name.split()) <= 4 and all(not word[0].islower() for word in name.split()) \
                and (not after or (after[0] == " " and after[1:2].isalpha())):
            return name
    if len(text.split()) >= 3:
        return next((word for word in re.findall(r"[^\W_][\w-]*", text) if word in _SINGLE_AGENCIES), None)
    return None


# a label's word: letters, an apostrophe or hyphen inside ("Lähteh", "Къызтырахыгъэр", "Oto ke")
_LABEL_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")


def _unknown_label(label: str) -> bool:
    """``label`` (before a closing line's colon) is one to three words of a label no table knows: a language's
    "source" the tables have never seen.  A known label's line is read by its table (is_meta_line), a photo's is a
    photo credit."""
    words = label.split()
    low = label.strip().lower()
    if not 1 <= len(words) <= 3 or not all(_LABEL_WORD.fullmatch(word) for word in words):
        return False
    from newsbot.cleaning.footer import PHOTO_LABELS  # (footer imports spam, which imports this module)

    return low not in _LABEL_KINDS and low not in PHOTO_LABELS


# a paper's closing word, as papers in English are named the world over ("Pangasinan Courier", "Bicol Mail"), and
# "Info" ("Инсар Инфо"): an outlet's name after an unknown label only (after a sign-off's dash "— John Times" may be
# a person, OUTLET_WORDS).  Not "Today", which closes any Title-Cased phrase ("Reminder: Back To School Today",
# review 26 F3; Linkita's "Ondinigaade: Indian Country Today" is read by its label, CLOSING_CREDIT_LABELS)
_NAMED_PAPER_WORDS = frozenset("courier times herald gazette tribune journal chronicle express observer bulletin mail "
                               "post info инфо".split())


def _outlet_by_shape(value: str) -> str | None:
    """The outlet ``value`` names when its shape alone says it is one, not a person: a name between quotes
    ("«Заман»"), an acronym or a name an outlet's word closes or opens (_signed_outlet: "AIB", "Karjalan Radio"), two
    to four capitalised words a paper's word closes (_NAMED_PAPER_WORDS: "Pangasinan Courier"; of two words, not "… Post" or "… Mail": "Emily Post"), a word in camel case
    ("LaKuGa").  Not a person's name ("Rasmané Ouédraogo", the writer's), nor lower-case words after a capitalised
    one, which a sentence's shape is too ("Note: Prices vary", "Hinweis: Preise variieren"), nor a figure."""
    if not value or len(value) > 40 or value.endswith(tuple(_SENTENCE_ENDS) + (",", ";", "…")) \
            or any(ch.isdigit() for ch in value):
        return None
    if (quoted := _QUOTED_NAME.fullmatch(value)) is not None:
        name = quoted.group("name").strip()
        return name if 1 <= len(name.split()) <= 4 and not name[:1].islower() else None
    words = value.split()
    if _signed_outlet(value) or (2 <= len(words) <= 4 and all(word[:1].isupper() for word in words)
                                 and words[-1].lower() in _NAMED_PAPER_WORDS
                                 and (len(words) > 2 or words[-1].lower() not in ("post", "mail"))):  # "Emily Post"
        return value
    if 2 <= len(words) <= 4 and len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper() \
            and words[0].lower() in WIRE_AGENCIES and all(word[:1].isupper() for word in words[1:]):
        # a wire agency's initials opening capitalised words: "KNA Glorp", "РИА Дагестан" (no person's); not any
        # initials, which open a headline as often ("Next: FIFA World Cup", "More: NATO Summit", review 25 F1)
        return value
    if len(words) == 1 and value.isalpha() and sum(ch.isupper() for ch in value[1:]) >= 2 \
            and value[1:] != value[1:].upper():
        return value  # a name in camel case, capitals inside ("LaKuGa"): a brand's shape; "McDonald" has one
    return None


def kind_dropped(name: str) -> str:
    """``name`` without its closing "newspaper" (NEWSPAPER_WORDS; or joined to it by a hyphen, "Kodima-lehtez", when
    what stays is a name), or without the word "agency" opening it in lower
    case before a capitalised name (_AGENCY_LEADS: Piedmontese "agensìa Piemont Sport", the agency Piemont Sport;
    "Agenzia Nova" is the name as written), or "" when it has neither."""
    head, _, last = name.rpartition(" ")
    if last in NEWSPAPER_WORDS:
        # (in lower case only: a capitalised "Newspaper" closes the paper's own name, Sierra Leone's "Awoko
        # Newspaper" in a Hugo Bear Cub post's "Ro-bɔŋ:Awoko Newspaper")
        return head.rstrip()
    head, _, last = name.rpartition("-")  # (or joined to it by a hyphen: "Kodima-lehtez", Veps)
    if head and last.lower() in NEWSPAPER_WORDS and _outlet_name(head):
        return head
    first, _, rest = name.partition(" ")
    return rest.strip() if first in _AGENCY_LEADS and _outlet_name(rest.strip()) else ""


def acronym_credit(text: str) -> str | None:
    """The initials a short sentence closing the story ends with, the shape of a "with information from AGENCY"
    credit in any language ("S yisallen zi MAP.", Tarifit; "Con información de EFE."; or the initials alone,
    "NAMPA"): six words at most, no colon, the last a word in capitals of two letters or more, the words before it
    a sentence's (in small letters after the first), not a headline's capitalised words."""
    words = text.strip().rstrip(".").split()
    if not 1 <= len(words) <= 6 or any(ch in text for ch in ":：()[]\"«»“”"):
        return None
    last = words[-1]
    if not (len(last) >= 2 and last.isalpha() and last.isupper()):
        return None
    frame = words[:-1]  # (its first word may be one capital letter, Tarifit's "S", with)
    return last if not frame or (all(word.islower() for word in frame[1:])
                                 and (len(frame[0]) == 1 or not frame[0].isupper())) else None


def closing_acronym(text: str, italic: bool, credited: str | None, before: list[str]) -> str | None:
    """The agency a short line in italics closing the story credits by its initials (acronym_credit: "<em>S yisallen
    zi MAP.</em>", Tarifit, a Ghost post's; "<em>NAMPA</em>", an al-folio post's after its "OKAHANDJA (NAMPA) –"
    dateline), when the page credits that agency already (``credited``: its source or its dateline's agency), or,
    the page crediting none, when the line is the initials alone or a wire agency's and the story's paragraphs
    ``before`` it use them nowhere (not "…teaches at MIT.")."""
    if not italic or (agency := acronym_credit(text)) is None:
        return None
    if credited == agency or (credited is None
                              and (text.strip().rstrip(".") == agency or agency.lower() in WIRE_AGENCIES)
                              and not any(agency in paragraph for paragraph in before)):
        return agency
    return None


# the labels of an editor's notice or a pointer to more, before capitalised words that are no person's name
# ("Note: Results Are Provisional", "(Update: Police Say Road Reopened)", "Watch: Highlights From Tonight"; review 25
# F10, F11): no byline's, no credit's
_NOTICE_LABELS = frozenset(("note", "notice", "update", "updated", "warning", "correction", "disclaimer", "editor's note",
                            "editor’s note", "watch", "listen", "read", "read more", "related", "see also", "also",
                            "more"))


def labelled_byline(text: str) -> str | None:
    """The name of a byline under a label of its own ("Watjanga: Kaitjindi Tjipepa", Herero: wrote; invented or
    not): a label of one to four words, its colon, two to four capitalised words (_LABELLED_BYLINE); the writer's
    place after a bar, one or two capitalised words, aside ("Ekihandiikirwe: Agnes Tumuhimbise | Rubanda", Rukiga:
    written by, a Zendesk article's)."""
    text = text.strip()
    if (placed := _BYLINE_PLACE.search(text)) is not None and placed.group().lstrip(" \t|｜")[:1].isupper():
        text = text[:placed.start()]
    if not _LABELLED_BYLINE.fullmatch(text):
        return None
    label, _, name = text.partition(":")
    if label.strip().casefold() in _NOTICE_LABELS:
        return None
    name = name.strip()
    return name if _capitalised_name(name) else None


def _capitalised_name(name: str) -> bool:
    """Every word of ``name`` opens with a capital, a hyphen's parts too ("Jean-Paul Mbeki")."""
    return all(word[:1].isupper() for word in name.replace("-", " ").split())


def byline_alone(text: str) -> str | None:
    """The name of a line that is a byline's "by" word (_BYLINE, a language's, those that are another word too
    among them: Ronga "Hi Lurdes Cossa") and a name of two to four capitalised words, nothing else; else None.  Only
    asked where a byline stands (in italics right under the metadata row opening the text): a greeting there ("Hi
    Anna, …", "Hi everyone") has no name's shape."""
    text = text.strip()
    by = _BYLINE.match(text)
    if by is None or by.end() != len(text) or not re.fullmatch(_BYLINE_NAME, name := by.group("name")):
        return None
    return name if _capitalised_name(name) else None


def dated_byline(text: str, tz: str | None = None, dayfirst: bool = False) -> MetaFields | None:
    """A byline and its date between a spaced middot or bar, whatever the language: a label of one or two words (the
    first capitalised as the line's, the second in small letters), a name of two or three capitalised words, then
    the date alone ("Tusitusi ne Sela Paeniu · 2026/03/10", Tuvaluan: written by, a DokuWiki page's first line in
    italics; invented or not).  Not a sentence's words before a date ("The council met on · 2026/03/10"), nor a
    heading of capitalised words ("Nukufetau Island News · 2026/03/10": no label in small letters)."""
    parts = _ROW_SEP.split(text.strip())
    if len(text) > 80 or len(parts) != 2:
        return None
    found = find_date(parts[1], tz, dayfirst)
    if found is None or parts[1][:found.start].strip() or parts[1][found.end:].strip():
        return None
    words = parts[0].split()
    for at in (1, 2):
        label, name = words[:at], words[at:]
        if label[0][:1].isupper() and label[0][1:].islower() and label[0].isalpha() \
                and all(word.islower() and word.isalpha() for word in label[1:]) and 2 <= len(name) <= 3 \
                and all(_LABEL_WORD.fullmatch(word) and word[:1].isupper() for word in name) \
                and (at == 2 or label[0].lower() in _LABEL_KINDS):
            return MetaFields(published_at=found.value, zone=found.zone, author=" ".join(name), labels=[" ".join(label)])
    return None


def credit_sentence(text: str) -> str | None:
    """The outlet a credit sentence names (CREDIT_FRAMES: "This report first appeared in The Tribune.", Faroese
    "Upprunaliga útgivið í Dimmalætting"): a capitalised name of at most five words, no digit.  In the body only
    in italics (closing_credit); a line of its own in the metadata area around the body is one as written."""
    if len(text) > 200:
        return None
    low = text.lower()
    if len(low) == len(text):
        for frame, at_end, bare in _CREDIT_FRAMES:
            if (match := frame.search(low)) is not None:
                name = text[match.start("source"):match.end("source")].strip()
                if bare and (match.start() > 0 or not (name.lower() in WIRE_AGENCIES or _outlet_by_shape(name)
                                                       or (_FRENCH_ARTICLE_LED.match(name) and len(name.split()) <= 3
                                                           and all(w[:1].isupper() for w in name.split())))):
                    continue  # (the preposition opening the line, before an outlet's name: not "Avec Paris")
                if _credit_shape(low, match, at_end) and _outlet_name(name):
                    # named with its initials after it, the outlet goes by them, as its dateline credits it
                    # ("MAUA (KNA) — …" … "… Kenya News Agency (KNA).")
                    # (the initials of its words: "The Tribune (India)" names a country)
                    initials = _INITIALS_AFTER.match(text[match.end():].lstrip()) if at_end else None
                    short = initials.group()[1:-1] if initials else ""
                    return short if short and short == "".join(w[0] for w in name.split() if w[0].isupper()) \
                        else name
    return None


# The words a credit sentence names the story by before its frame ("This report first appeared in …", Norwegian
# "Saken ble først publisert i …", Punjabi "ਇਹ ਰਿਪੋਰਟ ਪਹਿਲਾਂ …"), or none ("Upprunaliga útgivið í Dimmalætting").
# Another subject makes it a sentence about something else: "Boken publicerades först i USA" (the book) is a dek
# (data: lower-case stems)
CREDIT_SUBJECTS = (
    "article", "artikel", "artikkel", "artikl", "artykuł", "artículo", "articolo", "artigo", "report", "story",
    "piece", "post", "text", "tekst", "beitrag", "bericht", "sak", "grein", "frétt", "interview", "intervju",
    "reportage", "reportaje", "nota", "noticia", "notícia", "notizia", "matéria", "ਰਿਪੋਰਟ", "ਲੇਖ", "ਖ਼ਬਰ", "रिपोर्ट",
    "लेख", "खबर", "ख़बर",
    # Pular "news" in Adlam and in Latin script
    "𞤳𞤢𞤦𞤢𞥄𞤪𞤵", "kabaaru",
    # Manx "story", Tshiluba "letter, story"
    "skeeal", "mukanda",
)
_SENTENCE_ENDS = ".!?।"


# an outlet's initials between brackets after its name ("Kenya News Agency (KNA)"), lower case as the line is read
_INITIALS_AFTER = re.compile(r"\([^\W\d_]{2,6}\)")


def _credit_shape(low: str, match: re.Match[str], at_end: bool) -> bool:
    """The line (or its first sentence) is the credit sentence as a whole: a few words naming the story before the
    frame (CREDIT_SUBJECTS), and the outlet ending the sentence ("… first appeared in The Tribune.") or a word or
    two of the frame's verb after it (Punjabi "… ਵਿੱਚ ਛਪੀ ਸੀ।"): "Boken publicerades först i USA men blir nu film"
    is a sentence of a story, not a credit."""
    before = low[:match.start()].split()
    if len(before) > 4 or (before and not any(word.startswith(CREDIT_SUBJECTS) for word in before)):
        return False
    tail = low[match.end():].lstrip()
    if at_end and (initials := _INITIALS_AFTER.match(tail)):
        tail = tail[initials.end():]  # the outlet's initials after its name: "… Kenya News Agency (KNA)."
    if at_end:
        return not tail or (tail[0] in _SENTENCE_ENDS and tail[1:2] in ("", " "))
    end = min((at for at in map(tail.find, _SENTENCE_ENDS) if at >= 0), default=len(tail))
    return len(tail[:end].split()) <= 2


# a word opening with an elided article or particle before its capital: "d'Somme", "l'Express", "dell'Umbria"
_ELIDED_CAPITAL = re.compile(r"[^\W\d_]{1,4}['’][^\W\d_]")


def _outlet_name(name: str) -> bool:
    """A name: at most five words, no digit, the first and last capitalised (in a cased script; after an elided
    article: "L'Écho d'Somme"), a lower-case word between them a short particle ("The Times of India"), not "USA
    men blir nu film"."""
    words = name.split()
    return 0 < len(words) <= 5 and not any(c.isdigit() for c in name) and not words[0][0].islower() \
        and (not words[-1][0].islower() or _elided_capital(words[-1])) \
        and all(len(word) <= 3 or _elided_capital(word) for word in words if word[0].islower())


def _elided_capital(word: str) -> bool:
    """``word`` is an elided particle before a capitalised word ("d'Somme"), not a word in lower case ("d'abord")."""
    return (found := _ELIDED_CAPITAL.match(word)) is not None and found.group()[-1].isupper()


# A site's address signing off the story after a dash: "— mbl.is", "– visir.is" (the outlet the copy came from).
# An address only: a name after a dash may be a quotation's author ("— Halldór Laxness").
_SIGNED_ADDRESS = re.compile(r"[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,6}")
# ... or an outlet's name, known as one by its last word: "– Maroela Media", "— Rapport Nuus", or by its first, the
# other words capitalised: "– Notisiero TeleCuraçao" (Papiamento: newscast), "— Noticias Caracol" (data: lower case).
# A person's name after a dash ("— Halldór Laxness") has no such word.
OUTLET_WORDS = frozenset(
    "media news nuus nieuws noticias notícies notizie nachrichten actualités press presse pers prensa premsa "
    # (Russian "press", the regional agencies' "Хакас-Пресс", "Дагестан-Пресс")
    "пресс "
    "agency agentur agencia agència agência agenzia ajansı agentstvo ааганцтва агентство agentschap newswire wire "
    # (Uzbek and Karakalpak "its agency": "Qaraqalpaqstan xabar agentligi", "Oʻzbekiston milliy axborot agentligi")
    "agentligi агентлиги "
    "noticiero notisiero noticiário telejornal telegiornale nius "
    # a broadcaster's: "— Radio Tsinaka", "— Capital Radio"
    "radio radyo rádio ràdio raadio rádió радио радіо радыё "
    # (and in the scripts without capitals: Devanagari, Bengali-Assamese, Perso-Arabic, Ge'ez; "रेडियो तवी जम्मू")
    "रेडियो রেডিও رادیو راديو ሬድዮ "
    # a newspaper's: "The Arunachal Times", "Kumbo Tribune", "Nation Herald", "Post Gazette", "Hualien Daily", "Wall
    # Street Journal", "Deccan Chronicle", "The Observer", "Courier Mail", "Ekklesia Weekly"
    "times tribune herald gazette daily journal chronicle observer courier weekly".split())
# ... or an institute's, which signs off the text it sent as a newsroom does ("— Nordfriisk Instituut", the North
# Frisian institute's): closing the name only, after a sign-off's dash or a label, not a dateline's brackets (data:
# lower case)
_INSTITUTE_WORDS = frozenset("institute institut instituut institutt institutet instituto istituto instytut institutas "
                             "intézet институт інститут інстытут".split())
# ... of which those opening an outlet's name are the words for news, newscasts and radio: "Press", "Media", "News",
# "Agency" open a person's title too ("— Press Secretary Karine Jean-Pierre" under a quotation signs it)
_NEWSCAST_WORDS = frozenset("noticias notícies notizie nachrichten actualités noticiero notisiero noticiário "
                            "telejornal telegiornale radio radyo rádio ràdio raadio rádió радио радіо радыё".split())

# ... and the word for an agency where it opens the agency's name, the name after it: Kurdish and Zazaki "— Ajansa
# Mezopotamya" (the agency of …), "— Agencia EFE", "— Agência Brasil", "— Agenzia Nova", Piedmontese "agensìa" (not
# English "Agency", which opens a person's title: "— Agency Director …") (data: lower case)
_AGENCY_LEADS = frozenset("ajansa agencia agência agenzia agence agenția agensìa".split())
_SIGN_LEADS = _NEWSCAST_WORDS | _AGENCY_LEADS  # (built once: asked for every signed line)

# ... of which some are surnames too: "— Frank Press" signs a person's quotation.  After a single word these name
# no outlet; after two or more they do ("– Free State Press")
_SURNAME_OUTLET_WORDS = frozenset("press presse pers wire".split())


# the agencies signing off with their bureau's place after their acronym: the wire agencies and the Philippine
# Information Agency ("— PIA Pangasinan"), a government's news service (data: lower case)
_BUREAU_AGENCIES = WIRE_AGENCIES | {"pia"}


def _signed_bureau(value: str) -> bool:
    """``value`` (after a sign-off's dash) is an agency's acronym (_BUREAU_AGENCIES) before one or two capitalised
    words, its bureau's place: "PIA Pangasinan" (the Philippine Information Agency's).  Any other acronym so is a
    person's surname, a title or a maker's model as often ("— KIM Jong-un", "— FIFA President", "— SEAT Leon").
    Only signing off: after a label the shape is a product's as often ("Test: SEAT Leon")."""
    words = value.split()
    return 2 <= len(words) <= 3 and words[0].isupper() and words[0].lower() in _BUREAU_AGENCIES \
        and all(word[:1].isupper() and not word.isupper() for word in words[1:])


# an outlet's acronym of three to six capitals, or a broadcaster's call sign, three or four letters and its channel's
# number ("CLTV36", "ABC7"; not "COVID19")
_ACRONYM = re.compile(r"[^\W\d_]{3,6}|[^\W\d_]{3,4}\d{1,2}")


def _signed_outlet(value: str) -> bool:
    """``value`` (after a sign-off's dash) names an outlet: an acronym of three to six capitals or a call sign
    ("CLTV36"), or capitalised words, at most four, the last an outlet's or an institute's ("Nordfriisk Instituut"),
    or the first a newscast's or an agency's with every other word capitalised ("Notisiero TeleCuraçao", "Ajansa
    Mezopotamya", not "Noticias relacionadas" nor "Press Secretary Karine Jean-Pierre")."""
    words = value.split()
    if len(words) == 1 and _ACRONYM.fullmatch(value) and value.isupper():
        return True  # an outlet's acronym ("— KNR", Greenland's broadcaster); two letters are a person's initials
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    last = words[-1].lower()
    return ((last in OUTLET_WORDS and (len(words) > 2 or last not in _SURNAME_OUTLET_WORDS))
            or (last in _INSTITUTE_WORDS and all(word[:1].isupper() for word in words))
            or (words[0].lower() in _SIGN_LEADS and all(word[:1].isupper() for word in words[1:])))


_LABELS = {
    **{lab: "source" for lab in SOURCE_LABELS},
    **{lab: "category" for lab in CATEGORY_LABELS},
    **{lab: "updated" if lab in UPDATE_LABELS else "date" for lab in (*DATE_LABELS, *UPDATE_LABELS)},
    **{lab: "author" for lab in AUTHOR_LABELS},
}
# Longest first so "posted by" wins over "by" and "published on" over "published".
# Labels that need no colon ("Filed under Local", "Posted in World").
_BARE_LABELS = {
    "filed under": "category", "posted in": "category", "published in": "category",
    "publicado en": "category", "publié dans": "category", "veröffentlicht in": "category",
    # Silesian "in the category" (b2evolution's "Napisane bez zefka dnia 14. marca 2026 ô 10:15 we kategoryji Nowiny")
    "we kategoryji": "category",
}
_LABELS.update(_BARE_LABELS)
# a label's pending kind in parse_meta_line: its field's, or the test its value must pass first (outlet-only over
# name-only over row-only, as they were asked in that order; built once)
_LABEL_KINDS = {**_LABELS, **dict.fromkeys(_ROW_ONLY_LABELS, _ROW_ONLY), **dict.fromkeys(NAME_LABELS, _NAMED_ONLY),
                **dict.fromkeys(_OUTLET_ONLY_LABELS, _OUTLET_ONLY)}
# the known labels of a source or a section long enough to be found glued in small letters to the value before them
# ("Хакас чірірубрика:Хоорай", Khakas: the outlet, then Russian's "рубрика"; six letters or more, so no word's own
# ending, as "by" or "von" would be: _spaced_glue)
_GLUED_KNOWN_TAILS = tuple(sorted((label for label, kind in _LABEL_KINDS.items()
                                   if kind in ("source", "category") and len(label) >= 6 and label.isalpha()),
                                  key=len, reverse=True))
# What closes a label: a colon, full-width or of a script's own: the Armenian "՝" ("Աղբյուրը՝ Արմենպրես"),
# the Ethiopic preface colon "፦" and colon "፡" ("ምንጭ፦ ኢዜአ"), the Khmer "៖" ("ប្រភព៖ អ.ស.ក"), the Hebrew
# sof pasuq "׃", the Mongolian "᠄", and the look-alikes a keyboard or converter leaves (modifier letter
# colon "꞉", ratio "∶", the small and vertical forms "﹕" "︓")
_COLONS = LABEL_COLONS = ":：՝፦፡៖׃᠄꞉∶﹕︓"
# ... or a dash ("Источник — X"; the hyphen a keyboard types for it, spaced: "ငဝ်ႈငႃႇ - သဵင်မိူင်းတႆး"), or in
# Tibetan the shad closing the label as its own clause ("ཁུངས། ཕཡུལ།", source: Phayul).  The shad is no colon
# elsewhere (it closes every Tibetan clause): only after a label of the tables
_SHAD = "།"
_LABEL_ENDS = _COLONS + "—–" + _SHAD
_SPACED_HYPHEN = " - "


def _may_hold_label(text: str) -> bool:
    """A colon or a dash somewhere in ``text``: without one, no labelled field (str tests: no regex scan)."""
    return any(ch in text for ch in _LABEL_ENDS) or _SPACED_HYPHEN in text


_LABEL_RE = re.compile(
    r"(?P<label>"
    + "|".join(re.escape(lab) for lab in sorted(set(_LABELS) - set(_BARE_LABELS), key=len, reverse=True))
    + r")(?:\s*[" + _COLONS + _SHAD + r"]|\s+[—–-](?=\s))\s*"  # "Source: X", "Источник — X", "ཁུངས། X"
    + r"|(?<![^\W\d_])(?P<bare>" + "|".join(map(re.escape, _BARE_LABELS)) + r")\s+",
    re.IGNORECASE,
)
# _LABEL_RE's two halves, for lower-cased text without IGNORECASE: the regex
# engine then skips to the labels' first characters (≈8× faster on a line of
# prose; every short paragraph at the article's edges is checked).
_LABEL_LOWER = re.compile(_LABEL_RE.pattern.split("|(?<![^\\W\\d_])(?P<bare>")[0])
_BARE_LOWER = re.compile(r"(?<![^\W\d_])(?P<bare>" + "|".join(map(re.escape, _BARE_LABELS)) + r")\s+")


_COLON_LABELS = frozenset(lab for lab in _LABELS if lab not in _BARE_LABELS)
_COLON_LABEL_LENGTHS = sorted({len(lab) for lab in _COLON_LABELS})


def _label_before_a_colon(low: str) -> bool:
    """Some label ends right before a colon or dash of ``low`` (spaces between): without one, _LABEL_LOWER's few
    hundred alternatives need not be tried at every letter of a line of prose that holds a colon."""
    for sep in (*_LABEL_ENDS, _SPACED_HYPHEN):
        at = low.find(sep)
        while at >= 0:
            end = len(low[:at].rstrip())
            if any(low[end - n:end] in _COLON_LABELS for n in _COLON_LABEL_LENGTHS if n <= end):
                return True
            at = low.find(sep, at + 1)
    return False


def _labels_in(segment: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each label in ``segment``, as _LABEL_RE.finditer finds them."""
    low = segment.lower()
    if len(low) != len(segment):  # a letter whose lower case is longer ("İ"): positions would shift
        found = [(m.start(), 0, m.end(), m.span("label" if m.group("label") else "bare"))
                 for m in _LABEL_RE.finditer(segment)]
    else:
        # a label needs a colon or a dash after it (_LABEL_RE): without one, only the bare labels are looked for
        labelled = _LABEL_LOWER.finditer(low) if _may_hold_label(low) and _label_before_a_colon(low) else ()
        found = sorted([(m.start(), 0, m.end(), m.span("label")) for m in labelled]
                       + [(m.start(), 1, m.end(), m.span("bare")) for m in _BARE_LOWER.finditer(low)])
    out: list[tuple[int, int, str]] = []
    for start, _, end, (a, b) in found:  # at one position the labelled form first, as in _LABEL_RE
        if (not out or start >= out[-1][1]) and (out or not _glued_to_a_word(segment, a)) \
                and not (out and _capital_led_tail(segment, out[0][2], a)) \
                and (out or segment[a:b].lower() not in _OPENING_LABELS
                     or not any(ch.isalpha() for ch in segment[:a])):
            out.append((start, end, segment[a:b]))
    return out


# Labels that are everyday words of prose before a colon too (Persian "دسته", group: "نامزدها به دو دسته: موافقان و
# مخالفان …", the candidates split into two groups: …; Northern Luri "دسه"): a label only opening the line (a date
# or time before it at most) or after a field's value ("منبع: ایسنا دسته: سیاسی", "…منبع:ایسنادسته:خور استان")
_OPENING_LABELS = frozenset(("دسه", "دسته"))


def _capital_led_tail(segment: str, first: str, at: int) -> bool:
    """The label at ``at``, in small letters, is the tail of a capitalised word glued to a value closing in capitals,
    in a row whose first label is capitalised: "Ensibuko:Kamuli FMEkitundu:Ebyobulimi" (a PrestaShop post's glued
    row, Lusoga: source, section) holds the Kimbundu source label "kitundu" inside the label "Ekitundu", the radio's
    "FM" before it; no label starts there.  (A row of small-letter labels glues them after capitals so: "aɣbal:
    MAPtaggayt:Tamurt".)"""
    return at >= 2 and segment[at].islower() and segment[at - 1].isupper() and segment[at - 2].isupper() \
        and first[:1].isupper()


def _glued_to_a_word(segment: str, at: int) -> bool:
    """The label at ``at`` ends a word of the line rather than starting one: "Sponsors:" holds the Maltese "sors"
    (source), "Resources:" "sources", "Elvir:" the Afrikaans "vir".  Aggregator templates do glue fields to the value
    before them ("…:45source:SCA Communitycategory:News", "UhrQuelle:dpa", "WIBSumber:Antara"): after a digit, after
    an earlier label of the line (the caller's test), or where the case changes to a capitalised label ("Sumber");
    a label in a script without case ("…来源：") is taken as before."""
    if at == 0 or not segment[at - 1].isalpha():
        return False
    first = segment[at]
    if not (first.isupper() or first.islower()):
        return False  # no case in its script: no word start to see
    return not (first.isupper() and segment[at + 1:at + 2].islower())


def is_field_label(text: str) -> bool:
    """``text`` is a label of the tables alone, its colon or not ("By", "Source:"): the name of a field whose value
    follows, no value itself."""
    return composed(text).strip().rstrip(_LABEL_ENDS + " \xa0").lower() in _LABELS


def is_labelled_field(text: str) -> bool:
    """``text`` is one whole field, a label and its value ("Bron: ANP"; not "Bron:" alone)."""
    if not _may_hold_label(text):
        return False
    text = composed(text).strip()
    match = _LABEL_RE.match(text)
    return match is not None and match.group("label") is not None and match.end() < len(text)


def row_only_value(text: str) -> str | None:
    """The value of a field labelled by a row-only label alone ("विभाग: खेल", _ROW_ONLY_LABELS), for a caller whose
    markup shows the row (a span classed as the section's): one or two words, no sentence's stop; else None."""
    if not _may_hold_label(text):
        return None
    text = composed(text).strip()
    match = _LABEL_RE.match(text)
    if match is None or match.group("label") is None or match.group("label").lower() not in _ROW_ONLY_LABELS:
        return None
    value = text[match.end():].strip()
    return value if 1 <= len(value.split()) <= 2 and value[-1:] not in _SENTENCE_ENDS else None


# A breadcrumb trail the byline is glued after in one paragraph, each crumb (a word or three) closed by its arrow:
# "Lakaz » <a>Sosiete</a> » Ekrir par: Priya Ramdin", a Hexo Fluid post's first paragraph (Morisien: home, society,
# written by); the trail is the page's navigation, no prose around the field
_TRAIL_BEFORE = re.compile(r"^\s*(?:[^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’-]*){0,2}\s*[»›]\s*)+$")

# a reading time ("3 min de lectura", "4 min read"), its number joined by a hyphen (Hugo Anatole's "2-minute read");
# Indonesian/Malay "menit" (minute) with Indonesian "baca" and Batak Toba "manjaha" (read: a Zola Duckquill post's
# "<small>3 menit manjaha</small>" under its headline)
_READING_TIME = (r"\d{1,3}(?:\s*|-)(?:min|mins|minutes?|minutos?|minuten|dakika|menit|分)\.?\s*(?:de lectura|read|reading|"
                 r"lesezeit|de leitura|di lettura|de lecture|okuma(?: süresi)?|で読めます|baca|manjaha)?")
# Words that may stay around a date without making the line prose.
_RESIDUE_OK = re.compile(
    r"^(?:(?:posted|published|updated|last updated|publié|publiée|mis à jour|le|on|am|um|el|em|il|op|"
    r"publicado|actualizado|atualizado|veröffentlicht|aktualisiert|aktualisierung|pubblicato|aggiornato|"
    r"gepubliceerd|bijgewerkt|发布于|发表于|更新于|投稿日|公開|更新|at|à|"
    # a reading time beside the date ("3 min de lectura · 26 mar 2025", "Wed, Mar 11, 2026 2-minute read")
    + _READING_TIME + r")\s*)+$",
    re.IGNORECASE,
)
# a reading time standing alone in its line under the headline ("3 menit manjaha"; a read word needed: "5 min" alone
# may be a recipe's or a race's)
_READING_TIME_LINE = re.compile(r"^\s*" + _READING_TIME.replace(")?", ")") + r"\s*$", re.IGNORECASE)


def is_reading_time(text: str) -> bool:
    """``text`` is a reading time alone ("4 min read", "3 menit manjaha"), a line of the post's header."""
    return _READING_TIME_LINE.match(text) is not None

_MONTH_WORDS = {
    1: "jan january januar jänner janvier janv enero janeiro gennaio januari",
    2: "feb february februar février fevr févr febrero fevereiro febbraio februari",
    3: "mar march märz maerz mars marzo março maart",
    4: "apr april avril avr abril aprile",
    5: "may mai mayo maio maggio mei",
    6: "jun june juni juin junio junho giugno",
    7: "jul july juli juillet juil julio julho luglio",
    8: "aug august août aout agosto augustus",
    9: "sep sept september septembre septiembre setiembre setembro settembre",
    10: "oct october oktober octobre octubre outubro ottobre",
    11: "nov november novembre noviembre novembro",
    12: "dec december dezember décembre dec déc diciembre dezembro dicembre",
}
# ... and more languages' names, one table each (data: month -> names, between spaces)
_MORE_MONTH_WORDS = (
    # Turkish, Polish (genitive), Indonesian, Swahili, Vietnamese-less: common enough to match fast
    {
        1: "ocak stycznia januari januari", 2: "şubat lutego februari februari", 3: "mart marca maret machi",
        4: "nisan kwietnia april aprili", 5: "mayıs maja mei mei", 6: "haziran czerwca juni juni",
        7: "temmuz lipca juli julai", 8: "ağustos sierpnia agustus agosti", 9: "eylül września september septemba",
        10: "ekim października oktober oktoba", 11: "kasım listopada november novemba",
        12: "aralık grudnia desember desemba",
    },
    # Greek and Czech (genitive), Thai
    {
        1: "ιανουαρίου ledna มกราคม", 2: "φεβρουαρίου února กุมภาพันธ์", 3: "μαρτίου března มีนาคม",
        4: "απριλίου dubna เมษายน", 5: "μαΐου května พฤษภาคม", 6: "ιουνίου června มิถุนายน",
        7: "ιουλίου července กรกฎาคม", 8: "αυγούστου srpna สิงหาคม", 9: "σεπτεμβρίου září กันยายน",
        10: "οκτωβρίου října ตุลาคม", 11: "νοεμβρίου listopadu พฤศจิกายน", 12: "δεκεμβρίου prosince ธันวาคม",
    },
    # Russian (genitive) and Persian (the Gregorian months' names)
    {
        1: "января ژانویه", 2: "февраля فوریه", 3: "марта مارس", 4: "апреля آوریل", 5: "мая مه می", 6: "июня ژوئن",
        7: "июля ژوئیه", 8: "августа اوت آگوست", 9: "сентября سپتامبر", 10: "октября اکتبر", 11: "ноября نوامبر",
        12: "декабря دسامبر",
    },
    # Hungarian (written after the year: "2025. május 4.")
    {
        1: "január", 2: "február", 3: "március", 4: "április", 5: "május", 6: "június",
        7: "július", 8: "augusztus", 9: "szeptember", 10: "október", 11: "november", 12: "december",
    },
    # Bengali, Arabic (Egyptian/Gulf names)
    {
        1: "জানুয়ারি يناير", 2: "ফেব্রুয়ারি فبراير", 3: "মার্চ مارس", 4: "এপ্রিল أبريل إبريل", 5: "মে مايو",
        6: "জুন يونيو", 7: "জুলাই يوليو", 8: "আগস্ট أغسطس", 9: "সেপ্টেম্বর سبتمبر", 10: "অক্টোবর أكتوبر",
        11: "নভেম্বর نوفمبر", 12: "ডিসেম্বর ديسمبر",
    },
    # Serbian in Cyrillic and Latin, Ukrainian (genitive): "15. март 2026.", "3. avgust 2025", "12 березня 2026"
    {
        1: "јануар јануара januara січня", 2: "фебруар фебруара februara лютого", 3: "март марта marta березня",
        4: "април априла aprila квітня", 5: "мај маја травня", 6: "јун јуна juna червня", 7: "јул јула jula липня",
        8: "август августа avgust avgusta серпня", 9: "септембар септембра septembar septembra вересня",
        10: "октобар октобра oktobar oktobra жовтня", 11: "новембар новембра novembar novembra листопада",
        12: "децембар децембра decembar decembra грудня",
    },
    # Urdu and Hindi/Nepali (Devanagari), Georgian: the Gregorian months' names ("14 مارچ 2026", "15 मार्च 2026",
    # "14 მარტი 2026")
    {
        1: "იანვარი", 2: "თებერვალი", 3: "მარტი", 4: "აპრილი", 5: "მაისი", 6: "ივნისი", 7: "ივლისი", 8: "აგვისტო",
        9: "სექტემბერი", 10: "ოქტომბერი", 11: "ნოემბერი", 12: "დეკემბერი",
    },
    {
        1: "جنوری जनवरी", 2: "فروری फरवरी फ़रवरी", 3: "مارچ मार्च", 4: "اپریل अप्रैल अप्रिल", 5: "مئی मई", 6: "جون जून",
        7: "جولائی जुलाई", 8: "اگست अगस्त", 9: "ستمبر सितंबर सितम्बर सेप्टेम्बर", 10: "اکتوبر अक्टूबर अक्तूबर अक्टोबर",
        11: "نومبر नवंबर नवम्बर नोभेम्बर", 12: "دسمبر दिसंबर दिसम्बर डिसेम्बर",
    },
    # Marathi (Devanagari, English-derived), Icelandic, Estonian, Lithuanian (nominative and the genitive its dates use:
    # "2026 m. kovo 16 d."), Latvian (nominative and locative: "2026. gada 16. martā"), Khmer ("ទី១៦ ខែមីនា ឆ្នាំ២០២៦")
    {
        1: "जानेवारी janúar jaanuar sausis sausio janvāris janvārī មករា",
        2: "फेब्रुवारी febrúar veebruar vasaris vasario februāris februārī កុម្ភៈ",
        3: "kovas kovo marts martā märts មីនា",
        4: "एप्रिल apríl aprill balandis balandžio aprīlis aprīlī មេសា",
        5: "मे maí gegužė gegužės maijs maijā ឧសភា",
        6: "júní juuni birželis birželio jūnijs jūnijā មិថុនា",
        7: "जुलै júlí juuli liepa liepos jūlijs jūlijā កក្កដា",
        8: "ऑगस्ट ágúst rugpjūtis rugpjūčio augusts augustā សីហា",
        9: "सप्टेंबर rugsėjis rugsėjo septembris septembrī កញ្ញា",
        10: "ऑक्टोबर október oktoober spalis spalio oktobris oktobrī តុលា",
        11: "नोव्हेंबर nóvember lapkritis lapkričio novembris novembrī វិច្ឆិកា",
        12: "डिसेंबर desember detsember gruodis gruodžio decembris decembrī ធ្នូ",
    },
    # Tajik (CLDR's names, which dateparser has no table for, and the izofat form a date writes: "18 марти 2026",
    # of March)
    {
        1: "январ январи", 2: "феврал феврали", 3: "март марти", 4: "апрел апрели", 5: "май майи", 6: "июн июни",
        7: "июл июли", 8: "август августи", 9: "сентябр сентябри", 10: "октябр октябри", 11: "ноябр ноябри",
        12: "декабр декабри",
    },
    # Tatar and Bashkir (CLDR's names, and the possessive form a date writes after its day: "2026 елның 18 марты",
    # the 18th of March of the year 2026; "17 марты 2026 йыл")
    {
        1: "гыйнвар гыйнвары ғинуар ғинуары", 2: "феврале", 3: "марты", 4: "апреле", 5: "мае майы", 6: "июне",
        7: "июле", 8: "августы", 9: "сентябре", 10: "октябре", 11: "ноябре", 12: "декабре",
    },
    # Mizo (no table in dateparser nor CLDR; the names of the Mizo calendar, as Wikipedia's "Mizo calendar" lists
    # them, with and without the circumflex: "Vau ni 18, 2026", the 18th of March; not "tau", Polynesian "year")
    {
        1: "pawlkût pawlkut", 2: "ramtuk", 3: "vau", 4: "ṭau", 5: "ṭomir", 6: "nikir",
        7: "vawkhniahzawn vawkhniakzawn", 8: "thitin", 9: "mimkût mimkut", 10: "khuangchawi", 11: "sahmulphah",
        12: "pawltlak",
    },
    # Haitian Creole ("21 mas 2026", "17 out 2026": August, the word "out" needs a day and a year around it)
    {
        1: "janvye", 2: "fevriye", 3: "mas", 4: "avril", 5: "me", 6: "jen", 7: "jiyè jiye", 8: "out",
        9: "septanm", 10: "oktòb oktob", 11: "novanm", 12: "desanm",
    },
    # Shan (CLDR's names and its abbreviations of four characters and more, dateparser has no Shan table; March
    # also by its first syllable, as CLDR shortens the other months: "႑႗ မၢတ်ႉ ႒႐႒႖", 17 March 2026)
    {
        1: "ၸၼ်ႇဝႃႇရီႇ ၸၼ်ႇ", 2: "ၾႅပ်ႇဝႃႇရီႇ ၾႅပ်ႇ", 3: "မၢတ်ႉၶျ် မၢတ်ႉ", 4: "ဢေႇပရႄႇ", 5: "မေႇ", 6: "ၸုၼ်ႇ", 7: "ၸူႇလၢႆႇ",
        8: "ဢေႃးၵၢတ်ႉ ဢေႃး", 9: "သႅပ်ႇထႅမ်ႇပႃႇ သႅပ်ႇ", 10: "ဢွၵ်ႇထူဝ်ႇပႃႇ ဢွၵ်ႇ", 11: "ၼူဝ်ႇဝႅမ်ႇပႃႇ ၼူဝ်ႇ",
        12: "တီႇသႅမ်ႇပႃႇ",
    },
    # Divehi (Thaana), the Gregorian months as Maldivian papers write them, the month first: "މާރިޗު 18، 2026"
    {
        1: "ޖަނަވަރީ", 2: "ފެބުރުވަރީ", 3: "މާރިޗު", 4: "އޭޕްރިލް", 5: "މެއި", 6: "ޖޫން", 7: "ޖުލައި", 8: "އޮގަސްޓު",
        9: "ސެޕްޓެމްބަރު", 10: "އޮކްޓޫބަރު", 11: "ނޮވެމްބަރު", 12: "ޑިސެމްބަރު",
    },
    # Tahitian (no table in dateparser nor CLDR; the Académie tahitienne's names, with their macrons and ʻeta and
    # without, as typed: "17 nō Māti 2026", the 17th of March; "nō", of: _MONTH_MARK)
    {
        1: "tenuare", 2: "fepuare", 3: "māti mati", 4: "ʻeperēra eperera", 5: "mē", 6: "tiunu", 7: "tiurai",
        8: "ʻātete ʻatete atete", 9: "tetepa", 10: "ʻātopa ʻatopa atopa", 11: "novema", 12: "tītema titema",
    },
    # Norfuk (Pitkern-Norfolk; no table in dateparser nor CLDR): the English names as its spelling writes them, a
    # Norfolk Island blog's "20 Maach 2026 · Lokal", "27 Febyuweri 2026", "8 Juun 2026"; "Mie" (May) and "Juun" need a
    # day and a year around them, as every month name does
    {
        1: "jenyuweri", 2: "febyuweri", 3: "maach", 4: "ipril", 5: "mie", 6: "juun", 7: "julai", 8: "orgus",
        9: "septemba", 10: "oktoeba", 11: "nowemba", 12: "disemba",
    },
    # Venda (no table in dateparser nor CLDR; the names South African papers and calendars print: "12 Ṱhafamuhwe 2026,
    # 09:30", "Ḽavhuraru, 11 Ṱhafamuhwe 2026"), March and August also without their circumflexed letter, as typed on
    # keyboards that lack it
    {
        1: "phando", 2: "luhuhi", 3: "ṱhafamuhwe thafamuhwe", 4: "lambamai", 5: "shundunthule", 6: "fulwi",
        7: "fulwana", 8: "ṱhangule thangule", 9: "khubvumedzi", 10: "tshimedzi", 11: "ḽara", 12: "nyendavhusiku",
    },
)
for _table in _MORE_MONTH_WORDS:
    for _month, _words in _table.items():
        _MONTH_WORDS[_month] += " " + _words
_MONTHS = {word: month for month, words in _MONTH_WORDS.items() for word in words.split()}
# Languages whose month names come from dateparser's CLDR tables (data: add a language's code here): Welsh
# ("2 Ebrill 2026"), Catalan, Belarusian ("12 сакавіка 2026"), Afrikaans ("17 Maart 2026"), Azerbaijani, Basque,
# Galician, Slovenian, Bosnian, Irish, Maltese, Uzbek, Kyrgyz, Punjabi, Kannada, Malayalam, Odia, Pashto, Yoruba,
# Hausa, Zulu, Somali, Assamese ("৮ এপ্ৰিল, ২০২৬": Bengali's script, its own spelling of the names), Sorani Kurdish
# (the Levantine set in its own spelling: "ئازار", "تشرینی یەکەم"), Kinyarwanda ("20 Werurwe 2026"), Uyghur
# ("20-مارت، 2026"), Malagasy ("3 Martsa 2026"), Quechua ("20 pauqar waray 2026", two words), Igbo ("Maachị 04, 2026"), Filipino (the Spanish-derived names
# Cebuano writes too: "Lunes, Marso 16, 2026"), Tongan (its apostrophe spellings: "12 Ma'asi 2026"), Ewe ("Kuɖa, Tedoxe 11,
# 2026 - 09:40"), Esperanto ("16-an de marto 2026, 09:40"), Kirundi ("Ku wa 10 Ntwarante 2026", after Kinyarwanda:
# its September "Nyakanga" is Kinyarwanda's July, which the table keeps), Cornish (CLDR's "mis Meurth", month of
# March: "14 mis Meurth 2026"; the names without "mis" below), Friulian ("17 di Març dal 2026"), Dholuo ("Tich
# Ariyo, 10 Dwe mar Adek 2026", month of the third: "Dwe mar <ordinal>").  The fast
# patterns then read their dates; dateparser itself stays for labelled values.
# The names are copied below (_LIBRARY_MONTH_WORDS, from _library_months): importing the 22 tables at import loaded
# dateparser itself; tests/test_metadata.py checks the copy against dateparser's tables.
LIBRARY_MONTH_LANGUAGES = ("cy", "ca", "be", "af", "az", "eu", "gl", "sl", "bs", "ga", "mt", "uz", "ky", "pa", "kn",
                           "ml", "or", "ps", "yo", "ha", "zu", "so", "as", "lo", "ckb", "lb", "rw", "ug", "mg", "qu",
                           "ig", "om", "fil", "to", "ee", "eo", "rm", "ln", "rn", "kw", "fur", "luo", "smn")
# names in the tables that name a place in text of any language, where a number and a year follow them as often
# ("Giro d'Elba 12, 2026": Oromo's April is CLDR's "Elba", its papers write "Ebla")
_NOT_MONTHS = frozenset({"elba"})
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")


def _library_months(languages: tuple[str, ...]) -> dict[str, int]:
    """Month names (lower case) of ``languages`` from dateparser's tables: one word each, starting with a letter;
    abbreviations under four characters left out ("sat", "out", "des": they would let the day-first gate through
    on every "3 out of 4"), a month's longest name kept whatever its length (Kyrgyz "май"); a name the table above
    gives another month is kept out.  Names of four letters and more stay even when they are words too (Irish
    "noll", Swedish zero; Welsh "tach"): every month pattern needs a day and a year around the name; not a name
    that is a place's in every language (_NOT_MONTHS)."""
    import importlib

    found: dict[str, int] = {}
    for language in languages:
        try:
            info = importlib.import_module(f"dateparser.data.date_translation_data.{language}").info
        except ImportError:
            continue
        for month, key in enumerate(_MONTH_KEYS, start=1):
            # (a name of two words too, Irish "meán fómhair" (September), Somali "bisha saddexaad"; not Catalan's
            # "de març", Romansh "da mars": "de", "da" are _MONTH_MARKs before the name)
            names = [n.lower() for n in info.get(key, ()) if "." not in n and not n.startswith(("de ", "da "))
                     and re.match(r"[^\W\d_]", n) and not any(ch.isdigit() for ch in n)]
            longest = max(names, key=len, default="")
            for name in names:
                if (len(name) >= 4 or name == longest) and _MONTHS.get(name, month) == month \
                        and name not in _NOT_MONTHS:
                    found.setdefault(name, month)
    return found


_LIBRARY_MONTH_WORDS = {
    1: "ionawr gener студзень студзеня januarie yanvar urtarrila xaneiro januar eanáir jannar январь ਜਨਵਰੀ ಜನವರಿ "
       "ജനുവരി ଜାନୁଆରୀ جنوري ṣẹ́r ṣẹ́rẹ́ janairu januwari umasingana jannaayo ມັງກອນ জানু জানুৱাৰী"
       " mutarama يانۋار janoary enero jenụwarị amajjii sānuali dzove januaro schan schaner nzero zenâr"
       " uđiv uđđâivemáánu",
    2: "chwef chwefror febr febrer лютага люты februarie fevral otsaila febreiro februar feabh feabhra frar февраль "
       "ਫ਼ਰਵਰੀ ಫೆಬ್ರ ಫೆಬ್ರವರಿ ഫെബ്രു ഫെബ്രുവരി ଫେବୃଆରୀ فبروري فېبروري èrèl èrèlè faburairu februwari febraayo ກຸມພາ "
       "ফেব্ৰু ফেব্ৰুৱাৰী شوبات"
       " gashyantare فېۋرال febroary febrero febrụwarị guraandhala pebrero fēpueli dzodze februaro favr favrer ruhuhuma fevrâr"
       " kuovâ kuovâmáánu",
    3: "mawrth març сакавік сакавіка maart mart martxoa marzo marec márta marzu март ਮਾਰਚ ಮಾರ್ಚ್ മാർച്ച് ମାର୍ଚ୍ଚ "
       "مارچ ẹrẹ̀n ẹrẹ̀nà maris mashi maarso ມີນາ মাৰ্চ ئازار mäerz"
       " werurwe مارت martsa maachị bitooteessa marso ma'a ma'asi tedoxe marto mars ntwarante"
       " njuhčâ njuhčâmáánu",
    4: "ebrill abril d'abr d'abril красавік красавіка april aprel apirila aibreán апрель ਅਪ੍ਰੈ ਅਪ੍ਰੈਲ ಏಪ್ರಿ ಏಪ್ರಿಲ್ "
       "ഏപ്രി ഏപ്രിൽ ଅପ୍ରେଲ اپریل ìgbé afirilu ephreli abriil ເມສາ এপ্ৰিল نیسان abrëll"
       " mata ئاپرېل aprily ayriwa epreel eprel afɔfĩe aprilo avrigl d'avrigl ndamukiza avrîl"
       " cuáŋui cuáŋuimáánu",
    5: "mai maig траўня mei may maiatza maio maj beal bealtaine mejju май ਮਈ ಮೇ മേയ് ମଇ مۍ ẹ̀bi ẹ̀bibi mayu meyi "
       "ພຶດສະພາ মে' ئایار mee"
       " gicurasi gicuransi ماي mey mayo aymuray caamsa mē dama majo matg rusama"
       " vyesi vyesimáánu",
    6: "mehefin juny чэрвень чэрвеня junie iyun i̇yun ekaina xuño junij juni meith meitheamh ġunju июнь ਜੂਨ ಜೂನ್ ജൂൺ "
       "ଜୁନ جون òkúdu yuni juun ມິຖຸນາ জুন حوزەیران"
       " kamena ئىيۇن jona junio waxabajjii hunyo sune masa zercl zercladur zercl zercladur ruheshi jugn"
       " kesi kesimáánu",
    7: "gorff gorffennaf juliol ліпень ліпеня julie iyul i̇yul uztaila xullo julij juli iúil lulju июль ਜੁਲਾ ਜੁਲਾਈ "
       "ಜುಲೈ ജൂലൈ ଜୁଲାଇ جولای agẹmọ yuli julayi luuliyo ກໍລະກົດ জুলাই تەمووز"
       " nyakanga ئىيۇل jolay julio julaị adooleessa hulyo siulai siamlɔm fanadur fanadur mukakaro lui"
       " syeini syeinimáánu",
    8: "awst agost d'ag d'agost жнівень жніўня жнівеня augustus avqust abuztua agosto avgust august lúnasa awwissu "
       "август ਅਗਸਤ ಆಗಸ್ಟ್ ഓഗസ്റ്റ് ଅଗଷ୍ଟ اګست ògún agusta agasti ogosto ສິງຫາ আগষ্ট ئاب"
       " kanama ئاۋغۇست aogositra ọgọọst hagayya deasiamime aŭgusto avust d'avust nyandagaro avost"
       " porge porgemáánu",
    9: "medi setembre верасень верасня september sentyabr iraila setembro septembar mfómh settembru sentabr сентябрь "
       "ਸਤੰਬਰ ಸೆಪ್ಟೆಂ ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റം സെപ്റ്റംബർ ସେପ୍ଟେମ୍ବର سپتمبر سېپتمبر owewe satumba septhemba sebteembar "
       "ກັນຍາ ছেপ্তে ছেপ্তেম্বৰ সেপ্ট ئەیلوول"
       " nzeli سېنتەبىر septambra setiembre septemba fuulbana setyembre sepitema sēpitema anyɔnyɔ septembro sett settember setembar"
       " čohčâ čohčâmáánu",
    10: "hydref d'oct d'octubre octubre кастрычнік кастрычніка oktober oktyabr urria outubro oktobar dfómh ottubru "
        "oktabr октябрь ਅਕਤੂ ਅਕਤੂਬਰ ಅಕ್ಟೋ ಅಕ್ಟೋಬರ್ ഒക്ടോ ഒക്‌ടോബർ ଅକ୍ଟୋବର اکتوبر ọ̀wà ọ̀wàrà oktoba okthoba oktoobar "
        "ຕຸລາ অক্টো অক্টোবৰ"
        " ukwakira ئۆكتەبىر oktobra kantaray ọktoba onkololeessa oktubre kele oktobro d'october october gitugutu otubar"
        " roovvâd roovvâdmáánu",
    11: "tach tachwedd novembre лістапад лістапада november noyabr azaroa novembro novembar samh samhain novembru "
        "ноябрь ਨਵੰਬਰ ನವೆಂ ನವೆಂಬರ್ നവംബർ ନଭେମ୍ବର نومبر bélú nuwamba novemba noofeembar ພະຈິກ নৱেম্বৰ"
        " ugushyingo نويابىر novambra noviembre ayamarq'a sadaasa nobyembre nōvema adeɛmekpɔxe munyonyo"
        " skammâ skammâmáánu",
    12: "rhag rhagfyr desembre снежань снежня desember dekabr abendua decembro december decembar noll nollaig "
        "diċembru декабрь ਦਸੰਬਰ ಡಿಸೆಂ ಡಿಸೆಂಬರ್ ഡിസം ഡിസംബർ ଡିସେମ୍ବର دسمبر ọ̀pẹ ọ̀pẹ̀ disamba disemba diseembar ທັນວາ "
        "ডিচে ডিচেম্বৰ ডিসে dezember"
        " ukuboza دېكابىر desambra diciembre muddee disyembre tīsema dzome kigarama dicembar"
        " juovlâ juovlâmáánu",
}
# (names of two words, as _library_months gives them too)
_LIBRARY_MONTH_PHRASES = {
    "bisha koobaad": 1, "oṣù ṣẹ́rẹ́": 1, "bisha labaad": 2, "oṣù èrèlè": 2, "bisha saddexaad": 3, "oṣù ẹrẹ̀nà": 3,
    "bisha afraad": 4, "oṣù ìgbé": 4, "bisha shanaad": 5, "oṣù ẹ̀bibi": 5, "bisha lixaad": 6, "oṣù òkúdu": 6,
    "bisha todobaad": 7, "oṣù agẹmọ": 7, "bisha sideedaad": 8, "oṣù ògún": 8, "bisha sagaalaad": 9,
    "meán fómhair": 9, "oṣù owewe": 9, "bisha tobnaad": 10, "deireadh fómhair": 10, "oṣù ọ̀wàrà": 10,
    "bisha kow iyo tobnaad": 11, "oṣù bélú": 11, "bisha laba iyo tobnaad": 12, "oṣù ọ̀pẹ̀": 12,
    "کانوونی دووەم": 1, "تشرینی یەکەم": 10, "تشرینی دووەم": 11, "کانونی یەکەم": 12,
    "qulla puquy": 1, "hatun puquy": 2, "pauqar waray": 3, "inti raymi": 6, "anta sitwa": 7, "qhapaq sitwa": 8,
    "uma raymi": 9, "kapaq raymi": 12,
    "sánzá ya yambo": 1, "sánzá ya míbalé": 2, "sánzá ya mísáto": 3, "sánzá ya mínei": 4, "sánzá ya mítáno": 5,
    "sánzá ya motóbá": 6, "sánzá ya nsambo": 7, "sánzá ya mwambe": 8, "sánzá ya libwa": 9, "sánzá ya zómi": 10,
    "sánzá ya zómi na mɔ̌kɔ́": 11, "sánzá ya zómi na míbalé": 12,
    "mis genver": 1, "mis hwevrer": 2, "mis meurth": 3, "mis ebrel": 4, "mis me": 5, "mis metheven": 6,
    "mis gortheren": 7, "mis est": 8, "mis gwynngala": 9, "mis hedra": 10, "mis du": 11, "mis kevardhu": 12,
    "dwe mar achiel": 1, "dwe mar ariyo": 2, "dwe mar adek": 3, "dwe mar ang'wen": 4, "dwe mar abich": 5,
    "dwe mar auchiel": 6, "dwe mar abiriyo": 7, "dwe mar aboro": 8, "dwe mar ochiko": 9, "dwe mar apar": 10,
    "dwe mar gi achiel": 11, "dwe mar apar gi ariyo": 12,
}
# Dholuo's April as CLDR writes it, with the typographic apostrophe ("10 Dwe mar Ang’wen 2026")
_LIBRARY_MONTH_PHRASES_TYPED = {"dwe mar ang’wen": 4}
_MONTHS.update({word: month for month, words in _LIBRARY_MONTH_WORDS.items() for word in words.split()})
_MONTHS.update(_LIBRARY_MONTH_PHRASES)
_MONTHS.update(_LIBRARY_MONTH_PHRASES_TYPED)


def _add_months(names: dict[int, str]) -> None:
    """One more language's month names into _MONTHS (data: month -> its names, a space between two names, "_"
    joining a name's words: "ciggilta_kudo"), each unless a table above gives it another month."""
    _MONTHS.update({name: month for month, written in names.items()
                    for name in (n.replace("_", " ") for n in written.split()) if _MONTHS.get(name, month) == month})


# Sorani Kurdish: the izafe "ی" (of) a date glues to the month's name ("٢٤ی ئازاری ٢٠٢٦", the 24th of March 2026;
# to the day too: _DAY_SUFFIX), and the spellings beside dateparser's ("تەممووز", "کانوونی یەکەم") (data: each
# name as written, then its izafe form)
_MONTHS.update({name: month for month, names in {
    1: ("کانوونی دووەم", "کانونی دووەم"), 2: ("شوبات",), 3: ("ئازار",), 4: ("نیسان",), 5: ("ئایار",),
    6: ("حوزەیران",), 7: ("تەمووز", "تەممووز", "تەمموز"), 8: ("ئاب",), 9: ("ئەیلوول", "ئەیلول"),
    10: ("تشرینی یەکەم",), 11: ("تشرینی دووەم",), 12: ("کانونی یەکەم", "کانوونی یەکەم"),
}.items() for written in names for name in (written, written + "ی")})
# Levantine Arabic month names, some of two words
_MONTHS.update({"كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
                "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12})
# Quechua in the official alphabet of Peru (w for dateparser's u: "20 pawqar waray 2026", March), beside the
# older spellings dateparser's table has (data: name -> month, two words where the name has them)
_MONTHS.update({"qhulla puquy": 1, "pawqar waray": 3, "ayriway": 4, "anta situwa": 7, "qhapaq situwa": 8,
                "ayamarqa": 11, "qhapaq raymi": 12})
# Xhosa, which dateparser has no table for: CLDR's names (babel's "xh"; those the tables above give the same month,
# "meyi", "disemba", not repeated) and the old names its papers date by ("12 EyoKwindla 2026", March; data: month ->
# names)
_add_months({
    1: "janyuwari eyomqungu", 2: "eyomdumba", 3: "matshi eyokwindla", 4: "epreli utshazimpuzi", 5: "ucanzibe",
    6: "eyesilimela", 7: "eyekhala", 8: "eyethupha eyethupa", 9: "eyomsintsi", 10: "okthobha eyedwarha",
    11: "eyenkanga", 12: "eyomnga",
})
# Months of languages dateparser has no table for, and spellings beside its tables (data: month -> names):
# Turkmen ("5-nji mart 2026 ý."), Chuvash with its own letter ҫ and with the Latin ç a keyboard leaves ("2026 ҫулхи
# пуш уйӑхӗн 4-мӗшӗ", of the year 2026, of the month of March the 4th), Igbo as papers write it beside
# dateparser's "maachị" ("Wenezdee, Machị 04, 2026"), Oromo as its papers write it beside dateparser's
# "bitooteessa"/"fuulbana" ("Bitootessa 14, 2026"), Cebuano's September beside the Filipino "setyembre" (CLDR's
# "Septiyembre"), Chichewa (CLDR's names the tables above lack: "Lachiwiri, 17 Malichi 2026"), Tetum as the
# national orthography writes them, with the spellings "Junhu", "Julhu" beside it ("19 Marsu 2026, 17:15"), Sesotho
# (CLDR's names, babel's "st": "Labobeli, 17 Hlakubele 2026"), Corsican (CLDR's names, babel's "co", its "di" a
# _MONTH_MARK and its elided "d’" written with either apostrophe: "14 di marzu 2026", "3 d'aprile 2026"), Xitsonga
# (CLDR's, babel's "ts", December with a typed apostrophe too: "12 Nyenyankulu 2026"), Sicilian (CLDR's names,
# babel's "scn", with and without their accents; its "di" a _MONTH_MARK as Corsican's: "14 di jinnaru 2026"),
# Sardinian (CLDR's names, babel's "sc", with and without their accents; "de" before them: "17 de martzu 2026")
_add_months({
    1: "ýanwar кӑрлач jenụwarị januwale janeiru pherekgong ghjennaghju sunguti jinnaru ghennàrgiu ghennargiu",
    2: "fewral нарӑс febụwarị febuluwale fevereiru hlakola ferraghju nyenyenyani frivaru freàrgiu freargiu",
    3: "пуш machị bitootessa malichi marsu hlakubele marzu nyenyankulu martzu",
    4: "ака eprel ebla epulo abríl mmesa aprile d’aprile d'aprile dzivamisoko aprili abrile",
    5: "maý ҫу çу caamsaa maiu motsheanong maghju mudyaxihi maju",
    6: "iýun ҫӗртме çӗртме juñu junhu phupjane ghjugnu khotavuxika giugnu làmpadas lampadas",
    7: "iýul утӑ julaị adoolessa julai jullu julhu phupu lugliu mawuwani giugnettu trìulas triulas",
    8: "awgust ҫурла çурла ọgọst ogasiti agostu phato aostu d’aostu d'aostu mhawuri agustu austu",
    9: "sentýabr авӑн fulbaana septiyembre seputemba setembru lwetse sittembre ndzhati sittèmmiru sittemmiru"
       " cabudanni",
    10: "oktýabr юпа onkoloolessa okutoba outubru mphalane ottobre d’ottobre d'ottobre nhlangula uttùviru uttuviru"
        " santugaine",
    11: "noýabr чӳк novemba novembru pudungwana nuvembre hukuri nuvèmmiru nuvemmiru santandria",
    12: "раштав dezembru tshitwe dicembre n’wendzamhala n'wendzamhala dicèmmiru dicemmiru nadale",
})
# Lombard: CLDR's names (babel's "lmo"; "avril" and "november" as French's and English's above), "de" before them
# ("12 de marz 2026") (data: month -> name)
_add_months({
    1: "sginer", 2: "fevrer", 3: "marz", 5: "masg", 6: "sgiugn", 7: "luj", 8: "avost", 9: "setember", 10: "otover",
    12: "dicember",
})
# Neapolitan (CLDR has no "nap"): the names its texts write where Italian's differ, with and without their accent,
# "'e" (of) before them ("14 'e màrzo 2026", "9 'e abbrile 2026") (data: month -> names)
_add_months({
    1: "jennaro", 2: "frevaro", 3: "màrzo", 4: "abbrile", 6: "giùgno", 8: "aùsto austo", 10: "ottombre",
})
# Cornish: CLDR's names (babel's "kw") without their "mis" (month), as a date writes them ("14 Meurth 2026"); "Me"
# (May) is Haitian's above, "Est" (August) and "Du" (November), French and German words, only after "mis"
# (_LIBRARY_MONTH_PHRASES) (data: month -> name)
_add_months({
    1: "genver", 2: "hwevrer", 3: "meurth", 4: "ebrel", 6: "metheven", 7: "gortheren", 9: "gwynngala", 10: "hedra",
    12: "kevardhu",
})
# Tongan as its text writes it: CLDR's names (babel's "to") with the fakauʻa "ʻ" (U+02BB, a letter) where dateparser's
# table has an apostrophe ("Tuʻapulelulu, 12 Maʻasi 2026", March), the three it leaves out for opening with one
# (ʻEpeleli, ʻAokosi, ʻOkatopa), and with a typed "’" inside a name ("Ma’asi") (data: month -> names)
_MONTHS.update({spelled: month for month, names in {
    3: "maʻasi", 4: "ʻepeleli", 8: "ʻaokosi", 10: "ʻokatopa",
}.items() for name in names.split() for spelled in (name, name[:1] + name[1:].replace("ʻ", "’"))
    if _MONTHS.get(spelled, month) == month})
# Fijian, which neither dateparser nor CLDR has: the English months as Fijian writes them ("18 Maji 2026", March),
# with the spellings beside them ("Jiulai", "Julai"; "Seviteba", "Sepiteba"; May is "Me", Haitian's above) (data:
# month -> names)
_add_months({
    1: "janueri", 2: "feperueri", 3: "maji", 4: "epereli", 6: "jiune", 7: "jiulai julai", 8: "okosita",
    9: "seviteba sepiteba", 10: "okotova", 11: "noveba", 12: "tiseba",
})
# Afar, which dateparser has no table for: CLDR's names (babel's "aa", some of two words: "17 Ciggilta Kudo 2026",
# March) and glibc's aa_ET/aa_DJ spellings beside them (February "Naharsi Kudo", August "Leqeeni") (data: month ->
# names, "_" joining a name's two words)
_add_months({
    1: "qunxa_garablu", 2: "kudo naharsi_kudo", 3: "ciggilta_kudo", 4: "agda_baxis", 5: "caxah_alsa", 6: "qasa_dirri",
    7: "qado_dirri", 8: "liiqen leqeeni", 9: "waysu", 10: "diteli", 11: "ximoli", 12: "kaxxa_garablu",
})
# Hmong (RPA), which neither dateparser nor CLDR has: the months are counted, "lub <number> hlis" ("17 Lub Peb
# Hlis 2026", the third month: March) (data: month -> its number word)
_MONTHS.update({f"lub {number} hlis": month for month, number in enumerate(
    ("ib", "ob", "peb", "plaub", "tsib", "rau", "xya", "yim", "cuaj", "kaum", "kaum ib", "kaum ob"), start=1)})
# Kalmyk, which neither dateparser nor CLDR has: the months named by the animal cycle, "<animal> сар" and its
# genitive "сарин" a date writes ("Моһа сарин 18, 2026"), as MediaWiki's Kalmyk messages name them (January "Туула
# сар" … December "Бар сар") (data: month -> animal)
_MONTHS.update({f"{animal} {word}": month for month, animal in enumerate(
    ("туула", "лу", "моһа", "мөрн", "хөн", "мөчн", "така", "ноха", "һаха", "хулһн", "үкр", "бар"), start=1)
    for word in ("сар", "сарин")})
# Karachay-Balkar, which neither dateparser nor CLDR has: the months of the Karachay-Balkar-Russian dictionary, "<name>
# ай" (month) or "<name> ал айы", "<name> арт айы" (its first, its second month: "18 тотурну ал айы, 2026 жыл", 18
# March 2026), the Karachay "дж" for "ж" too ("джайны"); the newspapers' other calendar (its "байрым ай" is March) not
# read (data: month -> names, "_" joining a name's words)
_add_months({
    1: "башил_ай", 2: "байрым_ай", 3: "тотурну_ал_айы ауузну_ал_айы", 4: "тотурну_арт_айы ауузну_арт_айы",
    5: "хычаман_ай хычауман_ай", 6: "луккур_ай никкол_ай", 7: "жайны_ал_айы джайны_ал_айы элия_ай",
    8: "жайны_арт_айы джайны_арт_айы къыркъар_ай", 9: "къыркъаууз_ай кюз_ай", 10: "кюзню_арт_айы этыйыкъ_ай",
    11: "къач_ай абустол_ай", 12: "эндреуюк_ай абустолну_арт_айы",
})
# Tuvan, which neither dateparser nor CLDR (babel's "tyv" has the Russian names) has in its own words: the months are
# counted, "<number> ай" ("үш ай", the third month: March), and the genitive "айның" a date writes ("2026 ч. үш
# айның 14-ү", of the year 2026, of March the 14th), as MediaWiki's Tuvan messages (MessagesTyv.php) name them
# (January "Бир ай" … December "Он ийи ай") (data: month -> its number word)
_MONTHS.update({f"{number} {word}": month for month, number in enumerate(
    ("бир", "ийи", "үш", "дөрт", "беш", "алды", "чеди", "сес", "тос", "он", "он бир", "он ийи"), start=1)
    for word in ("ай", "айның")})
# Buryat: the months are counted, "<ordinal> һара" and its genitive "һарын" a date writes ("2026 оной гуравдахи
# һарын 12", of the year 2026, of the third month the 12th): CLDR's names (babel's "bua": "гурбадугаар һара") and
# the ordinals in "-дахи" the press writes, with the stem "гурав" beside "гурба" (data: month -> ordinals)
_MONTHS.update({f"{ordinal} {word}": month for month, ordinals in enumerate((
    "нэгэдүгээр нэгэдэхи", "хоёрдугаар хоёрдохи", "гурбадугаар гурбадахи гуравдахи", "дүрбэдүгээр дүрбэдэхи",
    "табадугаар табадахи", "зургадугаар зургаадахи", "долодугаар долоодохи", "наймадугаар наймадахи",
    "юһэдүгээр юһэдэхи", "арбадугаар арбадахи", "арбан_нэгэдүгээр арбан_нэгэдэхи",
    "арбан_хоёрдугаар арбан_хоёрдохи"), start=1)
    for ordinal in (o.replace("_", " ") for o in ordinals.split()) for word in ("һара", "һарын")})
# Meadow Mari, which neither dateparser nor CLDR has: the months of glibc's locale mhr_RU (January "Шорыкйол" …
# December "Теле"; MediaWiki's Meadow Mari messages name them so too, with "Ӱарня" beside "Ӱярня", March)
# ("19 ӱярня 2026, 11:30") (data: month -> names)
_add_months({
    1: "шорыкйол", 2: "пургыж", 3: "ӱярня ӱарня", 4: "вӱдшор", 5: "ага", 6: "пеледыш", 7: "сӱрем", 8: "сорла",
    9: "идым", 10: "шыжа", 11: "кылме", 12: "теле",
})
# Mon, which neither dateparser nor CLDR has: the months of MediaWiki's Mon messages (languages/i18n/mnw.json, its
# genitive and the spellings with "င" beside "ၚ") and of glibc's locale mnw_MM, in Mon digits as its papers date
# ("၁၀ နဝ်ဝေမ်ဗါ ၂၀၂၆", 10 November 2026) (data: month -> names)
_add_months({
    1: "ဇာန်နဝါရဳ ဂျာန်နျူအာရဳ", 2: "ဖေဖဝ်ဝါရဳ ဝှေဝ်ဗြူအာရဳ", 3: "မာတ် မာတ်ချ်", 4: "ဨပြဳ အေပြေယ်လ်", 5: "မေ",
    6: "ဂျောန် ဂျန် ဂျုန်", 7: "ဂျူလာင် ဂျူလာၚ်", 8: "အဝ်ဂေတ် အဝ်ဂါတ်", 9: "သေပ်တေမ်ဗါ သိပ်တီဗာ",
    10: "အံက်တဝ်ဗါ အံက်တဝ်ဗာ", 11: "နဝ်ဝေမ်ဗါ နဝ်ဝါမ်ဗာ", 12: "ဒဳဇြေမ်ဗါ ဒဳဇြေန်ဗါ ဒဳသီဗာ",
})
# Walloon, which neither dateparser nor CLDR (babel's "wa" has no names) has: the months of glibc's locale wa_BE,
# written after "di" ("17 di måss 2026": _DI_MONTHS_WRITTEN) or an elided "d’" ("3 d’ avri 2026": _MONTH_MARK)
# (data: month -> name)
_WALLOON_MONTHS = {
    1: "djanvî", 2: "fevrî", 3: "måss", 4: "avri", 5: "may", 6: "djun", 7: "djulete", 8: "awousse", 9: "setimbe",
    10: "octôbe", 11: "nôvimbe", 12: "decimbe",
}
_add_months(_WALLOON_MONTHS)
# Aragonese (CLDR's names, babel's "an", where Spanish's above differ: "9 chinero 2026"), Latgalian (CLDR's, babel's
# "ltg": "14. apreļs 2026"), Ligurian (CLDR's, babel's "lij", "do" (of the) before the year: "12 de marso do 2026"),
# Bavarian and Austrian "Feber" (MySQL's de_AT locale, "Jänner, Feber, März": "14. Feber 2026"), Ladino (MediaWiki's
# Ladino messages, MessagesLad.php, where Spanish's differ: "de Januario", "Deziembre"; its "marso" is above) (data:
# month -> names)
_add_months({
    1: "chinero janvars zenâ januario", 2: "februars frevâ feber februario", 4: "apreļs arvî", 5: "majs mazzo",
    6: "chunyo juņs zugno", 7: "chuliol juļs luggio julyo", 12: "aviento dexembre deziembre diziembre",
})
# Plains Cree in syllabics, which neither dateparser nor CLDR has (babel's "csw", Swampy Cree, names them a month
# later: its "ᓂᐢᑭᐲᓯᒼ" is April): the moons as the Plains Cree dictionaries name them (kisê-pîsim … pawâcakinasîsi-
# pîsim), with the long vowels' dots and, as most text writes them, without ("17 ᓂᐢᑭᐱᓯᒼ 2026, 10:15", March)
# (data: month -> name)
_CREE_MONTHS = {
    1: "ᑭᓭᐲᓯᒼ", 2: "ᒥᑭᓯᐏᐲᓯᒼ", 3: "ᓂᐢᑭᐲᓯᒼ", 4: "ᐊᔩᑭᐲᓯᒼ", 5: "ᓵᑭᐸᑳᐏᐲᓯᒼ", 6: "ᐹᐢᑳᐏᐦᐅᐏᐲᓯᒼ", 7: "ᐸᐢᑯᐏᐲᓯᒼ",
    8: "ᐅᐦᐸᐦᐅᐏᐲᓯᒼ", 9: "ᓅᒋᐦᐃᑐᐏᐲᓯᒼ", 10: "ᐱᒥᐦᐋᐏᐲᓯᒼ", 11: "ᐃᐦᑯᐱᐏᐲᓯᒼ", 12: "ᐸᐚᐦᒐᑭᓇᓰᓯᐲᓯᒼ",
}


def _short_syllabics(word: str) -> str:
    """``word`` with its syllabics' long vowels written short (the dot left off): "ᐲ" (pii) -> "ᐱ" (pi)."""
    def short(char: str) -> str:
        name = unicodedata.name(char, "")
        if name.startswith("CANADIAN SYLLABICS") and name[-2:] in ("AA", "II", "OO"):
            try:
                return unicodedata.lookup(name[:-1])
            except KeyError:
                return char
        return char
    return "".join(map(short, word))


# Swampy Cree's own spellings (CLDR's "csw", long vowels dotted) of a Plains Cree name that is another month there
# ("ᓂᐢᑭᐲᓯᒼ" is its April, "ᒥᑭᓯᐏᐲᓯᒼ" its March): not read, a Swampy page's date would be a month early; the
# undotted forms Plains Cree text writes are
_SWAMPY_OTHER_MONTHS = frozenset(("ᓂᐢᑭᐲᓯᒼ", "ᒥᑭᓯᐏᐲᓯᒼ"))
_MONTHS.update({spelled: month for month, name in _CREE_MONTHS.items()
                for spelled in (name, _short_syllabics(name))
                if _MONTHS.get(spelled, month) == month and spelled not in _SWAMPY_OTHER_MONTHS})
# Erzya, which dateparser has no table for: CLDR's names (babel's "myv", "эйзюрков", March) and the genitive in
# "-онь" a date writes ("11 эйзюрковонь 2026 14:30"); Lezgian, which neither has: the Russian months in the dative
# a date writes ("2026-йисан 16-апрелдиз", of the year 2026, on 16 April), as MediaWiki's Lezgian messages
# (MessagesLez.php) write them (data: month -> names)
_MONTHS.update({name: month for month, names in {
    1: "якшамков январдиз", 2: "даволков февралдиз", 3: "эйзюрков мартдиз", 4: "чадыков апрелдиз",
    5: "панжиков майдиз", 6: "аштемков июндиз", 7: "медьков июлдиз", 8: "умарьков августдиз",
    9: "таштамков сентябрдиз", 10: "ожоков октябрдиз", 11: "сундерьков ноябрдиз", 12: "ацамков декабрдиз",
}.items() for written in names.split() for name in ((written, written + "онь") if written.endswith("ков")
                                                     else (written,)) if _MONTHS.get(name, month) == month})
# Inuktitut in syllabics, which dateparser has no table for: CLDR's names (babel's "iu") and the spellings Nunavut
# writes beside them (April "ᐊᐃᑉᐳᕆᓪ" for "ᐊᐃᑉᐳᓗ"; ABlog's "12 ᒫᑦᓯ 2026", March) (data: month -> names)
_add_months({
    1: "ᔭᓐᓄᐊᓕ ᔭᓐᓄᐊᕆ", 2: "ᕕᕝᕗᐊᓕ ᕖᕝᕗᐊᕆ ᕕᕗᐊᕆ", 3: "ᒫᑦᓯ", 4: "ᐊᐃᑉᐳᓗ ᐊᐃᑉᐳᕆᓪ", 5: "ᒪᐃ", 6: "ᔫᓂ", 7: "ᔪᓚᐃ",
    8: "ᐊᐅᒡᒍᓯ ᐋᒡᒌᓯ ᐅᒡᒍᓯ", 9: "ᓯᑎᐱᕆ", 10: "ᐆᑦᑑᕝᕙ ᐅᑐᐱᕆ ᐅᒃᑐᐱᕆ", 11: "ᓄᕕᐱᕆ", 12: "ᑎᓯᐱᕆ",
})
# Malay (and Iban, which writes Malay's), whose names the tables above lack where they differ from Indonesian's:
# March, August, December ("KAPIT, 14 Mac 2026", a CoverNews post's dateline; "14 Ogos 2026"); "Mac" only with a day
# and a year around it, as every month pattern (data: month -> names)
_add_months({3: "mac", 8: "ogos", 12: "disember"})
# Oshiwambo (Kwanyama and Ndonga), which dateparser has no table for: the loans its papers date by ("Etitano, 5
# Maalitsa 2026, 16:20", March; "Juni", "Juli", "Mei" as the tables above have them) (data: month -> names)
_add_months({
    1: "januali", 2: "febuali februali", 3: "maalitsa", 4: "aprili", 8: "auguste", 9: "septemba", 10: "oktoba",
    11: "novemba", 12: "desemba",
})
# Zarma (CLDR's names, babel's "dje"), which dateparser has no table for ("Alhamisi 5 Marsi 2026, 16h20"; "Me" and
# "Ut", May and August, left out: two letters are too many words' in other languages) (data: month -> names)
_add_months({
    1: "žanwiye", 2: "feewiriye", 3: "marsi", 4: "awiril", 6: "žuweŋ", 7: "žuyye", 9: "sektanbur", 10: "oktoobur",
    11: "noowanbur", 12: "deesanbur",
})
# Rukiga and Runyankore (CLDR's names, babel's "cgg" and "nyn", the last two of three words: "Okwaikumi na kumwe"),
# Luganda and Lusoga (CLDR's, babel's "lg" and "xog"), which dateparser has no table for; and the English month a
# Rukiga page writes as a loan, with the closing vowel ("8 Marchi 2026", a Mailchimp issue line) (data: month -> names)
_add_months({
    1: "okwokubanza janwaliyo", 2: "okwakabiri febwaliyo", 3: "okwakashatu marisi marchi", 4: "okwakana apuli",
    5: "okwakataana maayi", 6: "okwamukaaga juuni", 7: "okwamushanju julaayi", 8: "okwamunaana agusito",
    9: "okwamwenda sebuttemba", 10: "okwaikumi okitobba", 11: "okwaikumi_na_kumwe", 12: "okwaikumi_na_ibiri",
})
# Adyghe, which dateparser has no table for: CLDR's names (babel's "ady"), in the oblique case a date writes them
# ("Гъэтхапэм и 12, 2026", of March its 12th), and without its "-м" (data: month -> names)
_add_months({
    1: "щылэмазэм щылэ", 2: "мэзаем мэзай", 3: "гъэтхапэм гъэтхапэ", 4: "мэлылъфэгъум мэлылъфэгъу",
    5: "жъоныгъуакӏэм жъоныгъуакӏ", 6: "мэкъуогъум мэкъуогъу", 7: "бэдзэогъум бэдзэогъу", 8: "шышъхьэӏум шышъхьэӏу",
    9: "ӏоныгъум ӏоныгъу", 10: "чъэпыогъум чъэпыогъу", 11: "шэкӏогъум шэкӏогъу", 12: "тыгъэгъазэм тыгъэгъаз",
})
# Kabardian, which dateparser has no table for: CLDR's names (babel's "kbd", the palochka its lower-case "ӏ", as the
# pattern's IGNORECASE matches the "Ӏ" text writes), the stand-alone name and the form in "-м" a date writes
# ("Гъатхэпэм и 11, 2026": of March, its 11th; "и" is _DAY_MARK) (data: month -> names)
_add_months({
    1: "щӏышылэ щӏышылэм", 2: "мазае мазаем", 3: "гъатхэпэ гъатхэпэм", 4: "мэлыжьыхь мэлыжьыхьэм",
    5: "накъыгъэ накъыгъэм", 6: "мэкъуауэгъуэ мэкъуауэгъуэм", 7: "бадзэуэгъуэ бадзэуэгъуэм", 8: "шыщхьэӏу шыщхьэӏум",
    9: "фокӏадэ фокӏадэм", 10: "жэпуэгъуэ жэпуэгъуэм", 11: "щакӏуэгъуэ щакӏуэгъуэм", 12: "дыгъэгъазэ дыгъэгъазэм",
})
# Mohawk (Kanien'kéha), which neither has: the names Kahnawà:ke's and Akwesasne's calendars write, the colon inside a
# word its long vowel ("Enniskó:wa 3, 2026", March 3, a Carrd post's; "-kó:wa" the "big" month after its namesake),
# and without the accents (data: month -> names)
_add_months({
    1: "tsothohrhkó:wa tsothohrhko:wa", 2: "enníska enniska", 3: "enniskó:wa ennisko:wa", 4: "onerahtókha onerahtokha",
    5: "onerahtohkó:wa onerahtohko:wa", 6: "ohiarí:ha ohiari:ha", 7: "ohiarihkó:wa ohiarihko:wa", 8: "seskéha seskeha",
    9: "seskehkó:wa seskehko:wa", 10: "kenténha kentenha", 11: "kentenhkó:wa kentenhko:wa", 12: "tsothóhrha tsothohrha",
})
# The Solar Hijri calendar's months: dates converted to Gregorian.  Iran names them in Persian ("۱۴ اسفند ۱۴۰۳"),
# Afghanistan by the zodiac, in Dari ("۱۵ حوت ۱۴۰۴") and in Pashto ("۱۴۰۴ کب ۱۵", the year first): the twelfth month
# is اسفند, حوت and کب.  (data: the three rows, month by month; written with the Arabic yeh and kaf too, "حمل" and
# "ثور" as they are, and Pashto's own gaf "ګ" beside the Persian "گ")
_JALALI_MONTH_ROWS = (
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت",
    "وری غویی غبرگولی چنگاښ زمری وږی تله لړم لیندۍ مرغومی سلواغه کب",
)
_JALALI_SPELLINGS = {"غبرگولی": ("غبرګولی",), "لیندۍ": ("لیندی",)}


def _arabic_spellings(word: str) -> tuple[str, str]:
    """``word`` as written, and with the Arabic yeh and kaf for the Persian ones ("ی" -> "ي", "ک" -> "ك")."""
    return word, word.replace("ی", "ي").replace("ک", "ك")


_JALALI_MONTHS = {
    spelled: month
    for row in _JALALI_MONTH_ROWS for month, word in enumerate(row.split(), start=1)
    for written in (word, *_JALALI_SPELLINGS.get(word, ()))
    for spelled in _arabic_spellings(written)
}
# Afghanistan's zodiac names are everyday words too (Dari میزان amount, حمل transport, جدی serious, سرطان cancer;
# Pashto کب fish, وږی hungry, تله went), and the year-first order is prose's ("در سال ۱۴۰۲ میزان ۲۰ درصد افزایش
# یافت": in 1402 the level rose 20 %): a date so written only in a date's context (_JALALI_CONTEXT) or alone on
# its line ("۱ حمل ۱۴۰۴", "۱۴۰۴ غبرګولی ۳").  (data: the words, with their Arabic yeh and kaf spellings)
_JALALI_EVERYDAY = frozenset(
    spelled for word in "حمل سرطان اسد میزان عقرب قوس جدی دلو وری تله لړم زمری وږی کب".split()
    for spelled in _arabic_spellings(word)
)
# what dates the words, a word of the text: a weekday (…شنبه, جمعه), the hour (ساعت, Pashto بجې), a date label
# (تاریخ, نېټه, نشر published), the solar era (ه.ش, هجری شمسی, Pashto لمریز), Pashto's Gregorian date beside it
# (د ۲۰۲۶ کال …); whole words: "کالا" (goods) and "تاریخی" (historic) are prose's
_JALALI_CONTEXT = frozenset(("جمعه", "ساعت", "بجې", "بجه", "تاریخ", "نېټه", "نیټه", "نشر", "منتشر", "ه.ش", "هـ.ش",
                             "ه\u200d.ش", "هجری", "شمسی", "لمریز", "کال"))


def _jalali_in_context(match: re.Match[str], text: str) -> bool:
    """A Solar Hijri date ``match`` holds is one: a month's name no word shares, in the day-first order, or the
    text dating it (_JALALI_CONTEXT, a clock time), or nothing but one word beside it (a place, a label)."""
    if match.group("jmon") not in _JALALI_EVERYDAY and match.start("d") < match.start("y"):
        return True
    if match.group("H"):
        return True
    words = [w.strip(".,:;،()[]-") for w in (text[:match.start()] + " " + text[match.end():]).split()]
    if any(w in _JALALI_CONTEXT or w.endswith("شنبه") for w in words):
        return True
    return sum(1 for word in words if any(ch.isalpha() for ch in word)) <= 1


# The Bikram Sambat calendar, Nepal's official one, which Nepali and Newari papers date their stories in ("वि.सं.
# २०८३ वैशाख १" = 2026-04-14; "२०८२ कात्तिक १५ गते"): nepali-datetime converts (its months' lengths are a table
# of observed years, no formula) and names each month once; the other spellings papers use are data here
_BS_MONTHS = {
    word: month for month, words in enumerate((
        "बैशाख", "जेठ ज्येष्ठ", "असाढ आषाढ", "साउन", "भाद्र", "असोज", "कात्तिक", "मङ्सिर मार्ग", "पुस पुष", "",
        "फागुन फाल्गुन", "चैत चैत्र"), start=1) for word in words.split()
} | {word: month for month, word in enumerate(nepali_datetime._MONTHNAMES_NP) if word}
_BS_MONTH_NAMES = "(?P<bmon>" + "|".join(sorted(_BS_MONTHS, key=len, reverse=True)) + ")"
# the era ("वि.सं.", "वि. सं.", Vikram Samvat) before the year, and "गते" (day of the month) after the day
_BS_ERA = r"(?:वि\.\s?सं\.?\s*)?"
_BS_DAY_WORD = r"(?:\s*गते)?"
_BS_YEAR = r"20[6-9]\d"
_DEVANAGARI = re.compile("[\u0900-\u097f]")


def bikram_sambat_to_gregorian(by: int, bm: int, bd: int) -> tuple[int, int, int] | None:
    """A Bikram Sambat date as a Gregorian (year, month, day), None for a day the calendar does not have."""
    try:
        day = nepali_datetime.date(by, bm, bd).to_datetime_date()
    except (ValueError, OverflowError):
        return None
    return day.year, day.month, day.day


_JALALI_MONTH_NAMES = "(?P<jmon>" + "|".join(sorted(_JALALI_MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])"
# A Solar Hijri year: 1300-1429 (1921-2051).  The lunar Hijri year is 1430 and more since 2009 (1447 in 2026), so a
# year in this range on a page in Arabic script is the solar one ("۱۴۰۴/۱۲/۲۳", 2026-03-14): read as Gregorian it
# is the year 1404, a date no news story has
_SOLAR_YEARS = range(1300, 1430)
# The Ethiopian calendar's months in Ge'ez script (Tigrinya, then Amharic spellings): 12 of 30 days and Pagume (5 or
# 6).  Ethiopian and Eritrean papers date their stories in it, "መጋቢት 10 2018 ዓ.ም." (10 Megabit 2018 of the
# "year of mercy", ዓ.ም.) = 2026-03-19; read only beside that era marker (ethiopian_to_gregorian converts)
_ETHIOPIAN_MONTHS = {
    word: month for month, words in enumerate((
        "መስከረም", "ጥቅምቲ ጥቅምት", "ሕዳር ኅዳር ህዳር", "ታሕሳስ ታኅሣሥ ታህሳስ", "ጥሪ ጥር", "ለካቲት የካቲት", "መጋቢት",
        "ሚያዝያ", "ግንቦት", "ሰነ ሰኔ", "ሓምለ ሐምሌ", "ነሓሰ ነሐሴ", "ጳጉሜን ጳጉሜ"), start=1) for word in words.split()
}
# (written "ዓ.ም.", "ዓ.ም", "ዓ/ም", "ዓ. ም.")
_ETHIOPIAN_ERA = r"ዓ\s?[./]\s?ም"
_ETHIOPIAN_MONTH_NAMES = "(?P<emon>" + "|".join(sorted(_ETHIOPIAN_MONTHS, key=len, reverse=True)) + ")"
_MONTH_NAMES = r"(?P<mon>" + word_alternation(_MONTHS) + r")\.?"
# Months abbreviated with dots between their letters: CLDR's Thai "มี.ค." and Lao "ມ.ນ.", a site's own "ມີ.ນາ"
# (the name "ມີນາ" cut by a dot).  Read with the dots left out, as a name (_MONTHS) or as one of these
# abbreviations, which dateparser's Thai and Lao tables store without their dots (copied here: data, checked
# against dateparser by tests/test_metadata.py).  Only a word with a dot inside is looked up so: "ມນ" alone is no date.
DOTTED_MONTH_LANGUAGES = ("th", "lo")
_DOTTED_MONTH_WORDS = {
    1: "มค ມກ", 2: "กพ ກພ", 3: "มีค ມນ", 4: "เมย ມສ", 5: "พค ພພ", 6: "มิย ມິຖ", 7: "กค ກລ", 8: "สค ສຫ", 9: "กย ກຍ",
    10: "ตค ຕລ", 11: "พย ພຈ", 12: "ธค ທວ",
}
_DOTTED_MONTHS = {word: month for month, words in _DOTTED_MONTH_WORDS.items() for word in words.split()}
# (a letter, then letters or marks, a dot inside: "ม.ค", "ມີ.ນາ"; the closing dot is _MONTH_NAMES' own)
_DOTTED_NAME = r"[^\W\d_][^\s\d.,;:()]{0,5}(?:\.[^\s\d.,;:()]{1,6}){1,2}"
_MONTH_NAMES_OR_DOTTED = (
    r"(?P<mon>" + word_alternation(_MONTHS) + "|" + _DOTTED_NAME + r")\.?")


def _month_number(name: str) -> int:
    """The month a matched name gives (KeyError when none): "Marzu", "марти", a dotted "ມີ.ນາ"."""
    low = name.lower().rstrip(".")
    if low in _MONTHS or "." not in low:
        return _MONTHS[low]
    bare = low.replace(".", "")
    return _MONTHS.get(bare) or _DOTTED_MONTHS[bare]
# 午後 7時, 오후 10:05, 下午 3:00: the half of the day written before the time
_AMPM_WORD = r"(?:(?P<ampm2>午前|午後|오전|오후|上午|下午)\s*)?"
# Zones a page may state after the time: an offset, GMT/UTC with an offset ("(GMT+03:00)", "GMT+6"),
# and abbreviations (upper case only: "est" is a French word).  Data: _ZONE_OFFSETS, each abbreviation's
# offset.  (The season-less "ET"/"PT" are left out: the holdout's chainpost gold keeps "11:04 a.m. ET" local.)
_ZONE_OFFSETS = {
    "EDT": "-04:00", "EST": "-05:00", "CDT": "-05:00", "MDT": "-06:00", "MST": "-07:00", "PDT": "-07:00",
    "PST": "-08:00", "AKDT": "-08:00", "AKST": "-09:00", "HST": "-10:00", "BRT": "-03:00", "ART": "-03:00",
    "WET": "+00:00", "WEST": "+01:00", "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00",
    "WAT": "+01:00", "CAT": "+02:00", "SAST": "+02:00", "EAT": "+03:00", "MSK": "+03:00", "МСК": "+03:00",
    "TRT": "+03:00", "IRST": "+03:30", "GST": "+04:00", "PKT": "+05:00", "NPT": "+05:45", "ICT": "+07:00",
    "WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "MYT": "+08:00", "HKT": "+08:00", "SGT": "+08:00",
    "PHT": "+08:00", "AWST": "+08:00", "JST": "+09:00", "KST": "+09:00", "ACST": "+09:30", "ACDT": "+10:30",
    "AEST": "+10:00", "AEDT": "+11:00", "NZST": "+12:00", "NZDT": "+13:00",
}
# Abbreviations that name several zones: the page's language says which (data: the first is the default, the
# most common in news; then offset by language).  "09:15 PM IST" on a Telugu or Hindi page (or an English page
# without other evidence) is India's +05:30; on a Hebrew page Israel's +02:00, on an Irish one Ireland's +01:00.
# CST is US Central (-06:00), China's on a Chinese page; BST British Summer Time, Bangladesh's on a Bengali page;
# AST Atlantic, Arabia's (+03:00) on an Arabic page.  The language is known only once the text is (see
# zone_offset); until then such a time stays local, its abbreviation kept in DateMatch.zone.
AMBIGUOUS_ZONES = {
    "IST": ("+05:30", {"he": "+02:00", "yi": "+02:00", "ga": "+01:00"}),
    "CST": ("-06:00", {"zh": "+08:00"}),
    "BST": ("+01:00", {"bn": "+06:00"}),
    "AST": ("-04:00", {"ar": "+03:00"}),
}


def zone_offset(abbreviation: str, language: str | None) -> str:
    """The offset of an ambiguous zone abbreviation (AMBIGUOUS_ZONES) on a page in ``language``."""
    default, by_language = AMBIGUOUS_ZONES[abbreviation]
    return by_language.get(language or "", default)
_GREENWICH = ("بتوقيت غرينتش", "بتوقيت جرينتش", "بتوقيت غرينيتش")
_TZ = (r"(?:\s*\(?(?P<tz>(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?|Z|UTC|GMT|[+-]\d{2}:?\d{2}|(?-i:"
       + "|".join(sorted([*_ZONE_OFFSETS, *AMBIGUOUS_ZONES], key=len, reverse=True)) + r")|" + "|".join(_GREENWICH) + r")(?![\w]))?")
# Persian halves of the day, written after the time ("۴:۳۰ بعدازظهر")
_AMPM_PERSIAN = {"بعدازظهر": "pm", "بعد از ظهر": "pm", "ب.ظ": "pm", "عصر": "pm",
                 "قبل‌ازظهر": "am", "قبل ازظهر": "am", "قبل از ظهر": "am", "ق.ظ": "am", "صبح": "am"}
# A 12-hour clock read with a day-period word instead of AM/PM: "4:30 شام" (Urdu, evening), "७:०५ बेलुका"
# (Nepali), "10:15 সকাল" (Bengali).  dateparser knows only AM/PM; the words are CLDR's day periods
# (format, abbreviated) for the languages that write them after the time.  The hour they give:
# morning -> as AM; noon/afternoon -> 12 stays, 1-6 are PM; evening -> PM; night -> 6-11 PM, 12 and 1-5 AM.
# (Swahili's "asubuhi"/"jioni" are left out: East African time counts its hours from 6 a.m.)
_DAY_PERIODS = {
    # Urdu
    "صبح": "am", "دوپہر": "noon", "سہ پہر": "noon", "شام": "pm", "رات": "night",
    # Hindi, Nepali
    "सुबह": "am", "दोपहर": "noon", "शाम": "pm", "रात": "night", "बिहान": "am", "दिउँसो": "noon", "अपरान्ह": "noon",
    "साँझ": "pm", "बेलुका": "pm", "बेलुकी": "pm", "राति": "night",
    # Bengali
    "ভোর": "am", "সকাল": "am", "দুপুর": "noon", "বিকাল": "noon", "বিকেল": "noon", "সন্ধ্যা": "pm", "রাত": "night",
    "রাত্রি": "night",
    # Arabic (written out; ص/م are AM/PM)
    "صباحًا": "am", "صباحا": "am", "ظهرًا": "noon", "ظهرا": "noon", "مساءً": "pm", "مساء": "pm", "ليلاً": "night",
    "ليلا": "night",
    # Russian, Georgian, Vietnamese
    "утра": "am", "дня": "noon", "вечера": "pm", "ночи": "night", "დილით": "am", "დღის": "noon", "საღამოს": "pm",
    "ღამის": "night", "sáng": "am", "chiều": "noon", "tối": "pm", "đêm": "night",
}
# the half of the day after the time: a.m./p.m., Tagalog n.u./n.h./n.g., Bengali, Persian, day periods, Arabic ص/م
_AMPM_AFTER = (r"(?P<ampm>[ap]\.?\s?m\.?|n\.[uhg]\.|পূর্বাহ্ণ|অপরাহ্ণ|"
               + "|".join(map(re.escape, sorted(_AMPM_PERSIAN, key=len, reverse=True))) + "|(?:"
               + "|".join(map(re.escape, sorted(set(_DAY_PERIODS) - set(_AMPM_PERSIAN), key=len, reverse=True)))
               + r")(?!\w)|(?:ص|م)(?!\w))")
_TIME = (
    # (a date closed by a dot before its time: "14.03.2026. 10:32", "15. март 2026. у 17:40")
    # ("14.03.2026 г., 09:20 ч.": Bulgarian/Russian "г." for the year, Ukrainian "р.", Polish "r.", Avar "с." (сон):
    # "14 март 2026 с., 10:25")
    # (or its word spelled out, Karachay-Balkar, Kazakh, Kyrgyz "жыл" and Karachay's "джыл": "18 тотурну ал айы, 2026
    # жыл")
    r"(?:\s?[грсr]\.(?=[,\s])|\s(?:жыл|джыл)(?![^\W\d_]))?"
    # (the weekday in brackets between the date and the time: FC2's "2026/03/12 (木) 09:40")
    r"(?:\s*[(（][^\W\d_]{1,3}\.?[)）](?=\s*\d))?"
    # (the word before the time: "at", "kl." (Nordic), Latvian "plkst.", Khmer "ម៉ោង" (hour), Silesian "ô" …; a comma
    # before it, PmWiki's "Page last modified on March 10, 2026, at 09:05 AM")
    # (or the bracket a time alone stands in: "05.03.2026 (16:20)", a Trac post's typed row; closed after the time)
    r"(?:\.?(?:[,،]|[,،]?\s+(?:at|à|um|a las|às|as|a|alle|om|kl\.?|plkst\.?|ម៉ោង|o|ô|saat|lúc|в|у|u)|\s*[-–|·@]\s*(?:ساعت|کاتژمێر)?|[,،]?\s+[^\W\d_]{3,12}[,،]?|\s+(?P<tp>[(（]))?\s*"
    # (French and Occitan typography spaces the "h": "a 9 h 15", "à 9 h 15"; not a duration: "1 h 20 min")
    # (nor a second date: "15.03" before ".2026" is a day and a month, WordPress's published and updated
    # "<time>"s side by side, "15.03.2026 15.03.2026" in Storefront's posted-on line, no time of 15:03)
    + _AMPM_WORD + r"(?P<H>\d{1,2})(?:[:.]|\s?h\s?)(?P<M>\d{2})(?!\s?min\b)(?!\.\d)(?::(?P<S>\d{2}))?"
    r"(?:\.\d+)?\s*" + _AMPM_AFTER + r"?(?:\s*uhr)?(?(tp)[)）]))?"
    + _TZ
)
_TWO_DIGITS = re.compile(r"\d\d")
# Each date pattern with a gate: what the pattern cannot match without, tested first (a str test, or a
# regex the engine can skip through): the month-first pattern tries a few hundred month names at every
# letter (57 µs per line on the benchmark's pages, 60% of find_date) yet needs " day[,] year" after the
# name ("May 1, 2025"), which few lines hold.  Each gate is implied by its pattern: a line the gate
# turns away, the pattern would not have matched.
# (between the day and the year a comma, or a dot before a year of ours: "Marsi 8. 2026", not "June 12. 1500 units")
_DAY_YEAR_SEP = r"(?:[,،]?|\.(?=\s+(?:19|20)\d\d))"
_DAY_THEN_YEAR = re.compile(r"\s\d{1,2}(?:st|nd|rd|th)?" + _DAY_YEAR_SEP + r"\s+\d{4}", re.IGNORECASE)
# Words written before the month or the year of a day-first date: Spanish/Portuguese "de" ("13 de mayo de 2025"),
# Khmer "ខែ" (month) and "ឆ្នាំ" (year): "ទី១៦ ខែមីនា ឆ្នាំ២០២៦"; "of" between the day and the month: Maltese
# "ta'" ("15 ta' Marzu 2026"), English ("15th of March 2026"), Hausa "ga" ("Talata, 3 ga Maris, 2026"), Romansh "da"
# ("sonda, 14 da mars 2026"), Corsican "di" ("14 di marzu 2026"; _DI_MONTHS), Tahitian "nō" ("17 nō Māti 2026"),
# Walloon "di", "d’" ("3 d’ avri 2026"), Neapolitan "'e" ("14 'e màrzo 2026") (data: add a language's markers here,
# and to _MONTH_MARK_WORDS)
_MONTH_MARK_WORDS = ("de", "ta'", "ta’", "of", "ga", "da", "di", "nō", "d'", "d’", "'e", "’e")
# what a day-first date glues to its day: an ordinal's ending ("1st", "1er", "1º", "1."), Sorani's izafe "ی"
# ("٢٤ی ئازاری ٢٠٢٦", the 24th of March 2026)
# and Turkmen's hyphenated ordinal ("5-nji mart", "1-nji", "3-ünji", "6-njy": the 5th of March), Esperanto's, in the
# nominative and the accusative ("la 16-a de marto", "16-an de marto 2026": on the 16th of March)
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|º|\.|ی|-[iyuü]?nj[iy]|-an?)?"
# the markers before the month (_MONTH_MARK_WORDS), Corsican's "di" only before the months CLDR writes it with (its
# format names "di marzu", "d’aprile" elided): "di" is Indonesian/Malay "in" too ("Peringkat 3 di Mei 2026", ranked
# 3rd in May)
_DI_MONTHS = ("ghjennaghju", "ferraghju", "marzu", "maghju", "ghjugnu", "lugliu", "sittembre", "nuvembre", "dicembre")
# ... and Sicilian's, which its text writes with "di" too ("Data: 14 di marzu 2026", "21 di jinnaru 2026"; CLDR's
# format has none: babel's "scn" names, with and without their accents)
_DI_MONTHS_WRITTEN = _DI_MONTHS + (
    "jinnaru", "frivaru", "aprili", "maju", "giugnu", "giugnettu", "agustu", "sittèmmiru", "sittemmiru", "uttùviru",
    "uttuviru", "nuvèmmiru", "nuvemmiru", "dicèmmiru", "dicemmiru",
    # ... and Friulian's ("17 di Març dal 2026": babel's "fur" names, which its text writes with "di", of)
    "zenâr", "fevrâr", "març", "avrîl", "mai", "jugn", "lui", "avost", "setembar", "otubar", "novembar", "dicembar",
) + tuple(_WALLOON_MONTHS.values())  # ... and Walloon's
_MONTH_MARK = (r"(?:(?:de|ta['’]|of|ga|da|nō|['’]e)\s+|di\s+(?=(?:" + "|".join(_DI_MONTHS_WRITTEN) + r")(?![^\W\d_]))|"
               # (Walloon's elided "di" before a vowel, spaced: "3 d’ avri 2026")
               r"d['’]\s+(?=(?:" + "|".join(v for v in _WALLOON_MONTHS.values() if v[0] in "aeiouô")
               + r")(?![^\W\d_]))|ខែ\s*)?")
# the word "day" a month-first date writes before its day: Mizo "ni" ("Vau ni 18, 2026", "March ni 18, 2026"); Adyghe
# and Kabardian "its" after the month's oblique case ("Гъэтхапэм и 12, 2026", "Гъатхэпэм и 11, 2026": of March its 12th)
_DAY_MARK = r"(?:(?:ni|и)\s+)?"
_YEAR_MARK = r"(?:de\s+|dal\s+|do\s+|ឆ្នាំ\s*)?"  # (Friulian "dal", Ligurian "do", of the: "17 di Març dal 2026")
# (the day-first pattern: a day, then the month's name or its marker, whose first character is a letter; the word
# looked up in a set, not the pattern's ~670 names tried after every "3 people" of a line of prose)
# (or the marker opening with an apostrophe: Neapolitan "'e")
_DAY_THEN_WORD = re.compile(r"\d" + _DAY_SUFFIX + r"\s+(['’]?[^\W\d_][^\s\d.,;:()\[\]/|·•\-–—]*)", re.IGNORECASE)
# a month name's first word (Levantine "كانون الثاني"), as written in capitals and lowered too (Turkish "KASIM" is
# "kasim", the pattern's IGNORECASE matching "kasım"), and the markers _MONTH_MARK writes before it
# (and a name's part before a colon inside its word, where _DAY_THEN_WORD's word stops: Mohawk's "Enniskó:wa")
_MONTH_FIRST_WORDS = frozenset(
    form.split(":")[0] for name in _MONTHS for form in (name.split()[0], name.split()[0].upper().lower())) \
    | set(_MONTH_MARK_WORDS)
_MONTH_MARK_GLUED = "ខែ"  # (Khmer writes it joined to the name: "ខែមីនា")


def _day_then_month(text: str) -> bool:
    """A day followed by a month's name or its marker somewhere in ``text``: the day-first pattern's gate."""
    for match in _DAY_THEN_WORD.finditer(text):
        word = match.group(1).lower()
        if word in _MONTH_MARK_WORDS:
            # a marker ("3 de marzo", "3 of March") opens a date only before a month's name: "3 of the 12 seats",
            # "2 de los 5" are prose, which the ~700 names of the pattern need not be tried on
            after = text[match.end():match.end() + 40].split(maxsplit=1)
            following = after[0].lower().rstrip(".,;:") if after else ""
            word = following if word != "di" or following in _DI_MONTHS_WRITTEN else ""
        if word.split(":")[0] in _MONTH_FIRST_WORDS or word.startswith(_MONTH_MARK_GLUED):
            return True
        # a word cut by a dot ("20 ມີ.ນາ 2026", "1 มี.ค. 2569"): a dotted month, perhaps; "3 p.m." too, which the
        # pattern then turns away (the script's letters only: a Latin "a.m." is no month of the table)
        end = match.end()
        if text[end:end + 1] == "." and text[end + 1:end + 2].isalpha() and not word.isascii():
            return True
    return False


# (the Basque pattern's gate: the year's suffix "ko" or "(e)ko" after its last digit)
_YEAR_KO = re.compile(r"\d(?:\(e\))?ko\s", re.IGNORECASE)
# the genitive of "year" a Turkic date writes after the year, before the day (data: Tatar, Bashkir, Kazakh, Kyrgyz,
# Uzbek, Chuvash in both its spellings, Tuvan and its abbreviation "ч." (чыл), Buryat "оной" (of the year), Lezgian
# "йисан" ("2026-йисан 16-апрелдиз"), lower case)
_YEAR_WORDS = ("елның", "елны", "йылдың", "йылның", "жылғы", "жылдын", "жылдың", "yilning", "ҫулхи", "çулхи", "чылдың",
               "ч.", "оной", "йисан")
_YEAR_WORD_RE = "|".join(map(re.escape, _YEAR_WORDS))
# the word "month" some languages write after its name, in the genitive: Chuvash "пуш уйӑхӗн" (of the month of March)
_MONTH_WORDS_AFTER = ("уйӑхӗн", "уйӑхӗ")


@lru_cache(maxsize=1)  # the two year-word patterns ask it of the same line, one after the other: lowered once
def _year_word(text: str) -> bool:
    """The year-word patterns' gate: one of _YEAR_WORDS in ``text``."""
    low = text.lower()
    return any(word in low for word in _YEAR_WORDS)


# (the Turkic pattern's gate: a day joined by a hyphen to a word)
_DAY_HYPHEN_WORD = re.compile(r"\d-[^\W\d_]")
if not all(re.match(r"[^\W\d_]", name) for name in _MONTHS):
    raise ValueError("a month name must start with a letter: _DAY_THEN_WORD would turn its dates away")
_DATE_PATTERNS: list[tuple[re.Pattern[str], Callable[[str], object]]] = [
    # 2025.05.02. 14:32, 2025. 05. 03. 09:05, 2025. május 4. 18:47 (Hungarian: year first, each part closed by a dot)
    (re.compile(r"(?<!\d)(?P<y>\d{4})\.\s?(?:(?P<m>\d{1,2})\.\s?|" + _MONTH_NAMES + r"\s+)(?P<d>\d{1,2})\.(?!\d)" + _TIME,
                 re.IGNORECASE),
     lambda t: "." in t),
    # 2025-05-01 21:15:45, 2025/05/01, 2025.05.01T21:15Z
    (re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)T?" + _TIME, re.IGNORECASE),
     lambda t: "-" in t or "/" in t or "." in t),
    # 2025年5月1日 21:15, 2025年3月12日(水) 午後7時20分, 2025년 03월 20일 오전 11:40; Yi's year, month, day signs as
    # Chinese's (ꈎ ꆪ ꑍ: "2026ꈎ3ꆪ17ꑍ")
    (re.compile(r"(?P<y>\d{4})\s*[年년ꈎ]\s*(?P<m>\d{1,2})\s*[月월ꆪ]\s*(?P<d>\d{1,2})\s*[日일ꑍ]\s*(?:[(（][^\d()（）]{1,3}[)）])?"
                 r"\s*(?:" + _AMPM_WORD + r"\s*(?P<H>\d{1,2})\s*[:時시]\s*(?P<M>\d{2})(?::(?P<S>\d{2}))?)?(?P<ampm>)" + _TZ),
     lambda t: "年" in t or "년" in t or "ꈎ" in t),
    # 05/01/2025 09:15 PM or 13/05/2025 11:30: order from the numbers, else the page's language; the same with
    # hyphens (DataLife Engine's "14-03-2026, 10:25", Indian sites' "20-03-2026 11:50"; one separator throughout)
    (re.compile(r"(?<![\d/-])(?P<p1>\d{1,2})(?P<sep>[/-])(?P<p2>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d-])" + _TIME,
                 re.IGNORECASE),
     lambda t: "/" in t or "-" in t),
    # 11/3/25 9:15 AM (two-digit year)
    (re.compile(r"(?<![\d/])(?P<p1>\d{1,2})/(?P<p2>\d{1,2})/(?P<yy>\d{2})(?![\d/])" + _TIME, re.IGNORECASE),
     lambda t: "/" in t),
    # 03.11.25 11:04 (European order, two-digit year)
    (re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<yy>\d{2})(?![\d.])" + _TIME, re.IGNORECASE),
     lambda t: "." in t),
    # 01.05.2025 21:15 (European order; the dots typed as middots too, one throughout: "05·03·2026, 16h20", a Sphinx
    # post's typed row)
    (re.compile(r"(?<![\d.·])(?P<d>\d{1,2})(?P<dsep>[.·])(?P<m>\d{1,2})(?P=dsep)(?P<y>\d{4})(?!\d)" + _TIME,
                re.IGNORECASE),
     lambda t: "." in t or "·" in t),
    # May 1, 2025 9:15 PM
    # (the comma Arabic's, in a right-to-left script: Divehi "މާރިޗު 18، 2026، 09:15"; the word "day" before the
    # day: _DAY_MARK; or a dot, BlogEngine.NET's "MMMM d. yyyy HH:mm": "Marsi 8. 2026 11:45")
    (re.compile(r"(?<![^\W\d_])" + _MONTH_NAMES + r"\s+" + _DAY_MARK + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
                + _DAY_YEAR_SEP + r"\s+(?P<y>\d{4})" + _TIME,
                re.IGNORECASE),
     _DAY_THEN_YEAR.search),
    # 1 May 2025, 1. Mai 2025, 19 mai 2025 à 18h20, 13 de mayo de 2025, ១៦ ខែមីនា ឆ្នាំ២០២៦ (Khmer: "month"
    # and "year" written before each: _MONTH_MARK, _YEAR_MARK)
    (re.compile(r"(?<!\d)(?P<d>\d{1,2})" + _DAY_SUFFIX + r"\s+" + _MONTH_MARK + _MONTH_NAMES_OR_DOTTED
                + r"(?![^\W\d_]),?\s+" + _YEAR_MARK + r"(?P<y>\d{4})" + _TIME, re.IGNORECASE),
     _day_then_month),
    # the year first, each part followed by the language's own marker: Lithuanian "2026 m. kovo 16 d. 15:40"
    # (metai, month in the genitive, diena), Latvian "2026. gada 16. martā plkst. 15:40" (the year's genitive)
    (re.compile(r"(?<!\d)(?P<y>\d{4})\s?m\.\s+" + _MONTH_NAMES + r"\s+(?P<d>\d{1,2})\s?d\.(?![^\W\d_])" + _TIME,
                re.IGNORECASE),
     lambda t: "m." in t or "M." in t),  # (each gate as blind to case as its pattern)
    (re.compile(r"(?<!\d)(?P<y>\d{4})\.\s?gada\s+(?P<d>\d{1,2})\.\s?" + _MONTH_NAMES + r"(?![^\W\d_])" + _TIME,
                re.IGNORECASE),
     lambda t: "gada" in t.lower()),
    # the day joined to the month by a hyphen, the year followed by its word: Kyrgyz/Kazakh "14-март, 2026-жыл"
    # (жыл = year), Uzbek "14-mart, 2026-yil" (the Turkic date line of a Wikinews-like page)
    # (Uyghur, in Arabic script, with the Arabic comma: "20-مارت، 2026")
    # (and the year joined by a hyphen too: Java's "dd-MMM-yyyy", JSPWiki's page stamp "08-Mar-2026 11:45", Oracle's
    # and Apache's directory listings)
    (re.compile(r"(?<![\d-])(?P<d>\d{1,2})-" + _MONTH_NAMES + r"(?![^\W\d_])(?:[,،]?\s+|-)(?P<y>\d{4})"
                r"(?:-[^\W\d_]{1,4}\.?)?(?!\d)"
                + _TIME, re.IGNORECASE),
     _DAY_HYPHEN_WORD.search),
    # the year first with its suffix, the month in the genitive, the day with its article: Basque
    # "2026(e)ko martxoaren 19a, 08:00" (of the year 2026, March's 19th; the genitive is the name + "ren")
    (re.compile(r"(?<!\d)(?P<y>\d{4})(?:\(e\))?ko\s+" + _MONTH_NAMES + r"(?:ren)?\s+(?P<d>\d{1,2})a?(?![^\W\d_])"
                + _TIME, re.IGNORECASE),
     _YEAR_KO.search),
    # the year first with its word in the genitive, then the day and the month's possessive: Tatar "2026 елның 18
    # марты" (of the year 2026, March's 18th), Bashkir "2026 йылдың 17 марты", Kyrgyz "2026-жылдын 18-марты"
    (re.compile(r"(?<!\d)(?P<y>\d{4})[\s-](?:" + _YEAR_WORD_RE + r")\s+(?P<d>\d{1,2})(?:-|\s+)" + _MONTH_NAMES
                + r"(?![^\W\d_])" + _TIME, re.IGNORECASE),
     _year_word),
    # the year with its word, then the month (with "of the month" after it), then the day with its ordinal ending:
    # Chuvash "2026 ҫулхи пуш уйӑхӗн 4-мӗшӗ" (of the year 2026, of the month of March, the 4th), Tuvan "2026 ч. үш
    # айның 14-ү, 10:30" (the month of two words, "ай" in the genitive)
    (re.compile(r"(?<!\d)(?P<y>\d{4})[\s-](?:" + _YEAR_WORD_RE + r")\s+" + _MONTH_NAMES
                + r"(?:\s+(?:" + "|".join(_MONTH_WORDS_AFTER) + r"))?\s+(?P<d>\d{1,2})(?:-[^\W\d_]{1,5})?(?![\d])"
                + _TIME, re.IGNORECASE),
     _year_word),
    # መጋቢት 10 2018 ዓ.ም., 10 መጋቢት 2018 ዓ.ም. (the Ethiopian calendar, beside its era marker; the date only: an
    # Ethiopian clock counts its hours from six in the morning, "ሰዓት 3" is nine)
    (re.compile(_ETHIOPIAN_MONTH_NAMES + r"\s+(?P<d>\d{1,2})[,፣]?\s+(?P<y>\d{4})\s*" + _ETHIOPIAN_ERA),
     lambda t: "ዓ" in t),
    (re.compile(r"(?<!\d)(?P<d>\d{1,2})\s+" + _ETHIOPIAN_MONTH_NAMES + r"[,፣]?\s+(?P<y>\d{4})\s*" + _ETHIOPIAN_ERA),
     lambda t: "ዓ" in t),
    # वि.सं. २०८३ वैशाख १, २०८२ कात्तिक १५ गते, १ वैशाख २०८३, वैशाख १, २०८३ (Bikram Sambat, years 2060-2099 of
    # its era: 2003-2043; digits made ASCII first).  Not its earlier years: a Hindi page writes the Hindu lunar
    # months beside a Gregorian year ("माघ 5, 2026"), which read as Bikram Sambat would be a date of 1970
    (re.compile(_BS_ERA + r"(?<!\d)(?P<y>" + _BS_YEAR + r")\s+" + _BS_MONTH_NAMES + r"\s+(?P<d>\d{1,2})(?!\d)"
                + _BS_DAY_WORD + _TIME), _DEVANAGARI.search),
    (re.compile(r"(?<!\d)(?P<d>\d{1,2})" + _BS_DAY_WORD + r"\s+" + _BS_MONTH_NAMES + r",?\s+" + _BS_ERA
                + r"(?P<y>" + _BS_YEAR + r")(?!\d)" + _TIME), _DEVANAGARI.search),
    (re.compile(_BS_MONTH_NAMES + r"\s+(?P<d>\d{1,2})" + _BS_DAY_WORD + r",?\s+" + _BS_ERA + r"(?P<y>" + _BS_YEAR
                + r")(?!\d)" + _TIME), _DEVANAGARI.search),
    # ۱۴ اسفند ۱۴۰۳ - ساعت ۱۰:۴۵ (Solar Hijri; digits made ASCII first)
    (re.compile(r"(?<!\d)(?P<d>\d{1,2})\s+" + _JALALI_MONTH_NAMES + r"[,،]?\s+(?P<y>1[34]\d\d)(?!\d)" + _TIME),
     lambda t: not t.isascii()),
    # د ۲۰۲۶ کال د مارچ ۶مه (Pashto: "of the year 2026, of March the 6th", the ordinal "مه" glued to the day)
    (re.compile(r"(?<!\d)(?P<y>\d{4})\s+کال\s+د\s+" + _MONTH_NAMES + r"\s+(?P<d>\d{1,2})(?:مه|م)?(?![\d])" + _TIME),
     lambda t: "کال" in t),
    # ۱۴۰۴ کب ۱۵ (Afghanistan's Pashto order: year, month, day)
    (re.compile(r"(?<!\d)(?P<y>1[34]\d\d)[,،]?\s+" + _JALALI_MONTH_NAMES + r"[,،]?\s+(?P<d>\d{1,2})(?!\d)" + _TIME),
     lambda t: not t.isascii()),
]


_AMPM_WORDS = {"午前": "am", "오전": "am", "上午": "am", "午後": "pm", "오후": "pm", "下午": "pm",
               "nu": "am", "nh": "pm", "ng": "pm", "পূর্বাহ্ণ": "am", "অপরাহ্ণ": "pm", "ص": "am", "م": "pm"}


@dataclass(frozen=True)
class DateMatch:
    value: str  # ISO 8601
    start: int
    end: int
    zone: str | None = None  # an ambiguous zone abbreviation stated with the time ("IST"), left to zone_offset


# DATE_LABELS in a language that writes the day first (not English's, which writes the month first in the US;
# not Chinese, Japanese or Korean ones, which write the year first; not the short ones a word of prose may be)
_ENGLISH_DATE_LABELS = frozenset({"date", "published", "published on", "first published", "posted", "posted on",
                                   "posted at", "updated", "last updated", "time"})
_DAYFIRST_LABEL = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(label) for label in sorted(set(DATE_LABELS), key=len, reverse=True)
    if len(label) >= 5 and label not in _ENGLISH_DATE_LABELS
    and not re.search("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", label)) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1024)  # (a page's lines, a few pages back: bounded memory on a long crawl)
def find_date(text: str, tz: str | None = None, dayfirst: bool = False) -> DateMatch | None:
    """Find the first date (with optional time) in ``text``.

    Cached: classification and cleaning ask about the same lines of a page, and
    a site repeats its metadata lines (a pure function of its arguments).

    Returns the ISO 8601 form: with an offset only when the text states one
    or ``tz`` (an IANA zone name, from the site profile) is given.
    ``dayfirst`` decides ``05/01/2025`` when the numbers cannot (pages not in
    English write the day first).
    """
    original = text
    text = ascii_digits(text)  # same length: positions stay valid
    if not _TWO_DIGITS.search(text):
        return None  # every date pattern has a year of two or four digits: most lines end here
    # a line in Arabic script (or its digits) may date in the Solar Hijri calendar with numbers ("۱۴۰۴/۱۲/۲۳")
    solar = not original.isascii() and _ARABIC_SCRIPT.search(original) is not None
    if dayfirst and ("M" in text or "m" in text) and _LATIN_AMPM.search(text) \
            and not _LATIN_LETTER.search(_LATIN_AMPM.sub(" ", text)):
        # "نُشر: 03/12/2025 07:15 AM": a Latin AM/PM clock amid another script's words is a
        # machine's US-style output, month first ("Thứ Tư, 12/3/2025, 9:05 AM" is the writer's own)
        dayfirst = False
    best: tuple[int, re.Match[str]] | None = None
    for pattern, may_match in _DATE_PATTERNS:
        if not may_match(text):
            continue
        for match in pattern.finditer(text):
            if _to_datetime(match, dayfirst=dayfirst, solar=solar) is not None and (
                    "jmon" not in pattern.groupindex or _jalali_in_context(match, text)):
                if best is None or match.start() < best[0]:
                    best = (match.start(), match)
                break
    if best is None:
        return None
    match = best[1]
    if not dayfirst and match.groupdict().get("p1") and _DAYFIRST_LABEL.search(text, 0, match.start()):
        # "Publié le 12/03/2026 à 10h15" on a page its Docsify template declares English: the label's language
        # writes the day first, whatever the page's declaration says
        return find_date(original, tz, True)
    if not match.groupdict().get("H") and not match.groupdict().get("emon"):
        # "9:15 PM EDT, Thu May 1, 2025": the time can come first (not an Ethiopian date's: "ሰዓት 3:30 መጋቢት 10 2018
        # ዓ.ም." is on the Ethiopian clock, six hours from ours, and the date is read alone)
        before = _TIME_FIRST.search(text[max(0, match.start() - 30):match.start()])
        if before:
            start = max(0, match.start() - 30) + before.start()
            iso, zone = _iso(match, tz, before, dayfirst, solar)
            return DateMatch(iso, start, match.end(), zone)
    iso, zone = _iso(match, tz, dayfirst=dayfirst, solar=solar)
    return DateMatch(iso, match.start(), match.end(), zone)


_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_LATIN_AMPM = re.compile(r"(?<![A-Za-z])[AaPp]\.?\s?[Mm]\.?(?![A-Za-z])")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


_TIME_FIRST = re.compile(
    r"(?<!\d)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    r"(?:\s*(?P<tz>Z|UTC|GMT|[+-]\d{2}:?\d{2})(?![\w]))?[^\d]{0,20}$",
    re.IGNORECASE,
)


def _to_datetime(match: re.Match[str], time_match: re.Match[str] | None = None,
                 dayfirst: bool = False, solar: bool = False) -> datetime | None:
    g = dict(match.groupdict())
    if time_match is not None:
        g.update({k: v for k, v in time_match.groupdict().items() if v})
    if g.get("p1"):
        first, second = int(g["p1"]), int(g["p2"])
        if first > 12 or (dayfirst and second <= 12):
            g["d"], g["m"] = g["p1"], g["p2"]
        else:
            g["m"], g["d"] = g["p1"], g["p2"]
    if g.get("yy"):
        g["y"] = "20" + g["yy"]
    if g.get("y") and int(g["y"]) > 2400:
        g["y"] = str(int(g["y"]) - 543)  # Thai Buddhist era (2568 = 2025)
    if solar and g.get("m") and g.get("y") and int(g["y"]) in _SOLAR_YEARS:
        # "۱۴۰۴/۱۲/۲۳" in Arabic script: a Solar Hijri date (_SOLAR_YEARS), 2026-03-14; a Gregorian year stays
        month, day = int(g["m"]), int(g["d"])
        if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
            return None
        g["y"], g["m"], g["d"] = jalali_to_gregorian(int(g["y"]), month, day)
    if g.get("jmon"):
        g["y"], g["m"], g["d"] = jalali_to_gregorian(int(g["y"]), _JALALI_MONTHS[g["jmon"]], int(g["d"]))
    if g.get("bmon"):
        converted = bikram_sambat_to_gregorian(int(g["y"]), _BS_MONTHS[g["bmon"]], int(g["d"]))
        if converted is None:
            return None
        g["y"], g["m"], g["d"] = converted
    if g.get("emon"):
        converted = ethiopian_to_gregorian(int(g["y"]), _ETHIOPIAN_MONTHS[g["emon"]], int(g["d"]))
        if converted is None:
            return None
        g["y"], g["m"], g["d"] = converted
    try:
        month = _month_number(g["mon"]) if g.get("mon") else int(g["m"])
        hour = int(g["H"]) if g.get("H") else 0
        ampm = g.get("ampm") or _AMPM_WORDS.get(g.get("ampm2") or "", "")
        ampm = _AMPM_PERSIAN.get(ampm, ampm).replace(".", "").replace(" ", "").lower()
        ampm = _AMPM_WORDS.get(ampm, ampm)
        period = _DAY_PERIODS.get(ampm)
        ampm = period or ampm
        # (a 24-hour time with the day's part said again, "19:30 вечера", "00:30 ночи": the hour as written)
        if ampm and not (period and (hour == 0 or 12 < hour < 24)):
            if not 1 <= hour <= 12:
                return None
            if ampm == "noon":  # "دوپہر 12:10" is 12:10, "2:00 دوپہر" 14:00, "11:30 दोपहर" 11:30
                hour += 12 if hour < 7 else 0
            elif ampm == "night":  # "رات 11:00" is 23:00, "रात 2:00" 02:00
                hour = hour % 12 + (12 if hour >= 6 and hour != 12 else 0)
            else:
                hour = hour % 12 + (12 if ampm == "pm" else 0)
        return datetime(
            int(g["y"]), month, int(g["d"]), hour,
            int(g["M"]) if g.get("M") else 0, int(g["S"]) if g.get("S") else 0,
        )
    except (ValueError, KeyError):
        return None


def _iso(match: re.Match[str], tz: str | None, time_match: re.Match[str] | None = None,
         dayfirst: bool = False, solar: bool = False) -> tuple[str, str | None]:
    """The ISO 8601 form, and the ambiguous zone abbreviation stated with it (its offset left to the caller)."""
    dt = _to_datetime(match, time_match, dayfirst, solar) or _to_datetime(match, dayfirst=dayfirst, solar=solar)
    assert dt is not None
    g = dict(match.groupdict())
    if time_match is not None:
        g.update({k: v for k, v in time_match.groupdict().items() if v})
    has_time = bool(g.get("H"))
    stated = (g.get("tz") or "").upper()
    ambiguous = None
    if stated in AMBIGUOUS_ZONES:
        # the site profile's zone settles it; else the page's language, once known (zone_offset)
        ambiguous, stated = (None, "") if tz else (stated, "")
    elif stated in _ZONE_OFFSETS:
        stated = _ZONE_OFFSETS[stated]
    elif stated in _GREENWICH:
        stated = "GMT"
    elif stated[:3] in ("GMT", "UTC") and len(stated) > 3:  # "GMT+03:00", "GMT+6", "UTC+0530"
        hours, _, minutes = stated[3:].replace(" ", "").partition(":")
        if not minutes and len(hours) > 3:
            hours, minutes = hours[:-2], hours[-2:]
        stated = f"{hours[0]}{int(hours[1:]):02d}:{minutes or '00'}"
    if stated in ("Z", "UTC", "GMT"):
        dt = dt.replace(tzinfo=UTC)
    elif stated:
        sign = 1 if stated[0] == "+" else -1
        digits = stated[1:].replace(":", "")
        dt = dt.replace(tzinfo=timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))))
    elif tz and dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo(tz))
    if not has_time and dt.tzinfo is None:
        return dt.date().isoformat(), None
    return dt.isoformat(), ambiguous if has_time else None


# the day before 1 Meskerem of the year 1 (Amete Mihret), as a proleptic Gregorian ordinal: 1 Meskerem 2016 is
# 2023-09-12
_ETHIOPIAN_EPOCH = 2795


def ethiopian_to_gregorian(ey: int, em: int, ed: int) -> tuple[int, int, int] | None:
    """An Ethiopian-calendar date as a Gregorian (year, month, day): 12 months of 30 days, then Pagume of 5 days,
    6 in the year before a year divisible by 4 (every fourth year, no century rule; the Gregorian side's
    are date.fromordinal's).  10 Megabit 2018 = 2026-03-19; None for a day the calendar does not have."""
    if not (1 <= em <= 13 and 1 <= ed <= (30 if em < 13 else 5 + (ey % 4 == 3))):
        return None
    day = date.fromordinal(_ETHIOPIAN_EPOCH + 365 * (ey - 1) + ey // 4 + 30 * (em - 1) + ed)
    return day.year, day.month, day.day


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """A Solar Hijri date as a Gregorian (year, month, day): 14 Esfand 1403 = 2025-03-04.

    jalali-core (jdatetime's core; the 33-year arithmetic of FarsiWeb's jalali.c), a library over hand-written
    code: equal to the former hand-written arithmetic on all 47,580 days of 1300-1429, and to convertdate's
    astronomical persian calendar on 324 sampled days (1350-1430, months 1/6/7/12, days 1/15/29); ~1.7 us a
    call (timeit, 14 Esfand 1403)."""
    day = jalali_core.JalaliToGregorian(jy, jm, jd)
    return day.gyear, day.gmonth, day.gday


# Arabic-Indic, Persian and full-width digits: dates are matched on ASCII digits.
# (and the digits of Gujarati, Gurmukhi, Odia, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Myanmar, Khmer:
# "૨૦ માર્ચ, ૨૦૨૬, ૧૧:૫૦ PM IST"; Shan's own, in the Myanmar block: "႑႗ မၢတ်ႉ ႒႐႒႖")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９০১২৩৪৫৬৭৮৯०१२३४५६७८९"
                        "૦૧૨૩૪૫૬૭૮૯੦੧੨੩੪੫੬੭੮੯୦୧୨୩୪୫୬୭୮୯௦௧௨௩௪௫௬௭௮௯౦౧౨౩౪౫౬౭౮౯೦೧೨೩೪೫೬೭೮೯൦൧൨൩൪൫൬൭൮൯"
                        "๐๑๒๓๔๕๖๗๘๙໐໑໒໓໔໕໖໗໘໙၀၁၂၃၄၅၆၇၈၉႐႑႒႓႔႕႖႗႘႙០១២៣៤៥៦៧៨៩", "0123456789" * 17)


def ascii_digits(text: str) -> str:
    return text.translate(_DIGITS)


def parse_with_dateparser(value: str, language: str | None = None, tz: str | None = None) -> str | None:
    """The slow path for dates in words of any language (``3 listopada 2025``).

    Only for a short value a label or attribute says is a date; dateparser
    costs tens of milliseconds per call, more without a ``languages`` hint.
    """
    value = ascii_digits(value).strip()
    if not value or len(value) > 60 or not re.search(r"\d", value):
        return None
    import dateparser  # loaded only when needed (slow import)

    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        dt = dateparser.parse(value, languages=[language] if language else None, settings=settings)
        if dt is None and language:
            dt = dateparser.parse(value, settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    if dt is None:
        return None
    if tz:
        dt = dt.replace(tzinfo=ZoneInfo(tz))
    has_time = bool(re.search(r"\d{1,2}[:.h]\d{2}", value))
    return dt.isoformat() if has_time or dt.tzinfo else dt.date().isoformat()


# One floor for implausible_date and validation's published_at-implausible: article.py prefers the
# machine-readable date in exactly the cases validation would quarantine.
EARLIEST_PLAUSIBLE_YEAR = 1990


def implausible_date(value: str | None) -> bool:
    """A date before EARLIEST_PLAUSIBLE_YEAR, which validation quarantines (published_at-implausible): a misread
    ("1404-12-23", a calendar not converted), never a page's publication when another reading of it is plausible."""
    return bool(value) and value[:4].isdigit() and int(value[:4]) < EARLIEST_PLAUSIBLE_YEAR


# A platform's "no date" written as a time: Go's zero time, which Hugo writes as the datePublished of a post whose front
# matter has no date ("0001-01-01T00:00:00+00:00"; year 0 from other zero values, "0000-00-00 00:00:00" from MySQL),
# and the Unix epoch's first second, a null timestamp formatted ("1970-01-01T00:00:00Z", "1970-01-01T00:00:00.000Z"),
# or its day alone west of UTC ("December 31, 1969" read as "1969-12-31"): no publication time at all, not an
# implausible one (the article is emitted with published_at null)
_PLACEHOLDER_TIME = re.compile(r"000[01]-.*|1970-01-01(?:[T ]00:00(?::00(?:\.0+)?)?)?(?:Z|[+-]00:?00)?|1969-12-31")


def placeholder_time(value: str | None) -> bool:
    """``value`` (a machine-readable time) is a platform's placeholder for "no date": see _PLACEHOLDER_TIME, or the
    epoch's first second written in a zone's own clock ("1969-12-31T19:00:00-05:00", New York's: 00:00 UTC).  Any
    other time of that day is a time ("1969-12-31T14:30:00-05:00")."""
    if not value:
        return False
    value = value.strip()
    if _PLACEHOLDER_TIME.fullmatch(value) is not None:
        return True
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return False
    return moment.tzinfo is not None and moment.timestamp() == 0


# a numeric date of two numbers and a year ("14/03/2026", "03.14.2026", "9-3-26"), its separator kept
_NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d./-])")


def numeric_date_order(text: str) -> tuple[str, bool | None] | None:
    """The first numeric day-month date in ``text`` ("14/03/2026"): its shape (the separator) and whether it writes
    the day first, which only its numbers can say (a number above 12 is the day; None when both are 12 or less)."""
    match = _NUMERIC_DATE.search(ascii_digits(text))
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(3))
    if first > 31 or second > 31 or (first > 12 and second > 12):
        return None
    return match.group(2), (True if first > 12 else False if second > 12 else None)


# the longest text of a listing page read for a teaser's date ("Saqqitaaq 2/27/2026", posted: …; the spider's XPath
# asks for no longer ones: spiders/aggregator.py)
TEASER_DATE_CHARS = 60


def decided_date_orders(texts: Iterable[str]) -> list[tuple[str, bool]]:
    """The numeric dates among a page's short ``texts`` (a listing's teaser dates) that their numbers decide: each
    one's shape and whether it writes the day first (:func:`numeric_date_order`).  The site's articles write their
    dates as its listings do, so a listing read before them gives the order of "3/12/2026" on the first article
    crawled ("Saqqitaaq 2/27/2026" under a Piranha blog's teaser), whatever order the crawl meets them in."""
    decided = []
    for text in texts:
        if len(text) <= TEASER_DATE_CHARS and (found := numeric_date_order(text)) is not None \
                and found[1] is not None:
            decided.append((found[0], found[1]))
    return decided


def swapped_day_month(value: str | None) -> str | None:
    """``value`` (ISO) with its month and day exchanged, when that is a date: the other reading of "10/03/2026"."""
    if not value or len(value) < 10 or not value[:10].replace("-", "").isdigit():
        return None
    try:
        date(int(value[:4]), int(value[8:10]), int(value[5:7]))
    except ValueError:
        return None
    return value[:5] + value[8:10] + "-" + value[5:7] + value[10:]


# an ISO time whose clock is written with commas, seconds optional: "T14,05,00", "T14,05"
# a Unix time in seconds of ten digits opening with 1 (2001-09-09 to 2033-05-18), or in milliseconds; not a
# compact date's "2026031512" (YYYYMMDDHH), which opens with 2
_UNIX_TIME = re.compile(r"(1\d{9})(\d{3})?")
_COMMA_CLOCK = re.compile(r"T(\d\d),(\d\d)(?:,(\d\d))?(?![\d,])")


def parse_iso_datetime(value: str | None, tz: str | None = None) -> str | None:
    """Normalise a machine-readable time (``<time datetime>``, JSON-LD, meta tags)."""
    if not value:
        return None
    value = ascii_digits(value.strip())
    # a time of day whose fields are parted by commas (Fork CMS's "2025-11-03T14,05,00", its locale's separator in a
    # format string): the same clock as "14:05:00"
    value = _COMMA_CLOCK.sub(lambda m: "T" + ":".join(g for g in m.groups() if g), value)
    if (epoch := _UNIX_TIME.fullmatch(value)) is not None:
        # seconds since 1970 in UTC, or milliseconds (Hatena Blog's "<meta property="article:published_time"
        # content="1772959500">"): the instant, in UTC
        seconds = int(epoch.group(1)) + int(epoch.group(2) or 0) / 1000
        return datetime.fromtimestamp(seconds, UTC).isoformat()
    try:
        dt = datetime.fromisoformat(value)  # Python 3.11 reads a trailing Z
    except ValueError:
        found = find_date(value, tz)
        return found.value if found else None
    if dt.tzinfo is None and tz:
        dt = dt.replace(tzinfo=ZoneInfo(tz))
    if len(value) <= 10 and dt.tzinfo is None:
        return dt.date().isoformat()
    return dt.isoformat()


@dataclass
class MetaFields:
    """What a metadata line said, and what of it was recognised."""

    published_at: str | None = None
    updated_at: str | None = None  # an "Updated:" label's date: the publication only when nothing else says
    source: str | None = None
    category: str | None = None
    author: str | None = None
    residue: str = ""  # text left once every recognised part is taken out
    labels: list[str] = field(default_factory=list)
    date_label_value: str | None = None  # what a "Date:" label said, when it was not a date
    zone: str | None = None  # an ambiguous zone abbreviation stated with the date ("IST"): see zone_offset
    date_alone: bool = False  # an unlabelled date alone between the line's separators ("14.03.2026 • …")


_SEPARATORS = re.compile(r"^[\s|·•/,;" + _COLONS + r"\-–—_()\[\]]*$")
# "Story by Lena Ortiz for AP", "Reporting by X for Reuters": the publisher is the source
_BY_FOR = re.compile(r"\b(?:story|reporting|report|written|words)\s+by\s+(?P<name>.{2,60}?)\s+for\s+(?P<source>[^|·•,;]{2,40}?)\s*$", re.IGNORECASE)
_VIA = re.compile(r"^\s*via\s+(?P<source>[^|·•,;:]{2,40}?)\s*$", re.IGNORECASE)
# "Theo Reuters" (Vietnamese "according to"), a closing line: a capitalised name, nothing else
_THEO = re.compile(r"^\s*[Tt]heo\s+(?P<source>[^\W\d_][^|·•,;:.!?]{1,40}?)\s*$")
# Credit leads (below) a prose sentence has as often ("Ki la ioh khubor na ka Sorkar.", they got news from the
# government): only opening the line, a capitalised name after them and nothing else.  Khasi "news from" with the
# name's article (feminine "ka", masculine "u", plural "ki": "Khubor na ka Mawphor", closing the story)
CREDIT_LINE_LEADS = ("khubor na ka", "khubor na u", "khubor na ki",
                     # Neapolitan "text of (the)" ("Testo 'e l'Agenzia DIRE", an italic line closing the text; the
                     # elided article glued to the name), either apostrophe
                     "testo 'e l'", "testo ’e l’", "testo 'e", "testo ’e")
# "Redacția, cu informații de la News.ro", "with files from The Canadian Press": the newsroom wrote it from
# another's report, and that other is the source (data: the lead phrases, lower case, in several languages)
CREDIT_LEADS = (
    "with information from", "with files from", "with reporting from", "with reporting by", "cu informații de la",
    "cu informatii de la", "con información de", "con informaciones de", "com informações de", "com informações da",
    "com informações do", "con informazioni di", "con informazioni da", "met informatie van", "mit material von",
    "mit informationen von", "avec des informations de", "z informacji", "на основе материалов", "по материалам",
    "за матеріалами", "kwa taarifa za", "kwa taarifa kutoka",
    # Bulgarian "По информация от Ройтерс" (according to information from), "по данни на"; Czech "podle informací"
    "по информация от", "по данни на", "по материали на", "podle informací",
    # Tongan "information from (the)" ("— Fakamatala mei he Matangi Tonga", closing the story); Fijian "news from"
    # ("Itukutuku mai vei Fiji Village", closing the story)
    "fakamatala mei he", "itukutuku mai vei",
    # Arpitan "with the information of" ("Avouéc les enformacions de l’ATS", an italic line closing a post; the
    # elided article glued to the name, either apostrophe, tried first)
    "avouéc les enformacions de l’", "avouéc les enformacions de l'", "avouéc les enformacions de",
    # Mirandese "with information from (the)" ("Cun anformaçon de l Jornal Nordeste", an italic line closing a post;
    # its article "l", "la", "ls" apart from the name, tried first)
    "cun anformaçon de l", "cun anformaçon de la", "cun anformaçon de ls", "cun anformaçon de",
    # Greek "with information from (the)" ("Με πληροφορίες από το ΑΠΕ-ΜΠΕ"), and Pontic's "from the" ("ασ' σο", "ασ'
    # ση"; "<em>Με πληροφορίας ασ' σο ΑΠΕ-ΜΠΕ</em>" closing a Scribbles post), either apostrophe; the article apart
    # from the name, tried first
    "με πληροφορίες από το", "με πληροφορίες από την", "με πληροφορίες από τον", "με πληροφορίες από",
    "με πληροφορίας ασ' σο", "με πληροφορίας ασ' ση", "με πληροφορίας ασ’ σο", "με πληροφορίας ασ’ ση",
    # Ladin (Badiot) "with information of the agency" ("(Cun informaziuns dl’agenzia ANSA)", an italic line closing a
    # Ghost post; the article "dl’", "dla" elided or apart, the agency's word before its name, tried first)
    "cun informaziuns dl’agenzia", "cun informaziuns dl'agenzia", "cun informaziuns dla agenzia",
    "cun informaziuns dl’", "cun informaziuns dl'", "cun informaziuns dla", "cun informaziuns de",
    # Seychellois Creole "with information (from)" ("Avek lenformasyon Seychelles News Agency", a paragraph closing a
    # Hexo post; the name straight after it, or after "de", "sorti")
    "avek lenformasyon de", "avek lenformasyon sorti", "avek lenformasyon",
    # Karo Batak "(this news was made) with information from" ("Berita enda ibahan ras informasi i bas Antara.", an
    # italic line closing a WordPress Kubio post; the whole sentence's opening tried first)
    "berita enda ibahan ras informasi i bas", "ras informasi i bas",
) + CREDIT_LINE_LEADS
_CREDIT_WORDS = re.compile("|".join(map(re.escape, CREDIT_LEADS)))  # literals: the engine skips to their first letters
_CREDIT_WORD = re.compile("|".join(map(re.escape, CREDIT_WORDS + CREDIT_LEADS)))  # closing_credit's
_CREDIT_LEAD = re.compile(
    r"(?:^|[,;(]\s*|\s)(?P<lead>" + "|".join(map(re.escape, CREDIT_LEADS)) + r")(?:\s+|(?<=['’]))"  # ("l'Agenzia")
    r"(?P<source>[^|·•,;:()]{2,40}?)\s*\)?$"
)


def _name_before(before: str) -> bool:
    """A byline's name before a credit's lead: "By Jane Doe", "By Staff", "Maria de la Cruz": capitalised words,
    after a byline's "by", with short lower-case particles between them but not closing the name."""
    match = _BYLINE.match(before + " ")
    words = (match.group("name") if match else before).split()
    return bool(words) and words[-1][:1].isupper() and all(
        word[:1].isupper() or (len(word) <= 3 and word.isalpha() and word.islower()) for word in words)


# The abbreviations a company's name closes with, written without an inner stop ("Reuters Inc.", "Thomson Co."):
# their stop is the name's (case-sensitive: "CO." is no abbreviation of "Company")
_NAME_ABBREVIATIONS = frozenset(("Inc", "Ltd", "Co", "Corp", "Bros", "Ltda", "Cía", "Pty", "Jr", "Sr"))


def _credited_source(value: str) -> tuple[str, str] | None:
    """(what precedes, the source) of a value closing with "with information from X"."""
    low = value.lower()
    if len(low) != len(value) or _CREDIT_WORDS.search(low) is None:
        return None
    match = _CREDIT_LEAD.search(low)
    if match is None or not _plausible_name(match.group("source")):
        return None
    before = value[:match.start("lead")].rstrip()
    if match.group("lead") in CREDIT_LINE_LEADS and (before.strip(" —–-") or not all(
            word[:1].isupper() for word in value[match.start("source"):match.end("source")].split())
            or value.rstrip()[-1:] in _SENTENCE_ENDS):
        return None
    # the other leads open the line, follow the newsroom's one word ("Redacción con información de EFE"), a
    # byline's name ("By Jane Doe with files from Reuters") or close the line after a byline's comma, a bracket or a
    # dash ("By Jane Doe, with files from The Canadian Press", "Redacción (con información de EFE)"); after other
    # words they are a sentence's ("They came with files from Ottawa."), as a line closed by its stop holding a
    # lower-case word of prose before the lead is ("They arrived on Monday, with files from Ottawa."); the
    # source's own words do not count ("… de l'agence France-Presse.", "… Nachrichtenagentur dpa.")
    if before and before[-1] not in ",;(—–-" and (" " in before or not before[:1].isupper()) and not _name_before(
            before):
        return None
    if value.rstrip()[-1:] in _SENTENCE_ENDS and any(
            len(word) > 3 and word[:1].islower() for word in before.split()):
        return None
    source = value[match.start("source"):match.end("source")].strip()
    last = source.rsplit(None, 1)[-1][:-1]
    if source.endswith(".") and "." not in last and last not in _NAME_ABBREVIATIONS:
        # the credit sentence's full stop ("<em>Con información de EFE.</em>" closing a WordPress post) is no part
        # of the name; an abbreviation's is ("… de Notimex S.A.", "… from U.S.", "… from Reuters Inc.")
        source = source[:-1].rstrip()
    return value[:match.start()].strip(" ,;("), source


# The definite articles a paper's name opens with ("El Amaneser", Ladino; "The Herald", "Il Piccolo", "Der Bund"):
# no given name (data: lower case; not "la", "le", "de": "Le Minh", "De Jong" are people; not the plural "los",
# "las", which open places far more often than papers: "Las Palmas", "Los Ángeles", "Las Vegas")
_OUTLET_ARTICLES = frozenset(("el", "the", "il", "der", "die", "das", "het"))
# ... and the places (and parties) whose names open with one of them, the writer's place or party after the slash
# ("John Smith / The Hague", "Hans Müller / Die Linke"): countries and cities so named (data: lower case; two words:
# _article_led compares a name's first two)
_ARTICLE_PLACES = frozenset((
    "the hague", "the netherlands", "the gambia", "the bahamas", "the philippines", "the maldives", "the seychelles",
    "the bronx", "the vatican", "the congo", "the sudan", "the ukraine",
    "el cairo", "el salvador", "el alto", "el paso", "el callao", "el aaiún", "el escorial", "el vendrell",
    "el prat", "el ejido", "el puerto", "el tigre", "el bolsón", "el calafate", "el tocuyo", "el vigía",
    "il cairo", "die schweiz", "die türkei", "die niederlande", "die ukraine", "die usa", "der irak", "der iran",
    "der libanon", "der sudan", "das elsass", "het gooi", "die linke", "die grünen"))


def _article_led(outlet: str) -> bool:
    """``outlet`` is a name of two or three capitalised words opening with a definite article ("El Amaneser"), not
    a place's so named (_ARTICLE_PLACES: "The Hague", "El Cairo")."""
    words = outlet.split()
    return 2 <= len(words) <= 3 and words[0].lower() in _OUTLET_ARTICLES and all(w[:1].isupper() for w in words) \
        and " ".join(words[:2]).lower() not in _ARTICLE_PLACES


def _writer_and_outlet(value: str, article_led: bool = False) -> tuple[str, str] | None:
    """(the writer, the outlet) of a byline's "Name Surname / Outlet" (Komi "Текст да снимок: Мария Канева /
    Йӧлӧга", the paper after the slash): a name of two to four capitalised words, then one capitalised word or a
    quoted name, or with ``article_led`` (an italic line closing the story, closing_credit) a name opening with its
    article ("Yosef Aseo / El Amaneser"; in a byline's value the writer's place so follows the slash: "Por: Carlos
    Ruiz / El Alto").  Two words after the slash may be a second writer's name ("Anna Smith / John Doe"): no outlet.
    After a comma only an agency or an outlet's shape of two words or more (_signed_outlet: "Tekst: Anna Wawrzyk,
    Radio Piekary"; not "Anna Smith, John Doe" nor "Anna Smith, Katowice")."""
    writer, sep, outlet = value.partition(" / ")
    outlet = outlet.strip()
    shaped = False
    if not sep:
        writer, sep, outlet = value.rpartition(", ")
        outlet = outlet.strip()
        # (a lone acronym after a comma is a title as often: "Jane Doe, CEO")
        shaped = outlet.lower() in WIRE_AGENCIES or (" " in outlet and _signed_outlet(outlet))
        if not shaped:
            return None
    if not sep or "/" in outlet or not outlet or any(ch.isdigit() for ch in value):
        return None
    words = writer.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    quoted = outlet[0] in "«\"“„" and outlet[-1] in "»\"”“"
    if not quoted and not shaped and (len(outlet.split()) != 1 or not outlet[:1].isupper()) \
            and not (article_led and _article_led(outlet)):
        return None
    return writer.strip(), outlet.strip("«»\"“”„") if quoted else outlet


# (Welsh "Gan PA Media", Afrikaans "Deur Annelie Botha", Tongan "Fai ʻe Losaline Taufa": "by"; Sundanese "Ditulis ku
# Asép Saépudin", Kikuyu "Rĩandĩkĩtwo nĩ Wanjikũ Maina", Fijian "Vola ko Mereani Tuilau", Xitsonga "Xi tsariwile hi
# Tsakani Baloyi": "written by"; Manx "Liorish Juan Kermode · 11 Mart 2026 · …", Walloon "Pa Marèye Dumont – …": by;
# Tahitian "Nā Hinanui T. · …", with its macron: "na" is another language's word; Scots "Bi Morag Cairns", by;
# Taiwanese Hokkien "Kì-chiá Tēⁿ Ka-hô", reporter, as "記者 X"; Lombard "Scrivud de Togn Brambilla · 12 de marz 2026",
# written by; Igbo "Site n'aka Chidiebere Okafor | 10 Maachị 2026", from the hand of; "written by" in Waray "Ginsurat
# ni", Hiligaynon "Ginsulat ni", Pangasinan "Sinulat nen", Kapampangan "Sinulat ning": "Ginsulat ni Ramon Villanueva |
# Marso 17, 2026"; North Frisian (Fering) "Skrewen faan Ocke Nickelsen · Kwel: …", written by; Amis "Tilid ni Panay
# Kacaw", the writing of, a Svbtle post's byline paragraph; Paiwan "Sinivecik ni Pulima Ljaljegean", written by, a
# Gitea wiki page's byline paragraph under its run-in row; Batak Toba "Sian Rugun Manurung", by (from), a Zola
# Duckquill post's "<small><span>Sian</span> <a>…</a></small>" under its headline: a line of its own, a name and
# nothing more, "Sian Samosir tu Jakarta" no name's shape)
# "by" words that are also another language's common word (Tahitian "nā", by; Hawaiian "nā", the plural article;
# Scots "bi", by; Vietnamese "bi", tragic, marble: "Bi Kịch Mùa Lũ"): a byline only as a segment of a row of fields
# beside a date or a label ("17 nō Māti 2026 · Nā Hinanui T.", "Soorce: The Fife Herald | Bi Morag Cairns"); Bavarian
# "vo", by ("Vo Resi Brandl · 5. März 2026"; "vo" is colloquial Czech's "in": "Vo Praze")
# Acholi "ki", by and with ("Ki Okello James10/03/2026 11:25Kama oa:…", a Hexo NexT post's run-in first paragraph;
# "ki" is the common "and, with": "Pur ki Cat")
# (Rapa Nui "pāpa'i e", written by, with the typed apostrophe or the ʻokina: "Pāpa'i e Hiva Tuki · 11-03-2026 ·
# Tuhaŋa: Hāpī", a Franklin.jl post's byline row)
# Ronga and Tsonga "hi", by (the agent's word, as in "xi tsariwile hi", written by: "Hi Lurdes Cossa", a Flextype
# entry's italic line under the meta row its editor typed); "Hi" is the English greeting ("Hi Anna, …")
_ARTICLE_BY_WORDS = frozenset(("nā", "bi", "vo", "ki", "hi"))
# "by" words that are the language's "from" too (Batak Toba "sian"): a byline only before a name every word of which
# is capitalised ("Sian Rugun Manurung"; "Sian Samosir tu Jakarta" is a place's way)
_FROM_BY_WORDS = frozenset(("sian",))
# ... "Vo" is a Vietnamese surname too, written without its diacritics ("Vo Van Thuong", Võ Văn Thưởng): before a
# Vietnamese middle name (tên đệm) the whole name is the writer's (data: lower case, with and without diacritics)
_VIETNAMESE_MIDDLE_NAMES = frozenset(
    "van văn thi thị thanh minh duc đức dinh đình ngoc ngọc xuan xuân quang hong hồng cong công kim hoang hoàng "
    "trong trọng quoc quốc huu hữu ba bá nguyen nguyễn tan tấn phuong phương thu anh tuan tuấn".split())
# the word linking a byline to the date after it (LABEL_LINKS: "By Jane Doe on March 12, 2026", "Von Hans Berger am
# 9. März 2026"), a weekday's word before the date perhaps ("Posted by Jane Doe on Mon,  9 Mar 2026")
_BYLINE_DATE_LINK = re.compile(r"\s(?:" + "|".join(sorted(LABEL_LINKS)) + r")(?:\s+[^\W\d_]{2,12}\.?,?)?\s*$", re.IGNORECASE)
# (English "posted by", a blog template's: Wolf CMS's "Posted by Name on Mon,  9 Mar 2026", Blogger's "Posted by Name
# at 10:15")
# (Thai's "by" after the verb of the work it credits, glued to it as the script writes words: "เขียนโดย" written by,
# "เรียบเรียงโดย" compiled by, Northern Thai "เฮียบเฮียงโดย", "รายงานโดย" reported by, "ข่าวโดย" news by; "โดย" alone
# opens a sentence as often, "whereby")
_BYLINE = re.compile(r"^\s*(?:by|posted by|(?:เขียน|เรียบเรียง|เฮียบเฮียง|รายงาน|ข่าว|เรื่อง)โดย|von|vo|por|par|pa|ulat ni|ginsurat ni|ginsulat ni|sinulat nen|sinulat ning|ni|gan|deur|liorish|nā|bi|kì-chiá|kì-chá|fai [ʻ'’]e|ditulis ku|rĩandĩkĩtwo nĩ|vola ko|xi tsariwile hi|hi|scrivud de|site n['’]aka|skrewen faan|tilid ni|sinivecik ni|ki|sian|pāpa['ʻ’]i e)\s+(?P<name>[^\d|·•]{2,60}?)\s*(?=$|[|·•]|\d)", re.IGNORECASE)


def _names_someone(name: str) -> bool:
    """What follows a byline's "by" is a name, not the rest of a sentence opening with the same word ("Por eso, el
    gobierno decidió esperar.", Afrikaans "Deur die jare …", Irish "Gan amhras, …"): not in lower case (an agency
    aside: "by dpa"), and not a sentence closed by its stop.  A sentence holds a word in lower case ("By Tuesday
    the Senate had voted."); a name closed by a dot holds none ("By Robert F. Kennedy Jr.", "… King III.": the
    dot is the suffix's; a particle of three letters or fewer, "van", "de", is no sentence's word)."""
    name = name.strip(" –—-")
    if name.lower() in WIRE_AGENCIES:
        return True
    return not name[:1].islower() and not (
        name.endswith((".", "!", "?", "…")) and any(len(w) > 3 and w[:1].islower() for w in name.split()[1:]))


# "2 hours ago", "vor 3 Stunden", "hace 5 minutos": relative, no date stated
RELATIVE_TIME = re.compile(
    r"\b(?:ago|just now|yesterday|today|vor \d|gestern|heute|hace \d|ayer|hoy|il y a|hier|aujourd|fa\b|ieri|oggi|"
    r"temu|wczoraj|dzisiaj|önce|dün|bugün|trước|hôm qua|назад|вчера|сегодня|преди \d|днес|منذ|أمس|jana|leo)|前|昨日|今日|昨天|今天",
    re.IGNORECASE,
)
_BARE_START = re.compile(
    r"^\s*(?P<label>"
    + "|".join(re.escape(lab) for lab in sorted(
        {lab for lab, kind in _LABELS.items() if kind in ("source", "category", "date", "updated")
        # (words that open names and sentences as often: "Font Awesome", "Vir Das", "Sana sent", Shona "Kwakabva
        # Harare …" (it came from), Wolof "Fi mu jóge …" (where it comes from); in a script without case, where no
        # capital marks the name after it, "ᱥᱳᱨᱥ ᱫᱚ …" (the source is …), Cherokee's heading "ᏧᏓᎴᏅᏓ ᎠᏕᎳ", Syriac's
        # "ܡܒܘܥܐ ܕܚܘܕܪܐ ܝܠܗ …" (the source of the tour is …); Gaelic "tùs", beginning, opens sentences)
        and lab not in ("from", "time", "data", "font", "vir", "sana", "sors", "sos", "tarix", "kwakabva", "fi mu jóge",
                        "fi mu joge", "ꯍꯧꯔꯛꯐꯥꯝ", "ꯍꯧꯔꯛꯐꯝ", "ᱥᱳᱨᱥ", "tùs", "ꮷꮣꮄꮕꮣ", "ܡܒܘܥܐ", "born",
                        # Hmong "qhov chaw" (place), "pawg" (group) open sentences ("Pawg Thawj Coj …"); Vai has no case
                        "qhov chaw", "pawg", "ꗛꗃꗏ", "ꗱꘋꔻꔤ", "ꗳꗷ",
                        # Manx "bun" (source; the English "Bun"), "rheynn" (section; "Rheynn Slaynt", a department)
                        "bun", "rheynn",
                        # the English "Fun" ("Fun facts …"), Malay "fasal" (clause: "Fasal 5 …") open sentences
                        "fun", "fasal",
                        # Dyula "kulu" (mountain, group: "Kulu in kan …"), Estonian "kuu" (month: "Kuu aja pärast …")
                        "kulu", "kuu",
                        # Tahitian "tumu" (source; cause, trunk), "pūpū" (group: "Pūpū ʻOri Heiva …")
                        "tumu", "pūpū",
                        # Plains Cree "ᐅᐦᒋ" (from; opens sentences: "ᐅᐦᒋ ᒥᐢᑕᐦᐃ ᐊᐢᐱ …", syllabics have no case)
                        "ᐅᐦᒋ",
                        # Latin "fons" (a spring: "Fons Bandusiae …"), the English "Test" ("Test Match Special")
                        "fons", "test",
                        # Kanuri "labar" (news: "Labar Yerwa", a site's name; "Labar Borno", a section), "asal"
                        # (origin: Malay "Asal Usul …" opens headings)
                        "labar", "asal",
                        # Oromo "maddi" (source; the given name Maddi: "Maddi Hughes returned …")
                        "maddi",
                        # Persian "بخش" (section; "part": "بخش بزرگی از شالی‌زارها …", a large part of the paddies,
                        # opens sentences in a script without case)
                        "بخش",
                        # Gilbertese "rongorongo mai" (news from: "Rongorongo mai Tarawa …", a site's tagline) and the
                        # other colon-only labels of Ga, Acholi, Lozi, Marshallese, Yucatec Maya and Lakota ("Kui",
                        # "Dul" are names too)
                        "rongorongo mai", "jɛɛhe", "kama oa", "ku zwa", "jikin bōk", "u chuun", "etáŋhaŋ", "kui",
                        "dul", "mufuta", "kilaj", "okáŋ")},
        key=len, reverse=True))
    + r")\s+(?=\S)",
    re.IGNORECASE,
)
# a letter without case opening words: the glottal stop "ʻ" (U+02BB) of Tongan and Hawaiian ("ʻOku", "ʻo")
_CASELESS = "ʻ"
# (the full-width bar of CJK type too: "Hun-lūi: Tē-hng ｜ Lâi-goân: Tâi-lâm Ji̍t-pò ｜ Kì-chiá Tēⁿ Ka-hô")
# a spaced double colon parting a meta row's items, at a value's end or start: Zola Terminimal's "<span
# class="post-category">:: рубрика: <a>Хоорай</a></span> <span class="post-tags-inline">:: тегтер: …", read
# "рубрика: Хоорай :: тегтер:" (the separator opening the next item is no part of the category); a spaced slash the same (Cotonti's "Nguva: 10.03.2026 09:15 / Kwakabva: Manica Post / Cikamu: Utongi": the source is
# "Manica Post"); a slash inside a value stays ("Reuters / MTI", "AC/DC Weekly")
_ROW_COLONS = re.compile(r"\s+(?::{2,}|/)$|^(?::{2,}|/)\s+")
_SEGMENT_SEP = re.compile(r"(?:\s+[|｜·•]\s+|\s*[|｜•]\s*)(?!\s*\d{1,2}[:.h]\d{2})")


# the brackets a whole metadata line may stand between (closing_credit's too), and those that would part it
_WRAPPING_BRACKETS = ("()", "[]", "（）")
_BRACKET_CHARS = "()[]（）"




def _edit_stamp(before: str) -> bool:
    """``before``, the words before a date, are a user's handle and a label of the last change: a wiki's stamp
    ("pulima edited this page Mar 5, 2026", Gitea's and GitHub's under the page's name), an update, no publication;
    or the page's name (PmWiki's "Page last modified on March 10, 2026, at 09:05 AM", MoinMoin's "SamacharPage (last
    edited 2026-03-10 18:02:11 by …)"), the label's small word before the date and its bracket left out."""
    words = before.split()
    if words and words[-1].lower() in LABEL_LINKS:
        words.pop()
    return len(words) > 1 and " ".join(words[1:]).lower().lstrip("(") in UPDATE_LABELS


# a page's revision number before an update label (JSPWiki's footer "This page (revision-3) was last changed on
# 08-Mar-2026 11:50 by …"; "version 2", "rev. 4")
_REVISION_MARK = re.compile(r"\b(?:revision|version|rev\.?)[\s-]?(?P<n>\d{1,5})\b\)?", re.IGNORECASE)


# a wiki's revision number alone before the date, a dash between (Foswiki's and TWiki's "r1 - 08 Mar 2026 - 11:45:20 -
# NdapewaHaufiku")
REVISION_LEAD = re.compile(r"\s*r(?P<n>\d{1,5})\s*[-–—]\s*")


def _revision_stamp(before: str) -> int | None:
    """``before``, the words before a date, number the page's revision under a label of the last change ("This page
    (revision-1) was last changed on"), or alone (REVISION_LEAD: "r3 - "): that number.  The first revision's change
    is the page's creation, its publication; a later one's an update."""
    if (lead := REVISION_LEAD.fullmatch(before)) is not None:
        return int(lead["n"])
    mark = None
    for mark in _REVISION_MARK.finditer(before):
        pass
    if mark is None or not names_an_update(before[mark.end():]):
        return None
    return int(mark["n"])


def parse_meta_line(text: str, tz: str | None = None, dayfirst: bool = False,
                    sections: frozenset[str] = frozenset(), after_quote: bool = False) -> MetaFields:
    """Split one metadata line into its fields.

    ``residue`` holds whatever was not recognised; a line whose residue is
    only separators is metadata through and through and can leave the body.
    Unlabelled segments are recognised by what they are: a news agency's name
    is the source, one of the site's ``sections`` (lower-case names of its
    section links) the category.  ``after_quote``: the line stands under a quotation, where a name after a dash is
    the quotation's author ("— Agencia Tributaria", as "— Halldór Laxness"), an outlet only by a known agency's
    name or a site's address.
    """
    fields = MetaFields()
    parts: list[tuple[str | None, str]] = []  # (label kind or None, value)
    editors: set[int] = set()  # the parts an editor's label opens (_EDITOR_LABELS)
    if text[:1] + text[-1:] in _WRAPPING_BRACKETS and not any(ch in _BRACKET_CHARS for ch in text[1:-1]):
        text = text[1:-1]  # a line between brackets as a whole: "（来源：新华社）" reads "来源：新华社"
    # "Updated: 2 hours ago | Via Reuters | Economy": a separator ends a value
    # (no separator character, one segment: the split's "\s*" was tried at every position)
    for segment in _SEGMENT_SEP.split(text) if "|" in text or "·" in text or "•" in text or "｜" in text else (text,):
        pos = 0
        pending: str | None = None
        bare = _BARE_START.match(segment) if len(segment) <= 80 else None
        # "Source Reuters" yes, "Source link" (a footer link) no: a value is a name or a date (its case read past
        # a glottal stop's letter, which has none: Tongan "Maʻuʻanga ʻo e …" is prose)
        if bare and not _LABEL_RE.match(segment) and not segment[bare.end():].lstrip(_CASELESS)[:1].islower():
            # "Source Reuters", "Date 2025-11-03" in a list or table: a label without its colon
            pending = _LABELS[bare.group("label").lower()]
            fields.labels.append(bare.group("label"))
            pos = bare.end()
        for start, end, label in _labels_in(segment):
            parts.append((pending, segment[pos:start]))
            pending = _LABEL_KINDS[label.lower()]
            fields.labels.append(label)
            pos = end
            if label.lower() in _EDITOR_LABELS:
                editors.add(len(parts))
        parts.append((pending, segment[pos:]))
    # a date labelled in a language that writes the day first is read so ("Publié le 12/03/2026 à 10h15" on a Docsify
    # page its template declares English: 12 March)
    dayfirst = dayfirst or any(_DAYFIRST_LABEL.fullmatch(label) for label in fields.labels)

    residue: list[str] = []
    for at, (kind, value) in enumerate(parts):
        signed = value.lstrip()[:1] in ("—", "–")  # "— mbl.is": a sign-off
        # "Forrás: Reuters / MTI — Rovat: …": the dash ends the value; a Tibetan value ends with its shad ("ཕཡུལ།")
        value = _ROW_COLONS.sub("", value.strip(" \t|·•,;–—" + _SHAD))
        if not value:
            continue
        if kind == _NAMED_ONLY:
            if value.lower() not in WIRE_AGENCIES and not _signed_outlet(value) and not _name_shaped(value):
                # "Maddi: Thank you so much": a speaker's answer, the text's
                fields.labels = [lab for lab in fields.labels if lab.lower() not in NAME_LABELS]
                residue.append(value)
                continue
            kind = "source"
        if kind == _ROW_ONLY:
            if not _in_a_row(parts, value, fields.labels, tz, dayfirst):
                fields.labels = [lab for lab in fields.labels if lab.lower() not in _ROW_ONLY_LABELS]
                residue.append(value)
                continue
            kind = "category"
        if kind == _OUTLET_ONLY:
            if value.lower() not in WIRE_AGENCIES and not _signed_outlet(value) and not _outlet_then_more(value):
                # "Born: 4 May 1931, Liverpool", "Born: Liverpool, England": a fact box's birth, no field of ours,
                # nor its word a label
                fields.labels = [lab for lab in fields.labels if lab.lower() not in _OUTLET_ONLY_LABELS]
                residue.append(value)
                continue
            kind = "source"
        if kind == "updated":
            # "Güncelleme: 12.03.2025 - 10:40": the last change, the publication only when nothing else is
            changed = find_date(value, tz, dayfirst)
            if changed is not None:
                fields.updated_at = fields.updated_at or changed.value
                fields.zone = fields.zone or changed.zone
            elif fields.date_label_value is None:
                fields.date_label_value = value
            continue
        found = find_date(value, tz, dayfirst) if fields.published_at is None else None
        revision = _revision_stamp(value[:found.start]) if found and kind is None else None
        if revision == 1:
            # a wiki's stamp of the page's first revision, the words around its date and user the stamp's own: the
            # page's creation
            fields.published_at, fields.zone = found.value, found.zone or fields.zone
            continue
        if found and kind is None and (_edit_stamp(value[:found.start]) or revision is not None):
            fields.updated_at = fields.updated_at or found.value
            fields.zone = fields.zone or found.zone
            continue
        if found:
            fields.published_at = found.value
            fields.zone = found.zone or fields.zone
            before, after = value[:found.start], value[found.end:]
            if kind is None and (label := _date_label_before(before)):
                # "Gan PA Media Cyhoeddwyd 2 Ebrill 2026" (By …, Published …): a date label without its colon
                # between the byline and the date is no part of the name.  Only there, or opening its segment:
                # after other words it is the sentence's own ("Results published 12 March 2026.", Swahili
                # "… sana 12 Machi 2026", very), and the line is prose
                rest = before.rstrip()[:-len(label)]
                if not rest.strip() or ((byline := _BYLINE.match(rest)) and not rest[byline.end():].strip()
                                        and _names_someone(byline.group("name"))):
                    before = rest
                    fields.labels.append(label)
            elif kind is None and (link := _BYLINE_DATE_LINK.search(before)) is not None \
                    and (byline := _BYLINE.match(rest := before[:link.start()])) and not rest[byline.end():].strip() \
                    and _names_someone(byline.group("name")):
                # "Posted by Felizarda Tomo on Mon,  9 Mar 2026" (Wolf CMS's info line), "By Jane Doe on March 12,
                # 2026": the word linking the byline to its date, and the weekday's word before the date, are no
                # part of the writer's name
                before = rest
            elif kind == "category" and (link := _BYLINE_DATE_LINK.search(before)) is not None \
                    and 1 <= len(before[:link.start()].split()) <= 3:
                # "Posted in <a>Bhuzima</a> on Mar 05, 2026" (Winter CMS's RainLab.Blog info line): the word linking
                # a labelled value to its date, and a weekday's before it, are no part of the value
                before = before[:link.start()]
            if after.strip() == "." and before.rstrip().endswith(",") and _name_shaped(before.rstrip()[:-1]) \
                    and any(k is not None for k, _ in parts[at + 1:]):
                # "Мурат ТЕММОЕВ, 18 тотурну ал айы, 2026 жыл. Бёлюм: Жамауат": a name, its comma, the date closed
                # by a full stop before a labelled field is a byline's row, the stop no sentence's ("Results
                # published 12 March 2026." is one: no name before, no field after)
                after = ""
            if _RESIDUE_OK.match(after.strip(" \t|·•,;:-–")) or _tag_list(after):
                # the date's words after it, a reading time ("Wed, Mar 11, 2026 2-minute read", Hugo Anatole's
                # row): none of the weekday's before it
                # (or the post's tags on the line's next line: Wolf CMS's "<p class="info">Posted by … on Mon,  9 Mar
                # 2026<br />tags: Caia, chipatala, ana</p>", read run together: no field of ours, no name's words)
                after = ""
            value = (before + " " + after).strip(" \t|·•,;–—")
            if kind is None and not value and len(parts) > 1:
                # "22.03.2026 • Müəllif: … • Oxunma müddəti: 3 dəq", "March 11, 2026 | …": a date standing alone
                # between a line's separators marks the line as metadata (no label: a related story's card has
                # the same shape, "02.01.2026 • Council delays budget vote …"; the caller weighs it, see article.py)
                fields.date_alone = True
        if kind == "date" and found and fields.category is None and sections \
                and (filed := _section_by_writer(value, sections, opening="in")) is not None:
            # the template's English after the date: KeystoneJS's "Posted on March 2nd, 2026 in <a>Tjilungu</a> by
            # Keneilwe", the site's section (a link of its own, among the page's sections) and the writer's name
            fields.category, fields.author = filed[0], fields.author or filed[1]
            continue
        if kind == "date" and not found and fields.published_at is None and value:
            fields.date_label_value = value
        if kind in (None, "date"):
            if kind is None:
                credited = _credited_source(value)
                if credited is not None and fields.source is None:
                    value, fields.source = credited
                    # a credit phrase labels its value as a label does ("По информация от Ройтерс · преди 1 ден ·
                    # 1 284 прочитания": a metadata line, whatever else it holds)
                    fields.labels.append("credit")
                by_for = _BY_FOR.search(value) or _VIA.match(value) or _THEO.match(value)
                if by_for and by_for.re is _THEO and not (by_for.group("source")[0].isupper()
                                                          and len(by_for.group("source").split()) <= 4):
                    by_for = None
                if by_for and fields.source is None:
                    fields.source = by_for.group("source").strip()
                    if "name" in by_for.groupdict() and fields.author is None:
                        fields.author = by_for.group("name").strip()
                    value = value[:by_for.start()].strip()
                byline = _BYLINE.match(value)
                if byline and byline.group(0).split()[0].casefold() in _ARTICLE_BY_WORDS \
                        and not (len(parts) > 1 and (fields.labels or any(
                            v is not value and find_date(v, tz, dayfirst) for _, v in parts))):
                    byline = None  # "Nā Kumu Hula o Maui" (Hawaiian "the"): a heading, no row of fields
                if byline and byline.group(0).split()[0] == "Vo" \
                        and byline.group("name").split()[0].casefold() in _VIETNAMESE_MIDDLE_NAMES:
                    byline = None  # the surname Vo, not Bavarian "vo" (by): "Vo Thi Hoa | 12 March 2026"
                if byline and byline.group(0).split()[0].casefold() in _FROM_BY_WORDS \
                        and not all(w[:1].isupper() for w in byline.group("name").split()):
                    byline = None  # "Sian Samosir tu Jakarta" (Batak Toba: from Samosir to Jakarta), a place's words
                if byline and fields.author is None and _names_someone(byline.group("name")):
                    name = byline.group("name").strip(" –—-")
                    writer, _, credit = name.rpartition(",")
                    if writer and credit.strip().lower() in WIRE_AGENCIES and fields.source is None:
                        # "By Tom Reilly, Associated Press": the writer, then the agency (the source)
                        fields.source, name = credit.strip(), writer.strip()
                    if name.lower() in WIRE_AGENCIES and fields.source is None:
                        fields.source = name  # "By AFP": the agency, not a writer
                    else:
                        fields.author = name
                    value = value[byline.end():]
                bare_value = value.strip(" \t|·•,;–—-")
                agency = (bare_value if bare_value.lower() in WIRE_AGENCIES
                          else wrapped_agency(bare_value) or joint_credit(bare_value)
                          or (bare_value if signed and (_SIGNED_ADDRESS.fullmatch(bare_value)
                                                        or (not after_quote and (_signed_outlet(bare_value)
                                                                                 or _signed_bureau(bare_value))))
                              and _plausible_name(bare_value) else None))
                if fields.source is None and agency:
                    fields.source = agency
                    continue
                if fields.category is None and sections and bare_value.lower() in sections:
                    fields.category = bare_value
                    continue
                if len(parts) > 1 and _photo_credit(bare_value):
                    continue  # "Tekst: ANP · Foto: Pieter Jansma": the picture's credit beside the story's, no source
                residue.append(value)
            continue
        if kind in ("source", "category") and any(ch in value for ch in _COLONS):
            # "წყარო: ინტერპრესნიუსი ნახვა: 3 412" (Source: X Views: 3 412): a label we do not know ends the value
            # (the shad or dash closing the value before that label goes too: "དབྱེ་རིམ་: སོ་ནམ ། ངོ་རྟགས་: …")
            value = _ROW_COLONS.sub("", value[:m.start()].rstrip(" \t|·•,;–—" + _SHAD)) \
                if (m := _NEXT_LABEL.search(value)) else value
        if kind == "source" and sections and fields.category is None and " " in value \
                and all(k != "category" for k, _ in parts) and sum(1 for _, v in parts if v.strip()) > 1:
            # "Manba: Sports.uz Sport" (source: …, then the category's link without a separator): a last word that
            # names one of the site's sections is the category, not the outlet's name ("Source: BBC Sport |
            # Category: Football" has its category labelled: the name stays whole).  Only in a line of fields run
            # together ("14.03.2026 Manba: …"): a credit line of its own names the outlet whole ("Tùs: BBC
            # Naidheachdan" on a site with a section "Naidheachdan")
            name, _, last = value.rpartition(" ")
            if last.lower() in sections and _plausible_name(name.rstrip()):
                value, fields.category = name.rstrip(), last
        if kind == "source" and fields.source is None and _plausible_name(value):
            fields.source = value
        elif kind == "category" and fields.category is None and sections \
                and (filed := _section_by_writer(value, sections)) is not None:
            # "Posted in <a>Mitambo</a> by Keneilwe" (KeystoneJS's line of a post without a date): the section, then
            # its writer, not one name
            fields.category, fields.author = filed[0], fields.author or filed[1]
        elif kind == "category" and fields.category is None and _plausible_name(value := _unhashed(value)):
            fields.category = value
        elif kind == "author" and fields.author is not None and not found and at in editors:
            pass  # the editor's field after the writer's ("作者：吉克阿呷　责任编辑：…"): the line's; a co-author's is residue
        elif kind == "author" and fields.author is None:
            if found and before.strip():
                # the byline and the date in spans run together ("ຜູ້ຂຽນ: ກອງບັນນາທິການ 20 ມີ.ນາ 2026, 14:15 ອ່ານ: 1.843",
                # "Autor: Jan Novák 12. března 2026"): the name ends where the date starts, what follows is another field
                value = before.strip(" \t|·•,;–—")
                residue.append(after)
            credited = _credited_source(value) or _writer_and_outlet(value)
            if credited is not None:
                value, source = credited
                fields.source = fields.source or source
            fields.author = value or None
            if fields.source is None and value.lower() in WIRE_AGENCIES:
                # "Tekst: ANP · Foto: …" closing the story: the agency wrote it, the line's source (not lost to a
                # byline read before it, "Troch: Redaksje")
                fields.source = _AGENCY_SPELLING[value.lower()] if value.islower() else value
        else:
            residue.append(value)
    fields.residue = _COUNTER.sub("", " ".join(
        r for r in residue if not _SEPARATORS.match(r) and not _RESIDUE_OK.match(r.strip(" |·•,;:-–"))
        and not _TRAIL_BEFORE.match(r)
    )).strip()
    return fields


# a section's name and its writer's after an English template's words ("in Tjilungu by Keneilwe")
_SECTION_BY = re.compile(r"(?:(?P<opening>in)\s+)?(?P<section>[^,;|·•]+?)(?:\s+by\s+(?P<name>[^,;|·•]+))?")


def _tag_list(text: str) -> bool:
    """``text`` is a post's tag line: a tags label (footer's _TAGS, any language's) and short values parted by commas
    ("tags: Caia, chipatala, ana"), no sentence's end."""
    from newsbot.cleaning.footer import _TAGS  # (footer imports spam, which imports this module)

    label = _TAGS.match(text := text.strip())
    if label is None or text[-1:] in _SENTENCE_ENDS:
        return False
    values = [v.strip() for v in text[label.end():].split(",")]
    return all(v and len(v.split()) <= 3 for v in values)


def _section_by_writer(value: str, sections: frozenset[str], opening: str | None = None) -> tuple[str, str | None] | None:
    """(section, writer) when ``value`` is one of the page's ``sections`` (lower-cased), then perhaps "by" and the
    writer's name, after ``opening`` ("in") when one is asked ("in Tjilungu by Keneilwe", "Mitambo by Keneilwe"); else
    None (a value naming no section the page links is no such pair: "Mitambo na Keneilwe" stays what it was)."""
    match = _SECTION_BY.fullmatch(value.strip())
    if match is None or (opening is not None and match.group("opening") != opening) \
            or match.group("section").strip().lower() not in sections:
        return None
    name = (match.group("name") or "").strip() or None
    return match.group("section").strip(), name


def _photo_credit(value: str) -> bool:
    """``value`` is a photo label, its colon and a name or two ("Foto: Pieter Jansma"; footer.PHOTO_LABELS)."""
    label, colon, name = value.partition(":")
    if not colon or not name.strip() or len(name.split()) > 4 or name.rstrip()[-1:] in _SENTENCE_ENDS:
        return False
    from newsbot.cleaning.footer import PHOTO_LABELS  # (footer imports spam, which imports this module)

    return label.strip().lower() in PHOTO_LABELS


# a count in brackets of reads, views or comments (a short word may join it to its number): PHP-Nuke's reads after
# the date ("… @ 10:20:00 PHT (245 reads)", Cebuano "(245 ka pagbasa)"); a count of anything else is the line's own
# words ("Kabul, 17 March 2026 (12 dead)") (data: the counted words)
_COUNTED = ("reads", "read", "views", "view", "comments", "comment", "pagbasa", "lecturas", "visitas", "comentarios",
            "leituras", "comentários", "lectures", "vues", "commentaires", "letture", "visite", "commenti", "aufrufe",
            "kommentare", "dibaca", "komentar")
_COUNTER = re.compile(r"\(\s*\d[\d.,\s]*(?:[^\W\d_]{1,3}\s+)?(?:" + "|".join(_COUNTED) + r")\s*\)", re.IGNORECASE)


_DATE_LABEL_WORDS = frozenset(lab for lab, kind in _LABELS.items() if kind in ("date", "updated"))


def _date_label_before(text: str) -> str | None:
    """The date label (one to three words) closing ``text``, as written: what precedes a date."""
    words = text.rstrip().split()[-3:]
    for i in range(len(words)):
        label = " ".join(words[i:])
        if label.lower() in _DATE_LABEL_WORDS:
            return label
    return None


_PUBLISHED_LABEL_WORDS = frozenset(lab for lab, kind in _LABELS.items() if kind == "date")


def published_label_before(text: str) -> bool:
    """``text`` closes with a label of a publication's date and its colon, or none ("Posted:", "Publié le"), the
    text before a date it labels; an update's label ("Updated:") is none."""
    words = text.strip().rstrip(":：").split()[-3:]
    return any(" ".join(words[i:]).lower() in _PUBLISHED_LABEL_WORDS for i in range(len(words)))


# a value written as one hashtag ("Categoria: #cronaca", a Forem post naming its tag): the tag's name; a name of
# several words after one "#" is Over-blog's decoration ("Publié dans #Tẽngã kibay"), no hashtag either
_HASHTAG = re.compile(r"#([^\W\d_][\w-]*(?: [^\W\d_][\w-]*)*)")


def _unhashed(value: str) -> str:
    """``value`` without the "#" of a lone hashtag ("#cronaca" → "cronaca", "#Tẽngã kibay" → "Tẽngã kibay"); any
    other value as it is ("C#", "#cronaca #politica")."""
    return m.group(1) if (m := _HASHTAG.fullmatch(value)) else value


# what joins an emoji's parts: the variation selector asking for its picture (U+FE0F) or text (U+FE0E) form, the
# zero-width joiner of a sequence ("👩‍💻"), the skin tones' modifiers being symbols (Sk) themselves
_EMOJI_JOINERS = "\ufe0f\ufe0e\u200d"


def _pictograph(ch: str) -> bool:
    """``ch`` is a pictograph's or a symbol's character, or one joining an emoji's parts: no letter of a label."""
    return ch in _EMOJI_JOINERS or unicodedata.category(ch) in ("So", "Sk")


def unadorned_label(value: str | None) -> str | None:
    """``value`` without the pictographs decorating it at either edge: a section's badge drawn with an emoji in a
    span of its own inside its link (Zenn's "<a class="ArticleHeader_category"><span>⚙</span>Tech</a>", read
    "⚙Tech"; "💡 Idea", "★ Featured", "Sports ⚽"); a value of symbols alone, or with none at its edges, as it is."""
    if not value:
        return value
    start, end = 0, len(value)
    while start < end and (_pictograph(value[start]) or value[start].isspace()):
        start += 1
    while end > start and (_pictograph(value[end - 1]) or value[end - 1].isspace()):
        end -= 1
    return value[start:end] if start < end and (start or end < len(value)) else value


# a word closed by a colon inside a value: the next field's label ("Views: 3 412"; not a time, "10:30")
_NEXT_LABEL = re.compile(r"\s+[^\W\d_][^\s" + _COLONS + r"]{0,30}[" + _COLONS + r"](?=\s|$)")
_WEBBY = re.compile(r"https?://|www\.|\.(?:com|net|org|io|info|biz|bet|casino|xyz|top|club)\b", re.IGNORECASE)


def _plausible_name(value: str) -> bool:
    """A publisher or section name: short, no web address, not a sales pitch."""
    return len(value) <= 60 and len(value.split()) <= 7 and not _WEBBY.search(value)


def _name_shaped(value: str) -> bool:
    """A name, no sentence: one to four words, each capitalised but a short particle inside ("La Gazeta de Monscia"),
    no comma, no closing stop ("Thank you so much", "Graag gedaan", "Thank you, Reuters." are answers)."""
    words = value.split()
    return (1 <= len(words) <= 4 and "," not in value and not value.endswith((".", "!", "?", "…"))
            and words[0][:1].isupper() and words[-1][:1].isupper()
            and all(w[:1].isupper() or (len(w) <= 3 and w.isalpha()) for w in words))


def _outlet_then_more(value: str) -> bool:
    """A name opening with an outlet's name, more words after it ("Dandal Kura Radio International": "Dandal
    Kura Radio", then its reach): capitalised, no digit (_outlet_name)."""
    words = value.split()
    return _outlet_name(value) and any(_signed_outlet(" ".join(words[:end])) for end in range(2, len(words)))


def _in_a_row(parts: list[tuple[str | None, str]], value: str, labels: list[str], tz: str | None,
              dayfirst: bool) -> bool:
    """``value``'s field stands in a row beside another label or a date (_ROW_ONLY_LABELS)."""
    if any(lab.lower() not in _ROW_ONLY_LABELS for lab in labels):
        return True
    return any(other.strip(" \t|·•,;–—") and other.strip(" \t|·•,;–—") != value and find_date(other, tz, dayfirst)
               for _, other in parts)


# A closing credit wholly between brackets: one label of one to three words, its colon, and a person's name of one to
# four words, each opening with a capital or a letter of a script without case, no digit, no sentence ("(Cwzyin
# bienhciz: Luz Veiz)", a Zhuang PHPCMS site's editor in charge, its 责任编辑; "( 責任編輯：阿欣 )", DedeCMS's; "(Editor:
# Jane Doe)"): the editor signing the text off, no source.  Not a sentence between brackets ("(Note: prices vary.)"),
# nor lower-case words ("(Update: the road is open)")
_BRACKETED_CREDIT_CHARS = 80


def bracketed_credit(text: str) -> bool:
    """``text`` is a closing line between brackets naming the person a label credits (see above)."""
    text = text.strip()
    if len(text) > _BRACKETED_CREDIT_CHARS or text[:1] + text[-1:] not in _WRAPPING_BRACKETS:
        return False
    bare = text[1:-1].strip()
    colon = next((c for c in LABEL_COLONS if c in bare), None)
    if colon is None:
        return False
    label, _, value = bare.partition(colon)
    words, names = label.split(), value.split()
    return label.strip().casefold() not in _NOTICE_LABELS and 1 <= len(words) <= 3 and all(_LABEL_WORD.fullmatch(w) for w in words) and 1 <= len(names) <= 4 \
        and all(_LABEL_WORD.fullmatch(n.rstrip(".")) and not n[0].islower() for n in names) \
        and not value.rstrip().endswith(("!", "?", "…"))


# A Chinese paper's closing credit between brackets, its labels without a colon: reporter, editor, photographer,
# correspondent, each and a space before a name of two to four characters ("（記者 鄭曉雲 編輯 林依官）", "（记者 王磊）"; not
# "（記者會上表示）", a press conference's)
_CJK_CREDIT_LABELS = "記者|记者|責任編輯|责任编辑|編輯|编辑|責編|责编|攝影|摄影|通訊員|通讯员|實習生|实习生"
_CJK_CREDIT_LABEL = re.compile(rf"({_CJK_CREDIT_LABELS})\s*")
_CJK_CREDIT = re.compile(rf"^\s*[（(]\s*((?:(?:{_CJK_CREDIT_LABELS})\s+[\u3400-\u9fff·・]{{2,4}}\s*)+)[）)]\s*$")


def is_meta_line(text: str, tz: str | None = None, max_len: int = 200, dayfirst: bool = False,
                 sections: frozenset[str] = frozenset(), after_quote: bool = False,
                 linked: bool = True, glued: bool = False) -> MetaFields | None:
    """The parsed fields if ``text`` is a metadata line and nothing else (``after_quote``: see parse_meta_line;
    ``linked`` False: the line holds no link, so a LINKED_LABELS label labels none; ``glued``: the line is in the
    head of the text, before its first paragraph of prose, where a row run together is read by its shape
    (_glued_row); elsewhere such a line is the story's, a match's facts: "14/03/2026 15:00Venue:Old
    TraffordReferee:Anthony Taylor")."""
    if len(text) > max_len:
        return None
    if credit := _CJK_CREDIT.match(text):
        text = _CJK_CREDIT_LABEL.sub(r"\1：", credit.group(1)).strip()  # (read as the labelled fields it is)
    fields = parse_meta_line(text, tz, dayfirst, sections, after_quote)
    if glued and fields.labels and (row := glued_row(text, tz, dayfirst, sections, fields)):
        return row  # a known label, then one newsbot does not know glued to its value: the row's shape reads both
    if not linked and any(lab in LINKED_LABELS for lab in fields.labels):
        return None  # "テーマ：生成AIと民主主義の未来" in plain text: an event's theme, the story's line
    recognised = sum(
        x is not None for x in (fields.published_at, fields.updated_at, fields.source, fields.category, fields.author)
    )
    # a weekday or a particle around a date ("Tue", "Δευτέρα", "น.") is still metadata
    small_residue = (fields.published_at or fields.updated_at) is not None and len(fields.residue) <= 20 and len(fields.residue.split()) <= 2
    if not small_residue and "T" in (fields.published_at or "") and fields.residue \
            and (found := find_date(text, tz, dayfirst)) is not None and _HOUR_ABBREVIATION.fullmatch(text[found.end:]):
        # ... and an hour's word after the time closing the line ("Uandatskua jurhiata: 10 marzu 2026, 09:05 hr",
        # Purépecha: published, a Habari post's stamp; "09:05 Uhr"), as in a coined row
        residue = fields.residue.rsplit(None, 1)[0] if len(fields.residue.split()) > 1 else ""
        small_residue = len(residue) <= 20 and len(residue.split()) <= 2
    if recognised == 0 or (fields.residue and not small_residue):
        if fields.author and not fields.published_at and _desk_after_bar(text, fields.residue):
            return fields
        return _labelled_row(text, tz, dayfirst, sections) or (_glued_row(text, tz, dayfirst, sections) if glued
                                                                 else None)
    return fields


# A label of a glued row: one to four words of letters, the first capitalised, then its colon and no space (an
# apostrophe inside a word: Kaqchikel's glottal stop, "Ruxe'el:"; a combining mark after a letter: Ibibio's "n̄",
# n and a macron with no precomposed form, "Ntọn̄ọ:", source)
# (a letter may follow an apostrophe or an interpunct inside a word: Garo's "Bon·dikani" (source), "A·chik", the
# middle dot its orthography's glottal stop; four short words, a phrase a language says "from where it comes" with:
# Dangme's "Jɛ nɛ e je:" (source), its length kept under twenty letters by _glued_parts)
_GLUED_LABEL = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f]|['’ʼ·](?=[^\W\d_]))*(?: [^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*){0,3}")
# a byline under its own label before a glued row's date: a label of one to four words, its colon, a name of two to
# four capitalised words ("Naigero: Sankale Ole Nkoitiko13.03.2026 08:20…", Maasai: by; "Sran nga klɛli i: Kouassi
# Yao Ernest · 2026-03-14 09:10:00…", Baoulé: the person who wrote it); an apostrophe inside a label's word between
# its letters (Mi'kmaq "Wi'kiket: Mali Paul", writer)
# the writer's place closing a byline, after a bar: one or two capitalised words ("… | Rubanda")
_BYLINE_PLACE = re.compile(r"\s+[|｜]\s+[^\W\d_]\w*(?:[ -][^\W\d_]\w*)?$")
_BYLINE_NAME = r"[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){1,3}"  # (two to four words)
_LABELLED_BYLINE = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*(?: [^\W\d_'’]+){0,3}\s?:\s*" + _BYLINE_NAME)
# the separator a byline may stand behind before the row's date ("… Kouassi Yao Ernest · 2026-03-14 …")
_GLUED_LEAD_SEP = re.compile(r"\s+[|｜·•]\s+$")


# a dateline's place before the row's date: one to three words and a comma ("KAPIT, 14 Mac 2026…", a CoverNews post's)
_DATELINE_PLACE = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}, ?")


# The word of a label a site coins, in any language, the shapes the label patterns below (and article._LONG_LABEL) are
# built of: a letter, then letters, an apostrophe or a glottal stop only between two letters (LABEL_WORD_STEP;
# LABEL_WORD_INNER a whole such word: "Wi'kiket", "Mɔɔ"), the first word of every label; after it a word whose
# apostrophes may close it too (LABEL_WORD_LOOSE: "Ch'aqa' chik"), or one with none after its first letter
# (LABEL_WORD_PLAIN).  The patterns differ in how many words they take, how long a word may be and which of these
# shapes the later words have: a date's own label glued to it is one word (_DATE_OWN_LABEL); a coined row's field
# one to three (_COINED_FIELD), a date field's label beside the date one to three plain words (_COINED_DATE_LABEL);
# the next field's, split before, one word that may hold a hyphen (_COINED_NEXT_LABEL); a byline's label in the text
# up to six (article._LONG_LABEL)
# (a combining mark after a letter is the letter's, as _GLUED_LABEL reads it: Lamnso's "ə́", schwa and an acute with no
# precomposed form, "Fə́ ghɛɛ:", where it comes from)
# (LETTER: a letter or a mark, a word's own: a combining accent, an abugida's vowel sign or virama, "ದಿನ", "ಬಂದದ್",
# Kodava: day, came from)
# (and a hyphen joining two words of letters into one label: Angika "<strong>दिन-तारीख</strong>", day-date, and
# "खबर-सोता", news-source, a MoinMoin page's typed row)
LABEL_WORD_STEP = r"(?:" + LETTER + r"|['’ʼ](?=[^\W\d_])|-(?=[^\W\d_]))"
LABEL_WORD_INNER = r"[^\W\d_]" + LABEL_WORD_STEP + "*"
LABEL_WORD_LOOSE = r"[^\W\d_](?:" + LETTER + r"|['’ʼ]|-(?=[^\W\d_]))*"
LABEL_WORD_PLAIN = r"[^\W\d_](?:" + LETTER + r"|-(?=[^\W\d_]))*"
# a label of one capitalised word and its colon, nothing after it: the label of the date it is glued to ("Betut:")
_DATE_OWN_LABEL = re.compile(r"[^\W\d_]" + LABEL_WORD_STEP + r"{1,20}[:：]")


def _glued_lead(lead: str) -> bool:
    """What stands before a glued row's date is a byline: glued to the date ("Ki Okello James10/03/2026 11:25…",
    Acholi: by), a dateline's place in capitals ("KAPIT, "), or behind a bar or a middot, with a particle ("by Jane Doe") or a label ("Naigero: Sankale Ole
    Nkoitiko", Maasai), its name capitalised."""
    if not lead or _DATELINE_PLACE.fullmatch(lead) and lead.isupper():
        return True  # (or a wire dateline's place, in capitals: "<strong>KAPIT, 14 Mac 2026</strong>Pun Berita:…")
    if _DATE_OWN_LABEL.fullmatch(lead):
        return True  # (or the date's own label, glued: a Moodle post's "Betut:10/03/2026Kobunoik:…", Kalenjin: date)
    if lead[-1].isspace():
        if (sep := _GLUED_LEAD_SEP.search(lead)) is None:
            return False
        lead = lead[:sep.start()]
    lead = lead.strip()
    return bool(_byline_part(lead, True) or _BYLINE.match(lead) or _LABELLED_BYLINE.fullmatch(lead)
                and all(word[:1].isupper() for word in lead.split(":", 1)[1].split()))


def _glue_at(chunk: str, lower: bool = False) -> int:
    """Where the next label opens in a chunk of a glued row: its capital after the value's last letter ("Ghana News
    AgencyKui"), or, after a value closing with capitals, the capital a small letter follows ("Mũsyĩ FMKĩlungu",
    Kamba: a radio's FM, then "from where"); a label may open with caseless letters before its capital, Khoekhoe's
    clicks ǀ ǁ ǂ ǃ ("Khomas KōsǁGâub", a hugo-coder post's: source, section); -1 when none.  A row whose labels
    are in small letters (``lower``: its first, glued to a time's digit, "09:40aɣbal:MAPtaggayt:Tamurt", a Ghost post's
    in Tarifit) opens each next one at the small letters closing the chunk after a value's word in capitals ("MAP" +
    "taggayt").
    The palochka is no label's capital (_word_inner)."""
    def start(i: int) -> int:  # (back over the caseless letters opening the label)
        while i > 1 and _caseless(chunk[i - 1]) and not _caseless(chunk[i - 2]):
            i -= 1
        return i
    if lower:  # (the row's labels in small letters: the label is the chunk's tail of small letters after a capital)
        return next((i for i in range(2, len(chunk)) if chunk[i].islower() and len(chunk[:i].split()[-1]) >= 2
                     and chunk[:i].split()[-1].isupper()
                     and len(chunk[i:].split()) <= 3 and all(word.islower() for word in chunk[i:].split())), -1)
    return max((start(i) for i in range(1, len(chunk)) if chunk[i].isupper() and not _word_inner(chunk, i)
                and (chunk[start(i) - 1].islower()
                     or chunk[i - 1].isupper() and i + 1 < len(chunk) and chunk[i + 1].islower())),
               default=-1)


def _word_inner(chunk: str, i: int) -> bool:
    """``chunk[i]`` is a capital written inside a word in small letters, no word's first letter: the Caucasian
    palochka Ӏ (U+04C0), a letter of Lak, Avar, Chechen, Dargwa, Kabardian always written in its capital form
    ("БутӀа", Lak: section; "ГъумучӀиял"), or typed as a Latin capital I between Cyrillic letters, as keyboards
    without the letter write it ("БутIа", Dargwa: section; "гIебшнила")."""
    ch = chunk[i]
    if "PALOCHKA" in unicodedata.name(ch, ""):
        return True
    return ch == "I" and 0 < i < len(chunk) - 1 and all(
        "CYRILLIC" in unicodedata.name(near, "") for near in (chunk[i - 1], chunk[i + 1]))


def _caseless(ch: str) -> bool:
    """``ch`` is a letter of no case: a click letter (ǃ), one of a script without capitals (Arabic, Devanagari)."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


def capitalised(label: str) -> bool:
    """``label``'s first letter with a case is a capital ("Kui", Khoekhoe "ǁGâub"), or it has none (a script without
    capitals, "بؤلوم")."""
    return next((ch.isupper() for ch in label if ch.isupper() or ch.islower()), True)


def _glued_row(text: str, tz: str | None, dayfirst: bool, sections: frozenset[str]) -> MetaFields | None:
    """An aggregator's row run together, whatever its labels' language: a date (a byline before it at most, glued or
    behind a middot: _glued_lead) glued to a label and its value, and at least one more label glued to that value,
    where the value's last letter meets the next label's capital ("2026-03-14 09:10:00Jɛɛhe:Ghana News AgencyKui:Maŋ
    Sane", Ga; "12/03/2026 14:05Ku zwa:Times of ZambiaMufuta:Sizo ni Mikiti", Lozi).  Without a date, two labels or
    more opening the line, one value one of the site's sections ("Aghbalu:Tifawt PressTasga:Tamazirt", Hakyll's
    header in Tachelhit: source, section).  The values are read by what they are: one of the site's ``sections`` is
    the category, the first other the source.  "2026-03-14: The council met …", "Update 12/03/2026: Police said: …"
    have no label glued to their date; a quotation's "He said:'No'" no date, nor a section.

    The row's shape is _glued_parts'; then what its values are: a row without a date must be an outlet and a section
    (_undated_row_reads), one without a section a source and a name (_unsectioned_row_reads), and its first value is
    the source only under a label that may stand before one (_glued_source_label)."""
    if (parts := _glued_parts(text, tz, dayfirst)) is None:
        return None
    found, labels, values = parts
    named = [value.lower() in sections for value in values]
    if found is None and not _undated_row_reads(values, named):
        return None
    if not any(named) and not _unsectioned_row_reads(values):
        return None
    row = MetaFields(published_at=found.value if found else None, zone=found.zone if found else None, labels=labels)
    row.category = next((value for label, value, section in zip(labels, values, named, strict=True)
                         if section and not _uncategorising_label(label)), None)
    if not named[0] and _glued_source_label(labels[0], labels, sections, values):
        row.source = values[0]  # the value after the date, its label no other field's
    return row if row.source or row.category else None


def _uncategorising_label(label: str) -> bool:
    """``label`` in a glued row is a post's tags' ("Tags:Politics"), a writer's or a date's, whose value is no
    category even when it names a section ("…Posted in:World News Tags:Politics": review 26 F5)."""
    from newsbot.cleaning.footer import _TAGS  # (footer imports spam, which imports this module)

    return _LABEL_KINDS.get(label.strip().lower()) in ("author", "date", "updated") \
        or _TAGS.match(label.strip() + ":") is not None


# a glued row's date in a month's name newsbot does not know, its time after it ("17 Nwanbir 2026 09:40aɣbal:…",
# Tarifit: the row is read by its shape, the date left to the page's other witnesses)
_UNREAD_TIMED = re.compile(r"\d{1,2}\.?\s+" + r"[^\W\d_](?:[^\W\d_]|['’ʼ](?=[^\W\d_])){2,14}" + r"\.?,?\s+(?:19|20)\d\d,?\s+"
                           r"\d{1,2}:\d\d(?::\d\d)?")


def _glued_parts(text: str, tz: str | None, dayfirst: bool) -> tuple[DateMatch | None, list[str], list[str]] | None:
    """A glued row's date (None without one), labels and values, by the row's shape alone: a short line of two
    colons or more, its date (if any) after a byline at most (_glued_lead) and before a label's capital, each
    value glued to the next label (_glue_at); the labels a few capitalised words (_GLUED_LABEL), the values short
    names (_plausible_name), no sentence's end."""
    text = text.replace("：", ":")  # (a full-width colon: PHPCMS's "Laizyenz：…", one character as ":" is)
    if len(text) > 160 or text.count(":") < 2:
        return None
    found = find_date(text, tz, dayfirst)
    if found is None and (unread := _UNREAD_TIMED.match(text)):
        found = DateMatch(None, unread.start(), unread.end(), None)  # type: ignore[arg-type]
    lower = False
    if found is None:
        rest = text.strip()  # (no date: the labels must name a section: _undated_row_reads)
    else:
        rest = text[found.end:]
        rest = rest[1:] if rest[:1] == " " else rest  # (or one space after it: "14/03/2026 09:10 Punaaga:…", Niuean)
        # (a label in small letters glued to the time's last digit opens a row whose labels are all in small letters:
        # the digit, then a letter, is a certain boundary: "09:40aɣbal:MAPtaggayt:Tamurt")
        lower = text[found.end:found.end + 1].islower() and text[found.end - 1:found.end].isdigit()
        if not (lower or capitalised(rest[:2])) or not rest[:1].isalpha() or not _glued_lead(text[:found.start]):
            return None
    chunks = rest.split(":")
    if len(chunks) < 3 or not chunks[-1].strip():
        return None
    if found is not None and (spaced := _spaced_parts(chunks)) is not None:
        return found, *spaced
    glued_time = found is not None and text[found.end:found.end + 1].isalpha() \
        and text[found.end - 1:found.end].isdigit()
    labels, values = [chunks[0]], []
    for chunk in chunks[1:-1]:
        glue = _glue_at(chunk, lower)
        spaced = glue < 0
        # (a value ending at a space before the next label only in a row glued to its time: "09:10Lähteh:Oma Mua
        # Ozasto:…"; a header's fields parted by runs of spaces, "20:05:00 Quarnit：Velin Bau Drobel：Zorv Mala",
        # PHPCMS's, are read field by field)
        if spaced and (not glued_time or (glue := _spaced_glue(chunk)) < 0):
            return None
        values.append(chunk[:glue - 1] if spaced and chunk[glue - 1] == " " else chunk[:glue])
        labels.append(chunk[glue:])
    values.append(chunks[-1])
    # (a value in a link of its own opens with the space the page's markup leaves there: "…Amyu: Hpaga")
    values = [value[1:] if value[:1] == " " else value for value in values]
    if any(not _GLUED_LABEL.fullmatch(label) or len(label) > 20
           or not (lower or capitalised(label) or label.lower() in _LABEL_KINDS)
           for label in labels) \
            or any(not value or value != value.strip() or len(value) > 40 or value[-1] in _SENTENCE_ENDS
                   or not _plausible_name(value) for value in values):
        return None
    return found, labels, values


def _spaced_glue(chunk: str) -> int:
    """Where the next label opens in a chunk of a glued row whose value meets no capital: a value holds no "Word:",
    so the chunk's last word after a space is the next label ("2026-03-14 09:10Lähteh:Oma Mua Ozasto:Yhteiskunda",
    Livvi Karelian: source, section; "8.45Ääʹljõs:Yle Sápmi Sueʹrj:Puäʒʒvuõtt", Skolt Sami), capitalised or a label
    newsbot knows; or a known label glued in small letters to the value's last word ("Хайнах:Хакас
    чірірубрика:Хоорай", Khakas with Russian's "рубрика", rubric); -1 when none."""
    head, space, word = chunk.rpartition(" ")
    if not space or not head.strip() or not word:
        return -1
    if capitalised(word) and word[:1].isupper() or word.lower() in _LABEL_KINDS:
        return len(head) + 1
    return next((len(chunk) - len(label) for label in _GLUED_KNOWN_TAILS
                 if len(word) > len(label) + 1 and word.lower().endswith(label)), -1)


def _spaced_parts(chunks: list[str]) -> tuple[list[str], list[str]] | None:
    """A dated row of spaced "Label: Value" fields, one word each label, whose values after the first are counters
    (digits), the first a name: PHPCMS v9's header under the headline, "2026-04-19 20:05:00 Laizyenz：Cuengh Vwnz Bau
    Bingzlun：3 Diemjgiz：842" (Zhuang: source, comments, hits); None for any other row ("Venue: Old Trafford Kick
    off: 3pm", no counter; "Score: 2 Attendance: 41000", no name)."""
    labels, values = [chunks[0]], []
    for chunk in chunks[1:-1]:
        value, space, label = chunk.rstrip().rpartition(" ")
        if not space or not value.strip():
            return None
        values.append(value.strip())
        labels.append(label)
    values.append(chunks[-1].strip())
    if len(values) < 2 or not all(value.isdigit() for value in values[1:]) or not _plausible_name(values[0]) \
            or any(not _GLUED_LABEL.fullmatch(label) or " " in label or not capitalised(label) for label in labels):
        return None
    return labels, values


def _undated_row_reads(values: list[str], named: list[bool]) -> bool:
    """A row without a date is an outlet's name, then a section's: "Aghbalu:Tifawt PressTasga:Tamazirt"; not
    "Posted in:PoliticsBy:Jane Doe", "Starring: Tom HanksGenre: World", "Ingredients:Two eggsMethod: Politics"."""
    return len(values) == 2 and named == [False, True] and _outlet_shaped(values[0])


def _unsectioned_row_reads(values: list[str]) -> bool:
    """A row naming no section is a source and one more field, the source a name of two words at least: "Ku
    zwa:Times of ZambiaMufuta:Sizo ni Mikiti"; not a match's "Home:ArsenalAway:ChelseaSport:Football", "Venue:
    WembleyWeather: Sunny"; or an agency's initials, three capitals or more ("09:40aɣbal:MAPtaggayt:Tamurt", Tarifit)."""
    # (or a name and counters: _spaced_parts's "Laizyenz：Cuengh Vwnz Bau Bingzlun：3 Diemjgiz：842", the name the
    # source, the counters no field of ours)
    return (len(values) == 2 or all(value.isdigit() for value in values[1:])) and (
        len(values[0].split()) >= 2 and _name_shaped(values[0])
        or len(values[0]) >= 3 and values[0].isalpha() and values[0].isupper())


# labels of a picture's credit or caption, or of a place, whose value is no source ("Photo:AFPCaption:…", "Credit:
# Getty Images…", "Location:KabulTopic:Politics", a match's "Venue:Old TraffordKick off:3pm"; data, lower case)
_GLUED_NOT_SOURCE_LABELS = frozenset(("credit", "credits", "caption", "location", "venue", "place"))


def _glued_source_label(label: str, labels: list[str], sections: frozenset[str], values: list[str] = ()) -> bool:
    """``label``, the first of a glued row's ``labels``, may stand before its source: a source label newsbot knows
    ("Quelle"), or one it does not know in a row of labels it does not know; not a known label of another field
    ("By:Jane Doe"), a picture's credit ("Photo:AFP", "Credit:Getty Images"), nor any label of a row with a known
    author's or date's label ("Venue:WembleyBy:Jane Doe"); a section's label after it may be known ("Kuu").  Nor,
    when newsbot does not know it, in a row any of whose labels names one of the site's ``sections``: the labels are
    then the site's sections, each value a topic under one, no outlet ("Sport:Chelsea FCWorld:News" on a site with a
    Sport or a World page; in any language, the sections being the site's own), unless that label's own value is
    one of the sections: the label is then the section's, as "Topic" is ("20/11/2026 09:30 Slok'ibal: Radio Ach'
    K'inalSk'oplal: Lum K'inal", Tseltal on a Nano site with a "Sk'oplal" (news) page and a "Lum K'inal" one)."""
    from newsbot.cleaning.footer import PHOTO_LABELS  # (footer imports spam, which imports this module)

    kinds = [_LABEL_KINDS.get(other.lower()) for other in labels]
    if kinds[0] is not None:
        return kinds[0] in _SOURCE_KINDS
    return (label.lower() not in PHOTO_LABELS and label.lower() not in _GLUED_NOT_SOURCE_LABELS
            and not any(kind in ("author", "date", "updated") for kind in kinds[1:])
            and not any(other.lower() in sections
                        and not (at < len(values) and values[at].lower() in sections)
                        for at, other in enumerate(labels)))


_SOURCE_KINDS = frozenset(("source", _OUTLET_ONLY, _NAMED_ONLY))


def _outlet_shaped(value: str) -> bool:
    """``value`` names an outlet by its shape: _signed_outlet's, a wire agency, or capitalised words closing with an
    outlet's word ("Tifawt Press", "Mũsyĩ FM"), or opening with an agency's initials ("РИА Дагестан", "ANSA Latina")."""
    words = value.split()
    return (_signed_outlet(value) or value.lower() in WIRE_AGENCIES
            or (len(words) >= 2 and _name_shaped(value)
                and (words[-1].lower() in OUTLET_WORDS or words[-1].isupper() or len(words[0]) >= 2 and words[0].isupper())))


def glued_row(text: str, tz: str | None = None, dayfirst: bool = False, sections: frozenset[str] = frozenset(),
              read: MetaFields | None = None) -> MetaFields | None:
    """_glued_row's reading of ``text`` when parse_meta_line's (``read``) is no better: it read fewer labels, a known
    label's value running on into the next, unknown one ("Kuma:Mũsyĩ FMKĩlungu:Ũlĩmi", Kamba: the source read as
    "Mũsyĩ FMKĩlungu:Ũlĩmi"; "Ningpawt:Kachin News GroupAmyu: Hpaga", Jingpho, cut short at the glue).  For a line
    of the page's metadata area (its header under the headline: "<p class="post-meta"><time>14/03/2026 08:30</time>
    Ningpawt:Kachin News GroupAmyu:<a>Hpaga</a></p>", a Metalsmith post's, Jingpho: source, section) and for the
    head of the text (is_meta_line)."""
    row = _glued_row(text, tz, dayfirst, sections)
    if row is None or (read is not None and len(row.labels) <= len(read.labels)):
        return None
    if read is None:
        return row
    # (what a known label read stays, unless it ran on into the row's next label or stopped short at the glue: the
    # row's value then, "Kuma:Mũsyĩ FMKĩlungu:Ũlĩmi", "Quelle:Kachin News GroupAmye: Hpaga")
    merged = MetaFields(**{**read.__dict__, "labels": row.labels, "residue": row.residue})
    for name in ("published_at", "source", "category"):
        mine, theirs = getattr(read, name), getattr(row, name)
        if theirs is not None and (mine is None or mine.startswith(theirs) or theirs.startswith(mine)):
            setattr(merged, name, theirs)
    if merged.published_at == row.published_at:
        merged.zone = row.zone
    return merged


# the word closing a newsroom's desk named after a byline ("By Jane Doe | Metro Desk", Hindi and Magahi "लेखक: सुनीता
# कुमारी | मगध बतकही डेस्क"; data, lower case: English, Hindi/Bihari, Urdu, German, Spanish, French)
_DESK_WORDS = frozenset("desk डेस्क ڈیسک redaktion redacción rédaction".split())


def _desk_after_bar(text: str, residue: str) -> bool:
    """``text`` is a byline, then a bar and a newsroom's desk, the unread ``residue``: a few words closing with a
    word of _DESK_WORDS."""
    words = residue.split()
    return (1 <= len(words) <= 4 and words[-1].lower() in _DESK_WORDS
            and re.search(r"\s[|｜]\s*" + re.escape(residue) + r"\s*$", text) is not None)


# A field of a metadata row: one word of a label, its colon, a short value opening with a letter
# ("Wolemba: Chikondi Banda", Chichewa: by); an abugida's vowel signs and tone marks are the label's letters
# (LETTER: "ผู้เฮียบเฮียง: กาบแก้ว อินต๊ะ", Northern Thai: compiled by, in a PivotX post's closing row)
_LABELLED_FIELD = re.compile(r"[^\W\d_]" + LETTER + r"{1,19}\s?[:：]\s*[^\W\d_][^:：|]{0,40}")
# (or middots, spaced: "De Maria Pinna · 17 de martzu 2026 · Setzione: Polìtica · Fonte: L'Unione Sarda", Sardinian)
_ROW_SEP = re.compile(r"\s+[|｜·]\s+")
# ... a date in a month's name newsbot does not know, a day and a year around it: "Ɔbɛnem 18, 2026" (Twi), "18
# Ɔbɛnem 2026" (the row's date field; the date itself is left to the page's other witnesses); a month's name of two
# words, a dateline's place before it ("Chuqiyapu, 17 Achuqa phaxsi 2026", Aymara: phaxsi, month); an apostrophe
# between the name's letters ("17. keväz'kud 2026", Veps: of March)
_UNREAD_MONTH = r"[^\W\d_](?:[^\W\d_]|['’ʼ](?=[^\W\d_])){2,14}"
_UNREAD_DATE = re.compile(r"(?:[^\W\d_][^\W\d_'’ʻ-]{1,30},\s+)?(?:" + _UNREAD_MONTH + r"\.?\s+\d{1,2},?\s+(?:19|20)\d\d|"
                          r"\d{1,2}\.?\s+(?:[^\W\d_]{2,15}\s+)?" + _UNREAD_MONTH + r"\.?,?\s+(?:19|20)\d\d)")
# (or between spaced dashes when no bar parts it: "Mustér, 14 da mars 2026 – da Gian Cadruvi – Rubrica: Politica")
_ROW_DASH = re.compile(r"\s+[–—]\s+")


def _byline_part(part: str, first: bool) -> bool:
    """A field of a row that is a byline without a label's colon: a short particle in lower case, then a name of
    two or three capitalised words ("da Gian Cadruvi", Romansh; "di Mario Rossi"), whatever the language; opening
    the row, the particle capitalised as the line's first word ("Ka Palesa Mokoena | Karolo: Moruo | …", Sesotho)."""
    words = part.split()
    particle = words[0] if words else ""
    return (3 <= len(words) <= 4 and len(particle) <= 4 and particle.isalpha()
            and (particle.islower() or first and particle[1:].islower())
            and all(w[:1].isupper() and w.isalpha() for w in words[1:]))


def _labelled_row(text: str, tz: str | None, dayfirst: bool, sections: frozenset[str]) -> MetaFields | None:
    """A row of three fields or more between bars (or spaced middots or dashes), one of them a date (a weekday beside it at most), one a source,
    category or byline field, each other a metadata field or a label with its colon and a short value: "Wolemba:
    Chikondi Banda | Lachiwiri, 17 Malichi 2026 | Gwero: Nyasa Times | Mitu: Ulimi" (Chichewa: by …, source …,
    topics …; labels newsbot does not know are not read; a byline without a label: _byline_part).  A row of prose between bars has no date field of its own,
    or fields longer than a label's; an event's box ("What: … | When: Saturday, 21 March 2026 | Where: …") names no
    source, section or writer."""
    seps = [_ROW_SEP] if len(_ROW_SEP.findall(text)) >= 2 else []
    # spaced dashes when no bar parts the row; a middot may stand inside a dash's field ("Mustér · 14 da mars 2026 –
    # da Gian Cadruvi – Rubrica: Politica", place and date), read by parse_meta_line
    if "|" not in text and "｜" not in text and len(_ROW_DASH.findall(text)) >= 2:
        seps.append(_ROW_DASH)
    for sep in seps:
        if (row := _row_of_fields(sep.split(text.strip()), tz, dayfirst, sections)) is not None:
            return row
    return None


def _bare_name(part: str) -> bool:
    """``part`` is a person's name alone: two or three capitalised words of letters ("Pape Sène")."""
    words = part.split()
    return 2 <= len(words) <= 3 and len(part) <= 40 and all(
        w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha() for w in words)


def person_shaped(value: str) -> bool:
    """``value`` is a person's name by its shape (_bare_name: "Cali Maxammad"), no outlet's word among its words: a
    name with one is an outlet's ("Radio Ucayali", "Siku Radio", as _dated_outlet_pair reads them)."""
    return _bare_name(value) and not _outlet_word_in(value)


def _outlet_word_in(value: str) -> bool:
    return any(word.lower() in OUTLET_WORDS for word in value.split())


def names_an_outlet(value: str) -> bool:
    """``value`` names an outlet by its words or its shape: an outlet's word among them ("Radio Ucayali", "V6AI
    Radio") or _outlet_shaped's ("Tifawt Press", "РИА Дагестан"); a person's name ("Cali Maxammad"), or any name in a
    script without capitals, where no shape sets a person apart ("ᐅᓂᐦᐊᑕᐤ ᑲᐦᑭᔭᐤ"), is none."""
    return _outlet_word_in(value) or _outlet_shaped(value)


def _row_of_fields(parts: list[str], tz: str | None, dayfirst: bool, sections: frozenset[str]) -> MetaFields | None:
    """_labelled_row's reading of the row's fields, split at one separator."""
    if len(parts) < 3:
        return None
    row = MetaFields()
    unread_date = False
    for at, part in enumerate(parts):
        found = parse_meta_line(part, tz, dayfirst, sections) if "|" not in part and "｜" not in part else None
        dated = found is not None and (found.published_at or found.updated_at) is not None
        if found is not None and (not found.residue or dated and len(found.residue) <= 20
                                  and len(found.residue.split()) <= 2):
            for name in ("published_at", "updated_at", "source", "category", "author", "zone"):
                if getattr(row, name) is None:
                    setattr(row, name, getattr(found, name))
            row.labels += found.labels
        elif _UNREAD_DATE.fullmatch(part):
            unread_date = True
        elif at == len(parts) - 1 and at >= 2 and row.category and (row.published_at or row.updated_at) \
                and _bare_name(part):
            # the row's last field a bare name after its date and one of the site's sections: the writer, as a
            # Markdown post's italic line lists place and date, section, author ("Fatick, 9 Mars 2026 · Aada · Pape
            # Sène", a Docsify post in Serer)
            row.author = row.author or part
        elif (_LABELLED_FIELD.fullmatch(part) is None or len(part.split()) > 5) and not _byline_part(part, at == 0):
            return None
    named = row.source or row.category or row.author
    return row if (row.published_at or row.updated_at or unread_date) and named else None


# A wire dateline opening the story credits its source: "KRAKÓW (PAP) – …", "FRANKFURT/MAIN (dpa) – …",
# "MADRID, 3 mar (EFE).- …", "București, 14 mar /Agerpres/ - …", "МОСКВА, 14 апреля. /ТАСС/. …",
# "नई दिल्ली, 15 मार्च (भाषा) …" (city, date, agency, no dash), "Toshkent, 11-mart (UzA) — …" (Uzbek and Kyrgyz
# join the day to the month with a hyphen: "11-март").  Anchored; the place is short.
_DATELINE = re.compile(
    r"[^\W\d_][^()（）\n]{0,40}?"
    # (a month's name as "not a space, digit or bracket": Python's \w leaves out the vowel signs of Devanagari)
    # (or all digits, the year too: "Kinshasa, 17/03/2026 (ACP).-", not read as a "/03/" credit)
    # (its year after the month's name: "पूर्णिया, 10 मार्च 2026 (यूएनआई) —", Purnia, 10 March 2026 (UNI))
    r"(?P<date>,\s*(?:(?:\d{1,2}(?:\.?\s+|-)[^\s\d().,/]{2,14}|[^\W\d_][^\s\d().,/]{2,13}\s+\d{1,2})"
    r"(?:,?\s+\d{4})?|\d{1,2}([./-])\d{1,2}\2(?:\d{4}|\d{2}))\.?)?\s*"
    r"(?:[(（](?P<paren>[^()（）]{2,30})[)）]|/(?P<slash>[^/()\n]{2,30})/)"
    # (a Chinese paper's dateline closes with a double em dash, no space after it or one: "福州（中新社）——福州地鐵 …",
    # a Discuz portal article's "上海（中新社）—— 上海动物园 …")
    r"(?P<mark>\.?\s*[-–—]\s|\.?\s*[-–—]$|\.\s|:\s|——(?=\s?[\u3400-\u9fff]))?"
)


# What a dateline may carry, in capitals or not, that is no credit: "KRAKÓW (FOTO) –", "LONDON (UPDATED) -",
# an editor's mark of the story's kind "BERLIN, 3. März (Exklusiv) –", "PARIS, 14 juillet (Commentaire) –"
# the word naming a broadcaster's service after its initials ("RNZ Pacific", "BBC Mundo", "NHK World", "CNN Business",
# "VOA Africa", "RFI Afrique"; data, lower case)
_SERVICE_WORDS = frozenset("pacific world mundo business international africa afrique arabic árabe brasil persian urdu "
                           "hindi bangla español asia online".split())

_DATELINE_MARKERS = frozenset(
    "video videos foto fotos photo photos wideo audio live update updated exclusive breaking galerie gallery "
    "zdjęcia zdjecia opinion analysis interview infographic map mapa видео фото відео वीडियो फोटो "
    "exklusiv exclusif exclusivo exclusiva esclusiva eksklusiv kommentar commentaire comentario commento "
    "komentarz analyse análisis analisi analiza reportage reportaje reportagem entrevista intervista "
    "correspondant correspondent corresponsal korrespondent envoyé enviado inviato".split()
)


# "ԵՐԵՎԱՆ, 13 մարտի, ԱՐՄԵՆՊՐԵՍ։ …", "YEREVAN, MARCH 13, ARMENPRESS. …": place, date, then the agency in capitals
# closing the dateline with a full stop (any script's: "։", "।", "。") or a dash.  Anchored; checked in _caps_credit.
_CAPS_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,2}),\s*(?P<date>[^,\n]{2,25}),\s*"
    r"(?P<quote>[" + _OPEN_QUOTES + r"])?(?P<agency>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,2})(?(quote)["
    + _CLOSE_QUOTES + r"])"
    r"(?:\s*[.։:。।]|\s+[-–—])\s"
)


def _caps_credit(head: str) -> str | None:
    """The agency of a dateline written in capitals without brackets: the agency in capitals (a script with
    case), a date with a digit between it and the place.  "BRUSSELS, March 3, NATO said" is no dateline (no stop
    after the name).  The place in capitals too, or, written as a name ("Quba, 11 mart, AZƏRTAC.", "Paris, 3 mars,
    AFP."), the date a day and a month's name and the agency a known one (WIRE_AGENCIES): "Berlin, 3 Tore, SPD."
    is no dateline, nor "Tuesday, 3 March, ITV. The documentary …" (any capitalised word opens a sentence)."""
    match = _CAPS_DATELINE.match(head)
    if match is None or not any(ch.isdigit() for ch in match.group("date")):
        return None
    place, agency = match.group("place"), match.group("agency")
    # an agency's house style sets its name in quotes after the date (Tatar-inform's "Казан, 14 март,
    # «Татар-информ». …"): quoted in that place, a capitalised name is the credit as capitals are
    quoted = match.group("quote") is not None and agency[0].isupper()
    if not (agency.isupper() or quoted) or agency.lower() in _DATELINE_MARKERS:
        return None
    if place.isupper():
        return agency
    if not place[0].isupper() or not (quoted or agency.lower() in WIRE_AGENCIES):
        return None
    found = find_date(match.group("date") + " 2000")  # (a dateline's date has no year: one added to read it)
    return agency if found is not None and found.start == 0 else None


# a Chinese wire's dateline: agency, place, (month,) day and 電/电 ("（法新社東京17日電）", "新华社北京3月15日电"):
# the agency a news agency's "社"
_CJK_NUM = "0-9０-９〇一二三四五六七八九十廿卅"
_CJK_DATELINE = re.compile(r"^\s*[（(【]?(?P<agency>[\u3400-\u9fff]{1,6}社)[\u3400-\u9fff]{1,8}?(?:[" + _CJK_NUM
                           + r"]{1,3}月)?[" + _CJK_NUM + r"]{1,3}日[電电]")


# a Japanese wire's dateline: the place and the agency's short name in lenticular brackets, no date, no 電
# ("【那覇共同】…", Kyodo's style, as papers print it; "【ワシントン時事】…", Jiji's): the agency a known one's name
# in kanji (WIRE_AGENCIES) closing the bracket after a place of one to eight characters
_JA_WIRE_DATELINE = re.compile(r"^\s*【(?P<place>[\u3040-\u30ff\u3400-\u9fff]{1,8}?)(?P<agency>共同|時事)】")
# ... not a compound's first half before 共同 ("joint"): "【産学共同】" (industry-academia joint), "【官民共同】", "【日米共同】"
# (a kicker over a joint statement or project); two or three countries' one-character names run together (日米, 米中,
# 日米韓) name partners, no place
_JA_JOINT_PARTNERS = frozenset(
    "産学 産官 産官学 産学官 官学 官民 公民 労使 労資 男女 国際 民間 全党 与野党 超党派 地域 家族 親子 市民 住民 大学 企業".split())
_JA_COUNTRY_CHARS = re.compile(r"[日米中韓朝英仏独露豪印欧加台伊蘭]{2,3}")


# the characters closing a Chinese newsroom's name in a dateline without a space after its dash (an agency's 社:
# 中新社, 新華社; a paper's 報/报, a site's 網/网, a broadcaster's 台)
_CJK_NEWSROOM_ENDS = ("社", "報", "报", "網", "网", "台")


# the words closing a newspaper's name (data, lower case): of two or three words ("Hindustan Times", "Saipan
# Tribune", "Daily Variety"), which no region or place after a dateline's place ends with ("Nova Scotia",
# "Downing Street")
_PAPER_WORDS = frozenset("post times tribune herald journal daily zeitung gazette chronicle courier variety".split())
# "post" is a place too, after a common noun of what is posted there ("TORKHAM (Border Post) —", "(Trading Post)",
# "(Army Post)", "(Police Post)"): no paper's name (data, lower case)
_PLACE_POST_WORDS = frozenset("border trading army military police command guard frontier customs observation "
                              "checkpoint listening staging forward relay mission fire aid coast research".split())
# the words closing a newsroom's one-word brand (data, lower case: news, press, post, a broadcaster's, a news desk's;
# the outlets' words of OUTLET_WORDS and the papers' of _PAPER_WORDS too): "SAnews", "CNNMoney", "PressTV",
# "HuffPost".  Only closing it: opening a name, "Media", "Post" are a retailer's, a bank's too ("MediaMarkt",
# "PostFinance")
# (and "info", Russian "инфо", closing a regional agency's brand: "АНАДЫР (ЧукотИнфо) —", Chukotka's, as
# "ТуваИнфо", "KavkazInfo"; a region's or a place's name has no capital inside it; and "inform", "информ", as the
# Khanty-Mansi "ЁМВОШ (ЮграИнформ) —", "SakhaInform")
_BRAND_NEWS_WORDS = OUTLET_WORDS | _PAPER_WORDS | frozenset(
    "radio tv fm online money business info инфо inform информ".split())


# ... and the words closing a newsroom's one-word name in a script without capitals in use, where no change of case
# sets them apart (data: Georgian "news", "press", "media" as borrowed, with the nominative's "-ი":
# "ინტერპრესნიუსი", Interpressnews)
_CASELESS_NEWS_WORDS = ("ნიუსი", "პრესი", "მედია")


def _brand_news_word(credit: str) -> bool:
    """``credit`` (one word) ends with one of _BRAND_NEWS_WORDS that a change of case sets apart ("SA|news",
    "CNN|Money"), after two letters or more."""
    low = credit.lower()
    for word in _BRAND_NEWS_WORDS:
        cut = len(credit) - len(word)
        if cut >= 2 and low.endswith(word) and (credit[cut].isupper() or credit[cut - 1].isupper()):
            return True
    return False


# prefixes joined by a hyphen to a name, a stance or a compound's, not an agency's word ("Pro-EU", "Anti-NATO",
# "Euro-MP"; Russian "Про-", "Анти-")
_HYPHEN_PREFIXES = frozenset((
    "pro", "anti", "ex", "non", "neo", "post", "pre", "pan", "euro", "afro", "sino", "anglo", "franco", "indo",
    "trans", "inter", "multi", "semi", "ultra", "super", "counter", "про", "анти", "пост", "экс", "нео", "пан",
    # a kind of media's, no outlet's ("KYIV (Mass-Media)", "(Social-Media)", "(Word-Press)": review 26 F4)
    "mass", "social", "cross", "word", "масс", "соц",
))


def _initialled_name(credit: str, place: str = "") -> bool:
    """``credit`` is a capitalised word, then a hyphen and an initialism of two to four capitals: "Инфо-РМ"; or a
    capitalised outlet's word (OUTLET_WORDS): a regional agency's "Хакас-Пресс" (Khakas press, a Terminal theme's
    "ТАШТЫП (Хакас-Пресс) —"); not "Baden-Württemberg", "Côte-d'Or", "UK-EU"; not a place and its code repeating the
    dateline's ``place`` ("AUSTIN (Austin-TX)"), nor a prefix's compound ("BRUSSELS (Pro-EU)", _HYPHEN_PREFIXES)."""
    parts = credit.split("-")
    if len(parts) != 2 or not all(part.isalpha() for part in parts):
        return False
    word, initials = parts
    outlet = initials[0].isupper() and initials[1:].islower() and initials.lower() in OUTLET_WORDS
    return (len(word) >= 3 and word[0].isupper() and word[1:].islower()
            and (2 <= len(initials) <= 4 and initials.isupper() or outlet) and word.lower() not in _HYPHEN_PREFIXES
            and word.lower() not in place.lower().split())


def _initials_joined(credit: str) -> bool:
    """``credit`` is two words of letters joined by a hyphen, one of them holding two capitals or more: an agency's
    initials and a word ("КъБР-Пресс"), not a region's two names ("Baden-Württemberg", "Côte-d'Or")."""
    parts = credit.split("-")
    return (len(parts) == 2 and all(part.isalpha() for part in parts)
            and any(sum(ch.isupper() for ch in part) >= 2 for part in parts))


def dateline_credit(paragraph: str) -> str | None:
    """The agency a wire dateline opening ``paragraph`` credits, when the form is certain.

    A credit in parentheses is one when it is a known agency (WIRE_AGENCIES), or is
    written without lower-case letters (``(KNA)``, ``(ANKA)``, a script without case:
    ``(भाषा)``) and closes the dateline (a dash after it, or a date before it).  A
    mixed-case name in parentheses may be a region (``BEAUNE (Côte-d'Or) -``), a
    holiday after a date (``Paris, 14 July (Bastille Day) …``): not taken.  The
    slash form (``/Agerpres/``) is a credit by itself once a dash or a date closes it.
    The dateline stays in the body: it is part of the story as written.
    """
    head = paragraph[:90]
    if cjk := _CJK_DATELINE.match(head):
        return cjk.group("agency")
    if (ja := _JA_WIRE_DATELINE.match(head)) and ja.group("place") not in _JA_JOINT_PARTNERS \
            and not _JA_COUNTRY_CHARS.fullmatch(ja.group("place")):
        return ja.group("agency")
    if "(" not in head and "/" not in head and "（" not in head:
        return _caps_credit(head) if head.count(",") >= 2 else None
    match = _DATELINE.match(head)
    if match is None or not (match.group("mark") or match.group("date")):
        return None
    credit = (match.group("paren") or match.group("slash")).strip()
    words = credit.split()
    # a broadcaster's name and its channel's number ("PAPEʻETE (Radio 1) —", "(Rádio 5) –"): the only digits taken
    numbered = 2 <= len(words) <= 3 and words[0].lower() in _NEWSCAST_WORDS and words[0][:1].isupper() \
        and words[-1].isdigit() and len(words[-1]) <= 2
    # (a known agency's initials in capitals are its credit, whatever word they spell: "AGADIR (MAP) —", the Maghreb
    # Arabe Presse, is no map's marker; "(Map)", "(map)" are)
    if not credit or (any(ch.isdigit() for ch in credit) and not numbered) or len(words) > 4 \
            or credit.lower() in _DATELINE_MARKERS and not (credit.isupper() and credit.lower() in WIRE_AGENCIES):
        return None
    if match.group("mark") == "——" and not credit.endswith(_CJK_NEWSROOM_ENDS):
        return None  # ("福州（福建）——…": a province after the city, no newsroom)
    if match.group("slash") or credit.lower() in WIRE_AGENCIES or not any(ch.islower() for ch in credit):
        return credit
    # an agency's short name in mixed case, the dateline whole (a date before it, a dash after): "Almaty, 3-mart
    # (KazTAG) —", "Minsk, 3 March (BelTA) –".  One word of letters, two capitals at least, the last letter one
    # (the agency's initials close it: Telegraph Agency, TA): "(Bastille Day)", a region "(Côte-d'Or)", a paper's
    # name "(Detik)", a company's or a team's "(BioNTech)", "(McLaren)" are no agency's
    if match.group("date") and match.group("mark") and credit.isalpha() and len(credit) <= 10 \
            and sum(ch.isupper() for ch in credit) >= 2 and credit[-1].isupper():
        return credit
    # a mixed-case name closing a dateline whose place is in capitals and which states a date ("QUSQU, 12 pawqar
    # waray (Andina) –", "PÒTOPRENS, 12 mas (AlterPresse) —"): the form is the wire's, whatever the month's words;
    # a region after a place ("BEAUNE (Côte-d'Or) -") has no date, an aside after a date ("Paris, 14 July
    # (Bastille Day)") no place in capitals nor a dash.  One word, as the wire's name is: an editor's mark
    # "(De notre envoyé spécial)", "(Enviado especial)" or a place "(Downing Street)" has more
    # (or two words of letters joined by a hyphen, one of them initials of two capitals or more: "НАЛШЫК, Гъатхэпэм
    # и 4 (КъБР-Пресс) —", the Kabardino-Balkarian republic's "КъБР" and press; a region's "Baden-Württemberg" has a
    # capital to each word)
    place, comma, date = head[:match.start("paren") - 1].partition(",")
    mark = match.group("mark") or ""
    if comma and place.strip().isupper() and credit[0].isupper() and (credit.isalpha() or _initials_joined(credit)) \
            and any(dash in mark for dash in "-–—") \
            and any(ch.isdigit() for ch in date) and len(date.split()) <= 4:
        return credit
    # ... or without a date, an outlet's brand: one word of letters in mixed case, two capitals or more, closed by a
    # newsroom's word (_BRAND_NEWS_WORDS) at a change of case ("POLOKWANE (SAnews) —", "NEW YORK (CNNMoney) —"): a
    # region or river after a place is a name's one capital ("FRANKFURT (Oder) –") or more words ("BEAUNE
    # (Côte-d'Or) -"), a company's or a region's short name has no such word ("MAINZ (BioNTech) –", "WEIDEN (OPf) –")
    if not comma and place.strip().isupper() and credit[0].isupper() and credit.isalpha() \
            and any(ch.islower() for ch in credit) and sum(ch.isupper() for ch in credit) >= 2 \
            and any(dash in mark for dash in "-–—") and _brand_news_word(credit):
        return credit
    # ... or, in a script whose text has no capitals (Georgian's Mkhedruli: "ფოთი (ინტერპრესნიუსი) —", a ColibriWP
    # post's dateline), where no case sets the place or a brand apart, one word closed by a newsroom's word of that
    # script (_CASELESS_NEWS_WORDS, after two letters or more): a region after the place has none ("ფოთი (სამეგრელო) —")
    if not comma and not any(ch.isupper() for ch in head[:match.end()]) and credit.isalpha() \
            and any(dash in mark for dash in "-–—") \
            and any(credit.endswith(word) and len(credit) - len(word) >= 2 for word in _CASELESS_NEWS_WORDS):
        return credit
    # ... or a word and an initialism joined by a hyphen, a regional agency's name ("САРАНСКОЙ (Инфо-РМ) —", РМ the
    # republic's initials): a region after a place is two names ("BADEN (Baden-Württemberg) –"), no initialism
    if not comma and place.strip().isupper() and any(dash in mark for dash in "-–—") and _initialled_name(credit, place):
        return credit
    # ... or two or three capitalised words closed by an outlet's word (OUTLET_WORDS: "MADANG (Pasifik Nius) —",
    # "TOKYO (Kyodo News) —") or a newspaper's (_PAPER_WORDS: "NEW DELHI (Hindustan Times) —"), or a broadcaster's with
    # its number ("PAPEʻETE (Radio 1) —"): a newsroom's name; a place ("LONDON (Downing Street) -") or a region has
    # no such word
    if not comma and place.strip().isupper() and 2 <= len(words) <= 3 and any(dash in mark for dash in "-–—") \
            and (numbered or ((words[-1].lower() in OUTLET_WORDS or words[-1].lower() in _PAPER_WORDS)
                              and all(word[:1].isupper() and word.isalpha() for word in words)
                              and not (words[-1].lower() == "post" and words[-2].lower() in _PLACE_POST_WORDS))):
        return credit
    # ... or a broadcaster's initials and its service's name, two words ("MAJURO (RNZ Pacific) —", Radio New Zealand's
    # Pacific desk, as "(BBC Mundo)", "(NHK World)"): initials of three to five capitals, then a service's word
    # (_SERVICE_WORDS); a country's two ("(US Senate)", "(UK Parliament)") are a body's, a picture's "(AFP Photo)" is
    # a marker, and any other word is a body's or an event's ("(NATO Summit)", "(NHS England)", "(NASA Johnson)")
    if not comma and place.strip().isupper() and len(words) == 2 and any(dash in mark for dash in "-–—") \
            and words[0].isalpha() and words[0].isupper() and 3 <= len(words[0]) <= 5 \
            and words[1].isalpha() and words[1][:1].isupper() and words[1][1:].islower() \
            and words[1].lower() in _SERVICE_WORDS:
        return credit
    # ... or the edition of an agency publishing editions named for a country ("АҞӘА (Sputnik Аҧсны) –", "TBILISI
    # (Sputnik Georgia) —"): one or two capitalised words, no editor's mark; not any agency's name before a word (an
    # agency named as a word is a province's or a company's: "HALIFAX (Nova Scotia) —", "(CP Rail)", "(AAP Image)")
    if place.strip().isupper() and 2 <= len(words) <= 3 and words[0].lower() in _EDITION_AGENCIES \
            and all(word[:1].isupper() and word.isalpha() and word.lower() not in _DATELINE_MARKERS
                    for word in words[1:]) and any(dash in mark for dash in "-–—"):
        return credit
    return None


def dateline_name(paragraph: str) -> str | None:
    """The name between brackets of a wire dateline opening ``paragraph`` in the wire's form, whether or not it is
    certainly a credit (dateline_credit): the place in capitals, one to three capitalised words in brackets, a dash
    after them ("PUCALLPA (Andina) — …", "ИНЧХЕ (Ёлдаш) — …").  A region after a place has that form too ("FRANKFURT
    (Oder) –", "МАХӀАЧХЪАЛА (Дагестан) —"), so the name is a credit only with another witness on the page naming it
    (closing_witness: "Jawen joi: Andina" closing the story); None for a bracket inside a sentence, after a place
    written as a name, or without the dash."""
    match = _DATELINE.match(paragraph[:90])
    if match is None or match.group("paren") is None or not any(dash in (match.group("mark") or "") for dash in "-–—"):
        return None
    place = _STATE_AFTER_PLACE.sub("", paragraph[:match.start("paren") - 1].strip())
    name = match.group("paren").strip()
    words = name.split()
    # (in capitals, or in a script that has none: "ምጽዋዕ (ኤሪና) —", Tigre, Massawa (ERINA); "नई दिल्ली (भाषा) —")
    if not (place.isupper() or all(map(_caseless_word, place.split()))) or "," in place \
            or not 1 <= len(words) <= 3 \
            or not all((word[:1].isupper() and word.isalpha()) or _caseless_word(word) for word in words):
        return None
    return name


# a state's abbreviation after the place, as the wires write it ("PÁTZCUARO, Mich. (Quadratín) —", "JACKSON, Miss.
# (AP) —"): part of the place
_STATE_AFTER_PLACE = re.compile(r",\s+[A-Z][a-z]{1,4}\.$")


def _caseless_word(word: str) -> bool:
    """``word`` is written in letters of no case (_caseless), with their marks (Ge'ez "ኤሪና", Devanagari "भाषा")."""
    return any(ch.isalpha() for ch in word) and all(_caseless(ch) or (is_word_char(ch) and not ch.isalnum())
                                                     for ch in word)


# the label of a line crediting the story: one to three words of letters before its colon ("Jawen joi:", Shipibo:
# where it comes from; "Fuente:"), in any language
_WITNESS_LABEL = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*(?: [^\W\d_]+(?:['’ʼ-][^\W\d_]+)*){0,2}")


def closing_witness(text: str, name: str | None) -> bool:
    """``text``, a short line after the story, is a label and ``name`` alone, the name a wire dateline's brackets
    hold (dateline_name): "<p class="fuente">Jawen joi: Andina</p>" closing a Perch post that opens "PUCALLPA
    (Andina) — …".  The dateline and the line witness each other: the name is the story's source, the line its
    credit, whatever the label's language.  A line naming another name ("Jawen joi: Radio Ucayali"), a sentence
    ("Lima is the capital of Peru"), or a name with no such dateline, is none."""
    if not name or len(text) > 80:
        return False
    for colon in LABEL_COLONS:
        label, found, value = text.partition(colon)
        if found:
            return bool(_WITNESS_LABEL.fullmatch(label.strip())) and value.strip().casefold() == name.casefold()
    return False


def dateline_date(paragraph: str, tz: str | None = None, dayfirst: bool = False) -> str | None:
    """The date of a wire dateline opening ``paragraph`` whose credit is certain (:func:`dateline_credit`), when
    it states the year: "Kinshasa, 17/03/2026 (ACP).- …" is 2026-03-17; "MADRID, 3 mar (EFE).- …" has no year."""
    match = _DATELINE.match(paragraph[:90])
    if match is None or not match.group("date") or dateline_credit(paragraph) is None:
        return None
    found = find_date(match.group("date").strip(" ,."), tz, dayfirst)
    return found.value if found is not None else None


# A field of a row of labels newsbot does not know: a label of one to four words, its colon, a short value
# ("Kuzwa ku: Radio Chikuni", Tonga: from; "Ōвыл: ЮграИнформ", Mansi; "Fu pe a kon: Radio Boskopu", Ndyuka: where it
# comes from)
_COINED_FIELD = re.compile(r"(?P<label>" + LABEL_WORD_INNER + "(?: " + LABEL_WORD_LOOSE + r"){0,3})"
                           r"\s?[:：]\s*(?P<value>[^\W\d_][^:：]{0,39})")
# a date field's own label, alone beside its date ("Dxi: 09/03/2026 08:30"): one to three words, its colon
_COINED_DATE_LABEL_TEXT = LABEL_WORD_PLAIN + "(?: " + LABEL_WORD_PLAIN + r"){0,2}\s?[:：]"
# (a weekday's name no table knows may stand between, its comma after it: "Efimbo: Etitano, 5 Maalitsa 2026, 16:20",
# Kwanyama: time, Friday)
_COINED_DATE_LABEL = re.compile(_COINED_DATE_LABEL_TEXT + r"(?:\s*[^\W\d_]{3,15})?")
_COINED_DATE_LABEL_ONLY = re.compile(_COINED_DATE_LABEL_TEXT)
# the fields of such a row parted by spaced middots, bars, bullets or dashes ("<time>11.02.2026, 08:20</time> — Mɔɔ
# ɔvi: Joy News — Ɛleka: Adwuma", a Monstra post's, Nzema), or by a line break read as a space before the next
# "Label: " ("Uvlua: 03/12/2026 Aullaġvia: Siku Radio Ilaŋa: …", a Piranha post's lines under <br>)
# (or by a spaced tilde, "… ~ Pisi → Politiki ~ 08-03-2026", or by a bar with no spaces, a row run together:
# "Tɛmui:12/03/2026|Kelide:Guinée Matin|Yire:<a>Politiki</a>", a CouchCMS post's first paragraph, Susu)
# (or by a spaced double bar, "<b>Etu</b> 11.03.2026, 9:15 ‖ <b>Ejini</b> UBC ‖ <b>Kuru</b> Azo", an OpenCms
# story's, Lugbara: date, from, section; or by the bullet operator U+2219 typed for a middot: "Ntsiku: 09/03/2026,
# 10h15 ∙ Kubulukira: Rádio Moçambique ∙ Gawo: Thanzi", a Wolf CMS post's italic first paragraph, Sena: day, from,
# section)
# (or by spaced fraction slashes, U+2044, "ALGO› 11-03-2026 10:15 ⁄ NALPUAN› Radyo Sagada ⁄ SEKSYON› Salun-at", below)
# (or by spaced black diamonds, "… ◆ AHU GARUGIRE Radio Voice of Kigezi ◆ …", below)
_UNDASHED_SEPS = "|｜‖¦·•∙~〜⁄◆◇♦"
_COINED_SEP = re.compile(r"\s+[" + _UNDASHED_SEPS + r"—–]\s+|\s*[|｜]\s*")
# ... or by spaced double slashes, a theme's separator ("Jawen joi: Radio Ucayali // Nete: 15/03/2026 · 08:45 //
# Tsinkiti: Raome", a Perch post's meta-run, Shipibo: from, date, section): in such a row the slashes alone part the
# fields, a middot inside one is the field's own (the date's and its time's)
_COINED_SLASHES = re.compile(r"\s+//\s+")
# an arrow pointing each label at its value, in a row of two such fields or more, where a colon stands in others
# ("Fu pe a kon → Radio Boskopu ~ Pisi → <a>Politiki</a> ~ 08-03-2026", a DatoCMS post's first paragraph, Ndyuka:
# where it comes from, section): read as the colon it stands for
# (or a spaced swung dash, U+2053: "AKÖÖL ⁓ 05·03·2026, 16h20 • WËL BƆ̈ TËNË ⁓ Radio Jonglei • AKUT ⁓ Pïïr", a Sphinx
# post's typed row, Dinka: day, from whom, section)
ARROW_MARKS = "→⇒➜➔➝➞⟶⁓"
_COINED_ARROW = re.compile(r"\s+[" + ARROW_MARKS + r"]\s+")
_ARROW_MARKS = re.compile("[" + ARROW_MARKS + "]")
# labels marked otherwise than by a colon, in a row of two such fields or more, read as the colon each stands for:
# an equals sign after each label, semicolons between the fields (_EQUALS_LABEL: "<strong>Ulusiku</strong> =
# 05.03.2026 (16:20); <strong>Ukufuma</strong> = Kyela FM; <strong>Ikipanga</strong> = Ubumi", a Trac post's typed
# row, Nyakyusa: day, from, section); each label in square brackets (_BRACKET_LABEL: "<b>[Lishuku]</b> 12/03/2026
# 09.40 <b>[Kulawa]</b> Redio Newala FM <b>[Shipande]</b> Lyumi", a PHP-Fusion item's, Makonde); an angle quote glued
# to each label (_ANGLE_LABEL: "ALGO› 11-03-2026 10:15 ⁄ NALPUAN› Radyo Sagada ⁄ SEKSYON› Salun-at", an Ibexa
# article's, Kankanaey) (spaced on both sides, an angle quote is a trail's step: "Home › News")
_EQUALS_LABEL = re.compile(r"(?:^|;\s+)(" + LABEL_WORD_INNER + "(?: " + LABEL_WORD_PLAIN + r"){0,2}) = ")
_BRACKET_LABEL = re.compile(r"(?:^|\s+)\[(" + LABEL_WORD_INNER + "(?: " + LABEL_WORD_PLAIN + r"){0,2})\]\s+")
# (a row with a label's colon, after a letter, is read as it is: a clock's, "10:15", is none)
_LABEL_COLON = re.compile(r"[^\W\d_][:：]")
_ANGLE_LABEL = re.compile(r"(?:^|(?<=\s))(" + LABEL_WORD_INNER + r")[›»]\s+")
# ... or a slash glued to each label, a space after it ("<strong>Balla</strong>/ 05.03.2026, 16:20 saate ·
# <strong>Ka'immi</strong>/ Hadiyya FM 93.8 · <strong>Kifile</strong>/ Fayya", a Sulu article's typed row, Hadiyya:
# day, from, section); a date's slashes have no space after them, a value's spaced slash none glued before it
_SLASH_LABEL = re.compile(r"(?:^|(?<=\s))(" + LABEL_WORD_INNER + r")/\s+")
_COINED_NEXT_LABEL = re.compile(r"\s+(?=[^\W\d_](?:[^\W\d_'’ʼ-]|-(?=[^\W\d_])){1,20}[:：]\s)")
# ... or by a spaced slash before each next "Label: " ("<b>Ekiro:</b> 09.03.2026, 10h15 / <b>Erilwa:</b> Radio Moto /
# <b>Ekikyalo:</b> Obulamu", a dotCMS post's typed row, Nande: day, from, section); a slash before no label is a
# value's own ("Radio Moto / Beni")
_COINED_SLASH_LABEL = re.compile(r"\s+/\s+(?=(?:[^\W\d_][^\W\d_'’ʼ-]{0,20} ){0,2}[^\W\d_][^\W\d_'’ʼ-]{1,20}[:：]\s)")
# a date field whose month's name the date reader does not know, its day and year in figures around one word
# ("Tukweji: 10 Kasumpa 2026", Lunda: date, March), or two or three ("Nino: 5 Dwe Adek 2026, 16:20", Lango: day,
# the third month; Luo's "Dwe mar Adek"), a time of day after the year or not: a date by its shape, the row's, its
# value left to the page's other dates
_COINED_UNREAD_DATE = re.compile(_COINED_DATE_LABEL_TEXT + r"\s*\d{1,2}\.?\s[^\W\d_]{3,15}(?:\s[^\W\d_]{2,15}){0,2}\.?,?"
                                 r"\s(?:19|20)\d\d(?:,?\s\d{1,2}[:.h]\d\d)?")


# a word after a date's time of day, its hour's (Hadiyya "saate", "16:20 saate"): one short word, nothing after it
_HOUR_WORD = re.compile(r"\s*[^\W\d_]{1,6}\.?\s*")
# ... and the abbreviations of "hour" a line closes its time with outside a row ("09:05 hr", "09:05 Uhr")
_HOUR_ABBREVIATION = re.compile(r"\s*(?:h|hr|hrs|hs|uhr|ч)\.?\s*", re.IGNORECASE)
# a radio station's frequency closing its name (87.5-108 MHz, written with its decimal)
_FREQUENCY = re.compile(r"(?:8[7-9]|9\d|10[0-8])[.,]\d")
_CHANNEL = re.compile(r"\d{1,2}")  # a station's channel number ("BBC Radio 4")


def coined_field(text: str) -> tuple[str, str] | None:
    """The label and value of ``text`` when it is one field under a label of one to three words in any language
    (_COINED_FIELD: "Dɔɔnwo wɔ: Ayile", Nzema: more in), else None."""
    match = _COINED_FIELD.fullmatch(text.strip())
    return (match.group("label"), match.group("value").strip()) if match else None


def coined_parts(text: str) -> list[str]:
    """The fields of a row of coined labels, parted at spaced double slashes, else at a separator (_COINED_SEP), else
    before each next "Label: " ("Ungat kari: Bola · Pnaah: CNA", Truku: more words, origin: two); ``text`` alone
    when it is one field."""
    parts = _COINED_SLASHES.split(text)
    if len(parts) < 2:
        parts = _COINED_SEP.split(text)
    if len(parts) < 2:
        parts = _COINED_SLASH_LABEL.split(text)
    if len(parts) < 2:
        parts = _COINED_NEXT_LABEL.split(text)
    return parts


# ... or by capitals alone, each field opening with its label of one to three words in upper case, no mark after it,
# the value in lower case or capitalised ("<strong>EIZOOBA</strong> 05.03.26 saaha 16:20 ◆ <strong>AHU
# GARUGIRE</strong> Radio Voice of Kigezi ◆ <strong>EKICWEKA</strong> Amagara", a Mailchimp campaign's typed row,
# Rukiga: day, from where, section): asked of a row its separators part (_COINED_SEP)
_UNDASHED_SEP = re.compile(r"\s+[" + _UNDASHED_SEPS + r"]\s+|\s*[|｜]\s*")
# (a spaced dash after each label too: "LUSHIKU — 5.3.2026, 16:20 ‖ NZILA — Redio Faraja ‖ SHIGAWO — Bhuzima", Sukuma)
_CAPS_LABEL = re.compile(r"(?P<label>[^\W\d_a-z]{2,}(?: [^\W\d_a-z]{2,}){0,2})(?: [—–])? (?=\S*[^\W\d_A-Z]|\d)")


def _caps_labels(text: str) -> str | None:
    """``text``, a row of two fields or more each opening with a label in capitals (_CAPS_LABEL), with a colon after
    each label; None when it is no such row.  (Parted by another separator than a dash, a spaced dash after each
    label is its colon's: "LUSHIKU — 5.3.2026 ‖ NZILA — Redio Faraja".)"""
    parts = _UNDASHED_SEP.split(text)
    if len(parts) < 2:
        parts = _COINED_SEP.split(text)
    if len(parts) < 2:
        return None
    labelled = []
    for part in parts:
        if (m := _CAPS_LABEL.match(part)) is None or not m.group("label").isupper():
            return None
        labelled.append(f"{m.group('label')}: {part[m.end():]}")
    return " · ".join(labelled)


def _colon_labels(text: str) -> str:
    """``text`` with the labels of a row of two fields or more marked by an arrow (_COINED_ARROW), an equals sign, a
    bracket or an angle quote (_EQUALS_LABEL, _BRACKET_LABEL, _ANGLE_LABEL) written as "Label: ", each field after the
    first opened with a middot where nothing parted them (the row's fields as coined_parts splits them); else ``text``
    as it is."""
    # (each pattern tried only on a line holding its mark: most lines hold none, and the patterns try a word at every
    # space)
    if _ARROW_MARKS.search(text) and len(_COINED_ARROW.findall(text)) >= 2:
        return _COINED_ARROW.sub(": ", text)
    if sum(1 for word in text.split() if len(word) > 1 and word.isupper()) >= 2 \
            and (labelled := _caps_labels(text)) is not None:
        return labelled
    for pattern, mark, parted in ((_EQUALS_LABEL, " = ", False), (_BRACKET_LABEL, "[", False), (_ANGLE_LABEL, "›", True),
                                  (_ANGLE_LABEL, "»", True), (_SLASH_LABEL, "/ ", True)):
        if text.count(mark) >= 2 and len(pattern.findall(text)) >= 2:
            return pattern.sub(lambda m, parted=parted: ("" if m.start() == 0 or parted else " · ") + m.group(1) + ": ",
                               text).strip()
    return text


def _coined_label_over_date(part: str, tz: str | None, dayfirst: bool) -> bool:
    """``part`` is a coined label over a date line the date reader reads whole, its own words around the date
    ("ยามลงข่าว: วันที่ ๑๒ พ.ค. ๒๕๖๙ เวลา ๐๘.๓๐ น.", Northern Thai: time the news went up: day 12 May 2569 at
    08.30 o'clock, a PivotX post's typed row)."""
    label, colon, value = part.partition(":")
    if not colon or not _COINED_DATE_LABEL_ONLY.fullmatch(label.strip() + ":"):
        return False
    fields = parse_meta_line(value.strip(), tz, dayfirst)
    return fields.published_at is not None and not fields.residue and bool(fields.labels)


def coined_row(text: str, tz: str | None = None, dayfirst: bool = False,
               known: frozenset[str] = frozenset(), own: frozenset[str] = frozenset()) -> MetaFields | None:
    """A row of "Label: Value" fields under labels the site coins in its language, read by its shape and the page's
    evidence, not its words: a short line of two fields or more parted by a separator (_COINED_SEP, or spaces before
    each next label), each a date or a label and a short name.  The value the page names as a section elsewhere
    (``known``: its menu's sections, its category link, its breadcrumb) is the category, a person's name by its shape
    only when it is the section the page files itself under (``own``: its category link's, its kicker's, its
    breadcrumb's: "Nino: 5 Dwe Adek 2026, 16:20 — Wang lok: Radio Ngetta FM — Dul: Yot Kom" under the kicker "Yot
    Kom", Lango: day, source, section); the field right before it
    the source ("Walemba: Choolwe Munsaka · 14/10/2025, 09:30 · Kuzwa ku: Radio Chikuni · Kabunga: Bulimi", Tonga:
    wrote, from, group), unless it opens the row and names a person, the byline's place ("Walemba: Mutinta Syakalima
    · Kabunga: Buumi": no source).  With no value the page knows, only a dateline of the date and two fields side by
    side, an outlet's name then the section, is read (_dated_outlet_pair).  A sentence ("He said: we will …"), a
    field of prose, an event's box without a date nor a section, are none."""
    text = text.strip()
    if len(text) > 200:
        return None  # (before the labels are read: marking them only lengthens a line; most lines asked are prose)
    if not _LABEL_COLON.search(text):
        text = _colon_labels(text)
    if len(text) > 200 or text.count(":") + text.count("：") < 2:
        return None
    parts = coined_parts(text)
    if len(parts) < 2:
        return None
    row = MetaFields()
    fields: list[tuple[int, str, str]] = []  # (position, label, value)
    dated = -1  # (the date's position)
    for at, part in enumerate(parts):
        found = find_date(part, tz, dayfirst)
        if found is not None and (twin := _twin_date(part, found, tz, dayfirst)
                                  or _read_twin(part, found, tz, dayfirst)) is not None:
            part = twin
            found = find_date(part, tz, dayfirst)
        if found is not None:
            rest = (part[:found.start] + part[found.end:]).strip(" ,")
            # (a date and its own label alone: "Dxi: 09/03/2026 08:30"; an hour's word after its time, "Balla:
            # 05.03.2026, 16:20 saate", Hadiyya: hour)
            hour_word = "T" in found.value and _HOUR_WORD.fullmatch(part[found.end:])
            if hour_word:
                rest = part[:found.start].strip(" ,")
            if rest and not (_COINED_DATE_LABEL.fullmatch(rest) and (
                    _COINED_DATE_LABEL_ONLY.fullmatch(rest) or part[:found.start].rstrip().endswith(","))) \
                    and not _coined_label_over_date(part, tz, dayfirst):
                return None  # (a label, and a weekday's word only before its comma: "Efimbo: Etitano, 5 …")
            if row.published_at is not None:
                return None
            row.published_at, row.zone, dated = found.value, found.zone, at
            continue
        if dated < 0 and _COINED_UNREAD_DATE.fullmatch(part.strip()):
            dated = at
            continue
        match = _COINED_FIELD.fullmatch(part)
        if match is None:
            return None
        value = match.group("value").strip()
        # (a word of figures alone is a count, "Lukim: 3 replies"; figures within a name's word are the name's own,
        # an outlet's "Tafen: V6AI Radio", and so is a station's frequency closing it, "Hadiyya FM 93.8", or its
        # channel's number after an outlet's word, "Kufuma: ZNBC Radio 1", Luvale: from)
        words = value.split()
        if len(words) > 5 or value[-1] in _SENTENCE_ENDS or not _plausible_name(value) \
                or any(not any(ch.isalpha() for ch in word) for word in words[:-1]) \
                or not (any(ch.isalpha() for ch in words[-1]) or _FREQUENCY.fullmatch(words[-1])
                        or _CHANNEL.fullmatch(words[-1]) and len(words) > 1 and names_an_outlet(value)):
            return None
        fields.append((at, match.group("label"), value))
    if len(fields) < 2:
        return None
    row.labels = [label for _, label, _ in fields]
    # (not a person's name: a writer's the page links to may be among its menu's links, "Walemba: <a>Choolwe
    # Munsaka</a>" to the writer's page)
    section = next((i for i, (_, _, value) in enumerate(fields)
                    if value.casefold() in known and (value.casefold() in own or not _bare_name(value))), None)
    if section is None:
        return _dated_outlet_pair(row, fields)
    row.category = fields[section][2]
    # (the field right before the section's, or, naming an outlet by its words or shape, before the date right
    # before it: "Jawen joi: Radio Ucayali // Nete: 15/03/2026 · 08:45 // Tsinkiti: Raome"; a writer's name there,
    # "Walemba: Choolwe Munsaka · 14/10/2025 · Kabunga: Bulimi", in any script, is the byline's)
    if section > 0 and (fields[section - 1][0] == fields[section][0] - 1
                        or fields[section - 1][0] == fields[section][0] - 2 == dated - 1
                        and names_an_outlet(fields[section - 1][2])):
        at, _, value = fields[section - 1]
        # (the row's opening field naming a person is its byline: "Walemba: Mutinta Syakalima · Kabunga: Buumi"; an
        # outlet's word makes the name an outlet's, the source: "Fu pe a kon → Radio Boskopu ~ Pisi → Politiki ~
        # 08-03-2026", Ndyuka; "Kubva ku: Radio Zvishavane · Boka: Zvekurima", Shona)
        if not (at == 0 and person_shaped(value)) and value.casefold() not in known:
            row.source = value
    return row


# a date between brackets right after another ("۱۴ حوت ۱۴۰۴ (۰۵.۰۳.۲۰۲۶) ساعت ۱۶:۲۰": the Solar Hijri day, then the
# Gregorian in brackets, then the time)
_BRACKETED_AFTER = re.compile(r"\s*[(（](?P<date>[^()（）]{6,24})[)）]")


def _twin_date(part: str, found: DateMatch, tz: str | None, dayfirst: bool) -> str | None:
    """``part`` without the bracketed date right after the date found in it (``found``), when it is the same day in
    another calendar or script (a Hazaragi PmWiki page's typed "وخت: ۱۴ حوت ۱۴۰۴ (۰۵.۰۳.۲۰۲۶) ساعت ۱۶:۲۰", time:
    the time of day after the pair is the day's); None when no such twin follows."""
    match = _BRACKETED_AFTER.match(part, found.end)
    if match is None or (other := find_date(match.group("date"), tz, dayfirst)) is None \
            or other.value[:10] != found.value[:10]:
        return None
    return part[:match.start()] + part[match.end():]


# a date newsbot cannot read (a weekday perhaps, a day, a month's name of one to three words, a year) and the same day
# in figures between brackets after it: "Nïn: Tiop 5 Pɛ̈y Diɔ̱k 2026 (05/03/2026), 16:20" (Nuer: day, Thursday, March)
# (the words in any letters, marks too: "Pɛ̈y Diɔ̱k")
_UNREAD_BEFORE_TWIN = re.compile(r"(?P<label>" + _COINED_DATE_LABEL_TEXT + r")\s*(?:" + LETTER + r"{2,15},?\s)?(?P<day>\d{1,2})\.?\s"
                                 + LETTER + r"{2,15}(?:\s" + LETTER + r"{2,15}){0,2},?\s(?P<year>(?:19|20)\d\d)\s*[(（]")


def _read_twin(part: str, found: DateMatch, tz: str | None, dayfirst: bool) -> str | None:
    """``part`` as its label and the date it gives in figures between brackets (``found``, the one read), the date in
    words before them left out, when it is an unread date of the same year and day (_UNREAD_BEFORE_TWIN; figures read
    in the other order are none); the time of day after the brackets stays the date's.  None for any other field."""
    match = _UNREAD_BEFORE_TWIN.match(part)
    if match is None or match.end() != found.start or found.value[:4] != match.group("year") \
            or int(found.value[8:10]) != int(match.group("day")):
        return None  # (the same year and day: the figures read in the order the day in words says)
    close = part.find(")", found.end)
    close = part.find("）", found.end) if close < 0 else close
    if close < 0 or part[found.end:close].strip():
        return None
    return f"{match.group('label')} {part[found.start:found.end]}{part[close + 1:]}"


def _dated_outlet_pair(row: MetaFields, fields: list[tuple[int, str, str]]) -> MetaFields | None:
    """coined_row's reading of a row whose values name no section the page knows: ``row`` (its date read) with its
    source and category when the row is a header's dateline of exactly three parts, the date and two fields side by
    side, the first an outlet's name, the second the section ("Uvlua: 03/12/2026 Aullaġvia: Siku Radio Ilaŋa:
    Aŋuniaġniq", Inupiaq; "<time>…</time> — Mɔɔ ɔvi: Joy News — Ɛleka: Adwuma", Nzema), the order a dateline's
    fields take after the date (who published it, then where it is filed); else None.
    An outlet's name: two words at least, capitalised, not a person's (_bare_name, unless an outlet's word is among
    them: "Siku Radio", "Joy News"; "Allattoq: Aputsiaq Olsen", a byline, is no source).  Undated, one field, three
    fields or more, or the two parted by another field are no such row: the values' roles are not told."""
    if row.published_at is None or len(fields) != 2 or fields[1][0] != fields[0][0] + 1:
        return None
    outlet = fields[0][2]
    # (in a script without capitals, an outlet's word gives the name its shape: "निकास: रेडियो तवी जम्मू · खाना: सेहत",
    # Dogri: outlet, compartment)
    if len(outlet.split()) < 2 or person_shaped(outlet) \
            or not (_name_shaped(outlet) or all(_caseless_word(word) for word in outlet.split())
                    and _outlet_word_in(outlet)):
        return None
    row.source, row.category = outlet, fields[1][2]
    return row


def unlabelled_row(text: str, tz: str | None = None, dayfirst: bool = False,
                   known: frozenset[str] = frozenset()) -> MetaFields | None:
    """A header's row of sibling fields with no labels, read by their order and the page's evidence: a date opening
    it, the section the page names elsewhere (``known``: its category link, its breadcrumb, its menu) closing it, and
    a short name between them, the source (Fork CMS's "<p class="meta"><span>03.11.2025 14:05</span><span>Луима
    сэрипос</span><span>Ханисьтап</span></p>", Mansi: date, outlet, section).  Not a person's name there (the
    writer's: "14/03/2026 Jane Doe Politics"; capitalised words with an outlet's word among them are an outlet's,
    "Radio Nuuk"), nor words of a sentence, nor a row closing with no known section."""
    found = find_date(text, tz, dayfirst)
    if found is None or text[:found.start].strip():
        return None
    rest = text[found.end:].strip(" ·|•-–—")
    section = next((name for name in known if len(name) < len(rest) and rest.casefold().endswith(" " + name)), None)
    if section is None:
        return None
    middle = rest[:len(rest) - len(section)].strip(" ·|•-–—")
    words = middle.split()
    # (no label nor separator in it: "15 сакавіка 2026 Аўтар: Сяргей Кулік | Спорт" is a labelled byline's row)
    if not 1 <= len(words) <= 4 or any(ch.isdigit() or ch in _COLONS + "|｜·•,;" for ch in middle) \
            or middle[-1] in _SENTENCE_ENDS \
            or not _plausible_name(middle) or not words[0][:1].isupper() or middle.casefold() in known \
            or len(words[-1]) <= 3 and words[-1].islower() \
            or sum(word[:1].isupper() for word in words) >= 2 and not _outlet_word_in(middle):
        # (two capitalised words are a person's name, a byline's: "Сёрмадсь Анна Кирдяева в Ошень эряф", Moksha:
        # written by … in; a particle closing it leads into the section; an outlet's word makes them an outlet's)
        return None
    return MetaFields(published_at=found.value, zone=found.zone, source=middle, category=rest[len(rest) - len(section):])
