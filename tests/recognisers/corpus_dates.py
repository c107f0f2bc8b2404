"""
Date mentions, per language: ``(language, text, published, [(matched text, kind, value), ...])``.

*published* is the publication date (ISO) that weekdays, relative words and dates without a year
are resolved against, or ``None``.
The value is an ISO date (``"2025-11-25"``), a reduced-precision date (``"2030"``, ``"2024-05"``),
``"start/end"`` for a span, or ``None`` when the text does not fix the date.
``DATELINE_CASES`` holds articles for :func:`~bilateral.recognisers.find_dateline`, with the
dateline's matched text and value, or ``None`` when the article has no dated dateline.
Each language's negatives (text that must yield no date) sit after its positives.
Written for this project; the phrases imitate Indonesian, English and Malay news copy.
"""

from __future__ import annotations

__all__ = ["CASES", "DATELINE_CASES", "KNOWN_DATELINE_GAPS", "KNOWN_GAPS"]

Case = tuple[str, str, str | None, list[tuple[str, str, str | None]]]
DatelineCase = tuple[str, str, str | None, tuple[str, str | None] | None]

CASES: list[Case] = [
    # -- Indonesian: absolute dates ------------------------------------------------------------
    (
        "id",
        "Pertemuan bilateral digelar pada 25 November 2025 di Jakarta.",
        "2025-11-26",
        [("25 November 2025", "date", "2025-11-25")],
    ),
    (
        "id",
        "Nota kesepahaman ditandatangani pada 25/11/2025 di Islamabad.",
        "2025-11-26",
        [("25/11/2025", "date", "2025-11-25")],
    ),
    (
        "id",
        "Perjanjian itu diteken pada 3/4/2025 di Kuala Lumpur.",
        "2025-04-10",
        [("3/4/2025", "date", "2025-04-03")],
    ),
    (
        "id",
        "Perjanjian ekstradisi ditandatangani pada 5 Nopember 2024.",
        "2024-11-06",
        [("5 Nopember 2024", "date", "2024-11-05")],
    ),
    (
        "id",
        "Pernyataan bersama diterbitkan pada 1 Januari 2026.",
        "2026-01-02",
        [("1 Januari 2026", "date", "2026-01-01")],
    ),
    (
        "id",
        "Data per 2025-11-25 menunjukkan kenaikan ekspor nikel.",
        "2025-11-26",
        [("2025-11-25", "date", "2025-11-25")],
    ),
    (
        "id",
        "Upacara penyambutan digelar Sabtu, 12 Juli 2025 di Istana Bogor.",
        "2025-07-13",
        [("Sabtu, 12 Juli 2025", "date", "2025-07-12")],
    ),
    (
        "id",
        "Sidang dimulai Rabu, 26 November 2025 pukul 09.00 WIB.",
        "2025-11-26",
        [("Rabu, 26 November 2025", "date", "2025-11-26")],
    ),
    (
        "id",
        "Peringatan hari kemerdekaan jatuh pada 17 Agustus.",
        "2025-08-20",
        [("17 Agustus", "date", "2025-08-17")],
    ),
    (
        "id",
        "Rombongan menteri tiba di Canberra pada 28 Desember.",
        "2026-01-05",
        [("28 Desember", "date", "2025-12-28")],
    ),
    # -- Indonesian: ranges and months ---------------------------------------------------------
    (
        "id",
        "Kunjungan kenegaraan berlangsung 12-14 Mei 2024.",
        "2024-05-15",
        [("12-14 Mei 2024", "range", "2024-05-12/2024-05-14")],
    ),
    (
        "id",
        "KTT itu digelar pada 12–14 Mei 2024 di Bali.",
        "2024-05-15",
        [("pada 12–14 Mei 2024", "range", "2024-05-12/2024-05-14")],
    ),
    (
        "id",
        "Pameran dagang berlangsung 30 Mei - 2 Juni 2024 di Surabaya.",
        "2024-06-03",
        [("30 Mei - 2 Juni 2024", "range", "2024-05-30/2024-06-02")],
    ),
    (
        "id",
        "Pertemuan dijadwalkan dari 1 hingga 3 Desember 2025.",
        "2025-11-26",
        [("dari 1 hingga 3 Desember 2025", "range", "2025-12-01/2025-12-03")],
    ),
    (
        "id",
        "Pameran digelar tanggal 5 sampai 7 Maret 2025 di Jakarta.",
        "2025-03-01",
        [("tanggal 5 sampai 7 Maret 2025", "range", "2025-03-05/2025-03-07")],
    ),
    (
        "id",
        "Perundingan putaran kedua digelar 3-5 Februari 2026 di Islamabad.",
        "2025-12-01",
        [("3-5 Februari 2026", "range", "2026-02-03/2026-02-05")],
    ),
    (
        "id",
        "Laporan itu terbit pada Mei 2024.",
        "2024-06-01",
        [("Mei 2024", "month", "2024-05")],
    ),
    (
        "id",
        "Kunjungan balasan dijadwalkan Januari 2026.",
        "2025-11-26",
        [("Januari 2026", "month", "2026-01")],
    ),
    # -- Indonesian: weekdays and relative words -----------------------------------------------
    (
        "id",
        "Delegasi Pakistan tiba di Jakarta pada hari Selasa.",
        "2025-11-27",
        [("pada hari Selasa", "weekday", "2025-11-25")],
    ),
    (
        "id",
        "Rapat terbatas digelar Senin pagi di Istana.",
        "2025-11-27",
        [("Senin pagi", "weekday", "2025-11-24")],
    ),
    (
        "id",
        "Kedua menteri makan malam bersama Kamis malam.",
        "2025-11-28",
        [("Kamis malam", "weekday", "2025-11-27")],
    ),
    (
        "id",
        "Menlu tiba di Beijing pada hari Kamis.",
        None,
        [("pada hari Kamis", "weekday", None)],
    ),
    (
        "id",
        "Menlu bertemu mitranya di Teheran kemarin.",
        "2025-11-26",
        [("kemarin", "relative", "2025-11-25")],
    ),
    (
        "id",
        "Hari ini kedua menteri menandatangani tiga perjanjian.",
        "2025-11-26",
        [("Hari ini", "relative", "2025-11-26")],
    ),
    (
        "id",
        "Presiden dijadwalkan bertolak ke Riyadh besok.",
        "2025-11-26",
        [("besok", "relative", "2025-11-27")],
    ),
    (
        "id",
        "Delegasi akan bertolak ke Riyadh esok hari.",
        "2025-11-26",
        [("esok hari", "relative", "2025-11-27")],
    ),
    # -- Indonesian: years -----------------------------------------------------------------------
    (
        "id",
        "Perdagangan ditargetkan mencapai USD 10 miliar pada 2030.",
        "2025-11-26",
        [("pada 2030", "year", "2030")],
    ),
    (
        "id",
        "Kedua negara menargetkan nilai investasi naik dua kali lipat tahun 2030.",
        "2025-11-26",
        [("tahun 2030", "year", "2030")],
    ),
    (
        "id",
        "Kerja sama pertahanan itu berlaku hingga 2030.",
        "2025-11-26",
        [("hingga 2030", "year", "2030")],
    ),
    (
        "id",
        "Proyek kereta itu rampung pada akhir 2026.",
        "2025-11-26",
        [("pada akhir 2026", "year", "2026")],
    ),
    (
        "id",
        "Indonesia menargetkan status negara maju menjelang 2045.",
        "2025-11-26",
        [("menjelang 2045", "year", "2045")],
    ),
    (
        "id",
        "Hubungan diplomatik kedua negara terjalin sejak tahun 1950.",
        "2025-11-26",
        [("tahun 1950", "year", "1950")],
    ),
    # -- Indonesian: offsets, periods, compound words ----------------------------------------
    (
        "id",
        "Kedua negara menandatangani perjanjian serupa tiga tahun lalu di Bali.",
        "2025-11-26",
        [("tiga tahun lalu", "relative", "2022")],
    ),
    (
        "id",
        "Delegasi dagang itu tiba di Jakarta dua minggu yang lalu.",
        "2025-11-26",
        [("dua minggu yang lalu", "relative", "2025-11-12")],
    ),
    (
        "id",
        "Menlu Sugiono bertemu mitranya sehari yang lalu di Ankara.",
        "2025-11-26",
        [("sehari yang lalu", "relative", "2025-11-25")],
    ),
    (
        "id",
        "Proyek itu dimulai 5 bln lalu, kata pejabat kementerian.",
        "2025-11-26",
        [("5 bln lalu", "relative", "2025-06")],
    ),
    (
        "id",
        "Nota kesepahaman itu akan diteken dalam 10 hari.",
        "2025-11-26",
        [("dalam 10 hari", "relative", "2025-12-06")],
    ),
    (
        "id",
        "KTT berikutnya digelar enam bulan lagi di Kuala Lumpur.",
        "2025-11-26",
        [("enam bulan lagi", "relative", "2026-05")],
    ),
    ("id", "Menlu tiba di Teheran tiga hari lalu.", None, [("tiga hari lalu", "relative", None)]),
    (
        "id",
        "Rombongan tiba kemarin lusa dan langsung menggelar rapat.",
        "2025-11-26",
        [("kemarin lusa", "relative", "2025-11-24")],
    ),
    (
        "id",
        "Presiden dijadwalkan bertolak ke Tokyo lusa.",
        "2025-11-26",
        [("lusa", "relative", "2025-11-28")],
    ),
    (
        "id",
        "Kedua menteri akan bertemu lagi esok di Surabaya.",
        "2025-11-26",
        [("esok", "relative", "2025-11-27")],
    ),
    (
        "id",
        "Nilai perdagangan kedua negara naik 12 persen dibanding tahun lalu.",
        "2025-11-26",
        [("tahun lalu", "relative", "2024")],
    ),
    (
        "id",
        "Forum bisnis itu akan digelar bulan depan di Dubai.",
        "2025-11-26",
        [("bulan depan", "relative", "2025-12")],
    ),
    (
        "id",
        "Kunjungan balasan direncanakan pada Maret tahun depan.",
        "2025-11-26",
        [("Maret tahun depan", "month", "2026-03")],
    ),
    (
        "id",
        "Duta besar baru itu dilantik pada 14 Agustus tahun lalu.",
        "2025-11-26",
        [("14 Agustus tahun lalu", "date", "2024-08-14")],
    ),
    # -- Indonesian: wire style, lower case, other spellings -----------------------------------
    (
        "id",
        "Presiden tiba di Islamabad, Selasa (25/11).",
        "2025-11-26",
        [("Selasa (25/11)", "date", "2025-11-25")],
    ),
    (
        "id",
        "Kesepakatan itu diumumkan pada Jumat (28/11/2025).",
        "2025-11-29",
        [("pada Jumat (28/11/2025)", "date", "2025-11-28")],
    ),
    (
        "id",
        "Menlu menerima kunjungan mitranya pada Senin lalu.",
        "2025-11-24",
        [("pada Senin lalu", "weekday", "2025-11-17")],
    ),
    (
        "id",
        "Delegasi Iran dijadwalkan tiba Kamis depan.",
        "2025-11-28",
        [("Kamis depan", "weekday", "2025-12-04")],
    ),
    (
        "id",
        "Pertemuan digelar pada rabu, 8 mei 2024 di Bogor.",
        None,
        [("pada rabu, 8 mei 2024", "date", "2024-05-08")],
    ),
    (
        "id",
        "Data perdagangan dirilis 27 Oct 2025 pukul 10.00 WIB.",
        None,
        [("27 Oct 2025", "date", "2025-10-27")],
    ),
    ("id", "Jadwal sidang: 14april 2026.", None, [("14april 2026", "date", "2026-04-14")]),
    (
        "id",
        "Data per 2025-3-7 menunjukkan surplus neraca dagang.",
        None,
        [("2025-3-7", "date", "2025-03-07")],
    ),
    ("id", "28/2", "2026-03-05", [("28/2", "date", "2026-02-28")]),
    # -- Indonesian: negatives -----------------------------------------------------------------
    (
        "id",
        "Sebanyak 2030 personel dikerahkan ke perbatasan.",
        "2025-11-26",
        [],
    ),
    (
        "id",
        "Harga cabai naik dalam dua minggu terakhir.",
        "2025-11-26",
        [],
    ),
    (
        "id",
        "Menurut Juni Rahayu, ekspor tetap tumbuh.",
        "2025-11-26",
        [],
    ),
    (
        "id",
        "Ia menunggu selama 14 hari di perbatasan.",
        "2025-11-26",
        [],
    ),
    (
        "id",
        "Pasal 25 ayat 11 mengatur perlindungan investasi.",
        "2025-11-26",
        [],
    ),
    (
        "id",
        "Skor akhir pertandingan persahabatan itu 3-2.",
        "2025-11-26",
        [],
    ),
    (
        "id",
        "Pesawat kepresidenan mendarat pukul 10.30 WIB.",
        "2025-11-26",
        [],
    ),
    (
        "id",
        "Harga minyak naik 2,5 persen pada perdagangan pagi.",
        "2025-11-26",
        [],
    ),
    (
        "id",
        "Kode pos kantor kedutaan itu 12140.",
        "2025-11-26",
        [],
    ),
    ("id", "Ini kunjungan pertama Menlu RI ke Pyongyang dalam 12 tahun.", "2025-11-26", []),
    ("id", "Ekspor tumbuh dua kali lipat dalam tiga tahun.", "2025-11-26", []),
    ("id", "Kapasitas pelabuhan itu ditargetkan berlipat dalam setahun.", "2025-11-26", []),
    ("id", "Dalam dua tahun ini, hubungan kedua negara makin erat.", "2025-11-26", []),
    ("id", "Beberapa tahun lalu, kedua negara sempat berselisih.", "2025-11-26", []),
    ("id", "Minggu depan, delegasi Iran akan tiba di Jakarta.", "2025-11-26", []),
    ("id", "Ribuan jemaah mengikuti salat jumat di masjid raya.", "2025-11-26", []),
    ("id", "Sebanyak 3/4 anggota parlemen menyetujui ratifikasi.", "2025-11-26", []),
    ("id", "Anggaran periode 2009-10 dibahas ulang oleh komisi.", "2025-11-26", []),
    # -- English: absolute dates ---------------------------------------------------------------
    (
        "en",
        "The two ministers met on November 25, 2025 in Islamabad.",
        "2025-11-26",
        [("November 25, 2025", "date", "2025-11-25")],
    ),
    (
        "en",
        "The accord was signed on 25 November 2025.",
        "2025-11-26",
        [("25 November 2025", "date", "2025-11-25")],
    ),
    (
        "en",
        "The memorandum was signed on 11/25/2025 in Jakarta.",
        "2025-11-26",
        [("11/25/2025", "date", "2025-11-25")],
    ),
    (
        "en",
        "The treaty was signed on 3/4/2025.",
        "2025-03-10",
        [("3/4/2025", "date", "2025-03-04")],
    ),
    (
        "en",
        "Talks resume Sept. 3 in Geneva.",
        "2025-09-01",
        [("Sept. 3", "date", "2025-09-03")],
    ),
    (
        "en",
        "The deal was announced Nov 25.",
        "2025-11-26",
        [("Nov 25", "date", "2025-11-25")],
    ),
    (
        "en",
        "The delegation arrived on December 28.",
        "2026-01-05",
        [("December 28", "date", "2025-12-28")],
    ),
    (
        "en",
        "The agreement takes effect on May 1st.",
        "2025-04-20",
        [("May 1st", "date", "2025-05-01")],
    ),
    (
        "en",
        "Figures released on 2025-11-25 showed a surplus.",
        "2025-11-26",
        [("2025-11-25", "date", "2025-11-25")],
    ),
    (
        "en",
        "The ceremony took place on Tuesday, November 25, 2025.",
        "2025-11-26",
        [("on Tuesday, November 25, 2025", "date", "2025-11-25")],
    ),
    (
        "en",
        "The talks ended on 14 May 2024 after three days.",
        "2024-05-15",
        [("14 May 2024", "date", "2024-05-14")],
    ),
    # -- English: ranges and months ------------------------------------------------------------
    (
        "en",
        "Talks are scheduled 12 to 14 May in Jakarta.",
        "2024-05-10",
        [("12 to 14 May", "range", "2024-05-12/2024-05-14")],
    ),
    (
        "en",
        "The visit will run from May 12 to 14.",
        "2024-05-10",
        [("from May 12 to 14", "range", "2024-05-12/2024-05-14")],
    ),
    (
        "en",
        "The talks ran May 12-14, 2024.",
        "2024-05-15",
        [("May 12-14, 2024", "range", "2024-05-12/2024-05-14")],
    ),
    (
        "en",
        "The exhibition runs May 30 - June 2, 2024.",
        "2024-05-15",
        [("May 30 - June 2, 2024", "range", "2024-05-30/2024-06-02")],
    ),
    (
        "en",
        "The forum will be held between 3 and 5 March 2025.",
        "2025-02-20",
        [("between 3 and 5 March 2025", "range", "2025-03-03/2025-03-05")],
    ),
    (
        "en",
        "Voting takes place from June 30 to July 2, 2025.",
        "2025-06-01",
        [("from June 30 to July 2, 2025", "range", "2025-06-30/2025-07-02")],
    ),
    (
        "en",
        "The report was published in May 2024.",
        "2024-06-01",
        [("May 2024", "month", "2024-05")],
    ),
    (
        "en",
        "A follow-up meeting is planned for January 2026.",
        "2025-11-26",
        [("January 2026", "month", "2026-01")],
    ),
    # -- English: weekdays and relative words --------------------------------------------------
    (
        "en",
        "Pakistan's foreign minister arrived in Tehran on Tuesday.",
        "2025-11-27",
        [("on Tuesday", "weekday", "2025-11-25")],
    ),
    (
        "en",
        "The leaders met on Friday morning.",
        "2025-11-29",
        [("on Friday morning", "weekday", "2025-11-28")],
    ),
    (
        "en",
        "The minister left for Riyadh last Friday.",
        "2025-12-01",
        [("last Friday", "weekday", "2025-11-28")],
    ),
    (
        "en",
        "The minister arrived on Wednesday and left on Friday.",
        "2025-11-28",
        [("on Wednesday", "weekday", "2025-11-26"), ("on Friday", "weekday", "2025-11-28")],
    ),
    (
        "en",
        "The envoy arrived on Thursday.",
        None,
        [("on Thursday", "weekday", None)],
    ),
    (
        "en",
        "The agreement was signed yesterday.",
        "2025-11-26",
        [("yesterday", "relative", "2025-11-25")],
    ),
    (
        "en",
        "Today the two leaders will hold talks in Beijing.",
        "2025-11-26",
        [("Today", "relative", "2025-11-26")],
    ),
    (
        "en",
        "The ministers will meet again tomorrow.",
        "2025-11-26",
        [("tomorrow", "relative", "2025-11-27")],
    ),
    (
        "en",
        "Exports rose yesterday, the ministry said on Monday.",
        "2025-11-26",
        [("yesterday", "relative", "2025-11-25"), ("on Monday", "weekday", "2025-11-24")],
    ),
    # -- English: years ------------------------------------------------------------------------
    (
        "en",
        "They aim to double bilateral trade by 2030.",
        "2025-11-26",
        [("by 2030", "year", "2030")],
    ),
    (
        "en",
        "The plant will be completed by the end of 2026.",
        "2025-11-26",
        [("by the end of 2026", "year", "2026")],
    ),
    (
        "en",
        "Bilateral trade reached $3 billion in 2024.",
        "2025-11-26",
        [("in 2024", "year", "2024")],
    ),
    (
        "en",
        "The defence pact runs until 2035.",
        "2025-11-26",
        [("until 2035", "year", "2035")],
    ),
    # -- English: offsets, periods, compound words ---------------------------------------------
    (
        "en",
        "The two leaders first met three years ago in Hanoi.",
        "2025-11-26",
        [("three years ago", "relative", "2022")],
    ),
    (
        "en",
        "The embassy reopened six days ago after repairs.",
        "2025-11-26",
        [("six days ago", "relative", "2025-11-20")],
    ),
    (
        "en",
        "The agreement was initialled a week ago in Geneva.",
        "2025-11-26",
        [("a week ago", "relative", "2025-11-19")],
    ),
    (
        "en",
        "The pact will be reviewed 18 months from now.",
        "2025-11-26",
        [("18 months from now", "relative", "2027-05")],
    ),
    (
        "en",
        "The ministers will meet again in two weeks' time.",
        "2025-11-26",
        [("in two weeks' time", "relative", "2025-12-10")],
    ),
    (
        "en",
        "The ratified text takes effect in 30 days.",
        "2025-11-26",
        [("in 30 days", "relative", "2025-12-26")],
    ),
    (
        "en",
        "The next review is due 3 years from today.",
        "2025-11-26",
        [("3 years from today", "relative", "2028-11-26")],
    ),
    (
        "en",
        "The envoy arrived the day before yesterday.",
        "2025-11-26",
        [("day before yesterday", "relative", "2025-11-24")],
    ),
    (
        "en",
        "Voting begins the day after tomorrow.",
        "2025-11-26",
        [("day after tomorrow", "relative", "2025-11-28")],
    ),
    (
        "en",
        "Bilateral trade grew 8 percent last year.",
        "2025-11-26",
        [("last year", "relative", "2024")],
    ),
    (
        "en",
        "A trade mission will travel to Lagos next month.",
        "2025-11-26",
        [("next month", "relative", "2025-12")],
    ),
    (
        "en",
        "The minister took office in July last year.",
        "2025-11-26",
        [("July last year", "month", "2024-07")],
    ),
    (
        "en",
        "The deal was agreed in May last year.",
        "2025-11-26",
        [("May last year", "month", "2024-05")],
    ),
    # -- English: other forms of dates ----------------------------------------------------------
    (
        "en",
        "The treaty was signed on the 15th of february.",
        "2025-03-01",
        [("15th of february", "date", "2025-02-15")],
    ),
    (
        "en",
        "Celebrations were held on the 4th of July.",
        "2025-07-10",
        [("4th of July", "date", "2025-07-04")],
    ),
    (
        "en",
        "The vote is set for the first of March.",
        "2025-02-10",
        [("first of March", "date", "2025-03-01")],
    ),
    ("en", "The vote is set for march 3.", "2025-02-10", [("march 3", "date", "2025-03-03")]),
    ("en", "The talks ended on 8 may 2024.", None, [("8 may 2024", "date", "2024-05-08")]),
    (
        "en",
        "Delegates gathered on february 15 in Oslo.",
        "2025-02-20",
        [("february 15", "date", "2025-02-15")],
    ),
    (
        "en",
        "The notice was dated Wed Aug 06 09:30:00 2025.",
        None,
        [("Wed Aug 06 09:30:00 2025", "date", "2025-08-06")],
    ),
    (
        "en",
        "The figures were posted at 2025-11-25T08:00:00+07:00.",
        None,
        [("2025-11-25", "date", "2025-11-25")],
    ),
    ("en", "Customs data for 2025-10 showed a deficit.", None, [("2025-10", "month", "2025-10")]),
    ("en", "The ceasefire deadline is 29.02.2028.", None, [("29.02.2028", "date", "2028-02-29")]),
    (
        "en",
        "The minister flew to Riyadh last tuesday.",
        "2025-11-25",
        [("last tuesday", "weekday", "2025-11-18")],
    ),
    (
        "en",
        "The leaders will meet next Friday in Canberra.",
        "2025-11-26",
        [("next Friday", "weekday", "2025-11-28")],
    ),
    ("en", "2/28", "2025-03-03", [("2/28", "date", "2025-02-28")]),
    # -- English: negatives --------------------------------------------------------------------
    (
        "en",
        "The minister may visit Jakarta next month.",
        "2025-11-26",
        [("next month", "relative", "2025-12")],
    ),
    (
        "en",
        "Ministers may 12 months from now review the pact.",
        "2025-11-26",
        [("12 months from now", "relative", "2026-11")],
    ),
    (
        "en",
        "Talks may resume in March.",
        "2025-11-26",
        [],
    ),
    (
        "en",
        "A total of 2030 troops were deployed to the border.",
        "2025-11-26",
        [],
    ),
    (
        "en",
        "Article 25 of the treaty covers investment protection.",
        "2025-11-26",
        [],
    ),
    (
        "en",
        "The vote in the committee was 12-14.",
        "2025-11-26",
        [],
    ),
    (
        "en",
        "Former prime minister Theresa May led the delegation.",
        "2025-11-26",
        [],
    ),
    (
        "en",
        "Protesters plan to march on parliament.",
        "2025-11-26",
        [],
    ),
    (
        "en",
        "The flight lands at 10.30 local time.",
        "2025-11-26",
        [],
    ),
    (
        "en",
        "Oil prices rose 2.5 percent in early trade.",
        "2025-11-26",
        [],
    ),
    ("en", "It was the first visit by an Indonesian president in 11 years.", "2025-11-26", []),
    ("en", "Exports rose 14% in nine months.", "2025-11-26", []),
    ("en", "About 3/4 of members backed the motion.", "2025-11-26", []),
    ("en", "Some 12 may be released next week.", "2025-11-26", []),
    ("en", "Thousands march 3 miles to the parliament.", "2025-11-26", []),
    (
        "en",
        "Theresa May first raised the issue in 2017.",
        "2025-11-26",
        [("in 2017", "year", "2017")],
    ),
    (
        "en",
        "Theresa May last year ruled out a second vote.",
        "2025-11-26",
        [("last year", "relative", "2024")],
    ),
    ("en", "Protesters staged the March on Washington again.", "2025-11-26", []),
    ("en", "The plan was shelved several years ago.", "2025-11-26", []),
    ("en", "The hotline runs 24/7 during the summit.", "2025-11-26", []),
    ("en", "The sun rose over the summit venue.", "2025-11-26", []),
    # -- Malay ---------------------------------------------------------------------------------
    (
        "ms",
        "Lawatan rasmi itu berlangsung pada 25 November 2025.",
        "2025-11-26",
        [("25 November 2025", "date", "2025-11-25")],
    ),
    (
        "ms",
        "Mesyuarat suruhanjaya bersama diadakan pada 12 hingga 14 Mei 2024.",
        "2024-05-15",
        [("pada 12 hingga 14 Mei 2024", "range", "2024-05-12/2024-05-14")],
    ),
    (
        "ms",
        "Perdana Menteri tiba di Jakarta semalam.",
        "2025-11-26",
        [("semalam", "relative", "2025-11-25")],
    ),
    (
        "ms",
        "Beliau akan berlepas ke Islamabad pada hari Selasa.",
        "2025-11-27",
        [("pada hari Selasa", "weekday", "2025-11-25")],
    ),
    (
        "ms",
        "Dagangan dua hala disasar mencecah RM100 bilion menjelang 2030.",
        "2025-11-26",
        [("menjelang 2030", "year", "2030")],
    ),
    (
        "ms",
        "Rundingan pusingan ketiga dijadual pada Ogos 2026.",
        "2025-11-26",
        [("Ogos 2026", "month", "2026-08")],
    ),
    (
        "ms",
        "Kedua-dua pemimpin bertemu dua hari lalu di Putrajaya.",
        "2025-11-26",
        [("dua hari lalu", "relative", "2025-11-24")],
    ),
    (
        "ms",
        "Perjanjian itu dimeterai tiga minggu lepas.",
        "2025-11-26",
        [("tiga minggu lepas", "relative", "2025-11-05")],
    ),
    (
        "ms",
        "Laporan akhir akan siap dalam tempoh 10 hari.",
        "2025-11-26",
        [("dalam tempoh 10 hari", "relative", "2025-12-06")],
    ),
    (
        "ms",
        "Mesyuarat itu diadakan pada isnin 14 disember 2020.",
        None,
        [("pada isnin 14 disember 2020", "date", "2020-12-14")],
    ),
    (
        "ms",
        "Lawatan itu susulan kunjungan Anwar pada Mei tahun lepas.",
        "2025-11-26",
        [("Mei tahun lepas", "month", "2024-05")],
    ),
    (
        "ms",
        "Rundingan akan disambung bulan hadapan.",
        "2025-11-26",
        [("bulan hadapan", "relative", "2025-12")],
    ),
    (
        "ms",
        "Beliau tiba di Hanoi pada Selasa lepas.",
        "2025-11-25",
        [("pada Selasa lepas", "weekday", "2025-11-18")],
    ),
    (
        "ms",
        "Kelmarin, kedua-dua menteri menandatangani memorandum.",
        "2025-11-26",
        [("Kelmarin", "relative", "2025-11-24")],
    ),
    (
        "ms",
        "Dagangan meningkat 20 peratus dalam tempoh dua minggu.",
        "2025-11-26",
        [],
    ),
    ("ms", "Ribuan jemaah menunaikan solat jumaat di Masjid Putra.", "2025-11-26", []),
]

DATELINE_CASES: list[DatelineCase] = [
    (
        "id",
        "JAKARTA, 12 Mei 2024 (ANTARA) - Presiden menerima kunjungan Perdana Menteri Malaysia.",
        None,
        ("JAKARTA, 12 Mei 2024 (ANTARA) -", "2024-05-12"),
    ),
    (
        "id",
        "Indonesia dan Malaysia perkuat kerja sama\n"
        "JAKARTA, 12 Mei 2024 (ANTARA) - Presiden menerima kunjungan Perdana Menteri Malaysia.",
        None,
        ("JAKARTA, 12 Mei 2024 (ANTARA) -", "2024-05-12"),
    ),
    (
        "id",
        "ISLAMABAD, 25 November 2025 (ANTARA) - Menteri Luar Negeri bertemu mitranya.",
        "2025-11-26",
        ("ISLAMABAD, 25 November 2025 (ANTARA) -", "2025-11-25"),
    ),
    (
        "id",
        "KUALA LUMPUR, 3 Juni 2025 (Bernama) -- Kedua menteri membahas perdagangan.",
        None,
        ("KUALA LUMPUR, 3 Juni 2025 (Bernama) --", "2025-06-03"),
    ),
    (
        "id",
        "Jakarta (ANTARA) - Presiden menerima kunjungan Menteri Luar Negeri Iran, Selasa (25/11).",
        "2025-11-25",
        None,
    ),
    (
        "id",
        "Presiden menerima kunjungan Perdana Menteri Malaysia di Istana Merdeka.",
        None,
        None,
    ),
    (
        "id",
        "SURABAYA, 28/2 (ANTARA) - Gubernur menerima rombongan investor dari Jepang.",
        "2026-03-01",
        ("SURABAYA, 28/2 (ANTARA) -", "2026-02-28"),
    ),
    (
        "en",
        "ISLAMABAD, Nov 25 (Reuters) - Pakistan's foreign minister met his Iranian counterpart.",
        "2025-11-25",
        ("ISLAMABAD, Nov 25 (Reuters) -", "2025-11-25"),
    ),
    (
        "en",
        "ISLAMABAD, Nov 25 (Reuters) - Pakistan's foreign minister met his Iranian counterpart.",
        None,
        ("ISLAMABAD, Nov 25 (Reuters) -", None),
    ),
    (
        "en",
        "TEHRAN, Nov. 25 (IRNA) -- Iran and Pakistan signed six agreements.",
        "2025-11-26",
        ("TEHRAN, Nov. 25 (IRNA) --", "2025-11-25"),
    ),
    (
        "en",
        "BEIJING, May 12, 2024 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks.",
        None,
        ("BEIJING, May 12, 2024 (Xinhua) --", "2024-05-12"),
    ),
    (
        "en",
        "WASHINGTON (AP) — The United States and Indonesia signed a trade deal.",
        None,
        None,
    ),
    (
        "en",
        "Pakistan's foreign minister arrived in Tehran on Tuesday for talks.",
        "2025-11-26",
        None,
    ),
    (
        "ms",
        "PUTRAJAYA, 25 Nov (Bernama) -- Malaysia dan Indonesia bersetuju memperluas kerjasama.",
        "2025-11-26",
        ("PUTRAJAYA, 25 Nov (Bernama) --", "2025-11-25"),
    ),
]

#: Realistic phrases the recognisers get wrong today, with the correct expected value; kept out
#: of the collected tests so that the suite stays green, and reported to the src authors.
KNOWN_GAPS: list[Case] = [
    # why: "kemaren", the spoken spelling of "kemarin", is not in dates.yesterday (the lexicon's
    # documented examples show that key's forms)
    # actual: []
    (
        "id",
        "Dubes itu kemaren menyerahkan surat kepercayaan.",
        "2025-11-26",
        [("kemaren", "relative", "2025-11-25")],
    ),
    # why: a newspaper's name is not a weekday
    # actual: [('Sunday', 'weekday', '2025-11-23')]
    (
        "en",
        "The Sunday Times reported that the deal was close.",
        "2025-11-26",
        [],
    ),
]
KNOWN_DATELINE_GAPS: list[DatelineCase] = []
