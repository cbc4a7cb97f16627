#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace Atrium {

/// Writes tables as RFC 4180 CSV: UTF-8 without a byte-order mark, CRLF after every record, and fields quoted only
/// when they contain a comma, a double quote, CR or LF (quotes doubled inside).
///
/// Formula guard: a spreadsheet opening the file runs any cell that starts with `=`, `+`, `-` or `@` (and, in some,
/// a leading tab or CR) as a formula, so a catalog description like `=HYPERLINK(...)` would become live
/// (CSV injection, OWASP). With FormulaGuard::On such a cell gets a leading apostrophe, which spreadsheets hide and
/// treat as "text". It alters the data for other consumers (`-beta` reads `'-beta`), hence the switch.
class CsvExport {
public:
    enum class FormulaGuard { Off, On };

    /// One field, quoted and guarded as needed.
    static QString field(const QString& text, FormulaGuard guard = FormulaGuard::On);
    /// @p header (skipped when empty) then @p rows, as UTF-8.
    static QByteArray write(const QStringList& header, const QList<QStringList>& rows,
                            FormulaGuard guard = FormulaGuard::On);
    /// Every row of @p model (top level) with @p columns in the given order: Qt::DisplayRole, the horizontal
    /// header's display text as the first record.
    static QByteArray writeModel(const QAbstractItemModel& model, const QList<int>& columns,
                                 FormulaGuard guard = FormulaGuard::On);
};

} // namespace Atrium
