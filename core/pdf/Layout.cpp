#include "pdf/Layout.h"

#include <algorithm>

namespace custos::pdf::detail {

namespace {

const QColor kRule(0x9a, 0x9a, 0x9a);
const QColor kHairline(0xd4, 0xd4, 0xd4);
const QColor kHeaderFill(0xe8, 0xec, 0xf0);
const QColor kInk(0, 0, 0);

constexpr qreal kCellPadX = mm(1.4);
constexpr qreal kCellPadY = mm(0.9);

// Appends one word (possibly wider than the line) to the lines being built.
void breakLongWord(const QString &word, const QFontMetricsF &fm, qreal width, QStringList &lines, QString &line)
{
    for (QChar c : word) {
        const QString next = line + c;
        if (!line.isEmpty() && fm.horizontalAdvance(next) > width) {
            lines << line;
            line = QString(c);
        } else {
            line = next;
        }
    }
}

class Layouter {
public:
    Layouter(const Fonts &fonts, const Geometry &g) : m_fonts(fonts), m_g(g) { newPage(); }

    std::vector<Page> run(const QList<Document::Block> &blocks)
    {
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const Document::Block &b = blocks[i];
            switch (b.kind) {
            case Document::Block::Kind::Heading: heading(b, i + 1 < blocks.size() ? &blocks[i + 1] : nullptr); break;
            case Document::Block::Kind::Paragraph: paragraph(b); break;
            case Document::Block::Kind::KeyValues: keyValues(b); break;
            case Document::Block::Kind::Table: table(b.table); break;
            case Document::Block::Kind::Grid: grid(b); break;
            case Document::Block::Kind::Space: m_y = std::min(m_y + mm(b.mm), m_g.bottom); break;
            case Document::Block::Kind::PageBreak:
                if (m_y > m_g.top)
                    newPage();
                break;
            }
        }
        return std::move(m_pages);
    }

private:
    const Fonts &m_fonts;
    const Geometry &m_g;
    std::vector<Page> m_pages;
    qreal m_y = 0;

    Page &page() { return m_pages.back(); }
    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_g.top;
    }
    bool atTop() const { return m_y <= m_g.top; }
    // Starts a new page unless `height` still fits (a block taller than a page starts at the top).
    void ensure(qreal height)
    {
        if (m_y + height > m_g.bottom && !atTop())
            newPage();
    }
    qreal lineHeight(Style s) const { return m_fonts.fm(s).lineSpacing(); }

    void text(Style s, qreal x, qreal top, const QString &t)
    {
        page().texts.push_back(TextOp{s, QPointF(x, top + m_fonts.fm(s).ascent()), t});
    }
    void alignedText(Style s, qreal left, qreal width, qreal top, const QString &t, Align a)
    {
        qreal x = left;
        if (a != Align::Left) {
            const qreal w = m_fonts.fm(s).horizontalAdvance(t);
            x = a == Align::Right ? left + width - w : left + (width - w) / 2;
        }
        text(s, x, top, t);
    }

    // Height of a block's first lines, to keep a heading with what follows it.
    qreal leadOf(const Document::Block *next) const
    {
        if (!next)
            return 0;
        switch (next->kind) {
        case Document::Block::Kind::Table: return 3 * (lineHeight(Cell) + 2 * kCellPadY);
        case Document::Block::Kind::Grid: return mm(next->mm);
        default: return 2 * lineHeight(Body);
        }
    }

    void heading(const Document::Block &b, const Document::Block *next)
    {
        const Style s = b.level <= 1 ? Heading1 : (b.level == 2 ? Heading2 : BodyBold);
        const qreal before = atTop() ? 0 : (b.level <= 1 ? mm(4) : mm(3));
        const QStringList lines = wrapText(b.text, m_fonts.fm(s), m_g.width());
        const qreal h = lines.size() * lineHeight(s) + mm(1.5);
        ensure(before + h + leadOf(next));
        if (!atTop())
            m_y += before;
        for (const QString &l : lines) {
            text(s, m_g.left, m_y, l);
            m_y += lineHeight(s);
        }
        if (b.level <= 1)
            page().lines.push_back(LineOp{QLineF(m_g.left, m_y + mm(0.5), m_g.right, m_y + mm(0.5)), pt(0.6), kRule});
        m_y += mm(1.5);
    }

    void paragraph(const Document::Block &b)
    {
        const Style s = b.small ? Small : Body;
        const qreal lh = lineHeight(s);
        for (const QString &l : wrapText(b.text, m_fonts.fm(s), m_g.width())) {
            ensure(lh);
            text(s, m_g.left, m_y, l);
            m_y += lh;
        }
        m_y += mm(1.5);
    }

    void keyValues(const Document::Block &b)
    {
        qreal keyWidth = 0;
        for (const auto &kv : b.pairs)
            keyWidth = std::max(keyWidth, m_fonts.fm(BodyBold).horizontalAdvance(kv.first));
        keyWidth = std::min(keyWidth + mm(4), m_g.width() * 0.38);
        const qreal valueWidth = m_g.width() - keyWidth;
        const qreal lh = lineHeight(Body);
        for (const auto &kv : b.pairs) {
            const QStringList keys = wrapText(kv.first, m_fonts.fm(BodyBold), keyWidth - mm(4));
            const QStringList values = wrapText(kv.second, m_fonts.fm(Body), valueWidth);
            const qsizetype n = std::max(keys.size(), values.size());
            ensure(n * lh);
            for (qsizetype i = 0; i < keys.size(); ++i)
                text(BodyBold, m_g.left, m_y + i * lh, keys[i]);
            for (qsizetype i = 0; i < values.size(); ++i)
                text(Body, m_g.left + keyWidth, m_y + i * lh, values[i]);
            m_y += n * lh + mm(0.6);
        }
        m_y += mm(1.5);
    }

    struct TableShape {
        std::vector<qreal> x, w;
    };

    qreal rowHeight(qsizetype lines) const { return lines * lineHeight(Cell) + 2 * kCellPadY; }

    std::vector<QStringList> wrapRow(const Table &t, const TableShape &shape, const QStringList &cells, bool header, bool bold) const
    {
        std::vector<QStringList> out(size_t(t.columns.size()));
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            const Style s = header || bold ? CellBold : (t.columns[c].mono ? CellMono : Cell);
            const QString &cell = c < cells.size() ? cells[c] : QString();
            out[size_t(c)] = wrapText(cell, m_fonts.fm(s), shape.w[size_t(c)] - 2 * kCellPadX);
        }
        return out;
    }

    static qsizetype lineCount(const std::vector<QStringList> &cells)
    {
        qsizetype n = 1;
        for (const QStringList &c : cells)
            n = std::max(n, c.size());
        return n;
    }

    void paintRow(const Table &t, const TableShape &shape, const std::vector<QStringList> &cells, qreal h, bool header, bool bold)
    {
        if (header)
            page().rects.push_back(RectOp{QRectF(m_g.left, m_y, m_g.width(), h), kHeaderFill});
        if (bold)
            page().lines.push_back(LineOp{QLineF(m_g.left, m_y, m_g.right, m_y), pt(0.6), kRule});
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            const Column &col = t.columns[c];
            const Style s = header || bold ? CellBold : (col.mono ? CellMono : Cell);
            const QStringList &lines = cells[size_t(c)];
            for (qsizetype i = 0; i < lines.size(); ++i)
                alignedText(s, shape.x[size_t(c)] + kCellPadX, shape.w[size_t(c)] - 2 * kCellPadX,
                            m_y + kCellPadY + i * lineHeight(Cell), lines[i], col.align);
        }
        const QColor &under = header ? kRule : kHairline;
        page().lines.push_back(LineOp{QLineF(m_g.left, m_y + h, m_g.right, m_y + h), header ? pt(0.6) : pt(0.3), under});
        m_y += h;
    }

    void table(const Table &t)
    {
        if (t.columns.isEmpty())
            return;
        TableShape shape;
        qreal total = 0;
        for (const Column &c : t.columns)
            total += std::max<qreal>(c.weight, 0.01);
        qreal x = m_g.left;
        for (const Column &c : t.columns) {
            const qreal w = m_g.width() * std::max<qreal>(c.weight, 0.01) / total;
            shape.x.push_back(x);
            shape.w.push_back(w);
            x += w;
        }
        QStringList headers;
        for (const Column &c : t.columns)
            headers << c.header;
        const auto headerCells = wrapRow(t, shape, headers, true, false);
        const qreal headerH = rowHeight(lineCount(headerCells));
        if (t.rows.isEmpty()) { // a table without rows still shows its header
            ensure(headerH);
            paintRow(t, shape, headerCells, headerH, true, false);
            m_y += mm(2.5);
            return;
        }
        bool headerOnPage = false;
        for (const Table::Row &row : t.rows) {
            const auto cells = wrapRow(t, shape, row.cells, false, row.bold);
            const qreal h = rowHeight(lineCount(cells));
            if (headerOnPage && m_y + h > m_g.bottom) {
                newPage();
                headerOnPage = false;
            }
            if (!headerOnPage) { // the table starts, or continues on a new page: header row first
                if (m_y + headerH + h > m_g.bottom && !atTop())
                    newPage();
                paintRow(t, shape, headerCells, headerH, true, false);
                headerOnPage = true;
            }
            paintRow(t, shape, cells, h, false, row.bold);
        }
        m_y += mm(2.5);
    }

    void grid(const Document::Block &b)
    {
        const qreal side = mm(b.mm);
        const Style s = b.small ? Small : CellMono;
        const qreal lh = lineHeight(s);
        const qreal h = std::max(side, b.caption.size() * lh);
        ensure(h);
        const ModuleGrid &g = b.grid;
        if (g.size > 0 && g.dark.size() >= qsizetype(g.size) * g.size) {
            const qreal module = side / (g.size + 8); // four light modules of quiet zone on each side
            const qreal origin = 4 * module;
            for (int row = 0; row < g.size; ++row) {
                int col = 0;
                while (col < g.size) {
                    if (!g.dark[row * g.size + col]) {
                        ++col;
                        continue;
                    }
                    int end = col;
                    while (end < g.size && g.dark[row * g.size + end])
                        ++end;
                    page().rects.push_back(RectOp{QRectF(m_g.left + origin + col * module, m_y + origin + row * module,
                                                         (end - col) * module, module),
                                                  kInk});
                    col = end;
                }
            }
        }
        const qreal textX = m_g.left + side + mm(4);
        qreal ty = m_y + std::max<qreal>(0, (side - b.caption.size() * lh) / 2);
        for (const QString &line : b.caption) {
            text(s, textX, ty, line);
            ty += lh;
        }
        m_y += h + mm(2);
    }
};

} // namespace

QStringList wrapText(const QString &text, const QFontMetricsF &fm, qreal width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &para : paragraphs) {
        if (fm.horizontalAdvance(para) <= width) {
            lines << para;
            continue;
        }
        QString line;
        const QStringList words = para.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines << line;
            line.clear();
            if (fm.horizontalAdvance(word) <= width)
                line = word;
            else
                breakLongWord(word, fm, width, lines, line);
        }
        lines << line;
    }
    return lines;
}

std::vector<Page> layOut(const QList<Document::Block> &blocks, const Fonts &fonts, const Geometry &g)
{
    return Layouter(fonts, g).run(blocks);
}

} // namespace custos::pdf::detail
