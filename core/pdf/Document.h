#pragma once
// A small document layer over QPdfWriter for reports a client or an auditor keeps: A4, PDF/A-1b
// (metadata in the document information dictionary and in XMP), DejaVu fonts embedded.
//
// A Document is a list of blocks (headings, paragraphs, key-value blocks, tables, module grids
// such as QR codes). write() first lays every block out on pages, then paints the pages, so the
// footer callback knows the page count ("page X of Y"). Tables break across pages and repeat
// their header row; numeric columns are right-aligned.
//
// Painting needs a QGuiApplication (fonts live in the platform's font database; custosctl and
// the tests use the "offscreen" platform). A Document may be built and written on any thread;
// call loadFonts() once, from the main thread, before the first write.

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

class QIODevice;

namespace custos::pdf {

// The directory Debian's fonts-dejavu-core installs to.
inline constexpr const char *kDejaVuDirectory = "/usr/share/fonts/truetype/dejavu";

// Registers DejaVu Sans (regular, bold) and DejaVu Sans Mono from `directory` with the font
// database. Idempotent and thread-safe; an error names the missing file and the package.
Status loadFonts(const QString &directory = QLatin1String(kDejaVuDirectory));

struct DocumentInfo {
    QString title;
    QString author;   // the producing organisation or person (XMP dc:creator)
    QString subject;  // XMP dc:description; may be empty
    QString creator;  // the producing program, e.g. "Custos 0.1.0"
    QString language; // BCP 47 tag of the document's language ("en", "de"); may be empty
};

enum class Align { Left, Right, Center };

struct Column {
    QString header;
    qreal weight = 1;          // share of the table width, relative to the other columns
    Align align = Align::Left; // Align::Right for numbers
    bool mono = false;         // monospaced (hashes, identifiers)
};

struct Table {
    struct Row {
        QStringList cells;
        bool bold = false; // totals, closing lines
    };
    QList<Column> columns;
    QList<Row> rows;

    void addRow(QStringList cells, bool bold = false) { rows.append(Row{std::move(cells), bold}); }
};

// A square matrix of dark and light modules (a QR code), painted as vector squares.
struct ModuleGrid {
    int size = 0;    // modules per side
    QByteArray dark; // size * size bytes, row by row; non-zero is a dark module
};

struct Footer {
    QStringList left;  // lines at the left margin
    QStringList right; // lines right-aligned at the right margin
};
using FooterFn = std::function<Footer(int page, int pageCount)>;

class Document {
public:
    Document();
    ~Document();
    Document(Document &&) noexcept;
    Document &operator=(Document &&) noexcept;
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    void heading(const QString &text, int level = 1); // level 1, 2 or 3; kept with what follows
    void paragraph(const QString &text, bool small = false);
    void keyValues(const QList<std::pair<QString, QString>> &rows); // values may hold '\n'
    void table(Table table);
    // The grid at sideMm x sideMm, with caption lines beside it (monospace when mono).
    void grid(const ModuleGrid &grid, qreal sideMm, const QStringList &caption, bool monoCaption = true);
    void space(qreal mm);
    void pageBreak();

    // Called for every page while painting; at most four lines per side fit in the footer.
    void setFooter(FooterFn footer);
    // A document id written as XMP dc:identifier, so a reader finds it without rendering a page.
    void setIdentifier(const QString &identifier) { m_identifier = identifier; }

    // Lays out, then paints every page as PDF/A-1b on A4 into `out`; returns the page count.
    Result<int> write(QIODevice *out, const DocumentInfo &info) const;
    // The same into memory.
    Result<QByteArray> render(const DocumentInfo &info, int *pageCount = nullptr) const;

    struct Block;

private:
    std::unique_ptr<QList<Block>> m_blocks;
    FooterFn m_footer;
    QString m_identifier;
};

} // namespace custos::pdf
