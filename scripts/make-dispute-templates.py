#!/usr/bin/env python3
"""Writes the three DOCX templates of the Disputes module: mediation-agreement.docx (调解协议书),
petition-acceptance-notice.docx (信访事项受理告知书) and petition-opinion.docx (信访处理意见书).

The templates are plain WordprocessingML: one paragraph per line, placeholders written as {{名称}} inside a single run so
that a township can edit the wording in Word and keep the placeholders. Fazhi fills them (Writs/DocxTemplate.cs); a
township may put its own version in the data folder's templates/ folder. Page and type follow GB/T 9704 in spirit:
A4, 3号仿宋 body, 2号小标宋 title.

Usage: scripts/make-dispute-templates.py   (writes src/Fazhi.Web/Modules/Disputes/Writs/Templates/*.docx)
"""
import os
import zipfile
from xml.sax.saxutils import escape

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "Fazhi.Web", "Modules", "Disputes", "Writs", "Templates")

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{title}</dc:title><dc:creator>Fazhi</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>
</cp:coreProperties>"""

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text, font="仿宋_GB2312", size=32, bold=False):
    b = "<w:b/>" if bold else ""
    return (f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>{b}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')


def para(text, align=None, indent=True, font="仿宋_GB2312", size=32, bold=False, before=0):
    jc = f'<w:jc w:val="{align}"/>' if align else ""
    ind = '<w:ind w:firstLineChars="200" w:firstLine="640"/>' if indent and not align else ""
    spacing = f'<w:spacing w:before="{before}" w:line="560" w:lineRule="exact"/>'
    return f"<w:p><w:pPr>{spacing}{jc}{ind}</w:pPr>{run(text, font, size, bold)}</w:p>"


def document(lines):
    body = []
    for line in lines:
        kind, text = line
        if kind == "title":
            body.append(para(text, "center", font="方正小标宋简体", size=44, before=0))
        elif kind == "number":
            body.append(para(text, "right", size=32))
        elif kind == "head":
            body.append(para(text, indent=False, font="黑体"))
        elif kind == "left":
            body.append(para(text, indent=False))
        elif kind == "right":
            body.append(para(text, "right"))
        else:
            body.append(para(text))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}{sect}</w:body></w:document>'


TEMPLATES = {
    "mediation-agreement.docx": ("人民调解协议书", [
        ("title", "人民调解协议书"),
        ("number", "{{编号}}"),
        ("head", "当事人"),
        ("left", "{{当事人}}"),
        ("head", "纠纷主要事实、争议事项"),
        ("body", "{{纠纷事实}}"),
        ("head", "协议内容"),
        ("body", "经{{调解委员会}}调解，双方当事人自愿达成如下协议："),
        ("body", "{{协议内容}}"),
        ("head", "履行方式、期限"),
        ("body", "{{履行方式}}，于{{履行期限}}前履行完毕。"),
        ("body", "本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。本协议一式{{份数}}份，当事人各执一份，人民调解委员会留存一份。"),
        ("left", "当事人（签名、盖章或按指印）："),
        ("left", "{{签名栏}}"),
        ("left", "人民调解员（签名）：{{调解员}}"),
        ("right", "{{调解委员会}}（印章）"),
        ("right", "{{日期}}"),
    ]),
    "petition-acceptance-notice.docx": ("信访事项受理告知书", [
        ("title", "信访事项受理告知书"),
        ("number", "{{编号}}"),
        ("left", "{{信访人}}："),
        ("body", "你（单位）于{{收到日期}}以{{信访形式}}形式提出的“{{信访事项}}”的信访事项，本机关已经收悉。根据《信访工作条例》第二十三条的规定，现告知如下："),
        ("body", "{{告知内容}}"),
        ("body", "{{办理期限}}"),
        ("body", "特此告知。"),
        ("right", "{{机关}}"),
        ("right", "{{日期}}"),
    ]),
    "petition-opinion.docx": ("信访处理意见书", [
        ("title", "信访处理意见书"),
        ("number", "{{编号}}"),
        ("left", "信访人：{{信访人}}"),
        ("body", "你（单位）于{{收到日期}}提出的信访事项，本机关于{{受理日期}}受理。现根据《信访工作条例》第三十二条的规定，出具处理意见如下："),
        ("head", "一、投诉请求"),
        ("body", "{{投诉请求}}"),
        ("head", "二、事实和理由"),
        ("body", "{{事实和理由}}"),
        ("head", "三、处理意见"),
        ("body", "{{处理结果}}。{{处理意见}}"),
        ("head", "四、依据"),
        ("body", "{{法律依据}}"),
        ("body", "如对本处理意见不服，可以自收到本意见书之日起30日内向{{复查机关}}请求复查。"),
        ("right", "{{机关}}"),
        ("right", "{{日期}}"),
    ]),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (title, lines) in TEMPLATES.items():
        path = os.path.join(OUT, name)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            # Fixed timestamps keep the files byte-identical between runs.
            for part, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("docProps/core.xml", CORE.format(title=title)), ("word/document.xml", document(lines))):
                info = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data.encode("utf-8"))
        print(path)


if __name__ == "__main__":
    main()
