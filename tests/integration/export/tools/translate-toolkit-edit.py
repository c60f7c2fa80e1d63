# Reads an XLIFF 1.2 file with translate-toolkit's own reader (translate.storage.xliff), sets the target of
# one unit, adds a translator's note to every unit, and writes it back with translate-toolkit's writer:
# what a translate-toolkit based tool (Pootle, Virtaal, Weblate) does to a file from Duyệt.
# usage: python3 translate-toolkit-edit.py IN OUT UNIT_ID TARGET
import sys

from translate.storage import xliff

source, target_file, unit_id, text = sys.argv[1:5]
store = xliff.xlifffile.parsefile(source)
for unit in store.unit_iter():
    # translate-toolkit prefixes ids with the file's original and U+0004.
    if unit.getid().split("\x04")[-1] == unit_id:
        unit.target = text
    unit.addnote("checked in translate-toolkit", origin="translator")
with open(target_file, "wb") as out:
    out.write(bytes(store))
