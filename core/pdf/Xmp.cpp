#include "pdf/Layout.h"

#include <QDateTime>

namespace custos::pdf::detail {

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped(); // &, <, >, "
}

// ISO 8601 with the local offset, as XMP dates are written: 2026-04-01T09:30:00Z or +02:00.
QString xmpDate(const QDateTime &t)
{
    const int offset = t.offsetFromUtc();
    QString out = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0)
        return out + QLatin1Char('Z');
    const int minutes = std::abs(offset) / 60;
    return out + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QByteArray pdfDatePrefix(const QDateTime &created)
{
    return "D:" + created.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
}

QByteArray xmpMetadata(const DocumentInfo &info, const QString &identifier, const QDateTime &created, const QString &producer)
{
    const QString date = xmpDate(created);
    QString x;
    x += QStringLiteral("<?xpacket begin='\uFEFF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                        "   <dc:format>application/pdf</dc:format>\n");
    x += QStringLiteral("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n").arg(xmlEscaped(info.title));
    if (!info.author.isEmpty())
        x += QStringLiteral("   <dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n").arg(xmlEscaped(info.author));
    if (!info.subject.isEmpty())
        x += QStringLiteral("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:description>\n")
                 .arg(xmlEscaped(info.subject));
    if (!info.language.isEmpty())
        x += QStringLiteral("   <dc:language><rdf:Bag><rdf:li>%1</rdf:li></rdf:Bag></dc:language>\n").arg(xmlEscaped(info.language));
    if (!identifier.isEmpty())
        x += QStringLiteral("   <dc:identifier>%1</dc:identifier>\n").arg(xmlEscaped(identifier));
    x += QStringLiteral("  </rdf:Description>\n");
    x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"%1\" "
                        "xmp:CreateDate=\"%2\" xmp:ModifyDate=\"%2\" xmp:MetadataDate=\"%2\"/>\n")
             .arg(xmlEscaped(info.creator), date);
    x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" pdf:Producer=\"%1\"/>\n")
             .arg(xmlEscaped(producer));
    x += QStringLiteral("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" pdfaid:part=\"1\" "
                        "pdfaid:conformance=\"B\"/>\n"
                        " </rdf:RDF>\n"
                        "</x:xmpmeta>\n"
                        "<?xpacket end='w'?>");
    return x.toUtf8();
}

} // namespace custos::pdf::detail
