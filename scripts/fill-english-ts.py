#!/usr/bin/env python3
"""Marks every message of an English .ts file as translated by its own source text.

English is the source language, so the translation is the source; numerus messages get the
singular and plural forms ("%n problem(s)" -> "%n problem" / "%n problems")."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    tr = message.find("translation")
    if tr is None:
        tr = ET.SubElement(message, "translation")
    tr.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        singular = re.sub(r"\((e?s)\)", "", source)
        plural = re.sub(r"\((e?s)\)", r"\1", source)
        for form in (singular, plural):
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = source
tree.write(path, encoding="utf-8", xml_declaration=True)
