#include "pdf/Document.h"

#include "pdf/Layout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>

namespace custos::pdf {

using detail::Fonts;
using detail::Geometry;
using detail::mm;
using detail::pt;

namespace detail {

Fonts::Fonts(const QPaintDevice *device)
{
    auto make = [](const char *family, qreal points, bool bold) {
        QFont f(QString::fromLatin1(family));
        f.setPointSizeF(points);
        f.setBold(bold);
        // No shaping for Latin text: no ligatures ("ff" in a hash must stay two letters when copied or
        // extracted), and cheaper layout.
        f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
        f.setHintingPreference(QFont::PreferNoHinting); // outlines at 1200 dpi: hinting only costs time
        f.setKerning(true);
        return f;
    };
    font[Body] = make("DejaVu Sans", 9.5, false);
    font[BodyBold] = make("DejaVu Sans", 9.5, true);
    font[Small] = make("DejaVu Sans", 8, false);
    font[Heading1] = make("DejaVu Sans", 14, true);
    font[Heading2] = make("DejaVu Sans", 11, true);
    font[Cell] = make("DejaVu Sans", 8, false);
    font[CellBold] = make("DejaVu Sans", 8, true);
    font[CellMono] = make("DejaVu Sans Mono", 7.5, false);
    font[Foot] = make("DejaVu Sans", 6.5, false);
    metrics.reserve(kStyleCount);
    for (const QFont &f : font)
        metrics.emplace_back(f, device);
}

} // namespace detail

namespace {

QMutex g_fontsMutex;
bool g_fontsLoaded = false;

void paintFooter(QPainter &p, const Fonts &fonts, const Geometry &g, const Footer &f)
{
    p.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), pt(0.4)));
    p.drawLine(QLineF(g.left, g.footerTop - mm(1.5), g.right, g.footerTop - mm(1.5)));
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.setFont(fonts.font[detail::Foot]);
    const QFontMetricsF &fm = fonts.fm(detail::Foot);
    const qreal lh = fm.lineSpacing();
    for (qsizetype i = 0; i < std::min<qsizetype>(f.left.size(), 4); ++i)
        p.drawText(QPointF(g.left, g.footerTop + fm.ascent() + i * lh), f.left[i]);
    for (qsizetype i = 0; i < std::min<qsizetype>(f.right.size(), 4); ++i)
        p.drawText(QPointF(g.right - fm.horizontalAdvance(f.right[i]), g.footerTop + fm.ascent() + i * lh), f.right[i]);
}

void paintPage(QPainter &p, const Fonts &fonts, const detail::Page &page)
{
    p.setPen(Qt::NoPen);
    for (const detail::RectOp &r : page.rects)
        p.fillRect(r.rect, r.fill);
    for (const detail::LineOp &l : page.lines) {
        p.setPen(QPen(l.color, l.width));
        p.drawLine(l.line);
    }
    p.setPen(Qt::black);
    int current = -1;
    for (const detail::TextOp &t : page.texts) {
        if (t.style != current) {
            p.setFont(fonts.font[t.style]);
            current = t.style;
        }
        p.drawText(t.baseline, t.text);
    }
}

} // namespace

Status loadFonts(const QString &directory)
{
    QMutexLocker lock(&g_fontsMutex);
    if (g_fontsLoaded)
        return okStatus();
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Internal, QStringLiteral("PDF output needs a QGuiApplication (fonts come from the platform's font "
                                                             "database); start the program with one"));
    for (const char *file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"}) {
        const QString path = directory + QLatin1Char('/') + QLatin1String(file);
        if (!QFile::exists(path))
            return makeError(ErrorCode::Internal,
                             QStringLiteral("the font %1 is missing: install the Debian package fonts-dejavu-core").arg(path));
        if (QFontDatabase::addApplicationFont(path) < 0)
            return makeError(ErrorCode::Internal, QStringLiteral("the font %1 cannot be loaded: it is damaged; reinstall "
                                                                 "fonts-dejavu-core")
                                                      .arg(path));
    }
    g_fontsLoaded = true;
    return okStatus();
}

Document::Document() : m_blocks(std::make_unique<QList<Block>>()) {}
Document::~Document() = default;
Document::Document(Document &&) noexcept = default;
Document &Document::operator=(Document &&) noexcept = default;

void Document::heading(const QString &text, int level)
{
    Block b;
    b.kind = Block::Kind::Heading;
    b.text = text;
    b.level = level;
    m_blocks->append(std::move(b));
}

void Document::paragraph(const QString &text, bool small)
{
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.text = text;
    b.small = small;
    m_blocks->append(std::move(b));
}

void Document::keyValues(const QList<std::pair<QString, QString>> &rows)
{
    Block b;
    b.kind = Block::Kind::KeyValues;
    b.pairs = rows;
    m_blocks->append(std::move(b));
}

void Document::table(Table table)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.table = std::move(table);
    m_blocks->append(std::move(b));
}

void Document::grid(const ModuleGrid &grid, qreal sideMm, const QStringList &caption, bool monoCaption)
{
    Block b;
    b.kind = Block::Kind::Grid;
    b.grid = grid;
    b.mm = sideMm;
    b.caption = caption;
    b.small = !monoCaption;
    m_blocks->append(std::move(b));
}

void Document::space(qreal mmValue)
{
    Block b;
    b.kind = Block::Kind::Space;
    b.mm = mmValue;
    m_blocks->append(std::move(b));
}

void Document::pageBreak()
{
    Block b;
    b.kind = Block::Kind::PageBreak;
    m_blocks->append(std::move(b));
}

void Document::setFooter(FooterFn footer)
{
    m_footer = std::move(footer);
}

Result<QByteArray> Document::render(const DocumentInfo &info, int *pageCount) const
{
    {
        QMutexLocker lock(&g_fontsMutex);
        if (!g_fontsLoaded) {
            lock.unlock();
            CUSTOS_TRY(loadFonts());
        }
    }
    // QPdfWriter stamps /CreationDate itself; the XMP packet must carry the same second. In the
    // rare case the clock ticks over between the two, the document is painted again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const QDateTime created = QDateTime::currentDateTime();
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(detail::kResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(info.title);
        writer.setCreator(info.creator);
        writer.setDocumentXmpMetadata(detail::xmpMetadata(info, m_identifier, created, QStringLiteral("Qt ") + QLatin1String(qVersion())));

        const Fonts fonts(&writer);
        const Geometry g;
        const std::vector<detail::Page> pages = detail::layOut(*m_blocks, fonts, g);
        QPainter p;
        if (!p.begin(&writer))
            return makeError(ErrorCode::Internal, QStringLiteral("the PDF writer cannot start a document"));
        p.setRenderHint(QPainter::Antialiasing, false);
        const int total = int(pages.size());
        for (int i = 0; i < total; ++i) {
            if (i > 0 && !writer.newPage())
                return makeError(ErrorCode::Internal, QStringLiteral("the PDF writer cannot start page %1").arg(i + 1));
            paintPage(p, fonts, pages[size_t(i)]);
            if (m_footer)
                paintFooter(p, fonts, g, m_footer(i + 1, total));
        }
        if (!p.end())
            return makeError(ErrorCode::Internal, QStringLiteral("the PDF writer failed to finish the document"));
        buffer.close();
        if (!bytes.contains(QByteArray("/CreationDate (") + detail::pdfDatePrefix(created)))
            continue;
        if (pageCount)
            *pageCount = total;
        return bytes;
    }
    return makeError(ErrorCode::Internal, QStringLiteral("the PDF writer's creation date does not match the document metadata"));
}

Result<int> Document::write(QIODevice *out, const DocumentInfo &info) const
{
    int pages = 0;
    auto bytes = render(info, &pages);
    if (!bytes.ok())
        return bytes.error();
    if (out->write(*bytes) != bytes->size())
        return makeError(ErrorCode::Internal, QStringLiteral("cannot write the PDF: %1").arg(out->errorString()));
    return pages;
}

} // namespace custos::pdf
