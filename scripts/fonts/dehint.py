"""Drops TrueType hinting from the bundled fonts (resources/fonts/*.ttf), keeping every glyph, feature and name.

Hinting tunes glyphs for screen pixels; a PDF viewer ignores it, yet every reference list embeds it: it was a third
of the subset-embedding time of a ZIP of 4,500 lists, and of each PDF's size. Run with Debian's fonttools:
/usr/bin/python3 scripts/fonts/dehint.py resources/fonts/NotoSans*.ttf
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

for path in sys.argv[1:]:
    font = TTFont(path)
    glyphs = font.getGlyphOrder()
    cmap = dict(font.getBestCmap())
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.glyph_names = True
    options.notdef_glyph = True
    options.notdef_outline = True
    options.legacy_kern = True
    options.retain_gids = True
    options.drop_tables = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=glyphs, unicodes=cmap.keys())
    subsetter.subset(font)
    assert dict(font.getBestCmap()) == cmap, f"{path}: character map changed"
    assert len(font.getGlyphOrder()) == len(glyphs), f"{path}: glyph count changed"
    font.save(path)
    print(path, "ok")
