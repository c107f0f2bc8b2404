"""
Country mentions, per language: ``(language, text, [(matched text, alpha-3), ...])``.

Each language's negatives (text that must yield no country) sit after its positives.
Written for this project; the phrases imitate Indonesian, English and Malay news copy.
"""

from __future__ import annotations

__all__ = ["CASES", "KNOWN_GAPS"]

Case = tuple[str, str, list[tuple[str, str]]]

CASES: list[Case] = [
    # -- Indonesian: dyads ---------------------------------------------------------------------
    (
        "id",
        "Kerja sama Iran–Pakistan dibahas di sela sidang.",
        [("Iran", "IRN"), ("Pakistan", "PAK")],
    ),
    (
        "id",
        "Hubungan Indonesia-China memasuki babak baru.",
        [("Indonesia", "IDN"), ("China", "CHN")],
    ),
    (
        "id",
        "Forum bisnis Indonesia—Australia digelar pekan depan.",
        [("Indonesia", "IDN"), ("Australia", "AUS")],
    ),
    (
        "id",
        "Perundingan Malaysia–Singapura soal air baku berlanjut.",
        [("Malaysia", "MYS"), ("Singapura", "SGP")],
    ),
    # -- Indonesian: press forms and abbreviations ---------------------------------------------
    (
        "id",
        "Nigeria dan Ghana menandatangani kesepakatan pasokan gas.",
        [("Nigeria", "NGA"), ("Ghana", "GHA")],
    ),
    (
        "id",
        "Pemerintah Kanada dan Meksiko menyambut baik kesepakatan itu.",
        [("Kanada", "CAN"), ("Meksiko", "MEX")],
    ),
    (
        "id",
        "Kerja sama trilateral Indonesia-Malaysia-Thailand diperluas.",
        [("Indonesia", "IDN"), ("Malaysia", "MYS"), ("Thailand", "THA")],
    ),
    (
        "id",
        "Delegasi Bangladesh dan Sri Lanka tiba lebih awal.",
        [("Bangladesh", "BGD"), ("Sri Lanka", "LKA")],
    ),
    (
        "id",
        "Menlu Singapura dan Menlu Vietnam menggelar pertemuan.",
        [("Singapura", "SGP"), ("Vietnam", "VNM")],
    ),
    (
        "id",
        "Presiden RI menerima kunjungan Menteri Luar Negeri AS.",
        [("RI", "IDN"), ("AS", "USA")],
    ),
    (
        "id",
        "Amerika Serikat dan Korsel menggelar latihan militer gabungan.",
        [("Amerika Serikat", "USA"), ("Korsel", "KOR")],
    ),
    (
        "id",
        "RRT dan UEA menandatangani nota kesepahaman energi.",
        [("RRT", "CHN"), ("UEA", "ARE")],
    ),
    (
        "id",
        "Pemerintah Tiongkok menyambut baik usulan Jakarta.",
        [("Tiongkok", "CHN"), ("Jakarta", "IDN")],
    ),
    (
        "id",
        "Korea Utara kembali meluncurkan rudal balistik.",
        [("Korea Utara", "PRK")],
    ),
    (
        "id",
        "Kerja sama maritim NKRI dengan Filipina diperkuat.",
        [("NKRI", "IDN"), ("Filipina", "PHL")],
    ),
    (
        "id",
        "Investor dari Uni Emirat Arab dan Arab Saudi melirik proyek itu.",
        [("Uni Emirat Arab", "ARE"), ("Arab Saudi", "SAU")],
    ),
    (
        "id",
        "Jepang, Belanda, dan Jerman menjadi mitra dagang utama.",
        [("Jepang", "JPN"), ("Belanda", "NLD"), ("Jerman", "DEU")],
    ),
    (
        "id",
        "Inggris dan Prancis menyerukan gencatan senjata.",
        [("Inggris", "GBR"), ("Prancis", "FRA")],
    ),
    (
        "id",
        "Mesir dan Yordania menolak rencana pemindahan warga Palestina.",
        [("Mesir", "EGY"), ("Yordania", "JOR"), ("Palestina", "PSE")],
    ),
    (
        "id",
        "Rusia dan Ukraina bertukar tawanan perang.",
        [("Rusia", "RUS"), ("Ukraina", "UKR")],
    ),
    (
        "id",
        "Timor Leste resmi menjadi anggota ke-11 ASEAN.",
        [("Timor Leste", "TLS")],
    ),
    (
        "id",
        "Selandia Baru dan Afrika Selatan menjadi pengamat.",
        [("Selandia Baru", "NZL"), ("Afrika Selatan", "ZAF")],
    ),
    (
        "id",
        "Brunei Darussalam dan Kamboja mendukung inisiatif tersebut.",
        [("Brunei Darussalam", "BRN"), ("Kamboja", "KHM")],
    ),
    (
        "id",
        "Bantuan kemanusiaan dikirim ke Sudan Selatan dan Papua Nugini.",
        [("Sudan Selatan", "SSD"), ("Papua Nugini", "PNG")],
    ),
    (
        "id",
        "Niger dan Nigeria membahas keamanan perbatasan.",
        [("Niger", "NER"), ("Nigeria", "NGA")],
    ),
    (
        "id",
        "Turki dan Qatar menawarkan diri sebagai mediator.",
        [("Turki", "TUR"), ("Qatar", "QAT")],
    ),
    (
        "id",
        "Vietnam, Thailand dan Myanmar hadir dalam pertemuan itu.",
        [("Vietnam", "VNM"), ("Thailand", "THA"), ("Myanmar", "MMR")],
    ),
    (
        "id",
        "India dan Bangladesh menandatangani perjanjian perbatasan.",
        [("India", "IND"), ("Bangladesh", "BGD")],
    ),
    (
        "id",
        "Suriah dan Irak membuka kembali perlintasan perbatasan.",
        [("Suriah", "SYR"), ("Irak", "IRQ")],
    ),
    (
        "id",
        "Kedutaan Besar Republik Islam Iran di Jakarta menggelar resepsi.",
        [("Republik Islam Iran", "IRN"), ("Jakarta", "IDN")],
    ),
    # -- Indonesian: capitals standing for governments -----------------------------------------
    (
        "id",
        "Tehran dan Islamabad sepakat memperluas perdagangan perbatasan.",
        [("Tehran", "IRN"), ("Islamabad", "PAK")],
    ),
    (
        "id",
        "Beijing menyatakan keberatan atas kunjungan itu.",
        [("Beijing", "CHN")],
    ),
    (
        "id",
        "Washington dan Riyadh membahas kesepakatan pertahanan.",
        [("Washington", "USA"), ("Riyadh", "SAU")],
    ),
    # -- Indonesian: negatives -----------------------------------------------------------------
    (
        "id",
        "Presiden menerima kunjungan kenegaraan di istana.",
        [],
    ),
    (
        "id",
        "Forum itu diselenggarakan oleh Indonesian Business Council.",
        [],
    ),
    (
        "id",
        "Truk itu patah as rodanya di jalan tol.",
        [],
    ),
    (
        "id",
        "Pemerintah kota menyiapkan anggaran baru untuk transportasi.",
        [],
    ),
    (
        "id",
        "Gubernur Riau meninjau perkebunan sawit rakyat.",
        [],
    ),
    (
        "id",
        "Para pemimpin ASEAN berkumpul untuk membahas krisis regional.",
        [],
    ),
    (
        "id",
        "Warga Papua menyambut rombongan dengan tarian adat.",
        [],
    ),
    (
        "id",
        "Harga emas dunia naik tipis pada perdagangan pagi.",
        [],
    ),
    (
        "id",
        "Kedua menteri membahas isu perbatasan dan perdagangan.",
        [],
    ),
    (
        "id",
        "Bank Dunia memangkas proyeksi pertumbuhan kawasan Asia Timur.",
        [],
    ),
    # -- English: dyads ------------------------------------------------------------------------
    (
        "en",
        "Iran–Pakistan trade ties deepened after the visit.",
        [("Iran", "IRN"), ("Pakistan", "PAK")],
    ),
    (
        "en",
        "The Indonesia-China high-speed railway carried a million passengers.",
        [("Indonesia", "IDN"), ("China", "CHN")],
    ),
    (
        "en",
        "India—Pakistan tensions eased after the ceasefire.",
        [("India", "IND"), ("Pakistan", "PAK")],
    ),
    (
        "en",
        "Japan-South Korea relations have thawed this year.",
        [("Japan", "JPN"), ("South Korea", "KOR")],
    ),
    # -- English: abbreviations ----------------------------------------------------------------
    (
        "en",
        "The US and China agreed to resume military talks.",
        [("US", "USA"), ("China", "CHN")],
    ),
    (
        "en",
        "The UK and the UAE signed a trade partnership.",
        [("UK", "GBR"), ("UAE", "ARE")],
    ),
    (
        "en",
        "PRC officials met KSA counterparts in the capital.",
        [("PRC", "CHN"), ("KSA", "SAU")],
    ),
    (
        "en",
        "U.S. Secretary of State arrived in Manila on Monday.",
        [("U.S.", "USA"), ("Manila", "PHL")],
    ),
    (
        "en",
        "The DPRK fired two short-range missiles.",
        [("DPRK", "PRK")],
    ),
    # -- English: demonyms ---------------------------------------------------------------------
    (
        "en",
        "Singaporean and Vietnamese officials attended the talks.",
        [("Singaporean", "SGP"), ("Vietnamese", "VNM")],
    ),
    (
        "en",
        "The British and French ambassadors were summoned.",
        [("British", "GBR"), ("French", "FRA")],
    ),
    (
        "en",
        "Iranian and Pakistani officials signed the border agreement.",
        [("Iranian", "IRN"), ("Pakistani", "PAK")],
    ),
    (
        "en",
        "The Indonesian President welcomed the Malaysian Prime Minister.",
        [("Indonesian", "IDN"), ("Malaysian", "MYS")],
    ),
    (
        "en",
        "Saudi Crown Prince Mohammed bin Salman received the Emirati delegation.",
        [("Saudi", "SAU"), ("Emirati", "ARE")],
    ),
    (
        "en",
        "Chinese and Japanese diplomats attended the forum.",
        [("Chinese", "CHN"), ("Japanese", "JPN")],
    ),
    (
        "en",
        "A South Korean delegation met North Korean officials.",
        [("South Korean", "KOR"), ("North Korean", "PRK")],
    ),
    (
        "en",
        "Sri Lankan and Bangladeshi workers were evacuated.",
        [("Sri Lankan", "LKA"), ("Bangladeshi", "BGD")],
    ),
    # -- English: names --------------------------------------------------------------------------
    (
        "en",
        "Nigeria and Ghana signed a gas supply deal.",
        [("Nigeria", "NGA"), ("Ghana", "GHA")],
    ),
    (
        "en",
        "The Indonesia-Malaysia-Thailand growth triangle was expanded.",
        [("Indonesia", "IDN"), ("Malaysia", "MYS"), ("Thailand", "THA")],
    ),
    (
        "en",
        "Canada and Mexico welcomed the agreement.",
        [("Canada", "CAN"), ("Mexico", "MEX")],
    ),
    (
        "en",
        "Bangladesh and Sri Lanka signed a shipping pact.",
        [("Bangladesh", "BGD"), ("Sri Lanka", "LKA")],
    ),
    (
        "en",
        "Saudi Arabia and the United Arab Emirates pledged support.",
        [("Saudi Arabia", "SAU"), ("United Arab Emirates", "ARE")],
    ),
    (
        "en",
        "Russia and Ukraine exchanged prisoners of war.",
        [("Russia", "RUS"), ("Ukraine", "UKR")],
    ),
    (
        "en",
        "Viet Nam and the Philippines held maritime talks.",
        [("Viet Nam", "VNM"), ("Philippines", "PHL")],
    ),
    (
        "en",
        "Türkiye offered to host talks between the two sides.",
        [("Türkiye", "TUR")],
    ),
    (
        "en",
        "Papua New Guinea and Guinea-Bissau joined the initiative.",
        [("Papua New Guinea", "PNG"), ("Guinea-Bissau", "GNB")],
    ),
    (
        "en",
        "Niger and Nigeria discussed border security.",
        [("Niger", "NER"), ("Nigeria", "NGA")],
    ),
    (
        "en",
        "Côte d'Ivoire and DR Congo signed a cocoa agreement.",
        [("Côte d'Ivoire", "CIV"), ("DR Congo", "COD")],
    ),
    (
        "en",
        "Britain and the Netherlands backed the proposal.",
        [("Britain", "GBR"), ("the Netherlands", "NLD")],
    ),
    (
        "en",
        "Egypt, Jordan and Qatar are mediating between Israel and Hamas.",
        [("Egypt", "EGY"), ("Jordan", "JOR"), ("Qatar", "QAT"), ("Israel", "ISR")],
    ),
    (
        "en",
        "Czechia and Slovakia signed a defence pact.",
        [("Czechia", "CZE"), ("Slovakia", "SVK")],
    ),
    (
        "en",
        "Brunei and East Timor joined the regional grid.",
        [("Brunei", "BRN"), ("East Timor", "TLS")],
    ),
    # -- English: capitals standing for governments --------------------------------------------
    (
        "en",
        "Beijing said it firmly opposed the arms sale.",
        [("Beijing", "CHN")],
    ),
    (
        "en",
        "Tehran and Islamabad agreed to open a new border crossing.",
        [("Tehran", "IRN"), ("Islamabad", "PAK")],
    ),
    (
        "en",
        "Washington and Riyadh are close to a defence pact.",
        [("Washington", "USA"), ("Riyadh", "SAU")],
    ),
    (
        "en",
        "Moscow and New Delhi renewed their oil deal.",
        [("Moscow", "RUS"), ("New Delhi", "IND")],
    ),
    # -- English: negatives --------------------------------------------------------------------
    (
        "en",
        "The foreign minister thanked his hosts for their hospitality.",
        [],
    ),
    (
        "en",
        "The prime minister is expected to visit next month.",
        [],
    ),
    (
        "en",
        "Officials described the talks as constructive.",
        [],
    ),
    (
        "en",
        "The minister asked us to wait for the joint statement.",
        [],
    ),
    (
        "en",
        "The two ministers discussed border security and trade.",
        [],
    ),
    (
        "en",
        "Leaders of ASEAN gathered to discuss the regional crisis.",
        [],
    ),
    (
        "en",
        "Government IT spending rose in May.",
        [],
    ),
    (
        "en",
        "The World Bank cut its growth forecast for East Asia.",
        [],
    ),
    (
        "en",
        "The city council approved a new budget for public transport.",
        [],
    ),
    # -- Malay ---------------------------------------------------------------------------------
    (
        "ms",
        "Hubungan Malaysia–Indonesia terus diperkukuh menerusi lawatan itu.",
        [("Malaysia", "MYS"), ("Indonesia", "IDN")],
    ),
    (
        "ms",
        "Amerika Syarikat dan China bersetuju menyambung semula rundingan.",
        [("Amerika Syarikat", "USA"), ("China", "CHN")],
    ),
    (
        "ms",
        "Kerajaan Jepun, Emiriah Arab Bersatu dan Arab Saudi menyertai sidang itu.",
        [("Jepun", "JPN"), ("Emiriah Arab Bersatu", "ARE"), ("Arab Saudi", "SAU")],
    ),
    (
        "ms",
        "Bangunan itu dibina dengan as besi yang kukuh.",
        [],
    ),
    # -- Names in any case where safe; forms of tables; former names; territories --------
    (
        "en",
        "delegates from afghanistan and the cook islands",
        [("afghanistan", "AFG"), ("cook islands", "COK")],
    ),
    (
        "en",
        "A ferry links French polynesia and Samoa.",
        [("French polynesia", "PYF"), ("Samoa", "WSM")],
    ),
    (
        "en",
        "Exports to the United States Virgin Islands rose.",
        [("United States Virgin Islands", "VIR")],
    ),
    (
        "en",
        "Aid reached the Cayman Isds and St. Kitts and Nevis.",
        [("Cayman Isds", "CYM"), ("St. Kitts and Nevis", "KNA")],
    ),
    (
        "en",
        "Trade with Korea, Republic of and Iran (Islamic Republic of).",
        [("Korea, Republic of", "KOR"), ("Iran (Islamic Republic of)", "IRN")],
    ),
    (
        "en",
        "Troops from the Democratic Republic of Congo crossed.",
        [("the Democratic Republic of Congo", "COD")],
    ),
    (
        "en",
        "The Republic of China and Macau signed a pact.",
        [("Republic of China", "TWN"), ("Macau", "MAC")],
    ),
    (
        "en",
        "Archives from Burma, Ceylon and Upper Volta.",
        [("Burma", "MMR"), ("Ceylon", "LKA"), ("Upper Volta", "BFA")],
    ),
    (
        "en",
        "Letters from Zaire and Byelorussia arrived.",
        [("Zaire", "COD"), ("Byelorussia", "BLR")],
    ),
    ("en", "Settlers reached Dutch Guiana in 1700.", [("Dutch Guiana", "SUR")]),
    (
        "id",
        "Arsip dari Hindia Belanda dan Siam disimpan.",
        [("Hindia Belanda", "IDN"), ("Siam", "THA")],
    ),
    (
        "id",
        "Delegasi Republik Rakyat Demokratik Korea tiba.",
        [("Republik Rakyat Demokratik Korea", "PRK")],
    ),
    # Negatives: names that are also words keep their case; a city keeps its own name.
    ("en", "We had turkey and jordan almonds on china plates.", []),
    ("en", "The Gold Coast hosted the surf festival.", []),
    # -- formerly known gaps, now recognised ------------------------------------------------
    (
        "id",
        "Kuala Lumpur menegaskan sikapnya terkait Laut China Selatan.",
        [("Kuala Lumpur", "MYS")],
    ),
    (
        "id",
        "Moskow dan Beijing memperkuat kemitraan strategis.",
        [("Moskow", "RUS"), ("Beijing", "CHN")],
    ),
    (
        "id",
        "Ankara dan Kairo memulihkan hubungan diplomatik.",
        [("Ankara", "TUR"), ("Kairo", "EGY")],
    ),
    (
        "id",
        "Ekspor kopi ke Amerika Latin naik dua kali lipat.",
        [],
    ),
    (
        "en",
        "The Philippines protested against Chinese vessels in the South China Sea.",
        [("Philippines", "PHL"), ("Chinese", "CHN")],
    ),
    (
        "en",
        "Coffee exports to Latin America doubled last year.",
        [],
    ),
    (
        "en",
        "The company is based in New Jersey.",
        [],
    ),
    (
        "en",
        "The project is worth US$10 billion.",
        [],
    ),
]

#: Realistic phrases the recognisers get wrong today, with the correct expected value; kept out
#: of the collected tests so that the suite stays green, and reported to the src authors.
KNOWN_GAPS: list[Case] = [
    # why: Putrajaya, the seat of Malaysia's government, stands for it like a capital
    # actual: [('Jakarta', 'IDN')]
    (
        "ms",
        "Putrajaya dan Jakarta bersetuju menyelesaikan isu sempadan maritim.",
        [("Putrajaya", "MYS"), ("Jakarta", "IDN")],
    ),
]
