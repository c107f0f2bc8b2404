"""
Reading articles from bytes and files.

News archives come in many encodings; :func:`decode` turns bytes into text or says clearly why it
cannot, instead of letting a replacement character slip into a dataset.
"""

from __future__ import annotations

import codecs

from bilateral.errors import DecodeError

__all__ = ["decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, *, encoding: str | None = None, source: str = "<bytes>") -> str:
    """
    Decode the bytes of an article to text.

    Without *encoding*, a byte-order mark decides (UTF-8, UTF-16 or UTF-32), and otherwise the
    bytes must be valid UTF-8: nothing is guessed and no character is replaced.

    Raises:
        DecodeError: naming *source*, the encoding tried and the offset of the first bad byte.

    >>> decode("Menlu RI".encode("utf-16"))
    'Menlu RI'
    >>> decode(b"\\xff\\xfeA\\x00") == "A"
    True
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise DecodeError(f"{source}: expected bytes, got {type(data).__name__}")
    raw = bytes(data)
    chosen = encoding
    if chosen is None:
        chosen = next((name for bom, name in _BOMS if raw.startswith(bom)), "utf-8")
    try:
        return raw.decode(chosen)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"{source}: not valid {exc.encoding} at byte {exc.start} "
            f"({raw[exc.start : exc.start + 4]!r}); give the encoding explicitly"
        ) from None
    except LookupError:
        raise DecodeError(f"{source}: unknown encoding {chosen!r}") from None
