#!/usr/bin/env python3
"""make_bad.py — write rasd's bad-input corpus (tests/bad/) into a directory.

Usage:
    python3 tools/make_bad.py [--set large|small|all] [--line-mib N] [--over-mib N] DIR

Names follow yyjson's convention: y_* must be accepted (processed; exit 0, warnings allowed),
n_* must be reported — file, record and byte offset — and partly or wholly skipped while
processing goes on (non-zero exit). tests/bad/README.md says what each file holds.

  --set large (default)  the inputs too big or too binary to commit, generated at test time:
      y_50mb_line.txt                 one 50 MiB line, no newline (under the 64 MiB limit)
      n_jsonl_line_over_limit.jsonl   3 records; the 2nd is a 70 MiB line (over the limit)
      n_truncated.txt.gz              gzip of an Arabic text, cut in the middle of the stream
      n_warc_corrupt_member.warc.gz   per-record gzip WARC; the 5th member is damaged mid-stream
  --set small            the small files committed in tests/bad/ (this script is their source:
                         regenerate with `python3 tools/make_bad.py --set small tests/bad`)
  --set all              both.

--line-mib / --over-mib shrink the two big files for quick runs (use with rasd's max-doc option).
Output is deterministic. Standard library only; large files are streamed to disk in 1 MiB
chunks, never built in memory. The texts are written for this project; the contacts in them
are real and correctly dated.
"""
import argparse
import codecs
import hashlib
import json
import os
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_warc  # noqa: E402  (same directory)

MIB = 1024 * 1024

# ---- texts ------------------------------------------------------------------------------------

CONTACT_GENEVA = ("عقد الرئيس الأميركي جو بايدن ونظيره الروسي فلاديمير بوتين قمة في جنيف "
                  "يوم 16 حزيران/يونيو 2021، واستمرت المحادثات أقل من أربع ساعات.")
CONTACT_MOSCOW = ("التقى الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين في الكرملين "
                  "يوم 20 مارس 2023، في محادثات غير رسمية استمرت قرابة أربع ساعات ونصف.")
CONTACT_BALI = ("التقى الرئيس الأمريكي جو بايدن الرئيس الصيني شي جين بينغ في جزيرة بالي "
                "الإندونيسية يوم 14 نوفمبر 2022، في محادثات استمرت أكثر من ثلاث ساعات.")
CONTACT_OVAL = ("استقبل الرئيس الأمريكي دونالد ترامب نظيره الأوكراني فولوديمير زيلينسكي "
                "في البيت الأبيض يوم 28 فبراير 2025.")
CONTACT_VATICAN = ("التقى ترامب وزيلينسكي داخل كاتدرائية القديس بطرس في الفاتيكان يوم "
                   "26 أبريل 2025 في اجتماع استمر نحو 15 دقيقة.")
CONTACT_MACRON = ("تحادث الرئيس الفرنسي إيمانويل ماكرون والرئيس الروسي فلاديمير بوتين هاتفياً "
                  "يوم 1 يوليو 2025 لنحو ساعتين، في أول اتصال بينهما منذ سبتمبر 2022.")
CONTACT_FEB12 = ("تحادث الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين هاتفياً "
                 "يوم 12 فبراير 2025 في مكالمة استمرت نحو 90 دقيقة.")
CONTACT_SOCHI = ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين في "
                 "سوتشي يوم 4 سبتمبر 2023، وتصدر اتفاق الحبوب جدول المباحثات.")
CONTACT_RIYADH = ("استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس الصيني شي جين بينغ "
                  "في قصر اليمامة بالرياض يوم 8 ديسمبر 2022 وعقدا جلسة مباحثات رسمية.")
CONTACT_KYIV = ("وصل رئيس الوزراء الياباني فوميو كيشيدا إلى كييف يوم 21 مارس 2023 والتقى "
                "الرئيس الأوكراني فولوديمير زيلينسكي.")
CONTACT_JEDDAH = ("استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأوكراني فولوديمير "
                  "زيلينسكي في قصر السلام بجدة يوم 10 مارس 2025.")
CONTACT_CAIRO = ("عقد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني "
                 "والرئيس الفرنسي إيمانويل ماكرون قمة ثلاثية في القاهرة يوم الاثنين 7 أبريل "
                 "2025، وأجروا خلالها اتصالا هاتفيا مشتركا بالرئيس الأمريكي دونالد ترامب.")

# Neutral filler: no actor, place, date or contact, so a huge document of it yields no events.
FILLER = ("وتواصل هطول الأمطار على المرتفعات طوال ساعات النهار، فيما دعت الجهات المختصة "
          "السائقين إلى توخي الحذر وتخفيف السرعة على الطرق الجبلية. ")

NEUTRAL_PARAS = [
    "وتناولت المباحثات العلاقات الثنائية وسبل تطويرها في مجالات الطاقة والتجارة والاستثمار.",
    "وأكد الجانبان أهمية مواصلة التشاور والتنسيق إزاء القضايا الإقليمية والدولية.",
    "وحضر اللقاء عدد من الوزراء وكبار المسؤولين من البلدين.",
    "وأشار البيان الختامي إلى الاتفاق على تشكيل فرق عمل لمتابعة تنفيذ ما تم التوافق عليه.",
    "وتطرق النقاش إلى أوضاع الأسواق العالمية وأسعار الغذاء وسلاسل الإمداد.",
    "ولفت مراقبون إلى أن اللقاء جاء في توقيت حساس تشهد فيه المنطقة تطورات متسارعة.",
]


def page_html(title: str, paras, charset="utf-8") -> str:
    body = "".join("<p>%s</p>\n" % p for p in paras)
    return ("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"%s\">\n"
            "<title>%s</title>\n</head>\n<body>\n<article>\n<h1>%s</h1>\n%s</article>\n"
            "</body>\n</html>\n" % (charset, title, title, body))


def write(path: str, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)


def u(s: str) -> bytes:
    return s.encode("utf-8")


# ---- large, generated at test time ------------------------------------------------------------

def stream_text(f, total: int, head: bytes, unit: bytes) -> None:
    """Writes exactly `total` bytes: head, then whole copies of unit, then ASCII spaces."""
    f.write(head)
    left = total - len(head)
    chunk = unit * max(1, MIB // len(unit))
    while left >= len(chunk):
        f.write(chunk)
        left -= len(chunk)
    n = left // len(unit)
    f.write(unit * n)
    f.write(b" " * (left - n * len(unit)))


def gen_50mb_line(d: str, mib: int) -> None:
    with open(os.path.join(d, "y_50mb_line.txt"), "wb") as f:
        stream_text(f, mib * MIB, u(CONTACT_GENEVA + " "), u(FILLER))


def gen_jsonl_over_limit(d: str, mib: int) -> None:
    with open(os.path.join(d, "n_jsonl_line_over_limit.jsonl"), "wb") as f:
        f.write(u(json.dumps({"id": "ol-1", "published": "2023-03-20", "text": CONTACT_MOSCOW},
                             ensure_ascii=False) + "\n"))
        head = u('{"id": "ol-2-huge", "published": "2025-01-01", "text": "')
        tail = b'"}\n'
        # the whole line (without its newline) is mib MiB
        stream_text(f, mib * MIB - len(tail) + 1, head, u(FILLER))
        f.write(tail)
        f.write(u(json.dumps({"id": "ol-3", "published": "2022-11-14", "text": CONTACT_BALI},
                             ensure_ascii=False) + "\n"))


def gen_truncated_gz(d: str) -> None:
    text = "\n\n".join([CONTACT_OVAL, NEUTRAL_PARAS[0], CONTACT_VATICAN] + NEUTRAL_PARAS[1:] +
                       [CONTACT_MACRON, CONTACT_FEB12] + NEUTRAL_PARAS) + "\n"
    gz = make_warc.gzip_member(u(text))
    write(os.path.join(d, "n_truncated.txt.gz"), gz[: len(gz) // 2])


def corrupt_member(member: bytes) -> bytes:
    """Overwrites 24 bytes in the middle of the deflate data with fixed pseudo-random bytes
    (no gzip magic among them). For this member inflate then fails mid-stream ("invalid
    distance too far back") instead of only at the CRC check; gen_warc_corrupt_member checks
    that the member is really undecodable."""
    body_start, body_end = 10, len(member) - 8
    mid = (body_start + body_end) // 2
    pattern = (hashlib.sha256(b"rasd-0").digest() * 2)[:24]
    assert b"\x1f\x8b" not in pattern
    b = bytearray(member)
    b[mid:mid + 24] = pattern
    return bytes(b)


def gen_warc_corrupt_member(d: str) -> None:
    pages = [
        ("record-1.html", page_html("سجل 1: مكالمة ترامب وبوتين", [CONTACT_FEB12] + NEUTRAL_PARAS)),
        ("record-2.html", page_html("سجل 2: أردوغان وبوتين في سوتشي", [CONTACT_SOCHI] + NEUTRAL_PARAS)),
        ("record-3.html", page_html("سجل 3: محمد بن سلمان وشي في الرياض", [CONTACT_RIYADH] + NEUTRAL_PARAS)),
    ]
    path = os.path.join(d, "n_warc_corrupt_member.warc.gz")
    make_warc.write_warc(path, [(n, u(h)) for n, h in pages], gzip_records=True, version="1.1",
                         uri_base="https://bad.example.test/")
    # members: warcinfo, req1, resp1, req2, resp2, req3, resp3 -> damage resp2 (index 4)
    data = open(path, "rb").read()
    members, pos = [], 0
    while pos < len(data):
        dec = zlib.decompressobj(31)
        dec.decompress(data[pos:])
        end = len(data) - len(dec.unused_data)
        members.append(data[pos:end])
        pos = end
    members[4] = corrupt_member(members[4])
    try:
        zlib.decompressobj(31).decompress(members[4])
        raise SystemExit("make_bad: the corrupted member still decodes; change the pattern")
    except zlib.error:
        pass
    write(path, b"".join(members))


# ---- small, committed in tests/bad ------------------------------------------------------------

def gen_small(d: str) -> None:
    # invalid UTF-8: stray 0xFF, a 2-byte lead byte cut short, overlong C0 AF, a surrogate
    # ED A0 80, and a lone lead byte at the very end of the file.
    write(os.path.join(d, "n_invalid_utf8.txt"), b"".join([
        u("قمة جنيف\n"),
        u("عقد الرئيس الأميركي جو بايدن ونظيره الروسي فلاديمير بوتين قمة في جنيف يوم 16 حزيران/يونيو 2021."),
        b"\xff\n",
        u("واستمرت المحادثات أقل من أربع ساعات"), b"\xd8", u(" في فيلا لا غرانج.\n"),
        u("وأصدر الرئيسان بيانا مشتركا "), b"\xc0\xaf", u(" حول الاستقرار الاستراتيجي.\n"),
        u("وكان اتصالهما الأول في 26 كانون الثاني/يناير 2021 "), b"\xed\xa0\x80", u(".\n"),
        u("نهاية النص "), b"\xd9",
    ]))
    write(os.path.join(d, "n_nul_bytes.txt"), b"".join([
        u("شي جين بينغ في موسكو\n"),
        u("التقى الرئيس الصيني شي جين بينغ"), b"\x00", u(" نظيره الروسي فلاديمير بو"), b"\x00",
        u("تين في الكرملين يوم 20 مارس 2023.\n"),
        b"\x00\x00\x00", u("واستمرت المحادثات غير الرسمية قرابة أربع ساعات ونصف.\n"), b"\x00",
    ]))
    write(os.path.join(d, "n_empty.txt"), b"")
    write(os.path.join(d, "n_only_whitespace.txt"), u(" \t\n\r\n\u00a0\u00a0\n\u2003\t \n\n   \n"))

    def jl(obj) -> str:
        return json.dumps(obj, ensure_ascii=False)

    write(os.path.join(d, "n_jsonl_not_json.jsonl"), u("\n".join([
        jl({"id": "nj-1", "published": "2023-03-20", "text": CONTACT_MOSCOW}),
        "this is not json {",
        jl({"id": "nj-3", "published": "2022-11-14", "text": CONTACT_BALI}),
    ]) + "\n"))
    write(os.path.join(d, "n_jsonl_no_text.jsonl"), u("\n".join([
        jl({"id": "nt-1", "title": "سجل بلا نص", "published": "2025-02-28", "outlet": "الواحة نيوز"}),
        jl({"id": "nt-2", "published": "2025-02-28", "text": CONTACT_OVAL}),
        jl({"id": "nt-3", "published": "2025-02-28", "text": None}),
    ]) + "\n"))
    write(os.path.join(d, "n_jsonl_text_not_string.jsonl"), u("\n".join([
        '{"id": "ns-1", "published": "2025-04-26", "text": 42}',
        jl({"id": "ns-2", "published": "2025-04-26", "html": ["<p>%s</p>" % CONTACT_VATICAN]}),
        jl({"id": "ns-3", "published": "2025-04-26", "text": CONTACT_VATICAN}),
    ]) + "\n"))
    write(os.path.join(d, "y_jsonl_crlf.jsonl"), u("\r\n".join([
        jl({"id": "crlf-1", "published": "2025-07-01T20:10:00+04:00", "text": CONTACT_MACRON}),
        "",
        jl({"id": "crlf-2", "published": "2023-09-04", "text": CONTACT_SOCHI}),
    ]) + "\r\n"))
    write(os.path.join(d, "y_jsonl_bom.jsonl"), b"\xef\xbb\xbf" + u("\n".join([
        jl({"id": "bom-1", "published": "2025-03-10", "text": CONTACT_JEDDAH}),
        jl({"id": "bom-2", "published": "2023-03-21", "text": CONTACT_KYIV}),
    ]) + "\n"))

    gen_warc_length(d)

    pages = [("one.html", u(page_html("بوتين وشي في موسكو", [CONTACT_MOSCOW]))),
             ("two.html", u(page_html("أردوغان وبوتين في سوتشي", [CONTACT_SOCHI])))]
    make_warc.write_warc(os.path.join(d, "y_warc_1_0_and_1_1.warc"), pages, mixed=True,
                         uri_base="http://old-site.example.test", bracket_uri_10=True)

    write(os.path.join(d, "y_html_no_body.html"), u(
        "<!DOCTYPE html>\n<html lang=\"ar\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>بايدن وشي في بالي</title>\n</head>\n"
        "<h1>بايدن وشي في بالي</h1>\n<p>%s</p>\n<p>%s</p>\n</html>\n"
        % (CONTACT_BALI, NEUTRAL_PARAS[1])))
    write(os.path.join(d, "y_html_broken_tags.html"), u(
        "<html><head><title>كيشيدا في كييف</title>\n"
        "<meta charset=utf-8><link rel=stylesheet href=/s.css>\n"
        "<body class=news-page>\n"
        "<div id=main><div class=story data-id=a1>\n"
        "<h1>كيشيدا في كييف<h1>\n"
        "<p>%s\n"
        "<p>وزار كيشيدا بلدة بوتشا ووضع إكليلا من الزهور <b>أمام إحدى الكنائس.\n"
        "</div></div></div></span>\n"
        "<p class=note>يرجى تفعيل جافاسكربت &amp لعرض الصور&nbsp&nbsp والتعليقات\n"
        "<script>document.write('</div><p>ليس من المقال</p>');</script>\n"
        "<img src=x.jpg alt=صورة><table><tr><td>خلية بلا إغلاق\n"
        "</body>\n" % CONTACT_KYIV))
    html1256 = page_html("قمة ثلاثية في القاهرة", [CONTACT_CAIRO, NEUTRAL_PARAS[1]],
                         charset="windows-1256")
    write(os.path.join(d, "y_html_windows1256.html"), codecs.encode(html1256, "cp1256"))


def gen_warc_length(d: str) -> None:
    """Two plain WARC/1.1 files of three response records each; the middle record's
    Content-Length is 37 bytes too large in one file and 100 bytes too small in the other."""
    pages = [
        ("سجل 1 من 3", CONTACT_FEB12, "https://lies.example.test/ar/one/"),
        ("سجل 2 من 3", CONTACT_VATICAN, "https://lies.example.test/ar/two.html"),
        ("سجل 3 من 3", CONTACT_JEDDAH, "https://lies.example.test/ar/three/"),
    ]
    for name, delta in (("n_warc_length_lies.warc", +37), ("n_warc_length_short.warc", -100)):
        out = []
        for i, (title, text, uri) in enumerate(pages):
            html = u(page_html(title, [text]))
            block = make_warc.http_response(html)
            dig = make_warc.sha1_digest(html)
            rec = make_warc.build_record("1.1", [
                ("WARC-Type", "response"),
                ("WARC-Date", "2025-09-01T06:00:0%d.000000Z" % i),
                ("WARC-Record-ID", make_warc.record_id("response", uri, name, dig)),
                ("Content-Type", "application/http; msgtype=response"),
                ("WARC-Target-URI", uri),
                ("WARC-Payload-Digest", dig),
            ], block)
            if i == 1:
                real = "Content-Length: %d\r\n" % len(block)
                lie = "Content-Length: %d\r\n" % (len(block) + delta)
                rec = rec.replace(u(real), u(lie), 1)
            out.append(rec)
        write(os.path.join(d, name), b"".join(out))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write rasd's bad-input corpus into DIR.")
    ap.add_argument("--set", choices=("large", "small", "all"), default="large")
    ap.add_argument("--line-mib", type=int, default=50, help="size of y_50mb_line.txt (default 50)")
    ap.add_argument("--over-mib", type=int, default=70,
                    help="size of the long line in n_jsonl_line_over_limit.jsonl (default 70)")
    ap.add_argument("dir")
    a = ap.parse_args(argv)
    os.makedirs(a.dir, exist_ok=True)
    if a.set in ("small", "all"):
        gen_small(a.dir)
    if a.set in ("large", "all"):
        gen_50mb_line(a.dir, a.line_mib)
        gen_jsonl_over_limit(a.dir, a.over_mib)
        gen_truncated_gz(a.dir)
        gen_warc_corrupt_member(a.dir)
    print("make_bad: wrote the %s set into %s" % (a.set, a.dir), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
