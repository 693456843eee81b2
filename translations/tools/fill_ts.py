#!/usr/bin/env python3
"""Fills translations into measures_es.ts / measures_en.ts from the dictionaries in es_*.py / en_plurals.py.

The .ts files stay the source of truth (Qt Linguist works on them as usual); this script only
saves retyping when many strings change at once:  python3 translations/tools/fill_ts.py
It never overwrites a finished translation and reports the source strings still missing."""
import glob, importlib.util, os, sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))

def load(pattern):
    merged = {}
    for path in sorted(glob.glob(os.path.join(here, pattern))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        merged.update(module.T)
    return merged

def fill(ts_path, table):
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().findall('context'):
        ctx = context.find('name').text
        for message in context.findall('message'):
            source = message.find('source').text or ''
            translation = message.find('translation')
            if translation.get('type') not in ('unfinished', None) or (translation.get('type') is None and (translation.text or len(translation))):
                continue
            value = table.get((ctx, source), table.get(source))
            if value is None:
                missing.append((ctx, source))
                continue
            if message.get('numerus') == 'yes':
                for child in list(translation):
                    translation.remove(child)
                forms = value if isinstance(value, (list, tuple)) else [value, value]
                for form in forms:
                    ET.SubElement(translation, 'numerusform').text = form
                translation.text = None
            else:
                translation.text = value
            if 'type' in translation.attrib:
                del translation.attrib['type']
    tree.write(ts_path, encoding='utf-8', xml_declaration=True)
    with open(ts_path, 'r+', encoding='utf-8') as f:  # keep lupdate's DOCTYPE line
        text = f.read()
        if '<!DOCTYPE TS>' not in text:
            text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        f.seek(0); f.write(text); f.truncate()
    return missing

if __name__ == '__main__':
    root = os.path.dirname(here)
    status = 0
    for name, pattern in (('measures_es.ts', 'es_*.py'), ('measures_en.ts', 'en_*.py')):
        missing = fill(os.path.join(root, name), load(pattern))
        for ctx, source in missing:
            print(f'{name}: missing [{ctx}] {source!r}')
            status = 1
    sys.exit(status)
