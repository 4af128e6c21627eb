#pragma once
// Internal to core/pdf: the blocks of a Document, the page geometry, and the layout pass that
// turns blocks into pages of positioned drawing operations (painted afterwards).

#include "pdf/Document.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QPointF>
#include <QRectF>

#include <array>
#include <optional>
#include <vector>

class QPaintDevice;

namespace custos::pdf {

struct Document::Block {
    enum class Kind { Heading, Paragraph, KeyValues, Table, Grid, Space, PageBreak };
    Kind kind = Kind::Paragraph;
    int level = 1;
    bool small = false;
    QString text;
    QList<std::pair<QString, QString>> pairs;
    Table table;
    ModuleGrid grid;
    QStringList caption;
    qreal mm = 0;
};

namespace detail {

// Device units: QPdfWriter at 1200 dpi, origin at the top-left corner of the A4 sheet.
inline constexpr int kResolution = 1200;
inline constexpr qreal mm(qreal v) { return v / 25.4 * kResolution; }
inline constexpr qreal pt(qreal v) { return v / 72.0 * kResolution; }

struct Geometry {
    qreal pageWidth = mm(210);
    qreal pageHeight = mm(297);
    qreal left = mm(20);
    qreal right = mm(210 - 20);
    qreal top = mm(18);
    qreal bottom = mm(297 - 26); // content ends here; the footer sits below
    qreal footerTop = mm(297 - 22);
    qreal width() const { return right - left; }
};

enum Style { Body, BodyBold, Small, Heading1, Heading2, Cell, CellBold, CellMono, Foot, kStyleCount };

// Fonts of every style, resolved for the device they are measured and painted on.
struct Fonts {
    explicit Fonts(const QPaintDevice *device);
    std::array<QFont, kStyleCount> font;
    std::vector<QFontMetricsF> metrics;
    const QFontMetricsF &fm(Style s) const { return metrics[size_t(s)]; }
};

struct TextOp {
    Style style;
    QPointF baseline;
    QString text;
};
struct RectOp {
    QRectF rect;
    QColor fill;
};
struct LineOp {
    QLineF line;
    qreal width = 0;
    QColor color;
};
struct Page {
    std::vector<RectOp> rects;
    std::vector<LineOp> lines;
    std::vector<TextOp> texts;
};

// Greedy word wrap to `width`; '\n' starts a new line; a word wider than the line is broken.
QStringList wrapText(const QString &text, const QFontMetricsF &fm, qreal width);

std::vector<Page> layOut(const QList<Document::Block> &blocks, const Fonts &fonts, const Geometry &g);

// The XMP packet of a PDF/A-1b file (pdfaid part 1, conformance B) matching the document
// information dictionary QPdfWriter writes, plus dc:creator, dc:description and dc:language.
QByteArray xmpMetadata(const DocumentInfo &info, const QString &identifier, const QDateTime &created, const QString &producer);
// "D:YYYYMMDDHHmmSS", the start of the /CreationDate QPdfWriter writes for `created`.
QByteArray pdfDatePrefix(const QDateTime &created);

} // namespace detail
} // namespace custos::pdf
