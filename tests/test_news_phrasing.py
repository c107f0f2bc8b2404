"""
The phrasings of real news that the parser reads, one class a case, in the three languages.

Every text is written for this project in the style outlets use; the expected values are what
a careful reader extracts.
"""

from __future__ import annotations

from typing import Any

import pytest

import bilateral


def _party(role: Any) -> str | None:
    party = role.party
    return None if party is None else getattr(party, "alpha_3", None) or str(party)


def _summary(text: str, language: str, published: str) -> dict[str, list[Any]]:
    # An empty *published* is an article that shows no date.
    report = bilateral.parse(text, language=language, published=published or None)

    def name(oid: str) -> str:
        return report.official(oid).name

    return {
        "officials": [
            (o.name, o.roles[0].office.value, _party(o.roles[0])) for o in report.officials
        ],
        "visits": [
            (
                name(v.visitor),
                v.origin.alpha_3 if v.origin else None,
                v.destination.alpha_3,
                v.start.isoformat() if v.start else None,
                v.end.isoformat() if v.end else None,
            )
            for v in report.visits
        ],
        "meetings": [tuple(name(p) for p in m.participants) for m in report.meetings],
        "meeting_days": [
            (*(name(p) for p in m.participants), m.date.isoformat() if m.date else None)
            for m in report.meetings
        ],
        "agreements": [
            (a.kind.value, a.count, tuple(getattr(p, "alpha_3", str(p)) for p in a.parties))
            for a in report.agreements
        ],
        "instruments": [
            (a.kind.value, a.status.value, a.count, a.subject) for a in report.agreements
        ],
        "targets": [
            (
                t.metric.value,
                str(t.amount.value),
                getattr(t.amount, "currency", None),
                str(t.deadline),
                t.period.value,
            )
            for t in report.targets
        ],
    }


# (language, published, text, record type, expected records)
CASES: list[tuple[str, str, str, str, list[Any]]] = [
    # Leaders holding their annual consultation met; a past one named in passing is no meeting.
    (
        "en",
        "2026-01-14",
        "Malaysia and Indonesia signed four memorandums on Tuesday as Prime Minister Anwar "
        "Ibrahim and President Prabowo Subianto held their annual consultation at the Merdeka "
        "Palace.",
        "meetings",
        [("Anwar Ibrahim", "Prabowo Subianto")],
    ),
    (
        "id",
        "2026-01-14",
        "Presiden Prabowo Subianto dan Perdana Menteri Malaysia Anwar Ibrahim menggelar "
        "Konsultasi Tahunan ke-13 di Istana Merdeka, Jakarta, Selasa (13/1).",
        "meetings",
        [("Prabowo Subianto", "Anwar Ibrahim")],
    ),
    (
        "ms",
        "2026-01-14",
        "Perdana Menteri Anwar Ibrahim dan Presiden Indonesia Prabowo Subianto mengadakan "
        "Rundingan Tahunan ke-13 di Jakarta hari ini.",
        "meetings",
        [("Anwar Ibrahim", "Prabowo Subianto")],
    ),
    (
        "ms",
        "2026-01-14",
        "Kali terakhir rundingan tahunan diadakan adalah pada 19 Disember 2013 di Jakarta "
        "sebelum pelantikan Presiden Joko Widodo dan Perdana Menteri Najib Razak.",
        "meetings",
        [],
    ),
    # "the Speaker of the Assembly of Mozambique, NAME": a speaker of the assembly.
    (
        "en",
        "2022-07-28",
        "Lok Sabha Speaker Om Birla held a bilateral meeting with the Speaker of the Assembly of "
        "Mozambique, Esperanca Laurinda Francisco Nhiuane Bias, in New Delhi today.",
        "meetings",
        [("Om Birla", "Esperanca Laurinda Francisco Nhiuane Bias")],
    ),
    # "The two leaders then held a bilateral meeting": the two sides named just before.
    (
        "id",
        "2025-05-19",
        "Usai audiensi, Presiden Prabowo Subianto menghadiri upacara penyambutan yang dipimpin "
        "oleh Perdana Menteri Thailand, Paetongtarn Shinawatra, di Bangkok. Kedua pemimpin "
        "kemudian mengadakan pertemuan bilateral.",
        "meetings",
        [("Prabowo Subianto", "Paetongtarn Shinawatra")],
    ),
    (
        "en",
        "2025-05-19",
        "President Prabowo Subianto attended a welcome ceremony led by Thai Prime Minister "
        "Paetongtarn Shinawatra in Bangkok. The two leaders then held a bilateral meeting.",
        "meetings",
        [("Prabowo Subianto", "Paetongtarn Shinawatra")],
    ),
    (
        "ms",
        "2025-05-19",
        "Presiden Prabowo Subianto menghadiri majlis sambutan yang dipimpin oleh Perdana Menteri "
        "Thailand Paetongtarn Shinawatra di Bangkok. Kedua-dua pemimpin kemudian mengadakan "
        "mesyuarat dua hala.",
        "meetings",
        [("Prabowo Subianto", "Paetongtarn Shinawatra")],
    ),
    # "is also scheduled to call on ... on Wednesday": a plan with a word between.
    (
        "en",
        "2025-05-20",
        "External Affairs Minister S Jaishankar arrived in Jakarta on Monday. The minister is "
        "also scheduled to call on President Prabowo Subianto on Wednesday before returning.",
        "meeting_days",
        [("S Jaishankar", "Prabowo Subianto", "2025-05-21")],
    ),
    (
        "id",
        "2025-05-20",
        "Menteri Luar Negeri India S Jaishankar tiba di Jakarta pada Senin. Ia juga dijadwalkan "
        "bertemu Presiden Prabowo Subianto pada Rabu sebelum kembali ke New Delhi.",
        "meeting_days",
        [("S Jaishankar", "Prabowo Subianto", "2025-05-21")],
    ),
    (
        "ms",
        "2025-05-20",
        "Menteri Luar India S Jaishankar tiba di Jakarta pada Isnin. Beliau juga dijadual "
        "mengadakan kunjungan hormat ke atas Presiden Prabowo Subianto pada Rabu.",
        "meeting_days",
        [("S Jaishankar", "Prabowo Subianto", "2025-05-21")],
    ),
    # A host's own trip recalled in passing does not make a host of the article's visitor.
    (
        "en",
        "2026-02-04",
        "External Affairs Minister S. Jaishankar paid an official visit to Indonesia from 2 to 4 "
        "February 2026. He called on President Prabowo Subianto, who recalled his visit to India "
        "in January 2025. On 3 February, Foreign Minister Sugiono co-chaired the Joint "
        "Commission Meeting in Jakarta.",
        "meetings",
        [("S. Jaishankar", "Prabowo Subianto"), ("S. Jaishankar", "Sugiono")],
    ),
    # "Mr." before a one-word name, then its title: the official of a press release.
    (
        "en",
        "2026-02-04",
        "Mr. Sugiono, Foreign Minister of the Republic of Indonesia, received the delegation.",
        "officials",
        [("Sugiono", "foreign_minister", "IDN")],
    ),
    # A meeting word that holds a plan ("is scheduled to meet") makes its weekday the coming one.
    (
        "en",
        "2025-05-20",
        "President Prabowo Subianto arrived in Hanoi on Monday. He is scheduled to meet Prime "
        "Minister Pham Minh Chinh on Wednesday.",
        "meeting_days",
        [("Prabowo Subianto", "Pham Minh Chinh", "2025-05-21")],
    ),
    (
        "id",
        "2025-05-20",
        "Presiden Prabowo Subianto tiba di Hanoi pada Senin. Ia dijadwalkan bertemu Perdana "
        "Menteri Pham Minh Chinh pada Rabu.",
        "meeting_days",
        [("Prabowo Subianto", "Pham Minh Chinh", "2025-05-21")],
    ),
    (
        "ms",
        "2025-05-20",
        "Presiden Prabowo Subianto tiba di Hanoi pada Isnin. Beliau dijadual bertemu Perdana "
        "Menteri Pham Minh Chinh pada Rabu.",
        "meeting_days",
        [("Prabowo Subianto", "Pham Minh Chinh", "2025-05-21")],
    ),
    # The day a source said something, ending the sentence, is not the day of the talks; a
    # day that goes on to the talks ("said late Tuesday as he met"), or one inside what is
    # said, is.
    (
        "en",
        "2025-05-20",
        "Prime Minister Anwar Ibrahim met Japanese Prime Minister Shigeru Ishiba in Tokyo, the "
        "Malaysian government said on Saturday.",
        "meeting_days",
        [("Anwar Ibrahim", "Shigeru Ishiba", None)],
    ),
    (
        "ms",
        "2025-05-20",
        "Perdana Menteri Anwar Ibrahim bertemu Perdana Menteri Jepun Shigeru Ishiba di Tokyo, "
        "kata Wisma Putra pada Sabtu.",
        "meeting_days",
        [("Anwar Ibrahim", "Shigeru Ishiba", None)],
    ),
    (
        "id",
        "2025-05-20",
        "Perdana Menteri Anwar Ibrahim bertemu Perdana Menteri Jepang Shigeru Ishiba di Tokyo, "
        "kata Kementerian Luar Negeri Malaysia pada Sabtu.",
        "meeting_days",
        [("Anwar Ibrahim", "Shigeru Ishiba", None)],
    ),
    (
        "en",
        "2025-05-20",
        "Trade will grow, President Recep Tayyip Erdogan said late Tuesday as he met his Uzbek "
        "counterpart Shavkat Mirziyoyev in Tashkent.",
        "meeting_days",
        [("Recep Tayyip Erdogan", "Shavkat Mirziyoyev", "2025-05-20")],
    ),
    (
        "en",
        "2025-05-20",
        "The foreign ministry said Prime Minister Anwar Ibrahim met Japanese Prime Minister "
        "Shigeru Ishiba on Saturday.",
        "meeting_days",
        [("Anwar Ibrahim", "Shigeru Ishiba", "2025-05-17")],
    ),
    # Two sides' ministers leading a joint commission's session met; a memorandum founding a
    # joint commission is no meeting of its own.
    (
        "id",
        "2026-02-03",
        "Menlu Sugiono dan Menlu India Subrahmanyam Jaishankar memimpin Sidang Komisi Bersama "
        "RI-India di Jakarta, Selasa (3/2/2026).",
        "meetings",
        [("Sugiono", "Subrahmanyam Jaishankar")],
    ),
    (
        "ms",
        "2026-02-03",
        "Menteri Luar Negeri Mohamad Hasan dan Menteri Luar Negeri Indonesia Sugiono "
        "mempengerusikan Mesyuarat Suruhanjaya Bersama Malaysia-Indonesia di Putrajaya hari ini.",
        "meetings",
        [("Mohamad Hasan", "Sugiono")],
    ),
    (
        "en",
        "2026-02-03",
        "Foreign Minister Sugiono and Indian External Affairs Minister S Jaishankar led the "
        "India-Indonesia Joint Commission Meeting in Jakarta on Tuesday.",
        "meetings",
        [("Sugiono", "S Jaishankar")],
    ),
    (
        "id",
        "2026-02-03",
        "Nota kesepahaman tentang pembentukan Komisi Bersama ditandatangani oleh Menlu Sugiono "
        "dan Menlu Qatar Sheikh Mohammed bin Abdulrahman Al Thani.",
        "meetings",
        [],
    ),
    # Who says that an arrival happened is not who arrived; one who says "dirinya tiba" is.
    (
        "id",
        "2025-11-18",
        "Presiden Prabowo Subianto tiba di Hanoi pada Senin (17/11). Menteri Sekretaris Negara "
        "Prasetyo Hadi mengatakan pesawat kepresidenan mendarat di Bandara Noi Bai, Hanoi, pukul "
        "21.00.",
        "visits",
        [("Prabowo Subianto", "IDN", "VNM", "2025-11-17", None)],
    ),
    (
        "en",
        "2025-11-18",
        "President Prabowo Subianto arrived in Hanoi on Monday. State Secretary Prasetyo Hadi "
        "said the presidential plane landed at Noi Bai airport in Hanoi at 9 pm.",
        "visits",
        [("Prabowo Subianto", "IDN", "VNM", "2025-11-17", None)],
    ),
    (
        "ms",
        "2025-11-18",
        "Presiden Prabowo Subianto tiba di Hanoi pada Isnin. Menteri Sekretaris Negara Prasetyo "
        "Hadi berkata pesawat presiden mendarat di Lapangan Terbang Noi Bai, Hanoi, pada jam 9 "
        "malam.",
        "visits",
        [("Prabowo Subianto", "IDN", "VNM", "2025-11-17", None)],
    ),
    (
        "id",
        "2025-11-18",
        "Menlu Retno Marsudi mengatakan dirinya tiba di Hanoi pada Senin.",
        "visits",
        [("Retno Marsudi", "IDN", "VNM", "2025-11-17", None)],
    ),
    # A courtesy visit to a host is a meeting; its subject is the pronoun's antecedent.
    (
        "en",
        "2025-05-21",
        "Australian Prime Minister Anthony Albanese arrived in Jakarta on Sunday. He paid a "
        "courtesy visit to President Prabowo Subianto.",
        "meetings",
        [("Anthony Albanese", "Prabowo Subianto")],
    ),
    # Of two officials named before the talks, the one of the counterpart's side is no subject
    # ("laid a wreath at the memorial to President X, held talks with ...").
    (
        "en",
        "2025-05-21",
        "During the visit, Japanese Prime Minister Fumio Kishida laid a wreath at the tomb of "
        "Indonesian President Sukarno and held talks with President Prabowo Subianto.",
        "meetings",
        [("Fumio Kishida", "Prabowo Subianto")],
    ),
    # A weekday that opens a sentence in the future tense is the coming one, in each language;
    # one that opens a sentence in the past stays the last one, whatever a later clause says.
    (
        "en",
        "2025-05-21",
        "Indonesian Foreign Minister Sugiono will arrive in Canberra on Thursday. On Friday, "
        "Sugiono will hold talks with Foreign Minister Penny Wong.",
        "meeting_days",
        [("Sugiono", "Penny Wong", "2025-05-23")],
    ),
    (
        "id",
        "2025-05-21",
        "Menteri Luar Negeri Sugiono akan tiba di Canberra pada Kamis. Pada Jumat, Sugiono "
        "dijadwalkan bertemu Menteri Luar Negeri Australia Penny Wong.",
        "meeting_days",
        [("Sugiono", "Penny Wong", "2025-05-23")],
    ),
    (
        "ms",
        "2025-05-21",
        "Menteri Luar Negeri Mohamad Hasan akan tiba di Canberra pada Khamis. Pada Jumaat, "
        "beliau dijadual bertemu Menteri Luar Australia Penny Wong.",
        "meeting_days",
        [("Mohamad Hasan", "Penny Wong", "2025-05-23")],
    ),
    (
        "en",
        "2025-05-21",
        "Indonesian Foreign Minister Sugiono arrived in Canberra on Monday. On Tuesday, Sugiono "
        "held talks with Foreign Minister Penny Wong, and both will meet again in Jakarta.",
        "meeting_days",
        [("Sugiono", "Penny Wong", "2025-05-20")],
    ),
    # Each country listed with a tour's destination is a leg of it; a country named apart
    # ("since its ties with Japan") is none.
    (
        "en",
        "2025-05-14",
        "Chinese President Xi Jinping began a tour of Vietnam, Malaysia and Cambodia on Monday.",
        "visits",
        [
            ("Xi Jinping", "CHN", "VNM", "2025-05-12", None),
            ("Xi Jinping", "CHN", "MYS", None, None),
            ("Xi Jinping", "CHN", "KHM", None, None),
        ],
    ),
    (
        "ms",
        "2025-05-14",
        "Perdana Menteri Datuk Seri Anwar Ibrahim tiba di Jepun hari ini, dua tahun selepas "
        "Jepun dan China menandatangani perjanjian itu.",
        "visits",
        [("Anwar Ibrahim", "MYS", "JPN", "2025-05-14", None)],
    ),
    # A nickname in quotes inside a name is no part of it.
    (
        "en",
        "2025-05-14",
        "Prime Minister Anthony Albanese will sign the pact with President Ferdinand "
        "“Bongbong” Marcos Jr. in Manila.",
        "officials",
        [
            ("Anthony Albanese", "head_of_government", "AUS"),
            ("Ferdinand Marcos Jr", "head_of_state", "PHL"),
        ],
    ),
    # A visit told without its days starts, at the latest, on the day of its talks.
    (
        "id",
        "2025-05-15",
        "Menhan Sjafrie Sjamsoeddin menerima kunjungan kehormatan Menhan Chile Adriana Delpiano "
        "di Jakarta, Kamis (15/5/2025).\nSaat tiba di kantor Kemhan, Menhan Chile disambut "
        "upacara jajar kehormatan.",
        "visits",
        [("Adriana Delpiano", "CHL", "IDN", "2025-05-15", None)],
    ),
    # A surname in capitals before a hyphenated given name, as Korean releases write; a middle
    # initial that is also a word; "Foreign Affairs Secretary"; a "peer" is a counterpart.
    (
        "en",
        "2025-05-14",
        "Seoul, May 14 - Philippine Foreign Affairs Secretary Maria Teresa A. Lazaro met "
        "Foreign Minister CHO Tae-yul and called on Prime Minister KIM Min-seok.",
        "officials",
        [
            ("Maria Teresa A. Lazaro", "foreign_minister", "PHL"),
            ("CHO Tae-yul", "foreign_minister", "KOR"),
            ("KIM Min-seok", "head_of_government", "KOR"),
        ],
    ),
    (
        "en",
        "2025-05-14",
        "President Xi Jinping and his Brazilian peer Luiz Inacio Lula da Silva signed a joint "
        "declaration in Brasilia.",
        "officials",
        [
            ("Xi Jinping", "head_of_state", "CHN"),
            ("Luiz Inacio Lula da Silva", "head_of_state", "BRA"),
        ],
    ),
    # Two sides' leaders who see a signing together met, when the article tells no meeting
    # otherwise; beside a summit, the ministers who sign its documents are no meeting.
    (
        "id",
        "2025-05-14",
        "BOGOR - Presiden Prabowo Subianto dan Presiden Chile Gabriel Boric menyaksikan "
        "penandatanganan tiga nota kesepahaman di Istana Bogor, Rabu (14/5/2025).",
        "meetings",
        [("Prabowo Subianto", "Gabriel Boric")],
    ),
    (
        "en",
        "2025-05-14",
        "President Prabowo Subianto met Chilean President Gabriel Boric in Bogor on "
        "Wednesday.\nForeign Minister Sugiono and Chilean Foreign Minister Alberto van Klaveren "
        "signed a memorandum on education.",
        "meetings",
        [("Prabowo Subianto", "Gabriel Boric")],
    ),
    # The one who says that a country will host a meeting is no guest of it.
    (
        "id",
        "2022-01-25",
        "Colombo - Dubes RI Dewi Gustina Tobing bertemu Menlu Sri Lanka G.L. Peiris.\n"
        "“Menlu Sri Lanka menyatakan kesediaan menjadi tuan rumah sidang komisi bersama tahun "
        "ini,” jelas Dubes Dewi Tobing.",
        "visits",
        [],
    ),
    # A scheduled visit counts even when its days cannot be read (no page date); a wish
    # to visit does not.
    (
        "ms",
        "",
        "PUTRAJAYA - Menteri Luar Datuk Seri Mohamad Hasan akan melakukan lawatan kerja ke "
        "Chile mulai esok hingga Jumaat.",
        "visits",
        [("Mohamad Hasan", "MYS", "CHL", None, None)],
    ),
    (
        "id",
        "2025-05-14",
        "Menlu Sugiono berharap dapat berkunjung ke Chile tahun depan.",
        "visits",
        [],
    ),
    # Talks during a visit told before them are in its destination, not at the dateline: the
    # host who receives the visitor has made no visit.
    (
        "ms",
        "2025-05-14",
        "PUTRAJAYA - Menteri Luar Datuk Seri Mohamad Hasan akan melakukan lawatan kerja ke "
        "Chile mulai esok.\nBeliau akan mengadakan kunjungan hormat ke atas Presiden Chile, "
        "Gabriel Boric.",
        "visits",
        [("Mohamad Hasan", "MYS", "CHL", "2025-05-15", None)],
    ),
    # "having a discussion with" is a meeting; the president of a national assembly is its
    # speaker; "People" of a party's name is no person.
    (
        "en",
        "2025-05-14",
        "Besides having a discussion with Prime Minister Sonexay Siphandone, Prime Minister "
        "Anutin Charnvirakul of Thailand also met Saysomphone Phomvihane, President of the "
        "National Assembly of Laos, and the General Secretary of the Lao People’s "
        "Revolutionary Party.",
        "officials",
        [
            ("Sonexay Siphandone", "head_of_government", "LAO"),
            ("Anutin Charnvirakul", "head_of_government", "THA"),
            ("Saysomphone Phomvihane", "speaker_of_parliament", "LAO"),
        ],
    ),
    (
        "en",
        "2025-05-14",
        "Prime Minister Anutin Charnvirakul of Thailand was having a discussion with Lao Prime "
        "Minister Sonexay Siphandone in Vientiane.",
        "meetings",
        [("Anutin Charnvirakul", "Sonexay Siphandone")],
    ),
    # Co-chairing a joint commission with a counterpart is a meeting of the two.
    (
        "ms",
        "2025-05-14",
        "Menteri Luar Datuk Seri Mohamad Hasan mempengerusikan bersama Mesyuarat Suruhanjaya "
        "Bersama Malaysia-Mesir dengan rakan sejawatnya dari Mesir, Badr Abdelatty, pada Rabu.",
        "meetings",
        [("Mohamad Hasan", "Badr Abdelatty")],
    ),
    (
        "en",
        "2025-05-14",
        "Egypt's Foreign Minister Badr Abdelatty co-chaired the joint commission with Indian "
        "External Affairs Minister S. Jaishankar in New Delhi on Wednesday.",
        "meetings",
        [("Badr Abdelatty", "S. Jaishankar")],
    ),
    (
        "id",
        "2025-05-14",
        "Menlu Sugiono memimpin bersama Sidang Komisi Bersama dengan Menlu Mesir Badr "
        "Abdelatty di Kairo pada Rabu.",
        "meetings",
        [("Sugiono", "Badr Abdelatty")],
    ),
    # A visit whose destination is told only by a description ("negara itu") is a visit to
    # the dateline's country; a welcomer at the airport there is no visitor.
    (
        "ms",
        "2025-05-14",
        "KAHERAH, 14 Mei (Bernama) -- Malaysia dan Mesir mahu memperluas perdagangan.\n"
        "Menteri Pertahanan Datuk Seri Mohamed Khaled Nordin berkata demikian pada hari "
        "terakhir lawatan kerja beliau ke negara Afrika Utara itu.",
        "visits",
        [("Mohamed Khaled Nordin", "MYS", "EGY", None, None)],
    ),
    (
        "ms",
        "2025-05-14",
        "KAHERAH, 14 Mei (Bernama) -- Perdana Menteri Datuk Seri Anwar Ibrahim tiba di Mesir "
        "hari ini.\nMenyambut ketibaan Perdana Menteri ialah Menteri Luar Datuk Seri Mohamad "
        "Hasan yang tiba lebih awal.",
        "visits",
        [("Anwar Ibrahim", "MYS", "EGY", "2025-05-14", None)],
    ),
    # The day of a visit told before the sentence that gives its destination.
    (
        "en",
        "2025-05-14",
        "Both sides agreed on new rail links during Prime Minister Anutin Charnvirakul's "
        "one-day official visit on Tuesday.\nAnutin was welcomed by his Lao counterpart "
        "Sonexay Siphandone in Vientiane.",
        "visits",
        [("Anutin Charnvirakul", "THA", "LAO", "2025-05-13", None)],
    ),
    # A titled official introduced as the counterpart is of the other side.
    (
        "ms",
        "2025-05-14",
        "VIENTIANE: Perdana Menteri Datuk Seri Anwar Ibrahim mengadakan mesyuarat dua hala "
        "dengan rakan sejawatnya Perdana Menteri Sonexay Siphandone hari ini.",
        "officials",
        [
            ("Anwar Ibrahim", "head_of_government", "MYS"),
            ("Sonexay Siphandone", "head_of_government", "LAO"),
        ],
    ),
    # The president of a parliament is its speaker, in Malay as in Indonesian.
    (
        "ms",
        "2025-05-14",
        "Perdana Menteri Anwar Ibrahim disambut oleh Presiden Parlimen Nasional Timor-Leste "
        "Maria Fernanda Lay.",
        "officials",
        [
            ("Anwar Ibrahim", "head_of_government", "MYS"),
            ("Maria Fernanda Lay", "speaker_of_parliament", "TLS"),
        ],
    ),
    # Witnessing the exchange of a memorandum is its signing.
    (
        "ms",
        "2025-05-14",
        "Kedua-dua pemimpin turut menyaksikan pertukaran memorandum persefahaman antara "
        "Malaysia dan Laos mengenai pendidikan.",
        "agreements",
        [("mou", 1, ("MYS", "LAO"))],
    ),
    # A view agreed that names an instrument further on is a consensus; agreeing on the
    # instruments themselves is not.
    (
        "id",
        "2025-05-14",
        "Indonesia dan Chile sepakat untuk memperluas akses pasar dan bekerja sama "
        "menyelesaikan perjanjian kemitraan ekonomi komprehensif.",
        "agreements",
        [("consensus", 1, ("IDN", "CHL"))],
    ),
    (
        "id",
        "2025-05-14",
        "Indonesia dan Chile menyepakati sejumlah nota kesepahaman di bidang pertambangan.",
        "agreements",
        [],
    ),
    # A total told first, then some of its instruments by subject: the total counts the rest.
    (
        "id",
        "2025-05-14",
        "Indonesia dan Chile menandatangani lima nota kesepahaman pada Rabu.\n"
        "Dua nota kesepahaman yang ditandatangani terkait pertambangan dan pertanian.\n"
        "Selain itu, ditandatangani pula nota kesepahaman tentang pendidikan tinggi.",
        "agreements",
        [
            ("mou", 2, ("IDN", "CHL")),
            ("mou", 2, ("IDN", "CHL")),
            ("mou", 1, ("IDN", "CHL")),
        ],
    ),
    # ... but instruments told right after the total as signed "also" are further ones.
    (
        "en",
        "2025-05-14",
        "Ten documents were signed between Chile and India on Wednesday.\n"
        "Agreements on cooperation between the regions of Valparaiso and Goa have also been "
        "signed.",
        "agreements",
        [("agreement", 10, ("CHL", "IND")), ("agreement", 1, ("CHL", "IND"))],
    ),
    # Documents told again by the generic word are the instruments counted before.
    (
        "id",
        "2025-05-14",
        "Indonesia dan Chile menandatangani enam MoU pada Rabu.\n"
        "Kedua presiden menyaksikan pertukaran dokumen tersebut di Istana Merdeka.",
        "agreements",
        [("mou", 6, ("IDN", "CHL"))],
    ),
    # "Presiden" of a chamber is its speaker, not a head of state; Khmer styles are honorifics.
    (
        "id",
        "2025-03-04",
        "Wakil Presiden Gibran Rakabuming Raka menerima Presiden Senat Kamboja, Samdech Techo "
        "Hun Sen, di Jakarta pada Senin.",
        "officials",
        [
            ("Gibran Rakabuming Raka", "vice_president", "IDN"),
            ("Hun Sen", "speaker_of_parliament", "KHM"),
        ],
    ),
    (
        "en",
        "2025-03-04",
        "Prime Minister Samdech Moha Borvor Thipadei Hun Manet received Malaysia's ambassador "
        "in Phnom Penh on Monday.",
        "officials",
        [("Hun Manet", "head_of_government", "KHM")],
    ),
    # Honorifics before a name that a title follows stay honorifics: the name starts after them.
    (
        "en",
        "2025-10-26",
        "At the invitation of the Honourable Dato’ Seri Anwar Ibrahim, Prime Minister of "
        "Malaysia, President Cyril Ramaphosa of South Africa arrived in Kuala Lumpur on Friday.",
        "officials",
        [
            ("Anwar Ibrahim", "head_of_government", "MYS"),
            ("Cyril Ramaphosa", "head_of_state", "ZAF"),
        ],
    ),
    # A square is a place, never a person met there.
    (
        "en",
        "2025-10-26",
        "President Cyril Ramaphosa was given a welcome at Perdana Square, Prime Minister’s "
        "Office in Putrajaya, by Prime Minister Anwar Ibrahim.",
        "officials",
        [
            ("Cyril Ramaphosa", "head_of_state", "ZAF"),
            ("Anwar Ibrahim", "head_of_government", "MYS"),
        ],
    ),
    # "NZ$" is the New Zealand dollar; its rupiah restatement is the same target.
    (
        "id",
        "2024-11-17",
        "Selandia Baru dan Indonesia ingin meningkatkan perdagangan dua arah menjadi NZ$8 miliar "
        "atau Rp 72 triliun pada 2030.",
        "targets",
        [("bilateral_trade", "8000000000", "NZD", "2030", "none")],
    ),
    # An envoy's country of accreditation after the title is no name, in each language.
    (
        "en",
        "2025-05-06",
        "Thai Ambassador to Laos Kanokkan Suthep called on Prime Minister Sonexay Siphandone "
        "in Vientiane on Monday.",
        "officials",
        [
            ("Kanokkan Suthep", "ambassador", "THA"),
            ("Sonexay Siphandone", "head_of_government", "LAO"),
        ],
    ),
    (
        "id",
        "2025-05-06",
        "Duta Besar untuk Laos Grata Werdaningtyas bertemu Perdana Menteri Laos Sonexay "
        "Siphandone di Vientiane.",
        "officials",
        [
            ("Grata Werdaningtyas", "ambassador", "IDN"),
            ("Sonexay Siphandone", "head_of_government", "LAO"),
        ],
    ),
    # "aim for" states a target, as "aim to" does.
    (
        "en",
        "2024-04-26",
        "Malaysia and Vietnam aim for bilateral trade of US$18 billion a year by 2025.",
        "targets",
        [("bilateral_trade", "18000000000", "USD", "2025", "per_year")],
    ),
    (
        "id",
        "2023-02-14",
        "Presiden Joko Widodo menerima kunjungan resmi Perdana Menteri (PM) Republik Demokratik "
        "Timor-Leste, Taur Matan Ruak, di Bogor pada Senin, 13 Februari 2023.",
        "visits",
        [("Taur Matan Ruak", "TLS", "IDN", "2023-02-13", None)],
    ),
    (
        "id",
        "2023-02-14",
        "Turut hadir dalam pertemuan bilateral itu Menteri Luar Negeri Retno Marsudi dan Kepala "
        "BKPM Bahlil Lahadalia.\nPresiden Joko Widodo bertemu Presiden Korea Selatan Yoon Suk Yeol "
        "di Seoul.",
        "officials",
        [
            ("Retno Marsudi", "foreign_minister", "IDN"),
            ("Bahlil Lahadalia", "other", "IDN"),
            ("Joko Widodo", "head_of_state", "IDN"),
            ("Yoon Suk Yeol", "head_of_state", "KOR"),
        ],
    ),
    (
        "en",
        "2022-09-06",
        "NEW DELHI: Prime Minister Narendra Modi held talks with Bangladesh Prime Minister Sheikh "
        "Hasina on Tuesday.\nEarlier, Ms. Hasina laid a wreath at Rajghat. She arrived on a "
        "three-day visit to India on Monday.",
        "visits",
        [("Hasina", "BGD", "IND", "2022-09-05", "2022-09-07")],
    ),
    (
        "en",
        "2022-09-06",
        "NEW DELHI: Prime Minister Narendra Modi held talks with Bangladesh Prime Minister Sheikh "
        "Hasina on Tuesday.",
        "officials",
        [("Narendra Modi", "head_of_government", "IND"), ("Hasina", "head_of_government", "BGD")],
    ),
    (
        "id",
        "2023-05-23",
        "Kedua negara menghasilkan 8 dokumen kerja sama di berbagai bidang.",
        "agreements",
        [("agreement", 8, ())],
    ),
    (
        "ms",
        "2023-12-16",
        "Lawatan itu menyaksikan pemeteraian lima memorandum persefahaman (MoU) antara Malaysia "
        "dan Jepun serta tiga perjanjian perniagaan.",
        "agreements",
        [("mou", 5, ("MYS", "JPN")), ("agreement", 3, ("MYS", "JPN"))],
    ),
    (
        "id",
        "2025-01-10",
        "Indonesia dan Mesir menargetkan perdagangan bilateral USD 5 miliar (Rp 80 triliun) per "
        "tahun pada 2027.",
        "targets",
        [("bilateral_trade", "5000000000", "USD", "2027", "per_year")],
    ),
    (
        "id",
        "2025-01-10",
        "Kemendag menargetkan perdagangan bilateral sebesar USD20 miliar dengan Jepang pada 2026 "
        "dan Australia sebesar USD15 miliar pada 2027.",
        "targets",
        [
            ("bilateral_trade", "20000000000", "USD", "2026", "none"),
            ("bilateral_trade", "15000000000", "USD", "2027", "none"),
        ],
    ),
    (
        "en",
        "2025-01-10",
        "India and Kenya agreed to raise bilateral trade to $5 billion by 2030. Last year, trade "
        "stood at $3 billion.",
        "targets",
        [("bilateral_trade", "5000000000", "USD", "2030", "none")],
    ),
    (
        "id",
        "2025-01-10",
        "Kemendag: kurs Rp15.000 per USD membuat target perdagangan bilateral Indonesia dan Jepang "
        "USD 40 miliar pada 2026 sulit dicapai.",
        "targets",
        [("bilateral_trade", "40000000000", "USD", "2026", "none")],
    ),
    (
        "en",
        "2025-01-10",
        "Kenya Hosts India Minister Jaishankar Signs Pacts\nExternal Affairs Minister S. "
        "Jaishankar held talks with Kenyan counterpart Musalia Mudavadi in Nairobi on Monday.",
        "officials",
        [
            ("S. Jaishankar", "foreign_minister", "IND"),
            ("Musalia Mudavadi", "foreign_minister", "KEN"),
        ],
    ),
    (
        "id",
        "2025-02-13",
        "Presiden Turki Recep Tayyip Erdogan mengunjungi Presiden Indonesia Prabowo Subianto di "
        "Istana Bogor, Rabu (12/2/2025).",
        "meetings",
        [("Recep Tayyip Erdogan", "Prabowo Subianto")],
    ),
    (
        "en",
        "2025-01-10",
        "Mongolian Foreign Minister Battsetseg Batmunkh held an official meeting with Chinese "
        "Foreign Minister Wang Yi in Ulaanbaatar on Tuesday.",
        "meetings",
        [("Battsetseg Batmunkh", "Wang Yi")],
    ),
    (
        "ms",
        "2022-09-04",
        "Timbalan Perdana Menteri Singapura, Lawrence Wong dijadual menghadap Yang di-Pertuan "
        "Agong, Al-Sultan Abdullah serta mengadakan kunjungan hormat ke atas Perdana Menteri, "
        "Datuk Seri Ismail Sabri Yaakob.",
        "meetings",
        [("Lawrence Wong", "Al-Sultan Abdullah"), ("Lawrence Wong", "Ismail Sabri Yaakob")],
    ),
    (
        "id",
        "2023-02-14",
        "Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi RI Nadiem Makarim bertemu Menteri "
        "Pendidikan Tinggi Timor-Leste.",
        "officials",
        [("Nadiem Makarim", "other_minister", "IDN")],
    ),
    (
        "ms",
        "2025-08-19",
        "Yang di-Pertuan Agong Sultan Ibrahim menerima kunjungan Presiden Vietnam, Tuan Yang "
        "Terutama Luong Cuong.\nEsok, Luong Cuong dijadual mengadakan pertemuan dengan Perdana "
        "Menteri Datuk Seri Anwar Ibrahim.",
        "meetings",
        [("Luong Cuong", "Sultan Ibrahim"), ("Luong Cuong", "Anwar Ibrahim")],
    ),
    (
        "ms",
        "2023-12-16",
        "TOKYO – Perdana Menteri, Datuk Seri Anwar Ibrahim dan rakan sejawatnya Fumio Kishida "
        "hari ini mengadakan pertemuan dua hala.",
        "visits",
        [("Anwar Ibrahim", "MYS", "JPN", "2023-12-16", None)],
    ),
    (
        "ms",
        "2023-12-16",
        "TOKYO – Perdana Menteri, Datuk Seri Anwar Ibrahim dan rakan sejawatnya Fumio Kishida "
        "hari ini mengadakan pertemuan dua hala.",
        "officials",
        [
            ("Anwar Ibrahim", "head_of_government", "MYS"),
            ("Fumio Kishida", "head_of_government", "JPN"),
        ],
    ),
    (
        "en",
        "2024-03-05",
        "Spanish Prime Minister Pedro Sánchez, on a working visit accompanied by Foreign Minister "
        "José Manuel Albares, held talks in Rabat with Moroccan Head of Government Aziz "
        "Akhannouch.",
        "meetings",
        [("Pedro Sánchez", "Aziz Akhannouch")],
    ),
    (
        "ms",
        "2022-09-04",
        "Timbalan Perdana Menteri yang juga Menteri Kewangan Singapura, Lawrence Wong tiba di "
        "Kuala Lumpur hari ini.",
        "officials",
        [("Lawrence Wong", "deputy_head_of_government", "SGP")],
    ),
    (
        "ms",
        "2024-08-22",
        "NEW DELHI - Perdana Menteri Datuk Seri Anwar Ibrahim mengakhiri lawatan rasmi selama "
        "tiga hari ke India semalam.",
        "visits",
        [("Anwar Ibrahim", "MYS", "IND", "2024-08-19", "2024-08-21")],
    ),
    (
        "id",
        "2023-10-15",
        "Presiden Joko Widodo tiba di Beijing pada 16 Oktober. Usai dari Cina, Jokowi akan "
        "melanjutkan kunjungan kenegaraan ke Riyadh, Arab Saudi, pada 18 Oktober.",
        "visits",
        [
            ("Joko Widodo", "IDN", "CHN", "2023-10-16", None),
            ("Joko Widodo", "IDN", "SAU", "2023-10-18", None),
        ],
    ),
    (
        "en",
        "2025-08-11",
        "President Lee Jae Myung held a bilateral summit with Vietnamese top leader To Lam in "
        "Seoul on Monday. Lam, general secretary of the Communist Party of Vietnam, arrived in "
        "Seoul on Sunday for a four-day state visit.",
        "visits",
        [("To Lam", "VNM", "KOR", "2025-08-10", "2025-08-13")],
    ),
    (
        "en",
        "2025-11-17",
        "Doha (QNA) - HE Vice President Cevdet Yilmaz met the Amir. The Vice President of the "
        "Republic of Turkiye arrived in Doha yesterday.",
        "officials",
        [("Cevdet Yilmaz", "vice_president", "TUR")],
    ),
    (
        "id",
        "2019-12-15",
        "Pertemuan itu menjadi tindak lanjut pertemuan antara Presiden Joko Widodo dan Perdana "
        "Menteri Narendra Modi di New Delhi.",
        "officials",
        [("Joko Widodo", "head_of_state", "IDN"), ("Narendra Modi", "head_of_government", "IND")],
    ),
    (
        "ms",
        "2025-06-11",
        "TOKYO, 11 Jun (Bernama) -- Timbalan Perdana Menteri Malaysia mengadakan pertemuan "
        "dengan Menteri Ekonomi Jepun, Yoji Muto, hari ini.\nDatuk Seri Fadillah Yusof, yang "
        "berada di Jepun bagi lawatan rasmi, berkata pertemuan itu penting.",
        "officials",
        [
            ("Fadillah Yusof", "deputy_head_of_government", "MYS"),
            ("Yoji Muto", "economy_minister", "JPN"),
        ],
    ),
    (
        "id",
        "2025-05-20",
        "Hubungan ekonomi kedua negara bertumpu pada Perjanjian Kemitraan Ekonomi "
        "Indonesia-Jepang (IJEPA), yang berlaku sejak Juli 2008.",
        "instruments",
        [("agreement", "in_force", 1, "Kemitraan Ekonomi Indonesia-Jepang")],
    ),
    (
        "en",
        "2025-10-01",
        "Albanese and Marcos are expected to sign a memorandum of understanding on critical "
        "minerals on Thursday in Manila, the Philippines and Australia said.",
        "instruments",
        [("mou", "proposed", 1, "critical minerals")],
    ),
    (
        "en",
        "2025-10-01",
        "The ministers of South Korea and Indonesia signed 11 business MoUs on Monday.",
        "instruments",
        [("mou", "signed", 11, None)],
    ),
    (
        "en",
        "2025-10-01",
        "Qatar and Turkey signed five memoranda of understanding in the fields of media, youth "
        "and agriculture.",
        "instruments",
        [("mou", "signed", 5, None)],
    ),
    (
        "ms",
        "2025-01-21",
        "Malaysia dan Indonesia memeterai tiga memorandum persefahaman (MoU).\nKetiga-tiga MoU "
        "itu ialah:\n- MoU mengenai pendidikan\n- MoU mengenai kesihatan\n- MoU mengenai "
        "pelancongan",
        "instruments",
        [
            ("mou", "signed", 1, "pendidikan"),
            ("mou", "signed", 1, "kesihatan"),
            ("mou", "signed", 1, "pelancongan"),
        ],
    ),
    (
        "en",
        "2025-10-22",
        "Analysts expect Vietnam's exports to Britain to reach about US$8.2 billion this year.",
        "targets",
        [],
    ),
    (
        "en",
        "2025-11-17",
        "Yilmaz said the two countries aim to raise annual bilateral trade to US$5 billion, from "
        "around US$2.5 billion at present.",
        "targets",
        [("bilateral_trade", "5000000000", "USD", "None", "per_year")],
    ),
    (
        "ms",
        "2025-07-01",
        "Malaysia menyasarkan eksport minyak sawit ke India mencecah 3.5 juta tan setahun "
        "menjelang 2026.",
        "targets",
        [("exports", "3500000", None, "2026", "per_year")],
    ),
    (
        "id",
        "2025-12-10",
        "Presiden Prabowo Subianto mengundang Perdana Menteri Pakistan Shehbaz Sharif berkunjung "
        "ke Indonesia setelah lawatannya di Islamabad pada 8-9 Desember 2025.",
        "visits",
        [],
    ),
    (
        "id",
        "2024-11-03",
        "Anwar Ibrahim akan didampingi Menteri Investasi, Perdagangan dan Industri Malaysia "
        "Tengku Datuk Seri Zafrul Abdul Aziz.\nSelama di China PM Anwar Ibrahim dan PM Li Qiang "
        "akan membahas masalah bilateral.",
        "officials",
        [
            ("Anwar Ibrahim", "head_of_government", "MYS"),
            ("Tengku Zafrul Abdul Aziz", "trade_minister", "MYS"),
            ("Li Qiang", "head_of_government", "CHN"),
        ],
    ),
    (
        "ms",
        "2022-08-06",
        "KUALA LUMPUR: Menteri Luar Datuk Seri Saifuddin Abdullah akan menerima kunjungan rakan "
        "sejawatannya dari New Zealand, Nanaia Mahuta, sempena lawatan kerja beliau ke Malaysia "
        "dari 6 hingga 9 Ogos.\nIni lawatan pertama Mahuta ke Malaysia sejak memegang jawatan "
        "itu pada November 2020.",
        "visits",
        [("Nanaia Mahuta", "NZL", "MYS", "2022-08-06", "2022-08-09")],
    ),
    (
        "en",
        "2019-08-12",
        "India and Russia expect to sign over a dozen memorandums of understanding during the "
        "visit.",
        "instruments",
        [("mou", "proposed", 12, None)],
    ),
    (
        "en",
        "2018-10-01",
        "Twenty documents have been signed following the talks held in New Delhi between "
        "President of Uzbekistan Shavkat Mirziyoyev and Prime Minister of India Narendra Modi.",
        "visits",
        [("Shavkat Mirziyoyev", "UZB", "IND", None, None)],
    ),
    (
        "en",
        "2018-10-01",
        "Twenty documents have been signed following the talks held in New Delhi between "
        "President of Uzbekistan Shavkat Mirziyoyev and Prime Minister of India Narendra Modi.",
        "instruments",
        [("agreement", "signed", 20, None)],
    ),
    (
        "en",
        "2010-12-16",
        "Chinese Premier Wen Jiabao and Indian Prime Minister Manmohan Singh agreed to raise "
        "bilateral trade to $100 billion by 2015.",
        "instruments",
        [],
    ),
    (
        "id",
        "2021-04-02",
        "Kita akan meningkatkan perdagangan kedua negara dari USD31 miliar menjadi USD100 miliar "
        "pada 2024.",
        "targets",
        [("bilateral_trade", "100000000000", "USD", "2024", "none")],
    ),
    (
        "en",
        "2024-11-12",
        "Alexander Lukashenko is holding talks with Ilham Aliyev in Baku, BELTA reports.",
        "meetings",
        [("Alexander Lukashenko", "Ilham Aliyev")],
    ),
    (
        "en",
        "2025-03-01",
        "Dr. Mahathir Mohamad spoke at the forum on Saturday.",
        "officials",
        [],
    ),
    (
        "ms",
        "2014-04-01",
        "KUALA LUMPUR: Perdana Menteri Datuk Seri Najib Tun Abdul Razak akan mengadakan lawatan "
        "kerja ke Perth, Australia selama dua hari bermula pada Rabu.",
        "visits",
        [("Najib Tun Abdul Razak", "MYS", "AUS", "2014-04-02", "2014-04-03")],
    ),
    (
        "en",
        "2024-12-12",
        "Timor-Leste President José Ramos-Horta will arrive Bangladesh on Saturday. On December "
        "16, he is scheduled to attend the celebrations and meet Bangladeshi President Muhammed "
        "Shahabuddin.",
        "meetings",
        [("José Ramos-Horta", "Muhammed Shahabuddin")],
    ),
    (
        "en",
        "2024-12-12",
        "Timor-Leste President José Ramos-Horta will arrive Bangladesh on Saturday.",
        "visits",
        [("José Ramos-Horta", "TLS", "BGD", "2024-12-14", None)],
    ),
    (
        "en",
        "2024-12-12",
        "A memorandum of understanding on foreign ministry dialogue is expected to be signed.",
        "instruments",
        [("mou", "proposed", 1, "foreign ministry dialogue")],
    ),
    (
        "en",
        "2018-12-26",
        "Foreign Minister Shah Mehmood Qureshi arrived in Beijing on Tuesday on the third leg of "
        "his tour. Earlier, Qureshi met Iranian Foreign Minister Mohammad Javad Zarif in Tehran.",
        "visits",
        [
            ("Shah Mehmood Qureshi", "PAK", "CHN", "2018-12-25", None),
            ("Shah Mehmood Qureshi", "PAK", "IRN", None, None),
        ],
    ),
    (
        "id",
        "2015-09-30",
        "Menlu Retno Marsudi bertemu Menlu Meksiko Claudia Ruiz Massieu di New York. Meksiko "
        "mendukung Indonesia.\nRI-Kazakhstan: Energi dan Kazakhstan\nPada pertemuan dengan Menlu "
        "Erlan Idrissov, Menlu Retno membahas Komisi Bersama dengan Kazakhstan.",
        "officials",
        [
            ("Retno Marsudi", "foreign_minister", "IDN"),
            ("Claudia Ruiz Massieu", "foreign_minister", "MEX"),
            ("Erlan Idrissov", "foreign_minister", "KAZ"),
        ],
    ),
    # The host "holds a meeting" while receiving a visitor, no one else named: with the visitor.
    (
        "ms",
        "2024-03-04",
        "Perdana Menteri Thailand Srettha Thavisin tiba di Kuala Lumpur semalam untuk lawatan "
        "rasmi. Pagi ini, Perdana Menteri Datuk Seri Anwar Ibrahim akan mengadakan pertemuan "
        "dua hala di Seri Perdana.",
        "meetings",
        [("Srettha Thavisin", "Anwar Ibrahim")],
    ),
    # "The two leaders" meet, and only the visitor is named: the visitor meets the host.
    (
        "en",
        "2023-06-12",
        "Kenyan President William Ruto arrived in Jakarta on Sunday for a state visit, the first "
        "in the term of President Joko Widodo.\nOn Monday the two leaders will hold a bilateral "
        "meeting on trade and health.",
        "meetings",
        [("William Ruto", "Joko Widodo")],
    ),
    # A short name in brackets after the full one is the same person, wherever it recurs.
    (
        "id",
        "2023-08-22",
        "Presiden Joko Widodo (Jokowi) tiba di Nairobi, Kenya. Presiden Jokowi kemudian "
        "mengadakan pertemuan bilateral dengan Presiden Kenya, William Ruto.",
        "meetings",
        [("Joko Widodo", "William Ruto")],
    ),
    (
        "ms",
        "2024-05-02",
        "Perdana Menteri Datuk Seri Anwar Ibrahim (PMX) menerima kunjungan Presiden Kyrgyzstan "
        "Sadyr Japarov. PMX berkata kedua-dua negara akan memperluas kerjasama.",
        "officials",
        [
            ("Anwar Ibrahim", "head_of_government", "MYS"),
            ("Sadyr Japarov", "head_of_state", "KGZ"),
        ],
    ),
    # A well-known short name and the full name are one person, with or without brackets.
    (
        "id",
        "2016-04-27",
        "Presiden Joko Widodo membuka forum bisnis di Jakarta. Pada sore harinya, Jokowi "
        "bertemu Presiden Serbia Tomislav Nikolić.",
        "meetings",
        [("Joko Widodo", "Tomislav Nikolić")],
    ),
    (
        "id",
        "2024-07-15",
        "Presiden Jokowi menerima kunjungan Perdana Menteri Papua Nugini James Marape. Joko "
        "Widodo dan Marape membahas kerja sama kesehatan.",
        "officials",
        [
            ("Joko Widodo", "head_of_state", "IDN"),
            ("James Marape", "head_of_government", "PNG"),
        ],
    ),
    # The same two leaders' talks on dates more than a week apart are two meetings.
    (
        "en",
        "2024-12-01",
        "President Bola Tinubu will hold talks with President Cyril Ramaphosa in Cape Town on "
        "December 3. The two leaders first met on June 20, 2024, when Tinubu held talks with "
        "Ramaphosa in Johannesburg.",
        "meetings",
        [("Bola Tinubu", "Cyril Ramaphosa"), ("Bola Tinubu", "Cyril Ramaphosa")],
    ),
    # "Presiden negara tersebut, Dr. X": the country said again by a demonstrative; a chain of
    # hyphens inside a name.
    (
        "ms",
        "2021-12-20",
        "Menteri Luar Datuk Saifuddin Abdullah tiba di Islamabad, Pakistan semalam. Beliau "
        "mengadakan kunjungan hormat ke atas Presiden negara tersebut, Dr. Arif-ur-Rehman Alvi "
        "dan Perdana Menteri republik Islam berkenaan, Imran Ahmed Khan.",
        "officials",
        [
            ("Saifuddin Abdullah", "foreign_minister", "MYS"),
            ("Arif-ur-Rehman Alvi", "head_of_state", "PAK"),
            ("Imran Ahmed Khan", "head_of_government", "PAK"),
        ],
    ),
    # A titled surname alone takes the country of the listed holders it ends; a later surname
    # of a longer name does not ("Yeo" of "Yeo Han-koo" is not George Yeo of Singapore).
    (
        "en",
        "2024-07-08",
        "The agreement was signed in the presence of President Marcos, who received Japanese "
        "Foreign Minister Kamikawa Yoko at the palace.",
        "officials",
        [
            ("Marcos", "head_of_state", "PHL"),
            ("Kamikawa Yoko", "foreign_minister", "JPN"),
        ],
    ),
    (
        "en",
        "2025-09-10",
        "South Korean Trade Minister Yeo Han-koo met Egyptian Prime Minister Mostafa Madbouly in "
        "Cairo. Yeo said trade would grow.",
        "officials",
        [
            ("Yeo Han-koo", "trade_minister", "KOR"),
            ("Mostafa Madbouly", "head_of_government", "EGY"),
        ],
    ),
    # A consensus told in the passive sets a target.
    (
        "en",
        "2019-05-27",
        "Consensus between both sides was reached on boosting bilateral trade between Pakistan "
        "and Uzbekistan to $300 million.",
        "targets",
        [("bilateral_trade", "300000000", "USD", "None", "none")],
    ),
    # Portfolio acronyms of coordinating ministries; a name, "sebagai", then its title; an
    # institution's capitalised name is no person's.
    (
        "id",
        "2023-10-16",
        "Turut mendampingi Presiden adalah Erick Thohir sebagai Menko Marves ad interim, dan "
        "Kepala Badan Pengkajian dan Pengembangan Perdagangan.",
        "officials",
        [("Erick Thohir", "other_minister", "IDN")],
    ),
    (
        "en",
        "2010-12-16",
        "RBI Deputy Governor Shyamala Gopinath and the vice chairman of the China Banking "
        "Regulatory Commission signed the memorandum.",
        "officials",
        [("Shyamala Gopinath", "other", None)],
    ),
    # "Negara Persatuan Emirat Arab" is the United Arab Emirates, not a person.
    (
        "id",
        "2019-07-24",
        "Presiden Persatuan Emirat Arab Sheikh Mohamed bin Zayed Al Nahyan tiba di Jakarta.",
        "officials",
        [("Mohamed bin Zayed Al Nahyan", "head_of_state", "ARE")],
    ),
    # A bare title in the home press is the home country's holder; "kedua menlu" is no one.
    (
        "id",
        "2024-01-25",
        "Presiden RI Joko Widodo mengundang Presiden Tanzania Samia Suluhu Hassan ke forum itu. "
        "Undangan tersebut disampaikan Presiden dalam pertemuan bilateral dengan Presiden Samia "
        "di Istana Bogor.",
        "meetings",
        [("Joko Widodo", "Samia Suluhu Hassan")],
    ),
    (
        "id",
        "2019-12-13",
        "Menlu Retno Marsudi bertemu Menlu India Subrahmanyam Jaishankar di New Delhi. "
        "Pertemuan kedua menlu menjadi tindak lanjut pertemuan antara Presiden Jokowi dan "
        "Perdana Menteri Narendra Modi.",
        "meetings",
        [("Retno Marsudi", "Subrahmanyam Jaishankar"), ("Jokowi", "Narendra Modi")],
    ),
    # Long official styles ("the Oriental Republic of Uruguay") are the title's country; the
    # surname alone of a well-known holder found by the table is that holder.
    (
        "en",
        "2026-02-03",
        "Xi Jinping held talks with President of the Oriental Republic of Uruguay Yamandu Orsi "
        "in Beijing. Orsi on Sunday began a state visit to China.",
        "visits",
        [("Yamandu Orsi", "URY", "CHN", "2026-02-01", None)],
    ),
    (
        "en",
        "2024-11-12",
        "Alexander Lukashenko held talks in Baku on Tuesday. Later, Lukashenko met Ilham Aliyev.",
        "meetings",
        [("Alexander Lukashenko", "Ilham Aliyev")],
    ),
    # Intentions and plans state targets, one per amount ("to $5 billion ... and then to $10").
    (
        "en",
        "2024-08-09",
        "The countries intend to increase their trade turnover to $5 billion in the near future "
        "and then to $10 billion.",
        "targets",
        [
            ("bilateral_trade", "5000000000", "USD", "None", "none"),
            ("bilateral_trade", "10000000000", "USD", "None", "none"),
        ],
    ),
    (
        "ms",
        "2024-08-09",
        "Kedua-dua negara berhasrat meningkatkan jumlah dagangan dua hala kepada US$3 bilion "
        "menjelang 2030.",
        "targets",
        [("bilateral_trade", "3000000000", "USD", "2030", "none")],
    ),
    # The late and the former, titled, join a report only by taking part in a record; the
    # Speaker "of the Parliament of Bangladesh" and the "National Assembly Chairwoman".
    (
        "en",
        "2017-07-25",
        "Speaker of the Parliament of Bangladesh Shirin Sharmin Chaudhury held talks with "
        "National Assembly Chairwoman Nguyen Thi Kim Ngan in Hanoi. She also paid tribute to "
        "late President Ho Chi Minh at his mausoleum.",
        "officials",
        [
            ("Shirin Sharmin Chaudhury", "speaker_of_parliament", "BGD"),
            ("Nguyen Thi Kim Ngan", "speaker_of_parliament", "VNM"),
        ],
    ),
    # The same office said twice, its country with the first and honorifics between.
    (
        "id",
        "2017-02-21",
        "Pemerintah berharap kunjungan Raja Arab Saudi Sri Baginda Raja Salman bin Abdulaziz "
        "Alsaud membawa investasi.",
        "officials",
        [("Salman bin Abdulaziz Alsaud", "monarch", "SAU")],
    ),
    # Several instruments, then a list of subjects: one instrument per subject.
    (
        "ms",
        "2025-01-08",
        "Anwar dan Yunus akan menyaksikan pertukaran beberapa Memorandum Persefahaman (MoU) "
        "dalam bidang pertahanan, tenaga, kajian strategik dan antarabangsa, serta promosi "
        "perdagangan.",
        "instruments",
        [
            ("mou", "proposed", 1, "pertahanan"),
            ("mou", "proposed", 1, "tenaga"),
            ("mou", "proposed", 1, "kajian strategik dan antarabangsa"),
            ("mou", "proposed", 1, "promosi perdagangan"),
        ],
    ),
    (
        "en",
        "2024-02-22",
        "The ministers signed MoUs on tourism, wildlife, culture and petroleum.",
        "instruments",
        [
            ("mou", "signed", 1, "tourism"),
            ("mou", "signed", 1, "wildlife"),
            ("mou", "signed", 1, "culture"),
            ("mou", "signed", 1, "petroleum"),
        ],
    ),
    # Instruments listed by subject in the sentence after the signing.
    (
        "en",
        "2024-02-22",
        "The minister signed cooperation deals in Addis Ababa. These included MoUs on tourism, "
        "wildlife and petroleum.",
        "instruments",
        [
            ("agreement", "signed", 1, None),
            ("mou", "signed", 1, "tourism"),
            ("mou", "signed", 1, "wildlife"),
            ("mou", "signed", 1, "petroleum"),
        ],
    ),
    # Indonesian copy writes the English names of instruments; "menghasilkan" issues one.
    (
        "id",
        "2025-02-12",
        "Pertemuan Komisi Bersama Indonesia-Uzbekistan menghasilkan Joint Statement yang "
        "dirilis bersama pada 12 Februari 2025.",
        "instruments",
        [("joint_statement", "signed", 1, None)],
    ),
    # ... but one instrument on several subjects stays one.
    (
        "en",
        "2024-02-22",
        "The ministers signed an MoU on tourism, wildlife and culture.",
        "instruments",
        [("mou", "signed", 1, "tourism")],
    ),
    # "kunjungan Presiden Hungaria" names its visitor by title: not the minister who speaks.
    (
        "id",
        "2020-01-23",
        '"Kunjungan Presiden Hungaria menjadi acara puncak peringatan hubungan kedua negara," '
        "ujar Menteri Luar Negeri Retno Marsudi.",
        "visits",
        [],
    ),
    # "kehadiran X ke Indonesia": X's coming to Indonesia is a visit.
    (
        "id",
        "2016-04-27",
        "Presiden Joko Widodo merasa senang atas kehadiran Presiden Serbia Tomislav Nikolić ke "
        "Indonesia.",
        "visits",
        [("Tomislav Nikolić", "SRB", "IDN", None, None)],
    ),
    # Title, an organisation's name, then an honorific and the person's name.
    (
        "ms",
        "2019-10-25",
        "Mesyuarat itu disertai oleh Ketua Pegawai Eksekutif (CEO) Petronas Tan Sri Wan "
        "Zulkiflee dan Menteri Luar Turkmenistan Rashid Meredov.",
        "officials",
        [
            ("Wan Zulkiflee", "head_of_organisation", "MYS"),
            ("Rashid Meredov", "foreign_minister", "TKM"),
        ],
    ),
    # Malay military ranks are honorifics; an organisation ending with its country.
    (
        "ms",
        "2025-05-12",
        "Beliau disambut oleh Komander Tentera Udara Emiri Qatar Mej Jen Mohamed Al Dosari dan "
        "Atase Pertahanan Malaysia Kol Edafi Daud.",
        "officials",
        [
            ("Mohamed Al Dosari", "military_chief", "QAT"),
            ("Edafi Daud", "other", "MYS"),
        ],
    ),
    # An institution named in English, its country between commas, then the name; platforms
    # and shortened country names are no people.
    (
        "id",
        "2025-02-06",
        "Ketua DPR RI Puan Maharani melakukan pertemuan bilateral dengan Presiden Chamber of "
        "Deputies, Republik Italia, Lorenzo Fontana. Menerusi hantaran di Facebook, Puan "
        "berkata kerja sama akan diperluas.",
        "meetings",
        [("Puan Maharani", "Lorenzo Fontana")],
    ),
    (
        "en",
        "2024-05-20",
        "PM Msia Kazakhstan ready to strengthen ties\nPrime Minister Anwar Ibrahim arrived in "
        "Astana on Sunday.",
        "officials",
        [("Anwar Ibrahim", "head_of_government", "MYS")],
    ),
    # "sejak Senin" (since Monday) is when a stay began; "sejak April 2018" is no event's date.
    (
        "id",
        "2025-02-05",
        "Menko Airlangga Hartarto, yang berada di Abu Dhabi sejak Senin (3/2), bertemu Menteri "
        "Investasi UEA Mohamed Hassan Alsuwaidi.",
        "visits",
        [("Airlangga Hartarto", "IDN", "ARE", "2025-02-03", None)],
    ),
    # A connective that opens a sentence before a comma is no name.
    (
        "id",
        "2025-08-11",
        "Kemudian, Presiden RI dan Presiden Peru juga membahas kerja sama pemberantasan narkotika.",
        "officials",
        [],
    ),
    # A date after "since" in the same clause is no event's date; "mesyuarat dua hala dengan".
    (
        "ms",
        "2024-10-18",
        "Dalam lawatan sulungnya ke Malaysia sejak mengambil alih jawatan pada April 2018, "
        "Perdana Menteri Ethiopia, Dr Abiy Ahmed Ali menghadiri mesyuarat dua hala dengan "
        "Perdana Menteri, Datuk Seri Anwar Ibrahim di Putrajaya.",
        "visits",
        [("Abiy Ahmed Ali", "ETH", "MYS", None, None)],
    ),
    (
        "ms",
        "2024-10-18",
        "Perdana Menteri Ethiopia, Dr Abiy Ahmed Ali tiba semalam. Pagi tadi Abiy menghadiri "
        "mesyuarat dua hala dengan Perdana Menteri, Datuk Seri Anwar Ibrahim di Putrajaya.",
        "meetings",
        [("Abiy Ahmed Ali", "Anwar Ibrahim")],
    ),
    # A name written again without its diacritics is the same person.
    (
        "en",
        "2016-04-27",
        "Serbian President Tomislav Nikolić laid a wreath at the Kalibata cemetery. In the "
        "afternoon, President Joko Widodo held talks with Nikolic at the palace.",
        "meetings",
        [("Joko Widodo", "Tomislav Nikolić")],
    ),
    # A title whose last word begins the country's long form: "Kepala Negara Serbia".
    (
        "id",
        "2016-04-27",
        "Kunjungan ini adalah kunjungan pertama Kepala Negara Serbia ke Indonesia.",
        "officials",
        [],
    ),
    # A name that a title before it holds is not the next title's ("PM Modi, the Crown Prince").
    (
        "en",
        "2024-09-08",
        "The Crown Prince of Abu Dhabi will meet Prime Minister Narendra Modi on Monday. Apart "
        "from his meeting with PM Modi, the Crown Prince will also call on President Droupadi "
        "Murmu.",
        "officials",
        [
            ("Narendra Modi", "head_of_government", "IND"),
            ("Droupadi Murmu", "head_of_state", "IND"),
        ],
    ),
    # Present-tense agreement in a lede; a joint press conference of two leaders is a meeting.
    (
        "en",
        "2022-05-11",
        "Turkey and Kazakhstan agree to bolster cooperation in trade and defence.",
        "instruments",
        [("consensus", "agreed", 1, None)],
    ),
    (
        "en",
        "2022-05-11",
        "President Recep Tayyip Erdogan spoke at a joint press conference alongside his Kazakh "
        "counterpart Kassym-Jomart Tokayev in Ankara.",
        "meetings",
        [("Recep Tayyip Erdogan", "Kassym-Jomart Tokayev")],
    ),
    # A dateline's city is where the story was filed, not where the talks were.
    (
        "ms",
        "2024-01-30",
        "Kuala Lumpur: Menteri Luar Datuk Seri Mohamad Hasan mengadakan pertemuan dua hala "
        "dengan Menteri Luar Laos Saleumxay Kommasith di Luang Prabang, Laos.",
        "visits",
        [("Mohamad Hasan", "MYS", "LAO", None, None)],
    ),
    # Malaysian copy writes the association as "Asean": an organisation, never a person.
    (
        "ms",
        "2024-01-30",
        "Pemukiman itu dihadiri Menteri Luar Asean dan Setiausaha Agung Asean.",
        "officials",
        [],
    ),
    # "Witnessed by him and President X": the pronoun is the sentence's subject.
    (
        "ms",
        "2025-06-10",
        "Perdana Menteri, Datuk Seri Anwar Ibrahim berkata, dokumen itu ditandatangani dalam "
        "satu majlis yang disaksikan oleh beliau dan Presiden Kyrgyzstan, Sadyr Japarov.",
        "meetings",
        [("Anwar Ibrahim", "Sadyr Japarov")],
    ),
    # Counted documents, told again without a number, are those counted.
    (
        "ms",
        "2025-06-10",
        "Malaysia dan Kyrgyzstan memeterai 10 dokumen penting.\nKesemua dokumen tersebut "
        "ditandatangani di Seri Perdana.",
        "instruments",
        [("agreement", "signed", 10, None)],
    ),
    # A total written beside its parts is no further instruments.
    (
        "ms",
        "2025-10-12",
        "Singapura dan Vietnam meterai 15 dokumen kerjasama.\nDokumen itu merangkumi lapan "
        "memorandum persefahaman dan tujuh perjanjian.",
        "instruments",
        [("mou", "signed", 8, None), ("agreement", "signed", 7, None)],
    ),
    # A spokesperson who reports is no host.
    (
        "id",
        "2025-02-11",
        "Menteri Luar Negeri Vietnam Bui Thanh Son tiba di Jakarta pada Senin. Juru Bicara "
        "Kemlu Rolliansyah Soemirat menambahkan, pertemuan komisi bersama akan digelar tahun "
        "depan.",
        "meetings",
        [],
    ),
    # A portfolio in brackets after the title, as Singapore's press writes it: part of the
    # title, naming no office of its own (a minister of state for foreign affairs is no
    # foreign minister); an abbreviation in brackets is no portfolio.
    (
        "en",
        "2026-02-24",
        "Senior Minister of State (Foreign Affairs), Mr Tan Wei Ming, met the visiting "
        "Palestinian Minister of Finance, Dr Omar Khalil, in Singapore on Tuesday.",
        "officials",
        [("Tan Wei Ming", "other_minister", "SGP"), ("Omar Khalil", "finance_minister", "PSE")],
    ),
    (
        "ms",
        "2026-02-24",
        "Menteri Negara (Perdagangan dan Perusahaan), Encik Tan Wei Ming, bertemu Menteri "
        "Kewangan Palestin, Dr Omar Khalil, di Singapura pada Selasa.",
        "meetings",
        [("Tan Wei Ming", "Omar Khalil")],
    ),
    (
        "ms",
        "2026-02-24",
        "Dr Omar Khalil juga bertemu Pemangku Menteri Bertanggungjawab bagi Ehwal Masyarakat "
        "Islam merangkap Menteri Negara Kanan (Ehwal Dalam Negeri), Dr Hamid Razak.",
        "officials",
        [("Hamid Razak", "other_minister", "MYS")],
    ),
    (
        "id",
        "2026-02-24",
        "Perdana Menteri (PM) Timor-Leste, Xanana Gusmao, bertemu Presiden Prabowo Subianto di "
        "Jakarta.",
        "officials",
        [
            ("Xanana Gusmao", "head_of_government", "TLS"),
            ("Prabowo Subianto", "head_of_state", "IDN"),
        ],
    ),
    # An ambassador calling on the host's ministers is at work, not on a visit; the call is
    # a meeting.
    (
        "id",
        "2026-02-24",
        "Menteri Kebudayaan Fadli Zon menerima kunjungan Duta Besar Spanyol untuk Indonesia, "
        "Carlos Ruiz, di Jakarta pada Senin (23/2).",
        "visits",
        [],
    ),
    (
        "en",
        "2026-02-24",
        "Foreign Minister Bui Thanh Son received Egyptian Ambassador Laila Farouk in Hanoi on "
        "Monday.",
        "visits",
        [],
    ),
    (
        "ms",
        "2026-02-24",
        "Duta Besar Jepun ke Malaysia, Kenji Sato, mengadakan kunjungan hormat ke atas Menteri "
        "Luar Negeri Mohamad Hasan di Putrajaya pada Isnin.",
        "meetings",
        [("Kenji Sato", "Mohamad Hasan")],
    ),
    # A pilgrim's title after "bin" is the father's, inside the name, not a second person.
    (
        "ms",
        "2026-02-24",
        "Yang Berhormat Dato Seri Setia Dr. Haji Ahmad Faisal bin Haji Rahman, Menteri "
        "Kesihatan Negara Brunei Darussalam, tiba di Singapura pada Isnin.",
        "officials",
        [("Ahmad Faisal bin Haji Rahman", "other_minister", "BRN")],
    ),
    (
        "en",
        "2026-02-24",
        "Dr Haji Ahmad Faisal bin Haji Rahman, Brunei's Minister of Health, arrived in Singapore "
        "on Monday.",
        "officials",
        [("Ahmad Faisal bin Haji Rahman", "other_minister", "BRN")],
    ),
    (
        "id",
        "2026-02-24",
        "Menteri Kesehatan Brunei Darussalam, Haji Ahmad Faisal bin Haji Rahman, tiba di Jakarta "
        "pada Senin (23/2).",
        "officials",
        [("Ahmad Faisal bin Haji Rahman", "other_minister", "BRN")],
    ),
    # Talks held at a distance are a meeting, and no one travelled: no visit, even under a
    # dateline of one side's capital.
    (
        "id",
        "2026-02-24",
        "JAKARTA - Menteri Luar Negeri Sugiono mengadakan pertemuan bilateral secara virtual "
        "dengan Menlu Kolombia, Laura Sarabia, Senin (23/2).",
        "visits",
        [],
    ),
    (
        "en",
        "2026-02-24",
        "NEW DELHI - External Affairs Minister S. Jaishankar held a virtual meeting with "
        "Colombian Foreign Minister Laura Sarabia on Monday.",
        "visits",
        [],
    ),
    (
        "ms",
        "2026-02-24",
        "PUTRAJAYA - Menteri Luar Negeri Mohamad Hasan mengadakan pertemuan secara dalam talian "
        "dengan Menteri Luar Colombia, Laura Sarabia, pada Isnin.",
        "meetings",
        [("Mohamad Hasan", "Laura Sarabia")],
    ),
    (
        "ms",
        "2026-02-24",
        "PUTRAJAYA - Menteri Luar Negeri Mohamad Hasan mengadakan pertemuan secara dalam talian "
        "dengan Menteri Luar Colombia, Laura Sarabia, pada Isnin.",
        "visits",
        [],
    ),
    # Talks in person under the same dateline still bring the guest.
    (
        "en",
        "2026-02-24",
        "NEW DELHI - External Affairs Minister S. Jaishankar held talks with Colombian Foreign "
        "Minister Laura Sarabia on Monday.",
        "visits",
        [("Laura Sarabia", "COL", "IND", "2026-02-23", None)],
    ),
    # An executive secretary is an official of their government.
    (
        "en",
        "2026-02-24",
        "The Sultan was received in Manila by the Executive Secretary of the Philippines, "
        "Lucas Bersamin.",
        "officials",
        [("Lucas Bersamin", "other", "PHL")],
    ),
    (
        "id",
        "2026-02-24",
        "Sultan disambut oleh Sekretaris Eksekutif Filipina, Lucas Bersamin, di Manila.",
        "officials",
        [("Lucas Bersamin", "other", "PHL")],
    ),
    (
        "ms",
        "2026-02-24",
        "Baginda dijunjung oleh Setiausaha Eksekutif Republik Filipina, Lucas Bersamin.",
        "officials",
        [("Lucas Bersamin", "other", "PHL")],
    ),
    # Brunei's press names its Sultan with his regnal name: Brunei's monarch, whatever the
    # language's home country; "perjumpaan dua hala" is a bilateral meeting.
    (
        "ms",
        "2026-02-24",
        "Kebawah Duli Yang Maha Mulia Paduka Seri Baginda Sultan Haji Hassanal Bolkiah "
        "Mu’izzaddin Waddaulah hari ini berangkat ke Manila. Baginda dialu-alukan oleh "
        "Presiden Filipina, Rodrigo Duterte. Kedua-dua pemimpin kemudian mengadakan "
        "perjumpaan dua hala.",
        "officials",
        [
            ("Hassanal Bolkiah Mu’izzaddin Waddaulah", "monarch", "BRN"),
            ("Rodrigo Duterte", "head_of_state", "PHL"),
        ],
    ),
    (
        "ms",
        "2026-02-24",
        "Presiden Filipina, Rodrigo Duterte, mengadakan perjumpaan dua hala dengan "
        "Perdana Menteri Malaysia, Anwar Ibrahim, di Manila.",
        "meetings",
        [("Rodrigo Duterte", "Anwar Ibrahim")],
    ),
    # The Palestinian Authority is Palestine's government, in every language.
    (
        "en",
        "2026-02-24",
        "The Palestinian Authority's Finance Minister Omar Khalil arrived in Jakarta on Monday.",
        "visits",
        [("Omar Khalil", "PSE", "IDN", "2026-02-23", None)],
    ),
    (
        "id",
        "2026-02-24",
        "Menteri Keuangan Otoritas Palestina, Omar Khalil, tiba di Jakarta pada Senin (23/2).",
        "visits",
        [("Omar Khalil", "PSE", "IDN", "2026-02-23", None)],
    ),
    (
        "ms",
        "2026-02-24",
        "Menteri Kewangan dan Perancangan Penguasa Palestin, Dr Omar Khalil, tiba di Kuala "
        "Lumpur pada Isnin.",
        "visits",
        [("Omar Khalil", "PSE", "MYS", "2026-02-23", None)],
    ),
]

# Text that must yield no record of the type: the negatives beside the positives.
NEGATIVES: list[tuple[str, str, str, str]] = [
    # A portfolio's words are no name ("Deputy Minister of International Relations and ...").
    (
        "en",
        "2025-05-19",
        "The Deputy Minister of International Relations and Cooperation, Ms Candith "
        "Mashego-Dlamini, has arrived in Malabo.",
        "Relations",
    ),
    # A headline's verb of discussing, capitalised after a comma, is no name.
    ("id", "2022-11-01", "Menlu RI ke Inggris, Bahas G20, Ukraina dan Kemitraan", "Bahas"),
    ("ms", "2022-11-01", "Menteri Luar ke Jepun, Bincang Kerjasama Ekonomi", "Bincang"),
    # A word of time that opens a sentence is no name ("Usai audiensi, ...").
    ("id", "2025-05-19", "Usai audiensi, Presiden Prabowo Subianto melanjutkan agenda.", "Usai"),
    ("ms", "2025-05-19", "Usai pertemuan, Presiden Prabowo Subianto berangkat pulang.", "Usai"),
    # A month beside its day is a date, not a name before a title.
    (
        "en",
        "2026-02-04",
        "On 3 February, the minister and Sugiono, Foreign Minister of the Republic of Indonesia, "
        "co-chaired the meeting.",
        "February",
    ),
    (
        "id",
        "2026-02-04",
        "Pada 3 Februari, menteri dan Sugiono, Menteri Luar Negeri Republik Indonesia, memimpin "
        "pertemuan itu.",
        "Februari",
    ),
    # One word after a preposition of place, before a comma and a title, is where, not who.
    (
        "en",
        "2025-05-14",
        "The pact will be signed in Malacañang, Australian Ambassador to Manila HK Yu said.",
        "Malacañang",
    ),
    # A headline capitalises its verbs: "Exchange" is not part of the name.
    (
        "en",
        "2022-09-06",
        "Modi And Hasina Exchange Seven Pacts\nPrime Minister Sheikh Hasina of Bangladesh spoke.",
        "Hasina Exchange",
    ),
    # An agency's acronym is no person.
    (
        "id",
        "2023-02-14",
        "Nota kesepahaman ditandatangani oleh Kepala BMKG RI dan Menteri Transportasi Timor-Leste.",
        "BMKG",
    ),
    # The words of a partnership's name are no person.
    (
        "id",
        "2025-03-04",
        "Jepang memandang Indonesia sebagai Mitra Strategis Komprehensif yang berbagi nilai.",
        "Strategis Komprehensif",
    ),
    # A country in the capacity of a chair is no person.
    (
        "ms",
        "2025-03-04",
        "Mesyuarat itu diadakan atas permintaan Arab Saudi sebagai Pengerusi Sidang Kemuncak "
        "Islam untuk membincangkan keadaan di Gaza.",
        "Saudi",
    ),
    # A cabinet's name is no person.
    (
        "id",
        "2025-03-04",
        "Presiden didampingi beberapa menteri Kabinet Indonesia Maju, termasuk Menteri Luar "
        "Negeri Sugiono.",
        "Maju",
    ),
    # A portfolio word is no name.
    (
        "id",
        "2023-02-14",
        "Menteri Pendidikan Tinggi, Sains, dan Kebudayaan Timor-Leste hadir.",
        "Kebudayaan",
    ),
]


class TestNewsPhrasing:
    @pytest.mark.parametrize(
        ("language", "published", "text", "kind", "expected"),
        CASES,
        ids=[f"{c[0]}:{c[3]}:{c[2][:40]}" for c in CASES],
    )
    def test_case(
        self, language: str, published: str, text: str, kind: str, expected: list[Any]
    ) -> None:
        """Each phrasing gives exactly the expected records of its type."""
        actual = _summary(text, language, published)[kind]

        assert expected == actual

    @pytest.mark.parametrize(
        ("language", "published", "text", "name"),
        NEGATIVES,
        ids=[f"{c[0]}:{c[3]}" for c in NEGATIVES],
    )
    def test_negative(self, language: str, published: str, text: str, name: str) -> None:
        """A word that only looks like a name is never an official."""
        names = [o[0] for o in _summary(text, language, published)["officials"]]

        assert all(name not in n for n in names)
