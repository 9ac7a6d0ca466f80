"""Drawing for a thermal printer: a column of text, rules, tables and images on a 1-bit strip.

Text wraps at word boundaries by its rendered width (a word longer than the line breaks
between characters): nothing is ever cut. Everything is drawn in 8-bit grey and turned to
1-bit at the end; photos are dithered on their own so text stays crisp.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONTS = Path(__file__).resolve().parent.parent.parent / "assets" / "fonts"
MAX_HEIGHT = 12_000  # dots; a card is about 2,000


@cache
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSansCondensed-Bold.ttf" if bold else "DejaVuSansCondensed.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if face.getlength(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            # a word wider than the line: break it between characters
            while face.getlength(word) > width:
                cut = next((i for i in range(len(word), 0, -1) if face.getlength(word[:i]) <= width), 1)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


class Strip:
    """A growing paper strip ``width`` dots wide."""

    def __init__(self, width: int, margin: int | None = None) -> None:
        self.width = width
        self.scale = width / 384
        self.margin = margin if margin is not None else round(8 * self.scale)
        self.image = Image.new("L", (width, MAX_HEIGHT), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.y = self.margin
        self.photos: list[tuple[Image.Image, tuple[int, int]]] = []

    def px(self, size: float) -> int:
        return max(1, round(size * self.scale))

    @property
    def inner(self) -> int:
        return self.width - 2 * self.margin

    def space(self, dots: float) -> None:
        self.y += self.px(dots)

    def text(
        self,
        text: str,
        size: float = 18,
        *,
        bold: bool = False,
        align: str = "left",
        x: int | None = None,
        width: int | None = None,
    ) -> int:
        """Wrapped text; returns the height it took."""
        face = font(self.px(size), bold)
        left = self.margin if x is None else x
        room = width if width is not None else self.width - left - self.margin
        line_height = round(face.size * 1.22)
        start = self.y
        for line in wrap(text, face, room):
            if align == "center":
                offset = (room - face.getlength(line)) / 2
            elif align == "right":
                offset = room - face.getlength(line)
            else:
                offset = 0
            self.draw.text((left + offset, self.y), line, font=face, fill=0)
            self.y += line_height
        return self.y - start

    def field(self, label: str, value: str, size: float = 17, label_width: float = 0.34) -> None:
        """``label : value`` in two columns; the value wraps inside its own column."""
        label_w = round(self.inner * label_width)
        top = self.y
        self.text(label, size, width=label_w - self.px(4))
        label_bottom = self.y
        self.y = top
        self.text(": " + (value or "-"), size, x=self.margin + label_w, width=self.inner - label_w)
        self.y = max(self.y, label_bottom)

    def rule(self, thickness: float = 2, gap: float = 6) -> None:
        self.space(gap)
        self.draw.rectangle((self.margin, self.y, self.width - self.margin, self.y + self.px(thickness) - 1), fill=0)
        self.y += self.px(thickness)
        self.space(gap)

    def box(self, x: int, y: int, w: int, h: int, thickness: int = 2) -> None:
        self.draw.rectangle((x, y, x + w, y + h), outline=0, width=thickness)

    def table(self, headers: list[str], rows: list[list[str]], widths: list[float], size: float = 15) -> None:
        """A ruled table; cells wrap, the row grows to its tallest cell."""
        cols = [round(self.inner * w) for w in widths]
        cols[-1] = self.inner - sum(cols[:-1])
        for index, row in enumerate([headers, *rows]):
            top = self.y
            bottom = top
            x = self.margin
            for col, cell in zip(cols, row, strict=True):
                self.y = top + self.px(3)
                self.text(cell, size, bold=index == 0, x=x + self.px(4), width=col - self.px(8))
                bottom = max(bottom, self.y + self.px(3))
                x += col
            row_h = max(bottom - top, self.px(34 if index else 0))
            x = self.margin
            for col in cols:
                self.box(x, top, col, row_h, self.px(1.5))
                x += col
            self.y = top + row_h

    def paste(self, picture: Image.Image, x: int, y: int | None = None, *, dither: bool = True) -> None:
        top = self.y if y is None else y
        bits = picture.convert("L").convert("1", dither=Image.Dither.FLOYDSTEINBERG if dither else Image.Dither.NONE)
        self.image.paste(bits.convert("L"), (x, top))
        if y is None:
            self.y += picture.height

    def finish(self) -> Image.Image:
        height = min(self.y + self.margin, MAX_HEIGHT)
        return self.image.crop((0, 0, self.width, height)).point(lambda v: 255 if v >= 128 else 0).convert("1")


def jpeg_to_image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("L")
