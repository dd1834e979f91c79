#!/usr/bin/env python3
"""make_warc.py — write a WARC file from HTML pages, for rasd's samples, tests and benchmarks.

Usage:
    python3 tools/make_warc.py [--gzip] [--version 1.0|1.1] [--mixed] [--repeat N]
                               [--uri-base URL] [--date ISO] [--level 1-9]
                               OUT.warc[.gz] PAGE.html...

What it writes, in order: one `warcinfo` record, then for every page a `request` record and a
`response` record whose block is an HTTP/1.1 200 response carrying the page's bytes unchanged:

    HTTP/1.1 200 OK\\r\\nContent-Type: text/html; charset=utf-8\\r\\nContent-Length: N\\r\\n\\r\\n<html>

Records are separated by "\\r\\n\\r\\n" (WARC 1.1 section 4). With --gzip every record is its own
gzip member, as Common Crawl writes its files, so a reader can seek to any record and can skip a
damaged member. --mixed alternates the version per page (a page's request and response share it;
the warcinfo record is WARC/1.0), which exercises readers that only know one of the two.

Determinism: the output depends only on the arguments and the page bytes. WARC-Record-ID is a
name-based UUID (uuid5) of the record type, target URI, repeat index and payload digest; WARC-Date
is --date plus one second per record (WARC/1.1 records carry microseconds, as 1.1 allows); gzip
members are written with mtime 0 and a fixed header. Running it twice gives identical bytes.

Target URIs: --uri-base plus "ar/<slug>/" for even-numbered pages and "ar/<slug>.html" for odd
ones (slug = file name without extension), so some URIs end in "/"; repeat r > 0 appends
"?r=<r>". The host is always present in the URI and in the request's Host header.

--repeat N writes the page set N times, record by record, straight to disk: memory holds the
pages and one record, never the output, so it can produce a multi-gigabyte streaming test.

Standard library only. Limits: pages are sent as text/html; charset=utf-8 whatever their bytes
are (a page declaring another charset in <meta> still gets that header — realistic); no
revisit, resource or metadata records.
"""
import argparse
import base64
import datetime as dt
import hashlib
import os
import struct
import sys
import uuid
import zlib
from urllib.parse import urlsplit

# Fixed namespace for the name-based record ids (any constant UUID would do; changing it changes
# every id, so it stays fixed).
ID_NAMESPACE = uuid.UUID("6f1d2a4e-9c1b-5e3a-8d7f-2b4c6a8e0f13")
SOFTWARE = "rasd make_warc.py 1.0"


def sha1_digest(data: bytes) -> str:
    """WARC digest header value: 'sha1:' + base32 of the SHA-1, as Common Crawl writes it."""
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record_id(*parts: str) -> str:
    return "<urn:uuid:%s>" % uuid.uuid5(ID_NAMESPACE, "\x1f".join(parts))


def warc_date(base: dt.datetime, index: int, version: str) -> str:
    t = base + dt.timedelta(seconds=index, microseconds=(index * 7919) % 1000000)
    if version == "1.1":
        return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def build_record(version: str, headers, block: bytes) -> bytes:
    """One WARC record: version line, named fields (Content-Length inserted after the first
    three, the order Common Crawl uses), blank line, block, then the two-CRLF separator."""
    lines = ["WARC/%s" % version]
    for i, (name, value) in enumerate(headers):
        if i == 3:
            lines.append("Content-Length: %d" % len(block))
        lines.append("%s: %s" % (name, value))
    if len(headers) <= 3:
        lines.append("Content-Length: %d" % len(block))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def gzip_member(data: bytes, level: int = 6) -> bytes:
    """A single gzip member with a fixed header (no name, mtime 0, OS 255) so output is
    reproducible across Python versions."""
    comp = zlib.compressobj(level, zlib.DEFLATED, -15)
    body = comp.compress(data) + comp.flush()
    header = b"\x1f\x8b\x08\x00" + struct.pack("<I", 0) + b"\x00\xff"
    trailer = struct.pack("<II", zlib.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF)
    return header + body + trailer


def http_response(html: bytes) -> bytes:
    head = ("HTTP/1.1 200 OK\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            "Content-Length: %d\r\n\r\n" % len(html)).encode("ascii")
    return head + html


def http_request(uri: str) -> bytes:
    parts = urlsplit(uri)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return ("GET %s HTTP/1.1\r\n"
            "Host: %s\r\n"
            "User-Agent: rasd-make-warc/1.0 (+test data; not a crawler)\r\n"
            "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
            "Accept-Language: ar,en;q=0.5\r\n"
            "Connection: close\r\n\r\n" % (target, parts.netloc)).encode("ascii")


def page_uri(base: str, path: str, index: int, rep: int) -> str:
    slug = os.path.splitext(os.path.basename(path))[0].replace("_", "-")
    if not base.endswith("/"):
        base += "/"
    uri = base + ("ar/%s/" % slug if index % 2 == 0 else "ar/%s.html" % slug)
    if rep > 0:
        uri += "?r=%d" % rep
    return uri


class WarcWriter:
    """Writes records one at a time to an open binary file."""

    def __init__(self, out, gzip_records: bool, base_date: dt.datetime, bracket_uri_10=False,
                 level: int = 6):
        self.out = out
        self.gzip = gzip_records
        self.level = level
        self.base_date = base_date
        self.count = 0          # records written (also the WARC-Date offset)
        self.bytes = 0
        self.bracket_uri_10 = bracket_uri_10

    def write(self, version: str, headers, block: bytes) -> None:
        rec = build_record(version, headers, block)
        if self.gzip:
            rec = gzip_member(rec, self.level)
        self.out.write(rec)
        self.count += 1
        self.bytes += len(rec)

    def date(self, version: str) -> str:
        return warc_date(self.base_date, self.count, version)

    def warcinfo(self, version: str, filename: str) -> str:
        fields = ("software: %s\r\n"
                  "format: WARC File Format %s\r\n"
                  "conformsTo: https://iipc.github.io/warc-specifications/specifications/"
                  "warc-format/warc-%s/\r\n"
                  "description: synthetic test data for rasd; pages written for the project\r\n"
                  "robots: classic\r\n" % (SOFTWARE, version, version)).encode("utf-8")
        rid = record_id("warcinfo", filename, sha1_digest(fields))
        self.write(version, [
            ("WARC-Type", "warcinfo"),
            ("WARC-Date", self.date(version)),
            ("WARC-Record-ID", rid),
            ("Content-Type", "application/warc-fields"),
            ("WARC-Filename", filename),
        ], fields)
        return rid

    def page(self, version: str, uri: str, html: bytes, payload_digest: str, rep: int,
             info_id: str, ip: str) -> None:
        target = "<%s>" % uri if (self.bracket_uri_10 and version == "1.0") else uri
        req = http_request(uri)
        req_id = record_id("request", uri, str(rep), payload_digest)
        resp_id = record_id("response", uri, str(rep), payload_digest)
        self.write(version, [
            ("WARC-Type", "request"),
            ("WARC-Date", self.date(version)),
            ("WARC-Record-ID", req_id),
            ("Content-Type", "application/http; msgtype=request"),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-IP-Address", ip),
            ("WARC-Target-URI", target),
            ("WARC-Block-Digest", sha1_digest(req)),
        ], req)
        block = http_response(html)
        self.write(version, [
            ("WARC-Type", "response"),
            ("WARC-Date", self.date(version)),
            ("WARC-Record-ID", resp_id),
            ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Concurrent-To", req_id),
            ("WARC-IP-Address", ip),
            ("WARC-Target-URI", target),
            ("WARC-Payload-Digest", payload_digest),
            ("WARC-Block-Digest", sha1_digest(block)),
            ("WARC-Identified-Payload-Type", "text/html"),
        ], block)


def parse_date(s: str) -> dt.datetime:
    s = s.strip()
    if s.endswith("Z"):
        s = s[:-1]
    t = dt.datetime.fromisoformat(s)
    return t.replace(tzinfo=None)


def write_warc(out_path, pages, gzip_records=False, version="1.1", mixed=False, repeat=1,
               uri_base="https://news.example.test/", date="2025-09-01T06:00:00Z",
               bracket_uri_10=False, progress=None, level=6):
    """Writes the WARC described in the module docstring; returns (records, bytes).
    pages: list of (path, html_bytes)."""
    digests = [sha1_digest(html) for _, html in pages]
    with open(out_path, "wb") as out:
        w = WarcWriter(out, gzip_records, parse_date(date), bracket_uri_10, level)
        info_version = "1.0" if mixed else version
        info_id = w.warcinfo(info_version, os.path.basename(out_path))
        for rep in range(repeat):
            for i, (path, html) in enumerate(pages):
                v = ("1.0" if i % 2 == 0 else "1.1") if mixed else version
                uri = page_uri(uri_base, path, i, rep)
                ip = "192.0.2.%d" % (10 + i % 200)   # TEST-NET-1, never a real host
                w.page(v, uri, html, digests[i], rep, info_id, ip)
            if progress and (rep + 1) % 1000 == 0:
                progress(rep + 1, w.bytes)
        return w.count, w.bytes


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write a WARC file (request+response per page) "
                                 "from HTML files. Output is reproducible.")
    ap.add_argument("--gzip", action="store_true", help="compress each record as its own gzip member")
    ap.add_argument("--version", choices=("1.0", "1.1"), default="1.1", help="WARC version (default 1.1)")
    ap.add_argument("--mixed", action="store_true", help="alternate WARC/1.0 and WARC/1.1 per page")
    ap.add_argument("--repeat", type=int, default=1, metavar="N", help="write the page set N times")
    ap.add_argument("--uri-base", default="https://news.example.test/", metavar="URL",
                    help="scheme and host (and optional path) of the target URIs")
    ap.add_argument("--level", type=int, default=6, choices=range(1, 10), metavar="1-9",
                    help="gzip level (default 6; 1 is about twice as fast for multi-GB files)")
    ap.add_argument("--date", default="2025-09-01T06:00:00Z", metavar="ISO",
                    help="WARC-Date of the first record (UTC)")
    ap.add_argument("--bracket-uri-1.0", dest="bracket", action="store_true",
                    help="write WARC-Target-URI in <angle brackets> in WARC/1.0 records, as the 1.0 grammar did")
    ap.add_argument("out", metavar="OUT.warc[.gz]")
    ap.add_argument("pages", nargs="+", metavar="PAGE.html")
    a = ap.parse_args(argv)
    if a.repeat < 1:
        ap.error("--repeat must be at least 1")
    if not urlsplit(a.uri_base).netloc:
        ap.error("--uri-base must include a host, e.g. https://news.example.test/")
    if a.out.endswith(".gz") and not a.gzip:
        print("make_warc: note: %s ends in .gz but --gzip was not given" % a.out, file=sys.stderr)
    pages = []
    for p in a.pages:
        with open(p, "rb") as f:
            pages.append((p, f.read()))

    def progress(reps, nbytes):
        print("make_warc: %d repeats, %.1f MB" % (reps, nbytes / 1e6), file=sys.stderr)

    n, nbytes = write_warc(a.out, pages, a.gzip, a.version, a.mixed, a.repeat, a.uri_base,
                           a.date, a.bracket, progress if a.repeat >= 1000 else None,
                           a.level)
    print("make_warc: wrote %s: %d records, %d bytes" % (a.out, n, nbytes), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
