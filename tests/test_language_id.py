"""choose_language's second identifier (newsbot/cleaning/language_id.py, pyfranc): asked only where CLD2 and the word
tables name no language, counted only when sound (long enough, a margin, a language CLD2 does not know)."""

import pytest

from newsbot.cleaning import article, language_id

# Tetum (East Timor), which CLD2 does not know and no word table lists
TETUM = ("Proposta ne'e sei haruka ba Parlamentu Nasionál iha semana oin, ho objetivu atu finansia programa apoiu ba "
         "agrikultór sira no rekonstrusaun estrada sira iha munisípiu. Konsellu Ministru aprova iha sorumutu ordináriu "
         "loron-segunda, proposta lei kona-ba orsamentu rektifikativu ba tinan 2026. Osan ne'e sei foti husi Fundu "
         "Petrolíferu.")
# Malay: franc's "zlm" is the record's "ms", a language CLD2 knows
MALAY = ("Kerajaan negeri akan membina sebuah hospital baharu di daerah itu pada tahun hadapan bagi mengurangkan "
         "kesesakan di hospital sedia ada, kata Menteri Besar dalam satu kenyataan semalam. Projek itu dijangka siap "
         "dalam tempoh tiga tahun dan akan menyediakan lebih daripada tiga ratus katil kepada penduduk setempat.")
# Dinka (a Bor story, round 72's dinablog), which franc reads with its one Dinka profile, Northeastern Dinka's "dip":
# the record names the macrolanguage "din"
DINKA = ('Panakim dïït ë Bor acï ɣön yam ë diäär ku mïth liep akölë, ku kɔc juëc ë Jonglei aa cï bɛ̈n ba ɣön kënë '
         'tïŋ. Akim Deng Kuol, raan nhiim ë panakim, acï lueel lɔn ye ɣön yam tɛ̈ ë thɛɛr 40 ku ka cï yiëk käk ke '
         'akïm yam. “Diäär juëc aa ye thou në dhiëth. Ɣön kënë abï kɔc kony,” Akim Kuol acï lueel. Akuma ë Jonglei '
         'ku kɔc ke UNICEF aa cï weu gam ë luɔi kënë, ku ɣön acï looi në pɛɛi karou. Ruɔ̈ɔ̈n ë cï lɔ, diäär 120 aa '
         'cï thou në dhiëth ë Bor ku Twic East. Panakim acï lueel lɔn bï akïm ke diäär juak ë ruɔ̈ɔ̈n 2027.')
# Chinese in pinyin and Hindi in Latin letters (review 27 F2): franc's first answers are Oroqen "orh" (its profile a
# pinyin-like transcription) and Caribbean Hindustani "hns", by wide margins
PINYIN = ("Beijing shi zhengfu jintian xuanbu, cong xia ge yue kaishi, quan shi gongjiao che jiang mianfei dui "
          "laonianren kaifang. Zhe xiang zhengce yuji jiang yingxiang chaoguo san bai wan ren. Shimin dui ci biaoshi "
          "huanying.")
HINGLISH = ("Bharat ne aaj Australia ko teesre test match mein paanch wicket se hara diya. Kohli ne shandaar shatak "
            "lagaya aur team ko jeet dilayi. Captain ne match ke baad kaha ki yeh jeet poori team ki mehnat ka nateeja "
            "hai aur agla match bhi hum jeetenge.")


@pytest.mark.parametrize(("declared", "body", "expected"), [
    # a language no table knows, under a theme's default lang="en" that CLD2 reads nothing in: the fallback names it
    ("en", TETUM, "tet"),
    # ... and under no declaration
    (None, TETUM, "tet"),
    # a text too short for the fallback's answer to count (FALLBACK_MIN_CHARS): no language, or the declaration
    (None, TETUM[:150], None),
    ("en", TETUM[:150], "en"),
    # a language CLD2 reads is CLD2's, the fallback never asked
    ("en", MALAY, "ms"),
    # franc's Dinka profile, an individual language's, answers for the macrolanguage (language_id.FRANC_CODES)
    (None, DINKA, "din"),
    ("en", DINKA, "din"),
    # a big language's romanisation: no profile franc gives it (_FALLBACK_UNTOLD), under any declaration
    (None, PINYIN, None),
    ("zh", PINYIN, None),
    ("en", PINYIN, "en"),
    (None, HINGLISH, None),
    ("hi", HINGLISH, None),
])
def test_choose_language_fallback(declared, body, expected):
    assert article.choose_language(declared, body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    (TETUM, "tet"),
    # franc's answer a language CLD2 knows (zlm -> ms): had CLD2 known it, it would have said so; rejected
    (MALAY, None),
    # too short
    (TETUM[:150], None),
])
def test_fallback_language(body, expected):
    assert article._fallback_language(body) == expected


def test_fallback_margin(monkeypatch):
    # a near tie between franc's first two answers is no answer
    monkeypatch.setattr(language_id, "franc_ranking", lambda text: [("tet", 1.0), ("pov", 0.995)])
    assert language_id.fallback_language(TETUM) is None
    monkeypatch.setattr(language_id, "franc_ranking", lambda text: [("tet", 1.0), ("pov", 0.93)])
    assert language_id.fallback_language(TETUM) == ("tet", pytest.approx(0.07))
