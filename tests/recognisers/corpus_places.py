"""
Place mentions, per language: ``(language, text, [(matched text, gazetteer name, alpha-3), ...])``.

The gazetteer name is the name the gazetteer gives the city ("Tehran" for "Teheran").
Each language's negatives (text that must yield no place) sit after its positives.
Written for this project; the phrases imitate Indonesian, English and Malay news copy.
"""

from __future__ import annotations

__all__ = ["CASES", "KNOWN_GAPS"]

Case = tuple[str, str, list[tuple[str, str, str]]]

CASES: list[Case] = [
    # -- every language: a place the gazetteer lacks, framed by a preposition and a country --
    (
        "id",
        "Pertemuan para menteri berlangsung di Labuan Bajo, Indonesia.",
        [("Labuan Bajo", "Labuan Bajo", "IDN")],
    ),
    (
        "ms",
        "Mesyuarat itu diadakan di Luang Prabang, Laos, pada Isnin.",
        [("Luang Prabang", "Luang Prabang", "LAO")],
    ),
    (
        "en",
        "The two ministers met in Siem Reap, Cambodia, on Monday.",
        [("Siem Reap", "Siem Reap", "KHM")],
    ),
    # ... but not when the country begins the next clause.
    ("en", "He said in Parliament, Malaysia would act.", []),
    # -- Indonesian: positives -----------------------------------------------------------------
    (
        "id",
        "Kunjungan kerja berlanjut ke Osaka dan Hiroshima.",
        [("Osaka", "Osaka", "JPN"), ("Hiroshima", "Hiroshima", "JPN")],
    ),
    (
        "id",
        "Pameran produk Indonesia digelar di Chennai dan Mumbai.",
        [("Chennai", "Chennai", "IND"), ("Mumbai", "Mumbai", "IND")],
    ),
    (
        "id",
        "Kereta cepat menghubungkan Beijing dan Shanghai.",
        [("Beijing", "Beijing", "CHN"), ("Shanghai", "Shanghai", "CHN")],
    ),
    (
        "id",
        "Larijani tiba di Islamabad, lalu terbang ke Teheran.",
        [("Islamabad", "Islamabad", "PAK"), ("Teheran", "Tehran", "IRN")],
    ),
    (
        "id",
        "Presiden menerima tamu negara di Istana Merdeka, Jakarta.",
        [("Jakarta", "Jakarta", "IDN")],
    ),
    (
        "id",
        "Delegasi Indonesia tiba di Beijing pada Selasa malam.",
        [("Beijing", "Beijing", "CHN")],
    ),
    (
        "id",
        "Bantuan kemanusiaan dikirim ke Gaza melalui perbatasan Rafah.",
        [("Gaza", "Gaza", "PSE")],
    ),
    (
        "id",
        "Warga sipil di Jalur Gaza kembali mengungsi.",
        [("Gaza", "Gaza", "PSE")],
    ),
    (
        "id",
        "Pertemuan berikutnya akan digelar di Karachi dan Lahore.",
        [("Karachi", "Karachi", "PAK"), ("Lahore", "Lahore", "PAK")],
    ),
    (
        "id",
        "Menlu bertolak dari Kuala Lumpur menuju Singapura.",
        [("Kuala Lumpur", "Kuala Lumpur", "MYS"), ("Singapura", "Singapore", "SGP")],
    ),
    (
        "id",
        "Perdana Menteri menerima rombongan di Putrajaya.",
        [("Putrajaya", "Putrajaya", "MYS")],
    ),
    (
        "id",
        "Pameran dagang itu berlangsung di Kairo dan Alexandria.",
        [("Kairo", "Cairo", "EGY"), ("Alexandria", "Alexandria", "EGY")],
    ),
    (
        "id",
        "Presiden melanjutkan lawatan ke Moskow setelah dari Ankara.",
        [("Moskow", "Moscow", "RUS"), ("Ankara", "Ankara", "TUR")],
    ),
    (
        "id",
        "Investor dari Abu Dhabi dan Dubai meninjau kawasan industri.",
        [("Abu Dhabi", "Abu Dhabi", "ARE"), ("Dubai", "Dubai", "ARE")],
    ),
    (
        "id",
        "Jemaah haji diberangkatkan dari Jeddah ke Madinah.",
        [("Jeddah", "Jeddah", "SAU"), ("Madinah", "Madinah", "SAU")],
    ),
    (
        "id",
        "Kereta cepat menghubungkan Jakarta dan Bandung.",
        [("Jakarta", "Jakarta", "IDN"), ("Bandung", "Bandung", "IDN")],
    ),
    (
        "id",
        "Kapal perang itu bersandar di Surabaya sebelum ke Makassar.",
        [("Surabaya", "Surabaya", "IDN"), ("Makassar", "Makassar", "IDN")],
    ),
    (
        "id",
        "KTT digelar di Denpasar, Bali, dan dihadiri 20 kepala negara.",
        [("Denpasar", "Denpasar", "IDN")],
    ),
    (
        "id",
        "Menteri Perdagangan meninjau pabrik di Batam dan Medan.",
        [("Batam", "Batam", "IDN"), ("Medan", "Medan", "IDN")],
    ),
    (
        "id",
        "Forum bisnis digelar di Tokyo, lalu dilanjutkan di Seoul dan Busan.",
        [("Tokyo", "Tokyo", "JPN"), ("Seoul", "Seoul", "KOR"), ("Busan", "Busan", "KOR")],
    ),
    (
        "id",
        "Konsulat Jenderal RI di New York menggelar pameran kopi.",
        [("New York", "New York City", "USA")],
    ),
    (
        "id",
        "Menlu bertemu mitranya di Hanoi sebelum terbang ke Manila.",
        [("Hanoi", "Hanoi", "VNM"), ("Manila", "Manila", "PHL")],
    ),
    (
        "id",
        "Festival budaya Indonesia digelar di Sydney dan Canberra.",
        [("Sydney", "Sydney", "AUS"), ("Canberra", "Canberra", "AUS")],
    ),
    (
        "id",
        "Pesawat kepresidenan mendarat di Peshawar dan Rawalpindi.",
        [("Peshawar", "Peshawar", "PAK"), ("Rawalpindi", "Rawalpindi", "PAK")],
    ),
    (
        "id",
        "Kunjungan kerja dilanjutkan ke Yogyakarta dan Bogor.",
        [("Yogyakarta", "Yogyakarta", "IDN"), ("Bogor", "Bogor", "IDN")],
    ),
    (
        "id",
        "Utusan khusus itu singgah di Doha dan Riyadh.",
        [("Doha", "Doha", "QAT"), ("Riyadh", "Riyadh", "SAU")],
    ),
    (
        "id",
        "Pabrik baterai dibangun di Johor Bahru, dekat Singapura.",
        [("Johor Bahru", "Johor Bahru", "MYS"), ("Singapura", "Singapore", "SGP")],
    ),
    (
        "id",
        "Pelabuhan Palembang dan Tangerang disiapkan untuk ekspor.",
        [("Palembang", "Palembang", "IDN"), ("Tangerang", "Tangerang", "IDN")],
    ),
    (
        "id",
        "Menteri Luar Negeri Iran berkunjung ke Isfahan dan Tabriz.",
        [("Isfahan", "Isfahan", "IRN"), ("Tabriz", "Tabriz", "IRN")],
    ),
    (
        "id",
        "Sidang digelar di Istanbul, bukan di Ankara.",
        [("Istanbul", "Istanbul", "TUR"), ("Ankara", "Ankara", "TUR")],
    ),
    (
        "id",
        "Dubes RI untuk Bangladesh menyerahkan surat kepercayaan di Dhaka.",
        [("Dhaka", "Dhaka", "BGD")],
    ),
    (
        "id",
        "Pesawat itu transit di Kathmandu sebelum menuju Colombo.",
        [("Kathmandu", "Kathmandu", "NPL"), ("Colombo", "Colombo", "LKA")],
    ),
    # -- Indonesian: negatives -----------------------------------------------------------------
    (
        "id",
        "Wali Kota menghadiri upacara peringatan itu.",
        [],
    ),
    (
        "id",
        "Pembangunan Ibu Kota Nusantara terus berlanjut.",
        [],
    ),
    (
        "id",
        "Era Orde Baru berakhir pada 1998.",
        [],
    ),
    (
        "id",
        "Lima orang tewas dalam kecelakaan tersebut.",
        [],
    ),
    (
        "id",
        "Perayaan Natal berlangsung khidmat dan aman.",
        [],
    ),
    (
        "id",
        "Kali ini kedua negara sepakat mempercepat perundingan.",
        [],
    ),
    (
        "id",
        "Kedua pemimpin membahas perdagangan dan investasi.",
        [],
    ),
    (
        "id",
        "Menurut Sari, harga beras masih stabil.",
        [],
    ),
    (
        "id",
        "Pemerintah Indonesia dan Pakistan sepakat memperkuat kerja sama.",
        [],
    ),
    # -- English: positives --------------------------------------------------------------------
    (
        "en",
        "The delegation visited Osaka and Hiroshima.",
        [("Osaka", "Osaka", "JPN"), ("Hiroshima", "Hiroshima", "JPN")],
    ),
    (
        "en",
        "Trade fairs opened in Chennai and Mumbai.",
        [("Chennai", "Chennai", "IND"), ("Mumbai", "Mumbai", "IND")],
    ),
    (
        "en",
        "The envoy flew to Rome and Athens.",
        [("Rome", "Rome", "ITA"), ("Athens", "Athens", "GRC")],
    ),
    (
        "en",
        "The talks were held in Islamabad before the delegation left for Tehran.",
        [("Islamabad", "Islamabad", "PAK"), ("Tehran", "Tehran", "IRN")],
    ),
    (
        "en",
        "The minister flew from Jakarta to Beijing on Sunday.",
        [("Jakarta", "Jakarta", "IDN"), ("Beijing", "Beijing", "CHN")],
    ),
    (
        "en",
        "Aid convoys entered Gaza through the Rafah crossing.",
        [("Gaza", "Gaza", "PSE")],
    ),
    (
        "en",
        "Fighting resumed in the Gaza Strip overnight.",
        [("Gaza", "Gaza", "PSE")],
    ),
    (
        "en",
        "The court in The Hague will rule next month.",
        [("The Hague", "The Hague", "NLD")],
    ),
    (
        "en",
        "Pilgrims travelled from Jeddah to Mecca by train.",
        [("Jeddah", "Jeddah", "SAU"), ("Mecca", "Makkah", "SAU")],
    ),
    (
        "en",
        "The shipment left Bombay for Karachi last week.",
        [("Bombay", "Mumbai", "IND"), ("Karachi", "Karachi", "PAK")],
    ),
    (
        "en",
        "Investors from Ho Chi Minh City visited Surabaya.",
        [("Ho Chi Minh City", "Ho Chi Minh City", "VNM"), ("Surabaya", "Surabaya", "IDN")],
    ),
    (
        "en",
        "The envoy addressed the General Assembly in New York.",
        [("New York", "New York City", "USA")],
    ),
    (
        "en",
        "Talks moved from Abu Dhabi to Dubai on the second day.",
        [("Abu Dhabi", "Abu Dhabi", "ARE"), ("Dubai", "Dubai", "ARE")],
    ),
    (
        "en",
        "The prime minister arrived in Kuala Lumpur from Singapore.",
        [("Kuala Lumpur", "Kuala Lumpur", "MYS"), ("Singapore", "Singapore", "SGP")],
    ),
    (
        "en",
        "Officials met in Cairo and Alexandria to discuss the ceasefire.",
        [("Cairo", "Cairo", "EGY"), ("Alexandria", "Alexandria", "EGY")],
    ),
    (
        "en",
        "The summit in Ankara was followed by a forum in Istanbul.",
        [("Ankara", "Ankara", "TUR"), ("Istanbul", "Istanbul", "TUR")],
    ),
    (
        "en",
        "The delegation toured factories in Lahore and Rawalpindi.",
        [("Lahore", "Lahore", "PAK"), ("Rawalpindi", "Rawalpindi", "PAK")],
    ),
    (
        "en",
        "A trade office will open in Taipei and Hong Kong.",
        [("Taipei", "Taipei", "TWN"), ("Hong Kong", "Hong Kong", "HKG")],
    ),
    (
        "en",
        "The frigate docked in Busan after leaving Tokyo.",
        [("Busan", "Busan", "KOR"), ("Tokyo", "Tokyo", "JPN")],
    ),
    (
        "en",
        "He visited Moscow and then Minsk.",
        [("Moscow", "Moscow", "RUS"), ("Minsk", "Minsk", "BLR")],
    ),
    (
        "en",
        "Ministers gathered in Washington for the annual dialogue.",
        [("Washington", "Washington", "USA")],
    ),
    (
        "en",
        "The forum opened in Doha and closed in Riyadh.",
        [("Doha", "Doha", "QAT"), ("Riyadh", "Riyadh", "SAU")],
    ),
    (
        "en",
        "The new consulate in Medan will serve northern Sumatra.",
        [("Medan", "Medan", "IDN")],
    ),
    (
        "en",
        "Pakistani and Afghan officials met in Kabul and Peshawar.",
        [("Kabul", "Kabul", "AFG"), ("Peshawar", "Peshawar", "PAK")],
    ),
    (
        "en",
        "The Iranian minister went on to Mashhad and Shiraz.",
        [("Mashhad", "Mashhad", "IRN"), ("Shiraz", "Shiraz", "IRN")],
    ),
    (
        "en",
        "The leaders met in Hanoi before flying to Manila.",
        [("Hanoi", "Hanoi", "VNM"), ("Manila", "Manila", "PHL")],
    ),
    (
        "en",
        "A direct flight links Dhaka and Colombo.",
        [("Dhaka", "Dhaka", "BGD"), ("Colombo", "Colombo", "LKA")],
    ),
    (
        "en",
        "Students from Sydney and Canberra joined the exchange.",
        [("Sydney", "Sydney", "AUS"), ("Canberra", "Canberra", "AUS")],
    ),
    (
        "en",
        "The new railway runs from Jakarta to Bandung in 45 minutes.",
        [("Jakarta", "Jakarta", "IDN"), ("Bandung", "Bandung", "IDN")],
    ),
    (
        "en",
        "Talks in Jerusalem and Tel Aviv ended without agreement.",
        [("Jerusalem", "Jerusalem", "ISR"), ("Tel Aviv", "Tel Aviv", "ISR")],
    ),
    (
        "en",
        "The minister toured Isfahan and Tabriz.",
        [("Isfahan", "Isfahan", "IRN"), ("Tabriz", "Tabriz", "IRN")],
    ),
    (
        "en",
        "The convoy reached Quetta on Friday.",
        [("Quetta", "Quetta", "PAK")],
    ),
    (
        "en",
        "Trade fairs were held in Shanghai and Kathmandu.",
        [("Shanghai", "Shanghai", "CHN"), ("Kathmandu", "Kathmandu", "NPL")],
    ),
    # -- English: negatives --------------------------------------------------------------------
    (
        "en",
        "Reading the statement, the minister said the talks went well.",
        [],
    ),
    (
        "en",
        "Nice words will not end the conflict, he said.",
        [],
    ),
    (
        "en",
        "Mobile networks were cut across the region.",
        [],
    ),
    (
        "en",
        "Split over the budget, the coalition delayed the vote.",
        [],
    ),
    (
        "en",
        "Victoria, a senior diplomat, led the delegation.",
        [],
    ),
    (
        "en",
        "The two ministers discussed trade and investment.",
        [],
    ),
    (
        "en",
        "Kota officials declined to comment.",
        [],
    ),
    (
        "en",
        "Indonesia and Pakistan agreed to strengthen cooperation.",
        [],
    ),
    (
        "en",
        "Jackson told reporters the deal was close.",
        [],
    ),
    # -- Malay ---------------------------------------------------------------------------------
    (
        "ms",
        "Perdana Menteri tiba di Putrajaya dari Jakarta petang semalam.",
        [("Putrajaya", "Putrajaya", "MYS"), ("Jakarta", "Jakarta", "IDN")],
    ),
    (
        "ms",
        "Penerbangan terus Kota Kinabalu ke Kuching dan George Town akan dibuka.",
        [
            ("Kota Kinabalu", "Kota Kinabalu", "MYS"),
            ("Kuching", "Kuching", "MYS"),
            ("George Town", "George Town", "MYS"),
        ],
    ),
    (
        "ms",
        "Kita akan terus bekerjasama, kata beliau.",
        [],
    ),
    # -- formerly known gaps, now recognised ------------------------------------------------
    (
        "id",
        "Mahkamah Internasional di Den Haag akan membacakan putusan.",
        [("Den Haag", "The Hague", "NLD")],
    ),
    (
        "en",
        "The Malaysian prime minister received the delegation in Putrajaya.",
        [("Putrajaya", "Putrajaya", "MYS")],
    ),
]

#: Realistic phrases the recognisers get wrong today, with the correct expected value; kept out
#: of the collected tests so that the suite stays green, and reported to the src authors.
KNOWN_GAPS: list[Case] = [
    # why: the Indonesian exonym Roma is shorter than the 5-letter minimum for alternates
    # actual: []
    (
        "id",
        "Paus Leo XIV menerima Presiden di Roma.",
        [("Roma", "Rome", "ITA")],
    ),
    # why: places.extra gives the form as the name; the gazetteer's name is Makkah
    # actual: [('Mekah', 'Mekah', 'SAU')]
    (
        "id",
        "Jemaah umrah tiba di Mekah pada Kamis pagi.",
        [("Mekah", "Makkah", "SAU")],
    ),
    # why: a person's surname (Lloyd Austin) is not the city of Austin
    # actual: [('Austin', 'Austin', 'USA')]
    (
        "id",
        "Menteri Pertahanan AS Lloyd Austin menerima Menhan RI.",
        [],
    ),
    # why: a person's surname (Lloyd Austin) is not the city of Austin
    # actual: [('Austin', 'Austin', 'USA')]
    (
        "en",
        "US Defense Secretary Lloyd Austin met his Indonesian counterpart.",
        [],
    ),
    # why: places.extra gives the form as the name; the gazetteer's name is Makkah
    # actual: [('Mekah', 'Mekah', 'SAU')]
    (
        "ms",
        "Jemaah umrah Malaysia selamat tiba di Mekah.",
        [("Mekah", "Makkah", "SAU")],
    ),
]
